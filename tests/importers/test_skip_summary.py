"""The one line that says what an import left out: grouped by reason, with the places, bounded."""

from facilitator.importers import Skipped
from facilitator.importers.skip_summary import MAX_LENGTH, skipped_summary


def test_lines_skipped_for_one_reason_are_counted_and_listed():
    skipped = [Skipped(f"line {n}", "no time") for n in (12, 40, 41)]
    assert skipped_summary(skipped) == "skipped 3 lines (no time): 12, 40, 41"


def test_each_reason_is_its_own_group_in_the_order_met():
    skipped = [Skipped("item 1", "no time"), Skipped("item 3", "a time with no words"), Skipped("item 4", "no time")]
    assert skipped_summary(skipped) == "skipped 2 items (no time): 1, 4; 1 item (a time with no words): 3"


def test_places_inside_files_name_the_file_once_per_run():
    skipped = [
        Skipped("general/2026-10-14.json: message 3", "deleted later"),
        Skipped("general/2026-10-14.json: message 7", "deleted later"),
        Skipped("random/2026-10-14.json: message 2", "deleted later"),
        Skipped("log entry 4", "not a log entry"),
    ]
    assert skipped_summary(skipped) == (
        "skipped 3 messages (deleted later): general/2026-10-14.json: 3, 7, random/2026-10-14.json: 2;"
        " 1 log entry (not a log entry): 4"
    )


def test_nothing_skipped_says_nothing():
    assert skipped_summary([]) == ""


def test_a_long_list_is_cut_short_and_counted():
    """Thousands of places, many reasons and hostile names still give one short, printable line."""
    skipped = [Skipped(f"line {n}", "no time") for n in range(1, 5001)]
    skipped += [Skipped(f"row {n}", f"reason {n}\x1b[2J") for n in range(20)]
    skipped += [Skipped("x" * 10_000, "\n" * 500)]
    said = skipped_summary(skipped)
    assert said.startswith("skipped 5000 lines (no time): 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 4990 more; 1 row")
    assert len(said) <= MAX_LENGTH and said.isprintable()
