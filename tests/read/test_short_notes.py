"""Chicago's notes: a "Notes" heading, and later notes naming an earlier note's work."""

from __future__ import annotations

import pytest

from citelint.models import Reference
from citelint.read import read_text
from citelint.read.short_notes import back_references

BODY = "Late Ming fiction is read for its morals.1 Plato's embryo was read closely.2 Again.3\n\n"
NOTES = (
    '1. Keith McMahon, "Eroticism in Late Ming, Early Qing Fiction," T\'oung Pao 73, no. 4–5'
    " (1987): 217–64.\n"
    '2. James Wilberding, "Plato\'s Embryology," Early Science and Medicine 20, no. 2 (2015):'
    " 150–68.\n"
    '3. McMahon, "Eroticism," 230.\n'
)


@pytest.mark.parametrize(("fmt", "heading"), [("txt", "Notes"), ("md", "## Notes")])
def test_chicago_notes_under_a_notes_heading_are_the_list(fmt: str, heading: str) -> None:
    """hunt14 left: "Notes" named no list, so the page got a false CL107 and no entry was
    checked."""
    document = read_text(f"Title\n\n{BODY}{heading}\n{NOTES}", f"a.{fmt}", fmt)
    assert [entry.number for entry in document.references] == [1, 2, 3]
    assert document.references[0].year == 1987


def test_numbered_notes_that_are_not_references_are_no_list() -> None:
    text = "Title\n\nThe survey was anonymous.1 Data are kept.2\n\nNotes\n"
    text += "1. No names were asked.\n2. Ask the authors for the data.\n"
    assert read_text(text, "a.txt", "txt").references == []


def entries(*raws: str) -> list[Reference]:
    document = read_text(BODY + "References\n" + "".join(raws), "a.txt", "txt")
    return document.references


def test_ibid_and_short_forms_name_an_earlier_note() -> None:
    listed = entries(*NOTES.splitlines(keepends=True), "4. Ibid., 231.\n")
    assert back_references(listed) == {2, 3}


@pytest.mark.parametrize(
    "note",
    [
        '3. Mahon, "Eroticism," 230.\n',  # no earlier note by this author
        '3. McMahon, "Erotic Novels," 230.\n',  # nor with these title words
        '3. McMahon K. "Eroticism in late Ming fiction." Toung Pao. 1987;73:217-64.\n',
    ],
)
def test_a_note_of_its_own_is_looked_up(note: str) -> None:
    listed = entries(*NOTES.splitlines(keepends=True)[:2], note)
    assert back_references(listed) == set()
