"""`@record`: a frozen dataclass whose comparison, hash and repr are shared functions, not ones written per class.

`dataclass(frozen=True)` writes out and compiles six methods for each class as the class is made. The app makes
most of its record classes before its first window paints, and compiling is most of what making them costs, so three
of those methods are written once here instead. They behave as the generated ones do: equal to a record of the same
class whose compared fields are equal, hashed from those fields, shown as `Name(field=value, ...)` (the test
tests/domain/test_frozen_records.py holds each record class of ours to dataclass's own methods)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T", bound=type)


def _values(names: tuple[str, ...]) -> Callable[[object], tuple[Any, ...]]:
    """A function giving an object's values of these fields, as a tuple (attrgetter gives a bare value for one)."""
    if not names:
        return lambda _item: ()
    if len(names) == 1:
        only = attrgetter(names[0])
        return lambda item: (only(item),)
    return attrgetter(*names)  # a tuple for two names or more


def _shared_methods(cls: T) -> T:
    """__eq__, __hash__ and __repr__ for the class: functions made from code compiled once, with its fields in them."""
    made = fields(cls)
    compared = _values(tuple(f.name for f in made if f.compare))
    hashed = _values(tuple(f.name for f in made if (f.compare if f.hash is None else f.hash)))
    shown = tuple(f.name for f in made if f.repr)
    shown_values = _values(shown)

    def __eq__(self: Any, other: Any) -> bool:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    def __hash__(self: Any) -> int:
        return hash(hashed(self))

    def __repr__(self: Any) -> str:
        pairs = ", ".join(f"{name}={value!r}" for name, value in zip(shown, shown_values(self), strict=True))
        return f"{self.__class__.__qualname__}({pairs})"

    for method in (__eq__, __hash__, __repr__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        setattr(cls, method.__name__, method)
    return cls


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: T, /) -> T:
    """Make the class a frozen dataclass (its fields read as `dataclass` reads them, `field()` included) with the
    shared methods."""
    written = [name for name in ("__eq__", "__hash__", "__repr__") if name in cls.__dict__]
    if written:
        raise TypeError(f"{cls.__qualname__} writes its own {written[0]}: make it a dataclass, not a record")
    dataclass(frozen=True, eq=False, repr=False)(cls)  # made a dataclass in place: the same class
    return _shared_methods(cls)


def is_record(cls: type) -> bool:
    """Whether the class was made by @record (its comparison is one of ours)."""
    return getattr(cls.__dict__.get("__eq__"), "__module__", None) == __name__
