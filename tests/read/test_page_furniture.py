"""Page numbers of a PDF copied as text are no bare citations (read/page_furniture.py)."""

from __future__ import annotations

from citelint.read import read_text

LIST = "\n\nReferences\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 9)
)
# Some fifteen lines of a page, citing nothing.
FILLER = "Residents were followed in their records until death or the end of follow-up.\n" * 15


def cited(text: str) -> list[list[int]]:
    document = read_text(text + LIST, "a.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def test_page_numbers_counting_up_between_sentences_are_no_citations() -> None:
    text = (
        f"Falls are common in care homes.1,2\n{FILLER}Most residents take many drugs.\n1\n"
        f"Stopping them is rarely studied.3\n{FILLER}Events were fewer after stopping.\n2\n"
        f"The weighted hazard ratio was 0.97.4\n{FILLER}A trial is under way.5\n3\n"
        "References are below."
    )
    assert cited(text) == [[1, 2], [3], [4], [5]]


def test_a_page_number_beside_a_running_head_is_no_citation() -> None:
    head = "Pryce R et al. Age and Ageing 2025;54:afae101\n"
    text = (
        f"{head}Falls are common in care homes.1,2 Drugs add to them.3\n{FILLER}"
        f"Most residents take many drugs.\n7\n{head}Stopping them is rarely studied.4"
    )
    assert cited(text) == [[1, 2], [3], [4]]


def test_citations_an_answer_prints_on_lines_of_their_own_are_still_read() -> None:
    # Counting up as pages do, but a line apart, with a list among them.
    text = (
        "Statins lower LDL cholesterol.\n1\nThey prevent heart attacks.\n2\n"
        "They rarely cause myopathy.\n3\nMost people tolerate them.\n2, 4\nAsk your doctor."
    )
    assert cited(text) == [[1], [2], [3], [2, 4]]


def test_lone_citations_far_apart_on_a_page_that_cites_no_other_way_are_still_read() -> None:
    text = (
        f"Statins lower LDL cholesterol.\n1\n{FILLER}They prevent heart attacks.\n2\n"
        f"{FILLER}They rarely cause myopathy.\n3\nMost people tolerate them."
    )
    assert cited(text) == [[1], [2], [3]]


def test_lone_citations_two_of_them_close_together_are_no_page_numbers() -> None:
    # Counting up a page apart after the first two, but "1" and "2" are two lines apart: no
    # page is that short, so these are citations, and the page's bracket cites too.
    text = (
        f"Statins lower LDL cholesterol.\n1\nThey prevent heart attacks.\n2\n{FILLER}"
        f"They rarely cause myopathy.\n3\n{FILLER}Most people tolerate them.\n4\n{FILLER}"
        "Ask your doctor [5]."
    )
    assert cited(text) == [[1], [2], [3], [4], [5]]


def test_a_short_line_the_page_repeats_is_no_running_head() -> None:
    # "Key points" comes back a page apart, as an answer's section label: the lone numbers
    # beside it are its citations.
    text = (
        f"Statins lower LDL cholesterol.\n1\nKey points\n{FILLER}"
        f"They prevent heart attacks.\n2\nKey points\n{FILLER}Most people tolerate them."
    )
    assert cited(text) == [[1], [2]]


# A running foot with the page's number on its line: first on even pages, last on odd ones.
FOOT = "Castellanos et al. Eur Heart J Open 2024;4:oeae012"
SHORT = "Residents were followed in their records until death.\n" * 6  # a short page's lines


def test_a_folio_before_a_running_foot_after_a_stop_is_no_citation() -> None:
    text = (
        f"Falls are common in care homes.1,2\n{SHORT}{FOOT} 3\nDrugs add to them.3 Most "
        f"residents take many.4\n{SHORT}Squares show 95% confidence intervals.\n4 {FOOT}\n"
        f"Stopping them is rarely studied.5\n{SHORT}{FOOT} 5\nThe end."
    )
    assert cited(text) == [[1, 2], [3], [4], [5]]


def test_a_line_starting_with_a_number_the_page_does_not_repeat_is_still_read() -> None:
    text = (
        f"Falls are common in care homes.1,2\n{SHORT}{FOOT} 3\nDrugs add to them.\n"
        f"3 Most residents take many drugs.\n{SHORT}Stopping them is rarely studied.4\n"
        f"{SHORT}{FOOT} 5\nThe end."
    )
    assert cited(text) == [[1, 2], [3], [4]]
