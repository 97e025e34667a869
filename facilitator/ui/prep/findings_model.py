"""The attendance guidance's findings as a list: a level word, then the sentence."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.attendance import Finding, Level
from ..common import theme

LEVEL_WORDS = {Level.WARNING: "Advice", Level.NOTE: "Note"}
Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractListModel):
    def __init__(self, texts: dict[str, str], parent=None):
        super().__init__(parent)
        self._texts = texts
        self._findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{LEVEL_WORDS[finding.level]}: {finding.sentence(self._texts)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return theme.warning_colour() if finding.level is Level.WARNING else theme.note_colour()
        if role == Qt.ItemDataRole.UserRole:
            return finding.code
        return None
