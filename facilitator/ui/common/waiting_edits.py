"""The edits of the set-up, timeline, comments, actions and library that go through the write queue
(write_queue.py) as store calls (storage/queued_calls.py), and what the windows show of them while they wait."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from ...app.edits import Refused
from ...app.edits import part as part
from ...app.waiting import Later, Waiting, calls_data, pending_calls, restored
from ...content import texts
from ...domain.actions import Action
from ...domain.comments import Comment
from ...domain.parking import ParkedItem
from ...domain.people import Person
from ...domain.timeline import TimelineEntry
from .write_queue import WriteQueue


def edit(queue: WriteQueue, review_id: int | None, *calls: tuple[str, tuple]) -> tuple[bool, object]:
    """Make the calls in one transaction: (True, what each returned) if written at once, else (False, a Later for
    that list, whose parts stand for what they return in the edits made while it waits). An edit the database
    refuses at once (its row deleted by another window, say) is told through queue.refused, and returns None."""
    data = calls_data(review_id, *calls)
    try:
        written, result = queue.submit("calls", data)
    except Refused as error:
        queue.tell_refused("calls", data, error)
        return True, None
    if written:
        return True, result
    assert isinstance(result, Waiting)
    return False, Later(result.source, result.seq)


def say_refused(status_bar, waiting: Waiting, error: Exception, review_id: int | None, methods=()) -> None:
    """In the status bar: an edit of this review (or of the rows named by id alone), and, if named, of these
    methods, that the database refused; it was given up."""
    if waiting.kind != "calls" or waiting.data.get("review_id") not in (review_id, None):
        return
    if methods and not any(method in methods for method, _args in waiting.data["calls"]):
        return
    words = texts("waiting")
    status_bar.showMessage(words["refused"].format(what=words["a_change"], error=error))


def waiting_calls(queue: WriteQueue, review_id: int | None, prefix: str = "") -> list[tuple[str, list, Later]]:
    """The store calls still waiting for this review (any review if None) whose method starts with prefix; an edit
    of a row known by its id alone (an entry, a parked item) may be of any review. Each with a Later for what it
    returns: a row added meanwhile is shown with the Later for its id, the id that edits made meanwhile name."""
    found = []
    for write in queue.pending("calls"):
        if review_id is None or write.data.get("review_id") in (review_id, None):
            for index, (method, args) in enumerate(pending_calls(write.data)):
                if method.startswith(prefix):
                    found.append((method, args, Later(write.source, write.seq, (index,))))
    return found


T = TypeVar("T")


def _restored(kind: type[T], method: str, row: dict) -> T:
    """What the restore call puts back, read from the row it is given (an entry, a comment, an action)."""
    back = restored(method, row)
    assert isinstance(back, kind)
    return back


def _same(a, b) -> bool:
    return a is not None and a == b


def entries_with_waiting(stored: list[TimelineEntry], queue: WriteQueue, review_id: int) -> list[TimelineEntry]:
    """The timeline as it will be once the edits waiting are written (an entry added meanwhile has a Later id)."""
    entries = list(stored)
    gone: dict = {}
    for method, args, later in waiting_calls(queue, review_id, "timeline."):
        if method == "timeline.update":
            entries = [args[0] if _same(e.id, args[0].id) else e for e in entries]
        elif method == "timeline.add_one":
            entries.append(replace(args[1], id=later.pick("id")))
        elif method == "timeline.delete":
            gone[later] = next((e for e in entries if _same(e.id, args[0])), None)
            entries = [e for e in entries if not _same(e.id, args[0])]
        elif method == "timeline.undelete":
            back = gone.get(args[0]) if isinstance(args[0], Later) else _restored(TimelineEntry, method, args[0])
            entries.extend([back] if back is not None else [])
        elif method == "timeline.set_questions":
            entries = [replace(e, questions=tuple(args[1])) if _same(e.id, args[0]) else e for e in entries]
    return sorted((e for e in entries if e is not None), key=lambda e: e.at)


def comments_with_waiting(stored: list[Comment], queue: WriteQueue, review_id: int) -> list[Comment]:
    """The comments as they will be once the edits waiting are written."""
    comments = list(stored)
    gone: dict = {}
    for method, args, later in waiting_calls(queue, review_id, "comments."):
        if method == "comments.add":
            comments.append(replace(args[1], id=later.pick("id")))
        elif method == "comments.remove":
            gone[later] = next((c for c in comments if _same(c.id, args[0])), None)
            comments = [c for c in comments if not _same(c.id, args[0])]
        elif method == "comments.restore":
            again = gone.get(args[0]) if isinstance(args[0], Later) else _restored(Comment, method, args[0])
            comments.extend([again] if again is not None else [])
        elif method == "comments.update":
            comments = [args[0] if _same(c.id, args[0].id) else c for c in comments]
    return [c for c in comments if c is not None]


def parking_with_waiting(
    items: list[ParkedItem], actions: list[Action], queue: WriteQueue, review_id: int
) -> tuple[list[ParkedItem], list[Action]]:
    """The parked items' fates and the actions as they will be once the edits waiting are written."""
    gone: dict = {}
    for method, args, later in waiting_calls(queue, review_id, "parking."):
        if method == "parking.update":
            items = [args[0] if _same(i.id, args[0].id) else i for i in items]
        elif method == "parking.add_action":
            rank = max((a.rank for a in actions), default=-1) + 1
            actions = [*actions, replace(args[1], id=later.pick("id"), rank=rank)]
        elif method == "parking.update_action":
            actions = [args[0] if _same(a.id, args[0].id) else a for a in actions]
        elif method == "parking.remove_action":
            gone[later] = next((a for a in actions if _same(a.id, args[0])), None)
            actions = [a for a in actions if not _same(a.id, args[0])]
        elif method == "parking.restore_action":
            back = gone.get(args[0]) if isinstance(args[0], Later) else _restored(Action, method, args[0])
            actions = [*actions, back] if back is not None else actions
        elif method == "parking.set_ranks":
            ranks = dict(tuple(pair) for pair in args[0])
            actions = [replace(a, rank=ranks[a.id]) if a.id in ranks else a for a in actions]
    return items, actions


