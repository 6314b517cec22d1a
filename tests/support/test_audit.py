"""The audit model: each claim's citations with status, support, evidence and findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from citelint.commands.pipeline import LintResult, lint_documents
from citelint.config import Config
from citelint.models import (
    Claim,
    Document,
    Finding,
    Marker,
    Reference,
    Resolution,
    Severity,
    Status,
)
from citelint.pubmed.outcomes import StaticResolver
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.read import read_path
from citelint.record import Record
from citelint.support.audit import (
    CONTRADICTED,
    GOOD,
    MISSING,
    UNSUPPORTED,
    UNVERIFIED,
    WEAK,
    AuditNumber,
    build_audit,
    ensure_resolutions,
    progress,
    pubmed_url,
)


@dataclass
class FakeQuantity:
    value: float
    role: str
    raw: str
    # Where a real Quantity stands in the claim; the criteria check reads the words around it.
    start: int = 0
    end: int = 0


@dataclass
class FakeSupport:
    score: float
    evidence: str | None
    evidence_score: float = 0.0
    numbers_found: list[FakeQuantity] = field(default_factory=list)
    numbers_missing: list[FakeQuantity] = field(default_factory=list)
    design_conflict: str | None = None
    mismatches: list[str] = field(default_factory=list)


# Support per entry number of sample(), so each test states plainly what the scorer "said".
SUPPORT = {
    1: FakeSupport(
        0.9,
        "Walking distance rose by 40% after surgery.",
        numbers_found=[FakeQuantity(40.0, "percent", "40%")],
    ),
    2: FakeSupport(0.1, "Cats sleep a great deal."),
    3: FakeSupport(
        0.45,
        "Pain fell from 7.4 to 2.8.",
        numbers_missing=[FakeQuantity(27.0, "duration", "27-month")],
    ),
    8: FakeSupport(0.9, "A retracted but relevant sentence."),
}


def fake_assess(claim_text: str, number: int) -> FakeSupport:
    return SUPPORT[number]


def record(pmid: str, abstract: str = "Some abstract.", **extra: object) -> Record:
    return Record(pmid=pmid, title=f"Title of {pmid}", abstract=abstract, **extra)  # type: ignore[arg-type]


def claim(text: str, line: int, column: int, *numbers: int) -> Claim:
    marker = Marker(list(numbers), line, column + len(text) + 1, f"[{numbers}]")
    return Claim(text, line, column, [marker])


def reference(number: int, line: int, pmid: str | None = None) -> Reference:
    return Reference(
        number, f"{number}. Author A. Paper {number}. J Test. 2020.", line, 1, pmid=pmid
    )


def sample() -> LintResult:
    doc = Document(
        path="article.md",
        format="md",
        text="",
        claims=[
            claim("Surgery improves walking by 40%.", 3, 1, 1, 2),
            claim("Pain fell over 27 months.", 3, 40, 3, 9),
            claim("Nobody can check this.", 5, 1, 4, 5, 6, 7),
            claim("A retracted paper says so.", 6, 1, 8),
        ],
        references=[reference(n, 10 + n) for n in range(1, 9)],
    )
    resolutions = {
        1: Resolution(1, Status.RESOLVED, record("11111111")),
        2: Resolution(2, Status.RESOLVED, record("22222222")),
        3: Resolution(3, Status.RESOLVED, record("33333333")),
        4: Resolution(4, Status.NOT_FOUND, reason="no record matches the title"),
        5: Resolution(5, Status.UNVERIFIED, reason="offline"),
        6: Resolution(6, Status.RESOLVED, record("44444444", abstract="")),
        7: Resolution(7, Status.NOT_IN_PUBMED, reason="a clinical guideline"),
        8: Resolution(
            8,
            Status.RESOLVED,
            record("55555555", publication_types=["Retracted Publication"]),
        ),
    }
    return LintResult(documents=[doc], resolutions={doc.path: resolutions})


def finding(line: int, column: int, code: str, citation: int | None = None) -> Finding:
    return Finding("article.md", line, column, code, Severity.WARNING, f"{code} says", citation)


def citations_of(result: LintResult) -> dict[int, object]:
    (audit,) = build_audit(result, assess=fake_assess)
    return {c.number: c for claim in audit.claims for c in claim.citations}


def test_every_claim_and_citation_number_is_listed_in_order() -> None:
    (audit,) = build_audit(sample(), assess=fake_assess)

    assert audit.path == "article.md"
    assert [c.text for c in audit.claims][:2] == [
        "Surgery improves walking by 40%.",
        "Pain fell over 27 months.",
    ]
    assert [[c.number for c in claim.citations] for claim in audit.claims] == [
        [1, 2],
        [3, 9],
        [4, 5, 6, 7],
        [8],
    ]


def test_a_well_supported_citation_carries_score_evidence_and_numbers() -> None:
    first = citations_of(sample())[1]

    assert first.verdict == GOOD
    assert first.status == Status.RESOLVED
    assert first.score == 0.9
    assert first.evidence == "Walking distance rose by 40% after surgery."
    assert first.numbers_found == [AuditNumber("40%", "percent")]
    assert first.pmid == "11111111"
    assert first.url == "https://pubmed.ncbi.nlm.nih.gov/11111111/"
    assert first.title == "Title of 11111111"
    assert first.reference == "1. Author A. Paper 1. J Test. 2020."


def test_low_scores_and_missing_numbers_lower_the_verdict() -> None:
    def low(claim_text: str, number: int) -> FakeSupport:
        return SUPPORT[3] if number == 3 else FakeSupport(0.1, "Cats sleep a great deal.")

    result = sample()
    result.documents[0].claims[1] = claim("Pain fell over 27 months.", 3, 40, 3)
    (audit,) = build_audit(result, assess=low)
    citations = {c.number: c for claim in audit.claims for c in claim.citations}

    assert [citations[1].verdict, citations[2].verdict] == [UNSUPPORTED, UNSUPPORTED]
    assert citations[3].verdict == WEAK
    assert citations[3].numbers_missing == [AuditNumber("27-month", "duration")]


def test_an_audit_standard_s_target_is_no_missing_number() -> None:
    # user26 P2-2: "100% of children ... [4]" under "Audit standards" is the guideline's
    # target; CL301 leaves it, and the audit does not hold it against the paper.
    result = sample()
    doc = result.documents[0]
    doc.text = "# Guideline\n\n## Audit standards\n\n1. Pain fell over 27 months [3].\n"
    doc.claims[1] = claim("Pain fell over 27 months.", 5, 4, 3)
    (audit,) = build_audit(result, assess=fake_assess)
    target = next(c for claim in audit.claims for c in claim.citations if c.number == 3)
    assert (target.numbers_missing, target.verdict) == ([], GOOD)
    # The same claim outside the standards: its missing number makes it weak.
    doc.text = doc.text.replace("Audit standards", "Results")
    (audit,) = build_audit(result, assess=fake_assess)
    result_row = next(c for claim in audit.claims for c in claim.citations if c.number == 3)
    assert result_row.verdict == WEAK


def test_a_co_cited_claim_is_judged_as_check_judges_it() -> None:
    citations = citations_of(sample())

    # [1] supports "Surgery improves walking by 40%", so CL302 says nothing of [2].
    assert citations[2].verdict == WEAK
    assert citations[2].note == "another paper cited with it supports the claim"
    # [9] has no entry: the 27 months may be its paper's, and CL301 says nothing.
    assert citations[3].verdict == GOOD
    assert citations[3].numbers_missing == [AuditNumber("27-month", "duration")]


def test_a_design_conflict_is_shown_only_when_every_cited_record_has_one() -> None:
    def designs(claim_text: str, number: int) -> FakeSupport:
        conflict = "claim calls it a guideline, but the record is Randomized Controlled Trial"
        return FakeSupport(0.9, "A sentence.", design_conflict=conflict if number == 2 else None)

    (audit,) = build_audit(sample(), assess=designs)
    first, second = audit.claims[0].citations

    assert (first.verdict, second.verdict) == (GOOD, GOOD)
    assert second.design_conflict is None

    def all_conflict(claim_text: str, number: int) -> FakeSupport:
        return FakeSupport(0.9, "A sentence.", design_conflict="claim calls it a meta-analysis")

    (audit,) = build_audit(sample(), assess=all_conflict)

    assert [c.verdict for c in audit.claims[0].citations] == [WEAK, WEAK]


def test_a_low_score_beside_an_unread_citation_is_not_called_unsupported() -> None:
    def low(claim_text: str, number: int) -> FakeSupport:
        return FakeSupport(0.1, "Cats sleep a great deal.")

    result = sample()
    result.resolutions["article.md"][1] = Resolution(1, Status.UNVERIFIED, reason="offline")
    (audit,) = build_audit(result, assess=low)
    unread, scored = audit.claims[0].citations

    assert (unread.verdict, scored.verdict) == (UNVERIFIED, WEAK)
    assert scored.note is not None and "could not be read" in scored.note


def test_citations_without_a_checkable_record_say_why() -> None:
    citations = citations_of(sample())

    assert (citations[9].status, citations[9].verdict) == (MISSING, UNSUPPORTED)
    assert citations[9].reference is None
    assert (citations[4].status, citations[4].verdict) == (Status.NOT_FOUND, UNSUPPORTED)
    assert citations[4].reason == "no record matches the title"
    assert (citations[5].status, citations[5].verdict) == (Status.UNVERIFIED, UNVERIFIED)
    assert citations[6].verdict == UNVERIFIED
    assert citations[6].score is None
    assert "no abstract" in citations[6].reason
    assert (citations[7].status, citations[7].verdict) == (Status.NOT_IN_PUBMED, UNVERIFIED)


def test_a_retracted_paper_supports_nothing_however_well_it_matches() -> None:
    retracted = citations_of(sample())[8]

    assert retracted.retracted
    assert retracted.score == 0.9
    assert retracted.verdict == UNSUPPORTED
    assert "retracted" in retracted.reason


def test_references_never_resolved_in_the_run_are_unverified() -> None:
    result = sample()
    result.resolutions = {}

    citations = citations_of(result)

    assert citations[1].status == Status.UNVERIFIED
    assert citations[1].verdict == UNVERIFIED
    assert citations[1].score is None


def test_findings_go_to_the_claim_and_citation_they_sit_on() -> None:
    result = sample()
    # Two claims share line 3; the second starts at column 40.
    result.findings = [
        finding(3, 1, "CL302", citation=2),
        finding(3, 40, "CL301", citation=3),
        finding(3, 40, "CL999"),
        finding(11, 1, "CL203"),
        finding(1, 1, "CL107"),  # on the title: neither a claim nor an entry
    ]

    (audit,) = build_audit(result, assess=fake_assess)
    first, second = audit.claims[:2]

    assert [f.code for f in first.citations[1].findings] == ["CL302"]
    assert first.citations[0].findings == []
    assert first.findings == []
    assert [f.code for f in second.citations[0].findings] == ["CL301"]
    assert [f.code for f in second.findings] == ["CL999"]
    assert [f.code for f in audit.references[0].findings] == ["CL203"]
    assert [f.code for f in audit.other_findings()] == ["CL107"]
    assert len(audit.findings) == 5


def test_support_findings_outrank_a_good_score() -> None:
    result = sample()
    result.findings = [finding(3, 1, "CL302", citation=1)]

    assert citations_of(result)[1].verdict == UNSUPPORTED

    result.findings = [finding(3, 1, "CL303", citation=1)]

    assert citations_of(result)[1].verdict == WEAK


def test_a_number_counts_against_support_only_when_no_cited_record_has_it() -> None:
    def two_sources(claim_text: str, number: int) -> FakeSupport:
        found = [FakeQuantity(40.0, "percent", "40%")]
        missing = [FakeQuantity(2.0, "duration", "2 years")]
        if number == 2:  # PMID 22222222
            found, missing = missing, found
        return FakeSupport(0.9, "A sentence.", numbers_found=found, numbers_missing=missing)

    (audit,) = build_audit(sample(), assess=two_sources)
    shared = audit.claims[0].citations  # cites 11111111 and 22222222

    assert [c.verdict for c in shared] == [GOOD, GOOD]
    assert shared[0].numbers_missing == [AuditNumber("2 years", "duration")]

    def neither(claim_text: str, number: int) -> FakeSupport:
        missing = [FakeQuantity(40.0, "percent", "40%")]
        return FakeSupport(0.9, "A sentence.", numbers_missing=missing)

    (audit,) = build_audit(sample(), assess=neither)

    assert [c.verdict for c in audit.claims[0].citations] == [WEAK, WEAK]


def test_a_claim_reads_as_its_worst_citation() -> None:
    (audit,) = build_audit(sample(), assess=fake_assess)

    assert audit.claims[0].verdict == WEAK  # [1] good, [2] weak beside it
    assert audit.claims[2].verdict == UNSUPPORTED  # [4] no record matches it
    assert audit.verdict_counts() == {
        GOOD: 2,
        WEAK: 1,
        UNSUPPORTED: 3,
        CONTRADICTED: 0,
        UNVERIFIED: 3,
    }


def test_reference_rows_show_status_pmid_notices_and_use() -> None:
    result = sample()
    result.documents[0].claims.pop()  # nothing cites entry 8 any more

    (audit,) = build_audit(result, assess=fake_assess)
    rows = {row.number: row for row in audit.references}

    assert rows[1].status == Status.RESOLVED
    assert rows[1].url == "https://pubmed.ncbi.nlm.nih.gov/11111111/"
    assert rows[1].cited
    assert rows[4].status == Status.NOT_FOUND
    assert rows[4].pmid is None
    assert rows[8].notices == ["retracted"]
    assert not rows[8].cited


def test_an_entry_repeating_a_number_shows_its_own_paper_not_the_first_ones() -> None:
    """Review14 F3/F5: the repeat is looked up on its own; its row never shows entry 2's PMID."""
    result = sample()
    result.documents[0].references.insert(2, reference(2, 12))  # "2." twice, a copy error
    result.repeats["article.md"] = {2: Resolution(2, Status.NOT_FOUND, reason="no such title")}

    (audit,) = build_audit(result, assess=fake_assess)
    first, repeat = (row for row in audit.references if row.number == 2)

    assert first.status == Status.RESOLVED and first.pmid == "22222222"
    assert repeat.status == Status.NOT_FOUND and repeat.reason == "no such title"
    assert repeat.pmid is None and repeat.title is None


