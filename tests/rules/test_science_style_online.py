"""Science's style without titles against a fake PubMed holding the real records (user29b
P1-5): a right entry is found by its journal, volume and first page, never called
fabricated; a wrong volume is still found."""

from __future__ import annotations

from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.read import read_text

RIGHT = [
    "T. A. Brighton, J. W. Eikelboom, K. Mann, R. Mister, N. Engl. J. Med. 367, 1979 (2012).",
    "P. M. O'Byrne et al., N. Engl. J. Med. 378, 1865 (2018).",
]


def findings(server: FakeEutils, entries: list[str]) -> list[tuple[str, int | None, str]]:
    cites = " ".join(f"Trial {n} changed practice ({n})." for n in range(1, len(entries) + 1))
    listed = "\n".join(f"{n}. {entry}" for n, entry in enumerate(entries, start=1))
    text = f"Asthma and thrombosis\n\n{cites}\n\nReferences and Notes\n\n{listed}\n"
    document = read_text(text, "science.txt", "txt")
    found = lint_online(server, document, ["CL1", "CL2"])
    return [(f.code, f.reference, f.message) for f in found]


def test_right_entries_without_titles_get_no_finding(pubmed: FakeEutils) -> None:
    assert findings(pubmed, RIGHT) == []


def test_a_wrong_volume_is_still_found(pubmed: FakeEutils) -> None:
    wrong = RIGHT[0].replace("367, 1979", "366, 1979")
    [(code, reference, message)] = findings(pubmed, [wrong, RIGHT[1]])
    assert (code, reference) in {("CL201", 1), ("CL203", 1)}
    assert "possibly fabricated" not in message


def test_a_made_up_paper_in_a_real_journal_is_still_found(pubmed: FakeEutils) -> None:
    made_up = "Q. Z. Thorvald, L. Ostrander, N. Engl. J. Med. 371, 2207 (2014)."
    assert [(code, n) for code, n, _ in findings(pubmed, [RIGHT[1], made_up])] == [("CL201", 2)]
