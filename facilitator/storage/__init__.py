"""The only layer that knows SQL: one SQLite file per user, through sqlite-utils."""
