"""The words a reader of rendered Markdown sees in an entry, and the links it holds, without the marks around them."""

from __future__ import annotations

import re

from .posted_updates import STATUS_WORDS

_SPAN = 400
"""The longest code span or strong emphasis looked for: each mark is searched for its closer this far only, so a
line of unclosed marks reads in linear time."""
_NESTING = 3
"""How deep emphasis inside emphasis is taken out ('***a***' is two); a run of marks beyond it stays as written."""
_CODE = re.compile(rf"(?<!`)(`+)(?!`).{{0,{_SPAN}}}?(?<!`)\1(?!`)")
"""A code span: its words kept as written, without the backticks, as nothing inside it is markup."""
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_HIDDEN = 0xE000
"""Escaped marks are hidden as private-use characters while the markup is taken out, then put back as written."""
_SHOWN = {_HIDDEN + code: code for code in range(128)}
_MARKUP = re.compile(r"[\\*_\[<`]")
"""A character that can start markup: text without one is already as a reader sees it."""
_LINK = re.compile(r"!?\[(?P<words>[^\[\]\n]*)\]\((?P<url><[^<>\n]*>|[^()\s]*)(?:\s+(?:\"[^\"\n()]*\"|'[^'\n()]*'))?\)")
_AUTOLINK = re.compile(r"<(?P<url>(?:https?|ftp|mailto):[^<>\s]+)>", re.IGNORECASE)
_TAG = re.compile(r"</?(?:b|i|em|strong|u|span|sup|sub|mark|small|kbd)\b[^<>]*>", re.IGNORECASE)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_STRONG = re.compile(rf"(\*\*|__)(?=\S)(?P<words>.{{1,{_SPAN}}}?)(?<=\S)\1")
_STAR = re.compile(r"(?<!\*)\*(?=[^\s*])(?P<words>[^*]+?)(?<=[^\s*])\*(?!\*)")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(?P<words>[^_]+?)(?<=[^\s_])_(?![\w_])")
_ACTOR_WORD = re.compile(r"@[\w.-]+|[^\W\d_][\w.'’-]*")
_GREETING = re.compile(
    r"(?:hello|hi|hey|dear|greetings|good\s(?:morning|afternoon|evening)|hallo|bonjour|hola)"
    r"(?:\s[^.?!,:;—–-]{0,30})?\s?[,!:;—–-]?",
    re.IGNORECASE,
)
"""A paragraph that only greets its readers ('Hello all,', 'Hi everyone —', 'Dear customers,')."""
_NOT_ACTORS = {
    "action", "alert", "cause", "decision", "detection", "error", "fix", "fyi", "impact", "info",
    "mitigation", "note", "resolved", "status", "summary", "update", "warning", *STATUS_WORDS,
}
"""Words that end in a colon like a name but say what a line is ('Monitoring: ...'), not who acted."""


def reader_words(text: str) -> tuple[str, list[str]]:
    """'**OUTAGE** at [the LB](https://x)' -> ('OUTAGE at the LB', ['https://x']); a code span gives its words as written."""
    links: list[str] = []
    if _MARKUP.search(text) is None:
        return text, links
    pieces, last = [], 0
    for code in _CODE.finditer(text):
        pieces += [_plain(text[last : code.start()], links), _code_words(code)]
        last = code.end()
    pieces.append(_plain(text[last:], links))
    return "".join(pieces), links


def _code_words(code: re.Match[str]) -> str:
    """'`` a`b ``' -> 'a`b': CommonMark strips one space each side when both are there and the words are not all spaces."""
    words = code.group()[len(code.group(1)) : -len(code.group(1))]
    if len(words) > 1 and words[0] == " " and words[-1] == " " and words.strip(" "):
        words = words[1:-1]
    return words


def _plain(text: str, links: list[str]) -> str:
    if _MARKUP.search(text) is None:
        return text
    text = _ESCAPED.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), text)
    text = _LINK.sub(lambda m: _linked(m, links), text)
    text = _AUTOLINK.sub(lambda m: _linked(m, links), text)
    text = _TAG.sub("", _LINE_BREAK.sub("\n", text))
    for emphasis in (_STRONG, _STAR, _UNDERSCORE):
        for _ in range(_NESTING):
            text, found = emphasis.subn(lambda m: m.group("words"), text)
            if not found:
                break
    return text.translate(_SHOWN)


def _linked(match: re.Match[str], links: list[str]) -> str:
    """The link's words in the text, its target kept aside; a bare address stays in the text as it is."""
    url = match.group("url").strip("<>")
    words = match.groupdict().get("words")
    if words is None:
        return url
    if url and url not in links:
        links.append(url)
    return words or url


def first_news(paragraphs: list[str]) -> int:
    """Which paragraph is the first to say something: a greeting above it ('Hello all,') is not what happened."""
    return next((number for number, words in enumerate(paragraphs) if not _GREETING.fullmatch(words.strip())), 0)


def actor_and_text(rest: str) -> tuple[str, str]:
    """'Alice: restarted the pool' -> ('Alice', 'restarted the pool'); text without an actor is kept whole."""
    head, colon, tail = rest.partition(":")
    head = head.strip().strip("*_").strip()
    tail = tail.lstrip("*_")
    if not colon or not tail[:1].isspace() or not tail.strip():
        return "", rest
    words = head.split()
    if not 1 <= len(words) <= 3 or not all(_ACTOR_WORD.fullmatch(word) for word in words):
        return "", rest
    if not all(word[0] == "@" or word[0].isupper() for word in words) or head.lower() in _NOT_ACTORS:
        return "", rest
    return head, tail.strip()


def row_cells(line: str) -> tuple[list[str], list[str]]:
    """The row's cells as a reader sees them, and the link targets they hold."""
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    cells, links = [], []
    for cell in _CELL_SPLIT.split(row):
        words, found = reader_words(_LINE_BREAK.sub("\n", cell).replace("\\|", "\x00"))
        cells.append(words.replace("\x00", "|").strip())
        links += [link for link in found if link not in links]
    return cells, links
