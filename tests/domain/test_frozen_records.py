"""@record compares, hashes and shows a record exactly as dataclass(frozen=True) would, for every record class of ours."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import facilitator
from facilitator.domain.record import is_record, record

PACKAGE = Path(facilitator.__file__).parent


def every_record_class() -> list[type]:
    found: dict[str, type] = {}
    for module in pkgutil.walk_packages(facilitator.__path__, "facilitator."):
        if module.name == "facilitator.__main__":
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, type) and is_record(value):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


def twin(cls: type) -> type:
    """The same fields (and flags) in a class dataclass(frozen=True) makes, named alike so the reprs can match."""
    specs = [
        (f.name, f.type, dataclasses.field(default=None, compare=f.compare, hash=f.hash, repr=f.repr))
        for f in dataclasses.fields(cls)
    ]
    made = dataclasses.make_dataclass(cls.__name__, specs, frozen=True)
    made.__qualname__ = cls.__qualname__
    return made


def filled(cls: type, changed: str | None = None) -> object:
    """An instance with a value of its own in each field (one of them different), set past __init__'s checks."""
    item = object.__new__(cls)
    for n, f in enumerate(dataclasses.fields(cls)):
        object.__setattr__(item, f.name, ("other", n) if f.name == changed else (f.name, n))
    return item


RECORDS = every_record_class()


def test_the_meetings_records_are_records():
    names = {cls.__qualname__ for cls in RECORDS}
    assert {"Review", "Person", "TimelineEntry", "Note", "ParkedItem", "Action", "Comment", "MeetingEvent"} <= names
    assert len(RECORDS) >= 40


def test_no_module_of_ours_makes_a_frozen_dataclass_another_way():
    """Every frozen record goes through @record, so what start-up pays per class stays what this module says."""
    made_otherwise = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if re.search(r"dataclass\([^)]*frozen=True", path.read_text(encoding="utf-8")) and path.name != "record.py"
    ]
    assert made_otherwise == []


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: f"{cls.__module__}.{cls.__qualname__}")
def test_each_record_compares_hashes_and_shows_as_a_frozen_dataclass_would(cls):
    ours_cls, theirs_cls = cls, twin(cls)
    ours, theirs = filled(ours_cls), filled(theirs_cls)
    assert repr(ours) == repr(theirs)
    assert hash(ours) == hash(theirs)
    assert ours == filled(ours_cls)
    assert ours != theirs  # another class, as with dataclass's own
    for f in dataclasses.fields(cls):
        assert (ours == filled(ours_cls, f.name)) == (theirs == filled(theirs_cls, f.name)), f.name
        assert (hash(ours) == hash(filled(ours_cls, f.name))) == (hash(theirs) == hash(filled(theirs_cls, f.name))), f.name
    with pytest.raises(dataclasses.FrozenInstanceError):
        ours.anything = 1  # type: ignore[attr-defined]


def test_one_field_none_and_flags():
    @record
    class Empty:
        pass

    @record
    class One:
        value: int

    @record
    class Flags:
        kept: int
        ignored: int = dataclasses.field(default=0, compare=False)
        unhashed: int = dataclasses.field(default=0, hash=False)
        hidden: str = dataclasses.field(default="", repr=False)

    assert Empty() == Empty() and hash(Empty()) == hash(()) and repr(Empty()).endswith("Empty()")
    assert One(1) == One(1) != One(2) and hash(One(1)) == hash((1,)) and repr(One(1)).endswith("One(value=1)")
    assert Flags(1, ignored=5) == Flags(1, ignored=6)
    assert Flags(1, unhashed=1) != Flags(1, unhashed=2) and hash(Flags(1, unhashed=1)) == hash(Flags(1, unhashed=2))
    assert "hidden" not in repr(Flags(1, hidden="secret"))
    assert dataclasses.replace(Flags(1), kept=2) == Flags(2)
    assert One(1).__eq__(object()) is NotImplemented


def test_a_class_that_writes_its_own_comparison_is_refused():
    with pytest.raises(TypeError, match="__eq__"):

        @record
        class Own:
            value: int

            def __eq__(self, other):
                return True