def test_a_repeat_not_looked_up_is_unverified_not_the_first_ones_paper() -> None:
    result = sample()
    result.documents[0].references.insert(2, reference(2, 12))

    (audit,) = build_audit(result, assess=fake_assess)
    _, repeat = (row for row in audit.references if row.number == 2)

    assert repeat.status == Status.UNVERIFIED and repeat.pmid is None


def test_the_support_threshold_option_moves_the_verdicts() -> None:
    strict = build_audit(sample(), {"support-threshold": 0.95}, assess=fake_assess)
    lenient = build_audit(sample(), {"support-threshold": 0.05}, assess=fake_assess)

    assert strict[0].claims[0].citations[0].verdict == UNSUPPORTED
    assert lenient[0].claims[0].citations[1].verdict == WEAK


@pytest.mark.parametrize(
    ("pmid", "url"),
    [
        ("12345678", "https://pubmed.ncbi.nlm.nih.gov/12345678/"),
        ("1234a", None),
        ('1"><script>', None),
        ("javascript:alert(1)", None),
        ("１２３", None),  # full-width digits are digits to str.isdigit, not to PubMed
        ("", None),
        (None, None),
    ],
)
def test_only_plain_digit_pmids_become_links(pmid: str | None, url: str | None) -> None:
    assert pubmed_url(pmid) == url


