"""Round 3c asks for a first author's papers a year either side of the entry's, to find a title
with one word PubMed spells otherwise ("Pediatric" for "Paediatric", user27 P1-1). A senior
author has more papers than a page holds (fix27a): the paper may be past it. The page full and
none near the title, the author's papers with any of the title's words are asked for; full
again, the entry is unverified (CL208), never "possibly fabricated" (CL201). A made-up title
by the same author, or by one with few papers, stays CL201."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_eutils import FakeEutils
from online_lint import holding, lint_online

from citelint.read import read_text
from citelint.record import Record

JOURNAL = ("Journal of paediatric emergency care", "J Paediatr Emerg Care")
TOPICS = (
    "Vitamin D status in adolescent athletes",
    "Hand hygiene audits in neonatal units",
    "Asthma action plans at school entry",
    "Screen time and sleep in toddlers",
    "Iron deficiency in infants fed cow milk",
)
TARGET = Record(
    pmid="30000001",  # the oldest: PubMed lists the newest first, so it is past the page
    title="Paediatric sepsis bundles in rural district hospitals.",
    journal=JOURNAL[0],
    journal_abbrev=JOURNAL[1],
    year=2020,
    authors=["Okafor CN", "Bello A"],
    volume="12",
    pages="45-52",
)
CITED = (
    "Okafor CN, Bello A. Pediatric sepsis bundles in rural district hospitals. "
    "J Pediatr Emerg Care. 2020;12(3):45-52."
)


def papers(author: str, count: int, topic_words: str = "") -> list[Record]:
    """``count`` other papers of ``author`` in 2019-2021, newer than TARGET."""
    return [
        Record(
            pmid=str(31000000 + number),
            title=f"{topic_words}{TOPICS[number % len(TOPICS)]}: cohort {number}.",
            journal="Child health reports",
            journal_abbrev="Child Health Rep",
            year=2019 + number % 3,
            authors=[author, "Mensah K"],
            volume=str(number),
            pages=f"{100 + number}-9",
        )
        for number in range(count)
    ]


@pytest.fixture
def prolific() -> Iterator[FakeEutils]:
    with holding([TARGET, *papers("Okafor CN", 45)]) as server:
        yield server


def check(server: FakeEutils, entry: str) -> list[tuple[str, str]]:
    text = f"Bundled care shortened time to antibiotics [1].\n\nReferences\n1. {entry}\n"
    document = read_text(text, "sepsis-review.txt", "txt")
    found = lint_online(server, document, ["CL2"])
    return [(finding.code, finding.message) for finding in found]


def test_the_paper_past_the_page_is_found_by_its_title_words(prolific: FakeEutils) -> None:
    found = check(prolific, CITED)
    assert "CL201" not in [code for code, _ in found]
    terms = [request.params.get("term", "") for request in prolific.requests("esearch.fcgi")]
    assert any("sepsis[ti]" in term and '"Okafor CN"[au]' in term for term in terms)


def test_a_page_full_even_with_the_title_words_is_unverified() -> None:
    # Every other paper shares "sepsis": the narrowed page overflows too.
    with holding([TARGET, *papers("Okafor CN", 45, "Sepsis: ")]) as server:
        [(code, message)] = check(server, CITED)
    assert code == "CL208"
    assert "more than 40 papers around its year" in message
    assert "fabricated" not in message


MADE_UP = (
    "Okafor CN, Bello A. Ketamine abolishes febrile seizures in toddlers. "
    "J Pediatr Emerg Care. 2020;12(3):61-8."
)


def test_a_made_up_title_by_a_prolific_author_stays_fabricated(prolific: FakeEutils) -> None:
    [(code, message)] = check(prolific, MADE_UP)
    assert code == "CL201" and "possibly fabricated" in message


def test_a_made_up_title_by_an_author_with_few_papers_stays_fabricated() -> None:
    with holding([TARGET, *papers("Adeyemi T", 6)]) as server:
        [(code, _)] = check(server, MADE_UP.replace("Okafor CN", "Adeyemi T"))
        terms = [request.params.get("term", "") for request in server.requests("esearch.fcgi")]
    assert code == "CL201"
    assert not any("[au] AND" in term and "[ti] OR" in term for term in terms)  # page not full
