"""Column headings: what each names, read in time linear in the cell however its brackets are (un)closed."""

import pytest

from facilitator.importers import ImportProblem
from facilitator.importers import columns as columns_module
from facilitator.importers.columns import heading_role, without_brackets
from facilitator.importers.csv_timeline import read_csv_text
from facilitator.importers.markdown_timeline import read_markdown


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Time (UTC)", "time"),
        ("Timestamp [UTC+2]", "time"),
        ("Who?", "actor"),
        ("created_at", "time"),
        ("What (short) [free text]", "text"),
        ("Time (UTC", None),
        ("severity", None),
    ],
)
def test_headings_name_the_parts_of_an_entry(heading, role):
    assert heading_role(heading) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a (b) c", "a   c"),
        ("a (b c", "a (b c"),
        ("a [b (c] d) e", "a   d) e"),
        ("(a\nb) (c)", "(a\nb)  "),
        ("((x)", " "),
        ("[[[", "[[["),
        ("( ( ( )", " "),
    ],
)
def test_brackets_go_as_the_regular_expression_took_them(text, expected):
    """The one-pass scan removes what r"\\(.*?\\)|\\[.*?\\]" removed: the first closer on the same line."""
    import re

    assert without_brackets(text) == expected == re.sub(r"\(.*?\)|\[.*?\]", " ", text)


class _CountingText(str):
    """A str that counts the characters its find() calls pass over."""

    looked_at = 0

    def find(self, mark, start=0, *rest):
        found = str.find(self, mark, start, *rest)
        _CountingText.looked_at += (len(self) if found == -1 else found) - start
        return found


@pytest.mark.parametrize("shape", ["[", "(", "(]", "[x\n", "(a [b ", "[(" ])
def test_unclosed_brackets_are_looked_past_a_bounded_number_of_times(shape):
    """However many brackets are left open, each character is looked at a few times, not once per bracket."""
    for size in (1_000, 10_000):
        _CountingText.looked_at = 0
        text = _CountingText(shape * (size // len(shape)))
        without_brackets(text)
        assert _CountingText.looked_at <= 3 * len(text) + 10


ADVERSARIAL = [
    "[" * 100_000,
    "(" * 100_000,
    "Time (" + "x" * 40_000,
    "Who [" + "[(" * 20_000,
]


@pytest.mark.parametrize("cell", ADVERSARIAL, ids=lambda cell: f"{cell[:8]!r}x{len(cell)}")
def test_an_adversarial_heading_is_no_heading_and_says_so_at_once(cell):
    assert heading_role(cell) is None


def test_a_csv_of_unclosed_brackets_is_refused_plainly():
    """A 130 KB sheet of open brackets is read through and refused with a short message, not a hang."""
    text = ("(" * 1300 + ",") * 50 + "\n" + ("[" * 1300 + ",") * 50 + "\n"
    assert len(text) > 130_000
    with pytest.raises(ImportProblem) as raised:
        read_csv_text(text, _context())
    assert len(str(raised.value)) < 2_000


def test_a_markdown_table_with_a_400_kb_cell_reads():
    """A huge cell of open brackets in a timeline table is an entry's text, read in one pass."""
    cell = "[(" * 200_000
    text = f"| Time | What |\n|---|---|\n| 18:40 | Paged {cell} |\n"
    (entry,) = read_markdown(text, _context())
    assert entry.text.startswith("Paged [(")


def test_a_markdown_table_headed_by_a_400_kb_cell_is_no_timeline():
    """A heading of 400 KB of open brackets names nothing; the document is refused plainly."""
    text = f"| Time | What {'[(' * 200_000} |\n|---|---|\n| 18:40 | Paged |\n"
    with pytest.raises(ImportProblem, match="no timeline entries found"):
        read_markdown(text, _context())


def _context():
    import datetime as dt

    from facilitator.importers import ImportContext

    return ImportContext(dt.date(2026, 10, 14), "UTC")


def test_the_heading_module_keeps_no_quadratic_pattern():
    """The old lazy pattern over a whole cell is gone from the module that reads headings."""
    assert r"\(.*?\)" not in open(columns_module.__file__, encoding="utf-8").read()


@pytest.mark.parametrize("shape", ["<b ", "<b a=", '<b a="', "<b a a ", "<br", "&amp", "<"])
def test_cells_of_unfinished_tags_and_entities_read_through(shape):
    """Tags never closed and entities never ended are text, read in one pass (bench: timeline_import.py)."""
    from facilitator.importers.columns import cell_text

    cell = shape * 20_000
    assert cell_text(cell) == cell
    assert cell_text(f"<b>{cell}</b>") == cell
