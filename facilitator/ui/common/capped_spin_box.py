"""A spin box that lets a number typed past its limits show, then takes the nearest limit and says what it took.

Qt's own drops the key that would pass the maximum (95 typed in a box of at most 90 shows 9) and puts a number
under the minimum back to the last value, both without a word."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

MOST_DIGITS = 9
"""A longer run of digits is not a number anyone means here, and would not fit Qt's int."""


class CappedSpinBox(QSpinBox):
    """When typing ends (Enter, Tab, leaving the box) a number outside the limits becomes the nearest limit;
    take_capped() then gives (what was typed, what was kept) once, for the window to say why."""

    def __init__(self, **options) -> None:
        super().__init__(**options)
        self._capped: tuple[int, int] | None = None

    def _typed_number(self, text: str) -> int | None:
        digits = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        if digits.isdigit() and len(digits) <= MOST_DIGITS:  # digits only: no sign, as these limits are never negative
            return int(digits)
        return None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """A number past the limits is still being typed (shown as typed), not a key to drop."""
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid and self._typed_number(text) is not None:
            state = QValidator.State.Intermediate
        return state, text, pos

    def fixup(self, text: str) -> str:
        """Typing has ended on a number past a limit: the limit instead, remembered for take_capped()."""
        typed = self._typed_number(text)
        if typed is None or self.minimum() <= typed <= self.maximum():
            return super().fixup(text)
        kept = min(max(typed, self.minimum()), self.maximum())
        self._capped = (typed, kept)
        return f"{self.prefix()}{self.textFromValue(kept)}{self.suffix()}"

    def take_capped(self) -> tuple[int, int] | None:
        """What was typed and what the box took instead, since last asked; None when nothing was capped."""
        capped, self._capped = self._capped, None
        return capped