def people_with_waiting(stored: list[Person], queue: WriteQueue, review_id: int) -> list[Person]:
    """The people as they will be once the edits waiting are written."""
    people = list(stored)
    for method, args, later in waiting_calls(queue, review_id):
        if method == "add_person":
            people.append(replace(args[1], id=later.pick("id")))
        elif method == "update_person":
            people = [args[1] if _same(p.id, args[1].id) else p for p in people]
        elif method == "remove_person":
            people = [p for p in people if not _same(p.id, args[0])]
        elif method == "set_facilitation":
            people = [replace(p, facilitates=_same(p.id, args[1]), takes_notes=_same(p.id, args[2])) for p in people]
    return people


def fields_with_waiting(queue: WriteQueue, review_id: int) -> dict:
    """The review's details changed by edits still waiting, the last one of each."""
    changed: dict = {}
    for method, args, _later in waiting_calls(queue, review_id):
        if method == "update_fields":
            changed.update(args[1])
    return changed


def budgets_with_waiting(store, queue: WriteQueue, review_id: int, slot_minutes: int) -> dict:
    """The minutes each phase gets, the last ones saved if they still wait for the database."""
    budgets = store.meeting.budgets(review_id, slot_minutes)
    for _method, args, _later in waiting_calls(queue, review_id, "meeting.set_budgets"):
        if args[2] == slot_minutes:
            budgets = dict(args[1])
    return budgets


def opening_with_waiting(store, queue: WriteQueue, review_id: int) -> str | None:
    """The review's own opening words (None: the default), the last ones saved if they still wait."""
    text = store.meeting.opening_text(review_id)
    for _method, args, _later in waiting_calls(queue, review_id, "meeting.set_opening_text"):
        text = args[1]
    return text
