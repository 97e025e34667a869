"""The opening, full-window on the shared screen: why we are here, and the Prime Directive."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.agenda import Phase
from ..common.scaled_text import ScaledView
from .phases import PhaseBase

if TYPE_CHECKING:
    from .meeting_view import MeetingView


def opening_html(title: str, text: str, quote: str, by: str, unit: float) -> str:
    """One page of rich text, so the paragraphs and the quotation flow as one block at any size."""
    paragraphs = "".join(
        f'<p style="margin-bottom:{unit * 0.6:.0f}px">{html.escape(p.strip())}</p>' for p in text.split("\n\n") if p.strip()
    )
    return (
        f'<div style="font-size:{unit * 0.85:.1f}pt">'
        f'<p style="font-size:{unit * 1.6:.1f}pt; font-weight:bold">{html.escape(title)}</p>'
        f"{paragraphs}"
        f'<blockquote style="margin-left:{unit * 1.5:.0f}px; margin-right:{unit * 1.5:.0f}px">'
        f"<i>“{html.escape(quote)}”</i><br>"
        f'<span style="font-size:{unit * 0.7:.1f}pt">— {html.escape(by)}</span>'
        "</blockquote></div>"
    )


class OpeningView(ScaledView):
    def __init__(self, texts: dict, parent: QWidget | None = None):
        super().__init__(parent)
        opening = texts["opening"]
        self.title = opening["title"]
        self.default_text = opening["text"].strip()
        self.quote = opening["prime_directive"]
        self.by = opening["prime_directive_by"]
        self.text = self.default_text
        self.page = QLabel()
        self.page.setWordWrap(True)
        self.page.setTextFormat(Qt.TextFormat.RichText)
        self.page.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.page, 1)
        self._fit()

    def set_text(self, text: str | None) -> None:
        """The review's own opening words, or the default when it has none."""
        wanted = text or self.default_text
        if wanted != self.text:
            self.text = wanted
            self._fit()


    def _fit(self) -> None:
        self.page.setText(opening_html(self.title, self.text, self.quote, self.by, self.unit()))


class OpeningPhase(PhaseBase):
    """The opening phase: the review's own opening words (or the default) and the Prime Directive."""

    phase = Phase.OPENING
    texts_key = "opening"

    def __init__(self, meeting: MeetingView) -> None:
        super().__init__(meeting)
        self.widget = self.view = OpeningView(meeting.texts)

    def load(self) -> None:
        self.view.set_text(self.meeting.shown.opening_text())

    def notes_after(self) -> QWidget:
        return self.view.page
