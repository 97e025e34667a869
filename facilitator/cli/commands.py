"""The commands that work on the database and print: new, list, import, export, preread, follow-ups, restore."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..app.archive import Archives
from ..app.destinations import Kind, chosen_path
from ..app.exports import Exported, Exports
from ..app.hub import Hub
from ..app.record_files import FileFormat
from ..app.reviews import Reviews, new_review
from ..app.timeline_import import TimelineImport
from ..storage.reviews import ReviewStore
from .say import UsageError, say, shown


def run_command(store: ReviewStore, args: argparse.Namespace) -> int:
    """Run the command the arguments name, with a hub of its own (a command has no windows to tell)."""
    COMMANDS[args.command](store, Hub(), args)
    return 0


def _new(store: ReviewStore, hub: Hub, args: argparse.Namespace) -> None:
    folder = ""
    if args.folder is not None:
        if not args.folder.is_dir():
            raise UsageError(f"the incident folder {args.folder} does not exist")
        folder = str(args.folder.resolve())
    review = new_review(
        args.incident,
        args.title,
        args.date,
        args.timezone,
        severity=args.severity,
        major=args.major,
        client=args.client,
        summary=args.summary,
        impact=args.impact,
        folder=folder,
        slot_minutes=args.slot,
    )
    print(Reviews(store, hub).create(review).review.id)


def _list(store: ReviewStore, hub: Hub, args: argparse.Namespace) -> None:
    for review in Reviews(store, hub).all():
        print(f"{review.id}\t{shown(review.incident_ref)}\t{shown(review.title)}")


def _import(store: ReviewStore, hub: Hub, args: argparse.Namespace) -> None:
    say(TimelineImport(store, hub).import_file(args.review_id, args.file, args.format).said())


def _export(store: ReviewStore, hub: Hub, args: argparse.Namespace) -> None:
    format = FileFormat(args.format)
    exports = Exports(store, hub)
    path = chosen_path(args.out, exports.destination(args.review_id, format.kind, Path.cwd()))
    written = _writing(path, "to", lambda: exports.record(args.review_id, path, format, store.clock.now()))
    if written.instead_of is not None:
        say(f"note: {written.instead_of} was changed since the last export, so it was left alone", sys.stderr)
    say(str(written.path))


def _preread(store: ReviewStore, hub: Hub, args: argparse.Namespace) -> None:
    exports = Exports(store, hub)
    path = chosen_path(args.out, exports.destination(args.review_id, Kind.PREREAD, Path.cwd()))
    text = exports.preread_text(args.review_id)  # before writing: an unknown review is its own error
    written = _writing(path, "the pre-read to", lambda: exports.write(args.review_id, path, text, store.clock.now()))
    say(str(written.path))


def _follow_ups(store: ReviewStore, hub: Hub, args: argparse.Namespace) -> None:
    exports = Exports(store, hub)
    path = chosen_path(args.out, exports.destination(args.review_id, Kind.FOLLOW_UPS, Path.cwd(), args.format))
    text = exports.follow_ups_text(args.review_id, args.format)
    written = _writing(path, "the follow-ups to", lambda: exports.write(args.review_id, path, text, store.clock.now()))
    say(str(written.path))


def _restore(store: ReviewStore, hub: Hub, args: argparse.Namespace) -> None:
    try:
        print(Archives(store, hub).restore(args.file, store.clock.now()).review_id)
    except OSError as e:
        raise UsageError(f"could not read {args.file}: {e.strerror or e}") from None


def _writing(path: Path, what: str, write: Callable[[], Exported]) -> Exported:
    """The export written, or a UsageError saying what could not be written where."""
    try:
        return write()
    except OSError as e:
        raise UsageError(f"could not write {what} {path}: {e.strerror or e}") from None


COMMANDS: dict[str, Callable[[ReviewStore, Hub, argparse.Namespace], None]] = {
    "new": _new,
    "list": _list,
    "import": _import,
    "export": _export,
    "preread": _preread,
    "follow-ups": _follow_ups,
    "restore": _restore,
}
