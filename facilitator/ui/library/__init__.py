"""The review library: every review in the database, and starting a new one."""
