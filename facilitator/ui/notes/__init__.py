"""The note-taker window: the prompt on the shared screen, typing notes, and editing those kept."""
