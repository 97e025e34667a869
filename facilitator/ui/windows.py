"""The app's top-level windows: one library, one window per open review."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from ..app.session import ReviewStore
from ..domain.clock import Clock
from .common import settings, theme
from .common.store_events import StoreEvents


class Windows:
    """Opens, raises and forgets the windows, and carries what they share: the store, its events and the clock."""

    def __init__(self, store: ReviewStore, clock: Clock | None = None):
        self.store = store
        self.clock = clock or store.clock
        self.events = StoreEvents(store)
        self.library: QWidget | None = None
        self.reviews: dict[int, QWidget] = {}
        self.notes: dict[int, QWidget] = {}

    def show_library(self):
        from .library.library_window import LibraryWindow

        if self.library is None:
            self.library = LibraryWindow(self)
        self._raise(self.library)
        return self.library

    def open_review(self, review_id: int):
        from .review_window import ReviewWindow

        window = self.reviews.get(review_id)
        if window is None:
            window = ReviewWindow(self, review_id)
            self.reviews[review_id] = window
        self._raise(window)
        return window

    def review_closed(self, review_id: int) -> None:
        self.reviews.pop(review_id, None)

    def open_notes(self, review_id: int):
        """The note-taker's window for the review (one per review in this process)."""
        from .notes.notes_window import NotesWindow

        window = self.notes.get(review_id)
        if window is None:
            window = NotesWindow(self, review_id)
            self.notes[review_id] = window
        self._raise(window)
        return window

    def notes_closed(self, review_id: int) -> None:
        self.notes.pop(review_id, None)

    def close_review(self, review_id: int) -> None:
        for windows in (self.reviews, self.notes):
            window = windows.pop(review_id, None)
            if window is not None:
                window.close()

    def set_dark(self, dark: bool) -> None:
        settings.set_value("appearance/palette", "dark" if dark else "light")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, dark)

    @staticmethod
    def _raise(window) -> None:
        window.show()
        window.raise_()
        window.activateWindow()
