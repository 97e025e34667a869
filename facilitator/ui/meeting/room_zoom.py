"""The room's zoom on the shared screen: as large as asked, or as the window has room for; remembered per screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtWidgets import QWidget

from ...content import texts
from ..common import settings

ZOOM_STEP = 1.15
ZOOM_RANGE = (0.6, 2.5)
LAYOUT_LEVELS = 10
"""Rounds of layout requests sent so the window's least size reflects a change of type (widgets nest this deep)."""
RETRY_MS = 200
"""After the window grows, how long it must stay still before a zoom it had no room for is tried again."""
SAME = 0.001
"""Zooms closer than this are one zoom (the setting keeps three decimals)."""


class RoomZoom(QObject):
    """Owns the zoom of one view; `apply(zoom)` sets every type size from it.

    A zoom the window has no room for is refused down to the largest that fits (the window would otherwise
    grow past the screen), and tried again when the window grows."""

    def __init__(self, view: QWidget, apply: Callable[[float], None], room: Callable[[], bool] = lambda: True):
        super().__init__(view)
        self.view = view
        self.apply = apply
        self.room = room
        """Whether the words the zoom is for got their size (the window keeping its size is not enough)."""
        self.zoom = 1.0
        self.wanted = 1.0
        self._refused_at: QSize | None = None
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(lambda: self.set(self.wanted, remember=False))

    def set(self, zoom: float, remember: bool = True) -> None:
        """The zoom, or the largest below it that fits; `remember` is for the user's own choice (said aloud
        when refused, and kept for this screen)."""
        self.wanted = zoom = min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        window = self.view.window()
        size = window.size()
        self._use(zoom)
        self._refused_at = None
        if zoom > 1.0 and window.isVisible() and not self._fits(size):
            while zoom > 1.0 and not self._fits(size):
                zoom = max(1.0, zoom / ZOOM_STEP)
                self._use(zoom)
            window.resize(size)
            self._refused_at = size
            if remember:
                self._say(texts("meeting")["zoom"]["no_room"])
        if remember:
            settings.set_value(self._key(), f"{self.wanted:.3f}")

    def step(self, steps: int) -> None:
        self.set(self.zoom * ZOOM_STEP**steps)

    def restore(self) -> None:
        """The zoom last chosen on the screen the window is on (or as much of it as fits); the type is set
        again only when that changes it, as the view comes back into sight after another tab."""
        saved = settings.value(self._key())
        wanted = float(saved) if saved else 1.0
        if abs(wanted - self.wanted) > SAME or abs(wanted - self.zoom) > SAME:
            self.set(wanted, remember=False)

    def window_resized(self) -> None:
        refused = self._refused_at
        if refused is None or self.wanted <= self.zoom:
            return
        size = self.view.window().size()
        if size.width() > refused.width() or size.height() > refused.height():
            self._retry.start()

    def _use(self, zoom: float) -> None:
        self.zoom = zoom
        self.apply(zoom)

    def _fits(self, size: QSize) -> bool:
        """Laid out at this type size, the window keeps within the size it had (it would grow otherwise).

        The nested layouts hear of the new type one level per round of layout requests; the window itself
        takes its new least size only later, with the other events, so it has not grown yet."""
        for _ in range(LAYOUT_LEVELS):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        least = self.view.window().minimumSizeHint()
        return least.width() <= size.width() and least.height() <= size.height() and self.room()

    def _say(self, message: str) -> None:
        bar = getattr(self.view.window(), "statusBar", None)
        if bar is not None:
            bar().showMessage(message, 4000)

    def _key(self) -> str:
        screen = self.view.screen()
        return f"zoom/{screen.name() if screen is not None else 'default'}"
