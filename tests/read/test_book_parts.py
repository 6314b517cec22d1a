"""A chapter's title read without the book it is in (citelint.read.book_parts)."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.identifiers import MAYBE_NOT_INDEXED, NOT_INDEXED, entry_kind

BOOKSHELF = "In: StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing; 2025 Jan-."


@pytest.mark.parametrize(
    "text",
    [
        # NLM's, with the chapter's last update after the book (user23).
        f"Rahman F, Okonkwo D. Hyperkalemia in the emergency department. {BOOKSHELF} "
        "Updated 2024 Mar 2.",
        f"Rahman F, Okonkwo D. Hyperkalemia in the emergency department. {BOOKSHELF}",
        # The Bookshelf's own "Cite this" text, the update in brackets before the book.
        "Rahman F, Okonkwo D. Hyperkalemia in the Emergency Department. [Updated 2024 Mar 2]. "
        f"{BOOKSHELF} Available from: https://www.ncbi.nlm.nih.gov/books/NBK612345/",
        # AMA's.
        "Rahman F, Okonkwo D. Hyperkalemia in the emergency department. In: StatPearls. "
        "StatPearls Publishing; 2025. Updated March 2, 2024. Accessed May 5, 2025. "
        "https://www.ncbi.nlm.nih.gov/books/NBK612345/",
    ],
)
def test_a_statpearls_chapter_is_its_title_in_the_book(text: str) -> None:
    entry = parse_entry([text])
    assert entry.authors == ["Rahman F", "Okonkwo D"]
    assert (entry.title or "").lower() == "hyperkalemia in the emergency department"
    assert entry.journal == "StatPearls"
    assert entry_kind(entry) == MAYBE_NOT_INDEXED  # still looked up: PubMed holds them


def test_a_printed_books_chapter_is_its_title_in_the_book_after_its_editors() -> None:
    entry = parse_entry(
        [
            "Haddad N, Marsh K. Acute kidney injury after cardiac surgery. In: Lindqvist P, "
            "Moreau A, eds. Perioperative Nephrology. 3rd ed. Philadelphia: Elsevier; 2021:"
            "211-230."
        ]
    )
    assert entry.title == "Acute kidney injury after cardiac surgery"
    assert entry.journal == "Perioperative Nephrology"
    assert entry_kind(entry) == NOT_INDEXED


def test_a_title_holding_in_with_no_stop_before_it_is_kept() -> None:
    """ "In:" is a book's only after the chapter's full stop: "Drug levels in: children" and
    an article's title are left as read."""
    text = (
        "Ortega L, Baptiste R. Vancomycin dosing in: children and adolescents. "
        "Pediatr Infect Dis J. 2022;41(3):201-7."
    )
    entry = parse_entry([text])
    assert entry.title == "Vancomycin dosing in: children and adolescents"
    assert entry.journal == "Pediatr Infect Dis J"


def test_a_meetings_abstract_printed_in_a_journal_keeps_that_journal() -> None:
    """review24b P1-1: the meeting after "In:" is no source when a journal's volume follows
    it; read as the journal, it differed from PubMed's (a false CL203)."""
    entry = parse_entry(
        [
            "Moreau A, Lindqvist P. Nivolumab after progression in advanced melanoma. In: ASCO "
            "Annual Meeting Proceedings. J Clin Oncol. 2019;37(15 Suppl):9000."
        ]
    )
    assert entry.title == "Nivolumab after progression in advanced melanoma"
    assert entry.journal == "J Clin Oncol"
    assert entry.volume == "37"


@pytest.mark.parametrize(
    ("text", "title", "book"),
    [
        # GeneReviews' own "Cite this": the first posting and update before the book.
        (
            "Okafor H, Brandt L. Fabry Disease. 2002 Aug 5 [Updated 2024 Feb 1]. In: Adam MP, "
            "Feldman J, Mirzaa GM, et al., editors. GeneReviews® [Internet]. Seattle (WA): "
            "University of Washington, Seattle; 1993-2025.",
            "Fabry Disease",
            "GeneReviews®",
        ),
        (
            "Haddad N, Marsh K. Acute kidney injury after cardiac surgery. In: Lindqvist P, "
            "Moreau A (eds). Perioperative Nephrology. Philadelphia: Elsevier; 2021:211-230.",
            "Acute kidney injury after cardiac surgery",
            "Perioperative Nephrology",
        ),
        (
            "Haddad N, Marsh K. Acute kidney injury after cardiac surgery. In: Lindqvist P. ed. "
            "Perioperative Nephrology. Philadelphia: Elsevier; 2021:211-230.",
            "Acute kidney injury after cardiac surgery",
            "Perioperative Nephrology",
        ),
    ],
)
def test_the_books_editors_are_not_its_name(text: str, title: str, book: str) -> None:
    """review24b P2-3: editors after "et al.," or an initial's stop, or in "(eds)", were
    read as the book."""
    entry = parse_entry([text])
    assert (entry.title, entry.journal) == (title, book)


def test_a_chapter_with_no_authors_before_its_update_note_is_its_title() -> None:
    """Review24b: with no authors, the chapter's title was read as a group author and
    "[Updated ...]. In: StatPearls ..." as the title."""
    entry = parse_entry(
        [f"Hyperkalemia in the Emergency Department. [Updated 2024 Mar 2]. {BOOKSHELF}"]
    )
    assert entry.authors == []
    assert entry.title == "Hyperkalemia in the Emergency Department"
    assert entry.journal == "StatPearls"


def test_a_persons_name_before_the_update_note_stays_an_author() -> None:
    entry = parse_entry([f"Rahman F. [Updated 2024 Mar 2]. {BOOKSHELF}"])
    assert entry.authors == ["Rahman F"]
