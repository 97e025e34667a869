"""Zone words and abbreviations people write after a time ('7:09 AM Eastern', '23:47 CET'), and what each means."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from . import AmbiguousZone, ImportProblem

ZONE_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    # word: ((the IANA zone it is said in, its fixed offset, or "" to follow that zone's own rules), ...)
    # Words with several meanings list each; the review's zone, else the user's answer, says which one is meant.
    "Z": (("UTC", "+00:00"),),
    "Eastern": (("America/New_York", ""),),
    "Central": (("America/Chicago", ""),),
    "Mountain": (("America/Denver", ""),),
    "Pacific": (("America/Los_Angeles", ""),),
    "ET": (("America/New_York", ""),),
    "CT": (("America/Chicago", ""),),
    "MT": (("America/Denver", ""),),
    "PT": (("America/Los_Angeles", ""),),
    "EST": (("America/New_York", "-05:00"),),
    "EDT": (("America/New_York", "-04:00"),),
    "CST": (("America/Chicago", "-06:00"), ("Asia/Shanghai", "+08:00")),
    "CDT": (("America/Chicago", "-05:00"),),
    "MST": (("America/Denver", "-07:00"),),
    "MDT": (("America/Denver", "-06:00"),),
    "PST": (("America/Los_Angeles", "-08:00"),),
    "PDT": (("America/Los_Angeles", "-07:00"),),
    "AKST": (("America/Anchorage", "-09:00"),),
    "AKDT": (("America/Anchorage", "-08:00"),),
    "HST": (("Pacific/Honolulu", "-10:00"),),
    "AST": (("America/Halifax", "-04:00"), ("Asia/Riyadh", "+03:00")),
    "ADT": (("America/Halifax", "-03:00"),),
    "NST": (("America/St_Johns", "-03:30"),),
    "NDT": (("America/St_Johns", "-02:30"),),
    "BRT": (("America/Sao_Paulo", "-03:00"),),
    "ART": (("America/Argentina/Buenos_Aires", "-03:00"),),
    "WET": (("Europe/Lisbon", "+00:00"),),
    "WEST": (("Europe/Lisbon", "+01:00"),),
    "BST": (("Europe/London", "+01:00"), ("Asia/Dhaka", "+06:00")),
    "IST": (("Asia/Kolkata", "+05:30"), ("Europe/Dublin", "+01:00"), ("Asia/Jerusalem", "+02:00")),
    "CET": (("Europe/Paris", "+01:00"),),
    "CEST": (("Europe/Paris", "+02:00"),),
    "EET": (("Europe/Helsinki", "+02:00"),),
    "EEST": (("Europe/Helsinki", "+03:00"),),
    "MSK": (("Europe/Moscow", "+03:00"),),
    "WAT": (("Africa/Lagos", "+01:00"),),
    "CAT": (("Africa/Maputo", "+02:00"),),
    "EAT": (("Africa/Nairobi", "+03:00"),),
    "SAST": (("Africa/Johannesburg", "+02:00"),),
    "GST": (("Asia/Dubai", "+04:00"),),
    "PKT": (("Asia/Karachi", "+05:00"),),
    "ICT": (("Asia/Bangkok", "+07:00"),),
    "WIB": (("Asia/Jakarta", "+07:00"),),
    "SGT": (("Asia/Singapore", "+08:00"),),
    "HKT": (("Asia/Hong_Kong", "+08:00"),),
    "AWST": (("Australia/Perth", "+08:00"),),
    "JST": (("Asia/Tokyo", "+09:00"),),
    "KST": (("Asia/Seoul", "+09:00"),),
    "ACST": (("Australia/Adelaide", "+09:30"),),
    "ACDT": (("Australia/Adelaide", "+10:30"),),
    "AEST": (("Australia/Sydney", "+10:00"),),
    "AEDT": (("Australia/Sydney", "+11:00"),),
    "NZST": (("Pacific/Auckland", "+12:00"),),
    "NZDT": (("Pacific/Auckland", "+13:00"),),
}
_SPELLED_OUT = ("Eastern", "Central", "Mountain", "Pacific")

_ABBREVIATIONS = "|".join(sorted((w for w in ZONE_WORDS if w not in _SPELLED_OUT and len(w) > 2), key=len, reverse=True))
_WORDLIKE = "|".join(sorted((w for w in ZONE_WORDS if w in _SPELLED_OUT or len(w) == 2), key=len, reverse=True))
ZONE_WORD_PATTERN = (
    rf"(?-i:(?P<zword>{_ABBREVIATIONS}|(?:{_WORDLIKE})"
    r"(?:\s+(?:Standard\s+|Daylight\s+)?[Tt]ime)?(?!\s+[a-z])|Z)(?![\w/+-]))"
)
"""A zone word after a time, case as written: 'EST', 'Pacific', 'Eastern Time', 'PT'; in 'Central region' or
'PT team', words that could be the start of a name before a lower-case word are taken as words, not zones."""
_ANYWHERE = re.compile(rf"(?<![\w/+-]){ZONE_WORD_PATTERN}")


def zone_word_in(text: str) -> str | None:
    """The first zone word a heading or note names ('times in PDT', 'all times Pacific'), or None."""
    match = _ANYWHERE.search(text)
    return _base(match.group("zword")) if match else None


def _base(word: str) -> str:
    """'Eastern Standard Time' -> 'Eastern'."""
    return word.split()[0]


def _offset(text: str) -> dt.timedelta:
    sign = -1 if text[0] == "-" else 1
    hours, minutes = text[1:].split(":")
    return sign * dt.timedelta(hours=int(hours), minutes=int(minutes))


def _zone_of(word: str, candidate: tuple[str, str]) -> dt.tzinfo:
    name, offset = candidate
    return dt.timezone(_offset(offset), word) if offset else ZoneInfo(name)


def zone_of_word(
    word: str, review_zone: str, day: dt.date, answers: tuple[tuple[str, str], ...], where: str
) -> dt.tzinfo:
    """The zone a word means: its only meaning, else the one the user chose, else the one the review's zone fits.

    A word with several meanings that nothing settles is an AmbiguousZone naming the candidates."""
    word = _base(word)
    candidates = ZONE_WORDS[word]
    if len(candidates) == 1:
        return _zone_of(word, candidates[0])
    answer = dict(answers).get(word)
    if answer:
        chosen = next((c for c in candidates if c[0] == answer), None)
        if chosen is not None:
            return _zone_of(word, chosen)
        try:
            return ZoneInfo(answer)
        except (KeyError, ValueError, OSError) as error:
            raise ImportProblem(f'unknown time zone "{answer[:60]}" given for "{word}"') from error
    fitting = _fitting(candidates, review_zone, day)
    if fitting is not None:
        return _zone_of(word, fitting)
    names = tuple(name for name, _ in candidates)
    raise AmbiguousZone(
        f'{where}: "{word}" names several time zones ({", ".join(names)}); say which by writing the offset '
        f'after the time (e.g. "18:42 {candidates[0][1]}") or by giving the review the zone meant '
        f"(--timezone {names[0]})",
        word,
        names,
    )


def _fitting(candidates: tuple[tuple[str, str], ...], review_zone: str, day: dt.date) -> tuple[str, str] | None:
    """The candidate said in the review's own zone, or failing that the one whose offset the review's zone has that day."""
    same = next((c for c in candidates if c[0] == review_zone), None)
    if same is not None:
        return same
    try:
        zone = ZoneInfo(review_zone) if review_zone.upper() not in {"UTC", "GMT", "Z"} else dt.UTC
    except (KeyError, ValueError, OSError):
        return None
    offset = dt.datetime.combine(day, dt.time(12), tzinfo=zone).utcoffset()
    return next((c for c in candidates if c[1] and _offset(c[1]) == offset), None)
