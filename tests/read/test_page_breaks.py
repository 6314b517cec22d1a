"""An entry a PDF's page break (blank lines, the page's foot and the next page's head) cuts
after its authors keeps the rest of it (read/page_breaks.py, user30a P2-3)."""

from __future__ import annotations

from citelint.models import Reference
from citelint.read import read_text

BODY = (
    "Anticoagulation after stroke\n\n"
    "Apixaban reduced stroke compared with warfarin [1]. Early treatment was safe [2]. "
    "Left atrial appendage closure is an alternative [3].\n\n"
    "References\n\n"
)
FIRST = (
    "1.\tGranger CB, Alexander JH, McMurray JJV, et al. Apixaban versus warfarin in patients"
    " with atrial fibrillation. N Engl J Med. 2011;365(11):981-992.\n"
)
SECOND_AUTHORS = "2.\tFischer U, Koga M, Strbian D, et al.\n"
SECOND_REST = (
    "Early versus later anticoagulation for stroke with atrial fibrillation. N Engl J Med."
    " 2023;388(26):2411-2421.\n"
)
THIRD = (
    "3.\tHolmes DR, Reddy VY, Turi ZG, et al. Percutaneous closure of the left atrial appendage"
    " versus warfarin therapy. Lancet. 2009;374(9689):534-542.\n"
)
FOOT = "\nPage 4 of 11\nStroke Vasc Neurol 2024;9:e002101. doi:10.1136/svn-2024-002101\n\n"


def references(text: str) -> list[Reference]:
    return read_text(text, "review.txt", "txt").references


def test_the_rest_of_an_entry_after_a_page_break_is_read() -> None:
    second = references(BODY + FIRST + SECOND_AUTHORS + FOOT + SECOND_REST + THIRD)[1]
    assert second.title == "Early versus later anticoagulation for stroke with atrial fibrillation"
    assert (second.journal, second.year, second.pages) == ("N Engl J Med", 2023, "2411-2421")
    assert "Stroke Vasc Neurol" not in second.raw


def test_after_a_page_number_alone_too() -> None:
    text = BODY + FIRST + SECOND_AUTHORS + "\nPage 4 of 11\n\n" + SECOND_REST + THIRD
    second = references(text)[1]
    assert (second.journal, second.year) == ("N Engl J Med", 2023)


def test_the_entries_around_the_break_are_whole() -> None:
    read = references(BODY + FIRST + SECOND_AUTHORS + FOOT + SECOND_REST + THIRD)
    assert [entry.number for entry in read] == [1, 2, 3]
    assert read[2].journal == "Lancet"


def test_the_foot_between_two_whole_entries_joins_neither() -> None:
    # The entry above is whole: the paragraphs after it are the page's, not its.
    read = references(BODY + FIRST + FOOT + SECOND_AUTHORS.rstrip("\n") + " " + SECOND_REST + THIRD)
    assert read[0].raw.endswith("2011;365(11):981-992.")
    assert "Stroke Vasc Neurol" not in read[1].raw


def test_a_paragraph_without_a_year_joins_no_entry() -> None:
    note = "\nPage 4 of 11\n\nContinued on the next page\n\n"
    second = references(BODY + FIRST + SECOND_AUTHORS + note + THIRD)[1]
    assert "Continued" not in second.raw
