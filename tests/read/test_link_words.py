"""Identifiers in running text: which words name a PMID."""

from __future__ import annotations

import pytest

from citelint.read import read_text


def pmids(text: str) -> list[str]:
    return [c.identifier for c in read_text(text, "a.md", "md").inline]


@pytest.mark.parametrize(
    "text",
    [
        "Records identified: PubMed: 12453, Embase: 15432, CENTRAL: 2310.\n",
        "Records identified: PubMed: 1245312, Embase: 1543210, Scopus: 2310.\n",
        "We found PubMed 31535829 records, Web of Science = 4410 and CINAHL (n = 95).\n",
        "Hits per database were PubMed: 98213.\n",
    ],
)
def test_a_search_count_after_pubmed_is_no_pmid(text: str) -> None:
    # "PubMed: 12453" in a PRISMA count was looked up and reported as a fabricated PMID,
    # a CL201 error (review22b P1-5).
    assert pmids(text) == []


@pytest.mark.parametrize(
    "text", ["Finerenone slowed kidney decline (PubMed: 33264825).\n", "See PubMed 33264825.\n"]
)
def test_pubmed_before_a_pmid_still_names_it(text: str) -> None:
    assert pmids(text) == ["33264825"]
