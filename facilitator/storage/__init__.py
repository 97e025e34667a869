"""The only layer that knows SQL: one SQLite file per user, through sqlite3 (sqlite-utils only to migrate older files)."""
