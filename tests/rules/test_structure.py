"""Structural rules CL101-CL107 on articles in every format, and on the real example page
(CL107's own cases: test_no_reference_list.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.read import read_path, read_text
from citelint.rules.base import Rule
from citelint.rules.structure import STRUCTURE_RULES

REPO = Path(__file__).resolve().parents[2]
ARTICLES = REPO / "fixtures" / "articles"
SHARED_EXAMPLES = REPO / ".." / "shared" / "examples"
CODES = [rule.code for rule in STRUCTURE_RULES]
FORMATS = ["txt", "md", "html"]


def structural(document_path: Path) -> list[Finding]:
    document = read_path(document_path)
    return lint_documents([document], Config(select=["CL1"]), resolver=None).findings


def lint_text(text: str, input_format: str = "md") -> list[Finding]:
    document = read_text(text, f"article.{input_format}", input_format)
    return lint_documents([document], Config(select=["CL1"]), resolver=None).findings


def test_every_structural_rule_is_registered() -> None:
    assert CODES == ["CL101", "CL102", "CL103", "CL104", "CL105", "CL106", "CL107"]


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("input_format", FORMATS)
def test_failing_article_raises_exactly_its_rule(input_format: str, code: str) -> None:
    findings = structural(ARTICLES / input_format / f"{code}.{input_format}")
    assert [finding.code for finding in findings] == [code]


@pytest.mark.parametrize(
    "path", sorted(ARTICLES.glob("*/clean*.*")), ids=lambda path: f"{path.parent.name}/{path.name}"
)
def test_passing_articles_raise_nothing(path: Path) -> None:
    assert structural(path) == []


def test_passing_articles_exist_in_every_format() -> None:
    assert {path.parent.name for path in ARTICLES.glob("*/clean.*")} == set(FORMATS)


@pytest.mark.parametrize(
    ("name", "line", "column", "message"),
    [
        (
            "md/CL101.md",
            5,
            190,
            "citation [4] has no entry in the reference list (the list has 3 entries)",
        ),
        ("txt/CL101.txt", 18, 93, "citation [4] has no entry in the reference list"),
        ("html/CL101.html", 15, 37, "citation [4] has no entry in the reference list"),
        ("md/CL102.md", 17, 1, "reference 4 is never cited in the text"),
        ("html/CL103.html", 29, 5, "the reference list jumps from 2 to 4: 3 is missing"),
        ("txt/CL104.txt", 10, 134, "citation [2] is the first citation of reference 2, but "),
        ("txt/CL105.txt", 36, 1, "reference 3 is the same work as reference 1 (same title)"),
        ("html/CL105.html", 27, 5, "reference 2 is the same work as reference 1 (same PMID"),
        ("md/CL106.md", 7, 94, "citation marker '[3-2]' cannot be read: the range 3-2 runs"),
        ("html/CL107.html", 12, 55, "citations appear but no reference list was found"),
    ],
)
def test_findings_point_at_the_problem(name: str, line: int, column: int, message: str) -> None:
    [finding] = structural(ARTICLES / name)
    assert (finding.line, finding.column) == (line, column)
    assert finding.message.startswith(message)


def test_real_example_reports_citations_4_and_5_and_nothing_else() -> None:
    page = SHARED_EXAMPLES / "ai-answer-spinal-stenosis.txt"
    if not page.is_file():
        pytest.skip("the shared example pages are not next to this checkout")
    lines = page.read_text(encoding="utf-8").splitlines()
    findings = structural(page)
    assert [(f.code, f.citation) for f in findings] == [
        ("CL101", 4),
        ("CL101", 4),
        ("CL101", 5),
    ]
    surgical, fusion, education = (f.line for f in findings)
    assert "Surgical decompression alone" in lines[surgical - 1]
    assert "The addition of fusion" in lines[fusion - 1]
    assert "Initial treatment should focus" in lines[education - 1]
    for finding in findings:
        assert lines[finding.line - 1][finding.column - 1 :] == str(finding.citation)
        assert finding.message == (
            f"citation [{finding.citation}] has no entry in the reference list "
            "(the list has 3 entries)"
        )


def test_bundled_example_yields_missing_references() -> None:
    findings = structural(REPO / "fixtures" / "examples" / "answer-page.txt")
    assert {f.code for f in findings} == {"CL101"}
    assert sorted({f.citation for f in findings}) == [4, 5]


class TestMissingReference:
    def test_one_finding_per_missing_number_of_a_range(self) -> None:
        findings = lint_text("Claim [1-4].\n\n## References\n\n1. A. T. J. 2010;1:1.\n2. B\n")
        assert [(f.code, f.citation) for f in findings if f.code == "CL101"] == [
            ("CL101", 3),
            ("CL101", 4),
        ]

    def test_a_long_run_past_the_list_is_one_finding(self) -> None:
        # "[1-50]" of a two-entry list: one finding for 3-50, not 48 (new-user trial).
        text = "Claim [1-50]. Other [1, 3, 4].\n\n## References\n\n1. A. T. J. 2010;1:1.\n2. B\n"
        findings = [f for f in lint_text(text) if f.code == "CL101"]
        assert [(f.column, f.citation) for f in findings] == [(7, 3), (21, 3), (21, 4)]
        assert findings[0].message == (
            "citations [3] to [50] have no entries in the reference list (the list has 2 entries)"
        )
        assert findings[1].message.startswith("citation [3] has no entry in the reference list")

    def test_not_reported_when_there_is_no_list(self) -> None:
        assert [f.code for f in lint_text("Claim [1]. Other [4].\n")] == ["CL107"]


class TestUnusedReference:
    def test_an_article_without_citations_has_no_unused_entries(self) -> None:
        text = "No numbered citations here.\n\n## References\n\n1. Smith J. T. J. 2010;1:1.\n"
        assert lint_text(text) == []


class TestNumberingGap:
    def test_repeated_number(self) -> None:
        text = "Claim [1, 2].\n\n## References\n\n1. A. T. J. 2010.\n2. B. U. J. 2011.\n2. C.\n"
        [finding] = lint_text(text)
        assert finding.code == "CL103"
        assert finding.message == (
            "reference number 2 is used twice (first at line 6); citations of 2 are read as that "
            "entry's"
        )
        assert finding.line == 7

    def test_list_that_does_not_start_at_one(self) -> None:
        text = "Claim [2].\n\n## References\n\n2. A. Title. J. 2010.\n"
        assert [f.message for f in lint_text(text)] == [
            "the reference list starts at 2: 1 is missing"
        ]

    def test_unnumbered_lists_cannot_gap(self) -> None:
        text = "Claim. 1\n\nReferences\n\nFirst title.\n\nJournal, 2010\n"
        assert lint_text(text, "txt") == []


class TestCitationOrder:
    def test_uncited_entries_do_not_count_against_order(self) -> None:
        text = "A [1]. B [3].\n\n## References\n\n1. A.\n2. B.\n3. C.\n"
        assert [f.code for f in lint_text(text)] == ["CL102"]

    def test_only_the_first_out_of_order_citation_is_reported(self) -> None:
        text = "A [3]. B [2]. C [1].\n\n## References\n\n1. A.\n2. B.\n3. C.\n"
        [finding] = lint_text(text)
        assert (finding.code, finding.citation, finding.column) == ("CL104", 3, 3)


class TestDuplicateReference:
    def test_same_doi_in_different_case(self) -> None:
        text = (
            "A [1]. B [2].\n\n## References\n\n1. Smith J. One. J. 2010. doi:10.1000/ABC\n"
            "2. Smith J. Two. J. 2010. https://doi.org/10.1000/abc\n"
        )
        [finding] = lint_text(text)
        assert (
            finding.message == "reference 2 is the same work as reference 1 (same DOI 10.1000/abc)"
        )

    def test_same_title_with_different_pmids_is_two_papers(self) -> None:
        text = (
            "A [1]. B [2].\n\n## References\n\n"
            "1. Smith J. Exercise for lumbar stenosis. Spine. 2010;1:1. PMID: 111\n"
            "2. Doe A. Exercise for lumbar stenosis. Spine. 2012;3:5. PMID: 222\n"
        )
        assert lint_text(text) == []

    def test_short_generic_titles_are_not_compared(self) -> None:
        text = (
            "A [1]. B [2].\n\n## References\n\n1. Smith J. Introduction.\n2. Doe A. Introduction.\n"
        )
        assert lint_text(text) == []


class TestMalformedCitation:
    @pytest.mark.parametrize("marker", ["[1,,2]", "[1-]", "[3-1]", "<sup>2–1</sup>"])
    def test_unreadable_markers(self, marker: str) -> None:
        text = f"Claim {marker}.\n\n## References\n\n1. A.\n2. B.\n3. C.\n"
        codes = [f.code for f in lint_text(text)]
        assert "CL106" in codes and "CL101" not in codes


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A review in two parts, numbered in roman numerals or letters (hunt12): no duplicate.
        ("in the emergency department: part I", "in the emergency department: part II"),
        ("in adults, part A", "in adults, part B"),
        ("and type I interferon signalling", "and type II interferon signalling"),
    ],
)
def test_titles_that_differ_in_a_roman_numeral_or_part_are_different_works(
    first: str, second: str
) -> None:
    text = (
        "A [1]. B [2].\n\n## References\n\n"
        f"1. Okafor N, Tran HL. Sepsis management {first}. Emerg Med J. 2019;36(4):201-7.\n"
        f"2. Okafor N, Tran HL. Sepsis management {second}. Emerg Med J. 2019;36(5):265-71.\n"
    )
    assert lint_text(text) == []


def test_the_same_part_listed_twice_is_still_a_duplicate() -> None:
    text = (
        "A [1]. B [2].\n\n## References\n\n"
        "1. Okafor N, Tran HL. Sepsis management in the emergency department: part II. "
        "Emerg Med J. 2019;36(5):265-71.\n"
        "2. Okafor N, Tran H. Sepsis management in the emergency department, part II. "
        "Emerg Med J. 2019;36:265-271.\n"
    )
    assert [finding.code for finding in lint_text(text)] == ["CL105"]


def test_one_paper_cited_with_its_full_names_in_two_orders_is_a_duplicate() -> None:
    """User23 P2 4: full names read into the title made two titles of one paper; offline,
    with no PMID to join them, the copies were no duplicate."""
    title = "Tenecteplase for minor stroke with large vessel occlusion: a randomised trial"
    text = (
        "A [1]. B [2].\n\n## References\n\n"
        f"1. Li Xiaoming, Chen Huimin, Zhou Jianguo, et al. {title}. Stroke. 2023;54(3):712-21.\n"
        f"2. Xiaoming Li, Huimin Chen, Jianguo Zhou, et al. {title}. Stroke 2023; 54: 712-721.\n"
    )
    assert [finding.code for finding in lint_text(text)] == ["CL105"]


@pytest.mark.parametrize("rule", STRUCTURE_RULES, ids=lambda rule: rule.code)
def test_catalogue_examples(rule: object) -> None:
    bad = [f.code for f in lint_text(rule.bad_example)]  # type: ignore[attr-defined]
    good = [f.code for f in lint_text(rule.good_example)]  # type: ignore[attr-defined]
    assert rule.code in bad  # type: ignore[attr-defined]
    assert good == []


def test_titles_that_differ_in_a_number_are_different_works() -> None:
    text = (
        "A [1]. B [2].\n\n## References\n\n"
        "1. Smith J. Insulin pumps in type 1 diabetes in adults. Diabetes. 2010;1:1.\n"
        "2. Smith J. Insulin pumps in type 2 diabetes in adults. Diabetes. 2010;1:1.\n"
    )
    assert lint_text(text) == []


@pytest.mark.parametrize("rule", STRUCTURE_RULES, ids=lambda rule: rule.code)
def test_summaries_are_sentences_like_the_other_rules(rule: Rule) -> None:
    assert rule.summary[0].isupper()
    assert rule.summary.endswith(".")


def test_the_markers_in_order_are_sorted_once_for_every_numbering_rule() -> None:
    from citelint.models import Claim, Document, Marker
    from citelint.rules.base import CheckContext

    late = Marker([2], 9, 1, "[2]")
    early, beside = Marker([1], 3, 40, "[1]"), Marker([3], 3, 7, "[3]")
    claims = [Claim("b", 9, 1, [late]), Claim("a", 3, 1, [early, beside])]
    context = CheckContext(Document("a.md", "md", "", claims, []))
    assert context.markers == [beside, early, late]
    assert context.markers is context.markers  # made once, for all the rules that read it


def test_pandoc_keys_missing_from_the_bibliography_are_told_one_by_one(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text("@article{x, title={Statins}, year={2015}}\n")
    paper = tmp_path / "paper.md"
    paper.write_text("---\nbibliography: refs.bib\n---\n\nStatins help [@x; @a; @b; @c].\n")
    findings = [f for f in structural(paper) if f.code == "CL101"]
    assert [f.message.split(" has ")[0] for f in findings] == [
        "citation [@a]",
        "citation [@b]",
        "citation [@c]",
    ]


@pytest.mark.parametrize("unused", [False, True])
def test_cl101_counts_every_work_of_a_pandoc_bibliography(tmp_path: Path, unused: bool) -> None:
    # Only @x is cited, so only it is an entry unless unused-bibliography is set; the message
    # counts the bibliography the author wrote, two works, either way.
    (tmp_path / "refs.bib").write_text(
        "@article{x, title={Statins}, year={2015}}\n@article{y, title={Aspirin}, year={2016}}\n"
    )
    paper = tmp_path / "paper.md"
    paper.write_text("---\nbibliography: refs.bib\n---\n\nStatins help [@x; @nobody2021].\n")
    document = read_path(paper, unused_bibliography=unused)
    findings = lint_documents([document], Config(select=["CL101"]), resolver=None).findings
    assert [f.message for f in findings] == [
        "citation [@nobody2021] has no entry in the reference list (the bibliography has 2 entries)"
    ]
    # A work cited by its identifier (Manubot's @pmid:) is in the generated list too.
    paper.write_text(paper.read_text().replace("[@x;", "[@x; @pmid:39990001;"))
    document = read_path(paper, unused_bibliography=unused)
    findings = lint_documents([document], Config(select=["CL101"]), resolver=None).findings
    assert [f.message.split("(")[1] for f in findings] == ["the bibliography has 3 entries)"]


_SAME = (
    "Armitage J, Baigent C, Barnes E, et al. Efficacy and safety of statin therapy in older"
    " people: a meta-analysis. Lancet. 2019;393(10170):407-15."
)
_OTHER = (
    "Cannon CP, Blazing MA, Giugliano RP, et al. Ezetimibe added to statin therapy after"
    " acute coronary syndromes. N Engl J Med. 2015;372(25):2387-97."
)


def test_markdown_notes_a_mark_each_that_repeat_a_source_are_no_duplicate() -> None:
    """word19: a note per mark, as pandoc makes Word's notes, repeats a work cited again."""
    text = (
        "Statins help older people.[^1] Ezetimibe adds a little.[^2] The gain holds past 75.[^3]"
        f"\n\n[^1]: {_SAME}\n[^2]: {_OTHER}\n[^3]: {_SAME}\n"
    )
    assert [f.code for f in lint_text(text)] == []


