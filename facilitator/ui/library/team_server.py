"""The library's File menu entries for a team server: "Connect to a team server…" (a libpq address, tried before it
is kept; never one with a password) and "Use this computer only" (back to the local file). The choice is remembered
in the settings, and the app reopens on the chosen database."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from ...app.databases import checked_url, default_db_path, is_server_url, tried, without_password
from ...app.errors import StorageError
from ...content import texts
from ..common.dialog_keys import keyboard_complete
from .chosen_server import remember_server, remembered_server


def reopen_app(location: Path | str) -> None:
    """Start the app again on this database, and close this one (its writes still waiting stay in their journal)."""
    subprocess.Popen([sys.executable, "-m", "facilitator", "--db", str(location)], start_new_session=True)
    QApplication.closeAllWindows()


def _tried(url: str) -> str:
    """'' when the server at url can be used (its schema made if it was empty), else why not, in one sentence."""
    return tried(url)


class ServerDialog(QDialog):
    """Asks for a server's address, refuses one with a password, and tries it (off the GUI thread) before closing."""

    _tried = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, current: str = ""):
        super().__init__(parent)
        self.words = texts("library")["team_server"]
        self.setWindowTitle(self.words["title"])
        self.url = QLineEdit(current, placeholderText=self.words["hint"])
        self.url.setAccessibleName(self.words["address"].replace("&", ""))
        label = QLabel(self.words["address"])
        label.setBuddy(self.url)
        self.explain = QLabel(self.words["explain"], wordWrap=True)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("font-weight: bold")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.words["connect"])
        self.buttons.accepted.connect(self.try_address)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (label, self.url, self.explain, self.problem, self.buttons):
            layout.addWidget(widget)
        self.url.textChanged.connect(self._enable)
        self._tried.connect(self._answer, Qt.ConnectionType.QueuedConnection)
        self.chosen = ""
        self._enable()
        keyboard_complete(self, [self.url], self.buttons, self.try_address)
        self.resize(620, self.sizeHint().height())

    def _enable(self) -> None:
        self.connect_button.setEnabled(bool(self.url.text().strip()))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def try_address(self) -> None:
        """Check the address here, then try the server off the GUI thread; the dialog closes once it answers."""
        url = self.url.text().strip()
        if not is_server_url(url):
            self._say(self.words["not_an_address"])
            return
        try:
            checked_url(url)
        except StorageError:
            if without_password(url) != url:
                self.url.setText(without_password(url))  # the password is not kept in the field either
                self._say(self.words["password"])
            else:
                self._say(self.words["not_an_address"])
            return
        self._say(self.words["trying"].format(address=url))
        self.connect_button.setEnabled(False)
        threading.Thread(target=lambda: self._tried.emit(url, _tried(url)), daemon=True).start()

    def _answer(self, url: str, problem: str) -> None:
        if url != self.url.text().strip():
            return  # the address was changed while it was tried
        self._enable()
        if problem:
            self._say(self.words["failed"].format(problem=problem))
            return
        self.chosen = url
        self.accept()


def add_team_server_menu(window: QMainWindow, menu: QMenu, location: Path | str) -> tuple[QAction, QAction]:
    """The two entries, in the library's File menu; location: the database this app has open."""
    words = texts("library")["team_server"]
    on_server = is_server_url(location)

    def connect() -> None:
        dialog = ServerDialog(window, str(location) if on_server else remembered_server())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            remember_server(dialog.chosen)
            reopen_app(dialog.chosen)

    def local() -> None:
        remember_server("")
        reopen_app(default_db_path())

    to_server = QAction(words["menu_connect"], window)
    to_server.setStatusTip(words["tip_connect"])
    to_server.triggered.connect(connect)
    to_local = QAction(words["menu_local"], window)
    to_local.setStatusTip(words["tip_local"])
    to_local.setEnabled(on_server)
    to_local.triggered.connect(local)
    menu.addAction(to_server)
    menu.addAction(to_local)
    return to_server, to_local
