"""The attendance guidance's findings as a list: a level word, then the sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...content import texts
from ...domain.attendance import Finding, Level
from ..common import theme
from ..common.rows_model import Index, RowsListModel


class FindingsModel(RowsListModel):
    def __init__(self, texts: dict[str, str], parent=None):
        super().__init__(parent)
        self._texts = texts

    def set_findings(self, findings: list[Finding]) -> None:
        self.set_rows(findings)

    def findings(self) -> list[Finding]:
        return list(self.rows)

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        finding: Finding = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            levels = texts("setup")["findings"]
            level = levels["advice"] if finding.level is Level.WARNING else levels["note"]
            return levels["line"].format(level=level, finding=finding.sentence(self._texts))
        if role == Qt.ItemDataRole.ForegroundRole:
            return theme.warning_colour() if finding.level is Level.WARNING else theme.note_colour()
        if role == Qt.ItemDataRole.UserRole:
            return finding.code
        return None
