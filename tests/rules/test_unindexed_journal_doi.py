"""User31a P1-2: a correct paper in a medical journal PubMed does not index (ECitMatch knows it
by no name), cited with its DOI and its whole locus, was CL201 "possibly fabricated", an error,
in every style. PubMed cannot hold such a paper; its DOI is the way to check it, so it is
CL208. Without a DOI, or without its volume and pages, it stays CL201: made-up papers name
made-up medical journals (review27a P1-3)."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.models import Finding
from citelint.read import read_text

TITLE = "Vitamin D status and fall risk among rural dialysis patients: a cross-sectional survey"
DOI = "10.5455/ijmsph.2021.0412318"


def check(server: FakeEutils, entry: str) -> list[Finding]:
    text = f"Low vitamin D went with more falls [1].\n\nReferences\n1. {entry}\n"
    document = read_text(text, "falls.txt", "txt")
    return lint_online(server, document, ["CL2"])


@pytest.mark.parametrize(
    "entry",
    [
        f"Osei KA, Lindgren M. {TITLE}. Int J Med Sci Public Health. 2021;10(6):512-8. doi:{DOI}",
        f"Osei, K. A., & Lindgren, M. (2021). {TITLE}. International Journal of Medical Science "
        f"and Public Health, 10(6), 512-518. https://doi.org/{DOI}",
    ],
    ids=["vancouver", "apa"],
)
def test_a_paper_with_its_doi_in_an_unindexed_medical_journal_is_unverified(
    pubmed: FakeEutils, entry: str
) -> None:
    [found] = check(pubmed, entry)
    assert found.code == "CL208"
    assert "PubMed indexes no journal by the name" in found.message
    assert f"has no record with DOI {DOI}: check the DOI at doi.org" in found.message
    assert "fabricated" not in found.message


@pytest.mark.parametrize(
    "entry",
    [
        f"Osei KA, Lindgren M. {TITLE}. Int J Med Sci Public Health. 2021;10(6):512-8.",
        f"Osei KA, Lindgren M. {TITLE}. Int J Med Sci Public Health. 2021. doi:{DOI}",
    ],
    ids=["no-doi", "no-locus"],
)
def test_without_its_doi_or_locus_it_stays_possibly_fabricated(
    pubmed: FakeEutils, entry: str
) -> None:
    [found] = check(pubmed, entry)
    assert found.code == "CL201"
    assert "possibly fabricated" in found.message


def test_a_made_up_doi_in_an_indexed_journal_stays_possibly_fabricated(
    pubmed: FakeEutils,
) -> None:
    entry = f"Osei KA, Lindgren M. {TITLE}. Am J Gastroenterol. 2021;116(6):512-8. doi:{DOI}"
    [found] = check(pubmed, entry)
    assert found.code == "CL201"
    assert f"PubMed has no record with DOI {DOI}" in found.message
