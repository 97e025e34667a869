"""PySide no longer reads our modules' source at import (start-up: make bench), and its answer for each is unchanged."""

import importlib
import inspect
import json
import logging.handlers
import pkgutil
import sqlite3
import tomllib

import pytest
from shibokensupport import feature  # type: ignore[import-not-found]  # PySide's own (loaded with it): the scan

import facilitator
import facilitator.ui  # replaces the scan


def source_scan(module) -> bool:
    """PySide's own answer: does the module's source name PySide6?"""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def every_module_of_ours():
    for found in pkgutil.walk_packages(facilitator.__path__, "facilitator."):
        if found.name != "facilitator.__main__":
            yield importlib.import_module(found.name)


def test_our_modules_are_answered_without_reading_their_source(monkeypatch):
    from facilitator.ui.common import theme

    monkeypatch.setattr(inspect, "getsource", lambda _module: pytest.fail("PySide read a source file of ours"))
    assert feature._mod_uses_pyside(theme) is True
    assert feature._mod_uses_pyside(facilitator) is False


def test_the_answer_for_each_of_our_modules_and_the_standard_library_is_what_the_scan_would_say():
    modules = [*every_module_of_ours(), json, logging.handlers, sqlite3, tomllib, inspect]
    assert len(modules) > 150
    differ = [m.__name__ for m in modules if feature._mod_uses_pyside(m) != source_scan(m)]
    assert differ == []
