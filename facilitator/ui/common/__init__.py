"""The shared parts of every window: key table and commands, theme, settings, models, the write queue and store events."""
