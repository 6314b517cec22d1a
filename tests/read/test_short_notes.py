"""Chicago's notes: a "Notes" heading, and later notes naming an earlier note's work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def curly(text: str) -> str:
    """The note as a browser copies it: curly quotes and apostrophes."""
    opened = False
    out = []
    for character in text:
        if character == '"':
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append("\u2019" if character == "'" else character)
    return "".join(out)


# review19 F5: later notes in the shapes of real notes sections (CMOS 14.20-14.36).
LATER_NOTES = [
    '3. See McMahon, "Eroticism," 230.\n',
    '3. See also McMahon, "Eroticism," 230–31.\n',
    '3. Ibid., 218–19; cf. Wilberding, "Plato\'s Embryology," 152.\n',
    '3. On the limits of such readings, see McMahon, "Eroticism," 230; the point is taken up'
    " again below.\n",
    '3. McMahon, "Eroticism."\n',
    '3. McMahon, "Eroticism," 230; Wilberding, "Plato\'s Embryology," 152.\n',
]


@pytest.mark.parametrize("quoted", [str, curly], ids=["straight", "curly"])
@pytest.mark.parametrize("note", LATER_NOTES)
def test_signalled_discursive_and_pageless_short_forms_name_an_earlier_note(
    note: str, quoted: object
) -> None:
    listed = entries(*map(quoted, NOTES.splitlines(keepends=True)[:2]), quoted(note))
    assert back_references(listed) == {2}


@pytest.mark.parametrize("quoted", [str, curly], ids=["straight", "curly"])
@pytest.mark.parametrize(
    "note",
    [
        '3. See Mahon, "Eroticism," 230.\n',  # a signal before a short form of no earlier note
        '3. Ibid., 218; cf. McMahon, "Erotic Novels," 5.\n',  # one part of no earlier note
        '3. On this, see McMahon, "Erotic Novels."\n',
        # a full note that lost its year is a work of its own
        '3. Keith McMahon, "Eroticism," T\'oung Pao 74, no. 1: 1–20.\n',
    ],
)
def test_a_later_note_citing_anything_else_is_looked_up(note: str, quoted: object) -> None:
    listed = entries(*map(quoted, NOTES.splitlines(keepends=True)[:2]), quoted(note))
    assert back_references(listed) == set()


@pytest.mark.parametrize(
    "note",
    [
        "3. See note 1, section 5.3.\n",
        "3. See notes 1 and 2 above.\n",
        "3. Cf. n. 2.\n",
        "3. Supra note 1, at 230.\n",
        "3. Ibid.; see also note 1.\n",
        "3. Voir note 1.\n",
    ],
)
def test_a_note_pointing_to_another_note_is_not_looked_up(note: str) -> None:
    """user25 P1 3: a Google Docs footnote "See note 3, section 5.3." was looked up by its
    "title" and found nowhere: a false CL201."""
    listed = entries(*NOTES.splitlines(keepends=True)[:2], note)
    assert back_references(listed) == {2}


def test_a_note_naming_a_note_among_other_words_is_looked_up() -> None:
    note = "3. Smith J. Notes 1 to 4 of a clinical diary. BMJ. 2011;342:d12.\n"
    listed = entries(*NOTES.splitlines(keepends=True)[:2], note)
    assert back_references(listed) == set()


def test_a_note_of_comment_is_not_looked_up_among_notes_that_point_back() -> None:
    comment = "4. The point is taken up again in the next section.\n"
    assert back_references(entries(*NOTES.splitlines(keepends=True), comment)) == {2, 3}
    # Among entries that all stand on their own, it is one of them.
    assert back_references(entries(*NOTES.splitlines(keepends=True)[:2], comment)) == set()


def test_a_dated_remark_among_full_notes_is_not_looked_up() -> None:
    """review25a F5: a Substack post's note of comment gave a year, and was "possibly
    fabricated" (CL201)."""
    remark = "3. The retraction notice and the new paper appeared together: BMJ, June 13, 2018.\n"
    assert back_references(entries(*NOTES.splitlines(keepends=True)[:2], remark)) == {2}
    # A title and its source, even without authors, are an entry's.
    entry = "3. Eroticism in late Ming and early Qing fiction. Toung Pao. 1987.\n"
    assert back_references(entries(*NOTES.splitlines(keepends=True)[:2], entry)) == set()


# Reads a page whose notes each give a year, then says whether short_notes was loaded.
PROBE = """
import sys
from citelint.read import read_text
text = sys.stdin.read()
assert len(read_text(text, "a.txt", "txt").references) == 2
print("citelint.read.short_notes" in sys.modules)
"""


def test_a_list_whose_every_entry_gives_a_year_does_not_load_the_short_notes() -> None:
    """review19 F9: a list found by its shape ran back_references on every list; its notes
    give no year, so a list whose every entry gives one has none (issue 13, start-up)."""
    page = f"Title\n\n{BODY}Notes\n" + "".join(NOTES.splitlines(keepends=True)[:2])
    probe = [sys.executable, "-c", PROBE]
    root = Path(__file__).resolve().parents[2]  # "-c" imports citelint from its folder
    loaded = subprocess.run(probe, input=page, capture_output=True, text=True, cwd=root)
    assert loaded.stdout.strip() == "False"
    with_short_form = page + NOTES.splitlines(keepends=True)[2]
    probe[2] = PROBE.replace("== 2", "== 3")
    loaded = subprocess.run(probe, input=with_short_form, capture_output=True, text=True, cwd=root)
    assert loaded.stdout.strip() == "True"


