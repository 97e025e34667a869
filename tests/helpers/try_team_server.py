"""`make try-team-server`: a throwaway PostgreSQL server in a temporary folder, the demo review on it, and both
windows as two processes (the facilitator's and the note-taker's), as two laptops would run them. Everything is
removed when both windows are closed.

Stop the server meanwhile to see the windows go offline and catch up:
    pg_ctl -D <the folder it prints>/data -m fast stop     (then start it again with the printed command)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.helpers.postgres_server import PostgresServer, server_programs


def main() -> int:
    programs = server_programs()
    if programs is None:
        print("error: PostgreSQL's initdb was not found (Debian: sudo apt-get install postgresql)", file=sys.stderr)
        return 1
    from facilitator.app.demo import demo_review_id
    from facilitator.storage.database import open_database
    from facilitator.storage.reviews import ReviewStore

    server = PostgresServer(programs)
    try:
        server.start()
        url = server.tcp_url(server.fresh_database())
        store = ReviewStore(open_database(url))
        review_id = str(demo_review_id(store))
        store.db.close()
        print(f"team server: {url}  (its files: {server.folder})", flush=True)
        print(f"  facilitator --db '{url}' open {review_id}", flush=True)
        print(f"  facilitator --db '{url}' notes {review_id}", flush=True)
        app = [sys.executable, "-m", "facilitator", "--db", url]
        windows = [subprocess.Popen([*app, "open", review_id]), subprocess.Popen([*app, "notes", review_id])]
        for window in windows:
            window.wait()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    os.environ.pop("FACILITATOR_DB", None)
    sys.exit(main())
