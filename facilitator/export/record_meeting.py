"""The record's sections after the timeline: key questions, perspectives, comments, parking lot, actions,
time spent, close and any notes left over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from ..domain.actions import Action, ranked, too_many
from ..domain.agenda import PHASES, Phase
from ..domain.comments import Comment
from ..domain.key_questions import KeyQuestion
from ..domain.meeting_clock import ClockReading
from ..domain.notes import Note, NoteTag, Place
from ..domain.parking import Fate, ParkedItem
from ..domain.whole_review import KeyQuestionState
from .markdown_text import inline
from .record_blocks import INDENT, duration, facts, fill, heading, note_item, note_list, table, text_lines
from .record_notes import FiledNotes
from .record_timeline import EntryTimes

PERSPECTIVES = (NoteTag.DISSENT, NoteTag.KNEW_THEN, NoteTag.KNOW_NOW, NoteTag.OPEN_QUESTION)
"""The kinds of note gathered again under 'Perspectives and dissent', in this order."""
ON_TIME = dt.timedelta(minutes=1)
"""A phase within this much of its budget took its planned time."""


class Places:
    """Says where in the meeting a note or comment belongs, e.g. 'the 19:33 entry' or a key question."""

    def __init__(self, entry_times: dict[int, dt.datetime], times: EntryTimes, questions: Sequence[KeyQuestion], words: Mapping):
        self.entry_times = entry_times
        self.times = times
        self.questions = {q.key: q.text for q in questions}
        self.words = words

    def of_entry(self, entry_id: int | None) -> str:
        if entry_id not in self.entry_times:
            return ""
        return fill(self.words["entry"], time=self.times.place(self.entry_times[entry_id]))

    def of(self, place: Place) -> str:
        if place.entry_id in self.entry_times:
            return self.of_entry(place.entry_id)
        if place.key_question is not None:
            return "“" + inline(self.questions.get(place.key_question, place.key_question)) + "”"
        return self.words.get(place.phase.value, "") if place.phase else ""


def key_questions_section(
    questions: Sequence[KeyQuestion], states: Mapping[str, KeyQuestionState], notes: FiledNotes, words: Mapping, tags: Mapping[str, str]
) -> list[str]:
    blocks = [heading(2, words["heading"])]
    known = [(q.key, q.text) for q in questions]
    extra = sorted((set(states) | set(notes.by_question)) - {key for key, _ in known})
    for key, text in [*known, *((key, key) for key in extra)]:
        state = states.get(key, KeyQuestionState())
        said = notes.by_question.get(key, [])
        status = [words["covered"]] if state.covered else []
        if state.answer:
            status.append(words["answers"].get(state.answer) or fill(words["answer"], answer=inline(state.answer)))
        if not status and not said:
            status.append(words["not_reached"])
        blocks.append(heading(3, inline(text)))
        blocks += [" ".join(status)] if status else []
        blocks += [note_list(said, tags)] if said else []
    return blocks + _phase_notes(notes, Phase.KEY_QUESTIONS, words, tags)


def perspectives_section(notes: FiledNotes, places: Places, words: Mapping) -> list[str]:
    blocks = [heading(2, words["heading"])]
    groups = [(tag, [n for n in notes.in_order if n.tag is tag]) for tag in PERSPECTIVES]
    groups = [(tag, found) for tag, found in groups if found]
    if not groups:
        return blocks + [words["none"]]
    blocks.append(words["intro"])
    for tag, found in groups:
        blocks.append(heading(3, words[tag.value]))
        blocks.append("\n".join(_placed(note, places, words) for note in found))
    return blocks


def _placed(note: Note, places: Places, words: Mapping) -> str:
    where = places.of(note.place)
    item = note_item(note, {}, tagged=False)
    return item + (" *(" + fill(words["where"], place=where) + ")*" if where else "")


def comments_section(comments: Sequence[Comment], places: Places, words: Mapping) -> list[str]:
    blocks = [heading(2, words["heading"])]
    if not comments:
        return blocks + [words["none"]]
    return blocks + ["\n".join(_comment(comment, places, words) for comment in comments)]


def _comment(comment: Comment, places: Places, words: Mapping) -> str:
    who = words["anonymous"] if comment.anonymous else inline(comment.author or "")
    about = places.of_entry(comment.entry_id)
    details = [
        fill(words["via"], via=inline(comment.via)) if inline(comment.via) else "",
        fill(words["received"], date=comment.received_on.isoformat()) if comment.received_on else "",
        fill(words["about"], place=about) if about else "",
    ]
    said = ", ".join(part for part in details if part)
    return f"- **{who}**" + (f" ({said})" if said else "") + ": " + text_lines(comment.text, INDENT)


def parking_section(items: Sequence[ParkedItem], words: Mapping, parking_words: Mapping) -> list[str]:
    blocks = [heading(2, words["heading"])]
    if not items:
        return blocks + [words["none"]]
    categories, fates = parking_words["categories"], parking_words["fates"]
    rows = [
        (
            inline(item.text),
            inline(item.raised_by),
            inline(categories.get(item.category.value, item.category.value)),
            _fate(item, words, fates),
        )
        for item in items
    ]
    return blocks + [words["intro"], table((words["item"], words["raised_by"], words["category"], words["fate"]), rows)]


def _fate(item: ParkedItem, words: Mapping, fates: Mapping[str, str]) -> str:
    if item.fate is None:
        return words["no_fate"]
    label = inline(fates.get(item.fate.value, item.fate.value))
    if item.fate is Fate.DROPPED and inline(item.fate_reason):
        return fill(words["dropped"], fate=label, reason=inline(item.fate_reason))
    return label


def actions_section(actions: Sequence[Action], notes: FiledNotes, words: Mapping, tags: Mapping[str, str]) -> list[str]:
    blocks = [heading(2, words["heading"])]
    if not actions:
        blocks.append(words["none"])
    else:
        if too_many(actions):
            blocks.append(words["too_many"])
        headers = (words["rank"], words["action"], words["owner"], words["due"], words["priority"], words["tracker"], words["isms"])
        rows = [_action_row(number, action, words) for number, action in enumerate(ranked(actions), start=1)]
        blocks.append(table(headers, rows, right=(0,)))
    return blocks + _phase_notes(notes, Phase.ACTIONS, words, tags)


def _action_row(number: int, action: Action, words: Mapping) -> tuple[str, ...]:
    what = inline(action.title) + (f" — {inline(action.description)}" if inline(action.description) else "")
    return (
        str(number),
        what,
        inline(action.owner),
        action.due.isoformat() if action.due else "",
        inline(words["priorities"].get(action.priority.value, action.priority.value)),
        inline(action.tracker_ref),
        words["isms_yes"] if action.isms_impact else words["isms_no"],
    )


def timings_section(
    reading: ClockReading | None, budgets: Mapping[Phase, int], slot_minutes: int, still_running: str, words: Mapping, phase_names: Mapping[str, str], units: Mapping
) -> list[str]:
    blocks = [heading(2, words["heading"])]
    if reading is None:
        return blocks + [words["none"]]
    rows = []
    for phase in PHASES:
        planned = dt.timedelta(minutes=budgets[phase])
        spent = reading.spent.get(phase)
        rows.append(
            (
                inline(phase_names.get(phase.value, phase.value)),
                duration(planned, units),
                duration(spent, units) if spent is not None else words["not_reached"],
                _difference(spent, planned, words, units) if spent is not None else "",
            )
        )
    slot = dt.timedelta(minutes=slot_minutes)
    rows.append((f"**{words['total']}**", duration(slot, units), duration(reading.elapsed, units), _difference(reading.elapsed, slot, words, units)))
    headers = (words["phase"], words["budget"], words["spent"], words["difference"])
    breaks = [fill(words["breaks"], time=duration(reading.breaks, units))] if reading.breaks >= ON_TIME else []
    return blocks + ([still_running] if still_running else []) + [table(headers, rows, right=(1, 2))] + breaks


def _difference(spent: dt.timedelta, planned: dt.timedelta, words: Mapping, units: Mapping) -> str:
    gap = spent - planned
    if abs(gap) < ON_TIME:
        return words["on_time"]
    return fill(words["over" if gap > dt.timedelta(0) else "under"], time=duration(abs(gap), units))


def close_section(learned: int | None, would_return: int | None, notes: FiledNotes, words: Mapping, tags: Mapping[str, str]) -> list[str]:
    pulse = facts([(words["learned"], _people(learned, words)), (words["would_return"], _people(would_return, words))])
    return [heading(2, words["heading"]), pulse, *_phase_notes(notes, Phase.CLOSE, words, tags)]


def _people(count: int | None, words: Mapping) -> str:
    if count is None:
        return words["not_counted"]
    return words["one_person"] if count == 1 else fill(words["people"], count=str(count))


def other_section(notes: FiledNotes, words: Mapping, tags: Mapping[str, str]) -> list[str]:
    if not notes.elsewhere:
        return []
    return [heading(2, words["heading"]), words["intro"], note_list(notes.elsewhere, tags)]


def _phase_notes(notes: FiledNotes, phase: Phase, words: Mapping, tags: Mapping[str, str]) -> list[str]:
    said = notes.by_phase.get(phase, [])
    return [words["notes"], note_list(said, tags)] if said else []
