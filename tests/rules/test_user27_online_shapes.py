"""False alarms and a miss of the new-user trial user27, checked against a fake PubMed serving
real records (conftest): classic statistics papers in journals PubMed does not index (P1-9),
LWW's "Cite" text (P1-8), a PMCID naming another paper (P2-2) and a first author led by a
lower-case particle (P2-3). Each keeps its trap: a made-up paper in an indexed journal is
still "possibly fabricated", a DOI of another paper is still CL204."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.models import Finding
from citelint.read import read_text

# PubMed's record 39626064, as journals.lww.com's "Cite" box prints it: family name first with
# degrees and affiliation marks, or given names first; "p" before the pages, month and year.
LWW_TAIL = (
    "ACG Clinical Guideline: Treatment of Helicobacter pylori Infection. The American Journal "
    "of Gastroenterology 119(9):p 1730-1753, September 2024. | DOI: "
)
LWW_FAMILY_FIRST = (
    "Chey, William D. MD, MACG1; Howden, Colin W. MD, FACG2; Moss, Steven F. MD, FACG3; "
    "Morgan, Douglas R. MD, MPH, FACG4; Greer, Katarina B. MD, MS, FACG5; Grover, Shilpa MD, "
    "MPH, FACG6; Shah, Shailja C. MD, MS, FACG7. "
)
LWW_GIVEN_FIRST = (
    "William D. Chey, Colin W. Howden, Steven F. Moss, Douglas R. Morgan, Katarina B. Greer, "
    "Shilpa Grover, Shailja C. Shah. "
)
RIGHT_DOI = "10.14309/ajg.0000000000002968"


def check(server: FakeEutils, *entries: str) -> list[Finding]:
    listed = "".join(f"{number}. {entry}\n" for number, entry in enumerate(entries, 1))
    cited = ", ".join(str(number) for number in range(1, len(entries) + 1))
    text = f"Methods and results were as described before [{cited}].\n\nReferences\n{listed}"
    document = read_text(text, "methods.txt", "txt")
    return lint_online(server, document, ["CL2"])


@pytest.mark.parametrize(
    "entry",
    [
        "Kaplan EL, Meier P. Nonparametric estimation from incomplete observations. "
        "J Am Stat Assoc. 1958;53(282):457-81.",
        "Cohen J. A coefficient of agreement for nominal scales. Educ Psychol Meas. "
        "1960;20(1):37-46.",
        # With its DOI, which PubMed lacks: its citation is asked too.
        "Kaplan EL, Meier P. Nonparametric estimation from incomplete observations. "
        "J Am Stat Assoc. 1958;53(282):457-81. doi:10.1080/01621459.1958.10501452",
    ],
)
def test_a_paper_in_a_journal_pubmed_does_not_index_is_not_fabricated(
    pubmed: FakeEutils, entry: str
) -> None:
    [found] = check(pubmed, entry)
    assert found.code == "CL207"
    assert "names a journal PubMed does not index by the name it gives" in found.message
    assert "fabricated" not in found.message


@pytest.mark.parametrize(
    "citation",
    [
        "Am J Gastroenterol. 2024;119(9):1801-9.",
        "Am J Gastroenterol. 2024;119(9):1801-9. doi:10.14309/ajg.0000000000009999",
    ],
)
def test_a_made_up_paper_in_an_indexed_journal_is_still_fabricated(
    pubmed: FakeEutils, citation: str
) -> None:
    entry = f"Okonkwo PL, Varga ST. Bismuth quadruple therapy cures every infection. {citation}"
    [found] = check(pubmed, entry)
    assert found.code == "CL201"
    assert "possibly fabricated" in found.message


@pytest.mark.parametrize("byline", [LWW_FAMILY_FIRST, LWW_GIVEN_FIRST])
def test_lww_cite_text_with_its_own_doi_has_no_finding(pubmed: FakeEutils, byline: str) -> None:
    assert check(pubmed, byline + LWW_TAIL + RIGHT_DOI) == []


def test_lww_cite_text_with_another_papers_doi_is_still_cl204(pubmed: FakeEutils) -> None:
    [found] = check(pubmed, LWW_FAMILY_FIRST + LWW_TAIL + "10.1093/cid/ciac769")
    assert found.code == "CL204"
    assert found.pmid == "36156117"


def test_a_made_up_title_after_a_real_byline_is_still_cl204(pubmed: FakeEutils) -> None:
    tail = LWW_TAIL.replace("Treatment of Helicobacter pylori Infection", "Diet and reflux")
    [found] = check(pubmed, LWW_FAMILY_FIRST + tail + RIGHT_DOI)
    assert found.code == "CL204"


def test_a_pmcid_naming_another_paper_is_named_in_cl204(pubmed: FakeEutils) -> None:
    entry = (
        "Waters CM. Public health nursing's impact on strengthening community resilience. "
        "Am J Public Health. 2022;112(Suppl 3):S224-5. PMCID: PMC9619446."
    )
    [found] = check(pubmed, entry)
    assert found.code == "CL204"
    assert "PMCID PMC9619446 is PMID 36156117" in found.message
    assert "None" not in found.message


SPINE = (
    "Remineralization rate of lytic lesions of the spine in multiple myeloma patients "
    "undergoing radiation therapy. Global Spine J. 2025;15(3):1712-1724."
)


def test_a_first_author_led_by_te_is_compared(pubmed: FakeEutils) -> None:
    [found] = check(pubmed, f"te Velde JP, Zijlstra H, Striano BM, et al. {SPINE}")
    assert found.code == "CL203"
    assert "first author 'te Velde JP' in the entry, 'Zijlstra H' in PubMed" in found.message


def test_te_velde_in_the_right_place_has_no_finding(pubmed: FakeEutils) -> None:
    assert check(pubmed, f"Zijlstra H, te Velde JP, Striano BM, et al. {SPINE}") == []
