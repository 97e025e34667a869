"""Alt+letter reaches one thing at a time: no two visible mnemonics share a letter on any tab, in every language."""

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel
from shown import shown

from facilitator.content import forget_texts, use_language
from facilitator.ui.common.own_wording import use_users_language
from facilitator.ui.common.qt_language import speak_qt

MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture(params=["en", "de"])
def language(request, qapp, monkeypatch):
    """The windows in each shipped language; English again afterwards."""
    monkeypatch.setenv("FACILITATOR_LANGUAGE", request.param)
    use_users_language()
    yield request.param
    use_language("en")
    speak_qt("en")
    forget_texts()


def _letters(window) -> list[tuple[str, str]]:
    found = [(MNEMONIC.search(a.text()).group(1).lower(), a.text()) for a in window.menuBar().actions() if MNEMONIC.search(a.text())]
    widgets = [w for w in window.findChildren(QAbstractButton) if w.isVisible()]
    widgets += [w for w in window.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    for widget in widgets:
        match = MNEMONIC.search(widget.text())
        if match:
            found.append((match.group(1).lower(), widget.text()))
    return found


@pytest.mark.parametrize("tab", ["setup", "timeline", "meeting_view", "comments"])
def test_each_tab_has_distinct_mnemonics(language, qtbot, windows, review, timeline, tab):
    """The menus and the fields of one tab never share an Alt letter."""
    window = shown(qtbot, windows, review.id)
    window.show_panel(getattr(window, tab))
    letters = _letters(window)
    seen: dict[str, str] = {}
    clashes = []
    for letter, text in letters:
        if letter in seen and seen[letter] != text:
            clashes.append((letter, seen[letter], text))
        seen.setdefault(letter, text)
    assert clashes == [], "\n".join(map(str, clashes))
