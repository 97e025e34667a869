"""The command line, the composition root: arguments (arguments.py), running one (run.py), the commands that
print (commands.py) and those that open windows (windows.py), each calling the application layer (app/)."""

from .arguments import build_parser, parse
from .run import main
from .say import ERROR_LENGTH, UsageError, shown

__all__ = ["ERROR_LENGTH", "UsageError", "build_parser", "main", "parse", "shown"]
