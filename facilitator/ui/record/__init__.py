"""The record and the other exports: written off the GUI thread into the incident folder, and previewed."""
