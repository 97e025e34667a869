"""Help → About Facilitator: the version, the licence, and where the reviews, settings and logs live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ... import __version__
from ...app_log import log_folder
from ...content import texts
from . import settings
from .help_menu import add_help_menu as add_help_menu  # where it was first written

HEADING_SCALE = 1.5  # the name and version, as large as a second-level heading


def licence() -> str:
    """The licence as the installed package states it (pyproject.toml), the one place it is written."""
    from importlib import metadata  # only when the dialog opens: its import is a tenth of the app's start-up

    try:
        stated = next(iter(metadata.metadata("facilitator").get_all("License") or []), "")
    except metadata.PackageNotFoundError:
        stated = ""
    return stated or texts("app")["about"]["licence_unknown"]


def open_folder(folder: Path) -> bool:
    """Show the folder in the platform's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    def __init__(self, database: Path | str, parent: QWidget | None = None):
        """database: this computer's file, or a team server's address (which has no folder here to open)."""
        super().__init__(parent)
        words = texts("app")["about"]
        self.database = database
        self.setWindowTitle(words["title"])
        self.heading = QLabel(words["heading"].format(version=__version__))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * HEADING_SCALE)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        summary = QLabel(words["summary"])
        self.licence = QLabel(words["licence"].format(licence=licence()))
        self.places = QLabel("\n".join([
            words["data_heading"],
            words["database"].format(path=database),
            words["settings"].format(path=settings.settings().fileName()),
            words["logs"].format(path=log_folder()),
        ]))
        for label in (summary, self.licence, self.places):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(words["close"])
        self.open_data = self.buttons.addButton(words["open_data"], QDialogButtonBox.ButtonRole.ActionRole)
        self.open_data.setAccessibleName(words["open_data"].replace("&", ""))
        if isinstance(database, Path):
            folder = database.parent
            self.open_data.clicked.connect(lambda: open_folder(folder))
        else:
            self.open_data.hide()
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, summary, self.licence, self.places, self.buttons):
            layout.addWidget(widget)
        self.resize(640, self.sizeHint().height())

