"""The shipped text files, parsed once and kept between runs: a file is parsed again only when its bytes change.

Parsing resources/text/*.toml is a good part of the app's own start-up work, and those files change only with an
upgrade or an edit. What they parse to is kept as JSON in the user's cache folder, keyed by a hash of each file's
bytes, so an edited file is parsed anew and a damaged or deleted cache costs one parse. Written when the process
ends, never before the first window is up."""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import sys
from pathlib import Path

KEPT_AT_MOST = 200
"""Entries past this many (a file edited over and over) start the cache afresh."""

_kept: dict[str, str] | None = None
_changed = False


def cache_file() -> Path:
    """Where the parsed texts are kept: the user's cache folder, one file per Python (its parser's answers)."""
    import platformdirs

    name = f"texts-{sys.implementation.cache_tag}.json"
    return Path(platformdirs.user_cache_dir("facilitator", appauthor=False)) / name


def parsed_toml(path: Path) -> dict:
    """The TOML file at path, parsed (a fresh dict each call); raises what tomllib raises for a broken file."""
    data = path.read_bytes()
    key = hashlib.blake2b(data, digest_size=16).hexdigest()
    kept = _loaded()
    if key in kept:
        with contextlib.suppress(ValueError):
            table = json.loads(kept[key])
            if isinstance(table, dict):
                return table
    import tomllib

    table = tomllib.loads(data.decode("utf-8"))
    _keep(kept, key, table)
    return table


def _keep(kept: dict[str, str], key: str, table: dict) -> None:
    global _changed
    try:
        kept[key] = json.dumps(table, ensure_ascii=False)
    except (TypeError, ValueError):  # a value JSON cannot hold (a TOML date): parsed each time instead
        return
    if len(kept) > KEPT_AT_MOST:
        kept.clear()
        kept[key] = json.dumps(table, ensure_ascii=False)
    if not _changed:
        _changed = True
        atexit.register(write_kept)


def _loaded() -> dict[str, str]:
    global _kept
    if _kept is None:
        _kept = {}
        with contextlib.suppress(OSError, ValueError):
            found = json.loads(cache_file().read_text(encoding="utf-8"))
            if isinstance(found, dict):
                _kept = {key: value for key, value in found.items() if isinstance(value, str)}
    return _kept


def write_kept() -> None:
    """Write what was parsed this run beside what was kept (a new file, put in place at once)."""
    global _changed
    if not _changed or _kept is None:
        return
    _changed = False
    target = cache_file()
    spare = target.with_name(f"{target.name}.{os.getpid()}")
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        spare.write_text(json.dumps(_kept, ensure_ascii=False), encoding="utf-8")
        os.replace(spare, target)
    with contextlib.suppress(OSError):
        spare.unlink(missing_ok=True)


def forget_kept() -> None:
    """Read the cache file again on the next parse (tests that point the cache folder elsewhere)."""
    global _kept, _changed
    _kept, _changed = None, False
