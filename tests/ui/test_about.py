"""Help → About says the version, the licence and where the data lives; every window wears the app's icon."""

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from facilitator.app_log import log_folder
from facilitator.ui.app import app_icon
from facilitator.ui.common.about_dialog import AboutDialog


def _about_action(window):
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "Help"]
    (about,) = [a for a in help_menu.actions() if "About" in a.text()]
    return about


def test_about_shows_the_installed_version_the_licence_and_every_folder(qtbot, windows, review, store, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window = windows.open_review(review.id)
    _about_action(window).trigger()
    dialog = window.about_dialog
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, AboutDialog)
    assert dialog.heading.text() == f"Facilitator {metadata.version('facilitator')}"  # the text's words, no markup
    assert dialog.heading.font().bold() and dialog.heading.font().pointSizeF() > dialog.licence.font().pointSizeF()
    assert dialog.licence.text() == "Licence: Proprietary"
    places = dialog.places.text()
    assert str(store.path) in places and str(log_folder()) in places and "facilitator.ini" in places
    qtbot.mouseClick(dialog.open_data, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(Path(store.path).parent))]


def test_the_library_and_the_note_takers_window_have_about_too(qtbot, windows, review):
    for window in (windows.show_library(), windows.open_notes(review.id)):
        _about_action(window).trigger()
        assert isinstance(window.about_dialog, AboutDialog)
        window.about_dialog.close()


def test_every_window_wears_the_apps_icon(qtbot, windows, review):
    ours = app_icon().pixmap(32, 32).toImage()
    assert not ours.isNull()
    for window in (windows.show_library(), windows.open_review(review.id), windows.open_notes(review.id)):
        assert window.windowIcon().pixmap(32, 32).toImage() == ours
    assert QApplication.windowIcon().pixmap(32, 32).toImage() == ours




def test_about_on_a_team_server_names_its_address_and_offers_no_folder_to_open(qtbot):
    """A server's database has no folder on this computer: the dialog says where it is and opens nothing."""
    address = "postgresql://facilitator@db.example.org:5432/reviews?sslmode=verify-full"
    dialog = AboutDialog(address)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert address in dialog.places.text()
    assert not dialog.open_data.isVisible()
