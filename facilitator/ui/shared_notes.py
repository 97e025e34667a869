"""Under the prompt on the shared screen: the notes taken on it, never the private ones, none when hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..content import texts
from ..domain.agenda import Phase
from ..domain.notes import Place, notes_at, shared
from ..storage.errors import ReviewNotFound
from . import accessible, settings
from .notes_model import NOTE, TAG, WHEN, WHERE, WHO, NotesModel
from .scaled_text import set_size, unit_for
from .store_events import StoreEvents

HIDDEN_KEY = "meeting/notes_hidden"
TYPE_SHARE = 0.7
"""The notes' type against the base size of the space under the prompt: readable in the room, second to the prompt."""
HEIGHT_SHARE = 0.3
"""At most this much of that space, so the prompt and its questions keep the room's attention."""


class SharedNotes(QTableView):
    """Follows the prompt on screen and every change to the notes, here or in the note-taker's process."""

    def __init__(self, events: StoreEvents, review_id: int, panel, tag_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.events = events
        self.review_id = review_id
        self.panel = panel
        self.hidden_by_key = settings.value(HIDDEN_KEY) == "yes"
        self._seen: tuple[int | None, set[int | None]] = (None, set())
        self.notes_model = NotesModel(tag_names, self)
        self.setModel(self.notes_model)
        for column in (WHEN, WHERE):
            self.hideColumn(column)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        for column in (WHO, TAG):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        events.changed.connect(self.reload)
        events.notes_changed.connect(self.reload)
        panel.prompt_changed.connect(lambda _entry_id: self.reload())
        panel.installEventFilter(self)
        if panel.isVisible():
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The panel coming into view (its prompt set by then) means reading the notes again; the space
        around the card changing size means sizing the type again."""
        if watched is self.panel and event.type() == QEvent.Type.Show:
            self.reload()
        elif watched is self.parentWidget() and event.type() == QEvent.Type.Resize and not self.isHidden():
            self.fit()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)
        return super().event(event)

    def reload(self) -> None:
        entry_id = self.panel.current_id
        try:
            notes = self.events.store.notes.notes(self.review_id) if entry_id is not None else []
        except ReviewNotFound:
            return
        under = shared(notes_at(notes, Place(Phase.TIMELINE, entry_id=entry_id)))
        self._announce_new(entry_id, under)
        self.notes_model.set_notes(under)
        self._show()

    def _announce_new(self, entry_id: int | None, notes: list) -> None:
        """A note that arrives under the moment still on screen is said aloud (not those already there)."""
        seen, self._seen = self._seen, (entry_id, {n.id for n in notes})
        if seen[0] != entry_id or self.hidden_by_key:
            return
        words = texts("access")["announce"]
        for note in (n for n in notes if n.id not in seen[1]):
            said = words["new_note_from"].format(who=note.speaker, note=note.text) if note.speaker else words["new_note"].format(note=note.text)
            accessible.announce(self, said)

    def set_hidden(self, hidden: bool) -> None:
        """The one key that takes every note off the shared screen (and brings them back); remembered."""
        self.hidden_by_key = hidden
        settings.set_value(HIDDEN_KEY, "yes" if hidden else "no")
        self._show()

    def _show(self) -> None:
        shown = self.notes_model.rowCount() > 0 and not self.hidden_by_key
        self.setVisible(shown)
        if shown:
            self.fit()
            self.scrollToBottom()

    def fit(self) -> None:
        """Type in step with the prompt card's space (and the room's zoom); the height capped under it.

        Sized from the space, never from the card's type: the card shrinks its type to fit what the notes
        leave it, so notes sized from the card would resize it, and the two would chase each other."""
        space = self.parentWidget() or self.panel
        set_size(self, unit_for(space, self.panel.card.zoom) * TYPE_SHARE)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(row) for row in range(self.notes_model.rowCount())) + 2 * self.frameWidth()
        self.setFixedHeight(max(0, min(rows, int(space.height() * HEIGHT_SHARE))))
