"""A domain error said in the texts' language, a team's own wording laid over it (for the windows and the command
line alike); anything else, or a refusal the texts do not know, as its own str()."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from .content import texts
from .domain.refusals import Refused
from .text_table import TextMissing, TextTable

_texts = cast("Callable[[str], TextTable]", texts)  # the file is named by the error's class, not written out here


def sentence_for(error: BaseException) -> str:
    """The error's sentence in the chosen language: [area] kind of its file of texts, filled with its details."""
    if not isinstance(error, Refused) or not error.kind:
        return str(error)
    try:
        sentence = _texts(error.file)[error.area][error.kind]
    except TextMissing:
        return str(error)
    return str(sentence).format(**error.details)
