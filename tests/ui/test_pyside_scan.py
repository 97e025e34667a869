"""PySide no longer reads our modules' or Python's own source at import (start-up: make bench), and what each sees of
Qt is unchanged: none of them opts into a PySide `__feature__`, so the default set is what every one of them gets."""

import importlib
import inspect
import json
import logging.handlers
import pkgutil
import sqlite3
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from shibokensupport import feature  # type: ignore[import-not-found]  # PySide's own (loaded with it): the scan

import facilitator
import facilitator.ui  # replaces the scan
from facilitator.ui.common import theme


def every_module_of_ours():
    for found in pkgutil.walk_packages(facilitator.__path__, "facilitator."):
        if found.name != "facilitator.__main__":
            yield importlib.import_module(found.name)


def test_our_modules_and_the_standard_librarys_are_answered_without_reading_their_source(monkeypatch):
    modules = [*every_module_of_ours(), json, logging.handlers, sqlite3, tomllib, inspect]
    assert len(modules) > 150
    monkeypatch.setattr(inspect, "getsource", lambda _module: pytest.fail("PySide read a source file"))
    assert [m.__name__ for m in modules if feature._mod_uses_pyside(m)] == []


def test_other_modules_are_still_scanned_by_pyside(tmp_path, monkeypatch):
    (tmp_path / "names_qt.py").write_text("import PySide6\n", encoding="utf-8")
    (tmp_path / "names_nothing.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert feature._mod_uses_pyside(importlib.import_module("names_qt")) is True
    assert feature._mod_uses_pyside(importlib.import_module("names_nothing")) is False


def test_no_module_of_ours_opts_into_a_pyside_feature():
    """The one case in which the answer would matter."""
    package = Path(facilitator.__file__).parent
    assert [p.name for p in package.rglob("*.py") if "__feature__" in p.read_text(encoding="utf-8")] == ["pyside_scan.py"]


def test_a_module_of_ours_sees_qts_own_names(qapp):
    """Camel case, methods not properties: the default set, as before."""
    assert callable(theme.QPalette.color)
    widget = QWidget()
    widget.setWindowTitle("x")
    assert widget.windowTitle() == "x"
    assert not hasattr(widget, "window_title")
