"""Test-wide set-up: Qt offscreen, and settings, data and logs kept out of the user's home."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = tempfile.mkdtemp(prefix="facilitator-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_home, "state")  # the log folder
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "cache")
os.environ.pop("FACILITATOR_QUIT_AFTER_FIRST_PAINT", None)
os.environ["FACILITATOR_LANGUAGE"] = "en"  # the tests read the English texts, whatever the machine's locale
