"""Chicago's notes page (fixtures/pages/chicago-notes-copied.txt) with its later notes in the
shapes real notes sections give them, checked against a fake PubMed holding the page's
records: a later note naming an earlier note's work is not looked up (review19 F5: each was
a CL201), in straight or curly quotes; a note naming no earlier work still is."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.read import read_text

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "fixtures" / "pages" / "chicago-notes-copied.txt"
SHORT_4 = '4. McMahon, "Eroticism," 230.'
SHORT_6 = '6. Kember, "Anaxagoras\' Theory," 5.'
IBID_7 = "7. Ibid., 8."


def findings(server: FakeEutils, text: str) -> list[tuple[str, int | None]]:
    document = read_text(text, "notes.txt", "txt")
    found = lint_online(server, document, ["CL1", "CL2"])
    return [(f.code, f.reference) for f in found]


def curly(text: str) -> str:
    """As a browser copies the page: curly quotes and apostrophes."""
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)
    return text.replace("'", "\u2019")


def page(old: str, new: str, quoted: str) -> str:
    text = PAGE.read_text(encoding="utf-8")
    assert old in text
    text = text.replace(old, new, 1)
    return curly(text) if quoted == "curly" else text


LATER_NOTES = [
    (SHORT_4, '4. See McMahon, "Eroticism," 230.'),
    (SHORT_4, '4. See also McMahon, "Eroticism," 230–31.'),
    (IBID_7, '7. Ibid., 8–9; cf. Kember, "Anaxagoras\' Theory," 12.'),
    (
        SHORT_4,
        '4. On the limits of such readings, see McMahon, "Eroticism," 230; the point is taken'
        " up again below.",
    ),
    (SHORT_6, '6. Kember, "Anaxagoras\' Theory."'),
    (IBID_7, "7. The fragments are read again in the next section."),
    (IBID_7, '7. Kember, "Anaxagoras\' Theory," 8; Wilberding, "Plato\'s Embryology," 152.'),
]


@pytest.mark.parametrize("quoted", ["straight", "curly"])
@pytest.mark.parametrize(("old", "new"), LATER_NOTES, ids=[new[:14] for _, new in LATER_NOTES])
def test_a_later_note_naming_earlier_works_is_not_looked_up(
    pubmed: FakeEutils, old: str, new: str, quoted: str
) -> None:
    assert findings(pubmed, page(old, new, quoted)) == []


PLANTED = [
    (SHORT_6, '6. Kember, "Embryology," 5.', ("CL201", 6)),  # a short title of no earlier note
    (SHORT_4, '4. See McMahon, "Ming Erotica," 230.', ("CL201", 4)),
    (IBID_7, '7. Ibid., 8–9; cf. Kimber, "Anaxagoras\' Theory," 12.', ("CL201", 7)),
    ("(1973)", "(1975)", ("CL203", 1)),  # a wrong year in a full note
]


@pytest.mark.parametrize("quoted", ["straight", "curly"])
@pytest.mark.parametrize(("old", "new", "finding"), PLANTED, ids=[p[1][:14] for p in PLANTED])
def test_a_fault_planted_among_later_notes_is_still_found(
    pubmed: FakeEutils, old: str, new: str, finding: tuple[str, int], quoted: str
) -> None:
    assert finding in findings(pubmed, page(old, new, quoted))


BOOK_NOTES = (
    "8. Lesley A. Sharp, Strange Harvest: Organ Transplants, Denatured Bodies, and the "
    "Transformed Self (Berkeley: University of California Press, 2006), 45.\n"
    "9. See Sharp, Strange Harvest, 50–51.\n"
    '10. Sharp, 52; cf. Kember, "Anaxagoras\' Theory," 6.\n'
)


@pytest.mark.parametrize("quoted", ["straight", "curly"])
def test_a_book_s_note_and_its_short_forms(pubmed: FakeEutils, quoted: str) -> None:
    """A book's full note, "(Berkeley: University of California Press, 2006)", and its
    short forms without quotes (the title's italics lost) were each "possibly fabricated"
    (CL201): the book is left to check by hand (CL207), its short forms point back."""
    cited = "heredity.7 Organ transfer raises the same questions.8 They return,9 twice.10"
    text = page("heredity.7", cited, quoted) + (
        curly(BOOK_NOTES) if quoted == "curly" else BOOK_NOTES
    )
    assert findings(pubmed, text) == [("CL207", 8)]
