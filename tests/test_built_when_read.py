"""Reference.alternatives as a field: a plain list when given or left out."""

from __future__ import annotations

from dataclasses import replace

from citelint.models import Reading, Reference


def test_alternatives_given_or_left_out_are_a_plain_list() -> None:
    given = [Reading("Sleep after stroke", "Stroke Res", 2018, ("Haldane K",))]
    entry = Reference(number=1, raw="x", line=1, column=1, alternatives=given)
    assert entry.alternatives is given
    assert Reference(number=1, raw="x", line=1, column=1).alternatives == []
    assert replace(entry, alternatives=[]).alternatives == []
    assert entry == Reference(number=1, raw="x", line=1, column=1, alternatives=list(given))
    assert "alternatives=[Reading(" in repr(entry)