def test_a_repeated_note_cited_again_elsewhere_is_still_a_duplicate() -> None:
    # "[^1]" cited twice: the writer reuses notes, so a second note on the work is a slip.
    text = (
        "Statins help older people.[^1] Ezetimibe adds a little.[^2] The gain holds.[^1] And"
        f" past 75.[^3]\n\n[^1]: {_SAME}\n[^2]: {_OTHER}\n[^3]: {_SAME}\n"
    )
    assert [(f.code, f.line) for f in lint_text(text)] == [("CL105", 5)]
    numbered = f"Statins help [1]. Ezetimibe [2]. Again [3].\n\n## References\n\n1. {_SAME}\n"
    numbered += f"2. {_OTHER}\n3. {_SAME}\n"
    assert [f.code for f in lint_text(numbered)] == ["CL105"]


def test_markdown_footnotes_are_numbered_by_the_page_not_their_labels() -> None:
    """user22 P2: a deleted footnote left "[^1], [^2], [^4]"; pandoc and GitHub show them as
    1, 2, 3 in the order first cited, so neither the gap nor the order is a reader's (CL103,
    CL104). A footnote cited but never defined still is (CL101)."""
    definitions = (
        "[^1]: Smith J. Statins in the old. BMJ. 2020;368:m100.\n"
        "[^2]: Doe A. Aspirin in the old. BMJ. 2021;372:m200.\n"
        "[^4]: Roe B. Beta blockers in the old. BMJ. 2022;376:m300.\n"
    )
    gap = "Statins help.[^1] Aspirin too.[^2] Beta blockers.[^4]\n\n" + definitions
    assert lint_text(gap) == []
    reordered = "Beta blockers.[^4] Statins help.[^1] Aspirin too.[^2]\n\n" + definitions
    assert lint_text(reordered) == []
    undefined = "Statins help.[^1] Aspirin too.[^2] Beta blockers.[^5]\n\n" + definitions
    assert [f.code for f in lint_text(undefined)] == ["CL101", "CL102"]
    # A numbered list cited by "[n]" keeps its numbering checked.
    listed = "Statins help [1]. Aspirin too [2]. Beta blockers [4].\n\n## References\n\n"
    listed += definitions.replace("[^", "").replace("]:", ".")
    assert [f.code for f in lint_text(listed)] == ["CL103"]


def test_a_retracted_paper_and_its_retraction_notice_are_two_entries() -> None:
    """user23 P1-3: a review of retracted papers cites the paper and the Lancet's notice,
    "Retraction-" and the paper's title; CL105 called them the same work."""
    title = (
        "Colchicine with or without corticosteroids for hospitalised patients with severe "
        "influenza: a multinational registry analysis"
    )
    text = (
        "A [1]. B [2].\n\n## References\n\n"
        # Cited as it first came out online, by its publisher's item number, with no pages.
        f"1. Hallworth SR, Deshmukh A, Ruiz PN. {title}. Lancet. 2021 Mar 5:"
        "S0140-6736(21)00123-4.\n"
        f"2. Hallworth SR, Deshmukh A, Ruiz PN. Retraction-{title}. Lancet. "
        "2021;397(10290):2150.\n"
    )
    assert lint_text(text) == []
