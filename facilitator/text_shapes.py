"""Writes facilitator/text_types.py: the shape of every shipped file of texts, as types mypy checks look-ups against.

After adding, renaming or removing a text in resources/text/*.toml run

    python -m facilitator.text_shapes

(tests/test_text_shapes.py says so if you forget). Tables the code reads by a value (a tag, a role, a category)
rather than by a written key are typed as dict[str, ...], since mypy cannot check a key that is not written out.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

# Tables looked up by a value the code holds (tags[note.tag.value]), as "file:table.path".
LOOKED_UP_BY_VALUE = frozenset(
    {
        "notes:tags",
        "notes:tag_hints",
        "parking:categories",
        "parking:fates",
        "parking:panel",
        "preread:roles",
        "questions:kinds",
        "record:people.attendance_words",
        "record:people.roles",
        "record:people.hosting",
        "record:key_questions.answers",
        "record:actions.priorities",
        "record:perspectives",
        "record:units",
        "meeting:phases",
    }
)

HEADER = '''"""The shape of every shipped file of texts: written by `python -m facilitator.text_shapes`, do not edit.

content.texts("meeting") is typed as MeetingTexts, so mypy checks each look-up against the shipped file.
"""

from __future__ import annotations

from typing import Literal, NotRequired, Protocol, TypedDict, overload'''


class Shapes:
    """The TypedDicts of one file of texts, innermost first, so each is defined before it is used."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: list[str] = []

    def table(self, data: dict[str, Any], path: str) -> str:
        type_name = _type_name(self.name, path)
        if f"{self.name}:{path}" in LOOKED_UP_BY_VALUE:
            return f"dict[str, {self._common(list(data.values()), path)}]"
        fields = {key: self.value(value, f"{path}.{key}" if path else key) for key, value in data.items()}
        self._define(type_name, fields, set())
        return type_name

    def value(self, value: Any, path: str) -> str:
        if isinstance(value, dict):
            return self.table(value, path)
        if isinstance(value, list):
            return f"list[{self._common(value, path + '[]')}]"
        return {str: "str", bool: "bool", int: "int", float: "float"}.get(type(value), "object")

    def _common(self, values: list[Any], path: str) -> str:
        """One type for values alike: every table among them merged, keys not all of them have optional."""
        tables = [v for v in values if isinstance(v, dict)]
        if not tables:
            kinds = sorted({self.value(v, path) for v in values})
            return " | ".join(kinds) if kinds else "str"
        fields: dict[str, str] = {}
        for table in tables:
            for key, value in table.items():
                fields.setdefault(key, self.value(value, f"{path}.{key}"))
        optional = {key for key in fields if not all(key in t for t in tables)}
        type_name = _type_name(self.name, path)
        self._define(type_name, fields, optional)
        return type_name

    def _define(self, type_name: str, fields: dict[str, str], optional: set[str]) -> None:
        written = ", ".join(f"{key!r}: {f'NotRequired[{kind}]' if key in optional else kind}" for key, kind in fields.items())
        self.lines.append(f"{type_name} = TypedDict({type_name!r}, {{{written}}})")


def _type_name(name: str, path: str) -> str:
    words = [*name.split("_"), *path.replace("[]", " item").replace(".", " ").replace("_", " ").split()]
    return "".join(word[:1].upper() + word[1:] for word in words) + ("Texts" if not path else "")


def module_source(text_folder: Path) -> str:
    """The whole of text_types.py for the files in text_folder."""
    blocks, overloads = [HEADER], []
    for path in sorted(text_folder.glob("*.toml")):
        shapes = Shapes(path.stem)
        top = shapes.table(tomllib.loads(path.read_text(encoding="utf-8")), "")
        blocks.append("\n".join(shapes.lines))
        overloads.append(f"    @overload\n    def __call__(self, name: Literal[{path.stem!r}]) -> {top}: ...")
    if "NotRequired[" not in "".join(blocks):
        blocks[0] = blocks[0].replace("NotRequired, ", "")
    blocks.append('class Texts(Protocol):\n    """content.texts, typed by the name of the file."""\n\n' + "\n\n".join(overloads))
    return blocks[0] + "\n\n" + "\n\n\n".join(blocks[1:]) + "\n"


def module_path() -> Path:
    return Path(__file__).with_name("text_types.py")


def main() -> int:
    from .content import resource

    module_path().write_text(module_source(resource("text")), encoding="utf-8")
    print(f"wrote {module_path()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