def test_the_wrapper_sees_every_claim_with_the_total() -> None:
    seen: list[int] = []

    def wrap(items, total):  # type: ignore[no-untyped-def]
        seen.append(total)
        return items

    (audit,) = build_audit(sample(), assess=fake_assess, wrap=wrap)

    assert seen == [4]
    assert len(audit.claims) == 4


def test_progress_writes_nothing_when_disabled(capsys: pytest.CaptureFixture[str]) -> None:
    assert list(progress([1, 2, 3], 3, enabled=False)) == [1, 2, 3]

    assert capsys.readouterr().err == ""


def test_progress_draws_on_stderr_when_enabled(capsys: pytest.CaptureFixture[str]) -> None:
    assert list(progress([1, 2, 3], 3, enabled=True)) == [1, 2, 3]

    captured = capsys.readouterr()
    assert "Auditing claims" in captured.err
    assert captured.out == ""


# --- with the real scorer and engine --------------------------------------------------------

STIMULATION = Record(
    pmid="30000001",
    title="Spinal cord stimulation for pain in lumbar spinal stenosis: a retrospective cohort",
    abstract=(
        "We followed 42 patients with lumbar spinal stenosis who received spinal cord "
        "stimulation. Visual analog scale pain scores decreased from 7.4 to 2.8 over a mean "
        "follow-up of 27 months. Walking distance did not change."
    ),
)
STATINS = Record(
    pmid="30000002",
    title="Statins and LDL cholesterol in older adults",
    abstract=(
        "In this randomized trial of 500 adults, atorvastatin lowered LDL cholesterol by 38% "
        "at one year. Muscle symptoms were rare."
    ),
)


