"""Editable content shipped with the app: texts, question library, demo review, styles."""
