"""`facilitator copy ID --from DB --to DB`: a whole review from one database into another (a file or a team
server on either side), printed as the copy's new ID; one error line and nothing written when it cannot be done."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def add_copy_command(commands, review_id: Callable[[str], int], location: Callable[[str], Path | str]) -> None:
    """The copy command's arguments, in the command line's list of commands."""
    copy = commands.add_parser(
        "copy", help="copy a whole review from one database to another (a file or a server); prints the new ID"
    )
    copy.add_argument("review_id", type=review_id, metavar="ID")
    copy.add_argument(
        "--from", dest="source", type=location, required=True, metavar="PATH_OR_URL",
        help="the database holding the review: a file, or postgresql://USER@HOST:PORT/DBNAME",
    )
    copy.add_argument(
        "--to", dest="target", type=location, required=True, metavar="PATH_OR_URL",
        help="the database to copy it into (a file is created if it is not there yet)",
    )


def run_copy(args: argparse.Namespace) -> int:
    """Copy the review and print its ID in the target; StorageError (one sentence) when it cannot be."""
    from ..app.copy import Copies
    from ..app.hub import Hub
    from ..storage.session import command_store

    target_is_new = isinstance(args.target, Path) and not args.target.exists()
    try:
        with command_store(args.source, must_exist=True) as source, command_store(args.target) as target:
            copied = Copies(source, target, Hub()).copy(args.review_id, target.clock.now())
    except BaseException:
        if target_is_new:  # the file made for the copy holds nothing: it goes, as nothing was written
            for made in (args.target, Path(f"{args.target}-wal"), Path(f"{args.target}-shm")):
                made.unlink(missing_ok=True)
        raise
    print(copied.review_id)
    if target_is_new:
        print(f"note: created a new review database at {args.target}", file=sys.stderr)
    return 0
