"""Comments sent to the facilitator outside the meeting; an anonymous one carries no author at all."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import field, replace
from typing import ClassVar

from .record import record
from .refusals import Refused

ANONYMOUS_NAMES = {"anonymous", "anon"}
"""A word that, anywhere in what is given as the author ('Jane Doe (anonymous)'), asks for no name."""
_ADDRESS = re.compile(r"@|://|\d{5,}")
"""What makes 'via' an address that names its sender (a mail address, a link, a phone number) rather than a channel."""


class CommentError(Refused):
    """A comment that cannot be recorded as it is."""

    area = "comments"
    sentences: ClassVar[dict[str, str]] = {
        "no_words": "A comment needs some words.",
        "blank_author": "Leave the author out for an anonymous comment rather than blank.",
    }


@record
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
            raise CommentError("no_words")
        if self.author is not None and not self.author.strip():
            raise CommentError("blank_author")

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


def says_anonymous(sender: str | None) -> bool:
    """No name given, or the word anonymous anywhere in what was given ('Jane Doe (anonymous)')."""
    return sender is None or not sender.strip() or any(word in ANONYMOUS_NAMES for word in _words(sender))


def kept_anonymous(comment: Comment) -> Comment:
    """The comment as every way in stores it: no author when the author given asks for none, and then no
    'via' that names the sender (a mail address, a phone number)."""
    if not says_anonymous(comment.author):
        return comment
    return replace(comment, author=None, via="" if names_a_sender(comment.via) else comment.via)


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w ]+", " ", text.lower()).split()
