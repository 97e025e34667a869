"""The types mypy checks text look-ups against are the shape of the shipped files."""

import tomllib
import typing
from pathlib import Path

import pytest

from facilitator import content, text_types
from facilitator.text_shapes import LOOKED_UP_BY_VALUE, module_path, module_source

SHIPPED = Path(content.resource("text"))


def test_the_types_are_written_from_the_shipped_texts():
    assert module_path().read_text(encoding="utf-8") == module_source(SHIPPED), (
        "resources/text changed: run `python -m facilitator.text_shapes` to rewrite facilitator/text_types.py"
    )


def _same_shape(name: str, path: str, kind: object, value: object) -> None:
    """Every key of the file is in its type and no other, down to the sentences."""
    if isinstance(value, dict):
        if f"{name}:{path}" in LOOKED_UP_BY_VALUE:
            assert typing.get_origin(kind) is dict, path
            return
        hints = typing.get_type_hints(kind)
        assert set(hints) == set(value), f"{name}.toml {path}"
        for key, inner in value.items():
            _same_shape(name, f"{path}.{key}" if path else key, hints[key], inner)
    elif isinstance(value, list):
        assert typing.get_origin(kind) is list, path
    else:
        assert kind is type(value), path


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*.toml")), ids=lambda p: p.stem)
def test_each_type_has_the_keys_of_its_file(path):
    name = path.stem
    top = getattr(text_types, "".join(w.capitalize() for w in name.split("_")) + "Texts")
    _same_shape(name, "", top, tomllib.loads(path.read_text(encoding="utf-8")))


def test_a_new_text_changes_the_types(tmp_path):
    (tmp_path / "meeting.toml").write_text('[timer]\nphase_over = "{phase}"\nrunning_late = "Late"\n', encoding="utf-8")
    assert "MeetingTimer = TypedDict('MeetingTimer', {'phase_over': str, 'running_late': str})" in module_source(tmp_path)
    assert "def __call__(self, name: Literal['meeting']) -> MeetingTexts: ..." in module_source(tmp_path)
