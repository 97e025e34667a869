"""Pure functions from files and bytes to domain objects."""


class ImportProblem(ValueError):
    """Input that cannot be read, said with where and what."""
