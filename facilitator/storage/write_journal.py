"""Writes waiting for the database, kept on the local disk until they are written: one journal per window process.

The journals live in a folder next to the database (`reviews.sqlite3-waiting/`, owner-only), one JSON line per
write. A live process holds a lock on its own journal; a journal nobody holds was left by a process that died,
and the next process to start takes it over and writes what it still holds (see queued_writes.write_batch for
how nothing is written twice)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..domain.record import record
from .file_lock import BINARY, RENAMES_OPEN_FILES, lock
from .paths import private_dir
from .private import make_private

SUFFIX = ".jsonl"


def journal_folder(db_path: Path | str) -> Path:
    """Where the journals of the database at db_path are kept; for a database on a server (its address), on this
    computer in the app's data folder, one folder per server database."""
    from .server_url import is_server_url, without_password

    if is_server_url(db_path):
        import hashlib
        import re

        from .paths import default_db_path

        address = without_password(str(db_path).strip())
        readable = re.sub(r"[^A-Za-z0-9]+", "-", address.split("://", 1)[-1].split("?", 1)[0]).strip("-")[:60]
        digest = hashlib.blake2b(address.encode("utf-8"), digest_size=8).hexdigest()
        return default_db_path().with_name("servers") / f"{readable}-{digest}-waiting"
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + "-waiting")


@record
class Waiting:
    """One write waiting for the database: which journal holds it, its place in that journal, what to write."""

    source: str
    seq: int
    kind: str
    data: dict


def _line(waiting: Waiting) -> bytes:
    return (json.dumps({"seq": waiting.seq, "kind": waiting.kind, "data": waiting.data}, ensure_ascii=False) + "\n").encode()


def _read(source: str, fd: int) -> list[Waiting]:
    """The writes in a journal; a last line cut short (the process died while writing it) was never accepted."""
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    found = []
    for line in b"".join(chunks).split(b"\n"):
        try:
            record = json.loads(line)
            found.append(Waiting(source, int(record["seq"]), str(record["kind"]), dict(record["data"])))
        except (ValueError, KeyError, TypeError):
            continue
    return found


def _locked(path: Path) -> int | None:
    """An open descriptor of the file, locked for this process alone; None if another process holds it or it
    went away (another process took it over and finished it between our listing and our lock)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_APPEND | BINARY)
    except FileNotFoundError:
        return None
    try:
        lock(fd, wait=False)
        if os.stat(path).st_ino == os.fstat(fd).st_ino:
            return fd
    except (BlockingIOError, FileNotFoundError):
        pass
    os.close(fd)
    return None


class Journal:
    """This process's own journal: written before a write is handed on, emptied once everything in it is written."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.name = os.urandom(16).hex()
        self.path = folder / f"{self.name}{SUFFIX}"
        self._fd: int | None = None
        self._seq = 0

    def append(self, kind: str, data: dict) -> Waiting:
        """Keep one write on disk (it survives this process being killed) and return it numbered."""
        if self._fd is None:
            private_dir(self.folder)
            made = self.folder / f"{self.name}.new" if RENAMES_OPEN_FILES else self.path
            self._fd = os.open(made, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_APPEND | BINARY, 0o600)
            make_private(made)
            lock(self._fd)
            if made != self.path:
                os.rename(made, self.path)  # locked before any other process can see it as a journal
        self._seq += 1
        waiting = Waiting(self.name, self._seq, kind, data)
        os.write(self._fd, _line(waiting))
        return waiting

    def sync(self) -> None:
        """Make what is appended survive a power cut too (called off the GUI thread)."""
        if self._fd is not None:
            os.fsync(self._fd)

    def empty(self) -> None:
        """Everything in it is written: start it again (the numbering goes on)."""
        if self._fd is not None:
            os.ftruncate(self._fd, 0)

    def close(self, finished: bool) -> None:
        """Let go of the journal; a finished one is removed, an unfinished one is left for the next start."""
        if self._fd is None:
            return
        if finished:
            self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None


class Orphan:
    """A journal left by a process that died, taken over (and locked) by this one."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd
        self.name = path.name.removesuffix(SUFFIX)
        self.waiting = _read(self.name, fd)

    def finish(self) -> None:
        """Everything in it is written: remove it."""
        self.path.unlink(missing_ok=True)
        self.release()

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _age(path: Path) -> tuple[int, str]:
    try:
        return path.stat().st_mtime_ns, path.name
    except FileNotFoundError:
        return 0, path.name


def take_orphans(folder: Path) -> list[Orphan]:
    """The journals no live process holds, oldest first, each locked for this process."""
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob(f"*{SUFFIX}"), key=_age)
    orphans = []
    for path in paths:
        fd = _locked(path)
        if fd is not None:
            orphans.append(Orphan(path, fd))
    return orphans
