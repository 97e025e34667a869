"""Facilitator: a desktop console for running blameless post-incident reviews."""

__version__ = "0.1.0"
