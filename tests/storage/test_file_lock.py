"""The journal's lock holds against another process, and is gone when its holder closes the file."""

import os
import subprocess
import sys

from facilitator.storage.file_lock import BINARY, lock

TRY_LOCK = (
    "import os, sys\n"
    "from facilitator.storage.file_lock import BINARY, lock\n"
    "fd = os.open(sys.argv[1], os.O_RDWR | BINARY)\n"
    "try:\n"
    "    lock(fd, wait=False)\n"
    "except BlockingIOError:\n"
    "    print('held')\n"
    "else:\n"
    "    print('taken')\n"
)


def _other_process_gets(path) -> str:
    return subprocess.run([sys.executable, "-c", TRY_LOCK, str(path)], capture_output=True, text=True, check=True).stdout.strip()


def test_a_locked_file_is_refused_to_another_process_until_it_is_closed(tmp_path):
    path = tmp_path / "journal.jsonl"
    fd = os.open(path, os.O_RDWR | os.O_CREAT | BINARY, 0o600)
    lock(fd)
    os.write(fd, b'{"seq": 1}\n')
    assert _other_process_gets(path) == "held"
    os.close(fd)
    assert _other_process_gets(path) == "taken"
    assert path.read_bytes() == b'{"seq": 1}\n'
