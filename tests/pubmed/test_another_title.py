"""A real paper's citation under a title that is not the paper's (review23b P3-1, P3-2): its
first author, journal, year, volume and first page name one record, so CL203 says that paper
has another title, rather than CL201's "no record matches" or a silent match on likeness
("preserved" for "reduced" ejection fraction). An entry nothing identifies stays CL201."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.models import Finding
from citelint.pubmed.defining_words import contradicts
from citelint.read import read_text

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "another_title"
TITLE = "Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction"
CITATION = "N Engl J Med. 2019;381(21):1995-2008."
AUTHORS = "Marchetti-Hale JJV, Okafor SD, Lindqvist A, et al."


@pytest.fixture
def pubmed() -> Iterator[FakeEutils]:
    with FakeEutils(records_dir=None) as server:
        server.add_articles((FIXTURE / "pubmed_another_title.xml").read_bytes())
        yield server


def check(server: FakeEutils, title: str, citation: str = CITATION) -> list[Finding]:
    page = (
        "# SGLT2 inhibitors in heart failure\n\n"
        "Dapagliflozin lowered worsening heart failure or cardiovascular death [1].\n\n"
        f"## References\n\n1. {AUTHORS} {title}. {citation}\n"
    )
    document = read_text(page, "review.md", "md")
    return lint_online(server, document, ["CL2"])


def test_the_papers_own_title_has_no_finding(pubmed: FakeEutils) -> None:
    assert check(pubmed, TITLE) == []
    assert check(pubmed, "Dapagliflozin in heart failure with reduced ejection fraction") == []


@pytest.mark.parametrize(
    "title",
    [
        # Made up on the real citation (review23b P3-1).
        "Dapagliflozin and progression of kidney disease in patients with heart failure and "
        "type 2 diabetes",
        # Another population, one word apart (P3-2), or by its abbreviation.
        "Dapagliflozin in heart failure with preserved ejection fraction",
        "Dapagliflozin in patients with HFpEF",
        # Another drug of the class.
        "Empagliflozin in Patients with Heart Failure and Reduced Ejection Fraction",
    ],
)
def test_another_title_on_the_papers_citation_is_named(pubmed: FakeEutils, title: str) -> None:
    [found] = check(pubmed, title)
    assert found.code == "CL203"
    assert f"this citation's paper has another title: '{TITLE}'" in found.message
    assert found.pmid == "39990301"


def test_a_made_up_title_that_nothing_identifies_stays_not_found(pubmed: FakeEutils) -> None:
    """Another first page: no record has the citation, and the title is none PubMed has."""
    title = "Dapagliflozin in heart failure with preserved ejection fraction"
    [found] = check(pubmed, title, CITATION.replace("1995-2008", "1089-98"))
    assert found.code == "CL201"


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("Dapagliflozin in heart failure with preserved ejection fraction", TITLE),
        ("Sacubitril-valsartan in HFpEF", "Sacubitril-valsartan in HFrEF"),
        ("Insulin pumps in type 1 diabetes", "Insulin pumps in type 2 diabetes"),
        ("Apixaban in acute pulmonary embolism", "Rivaroxaban in acute pulmonary embolism"),
    ],
)
def test_titles_naming_another_population_or_drug_contradict(ours: str, theirs: str) -> None:
    assert contradicts(ours, theirs)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        # A title naming both sides contradicts neither.
        (
            "Dapagliflozin in heart failure with preserved ejection fraction",
            "Dapagliflozin in Heart Failure with Mildly Reduced or Preserved Ejection Fraction",
        ),
        # A slip in spelling the drug is no other drug.
        ("Dapaglifozin in heart failure", "Dapagliflozin in heart failure"),
        ("Rivaroxaban versus aspirin", "Rivaroxaban versus aspirin in atrial fibrillation"),
    ],
)
def test_titles_without_another_side_do_not_contradict(ours: str, theirs: str) -> None:
    assert not contradicts(ours, theirs)


CHINESE = (
    "中华老年心脏病学会心律失常学组. 老年心房颤动管理中国专家共识[J]. 中华心血管病杂志, 2020, "
    "48(7): {pages}. DOI: {doi}."
)


def resolve_text(server: FakeEutils, text: str):
    page = f"# 综述\n\n老年患者的抗凝治疗[1]。\n\n## References\n\n1. {text}\n"
    document = read_text(page, "zh.md", "md")
    findings = lint_online(server, document, ["CL2"])
    return [(found.code, found.message) for found in findings]


def test_a_chinese_title_with_its_right_doi_is_its_paper(pubmed: FakeEutils) -> None:
    """user24 odd/zh_gb2312.html: the DOI names the record, whose title PubMed gives in
    English translation; no word of the Chinese title can be compared, and CL204 said the
    DOI names "not the paper the entry's title names"."""
    text = CHINESE.format(pages="552-571", doi="10.5555/cjc.2020.07.002")
    assert resolve_text(pubmed, text) == []


def test_a_chinese_title_with_a_doi_of_another_locus_is_still_another_paper(
    pubmed: FakeEutils,
) -> None:
    text = CHINESE.format(pages="1102-9", doi="10.5555/cjc.2020.07.002")
    assert [code for code, _ in resolve_text(pubmed, text)] == ["CL204"]