BOOK = (
    "3. Lesley A. Sharp, Strange Harvest: Organ Transplants, Denatured Bodies, and the "
    "Transformed Self (Berkeley: University of California Press, 2006), 45.\n"
)


@pytest.mark.parametrize(
    "note",
    [
        "4. Sharp, Strange Harvest, 50.\n",
        "4. See Sharp, Strange Harvest, 50–51.\n",
        "4. Sharp, 52.\n",
    ],
)
def test_a_book_s_short_form_without_quotes_names_its_note(note: str) -> None:
    """A book's title is in italics, which a copy loses: "Sharp, Strange Harvest, 50." was
    looked up, and "possibly fabricated" (CL201)."""
    listed = entries(*NOTES.splitlines(keepends=True)[:2], BOOK, note)
    assert back_references(listed) == {3}


@pytest.mark.parametrize(
    "note",
    [
        "4. Sharp, Organ Markets, 50.\n",
        "4. Sharpe, 52.\n",
        "4. Sharp, Strange Harvest (2006), 50.\n",
    ],
)
def test_a_book_s_short_form_of_no_earlier_note_is_looked_up(note: str) -> None:
    listed = entries(*NOTES.splitlines(keepends=True)[:2], BOOK, note)
    assert 3 not in back_references(listed)


@pytest.mark.parametrize(
    "note",
    [
        "3. Ibidem, p. 218.\n",
        "3. Ibíd., p. 218.\n",
        "3. Ebd., S. 218.\n",
        "3. McMahon, op. cit., p. 230.\n",
        "3. McMahon, Op. Cit., p. 230.\n",
        "3. McMahon, art. cit., p. 230 ; voir aussi Wilberding, « Plato's Embryology », p. 152.\n",
        "3. Véase McMahon, «Eroticism», p. 230.\n",
    ],
)
def test_later_notes_in_the_languages_of_the_articles_read(note: str) -> None:
    """French, Spanish and German notes: their "Ibid.", "op. cit.", signals and guillemets."""
    listed = entries(*NOTES.splitlines(keepends=True)[:2], note)
    assert back_references(listed) == {2}


@pytest.mark.parametrize(
    "note", ["3. Mahon, op. cit., p. 230.\n", "3. Voir McMahon, « Erotic Novels », p. 5.\n"]
)
def test_such_a_note_of_no_earlier_work_is_looked_up(note: str) -> None:
    listed = entries(*NOTES.splitlines(keepends=True)[:2], note)
    assert back_references(listed) == set()


# left19: a list under "Notes", one entry a line with no numbers, was no list: CL107.
UNNUMBERED = (
    "Cholesterol Treatment Trialists' Collaboration. Efficacy and safety of more intensive"
    " lowering of LDL cholesterol. Lancet. 2010;376(9753):1670-81.\n"
    "Armitage J, Baigent C, Barnes E, et al. Efficacy and safety of statin therapy in older"
    " people. Lancet. 2019;393(10170):407-15.\n"
)
STATINS = "Statins cut vascular events by a fifth [1]. Older people gain as much [2].\n\n"


@pytest.mark.parametrize(
    ("fmt", "heading"),
    [
        ("txt", "Notes"),
        ("txt", "NOTES"),
        ("txt", "Notes:"),
        ("md", "## Notes"),
        ("md", "**Notes**"),
    ],
)
def test_unnumbered_entries_under_a_notes_heading_are_the_list(fmt: str, heading: str) -> None:
    document = read_text(f"Statins\n\n{STATINS}{heading}\n\n{UNNUMBERED}", f"a.{fmt}", fmt)
    assert [(entry.number, entry.year) for entry in document.references] == [(1, 2010), (2, 2019)]
    assert document.references_line == 5


@pytest.mark.parametrize(
    "notes",
    [
        # Remarks, not references: a year alone makes no entry of them.
        "The guidance was reviewed in 2023.\nDoses are for adults with normal renal function.\n",
        # One reference among remarks is too few to make a list.
        "Doses are for adults.\n" + UNNUMBERED.splitlines(keepends=True)[0],
    ],
)
def test_a_notes_section_of_remarks_is_no_list(notes: str) -> None:
    document = read_text(f"Statins\n\n{STATINS}Notes\n\n{notes}", "a.txt", "txt")
    assert document.references == []


def test_a_later_notes_section_does_not_displace_the_references() -> None:
    # Before, the notes' heading and remark were entries 3 and 4, "never cited" (CL102).
    notes = "Notes\n\nThe review was updated in 2024.\n"
    text = f"Statins\n\n{STATINS}References\n\n{UNNUMBERED}\n{notes}"
    document = read_text(text, "a.txt", "txt")
    assert [entry.year for entry in document.references] == [2010, 2019]


@pytest.mark.parametrize(
    "note",
    [
        "3. McMahon, op. cit., p. 230.\n",
        "3. McMahon et al., op. cit., p. 230.\n",
        "3. McMahon u. a., a. a. O., S. 230.\n",
        "3. McMahon y cols., ob. cit., p. 230.\n",
        "3. Ibid.; cf. McMahon et al., op. cit., p. 230.\n",
    ],
)
def test_the_work_cited_by_name_is_an_earlier_note(note: str) -> None:
    """user24 P1 18: "et al.", "u. a." after the name and German "a. a. O." were not read."""
    listed = entries(*NOTES.splitlines(keepends=True)[:2], note)
    assert back_references(listed) == {2}


def test_an_op_cit_naming_no_earlier_author_is_looked_up() -> None:
    listed = entries(*NOTES.splitlines(keepends=True)[:2], "3. Sharp et al., op. cit., p. 230.\n")
    assert back_references(listed) == set()
