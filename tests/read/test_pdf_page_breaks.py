"""A PDF's page break inside its reference list, as pdftotext writes it: the foot ("Page 2 of
4", the page's number, the article's DOI), a form feed and the next page's head, then the
next entry or the rest of the broken one. The list goes on (user29b P1-1)."""

from __future__ import annotations

import pytest

from citelint.read import read_text

BODY = (
    "Dexamethasone lowered mortality.1 Dapagliflozin helped.2 Empagliflozin too.3\n"
    "So did finerenone.4\n\nReferences\n\n"
)
ENTRY = {
    1: "1. Horby P, Lim WS, Emberson JR. Dexamethasone in Hospitalized Patients\n"
    "   with Covid-19. N Engl J Med. 2021;384(8):693-704.\n",
    2: "2. McMurray JJV, Solomon SD. Dapagliflozin in Patients with Heart Failure\n"
    "   and Reduced Ejection Fraction. N Engl J Med. 2019;381(21):1995-2008.\n",
    3: "3. Anker SD, Butler J. Empagliflozin in Heart Failure with a Preserved\n"
    "   Ejection Fraction. N Engl J Med. 2021;385(16):1451-61.\n",
    4: "4. Bakris GL, Agarwal R. Effect of Finerenone on Chronic Kidney Disease\n"
    "   Outcomes in Type 2 Diabetes. N Engl J Med. 2020;383(23):2219-29.\n",
}


@pytest.mark.parametrize(
    "foot", ["Page 2 of 4", "7", "https://doi.org/10.3390/jcm12134411", "Page 2 of 4\nReview"]
)
@pytest.mark.parametrize("form_feed", ["\f", ""])
def test_a_page_break_between_two_entries_ends_no_list(foot: str, form_feed: str) -> None:
    head = "J Clin Med 2023;12:4411\n" if foot == "Page 2 of 4" else ""
    page = BODY + ENTRY[1] + ENTRY[2] + f"\n{foot}\n{form_feed}{head}" + ENTRY[3] + ENTRY[4]
    document = read_text(page, "article.txt", "txt")
    assert [reference.number for reference in document.references] == [1, 2, 3, 4]
    assert document.references[2].journal == "N Engl J Med"
    assert document.references[2].year == 2021


def test_a_page_break_inside_an_entry_keeps_its_rest() -> None:
    broken = ENTRY[1].replace("Patients\n", "Patients\n\nPage 1 of 3\n\fReview\n")
    document = read_text(BODY + broken + ENTRY[2] + ENTRY[3] + ENTRY[4], "article.txt", "txt")
    assert [reference.number for reference in document.references] == [1, 2, 3, 4]
    first = document.references[0]
    assert (first.journal, first.year, first.volume) == ("N Engl J Med", 2021, "384")
    assert "Page 1 of 3" not in first.raw


def test_a_page_foot_between_two_lines_of_a_sentence_is_no_part_of_its_claim() -> None:
    # user29b P1-7: copied from a PDF viewer, "Page 1 of 3" gave the claim the numbers 1 and 3.
    page = (
        "Dexamethasone lowered 28-day mortality in patients on oxygen,\n\nPage 1 of 3\n"
        "with or without ventilation.1\n\nReferences\n\n" + ENTRY[1]
    )
    document = read_text(page, "article.txt", "txt")
    assert [claim.text for claim in document.claims if claim.markers] == [
        "with or without ventilation."
    ]
    assert all("Page" not in claim.text for claim in document.claims)
