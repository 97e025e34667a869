"""A whole review read out of the stores, or written back into them as a new review in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..domain.whole_review import KeyQuestionState, WholeReview
from .connection import known_id
from .reviews import ReviewStore


def load_whole(store: ReviewStore, review_id: int) -> WholeReview:
    review = store.get(review_id)
    meeting = store.meeting
    covered = meeting.covered_questions(review_id)
    answers = meeting.answers(review_id)
    learned, would_return = meeting.pulse(review_id)
    return WholeReview(
        review=review,
        people=tuple(store.people(review_id)),
        entries=tuple(store.timeline.entries(review_id)),
        source_keys=store.timeline.source_keys(review_id),
        events=tuple(meeting.events(review_id)),
        budgets=meeting.budgets(review_id, review.slot_minutes),
        key_questions={
            key: KeyQuestionState(key in covered, answers.get(key, "")) for key in sorted(covered | set(answers))
        },
        opening_text=meeting.opening_text(review_id),
        pulse_learned=learned,
        pulse_would_return=would_return,
        current_entry_id=store.current_entry_id(review_id),
        current_key_question=meeting.current_key_question(review_id),
        notes=tuple(store.notes.notes(review_id)),
        note_draft=store.notes.draft(review_id),
        parked=tuple(store.parking.items(review_id)),
        actions=tuple(store.parking.actions(review_id)),
        comments=tuple(store.comments.comments(review_id)),
    )


def store_whole(store: ReviewStore, whole: WholeReview, now: dt.datetime) -> int:
    """Write the whole review as a new review, all or nothing; returns its id.

    The ids in `whole` only tie its parts together: each part gets a new id here and every
    reference is carried over to it."""
    with store.db.atomic():
        review_id = known_id(store.create(whole.review, [replace(person, id=None) for person in whole.people]).id)
        new_entry = dict(
            zip(
                (entry.id for entry in whole.entries),
                store.timeline.add_as_they_were(
                    review_id, ((entry, whole.source_keys.get(entry.id)) for entry in whole.entries)  # type: ignore[arg-type]
                ),
                strict=True,
            )
        )
        _store_meeting(store, review_id, whole, new_entry)
        for note in whole.notes:
            place = replace(note.place, entry_id=new_entry.get(note.place.entry_id))
            store.notes.add(review_id, replace(note, id=None, place=place))
        if whole.note_draft:
            store.notes.save_draft(review_id, whole.note_draft, now)
        new_item = {}
        for item in whole.parked:
            new_item[item.id] = store.parking.add(review_id, replace(item, entry_id=new_entry.get(item.entry_id))).id
        for action in whole.actions:
            added = store.parking.add_action(review_id, replace(action, parked_item_id=new_item.get(action.parked_item_id)))
            store.parking.update_action(replace(added, rank=action.rank))
        for comment in whole.comments:
            store.comments.add(review_id, replace(comment, entry_id=new_entry.get(comment.entry_id)))
    return review_id


def _store_meeting(store: ReviewStore, review_id: int, whole: WholeReview, new_entry: dict) -> None:
    meeting = store.meeting
    meeting.restore_events(review_id, list(whole.events))
    if whole.budgets:
        meeting.set_budgets(review_id, whole.budgets, whole.review.slot_minutes)
    for key, state in whole.key_questions.items():
        meeting.set_covered(review_id, key, state.covered)
        meeting.set_answer(review_id, key, state.answer)
    meeting.set_opening_text(review_id, whole.opening_text)
    meeting.set_pulse(review_id, whole.pulse_learned, whole.pulse_would_return)
    meeting.set_current_key_question(review_id, whole.current_key_question)
    store.set_current_entry(review_id, new_entry.get(whole.current_entry_id))

