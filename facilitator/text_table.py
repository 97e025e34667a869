"""A table of texts that knows where it came from, so a missing or mistyped look-up names its file and key."""

from __future__ import annotations

from typing import Any


class TextMissing(KeyError):
    """A text looked up that the file does not have: a bug in the shipped texts or in the code that asks."""

    def __str__(self) -> str:
        return str(self.args[0])


class TextWrongType(TypeError):
    """A text looked up as a sentence that is a table or a list, or the other way round."""


def key_path(path: str, key: str) -> str:
    """The dotted TOML name of a key inside a table: `times.date_only`."""
    return f"{path}.{key}" if path else key


class TextTable(dict[str, Any]):
    """A TOML table of texts: a sentence (str), a table of them, or a list, by key.

    It is a dict, so `table["times"]["date_only"]` and `.get` work as they always did; a key the file does not
    have raises TextMissing naming the file and the whole key path instead of a bare KeyError."""

    __slots__ = ("file", "path")

    def __init__(self, items: dict[str, Any], file: str, path: str = "") -> None:
        super().__init__(items)
        self.file = file
        self.path = path

    def __missing__(self, key: str) -> Any:
        raise TextMissing(f"{self.file} has no text {key_path(self.path, str(key))}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (TextTable, (dict(self), self.file, self.path))

    def text(self, key: str) -> str:
        """The sentence at key; TextWrongType if it is a table or a list."""
        return self._typed(key, str, "a sentence")

    def table(self, key: str) -> TextTable:
        """The table at key; TextWrongType if it is a sentence or a list."""
        return self._typed(key, TextTable, "a table")

    def sentences(self, key: str) -> list[str]:
        """The list at key; TextWrongType if it is a sentence or a table."""
        return self._typed(key, list, "a list")

    def _typed(self, key: str, kind: type, called: str) -> Any:
        value = self[key]
        if not isinstance(value, kind):
            raise TextWrongType(f"{self.file}: {key_path(self.path, key)} is a {kind_of(value)}, not {called}")
        return value


def kind_of(value: object) -> str:
    """What a TOML value is: table, list, sentence, yes_no, number or date (keys of [kinds] in own_wording.toml)."""
    if isinstance(value, dict):
        return "table"
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "sentence"
    if isinstance(value, bool):
        return "yes_no"
    if isinstance(value, (int, float)):
        return "number"
    return "date"


def as_table(data: dict[str, Any], file: str, path: str = "") -> TextTable:
    """Plain parsed TOML as TextTables all the way down (tables inside lists too); sentences are left as they are."""
    table = TextTable(data, file, path)
    for key, value in data.items():
        if isinstance(value, dict):
            table[key] = as_table(value, file, key_path(path, key))
        elif isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
            table[key] = _wrapped_list(value, file, key_path(path, key))
    return table


def _wrapped_list(items: list[Any], file: str, path: str) -> list[Any]:
    return [
        as_table(item, file, f"{path}[{i}]")
        if isinstance(item, dict)
        else _wrapped_list(item, file, f"{path}[{i}]")
        if isinstance(item, list)
        else item
        for i, item in enumerate(items)
    ]
