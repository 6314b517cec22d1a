"""Notes a page defines (read/page_notes.py): the paragraphs opening with a number before words."""

from __future__ import annotations

from citelint.read.page_notes import page_notes


def test_a_paragraph_opening_with_a_raised_or_typed_number_before_words_defines_a_note() -> None:
    texts = [
        "<sup>1</sup> Check with your insurer first.",
        "² Doses are for adults.",
        "3 Trough levels were drawn weekly.",
        "Statins lower LDL cholesterol.<sup>4</sup>",  # a citation, no note
        "5. A numbered step, not a note",
        "  ",
    ]
    assert page_notes(texts) == {1, 2, 3}
