"""Storage failures a user can be told about in one sentence."""


class StorageError(Exception):
    """A problem with the database file, said in a sentence that names it."""


class NotADatabaseError(StorageError):
    pass


class NewerDatabaseError(StorageError):
    pass


class ReviewNotFound(StorageError):
    pass
