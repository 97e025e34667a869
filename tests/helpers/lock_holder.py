"""Another program holding the database's write lock (a script, an import, a backup), in a process of its own.

    with LockHolder(path):   # returns once the lock is held
        ...                  # every write of the app meets the lock here
    # released
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HOLD = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
print("held", flush=True)
then = sys.stdin.readline().strip()
if then:
    db.execute(then)
    db.execute("COMMIT")
else:
    db.execute("ROLLBACK")
print("released", flush=True)
"""


class LockHolder:
    def __init__(self, db: Path):
        self.db = db
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> LockHolder:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(self.db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        if self.process.stdout.readline().strip() != "held":
            raise RuntimeError("The lock holder could not take the write lock.")
        return self

    def release(self, then: str = "") -> None:
        """Let go of the lock, after running the one statement `then` (and committing) if one is given."""
        if self.process is None:
            return
        self.process.stdin.write(then + "\n")
        self.process.stdin.flush()
        self.process.stdout.readline()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            stream.close()
        self.process = None

    def __exit__(self, *_exc) -> None:
        self.release()
