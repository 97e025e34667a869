"""The machine's own time zone name, as a sensible default for a new review.

Asked of the platform itself through tzlocal: the registry on Windows (its zone names mapped to IANA
names), /etc/localtime on macOS and Linux, and $TZ first everywhere. Plain Python, so the command line
and the windows share this one answer without loading Qt.
"""

from __future__ import annotations

import sys
import zoneinfo

FALLBACK = "UTC"
UTC_ALIASES = frozenset({"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu"})
"""Other IANA names of UTC itself (servers and containers often say "Etc/UTC"): shown to people as plain UTC."""


def local_timezone_name() -> str:
    """The IANA name of the local zone (e.g. Europe/London), or UTC when the platform cannot tell it."""
    try:
        name = _platform_zone_name()
    except (LookupError, OSError, ValueError, ImportError):
        return FALLBACK
    if not name or name not in zoneinfo.available_timezones():
        return FALLBACK
    return FALLBACK if name in UTC_ALIASES else name


def _platform_zone_name() -> str | None:
    if sys.platform == "win32":
        from tzlocal.win32 import get_localzone_name
    else:
        from tzlocal.unix import get_localzone_name
    return get_localzone_name()
