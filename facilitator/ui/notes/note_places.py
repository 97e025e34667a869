"""Names for the places a note can be filed under, and the list a note can be moved to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from ...domain.agenda import PHASES, Phase
from ...domain.key_questions import KeyQuestion
from ...domain.notes import Place
from ...domain.timeline import TimelineEntry

SHORT = 48


def shortened(text: str, length: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


class Places:
    """Built from the review's moments, key questions and phase names; no Qt, no store."""

    def __init__(
        self,
        moments: Sequence[TimelineEntry],
        questions: Sequence[KeyQuestion],
        phase_names: Mapping[str, str],
        zone: dt.tzinfo,
    ):
        self.moments = list(moments)
        self._entries = {e.id: e for e in moments}
        self.questions = list(questions)
        self._questions = {q.key: q for q in questions}
        self.phase_names = phase_names
        self.zone = zone

    def entry(self, entry_id: int | None) -> TimelineEntry | None:
        return self._entries.get(entry_id)

    def question(self, key: str | None) -> KeyQuestion | None:
        return self._questions.get(key) if key is not None else None

    def phase_name(self, phase: Phase | None) -> str:
        return self.phase_names.get(phase.value, phase.value) if phase else ""

    def entry_label(self, entry: TimelineEntry, length: int = SHORT) -> str:
        return f"{entry.at.astimezone(self.zone):%H:%M} {shortened(entry.text, length)}"

    def describe(self, place: Place, length: int = SHORT) -> str:
        """'19:12 Provider status page…', a key question's words, or the phase's name."""
        entry = self.entry(place.entry_id)
        if entry is not None:
            return self.entry_label(entry, length)
        question = self.question(place.key_question)
        if question is not None:
            return shortened(question.text, length)
        return self.phase_name(place.phase)

    def choices(self) -> list[tuple[str, Place]]:
        """Every place a note can be moved to, in meeting order."""
        found = []
        for phase in PHASES:
            if phase is Phase.TIMELINE:
                found += [(self.entry_label(e), Place(phase, entry_id=e.id)) for e in self.moments]
            elif phase is Phase.KEY_QUESTIONS:
                found += [(shortened(q.text), Place(phase, key_question=q.key)) for q in self.questions]
            else:
                found.append((self.phase_name(phase), Place(phase)))
        return found
