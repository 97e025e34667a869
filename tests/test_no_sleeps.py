"""No UI test sleeps: a test advances the manual clock, or waits for the real condition (qtbot.waitUntil,
waitSignal), never for a length of time."""

import ast
from pathlib import Path

UI_TESTS = Path(__file__).parent / "ui"
SLEEPS = {"sleep", "msleep", "usleep", "qWait", "qSleep"}
"""Calls that pass time whatever their receiver: time.sleep, QThread.msleep, QTest.qWait..."""


def sleeps_in(source: str) -> list[str]:
    """Each call in the source that waits for a length of time, as 'line: call'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        on_qtbot = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "qtbot"
        timed_wait = name == "wait" and on_qtbot  # a process's wait(timeout=...) waits for it to end: allowed
        if name in SLEEPS or timed_wait:
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_check_finds_every_kind_of_sleep():
    source = """
import time
from time import sleep
from PySide6.QtTest import QTest

def test_x(qtbot):
    time.sleep(0.1)
    sleep(1)
    qtbot.wait(1100)
    qtbot.wait(ms=50)
    QTest.qWait(20)
    qtbot.waitUntil(lambda: True)
    qtbot.waitSignal(object())
    process.wait(timeout=5)
"""
    assert [line.split(":")[0] for line in sleeps_in(source)] == ["7", "8", "9", "10", "11"]


def test_no_ui_test_sleeps():
    found = [
        f"{path.relative_to(UI_TESTS.parent)}:{where}"
        for path in sorted(UI_TESTS.rglob("*.py"))
        for where in sleeps_in(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "advance the clock fixture or wait for the condition instead:\n" + "\n".join(found)
