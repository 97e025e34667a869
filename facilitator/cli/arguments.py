"""The command line's arguments: every command, its options, and the checks argparse makes on them."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..domain.review import ReviewError, check_slot
from .say import shown

FOLLOW_UP_FORMATS = ("jira", "linear", "gitlab", "github", "incident-io", "csv", "json")
"""The follow-ups presets (export.follow_up_presets), named here so --help needs no import."""


class ShowVersion(argparse.Action):
    """--version: prints the installed version and exits, as argparse's own "version" action does, but reads the
    version only when asked (reading it lists folders on the path: no start-up should wait for that)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, help: str | None = None):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help or "show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        import facilitator

        print(f"{parser.prog} {facilitator.__version__}")
        parser.exit()


def _slot(text: str) -> int:
    try:
        return check_slot(int(text))
    except ValueError as e:
        if not isinstance(e, ReviewError):
            raise argparse.ArgumentTypeError(f"not a number of minutes: {text!r}") from None
        from ..refusal_words import sentence_for

        raise argparse.ArgumentTypeError(sentence_for(e)) from None


def _review_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 18:
        raise argparse.ArgumentTypeError(f"a review ID is a number, not {text[:40]!r}")
    return int(text)


def _date(text: str) -> dt.date:
    from ..date_range_words import out_of_range
    from ..domain.plausible_dates import DateKind, DateOutOfRange, checked_date

    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {shown(text, 40)!r}") from None
    try:  # as the set-up form checks it (a year 1 date also broke every later import of bare clock times)
        return checked_date(DateKind.INCIDENT, date, dt.date.today())
    except DateOutOfRange as e:
        raise argparse.ArgumentTypeError(out_of_range(e)) from None


class _ImportFormats:
    """The --format choices, asked of the importers only when a format is given or help is shown."""

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    @staticmethod
    def _names() -> tuple[str, ...]:
        from ..importers.formats import AUTO, FORMATS

        return (AUTO, *FORMATS)


def _database_location(text: str) -> Path | str:
    from ..storage.server_url import database_location

    return database_location(text)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without its commands, only the global options that open the GUI."""
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run blameless post-incident review meetings.",
    )
    parser.add_argument("--version", action=ShowVersion)
    parser.add_argument(
        "--db", type=_database_location, metavar="PATH_OR_URL",
        help="the review database file, or a server's postgresql://USER@HOST:PORT/DBNAME (default: $FACILITATOR_DB)",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo review (a throwaway database unless --db is given)")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_ = commands.add_parser("open", help="open the facilitator window for a review")
    open_.add_argument("review_id", type=_review_id, metavar="ID")

    notes = commands.add_parser("notes", help="open the note-taker's window for a review, as a process of its own")
    notes.add_argument("review_id", type=_review_id, metavar="ID")

    new = commands.add_parser("new", help="create a review and print its ID")
    new.add_argument("--incident", required=True, metavar="REF", help="the incident reference, e.g. INC-2417")
    new.add_argument("--title", required=True)
    new.add_argument("--major", action="store_true", help="a major incident")
    new.add_argument("--slot", type=_slot, default=90, metavar="MINUTES", help="meeting length, 30 to 240 (default 90)")
    new.add_argument("--folder", type=Path, metavar="DIR", help="the incident folder the record goes to")
    new.add_argument("--timezone", metavar="ZONE", help="time zone for showing times (default: this machine's)")
    new.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the incident date (default: today)")
    new.add_argument("--severity", default="", help="severity label, e.g. SEV2")
    new.add_argument("--client", default="", help="the affected client, if any")
    new.add_argument("--summary", default="", metavar="TEXT", help="what happened, in a few sentences (the record opens with it)")
    new.add_argument("--impact", default="", metavar="TEXT", help="who and what was affected, for how long, how much")

    commands.add_parser("list", help="one line per review: ID, incident ref, title")

    import_ = commands.add_parser("import", help="add timeline entries from a file to a review")
    import_.add_argument("review_id", type=_review_id, metavar="ID")
    import_.add_argument("file", type=Path, metavar="FILE", help="a CSV, Markdown, JSON, Slack, PagerDuty or status page export")
    import_.add_argument(
        "--format", choices=_ImportFormats(), default="auto", metavar="FORMAT",
        help="the file's format: %(choices)s (default: auto, guessed from the file)",
    )

    follow = commands.add_parser("follow-ups", help="write the review's actions as follow-ups for a tracker; prints the file")
    follow.add_argument("review_id", type=_review_id, metavar="ID")
    follow.add_argument(
        "--format", choices=FOLLOW_UP_FORMATS, default="csv",
        help="jira, linear, gitlab: CSV for their importers; github: a gh issue create script; "
        "incident-io: JSON with its API's fields; csv: for spreadsheets (default); json: every field",
    )
    follow.add_argument("--out", type=Path, metavar="PATH", help="file or folder (default: the incident folder, else here)")

    preread = commands.add_parser("preread", help="write the timeline as Markdown for attendees; prints the file")
    preread.add_argument("review_id", type=_review_id, metavar="ID")
    preread.add_argument(
        "--out", type=Path, metavar="PATH",
        help="the file (or folder) to write (default: the incident folder, else here)",
    )

    export = commands.add_parser("export", help="write the review's record (Markdown) or its archive (JSON); prints the file")
    export.add_argument("review_id", type=_review_id, metavar="ID")
    export.add_argument(
        "--out", type=Path, metavar="PATH",
        help="file or folder (default: the record in the incident folder, else here; the archive here)",
    )
    export.add_argument(
        "--format", choices=("markdown", "json"), default="markdown",
        help="markdown: the record for the incident folder (default); json: the whole review with its private notes, for restore",
    )

    restore = commands.add_parser("restore", help="bring a review archive (JSON) back as a new review; prints its ID")
    restore.add_argument("file", type=Path, metavar="FILE")

    from .copy import add_copy_command

    add_copy_command(commands, _review_id, _database_location)

    shots = commands.add_parser("screenshots", help="write offscreen PNGs of every window on the demo review")
    shots.add_argument("directory", type=Path, metavar="DIR")
    return parser


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The arguments; the commands' parsers are built only when the line holds more than --db and --demo."""
    return build_parser(with_commands=_beyond_global_options(argv)).parse_args(argv)


def _beyond_global_options(argv: Sequence[str]) -> bool:
    tokens = iter(argv)
    for token in tokens:
        if token == "--db":
            next(tokens, None)
        elif token != "--demo" and not token.startswith("--db="):
            return True
    return False
