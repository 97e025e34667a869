"""A value the meeting's rules refuse, known by a stable kind and the values its sentence names.

str() of one is its English sentence (for logs and the tests); the windows and the command line say it in the
texts' language through facilitator/refusal_words.py, which finds it in resources/text/<file>.toml at [area] kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar


class Refused(ValueError):
    """The base of every domain error: its kind (a key of its area's table of sentences) and details by placeholder."""

    file: ClassVar[str] = "errors"
    """The file of texts that says these errors (errors for errors.toml)."""
    area: ClassVar[str] = ""
    """The table of that file holding this class's sentences."""
    sentences: ClassVar[Mapping[str, str]] = {}
    """The English sentence of each kind, exactly as the shipped file of texts has it."""
    kind: str
    """Which refusal: a key of sentences ('' for one raised with words of its own)."""
    details: dict[str, str]
    """What the sentence's placeholders say, by name."""

    def __init__(self, kind: str, **details: object) -> None:
        if kind not in self.sentences and not details:  # raised elsewhere with words of its own: kept as they are
            super().__init__(kind)
            self.kind, self.details = "", {}
            return
        self.kind = kind
        self.details = {name: str(value) for name, value in details.items()}
        super().__init__(self.sentences[kind].format(**self.details))
