"""The command line: arguments, commands, and starting the GUI."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .domain.review import Review, ReviewError, check_slot
from .importers import ImportProblem
from .storage.errors import StorageError

FOLLOW_UP_FORMATS = ("jira", "linear", "gitlab", "github", "incident-io", "csv", "json")
"""The follow-ups presets (export.follow_up_presets), named here so --help needs no import."""


class UsageError(Exception):
    """Input a command cannot act on; printed as one `error:` line, exit 1."""


WINDOW_COMMANDS = (None, "open", "notes")
"""Commands that start a window: an error that stops them is shown in a dialog too, as no terminal may be open."""
READING_COMMANDS = ("list", "import", "export", "preread", "follow-ups", "open", "notes")
"""Commands that need reviews to be there already: pointed at a database that does not exist, they say so and
create nothing (a mistyped --db would otherwise leave an empty database behind and report a missing review)."""

ERROR_LENGTH = 300
"""The most characters an error line shows of its message; a longer one ends in an ellipsis."""
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""What a terminal would act on rather than show (escape sequences, newlines, bidirectional overrides),
and halves of characters no terminal can show (from file names that are not UTF-8)."""
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(text: str, limit: int | None = None) -> str:
    """Text from a file, a title or a message as one line a terminal shows as it is: control characters
    written as escapes ('\\x1b', '\\n'), and, with a limit, cut to that many characters with an ellipsis."""
    line = _UNPRINTABLE.sub(_escaped, text)
    if limit is not None and len(line) > limit:
        line = line[: limit - 1] + "…"
    return line


def _escaped(match: re.Match) -> str:
    char = match.group()
    return _NAMED_ESCAPES.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def _say(text: str, file=None) -> None:
    """Print one line of output, whatever the text holds."""
    print(shown(text), file=file or sys.stdout)


def _slot(text: str) -> int:
    try:
        return check_slot(int(text))
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e) if isinstance(e, ReviewError) else f"not a number of minutes: {text!r}") from None


def _review_id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or len(text) > 18:
        raise argparse.ArgumentTypeError(f"a review ID is a number, not {text[:40]!r}")
    return int(text)


def _date(text: str) -> dt.date:
    from .importers.times import PLAUSIBLE_YEARS

    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {shown(text, 40)!r}") from None
    if date.year not in PLAUSIBLE_YEARS:  # as every import checks its times: a year 1 date broke later imports
        raise argparse.ArgumentTypeError(f"the year {date.year} cannot be right (use YYYY-MM-DD)")
    return date


