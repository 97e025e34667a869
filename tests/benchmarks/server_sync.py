"""The team server: the two windows' sync through a real PostgreSQL server on this machine, and the next prompt
on a link with a 30 ms round trip, beside the same on a local SQLite file.

A server is started in a temporary folder (tests/helpers/postgres_server.py, the distribution's programs). The
sync rows are note_taking.py's, with both windows (two processes) on the server over TCP, hearing each other by
LISTEN/NOTIFY: the 95th percentile from the facilitator's prompt change to the note-taker's window showing it,
and from a note kept to the facilitator's shared screen (target: at most 150 ms each), against the same on
SQLite. The next-prompt row puts delay_proxy.py (15 ms each way) between the facilitator's window and the server:
the 95th percentile from PageDown sent to the window showing the next prompt (target: at most 100 ms), against
the same window on a local SQLite file.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from delay_proxy import DelayProxy
from measure import REPO, BenchmarkFailed, Row, child_env
from note_taking import ROUNDS, START_S, WAIT_S, _changed, _sync_figures, _wait, p95

sys.path.insert(0, str(REPO / "tests" / "helpers"))
from child_window import ChildWindow
from postgres_server import ROLE, PostgresServer, server_programs

from facilitator.app.demo import demo_review_id
from facilitator.storage.database import open_database
from facilitator.storage.reviews import ReviewStore

SYNC_MAX_MS = 150.0
NEXT_MAX_MS = 100.0
ROUND_TRIP_S = 0.030


def server_sync(runs: int) -> list[Row]:
    """Every row; `runs` is not used (each takes its own fixed number of samples)."""
    programs = server_programs()
    if programs is None:
        raise BenchmarkFailed("PostgreSQL's initdb was not found (`make bench` installs it with apt-get as root)")
    server = PostgresServer(programs)
    try:
        server.start()
        with tempfile.TemporaryDirectory(prefix="facilitator-bench-server-") as home:
            for folder in ("local", "server"):
                (Path(home) / folder).mkdir()
            local_prompt, local_note = _sync_figures(Path(home) / "local")
            prompt_ms, note_ms = _sync_figures(Path(home) / "server", server.tcp_url(server.fresh_database()))
            next_local = _next_prompt(Path(home) / "next-local", Path(home) / "next-local" / "next.sqlite3")
            with DelayProxy("127.0.0.1", server.port, round_trip_s=ROUND_TRIP_S) as proxy:
                url = f"postgresql://{ROLE}@127.0.0.1:{proxy.port}/{server.fresh_database()}"
                next_server = _next_prompt(Path(home) / "next-server", url)
    finally:
        server.stop()
    for label, taken in (("prompt to note-taker", prompt_ms), ("note to shared screen", note_ms), ("next prompt, 30 ms", next_server)):
        print(f"  server {label:22} ms: {' '.join(f'{t:.0f}' for t in taken)}", file=sys.stderr)
    return [
        Row.at_most("server sync prompt → note-taker p95, ms (≤ 150)", p95(prompt_ms), p95(local_prompt), SYNC_MAX_MS),
        Row.at_most("server sync note → shared screen p95, ms (≤ 150)", p95(note_ms), p95(local_note), SYNC_MAX_MS),
        Row.at_most("server next prompt, 30 ms link, p95 ms (≤ 100)", p95(next_server), p95(next_local), NEXT_MAX_MS),
    ]


def _next_prompt(home: Path, db: Path | str) -> list[float]:
    """PageDown and PageUp in turn on the facilitator's window: from the key sent to the next prompt shown."""
    home.mkdir(parents=True, exist_ok=True)
    store = ReviewStore(open_database(db))
    review_id = demo_review_id(store)
    store.db.close()
    facilitator = ChildWindow(db, review_id, "review", child_env(str(home)))
    try:
        _wait(lambda: facilitator.latest("ready"), START_S, "the facilitator's window did not open")
        taken = []
        shown = facilitator.latest("prompt")
        for number in range(ROUNDS):
            before = shown
            sent = time.monotonic()
            facilitator.send("next" if number % 2 == 0 else "previous")
            shown = _wait(lambda b=before: _changed(facilitator.latest("prompt"), b), WAIT_S, "the prompt did not change")
            taken.append((shown[0] - sent) * 1000)
        return taken
    finally:
        facilitator.stop()
