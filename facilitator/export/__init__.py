"""Pure functions from domain objects to files."""
