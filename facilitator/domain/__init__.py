"""The meeting itself, in plain Python: no Qt, no SQL."""