class _ImportFormats:
    """The --format choices, asked of the importers only when a format is given or help is shown."""

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self):
        return iter(self._names())

    @staticmethod
    def _names() -> tuple[str, ...]:
        from .importers.formats import AUTO, FORMATS

        return (AUTO, *FORMATS)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without its commands, only the global options that open the GUI."""
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Run blameless post-incident review meetings.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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

    from .cli_copy import add_copy_command

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


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    from .content import own_wording_problems

    for problem in own_wording_problems():
        print(f"note: {problem}", file=sys.stderr)
    try:
        return _run(args)
    except (UsageError, ReviewError, StorageError, ImportProblem) as e:
        print(f"error: {shown(str(e), ERROR_LENGTH)}", file=sys.stderr)
        if args.command in WINDOW_COMMANDS and not (args.demo and args.command is not None):
            _error_window(shown(str(e), ERROR_LENGTH))
        return 1


def _error_window(text: str) -> None:
    from .ui.common.startup_error import show_startup_error

    show_startup_error(text)


def _run(args: argparse.Namespace) -> int:
    if args.command == "screenshots":
        from .ui.screenshots import write_screenshots

        for path in write_screenshots(args.directory):
            _say(str(path))
        return 0
    if args.demo and args.command is not None:
        raise UsageError("--demo opens the GUI and takes no command")
    if args.demo:
        return _run_demo(args.db)
    if args.command == "copy":
        from .cli_copy import run_copy

        return run_copy(args)
    if args.command in WINDOW_COMMANDS:
        from .ui.library.team_server import database_for_windows

        args.db = database_for_windows(args.db)
    path = _db_path(args.db)
    created = isinstance(path, Path) and not path.exists()
    with _store(path, must_exist=args.command in READING_COMMANDS) as store:
        status = _command(store, args)
    if created and args.command is not None:
        print(f"note: created a new review database at {path}", file=sys.stderr)
    return status


def _command(store, args: argparse.Namespace) -> int:
    if args.command == "new":
        return _new(store, args)
    if args.command == "list":
        for review in store.all():
            print(f"{review.id}\t{shown(review.incident_ref)}\t{shown(review.title)}")
        return 0
    if args.command == "import":
        return _import(store, args)
    if args.command == "export":
        return _export(store, args)
    if args.command == "restore":
        return _restore(store, args)
    if args.command == "preread":
        return _preread(store, args)
    if args.command == "follow-ups":
        return _follow_ups(store, args)
    if args.command == "open":
        store.get(args.review_id)
        return _gui(store, args.review_id)
    if args.command == "notes":
        store.get(args.review_id)
        return _notes_gui(store, args.review_id)
    return _gui(store, None)


def _database_location(text: str) -> Path | str:
    from .storage.server_url import database_location

    return database_location(text)


def _db_path(db_path: Path | str | None) -> Path | str:
    from .storage.server_url import chosen_database

    return chosen_database(db_path)


def _store(path: Path | str, must_exist: bool = False):
    """The review store for this command (see storage.session), closed when the command ends."""
    from .storage.session import command_store

    return command_store(path, must_exist)


def _new(store, args: argparse.Namespace) -> int:
    from .localzone import local_timezone_name

    folder = ""
    if args.folder is not None:
        if not args.folder.is_dir():
            raise UsageError(f"the incident folder {args.folder} does not exist")
        folder = str(args.folder.resolve())
    review = store.create(
        Review(
            incident_ref=args.incident,
            title=args.title,
            incident_date=args.date or dt.date.today(),
            severity=args.severity,
            major=args.major,
            client=args.client,
            summary=args.summary,
            impact=args.impact,
            folder=folder,
            slot_minutes=args.slot,
            timezone=args.timezone or local_timezone_name(),
        )
    )
    print(review.id)
    return 0


def _import(store, args: argparse.Namespace) -> int:
    from .importers import ImportContext
    from .importers.formats import parse_file
    from .importers.skip_summary import skipped_summary

    review = store.get(args.review_id)
    entries, skipped = parse_file(args.file, ImportContext(review.incident_date, review.timezone), args.format)
    if not entries:
        raise ImportProblem(f"{args.file.name}: no timeline entries found")
    added = store.timeline.add(review.id, entries)
    said = f"added {added} {'entry' if added == 1 else 'entries'} ({len(entries) - added} already there)"
    _say("; ".join(filter(None, (said, skipped_summary(skipped)))))
    return 0


def _preread(store, args: argparse.Namespace) -> int:
    from .export.files import check_target, write_private
    from .export.preread import preread_file_name, preread_markdown

    review = store.get(args.review_id)
    path = args.out
    if path is None:
        path = (Path(review.folder) if review.folder else Path.cwd()) / preread_file_name(review)
    elif path.is_dir():
        path = path / preread_file_name(review)
    text = preread_markdown(review, store.people(review.id), store.timeline.entries(review.id))
    try:
        check_target(path)  # before the folder is remembered: a refused export changes nothing
        store.exports.remember_folder(str(path.parent.absolute()), dt.datetime.now(dt.UTC))
        written = write_private(path, text)
    except OSError as e:
        raise UsageError(f"could not write the pre-read to {path}: {e.strerror or e}") from e
    _say(str(written))
    return 0


def _follow_ups(store, args: argparse.Namespace) -> int:
    from .export.files import check_target, write_private
    from .export.follow_up_presets import PRESETS, preset_file_name

    review = store.get(args.review_id)
    actions = store.parking.actions(review.id)
    text = PRESETS[args.format].text(review, actions)
    name = preset_file_name(review, args.format)
    path = args.out or (Path(review.folder) if review.folder else Path.cwd()) / name
    if path.is_dir():
        path = path / name
    try:
        check_target(path)  # before the folder is remembered: a refused export changes nothing
        store.exports.remember_folder(str(path.parent.absolute()), dt.datetime.now(dt.UTC))
        _say(str(write_private(path, text)))
    except OSError as e:
        raise UsageError(f"could not write the follow-ups to {path}: {e.strerror or e}") from None
    return 0


def _export(store, args: argparse.Namespace) -> int:
    from .review_files import FileFormat, default_path, export_review, file_name

    review = store.get(args.review_id)
    format = FileFormat(args.format)
    path = args.out or default_path(review, format) or Path.cwd() / file_name(review, format)
    try:
        written = export_review(store, review.id, path, format, dt.datetime.now(dt.UTC))
    except OSError as e:
        raise UsageError(f"could not write to {path}: {e.strerror or e}") from None
    if written.instead_of is not None:
        _say(f"note: {written.instead_of} was changed since the last export, so it was left alone", sys.stderr)
    _say(str(written.path))
    return 0


def _restore(store, args: argparse.Namespace) -> int:
    from .review_files import restore_review

    try:
        print(restore_review(store, args.file, dt.datetime.now(dt.UTC)))
    except OSError as e:
        raise UsageError(f"could not read {args.file}: {e.strerror or e}") from None
    return 0


def demo_review_id(store) -> int:
    """The demo review in this store, added from resources/ (in one transaction) if it is not there yet."""
    from .content import demo_review
    from .importers.demo import read_demo

    bundle = read_demo(demo_review())
    for review in store.all():
        if (review.incident_ref, review.title) == (bundle.review.incident_ref, bundle.review.title):
            return review.id
    with store.db.atomic():
        review_id = store.create(bundle.review, bundle.people, bundle.entries).id
        _start_demo_meeting(store, review_id)
        _fill_demo_parking(store, review_id)
    return review_id


def _fill_demo_parking(store, review_id: int) -> None:
    """Parked items of every category (some decided), four proposed actions, and outside comments."""
    from dataclasses import replace

    from .content import demo_parking
    from .importers.demo_parking import read_demo_parking

    demo = read_demo_parking(demo_parking(), dt.datetime.now(dt.UTC))
    moments = [e.id for e in store.timeline.entries(review_id) if e.marked]

    def moment(number: int | None) -> int | None:
        return moments[number - 1] if number and number <= len(moments) else None

    parked_ids = [store.parking.add(review_id, replace(item, entry_id=moment(n))).id for item, n in demo.parked]
    for action, parked in demo.actions:
        origin = parked_ids[parked - 1] if parked and parked <= len(parked_ids) else None
        store.parking.add_action(review_id, replace(action, parked_item_id=origin))
    for comment, n in demo.comments:
        store.comments.add(review_id, replace(comment, entry_id=moment(n)))


def _start_demo_meeting(store, review_id: int) -> None:
    """Put the demo part-way through the timeline phase, timed back from now."""
    from .content import demo_meeting
    from .importers.demo_meeting import read_demo_meeting

    now = dt.datetime.now(dt.UTC)
    meeting = read_demo_meeting(demo_meeting(), now)
    for event in meeting.events:
        store.meeting.add_event(review_id, event)
    moments = [e for e in store.timeline.entries(review_id) if e.marked]
    for number, seconds in meeting.discussed:
        if number <= len(moments):
            store.timeline.record_time_on_screen(moments[number - 1].id, seconds)
    if meeting.current_moment <= len(moments):
        store.set_current_entry(review_id, moments[meeting.current_moment - 1].id)
    _take_demo_notes(store, review_id, meeting.events, moments, now)


def _take_demo_notes(store, review_id: int, events, moments, now: dt.datetime, name: str = "notes.json") -> None:
    """The note-taker's notes so far, each under its moment (or phase), timed against the demo clock."""
    from dataclasses import replace

    from .content import demo_notes
    from .importers.demo_notes import read_demo_notes

    for demo in read_demo_notes(demo_notes(name), events, now):
        note = demo.note
        if demo.moment is not None and demo.moment <= len(moments):
            note = replace(note, place=replace(note.place, entry_id=moments[demo.moment - 1].id))
        store.notes.add(review_id, note)


def _run_demo(db_path: Path | None) -> int:
    """The demo review; without --db in a throwaway folder that also holds its settings (tabs, sizes)."""
    if db_path is not None:
        return _demo_gui(db_path)
    from .demo_folder import demo_folder

    with demo_folder() as scratch:
        return _demo_gui(scratch / "demo.sqlite3", settings_file=scratch / "settings.ini")


def _demo_gui(path: Path, settings_file: Path | None = None) -> int:
    with _store(path) as store:  # closed before the demo's folder goes: Windows removes no folder with an open file
        return _gui(store, demo_review_id(store), settings_file=settings_file)


def _gui(store, review_id: int | None, settings_file: Path | None = None) -> int:
    from .demo_folder import remove_stale_demo_folders
    from .ui.app import run

    remove_stale_demo_folders()
    return run(store, review_id, settings_file=settings_file)


def _notes_gui(store, review_id: int) -> int:
    from .ui.app import run

    return run(store, review_id, notes=True)
