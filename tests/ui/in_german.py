"""The app in German for one test module: `from in_german import german` makes every test there run in German."""

import pytest

from facilitator.content import forget_texts, use_language
from facilitator.ui.common.own_wording import use_users_language
from facilitator.ui.common.qt_language import speak_qt


@pytest.fixture(autouse=True)
def german(qapp, monkeypatch):
    monkeypatch.setenv("FACILITATOR_LANGUAGE", "de")
    use_users_language()  # as the app starts: our texts and Qt's own words (Strg, Umschalt) in German
    yield
    use_language("en")
    speak_qt("en")
    forget_texts()
