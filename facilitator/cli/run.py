"""Running one command line: the database it works on, the command, and how a problem is said."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.review import ReviewError
from ..importers import ImportProblem
from ..storage.errors import StorageError
from . import windows
from .arguments import parse
from .say import UsageError, error_line

if TYPE_CHECKING:
    from ..storage.reviews import ReviewStore

WINDOW_COMMANDS = (None, "open", "notes")
"""Commands that start a window: an error that stops them is shown in a dialog too, as no terminal may be open."""
READING_COMMANDS = ("list", "import", "export", "preread", "follow-ups", "open", "notes")
"""Commands that need reviews to be there already: pointed at a database that does not exist, they say so and
create nothing (a mistyped --db would otherwise leave an empty database behind and report a missing review)."""


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    from ..content import own_wording_problems

    for problem in own_wording_problems():
        print(f"note: {problem}", file=sys.stderr)
    try:
        return _run(args)
    except (UsageError, ReviewError, StorageError, ImportProblem) as e:
        print(f"error: {error_line(e)}", file=sys.stderr)
        if args.command in WINDOW_COMMANDS and not (args.demo and args.command is not None):
            windows.error_window(error_line(e))
        return 1


def _run(args: argparse.Namespace) -> int:
    if args.command == "screenshots":
        return windows.screenshots(args.directory)
    if args.demo and args.command is not None:
        raise UsageError("--demo opens the GUI and takes no command")
    if args.demo:
        return windows.run_demo(args.db)
    if args.command == "copy":
        from .copy import run_copy

        return run_copy(args)
    if args.command in WINDOW_COMMANDS:
        from ..ui.library.chosen_server import database_for_windows

        args.db = database_for_windows(args.db)
    from ..storage.session import command_store

    database = _db_path(args.db)
    created = isinstance(database, Path) and not database.exists()
    with _named(args), command_store(database, must_exist=args.command in READING_COMMANDS) as store:
        if args.command in WINDOW_COMMANDS:
            status = _window(store, args)
        else:
            from .commands import run_command

            status = run_command(store, args)
    if created and args.command is not None:
        print(f"note: created a new review database at {database}", file=sys.stderr)
    return status


def _named(args: argparse.Namespace) -> contextlib.AbstractContextManager:
    """The note-taker's window names its links to a server, so the facilitator's window can see it is there."""
    if args.command != "notes":
        return contextlib.nullcontext()
    from ..storage.server_presence import notes_link_name
    from ..storage.server_url import links_named

    return links_named(notes_link_name(args.review_id))


def _window(store: ReviewStore, args: argparse.Namespace) -> int:
    if args.command is None:
        return windows.gui(store, None)
    store.get(args.review_id)  # a review that is not there is an error line, not an empty window
    if args.command == "open":
        return windows.gui(store, args.review_id)
    return windows.notes_gui(store, args.review_id)


def _db_path(db_path: Path | str | None) -> Path | str:
    """The file or server address asked for: --db, else $FACILITATOR_DB, else the user's own file."""
    from ..storage.server_url import chosen_database

    return chosen_database(db_path)
