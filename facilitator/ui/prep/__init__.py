"""Preparing a review: the set-up (incident, people), the timeline and its import, the comments."""
