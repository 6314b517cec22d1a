"""Claims in the shapes of a letter to the editor, a review's figure captions and a review's
summary sentence, checked end to end against a fake PubMed holding their invented records
(fixtures/entrez/claim_shapes): a sentence that only names its source, or sums up several
entries that each fit it, gets no CL302/CL303 (user27 P1-4, P1-5, P1-6); a claim written in
the same places that the cited paper does not support is still reported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import holding_set, lint_online

from citelint.read import read_text

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "fixtures" / "pages"
RECORDS = ROOT / "fixtures" / "entrez" / "claim_shapes" / "pubmed_set.xml"
LETTER = "letter-rapid-response-copied.txt"
CAPTIONS = "review-figure-captions-copied.txt"
SUMMARY = "review-summary-sentences.md"


@pytest.fixture(scope="module")
def pubmed() -> Iterator[FakeEutils]:
    with holding_set(RECORDS) as server:
        yield server


def claim_findings(
    server: FakeEutils, name: str, old: str = "", new: str = ""
) -> list[tuple[str, int | None, int]]:
    """(code, citation, line) of the CL3 findings on page ``name``, with ``old`` replaced."""
    path = PAGES / name
    text = path.read_text(encoding="utf-8")
    if old:
        assert old in text
        text = text.replace(old, new, 1)
    document = read_text(text, name, path.suffix[1:])
    found = lint_online(server, document, ["CL2", "CL3"])
    return [(f.code, f.citation, f.line) for f in found]


@pytest.mark.parametrize("name", [LETTER, CAPTIONS, SUMMARY])
def test_right_citations_in_these_shapes_get_no_finding(pubmed: FakeEutils, name: str) -> None:
    assert claim_findings(pubmed, name) == []


def test_a_letters_opening_that_claims_a_finding_is_judged(pubmed: FakeEutils) -> None:
    opening = "We read with interest the review by Marchetti and Osei-Bonsu.1"
    claim = (
        "We read with interest the review by Marchetti and Osei-Bonsu, which showed that "
        "statins lower the risk of recurrent stroke in older adults.1"
    )
    assert ("CL302", 1, 7) in claim_findings(pubmed, LETTER, opening, claim)


def test_a_letters_opening_that_the_paper_contradicts_is_judged(pubmed: FakeEutils) -> None:
    opening = "We read with interest the review by Marchetti and Osei-Bonsu.1"
    claim = (
        "We read with interest the review by Marchetti and Osei-Bonsu, which showed that "
        "prophylactic antibiotics prevent infected necrosis in acute pancreatitis.1"
    )
    assert ("CL306", 1, 7) in claim_findings(pubmed, LETTER, opening, claim)


def test_a_caption_sentence_that_makes_a_claim_is_judged(pubmed: FakeEutils) -> None:
    credit = "Reproduced with permission from Lindgren et al. [2]."
    claim = "Statins lowered the risk of recurrent stroke by a third in older adults [2]."
    assert ("CL302", 2, 11) in claim_findings(pubmed, CAPTIONS, credit, claim)


def test_a_caption_credit_that_goes_on_to_a_finding_is_judged(pubmed: FakeEutils) -> None:
    credit = "Adapted from Marchetti and Osei-Bonsu [1]."
    claim = (
        "Adapted from Marchetti and Osei-Bonsu, who showed that statins lower the risk of "
        "recurrent stroke in older adults [1]."
    )
    assert ("CL302", 1, 6) in claim_findings(pubmed, CAPTIONS, credit, claim)


def test_a_single_misnumbered_citation_is_still_likely_misnumbered(pubmed: FakeEutils) -> None:
    right = "chronic kidney disease (odds ratio 1.62) [5]."
    wrong = "chronic kidney disease (odds ratio 1.62) [2]."
    assert ("CL303", 2, 25) in claim_findings(pubmed, SUMMARY, right, wrong)


def test_an_entry_missing_the_topic_its_co_cited_entries_share_is_never_proposed(
    pubmed: FakeEutils,
) -> None:
    # The cited entries fit this longer summary less well each, but all of them are about
    # depression; the solvent paper shares only its exposures.
    summary = "several different exposures to depression [1, 2, 3]."
    longer = (
        "several different exposures, from night shifts in nurses to organic solvents and "
        "lifetime exposure histories, to depression [1, 2, 3]."
    )
    assert claim_findings(pubmed, SUMMARY, summary, longer) == []
