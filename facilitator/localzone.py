"""The machine's own time zone name, as a sensible default for a new review."""

from __future__ import annotations

import os
import zoneinfo
from pathlib import Path


def local_timezone_name() -> str:
    """The IANA name of the local zone (e.g. Europe/London), or UTC when it cannot be told."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    except OSError:
        pass
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        parts = localtime.resolve().parts
        if "zoneinfo" in parts:
            candidates.append("/".join(parts[parts.index("zoneinfo") + 1 :]))
    for name in candidates:
        if name and name in zoneinfo.available_timezones():
            return name
    return "UTC"
