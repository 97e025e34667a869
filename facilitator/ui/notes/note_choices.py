"""The speaker and the tag of the note being typed, each chosen without leaving the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ...content import texts
from ...domain.notes import TAGS, NoteTag
from ..common import accessible

QUICK_SPEAKERS = 9


def speaker_names(people) -> list[str]:
    """Who may be noted as speaking: everyone expected in the room except the note-taker, in the set-up's order."""
    return [p.name for p in people if p.attendance.expected and not p.takes_notes]


def matching_name(typed: str, names: list[str]) -> str:
    """The attendee the typed letters point to (whole name, then start of a name, then anywhere), else the text."""
    typed = " ".join(typed.split())
    folded = typed.casefold()
    if not folded:
        return ""
    for test in (
        lambda n: n.casefold() == folded,
        lambda n: n.casefold().startswith(folded) or any(w.casefold().startswith(folded) for w in n.split()),
        lambda n: folded in n.casefold(),
    ):
        found = [n for n in names if test(n)]
        if len(found) == 1:
            return found[0]
    return typed


class SpeakerPicker(QWidget):
    """A name box with completion (Ctrl+E), and the first nine attendees by number: Ctrl+E, then 1 … 9 (0: nobody).

    A digit, not Alt+digit: on a Mac Option+digit types [ ] { } | @ on many keyboards."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: list[str] = []
        self.box = QLineEdit(placeholderText=texts("notes")["window"]["speaker_hint"])
        self.box.setClearButtonEnabled(True)
        self.box.setMinimumWidth(self.box.fontMetrics().horizontalAdvance(self.box.placeholderText()) + 48)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.box.setCompleter(completer)
        self.box.returnPressed.connect(self._typed)
        self.box.textEdited.connect(self._number)
        self.box.installEventFilter(self)
        accessible.name(self.box, "notes.speaker")
        self.quick = QLabel()
        self.quick.setObjectName("quickSpeakers")
        self.quick.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(texts("notes")["window"]["speaker"]))
        layout.addWidget(self.box, 1)
        layout.addWidget(self.quick, 3)

    def set_names(self, names: list[str]) -> None:
        if names == self.names:
            return
        self.names = list(names)
        self._model.setStringList(self.names)
        self.quick.setText("   ".join(f"{i} {n.split()[0]}" for i, n in enumerate(self.names[:QUICK_SPEAKERS], start=1)))

    def speaker(self) -> str:
        return matching_name(self.box.text(), self.names)

    def set_speaker(self, name: str) -> None:
        self.box.setText(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the box, the only thing watched (its completion list closed): back to the note, the speaker as it is.
        A digit that would be the box's only text picks that attendee before the box takes it as a letter, so no
        completion list opens to catch the first letter of the note typed next."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.chosen.emit(self.box.text())
            return True
        if self._lone_digit(event):
            name = self.quick_pick(int(event.text()))
            if name is not None:
                self.chosen.emit(name)
            return True
        return super().eventFilter(watched, event)

    def _lone_digit(self, event: QKeyEvent) -> bool:
        """A plain digit typed into an empty box, or over the whole of its text (as Ctrl+E leaves it)."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        text = self.box.text()
        replaces_all = not text or self.box.selectedText() == text
        return plain and len(event.text()) == 1 and event.text() in "0123456789" and replaces_all

    def _number(self, text: str) -> None:
        """A lone digit typed in the box (names have none): that attendee, and back to the note; a number nobody
        has is taken back, not kept as a name."""
        if len(text) == 1 and text.isdigit():
            name = self.quick_pick(int(text))
            if name is not None:
                self.chosen.emit(name)
            else:
                self.box.undo()

    def quick_pick(self, number: int) -> str | None:
        """A number: that attendee (0: nobody); None when there is no such number."""
        if number == 0:
            self.box.clear()
            return ""
        if number > min(len(self.names), QUICK_SPEAKERS):
            return None
        self.box.setText(self.names[number - 1])
        return self.names[number - 1]

    def _typed(self) -> None:
        self.box.setText(self.speaker())
        self.chosen.emit(self.box.text())


class TagPicker(QWidget):
    """One button per tag, Ctrl+1 … Ctrl+6; discussion unless another is chosen."""

    def __init__(self, names: dict[str, str], hints: dict[str, str], parent=None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, tag in enumerate(TAGS, start=1):
            button = QToolButton()
            button.setText(f"{names.get(tag.value, tag.value)} {number}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(texts("notes")["window"]["tag_tip"].format(hint=hints.get(tag.value, ""), number=number))
            self.group.addButton(button, number - 1)
            layout.addWidget(button)
        layout.addStretch(1)
        self.restyle()
        self.set_tag(NoteTag.DISCUSSION)

    def restyle(self) -> None:
        """The chosen tag in the highlight colours, so it reads at a glance; call again when the palette changes."""
        palette = QApplication.palette()
        role = QPalette.ColorRole
        style = (
            f"QToolButton {{ padding: 3px 8px; border: 1px solid {palette.color(role.PlaceholderText).name()}; border-radius: 3px; "
            f"background: {palette.color(role.Button).name()}; color: {palette.color(role.ButtonText).name()}; }}"
            f"QToolButton:checked {{ background: {palette.color(role.Highlight).name()}; "
            f"color: {palette.color(role.HighlightedText).name()}; font-weight: bold; }}"
        )
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def tag(self) -> NoteTag:
        return TAGS[max(0, self.group.checkedId())]

    def set_tag(self, tag: NoteTag) -> None:
        self.group.button(TAGS.index(tag)).setChecked(True)
