"""A window's edit of a review: store calls made in one transaction through the writer, reporting what they change.

Every preparation use case (review_details, people, timeline_edits, comment_edits, meeting_plan) is an Edits:
built as ``Thing(store, hub, writer)``, each method one "calls" write (storage/queued_calls.py) that the hub hears
once it is in the database. Through the windows' write queue an edit may wait its turn: what it returns is then a
Later, which the edits made meanwhile may name (the id of an entry added, the row of a comment removed)."""

from __future__ import annotations

from typing import Protocol

from ..domain.record import record
from ..storage.queued_calls import Later, calls_data
from ..storage.queued_writes import REFUSED
from ..storage.reviews import ReviewStore
from ..storage.write_journal import Waiting
from .changes import Changed
from .hub import Hub
from .writes import Writer, changed_by, write

Refused = REFUSED
"""What the database raises for a write it refuses for what it says (a row another window deleted, say)."""


class TellsRefusals(Protocol):
    """A writer that tells the windows of a write the database refused at once, instead of raising."""

    def tell_refused(self, kind: str, data: dict, error: Exception) -> None: ...


@record
class Edit:
    """What one edit changed, and what its calls returned: a list (written), a Later (waiting) or None (refused)."""

    changed: Changed
    returned: object

    @property
    def written(self) -> bool:
        """In the database already (or refused); False while it waits its turn."""
        return not isinstance(self.returned, Later)

    def part(self, index: int, *path: object) -> object:
        """What the index-th call returned (and its field, by path), or a Later for it while the edit waits."""
        return part(self.returned, index, *path)


def part(returned: object, index: int, *path: object) -> object:
    """Part of what an edit returned: the index-th call's result (and its field, by path), or a Later for it."""
    if returned is None:
        return None
    if isinstance(returned, Later):
        return returned.pick(index, *path)
    value = returned[index]  # type: ignore[index]
    for step in path:
        value = value[step] if isinstance(value, dict) else getattr(value, str(step))
    return value


def edit(writer: Writer, hub: Hub, review_id: int | None, *calls: tuple[str, tuple]) -> Edit:
    """Make the calls in one transaction through the writer; the hub hears what they change once they are in.

    An edit the database refuses at once is told through a writer that tells refusals (the windows' status bar),
    and the hub hears it all the same, so every window shows the truth again; another writer raises it."""
    data = calls_data(review_id, *calls)
    try:
        changed, result = write(writer, hub, "calls", data)
    except REFUSED as error:
        tell = getattr(writer, "tell_refused", None)
        if tell is None:
            raise
        tell("calls", data, error)
        return Edit(hub.publish(changed_by("calls", data)), None)
    if isinstance(result, Waiting):
        return Edit(changed, Later(result.source, result.seq))
    return Edit(changed, result)


class Edits:
    """The base of every preparation use case: the store it reads, the hub it tells, the writer it writes with."""

    def __init__(self, store: ReviewStore, hub: Hub, writer: Writer):
        self.store = store
        self.hub = hub
        self.writer = writer

    def _edit(self, review_id: int | None, *calls: tuple[str, tuple]) -> Edit:
        return edit(self.writer, self.hub, review_id, *calls)
