"""Zone words written after a time, and the abbreviations that name several zones."""

import datetime as dt

import pytest
from importer_data import INCIDENT_DATE

from facilitator.importers import AmbiguousZone, ImportContext, ImportProblem
from facilitator.importers.markdown_timeline import read_markdown
from facilitator.importers.times import TimePlacer
from facilitator.importers.zone_words import ZONE_WORDS


def _at(stamp: str, zone: str = "Europe/London", answers=()) -> dt.datetime:
    return TimePlacer(ImportContext(INCIDENT_DATE, zone, zone_answers=answers)).place(stamp, "line 1")


def _offset(at: dt.datetime) -> float:
    return at.utcoffset().total_seconds() / 3600


@pytest.mark.parametrize(
    ("stamp", "hours"),
    [("18:00 EST", -5), ("18:00 EDT", -4), ("18:00 PDT", -7), ("18:00 CET", 1), ("18:00 CEST", 2), ("18:00 JST", 9),
     ("18:00 Z", 0), ("18:00 Pacific", -7), ("18:00 Eastern Time", -4), ("18:00 AEDT", 11), ("18:00 NST", -3.5)],
)
def test_an_abbreviation_with_one_meaning_places_the_time(stamp, hours):
    """Fixed abbreviations give their offset; spelled-out US zones follow the zone's own summer time."""
    assert _offset(_at(stamp)) == hours


def test_an_abbreviation_the_reviews_zone_settles_takes_that_meaning():
    """BST is British Summer Time for a London review, and Bangladesh time for a Dhaka one."""
    assert _offset(_at("18:00 BST", "Europe/London")) == 1
    assert _offset(_at("18:00 BST", "Asia/Dhaka")) == 6
    assert _offset(_at("18:00 IST", "Asia/Kolkata")) == 5.5


def test_an_abbreviation_whose_offset_the_reviews_zone_has_that_day_takes_that_meaning():
    """A review in Europe/Belfast (London's time under another name) reads BST as +01:00 in October."""
    assert _offset(_at("18:00 BST", "Europe/Belfast")) == 1


def test_an_abbreviation_nothing_settles_asks_which_zone_is_meant():
    """CST in a London review is refused with the candidates, and the message says how to answer."""
    with pytest.raises(AmbiguousZone) as raised:
        _at("18:00 CST")
    assert raised.value.abbreviation == "CST"
    assert raised.value.candidates == ("America/Chicago", "Asia/Shanghai")
    message = str(raised.value)
    assert message.startswith('line 1: "CST" names several time zones') and "--timezone" in message
    assert "\n" not in message


def test_the_users_answer_settles_an_abbreviation():
    """An answer naming one of the candidates takes its offset; another zone is taken at its word."""
    assert _offset(_at("18:00 CST", answers=(("CST", "Asia/Shanghai"),))) == 8
    assert _offset(_at("18:00 CST", answers=(("CST", "America/Chicago"),))) == -6
    assert _offset(_at("18:00 IST", answers=(("IST", "Europe/London"),))) == 1
    with pytest.raises(ImportProblem, match="unknown time zone"):
        _at("18:00 CST", answers=(("CST", "Mars/Olympus"),))


def test_an_ambiguous_zone_in_a_markdown_file_is_raised_whole():
    """The import stops on the ambiguity rather than placing the entries somewhere."""
    context = ImportContext(INCIDENT_DATE, "UTC")
    with pytest.raises(AmbiguousZone, match=r'^line 2: "IST"'):
        read_markdown("- 18:00 UTC alert\n- 18:05 IST Bangalore joins\n", context)


def test_a_heading_naming_an_abbreviation_places_the_times_under_it():
    """'Timeline (all times PDT)' places clock times under it in PDT."""
    (entry,) = read_markdown("## Timeline (all times PDT)\n\n- 18:00 Paged\n", ImportContext(INCIDENT_DATE, "UTC"))
    assert _offset(entry.at) == -7


def test_every_zone_in_the_table_exists():
    """Each candidate names a real IANA zone and an offset written ±HH:MM (or none)."""
    from zoneinfo import ZoneInfo

    for word, candidates in ZONE_WORDS.items():
        for name, offset in candidates:
            assert ZoneInfo(name) and (offset == "" or (offset[0] in "+-" and len(offset) == 6)), word


def test_reading_a_file_keeps_the_question_and_names_the_file(tmp_path):
    """The window gets an AmbiguousZone it can ask about, its message naming the file like any other problem."""
    from facilitator.importers.formats import read_timeline

    path = tmp_path / "timeline.md"
    path.write_text("- 18:05 IST Bangalore joins\n", encoding="utf-8")
    with pytest.raises(AmbiguousZone) as raised:
        read_timeline(path, ImportContext(INCIDENT_DATE, "UTC"))
    assert str(raised.value).startswith('timeline.md: line 1: "IST"')
    assert raised.value.candidates == ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem")


@pytest.mark.parametrize(
    ("line", "hours", "text"),
    [("- 10:00 AM PT: Ada paged", -7, "Ada paged"), ("- 18:42 PT team joined", 1, "PT team joined"),
     ("- 18:42 Z deploy", 0, "deploy"), ("- 18:42 EST region drained", -5, "region drained")],
)
def test_two_letter_zones_before_a_lower_case_word_are_words(line, hours, text):
    """'PT' after a time is Pacific time, but 'PT team' is a team; abbreviations of three letters are always zones."""
    (entry,) = read_markdown(line + "\n", ImportContext(INCIDENT_DATE, "Europe/London"))
    assert (_offset(entry.at), entry.text) == (hours, text)
