"""Legal (Bluebook) notes against a fake PubMed holding the real records (user29b P1-9):
right papers are found, cases and statutes are never "possibly fabricated", a made-up paper
still is found."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.read import read_text

RIGHT = [
    "Timothy A. Brighton et al., Low-Dose Aspirin for Preventing Recurrent Venous "
    "Thromboembolism, 367 New Eng. J. Med. 1979, 1983 (2012).",
    "Paul M. O'Byrne et al., Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma, "
    "378 New Eng. J. Med. 1865 (2018).",
]
LAW = [
    "See Kumho Tire Co. v. Carmichael, 526 U.S. 137, 149 (1999).",
    "42 U.S.C. § 1395dd (2018).",
]


def findings(server: FakeEutils, notes: list[str]) -> list[tuple[str, int | None, str]]:
    cites = " ".join(f"Point {n} is argued here.{n}" for n in range(1, len(notes) + 1))
    listed = "\n".join(f"{n}. {note}" for n, note in enumerate(notes, start=1))
    text = f"Evidence in court\n\n{cites}\n\nNotes\n\n{listed}\n"
    document = read_text(text, "notes.txt", "txt")
    found = lint_online(server, document, ["CL1", "CL2"])
    return [(f.code, f.reference, f.message) for f in found]


def test_right_papers_get_no_finding(pubmed: FakeEutils) -> None:
    assert findings(pubmed, RIGHT) == []


@pytest.mark.parametrize("law", LAW)
def test_cases_and_statutes_are_never_called_fabricated(pubmed: FakeEutils, law: str) -> None:
    found = findings(pubmed, [*RIGHT, law])
    assert all(code != "CL201" and reference == 3 for code, reference, _ in found)


def test_a_made_up_paper_is_still_found(pubmed: FakeEutils) -> None:
    made_up = (
        "Quentin Z. Thorvald et al., Nightly Melatonin and Falls in Assisted Living, "
        "371 New Eng. J. Med. 2207 (2014)."
    )
    [(code, reference, _)] = findings(pubmed, [RIGHT[0], made_up])
    assert (code, reference) == ("CL201", 2)


def test_a_wrong_year_is_still_found(pubmed: FakeEutils) -> None:
    wrong = RIGHT[1].replace("(2018)", "(2016)")
    [(code, reference, message)] = findings(pubmed, [RIGHT[0], wrong])
    assert (code, reference) == ("CL203", 2)
    assert "year 2016 in the entry" in message


@pytest.mark.parametrize(
    ("law", "named"),
    [(LAW[0], "looks like a court case"), (LAW[1], "looks like a statute or regulation")],
)
def test_cl207_names_the_law_it_cites(pubmed: FakeEutils, law: str, named: str) -> None:
    # It called a court case "a guideline, book or web page" (user29b).
    [(code, reference, message)] = findings(pubmed, [*RIGHT, law])
    assert (code, reference) == ("CL207", 3)
    assert named in message and "guideline" not in message
