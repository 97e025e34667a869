"""A review's people: added, corrected, removed, and who facilitates and who takes notes."""

from __future__ import annotations

from ..domain.people import Person
from .edits import Edit, Edits


class People(Edits):
    def add(self, review_id: int, person: Person) -> Edit:
        """Add the person (the same person again, with their id, when a removal is undone)."""
        return self._edit(review_id, ("add_person", (review_id, person)))

    def update(self, review_id: int, person: Person) -> Edit:
        return self._edit(review_id, ("update_person", (review_id, person)))

    def remove(self, review_id: int, person_id: int | object) -> Edit:
        return self._edit(review_id, ("remove_person", (person_id,)))

    def set_facilitation(self, review_id: int, facilitator_id: int | None, note_taker_id: int | None) -> Edit:
        """Who facilitates and who takes notes (None: nobody yet)."""
        return self._edit(review_id, ("set_facilitation", (review_id, facilitator_id, note_taker_id)))
