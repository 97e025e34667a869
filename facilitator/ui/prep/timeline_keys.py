"""The number keys that mark a moment's kind, the same in preparation and in the meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ...domain.timeline import MomentKind

MARK_KEYS = {int(Qt.Key.Key_1) + i: kind for i, kind in enumerate(MomentKind)}
UNMARK_KEY = int(Qt.Key.Key_0)
