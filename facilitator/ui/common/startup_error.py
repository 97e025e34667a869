"""Why a window could not start, said in a dialog: started from a desktop menu, nobody sees stderr."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ..app import application

APP_TITLE = "Facilitator"


def show_startup_error(text: str) -> None:
    """A modal message with the error sentence, until the user dismisses it."""
    application()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, text, QMessageBox.StandardButton.Ok)
    box.setObjectName("startup-error")
    box.exec()