class ByNumberResolver:
    """Entry n resolves to the n-th record: enough to drive the engine in these tests."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.calls = 0

    def resolve(self, references: list[Reference]) -> list[Resolution]:
        self.calls += 1
        return [
            Resolution(ref.number, Status.RESOLVED, self.records[ref.number - 1])
            for ref in references
        ]


def stenosis_document() -> Document:
    return Document(
        path="stenosis.md",
        format="md",
        text="",
        claims=[
            claim("Stimulation cut stenosis pain scores from 7.4 to 2.8 over 27 months.", 1, 1, 1),
            claim("Stimulation cut stenosis pain scores from 7.4 to 2.1 over 27 months.", 2, 1, 1),
            claim("Atorvastatin lowered LDL cholesterol by 38% in older adults.", 3, 1, 1),
        ],
        references=[reference(1, 6), reference(2, 7)],
    )


def test_real_scores_tell_a_true_citation_from_a_wrong_one() -> None:
    result = lint_documents(
        [stenosis_document()], Config(), ByNumberResolver([STIMULATION, STATINS])
    )

    (audit,) = build_audit(result)
    right, wrong_number, wrong_paper = (claim.citations[0] for claim in audit.claims)

    assert right.verdict == GOOD
    assert right.evidence is not None
    assert [n.raw for n in right.numbers_found] == ["7.4", "2.8", "27"]
    assert right.numbers_missing == []
    assert wrong_number.verdict == WEAK
    assert [n.raw for n in wrong_number.numbers_missing] == ["2.1"]
    assert wrong_paper.verdict == UNSUPPORTED
    assert wrong_paper.score is not None and wrong_paper.score < 0.3


def test_the_audit_resolves_references_that_the_lint_run_skipped() -> None:
    resolver = ByNumberResolver([STIMULATION, STATINS])
    result = lint_documents([stenosis_document()], Config(select=["CL1"]), resolver)
    assert result.resolutions == {}

    ensure_resolutions(result, resolver)

    assert result.resolutions["stenosis.md"][2].record is STATINS
    ensure_resolutions(result, resolver)
    assert resolver.calls == 1


# --- a whole article, read from disk and resolved against the fixture records ---------------

ROOT = Path(__file__).resolve().parents[2]
STENOSIS = str(ROOT / "fixtures" / "audit" / "stenosis.md")


def fixture_records() -> list[Record]:
    return [
        found
        for path in sorted((ROOT / "fixtures" / "entrez" / "pubmed").glob("*.xml"))
        for found in parse_pubmed_articles(path.read_bytes())
    ]


def test_audit_of_an_article_against_fixture_records() -> None:
    document = read_path(Path(STENOSIS))
    result = lint_documents([document], Config(), StaticResolver(fixture_records()))

    (audit,) = build_audit(result)
    by_pmid = {c.pmid: c for claim in audit.claims for c in claim.citations if c.pmid}
    fabricated = audit.claims[-1].citations[0]

    assert len(audit.claims) == 9
    cohort = audit.claims[0].citations[0]
    assert cohort.pmid == "39990001"
    assert cohort.verdict == GOOD
    assert "7.4" in (cohort.evidence or "")
    assert [n.raw for n in cohort.numbers_found] == ["7.4", "2.8", "27"]
    assert by_pmid["39990004"].verdict == UNSUPPORTED  # retracted
    assert [n.raw for n in by_pmid["39990006"].numbers_missing] == ["3.1"]
    assert by_pmid["39990006"].verdict == WEAK
    assert [f.code for f in by_pmid["39990006"].findings] == ["CL301"]
    assert by_pmid["39990008"].verdict == UNVERIFIED  # an editorial without abstract
    assert by_pmid["39990012"].verdict == UNSUPPORTED  # vitamin D for claudication
    assert (fabricated.status, fabricated.verdict) == (Status.NOT_FOUND, UNSUPPORTED)
    rows = {row.number: row for row in audit.references}
    assert rows[4].notices == ["retracted"]
    assert [f.code for f in rows[4].findings] == ["CL205"]
    assert rows[5].notices == ["expression of concern", "erratum"]
    assert [f.code for f in rows[8].findings] == ["CL201"]
    assert audit.other_findings() == []


def test_the_audit_reuses_the_scores_of_the_support_rules() -> None:
    result = lint_documents(
        [stenosis_document()], Config(), ByNumberResolver([STIMULATION, STATINS])
    )
    checker = result.checkers["stenosis.md"]
    text = stenosis_document().claims[0].text

    (audit,) = build_audit(result)

    assert audit.claims[0].citations[0].score == checker.support(text, 1).score
    assert checker.support(text, 1) is checker.support(text, 1)


def test_without_the_support_rules_the_audit_scores_by_itself() -> None:
    resolver = ByNumberResolver([STIMULATION, STATINS])
    result = lint_documents([stenosis_document()], Config(select=["CL2"]), resolver)

    (audit,) = build_audit(result)

    assert result.checkers == {}
    assert audit.claims[0].citations[0].verdict == GOOD


def test_a_well_worded_citation_of_a_paper_on_other_people_is_only_weak(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from citelint.report.audit_json import render_audit_json
    from citelint.report.audit_text import render_audit_text

    reason = "the claim is about children, the abstract only about adults"
    monkeypatch.setitem(SUPPORT, 1, FakeSupport(0.9, "Walking rose by 40%.", mismatches=[reason]))
    cited = citations_of(sample())[1]
    assert cited.verdict == "weak" and cited.mismatches == [reason]  # type: ignore[attr-defined]
    audits = build_audit(sample(), assess=fake_assess)
    assert f"does not fit: {reason}" in render_audit_text(audits)
    assert reason in render_audit_json(audits)


def test_each_abstract_of_an_abstract_book_is_audited_against_its_own_list() -> None:
    # user31b P1-1: check read each abstract with its own list; the audit showed only the
    # last abstract's claims, so an editor saw half the book.
    path = Path(__file__).resolve().parents[2] / "fixtures" / "chapters" / "abstract_book.txt"
    document = read_path(path)
    exercise = Record(
        pmid="25416727",
        title="Exercise for osteoarthritis of the knee: a Cochrane systematic review",
        journal="British journal of sports medicine",
        journal_abbrev="Br J Sports Med",
        year=2015,
        authors=["Fransen M", "McConnell S"],
        abstract="Exercise therapy reduced knee pain in people with knee osteoarthritis.",
        volume="49",
        pages="1554-1557",
    )
    result = lint_documents([document], Config(), StaticResolver([exercise]))
    (audit,) = build_audit(result)
    cited = {
        (claim.line, citation.number): (citation.status, citation.pmid)
        for claim in audit.claims
        for citation in claim.citations
    }
    # Both abstracts' [1]: the first abstract's is another paper, not PubMed's Fransen.
    assert cited[(17, 1)] == (Status.RESOLVED, "25416727")
    assert cited[(7, 1)][1] is None
    assert {line for line, _ in cited} >= {7, 17, 25}
