"""An article's own citation on its first page ("Citation: ...") is no claim (user29b P1-8)."""

from __future__ import annotations

import pytest

from citelint.read import read_text

LIST = (
    "\n\nReferences\n\n1. Hammond J, Leister-Tebbe H. Oral Nirmatrelvir for High-Risk, "
    "Nonhospitalized Adults with Covid-19. N Engl J Med. 2022;386(15):1397-408.\n"
    "2. Singer M, Deutschman CS. The Third International Consensus Definitions for Sepsis and "
    "Septic Shock (Sepsis-3). JAMA. 2016;315(8):801-10.\n"
)
# Superscripts flattened as a PDF viewer copies them: digits glued to the words they follow.
BODY = (
    "Nirmatrelvir started within 3 days of symptoms cut\nprogression to severe disease by 89%1. "
    "Sepsis is now defined\nas organ dysfunction caused by a dysregulated host\nresponse to "
    "infection2."
)


@pytest.mark.parametrize(
    "label",
    ["Citation:", "Cite this article:", "How to cite this article:", "To cite this article:"],
)
def test_the_own_citation_block_gives_no_claim(label: str) -> None:
    page = (
        f"{label} Kowalczyk A, Medina J. J Clin Med 2023, 12, 4411.\n"
        "https://doi.org/10.3390/jcm12134411\n\n" + BODY + LIST
    )
    document = read_text(page, "article.txt", "txt")
    assert [m.numbers for claim in document.claims for m in claim.markers] == [[1], [2]]
    assert not any("Kowalczyk" in claim.text for claim in document.claims)
    assert document.inline == []


def test_a_sentence_about_citations_is_still_read() -> None:
    page = "Citation of trials matters. " + BODY + LIST
    document = read_text(page, "article.txt", "txt")
    assert [m.numbers for claim in document.claims for m in claim.markers] == [[1], [2]]


def test_a_citation_box_wrapped_after_an_initial_is_skipped_whole() -> None:
    # review29c P1-3: MDPI's box in PDF text wraps after "Medina," and "J."; the journal line
    # came back as a claim ("2023, 12, 441." citing 1).
    page = (
        "Citation: Kowalczyk, A.; Medina,\nJ. Sodium-glucose cotransporter 2 inhibitors. J Clin "
        "Med\n2023, 12, 4411.\nhttps://doi.org/10.3390/jcm12134411\n\n" + BODY + LIST
    )
    document = read_text(page, "article.txt", "txt")
    assert [m.numbers for claim in document.claims for m in claim.markers] == [[1], [2]]
    assert document.inline == []


def test_a_cite_button_alone_takes_no_line_after_it() -> None:
    # Nature's page copied: "Cite this article" is a button above the metrics and the body,
    # whose first cited sentence was lost with it (its citations then "never cited").
    page = "Cite this article\n2150 Accesses\nMetrics details\nIntroduction\n" + BODY + LIST
    document = read_text(page, "article.txt", "txt")
    assert [m.numbers for claim in document.claims for m in claim.markers] == [[1], [2]]
