"""Under what is on the shared screen: the notes taken on it, never the private ones, none when hidden."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...app.changes import Change, Changed
from ...content import texts
from ...domain.notes import Note, NoteTag, Place, notes_at, shared
from ..common import accessible, keymap, settings
from ..common.store_events import StoreEvents
from ..notes.notes_model import NOTE, TAG, WHEN, WHERE, WHO, NotesModel
from .prompt_card import ROOM_PX, points
from .screen_feed import ScreenFeed

HIDDEN_KEY = "meeting/notes_hidden"
TYPE_SHARE = 0.7
"""The notes' type against the size the space calls for: second to the prompt, never under ROOM_PX."""
HEIGHT_SHARE = 0.3
"""Outside the walk-through, at most this much of the view, so its own words keep the room's attention."""
TEXT_MARGIN = 3
"""Pixels the item view keeps each side of a cell's text."""
ZOOM_SHARE = 0.25
"""The room's zoom grows the notes by a quarter as much as the prompt's questions."""
MORE_SHARE = 0.85
"""The line saying how many notes are out of sight: a little smaller than the notes, never under ROOM_PX."""


class SharedNotes(QTableView):
    """Follows the place on screen and every change to the notes, here or in the note-taker's process.

    A tag or speaker column shows only when a note has one (a plain discussion note needs no label).
    Shows whole notes only: the newest that fit, the rest hidden until scrolled to (a wheel step is one note)."""

    needs_room = Signal()
    """The notes changed: the space around them should be shared out again."""

    def __init__(
        self,
        events: StoreEvents,
        review_id: int,
        tag_names: dict[str, str],
        places: Callable[[], list[Place]],
        zoom: Callable[[], float],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.events = events
        self.feed = ScreenFeed.of(events)
        self.review_id = review_id
        self.places = places
        self._notes: list[Note] | None = None
        """The review's notes as last read (after the last change to them)."""
        self.zoom = zoom
        self.managed = False
        """True when a column shares out the space (the walk-through); else the strip sizes itself in its view."""
        self._parent_showing = False
        """While the view around the strip is being shown: a column that shares out the space fits itself then."""
        self.back = 0
        """How many of the newest notes are scrolled away below."""
        self.hidden_by_key = settings.value(HIDDEN_KEY) == "yes"
        self._seen: tuple[tuple[Place, ...], set[int | None]] = ((), set())
        self.notes_model = NotesModel(tag_names, self)
        self.setModel(self.notes_model)
        self.notes_model.alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        """Who spoke and the tag beside the first line of the note, not halfway down it: a note cut short by the
        space it has still shows whose it is."""
        for column in (WHEN, WHERE):
            self.hideColumn(column)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(0)
        self.heights: list[int] = []
        self.more = QLabel(self)
        """Under the notes shown: how many more there are, and the keys that bring them in (none when all show)."""
        self.more.setObjectName("moreNotes")
        self.more.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.more.hide()
        self._more_line = 0
        """Its height: the notes shown end above it (the rows after them take no room)."""
        self.feed.heard.connect(self._heard)
        self.setVisible(False)

    def event(self, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.ParentChange and parent is not None:
            parent.installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The view around the strip coming into sight or changing size: read the notes again, or size them
        (once the view has sized its own words for the new size)."""
        if watched is self.parentWidget():
            if event.type() == QEvent.Type.Show:
                self._parent_showing = True
                try:
                    self.reload()
                finally:
                    self._parent_showing = False
            elif event.type() == QEvent.Type.Resize and not self.managed and self.has_notes():
                QTimer.singleShot(0, self._fit_in_view)
        return False

    def _heard(self, changed: Changed) -> None:
        """The notes changed (here or in the note-taker's process): read once for every window, then show."""
        if changed.touches(Change.NOTES, self.review_id):
            self._notes = self.feed.screen.notes(self.review_id, changed)
            self.reload()

    def reload(self) -> None:
        """Show the notes under what is on screen now, from the notes as last read."""
        places = self.places()
        if places and self._notes is None:
            self._notes = self.feed.screen.last_notes(self.review_id)
        notes = self._notes if places and self._notes is not None else []
        wanted = {n.id for place in places for n in notes_at(notes, place)}
        found = shared([n for n in notes if n.id in wanted])
        if [n.id for n in self.notes_model.rows] != [n.id for n in found]:
            self.back = 0
        self._announce_new(tuple(places), found)
        self.notes_model.set_notes(found)
        self.setColumnHidden(TAG, all(n.tag is NoteTag.DISCUSSION for n in found))
        self.setColumnHidden(WHO, not any(n.speaker for n in found))
        self._show()

    def _announce_new(self, on_screen: tuple[Place, ...], notes: list) -> None:
        """A note that arrives under what is still on screen is said aloud (not those already there)."""
        seen, self._seen = self._seen, (on_screen, {n.id for n in notes})
        if seen[0] != on_screen or self.hidden_by_key:
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

    def has_notes(self) -> bool:
        return self.notes_model.rowCount() > 0 and not self.hidden_by_key

    def _show(self) -> None:
        self.setVisible(self.has_notes())
        if self.managed:
            if not self._parent_showing:  # else the column fits itself as its own show event follows (card_column)
                self.needs_room.emit()
        elif self.has_notes():
            self._fit_in_view()

    def _fit_in_view(self) -> None:
        space = self.parentWidget()
        if space is None:
            return
        zoom = getattr(space, "zoom", 1.0)
        self.set_type(space, zoom)
        layout = space.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = space.contentsRect().width() - margins.left() - margins.right()
        self.newest_height(width, 0)
        self.show_within(min(int(space.height() * HEIGHT_SHARE), self._left_by_words(space, width)))

    def _left_by_words(self, space: QWidget, width: int) -> int:
        """The height the view's own words leave free (a list among them may shrink): they come first."""
        layout = space.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        taken = margins.top() + margins.bottom()
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None or widget is self or widget.isHidden():
                continue
            wanted = widget.heightForWidth(width) if widget.hasHeightForWidth() else widget.minimumSizeHint().height()
            taken += max(wanted, widget.minimumSizeHint().height()) + layout.spacing()
        return space.height() - taken

    def set_type(self, space: QWidget, zoom: float) -> None:
        """Type in step with the space (a share of what its questions get) and the room's zoom, at least ROOM_PX."""
        wanted = min(space.height() / 32, space.width() / 40) * TYPE_SHARE
        pixels = max(ROOM_PX, wanted) * (1 + (zoom - 1) * ZOOM_SHARE)
        font = QFont(self.font())
        font.setPointSizeF(points(max(ROOM_PX, pixels), self))
        if font != self.font():
            self.setFont(font)
        more = QFont(font)
        more.setPointSizeF(points(max(ROOM_PX, pixels * MORE_SHARE), self))
        more.setItalic(True)
        if more != self.more.font():
            self.more.setFont(more)

    def newest_height(self, width: int, cap: int) -> int:
        """Lay the notes out `width` wide; the newest's height (with the frame), at most `cap` when one is given.

        Widths and heights are worked out here, not left to the view, which sizes its columns only once laid out."""
        rows = self.notes_model.rowCount()
        shown = [c for c in (WHO, TAG, NOTE) if not self.isColumnHidden(c)]
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate = self.itemDelegate()
        widths = {}
        for column in shown[:-1]:
            widths[column] = max(delegate.sizeHint(option, self.notes_model.index(r, column)).width() for r in range(rows))
        widths[NOTE] = max(1, width - 2 * self.frameWidth() - sum(widths.values()))
        for column, pixels in widths.items():
            self.setColumnWidth(column, pixels)
        self.heights = []
        for row in range(rows):
            tallest = 0
            for column, pixels in widths.items():
                option.rect = QRect(0, 0, pixels, 100000)
                tallest = max(tallest, delegate.sizeHint(option, self.notes_model.index(row, column)).height())
            self.heights.append(tallest)
        newest = self.heights[-1] + 2 * self.frameWidth() if rows else 0
        if rows > 1:  # room for the line that says how many more there are, should the others not fit
            newest += self.more.fontMetrics().height() + 2 * TEXT_MARGIN
        return min(newest, cap) if cap else newest

    def show_within(self, height: int) -> None:
        """As many whole notes as fit in `height`, ending `back` notes before the newest; the others take no room."""
        rows = len(self.heights)
        if not rows:
            return
        self.back = min(self.back, rows - 1)
        last = rows - 1 - self.back
        first, used = self._fitting(last, height)
        line = 0
        if first > 0 or last < rows - 1:  # some are out of sight: say so, in a line of its own under the notes
            line = self.more.fontMetrics().height() + 2 * TEXT_MARGIN
            first, used = self._fitting(last, height - line)
        for row in range(rows):
            self.setRowHeight(row, self.heights[row] if first <= row <= last else 0)
        if used > height - line:
            used = self._whole_lines(last, height - line)
            first = last
        self._say_more(first, rows - 1 - last, line)
        self.setFixedHeight(max(0, used + line))
        self._place_more()
        self.setVisible(used + line <= height)
        self.scrollToTop()

    def _fitting(self, last: int, height: int) -> tuple[int, int]:
        """The first of the notes that fit whole in `height` ending with `last`, and the height they take."""
        used, first = 2 * self.frameWidth() + self.heights[last], last
        while first > 0 and used + self.heights[first - 1] <= height:
            first -= 1
            used += self.heights[first]
        return first, used

    def _say_more(self, earlier: int, later: int, line: int) -> None:
        """'3 more notes — Ctrl+Up for earlier' under the notes when some are out of sight, with the keys that
        bring them in (named as the key table names them); nothing when every note shows."""
        self._more_line = line
        self._keep_room_for_more()
        self.more.setVisible(bool(line))
        if not line:
            return
        words = texts("notes")["more_on_screen"]
        count = earlier + later
        ways = []
        if earlier:
            ways.append(words["earlier"].format(key=keymap.shown("earlier_shared_notes")))
        if later:
            ways.append(words["later"].format(key=keymap.shown("later_shared_notes")))
        said = words["one"] if count == 1 else words["many"].format(count=count)
        self.more.setText(words["line"].format(notes=said, keys=words["joined"].join(ways)))

    def _keep_room_for_more(self) -> None:
        """The notes end above the line: a note cut short never runs under it (the table's own margins kept)."""
        line = getattr(self, "_more_line", 0)  # the table lays itself out once before __init__ has set it
        margins = self.viewportMargins()
        if margins.bottom() != line:
            self.setViewportMargins(margins.left(), margins.top(), margins.right(), line)

    def updateGeometries(self) -> None:
        super().updateGeometries()  # the table sets the viewport's margins for its headers here
        self._keep_room_for_more()

    def _place_more(self) -> None:
        frame = self.frameWidth()
        line = self._more_line
        self.more.raise_()
        self.more.setGeometry(frame + TEXT_MARGIN, self.height() - frame - line, max(0, self.width() - 2 * (frame + TEXT_MARGIN)), line)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.more.isHidden():
            self._place_more()

    def step(self, towards_older: int) -> None:
        """One note towards the older (1) or the newer (-1), as far as there are notes."""
        rows = self.notes_model.rowCount()
        self.back = min(max(0, self.back + towards_older), max(0, rows - 1))
        self._show()

    def _whole_lines(self, row: int, height: int) -> int:
        """A note taller than its space shows as many of its first lines as fit, the cut between two lines (taller
        than `height` when not even one fits: the strip then stays out of sight)."""
        line = self.fontMetrics().lineSpacing()
        words = self.fontMetrics().boundingRect(
            QRect(0, 0, max(1, self.columnWidth(NOTE) - 2 * TEXT_MARGIN), 100000),
            int(Qt.TextFlag.TextWordWrap),
            self.notes_model.note_at(row).text,
        ).height()
        top = 2 * self.frameWidth() + max(0, self.heights[row] - words) // 2
        return top + max(1, (height - top) // line) * line

    def shown_rows(self) -> list[int]:
        """The notes on screen, oldest first."""
        return [row for row in range(self.notes_model.rowCount()) if self.rowHeight(row) > 0]

    def wheelEvent(self, event) -> None:
        """One note at a time, towards the older (up) or the newer (down)."""
        self.step(1 if event.angleDelta().y() > 0 else -1)
        event.accept()
