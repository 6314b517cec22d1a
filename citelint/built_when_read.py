"""Reference.alternatives, built the first time it is read (see BuiltWhenRead)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, overload

if TYPE_CHECKING:
    from citelint.models import Reading


class ReadingsLater(Protocol):
    """What builds an entry's other readings when they are first asked for."""

    def build(self) -> list[Reading]: ...


class BuiltWhenRead:
    """``Reference.alternatives``: a list of readings, or a ReadingsLater the list is built
    from the first time it is read, then kept. Reading an entry's text builds them for
    every entry (a twentieth of its cost) where only matching against PubMed reads them, and
    only for entries whose identifiers do not decide the record.

    A data descriptor as a dataclass field's default: the generated __init__ sets the field
    through __set__, so ``Reference(..., alternatives=[...])`` and ``replace`` work as for
    any field; left out, the field's default is this descriptor, and stands for []. What
    is held is an attribute of its own, ``_alternatives``, set as any attribute is: asking
    for the instance's ``__dict__`` would make its attributes slower to read (CPython keeps
    them apart from a dict until then)."""

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> BuiltWhenRead: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> list[Reading]: ...

    # ``instance`` is a Reference, typed Any: its ``_alternatives`` is no field of it.
    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self  # the field's default, as dataclass asks the class for it
        held = instance._alternatives
        if not isinstance(held, list):
            held = instance._alternatives = held.build()
        return held

    # The generated __init__ hands the default, this descriptor, when the field is left out.
    def __set__(self, instance: Any, value: list[Reading] | ReadingsLater | BuiltWhenRead) -> None:
        instance._alternatives = [] if value is self else value
