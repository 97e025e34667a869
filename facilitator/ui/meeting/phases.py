"""The meeting's phases behind one contract (as Mu registers its modes and Picard its option pages).

Each phase's view module holds one class that offers what PhaseView says; PHASE_VIEWS names it. The shared screen
(meeting_view.py) builds a phase's view from here the first time the room reaches it, loads it, sends it the
remote's keys and puts the room's notes into it; the key help finds a phase's keys by its name. The agenda
(domain/agenda.py) gives the phases their order and minutes; the record (export/record_phases.py) their sections.
docs/architecture.md says how to add a phase."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

from ...content import texts
from ...domain.agenda import PHASES, Phase
from ...domain.notes import Place

if TYPE_CHECKING:
    from .actions_phase import ActionsPhase
    from .close_view import ClosePhase
    from .key_questions_view import KeyQuestionsPhase
    from .meeting_view import MeetingView
    from .opening_view import OpeningPhase
    from .timeline_phase import TimelinePhase

PAGE_KEYS = {1: Qt.Key.Key_PageDown, -1: Qt.Key.Key_PageUp}


class PhaseView(Protocol):
    """What the shared screen asks of a phase: built with the meeting view, it keeps its own widget."""

    @property
    def phase(self) -> Phase: ...

    @property
    def texts_key(self) -> str:
        """Its words: this table of resources/text/meeting.toml."""
        ...

    @property
    def keys(self) -> tuple[str, ...]:
        """The keys it reads itself, as command ids of the key table (ui/common/keymap.py)."""
        ...

    @property
    def shows_notes(self) -> bool:
        """Whether the notes the room may see are shown in its view (see show_notes)."""
        ...

    @property
    def widget(self) -> QWidget:
        """What the room sees."""
        ...

    def load(self) -> None:
        """Show what is stored, and what waits to be written, for this phase."""

    def step(self, step: int) -> bool:
        """The remote's PageDown (1) or PageUp (-1): True if the phase took it (next moment, question, action);
        False and the meeting moves to the next or previous phase."""
        ...

    def note_places(self) -> list[Place]:
        """Where the notes shown in its view belong (the first: where new ones go)."""
        ...

    def notes_moved(self) -> SignalInstance | None:
        """Emitted when note_places() changes (another moment or question on screen), or None if it never does."""
        ...

    def show_notes(self, strip: QWidget) -> None:
        """Put the strip of the room's notes into its view."""

    def set_zoom(self, zoom: float) -> None:
        """The room's zoom, for the type it shows."""

    def zoom(self) -> float:
        """The room's zoom as it shows it."""
        ...

    def on_screen(self) -> None:
        """The room has just reached this phase."""


class PagedView(Protocol):
    """A phase's widget: its type follows the room's zoom, and it reads PageDown/PageUp itself where it has a list."""

    zoom: float

    def set_zoom(self, zoom: float) -> None: ...

    def layout(self) -> QLayout: ...

    def keyPressEvent(self, event: QKeyEvent) -> None: ...


class PhaseBase:
    """What most phases share: notes in their own place, under one widget; the remote's keys move the phase."""

    phase: Phase
    texts_key: str
    keys: tuple[str, ...] = ()
    shows_notes = True
    widget: QWidget

    def __init__(self, meeting: MeetingView) -> None:
        self.meeting = meeting

    def _view(self) -> PagedView:
        return cast(PagedView, self.widget)

    def load(self) -> None:
        """Nothing stored to show."""

    def step(self, step: int) -> bool:
        return False

    def _page(self, step: int, where: Callable[[], object]) -> bool:
        """PageDown or PageUp, handled by the view as its own key (next or previous in its list); False at either
        end of the list (where() the same after the key), so a presenter remote moves on to the next phase."""
        before = where()
        self._view().keyPressEvent(QKeyEvent(QEvent.Type.KeyPress, PAGE_KEYS[step], Qt.KeyboardModifier.NoModifier))
        return where() != before

    def note_places(self) -> list[Place]:
        return [Place(self.phase)]

    def notes_moved(self) -> SignalInstance | None:
        return None

    def notes_after(self) -> QWidget:
        """The widget the notes go under."""
        raise NotImplementedError

    def show_notes(self, strip: QWidget) -> None:
        layout = cast(QBoxLayout, self._view().layout())
        layout.insertWidget(layout.indexOf(self.notes_after()) + 1, strip)

    def set_zoom(self, zoom: float) -> None:
        self._view().set_zoom(zoom)

    def zoom(self) -> float:
        return self._view().zoom

    def on_screen(self) -> None:
        """Nothing to do when the room reaches it."""


PHASE_VIEWS: Mapping[Phase, str] = {
    Phase.OPENING: "opening_view:OpeningPhase",
    Phase.TIMELINE: "timeline_phase:TimelinePhase",
    Phase.KEY_QUESTIONS: "key_questions_view:KeyQuestionsPhase",
    Phase.ACTIONS: "actions_phase:ActionsPhase",
    Phase.CLOSE: "close_view:ClosePhase",
}
"""Each phase's class, as module:class in this package; imported the first time it is needed (start-up stays quick)."""


def phase_class(phase: Phase) -> type[PhaseBase]:
    """The phase's class (each is built on PhaseBase; mypy checks below that each keeps the contract)."""
    module, name = PHASE_VIEWS[phase].split(":")
    found: type[PhaseBase] = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    return found


def make_phase(phase: Phase, meeting: MeetingView) -> PhaseView:
    """The phase's view for this meeting, built and not yet loaded."""
    return phase_class(phase)(meeting)


if TYPE_CHECKING:

    def _every_phase_keeps_the_contract(
        opening: OpeningPhase, timeline: TimelinePhase, questions: KeyQuestionsPhase, actions: ActionsPhase, close: ClosePhase
    ) -> list[PhaseView]:
        """Never called: mypy checks here that each registered class offers what PhaseView says."""
        return [opening, timeline, questions, actions, close]


def keys_by_phase() -> dict[str, list[str]]:
    """For the key help: each command id a phase reads itself, with the names of the phases that read it."""
    names = texts("meeting")["phases"]
    found: dict[str, list[str]] = {}
    for phase in PHASES:
        for key in phase_class(phase).keys:
            found.setdefault(key, []).append(names[phase.value])
    return found
