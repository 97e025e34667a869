"""Facilitator: a desktop console for running blameless post-incident reviews."""

from importlib import metadata

try:
    __version__ = metadata.version("facilitator")  # the one source: pyproject.toml's version, as installed
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "unknown"
