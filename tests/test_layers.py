"""The layers stay apart: the meeting logic runs without Qt or SQL, and storage never reaches up into the UI."""

import ast
from pathlib import Path

import pytest

import facilitator

PACKAGE_ROOT = Path(facilitator.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every absolute module name the source imports, relative imports resolved."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts)
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def _imports_under(folder: str) -> dict[str, set[str]]:
    files = sorted((PACKAGE_ROOT / folder).rglob("*.py"))
    assert files, f"no Python files found under facilitator/{folder}"
    return {
        str(path.relative_to(PACKAGE_ROOT.parent)): imported_modules(
            path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py"
        )
        for path in files
    }


def _offenders(folder: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    def banned(name: str) -> bool:
        return any(name == f or name.startswith(f + ".") for f in forbidden)

    return {
        path: sorted(name for name in names if banned(name))
        for path, names in _imports_under(folder).items()
        if any(banned(name) for name in names)
    }


def test_import_finder_sees_direct_and_relative_imports():
    """The checker below would catch a forbidden import written in any of the usual ways."""
    source = (
        "import PySide6.QtCore\n"
        "from sqlite_utils import Database\n"
        "import sqlite3 as db\n"
        "from ..ui import windows\n"
        "from .. import ui\n"
        "def later():\n"
        "    from PySide6 import QtWidgets\n"
    )
    found = imported_modules(source, "facilitator.storage.reviews")
    assert {"PySide6.QtCore", "sqlite_utils", "sqlite3", "facilitator.ui", "facilitator.ui.windows"} <= found
    assert "PySide6" in found
    assert _module_name(PACKAGE_ROOT / "storage" / "__init__.py") == "facilitator.storage"


def test_domain_needs_neither_qt_nor_sql():
    """The meeting logic imports no Qt and no database library, so it runs anywhere."""
    assert _offenders("domain", ("PySide6", "sqlite_utils", "sqlite3")) == {}


@pytest.mark.parametrize("folder", ["storage", "importers", "export", "app"])
def test_non_ui_layers_do_not_use_qt(folder):
    """Storage, importers and exporters work without a display because they never import Qt."""
    assert _offenders(folder, ("PySide6",)) == {}


def test_application_layer_never_imports_the_ui():
    """The use cases serve the command line and the windows alike, so they know neither."""
    assert _offenders("app", ("facilitator.ui", "facilitator.cli")) == {}


def test_the_windows_never_import_the_command_line():
    """The command line sits on top and starts the windows; what both need (the demo review) lives in app/."""
    assert _offenders("ui", ("facilitator.cli",)) == {}


def test_storage_never_imports_the_ui():
    """Storage does not depend on the windows that sit on top of it."""
    assert _offenders("storage", ("facilitator.ui",)) == {}


def test_storage_uses_sqlite_utils_only_to_migrate():
    """sqlite-utils (slow to import) is needed only by the migrations, the snapshot tool and the lazy migrating path."""
    assert set(_offenders("storage", ("sqlite_utils",))) == {
        "facilitator/storage/database.py",
        "facilitator/storage/migrations.py",
        "facilitator/storage/schema_snapshot.py",
    }


STILL_REACHING_INTO_STORAGE: set[str] = set()
"""The windows' modules that still import storage themselves: each leaves this list once it goes through app/."""


def test_the_windows_reach_storage_only_through_the_application_layer():
    """A window's every read and write goes through app/, so no ui module imports storage (but those still listed)."""
    offenders = set(_offenders("ui", ("facilitator.storage",)))
    assert offenders - STILL_REACHING_INTO_STORAGE == set(), "these ui modules import storage: go through app/"
    assert STILL_REACHING_INTO_STORAGE - offenders == set(), "these no longer import storage: take them off the list"
