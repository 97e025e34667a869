"""Comments sent to the facilitator outside the meeting; an anonymous one carries no author at all."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_ADDRESS = re.compile(r"@|://|\d{5,}")
"""What makes 'via' an address that names its sender (a mail address, a link, a phone number) rather than a channel."""


class CommentError(ValueError):
    """A comment that cannot be recorded as it is."""


@dataclass(frozen=True)
class Comment:
    text: str
    author: str | None = None
    received_on: dt.date | None = None
    via: str = ""
    entry_id: int | None = None
    shown: bool = False
    """Shown on the shared screen on purpose; otherwise only the facilitator sees it before the record."""
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise CommentError("A comment needs some words.")
        if self.author is not None and not self.author.strip():
            raise CommentError("Leave the author out for an anonymous comment rather than blank.")

    @property
    def anonymous(self) -> bool:
        return self.author is None


def anonymous(text: str, **rest) -> Comment:
    """A comment with no author: nothing that names the sender is kept."""
    rest.pop("author", None)
    return Comment(text=text, author=None, **rest)


def names_a_sender(via: str) -> bool:
    """'jane.doe@corp.example' or '07700 900123' names who sent it; 'mail', 'chat' or 'form' does not."""
    return bool(_ADDRESS.search(via))
