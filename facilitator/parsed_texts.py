"""The shipped text files, parsed once and kept between runs: a file is parsed again only when its bytes change.

Parsing resources/text/*.toml is a good part of the app's own start-up work, and those files change only with an
upgrade or an edit. What they parse to is kept as JSON in the user's cache folder beside the text it was parsed
from, so a file whose text is not exactly that is parsed anew, and a damaged or deleted cache costs one parse.
Written when the process ends, never before the first window is up."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import sys
from pathlib import Path

_kept: dict[str, list[str]] | None = None
"""By file path: [the text parsed, what it parsed to as JSON]."""
_changed = False


def cache_file() -> Path:
    """Where the parsed texts are kept: the user's cache folder, one file per Python (its parser's answers)."""
    import platformdirs

    name = f"texts-{sys.implementation.cache_tag}.json"
    return Path(platformdirs.user_cache_dir("facilitator", appauthor=False)) / name


def parsed_toml(path: Path) -> dict:
    """The TOML file at path, parsed (a fresh dict each call); raises what tomllib raises for a broken file."""
    text = path.read_bytes().decode("utf-8")
    kept = _loaded()
    found = kept.get(str(path))
    if found is not None and found[0] == text:
        with contextlib.suppress(ValueError):
            table = json.loads(found[1])
            if isinstance(table, dict):
                return table
    import tomllib

    table = tomllib.loads(text)
    _keep(kept, str(path), text, table)
    return table


def _keep(kept: dict[str, list[str]], key: str, text: str, table: dict) -> None:
    global _changed
    try:
        kept[key] = [text, json.dumps(table, ensure_ascii=False)]
    except (TypeError, ValueError):  # a value JSON cannot hold (a TOML date): parsed each time instead
        return
    if not _changed:
        _changed = True
        atexit.register(write_kept)


def _loaded() -> dict[str, list[str]]:
    global _kept
    if _kept is None:
        _kept = {}
        with contextlib.suppress(OSError, ValueError):
            found = json.loads(cache_file().read_text(encoding="utf-8"))
            if isinstance(found, dict):
                _kept = {key: entry for key, entry in found.items() if _well_formed(entry)}
    return _kept


def _well_formed(entry: object) -> bool:
    return isinstance(entry, list) and len(entry) == 2 and all(isinstance(part, str) for part in entry)


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
