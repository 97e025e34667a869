"""Facilitator: a desktop console for running blameless post-incident reviews."""

import os
import sys

DISTRIBUTION = "facilitator"


def _dist_info_version(folder: str) -> str | None:
    """The version in our `<name>-<version>.dist-info/METADATA` in this folder, if it holds one."""
    try:
        names = os.listdir(folder or ".")
    except OSError:
        return None
    for name in names:
        stem, dot, kind = name.rpartition(".")
        project, _dash, _version = stem.rpartition("-")
        if dot and kind == "dist-info" and project.lower().replace("-", "_").replace(".", "_") == DISTRIBUTION:
            try:
                with open(os.path.join(folder, name, "METADATA"), encoding="utf-8") as metadata:
                    for line in metadata:
                        if not line.strip():
                            break  # the headers end at the first blank line
                        key, _colon, value = line.partition(":")
                        if key.strip().lower() == "version":
                            return value.strip()
            except OSError:
                continue
    return None


def _installed_version() -> str:
    """pyproject.toml's version, as installed: read from the first of our dist-info folders on sys.path, as
    importlib.metadata would find it, without importing it (a fifth of a bare window's start-up); asked of
    importlib.metadata itself when there is no such folder (an egg, a zip)."""
    for folder in sys.path:
        found = _dist_info_version(folder)
        if found:
            return found
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def __getattr__(name: str) -> str:
    """`__version__`: pyproject.toml's version as installed, the one source, read the first time it is asked for (the
    folder listings it takes are a few milliseconds no window needs before its first paint)."""
    if name == "__version__":
        found = globals()["__version__"] = _installed_version()
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
