"""PySide reads the whole source of every module imported after it (shibokensupport.feature._mod_uses_pyside) to see
whether the word PySide6 is in it: about a hundred of our modules and as many of Python's own at start-up, a tenth of
the time to the first paint. The answer only matters to a module that opts into one of PySide's `__feature__`s
(`from __feature__ import snake_case`): a module answered no is left to the feature set in use, and one answered yes
is given the default set. No module of ours opts in and the standard library never names PySide6, so every module
of either sees the default set whatever the answer: both are answered no without reading them. Every other module is
still scanned by PySide itself.

Nothing changes if PySide's internals move: without the function there is nothing to replace."""

from __future__ import annotations

import os
from collections.abc import Callable
from types import ModuleType

OURS = "facilitator"
STDLIB = os.path.dirname(os.__file__) + os.sep
INSTALLED = ("site-packages", "dist-packages")
"""Folders under the standard library's that hold other people's packages, not Python's own modules."""


def in_stdlib(module: ModuleType) -> bool:
    """A module of Python's standard library (a file under its folder, not an installed package's)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.startswith(STDLIB):
        return False
    return path[len(STDLIB) :].split(os.sep, 1)[0] not in INSTALLED


def answered_without_reading(scan: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's scan for every module but ours and the standard library's."""

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name.partition(".")[0] == OURS:
            return False
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
        feature._mod_uses_pyside = answered_without_reading(scan)
