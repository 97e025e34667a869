"""PySide reads the whole source of every module imported after it (shibokensupport.feature._mod_uses_pyside, for
its opt-in `from __feature__ import ...`, which we never use) to see whether the word PySide6 is in it: about a
hundred of our modules and as many of Python's own at start-up, a tenth of the time to the first paint. Our own
modules are answered from what they imported instead, which is what that scan looks for, and Python's standard
library (which never names PySide6) with no; every other module is still scanned by PySide itself.

Nothing changes if PySide's internals move: without the function there is nothing to replace."""

from __future__ import annotations

import os
from collections.abc import Callable
from types import CodeType, ModuleType

OURS = "facilitator"
QT = ("PySide6", "shiboken6")
STDLIB = os.path.dirname(os.__file__) + os.sep
INSTALLED = ("site-packages", "dist-packages")
"""Folders under the standard library's that hold other people's packages, not Python's own modules."""


def in_stdlib(module: ModuleType) -> bool:
    """A module of Python's standard library (a file under its folder, not an installed package's)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.startswith(STDLIB):
        return False
    return path[len(STDLIB) :].split(os.sep, 1)[0] not in INSTALLED


def imports_pyside(module: ModuleType) -> bool:
    """Whether the module holds anything of PySide6 (a Qt module, class or function), or one of its functions
    imports from it when called."""
    for value in list(vars(module).values()):
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name.partition(".")[0] in QT:
            return True
        if name == module.__name__ and any(_names_qt(code) for code in _codes(value)):
            return True
    return False


def _codes(value: object) -> list[CodeType]:
    """The code of a function, or of a class's functions."""
    functions = list(vars(value).values()) if isinstance(value, type) else [value]
    found = (getattr(getattr(f, "__func__", f), "__code__", None) for f in functions)
    return [code for code in found if isinstance(code, CodeType)]


def _names_qt(code: CodeType) -> bool:
    """An import from PySide6 in this code or in code defined within it."""
    if any(name.partition(".")[0] in QT for name in code.co_names):
        return True
    return any(_names_qt(inner) for inner in code.co_consts if isinstance(inner, CodeType))


def answered_from_imports(scan: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's scan for every module but ours and the standard library's."""

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name.partition(".")[0] == OURS:
            return imports_pyside(module)
        if in_stdlib(module):
            return False
        return scan(module)

    uses_pyside.__qualname__ = f"{OURS}:{uses_pyside.__qualname__}"
    return uses_pyside


def skip_source_scan() -> None:
    """Replace PySide's scan once, before the first of our Qt modules is imported."""
    try:
        import PySide6  # noqa: F401  (loads shiboken's support package)
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    scan = getattr(feature, "_mod_uses_pyside", None)
    if callable(scan) and not getattr(scan, "__qualname__", "").startswith(f"{OURS}:"):
        feature._mod_uses_pyside = answered_from_imports(scan)
