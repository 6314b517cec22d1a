"""Rules CL301-CL305 on small articles built by hand, with records resolved by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
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
from citelint.report.fingerprint import fingerprint
from citelint.rules.base import CheckContext, Rule
from citelint.rules.study_design import NoAbstract, StudyTypeMismatch
from citelint.rules.support import (
    BetterReference,
    ClaimOffTopic,
    NumberNotInSource,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "support"

STIMULATION = Record(
    pmid="101",
    title="Spinal cord stimulation for leg pain in lumbar spinal stenosis: a retrospective cohort.",
    abstract=(
        "We reviewed 31 patients with lumbar spinal stenosis treated with spinal cord "
        "stimulation (SCS). Leg pain on the visual analogue scale fell from 7.8 \u00b1 1.9 to "
        "3.1 \u00b1 2.2 (p < 0.001) over a mean follow-up of 22 months. Four patients (13%) "
        "needed lead revision."
    ),
    publication_types=["Journal Article"],
)
BALANCE = Record(
    pmid="102",
    title="Paraspinal denervation and postural balance in symptomatic spinal stenosis.",
    abstract=(
        "In 48 patients with symptomatic lumbar spinal stenosis, paraspinal mapping scores "
        "correlated with static sway and most strongly with limits of stability (r = 0.71). "
        "Leg pain did not correlate with balance. Denervation may shift the centre of gravity."
    ),
    publication_types=["Journal Article"],
)
WALKING = Record(
    pmid="103",
    title="Supervised walking training for lumbar spinal stenosis: a randomized trial.",
    abstract=(
        "We randomly assigned 96 adults with neurogenic claudication to 12 weeks of supervised "
        "treadmill walking or a home exercise leaflet. Walking distance rose by 212 m with "
        "supervision and by 64 m with the leaflet (p = 0.004)."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
FRACTURES = Record(
    pmid="104",
    title="Vitamin D and nonvertebral fractures in adults aged 70 or older: a randomised trial.",
    abstract=(
        "We randomised 4128 community-dwelling adults to daily vitamin D or placebo. "
        "Nonvertebral fractures occurred in 6.9% and 7.3% (hazard ratio 0.94)."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
EDITORIAL = Record(pmid="105", title="Balance in spinal stenosis.", publication_types=["Editorial"])

STIMULATION_CLAIM = (
    "Spinal cord stimulation relieved leg pain in lumbar spinal stenosis, with visual analogue "
    "scale scores falling from 7.8 \u00b1 1.9 to 3.1 \u00b1 2.2 over 22 months."
)
BALANCE_CLAIM = (
    "Paraspinal denervation correlates with limits of stability and balance in symptomatic "
    "spinal stenosis."
)
WALKING_CLAIM = (
    "Supervised treadmill walking training increased walking distance in adults with "
    "neurogenic claudication."
)


def context(
    claims: list[tuple[str, list[int]]],
    records: list[Record | None],
    options: dict[str, object] | None = None,
) -> CheckContext:
    """An article whose line n holds claim n; entry i resolves to records[i - 1] (None: not)."""
    document = Document(path="a.md", format="md", text="")
    for line, (text, numbers) in enumerate(claims, start=1):
        marker = Marker(numbers, line, len(text) + 2, "[" + ", ".join(map(str, numbers)) + "]")
        document.claims.append(Claim(text, line, 1, [marker]))
    resolutions = {}
    for number, record in enumerate(records, start=1):
        document.references.append(Reference(number, f"entry {number}", 50 + number, 1))
        if record is None:
            resolutions[number] = Resolution(number, Status.UNVERIFIED, reason="offline")
        else:
            resolutions[number] = Resolution(number, Status.RESOLVED, record=record)
    document.text = "\n".join(f"{text} [{numbers}]" for text, numbers in claims)
    return CheckContext(document, resolutions, options or {})


def check(rule: Rule, ctx: CheckContext) -> list[Finding]:
    return list(rule.check(ctx))


# -- CL301 number-not-in-source ---------------------------------------------------------------


def test_cl301_reports_a_number_the_abstract_does_not_state() -> None:
    claim = STIMULATION_CLAIM.replace("7.8", "8.8")
    (finding,) = check(NumberNotInSource(), context([(claim, [1])], [STIMULATION]))
    assert finding.code == "CL301"
    assert finding.severity is Severity.WARNING
    assert '"8.8" (mean or SD) does not appear' in finding.message
    assert "reference 1" in finding.message
    assert (finding.line, finding.column) == (1, len(claim) + 2)
    assert (finding.citation, finding.reference, finding.pmid) == (1, 1, "101")
    assert finding.evidence is not None and "7.8" in finding.evidence


@pytest.mark.parametrize("written", ["12k", "12K", "1.2 million", "12 thousand"])
def test_cl301_shows_a_count_with_its_scale_as_written(written: str) -> None:
    # notes18: "12k" was shown as "12", a number the claim does not say.
    claim = (
        f"Daily vitamin D did not prevent nonvertebral fractures in {written} community-dwelling "
        "adults aged 70 or older in a randomised trial."
    )
    (finding,) = check(NumberNotInSource(), context([(claim, [1])], [FRACTURES]))
    assert finding.message.startswith(f'"{written}"')
    assert finding.subject == f"{written} in: {claim}"


def test_cl301_findings_on_one_claim_have_their_own_number_as_subject() -> None:
    claim = STIMULATION_CLAIM.replace("7.8", "7.1").replace("3.1", "3.9")
    first, second = check(NumberNotInSource(), context([(claim, [1])], [STIMULATION]))
    assert first.subject == f"7.1 in: {claim}"
    assert second.subject == f"3.9 in: {claim}"
    assert fingerprint(first, root=Path("/repo")) != fingerprint(second, root=Path("/repo"))


def test_cl301_names_a_grade_evidence_profile_row_s_numbers_in_one_finding() -> None:
    """user26 P2-9: a guideline's evidence profile row (Outcome | Studies | Participants |
    Effect (95% CI) | Certainty, read as cells parted by "; ") citing one paper gave a line
    for each of its studies, participants, estimate and interval."""
    row = (
        "Leg pain relief with spinal cord stimulation in lumbar spinal stenosis; 4; 212; "
        "MD 4.2 (3.1 to 5.3); ⊕⊕◯◯ Low"
    )
    (finding,) = check(NumberNotInSource(), context([(row, [1])], [STIMULATION]))
    assert finding.message == (
        "numbers of this evidence profile row do not appear in the abstract of reference 1: "
        '"212", "4.2" (mean difference)'
    )
    assert finding.subject == f"212, 4.2 in: {row}"
    # One missing number is named as ever; so is each number of a row with no rating.
    (alone,) = check(NumberNotInSource(), context([(row.replace("212", "31"), [1])], [STIMULATION]))
    assert alone.message.startswith('"4.2" (mean difference) does not appear in')
    unrated = row.replace("; ⊕⊕◯◯ Low", "")
    assert len(check(NumberNotInSource(), context([(unrated, [1])], [STIMULATION]))) == 2


def test_cl301_leaves_the_targets_of_a_guideline_s_audit_standards() -> None:
    """user26 P2-2: "100% of children ... [4]" under "Audit standards" is a target."""
    claim = "100% of patients with lumbar spinal stenosis offered spinal cord stimulation."
    ctx = context([(claim, [1])], [STIMULATION])
    ctx.document.claims[0].line = 3
    ctx.document.text = f"## Audit standards\n\n1. {claim} [1]\n"
    assert check(NumberNotInSource(), ctx) == []
    ctx.document.text = f"## Results of the audit\n\n1. {claim} [1]\n"
    assert [f.message[:6] for f in check(NumberNotInSource(), ctx)] == ['"100" ']


def test_cl301_is_quiet_when_every_number_is_in_the_abstract() -> None:
    assert check(NumberNotInSource(), context([(STIMULATION_CLAIM, [1])], [STIMULATION])) == []


def test_cl301_accepts_a_rounded_number() -> None:
    claim = "Spinal cord stimulation relieved leg pain in lumbar spinal stenosis over 22.0 months."
    assert check(NumberNotInSource(), context([(claim, [1])], [STIMULATION])) == []


def test_cl301_leaves_a_note_s_own_order_before_what_the_source_reports() -> None:
    """claims14: "Start SCS at 40 Hz; the study showed ..." in a clinical note's plan: the 40
    is the writer's order, the numbers after ';' the source's."""
    order = (
        "Trial spinal cord stimulation at 40 Hz for 5 days; the cohort study showed leg pain "
        "in lumbar spinal stenosis falling from 7.8 to 3.1 over 22 months."
    )
    assert check(NumberNotInSource(), context([(order, [1])], [STIMULATION])) == []
    # A wrong number in the reported part is still found; without a reporting clause, all count.
    wrong = order.replace("3.1", "2.1")
    assert [
        f.message[:5] for f in check(NumberNotInSource(), context([(wrong, [1])], [STIMULATION]))
    ] == ['"2.1"']
    joined = order.replace("; the cohort study showed", ", and")
    found = check(NumberNotInSource(), context([(joined, [1])], [STIMULATION]))
    assert [f.message[:4] for f in found] == ['"40"', '"5" ']


def test_cl301_looks_in_every_cited_abstract() -> None:
    claim = (
        STIMULATION_CLAIM + " Paraspinal mapping correlated with limits of stability (r = 0.71)."
    )
    ctx = context([(claim, [1, 2])], [STIMULATION, BALANCE])
    assert check(NumberNotInSource(), ctx) == []
    wrong = claim.replace("0.71", "0.81")
    (finding,) = check(NumberNotInSource(), context([(wrong, [1, 2])], [STIMULATION, BALANCE]))
    assert '"0.81"' in finding.message and "(1, 2)" in finding.message


def test_cl301_leaves_off_topic_claims_to_cl302() -> None:
    assert check(NumberNotInSource(), context([(STIMULATION_CLAIM, [1])], [FRACTURES])) == []


def test_cl301_skips_unresolved_entries_and_records_without_abstract() -> None:
    assert check(NumberNotInSource(), context([(STIMULATION_CLAIM, [1])], [None])) == []
    assert check(NumberNotInSource(), context([(STIMULATION_CLAIM, [1])], [EDITORIAL])) == []


RESPONSE = Record(
    pmid="106",
    title="Nivolumab versus ipilimumab in advanced melanoma: a randomized phase 3 trial.",
    abstract=(
        "We randomly assigned 418 adults with advanced melanoma to nivolumab or ipilimumab. "
        "Objective response: 0.33 with nivolumab and 0.20 with ipilimumab. Progression-free "
        "survival favoured nivolumab (HR 0.61; 95% CI 0.45 to 0.83)."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)


@pytest.mark.parametrize(
    ("claim", "reported"),
    [
        ("an objective response in 33% of patients, against 20% with ipilimumab", []),
        ("an objective response in 33% of patients", []),
        ("an objective response in 38% of patients", ["38"]),
        ("a progression-free survival of 61% at one year", ["61"]),  # an HR 0.61 is no 61%
    ],
)
def test_cl301_meets_a_share_the_abstract_writes_as_a_decimal(
    claim: str, reported: list[str]
) -> None:
    text = f"In advanced melanoma, nivolumab gave {claim}."
    findings = check(NumberNotInSource(), context([(text, [1])], [RESPONSE]))
    assert [f.message.split('"')[1] for f in findings] == reported


# -- CL302 claim-off-topic --------------------------------------------------------------------


def test_cl302_reports_a_claim_the_abstract_does_not_support() -> None:
    (finding,) = check(ClaimOffTopic(), context([(STIMULATION_CLAIM, [1])], [FRACTURES]))
    assert finding.code == "CL302"
    assert "reference 1 does not seem to support this claim" in finding.message
    assert finding.pmid == "104"
    assert finding.subject == STIMULATION_CLAIM


def test_cl302_says_which_facet_of_a_close_paper_is_wrong() -> None:
    adults = Record(
        pmid="120",
        title="Inhaled corticosteroid reliever in adults with mild asthma: a randomized trial.",
        abstract=(
            "We randomly assigned 300 adults aged 18 to 70 years with mild asthma to an "
            "inhaled corticosteroid reliever or a bronchodilator reliever. Severe "
            "exacerbations were fewer with the corticosteroid reliever (rate ratio 0.55)."
        ),
    )
    claim = "In children, daily montelukast halves school absences due to asthma."
    (finding,) = check(ClaimOffTopic(), context([(claim, [1])], [adults]))
    assert finding.message.endswith(
        "; the claim is about children, the abstract only about adults)"
    )


def test_cl302_is_quiet_for_a_supported_claim() -> None:
    assert check(ClaimOffTopic(), context([(STIMULATION_CLAIM, [1])], [STIMULATION])) == []


def test_cl302_with_several_citations_needs_only_one_to_support() -> None:
    ctx = context([(STIMULATION_CLAIM, [1, 2])], [FRACTURES, STIMULATION])
    assert check(ClaimOffTopic(), ctx) == []
    statins = Record(
        pmid="106",
        title="Statin therapy and muscle symptoms: a placebo-controlled crossover trial.",
        abstract="Muscle symptoms were as common on placebo as on atorvastatin 20 mg daily.",
    )
    (finding,) = check(
        ClaimOffTopic(), context([(STIMULATION_CLAIM, [1, 2])], [FRACTURES, statins])
    )
    assert "none of references 1, 2 seems to support" in finding.message


# -- a co-cited reference no one could read (user18 P1) ----------------------------------------
# A claim's number, words or design need be in only one of its co-cited papers: with one of
# them unread (unverified, no abstract), none of them can be called to lack it.

NUMBERED_CLAIM = STIMULATION_CLAIM.replace("7.8", "8.8")


@pytest.mark.parametrize("unread", [None, EDITORIAL], ids=["unverified", "no-abstract"])
def test_cl301_is_quiet_when_a_co_cited_reference_could_not_be_read(
    unread: Record | None,
) -> None:
    both_ways = [[unread, STIMULATION], [STIMULATION, unread]]
    for records in both_ways:
        assert check(NumberNotInSource(), context([(NUMBERED_CLAIM, [1, 2])], records)) == []
    # Read, the same pair still tells the number no abstract states.
    (finding,) = check(
        NumberNotInSource(), context([(NUMBERED_CLAIM, [1, 2])], [BALANCE, STIMULATION])
    )
    assert '"8.8"' in finding.message


@pytest.mark.parametrize("unread", [None, EDITORIAL], ids=["unverified", "no-abstract"])
def test_claim_rules_are_quiet_when_a_co_cited_reference_could_not_be_read(
    unread: Record | None,
) -> None:
    off_topic = context([(STIMULATION_CLAIM, [1, 2])], [FRACTURES, unread])
    assert check(ClaimOffTopic(), off_topic) == []
    design = "A meta-analysis showed that spinal cord stimulation relieves leg pain in stenosis."
    assert check(StudyTypeMismatch(), context([(design, [1, 2])], [STIMULATION, unread])) == []
    # CL303: the unread paper may be the one the claim is from, however well entry 3 fits.
    misnumbered = context([(BALANCE_CLAIM, [1, 2])], [STIMULATION, unread, BALANCE])
    assert check(BetterReference(), misnumbered) == []


def test_cl302_threshold_is_an_option() -> None:
    ctx = context([(STIMULATION_CLAIM, [1])], [FRACTURES], {"support-threshold": 0.0})
    assert check(ClaimOffTopic(), ctx) == []
    strict = context([(STIMULATION_CLAIM, [1])], [STIMULATION], {"support-threshold": 1.0})
    assert len(check(ClaimOffTopic(), strict)) == 1


def test_cl302_does_not_judge_claims_that_say_too_little() -> None:
    assert check(ClaimOffTopic(), context([("This was shown.", [1])], [FRACTURES])) == []


# -- CL303 better-reference -------------------------------------------------------------------


def test_cl303_names_the_entry_that_supports_the_claim() -> None:
    ctx = context([(BALANCE_CLAIM, [1])], [STIMULATION, BALANCE, FRACTURES])
    (finding,) = check(BetterReference(), ctx)
    assert finding.code == "CL303"
    assert finding.message.startswith("cited [1], but entry 2 supports it far better")
    assert finding.message.endswith("likely misnumbered")
    assert finding.evidence is not None and "limits of stability" in finding.evidence


def test_cl303_is_quiet_when_the_cited_entry_is_the_best() -> None:
    ctx = context([(BALANCE_CLAIM, [2]), (STIMULATION_CLAIM, [1])], [STIMULATION, BALANCE])
    assert check(BetterReference(), ctx) == []


def test_cl303_is_quiet_when_a_claim_cites_both_entries() -> None:
    ctx = context([(BALANCE_CLAIM, [1, 2])], [STIMULATION, BALANCE])
    assert check(BetterReference(), ctx) == []


def test_cl303_needs_a_far_better_entry() -> None:
    ctx = context([(BALANCE_CLAIM, [1])], [STIMULATION, BALANCE], {"misnumbering-margin": 1.0})
    assert check(BetterReference(), ctx) == []


def test_cl303_reports_a_list_shifted_by_one_once() -> None:
    # An entry was inserted at the top of the list; every claim still cites its old number.
    ctx = context(
        [(STIMULATION_CLAIM, [1]), (BALANCE_CLAIM, [2]), (WALKING_CLAIM, [3])],
        [FRACTURES, STIMULATION, BALANCE, WALKING],
    )
    (finding,) = check(BetterReference(), ctx)
    assert "shifted by one" in finding.message
    assert "3 of 3 claims fit entry n+1" in finding.message
    assert finding.line == 1


def test_cl303_does_not_call_one_slip_a_shift() -> None:
    ctx = context(
        [(STIMULATION_CLAIM, [2]), (BALANCE_CLAIM, [2]), (WALKING_CLAIM, [4])],
        [FRACTURES, STIMULATION, BALANCE, WALKING],
    )
    findings = check(BetterReference(), ctx)
    assert [f.message.split(",")[0] for f in findings] == ["cited [2]"]
    assert "entry 3" in findings[0].message


def test_cl303_tells_same_topic_entries_apart_by_the_claims_numbers() -> None:
    # Two stimulation cohorts share most words; only the figures show which one was meant.
    pubmed = FIXTURES.parent / "entrez" / "pubmed"
    first, second = (
        parse_pubmed_articles((pubmed / f"{pmid}.xml").read_bytes())[0]
        for pmid in ("39990001", "39990014")
    )
    claim = (
        "Spinal cord stimulation lowered leg pain from 7.1 to 3.9 at 12 months in a "
        "prospective cohort of patients with neurogenic claudication."
    )
    (finding,) = check(BetterReference(), context([(claim, [1])], [first, second]))
    assert finding.message.startswith("cited [1], but entry 2 supports it far better")
    assert "entry 2 states 3 of the claim's 3 numbers" in finding.message
    assert check(BetterReference(), context([(claim, [2])], [first, second])) == []


def test_cl303_needs_two_resolved_entries() -> None:
    assert check(BetterReference(), context([(BALANCE_CLAIM, [1])], [STIMULATION, None])) == []


# -- CL304 study-type-mismatch ----------------------------------------------------------------


def test_cl304_reports_a_design_the_record_is_not() -> None:
    claim = "A meta-analysis showed that spinal cord stimulation relieves leg pain in stenosis."
    (finding,) = check(StudyTypeMismatch(), context([(claim, [1])], [STIMULATION]))
    assert finding.code == "CL304"
    assert "meta-analysis" in finding.message and "reference 1" in finding.message
    assert finding.subject == claim


@pytest.mark.parametrize(
    "claim",
    [
        "A randomized trial showed that supervised walking increases walking distance.",
        "In an RCT, supervised walking increased walking distance.",
        "A study showed that supervised walking increases walking distance.",
    ],
)
def test_cl304_is_quiet_when_the_design_fits(claim: str) -> None:
    assert check(StudyTypeMismatch(), context([(claim, [1])], [WALKING])) == []


def test_cl304_with_several_citations_needs_every_record_to_conflict() -> None:
    claim = "Randomized trials show that walking training and stimulation help stenosis."
    assert check(StudyTypeMismatch(), context([(claim, [1, 2])], [STIMULATION, WALKING])) == []
    (finding,) = check(StudyTypeMismatch(), context([(claim, [1, 2])], [STIMULATION, BALANCE]))
    assert finding.citation == 1


# -- CL305 no-abstract ------------------------------------------------------------------------


def test_cl305_reports_a_record_without_abstract_once() -> None:
    ctx = context([(BALANCE_CLAIM, [1]), (WALKING_CLAIM, [1])], [EDITORIAL])
    (finding,) = check(NoAbstract(), ctx)
    assert finding.code == "CL305"
    assert finding.severity is Severity.INFO
    assert "reference 1 (PMID 105) has no abstract" in finding.message
    assert "2 claims" in finding.message
    assert finding.line == 1


def test_cl305_is_quiet_for_records_with_abstract_and_unresolved_entries() -> None:
    ctx = context([(BALANCE_CLAIM, [1]), (WALKING_CLAIM, [2])], [BALANCE, None])
    assert check(NoAbstract(), ctx) == []


def test_support_rules_need_resolution() -> None:
    rules = [NumberNotInSource(), ClaimOffTopic(), BetterReference(), StudyTypeMismatch()]
    assert all(rule.needs_resolution for rule in [*rules, NoAbstract()])


# -- through the reader and the engine: fixtures/support/article.md ------------------------


def test_an_article_read_and_checked_end_to_end() -> None:
    records = [
        record
        for path in sorted((FIXTURES / "records").glob("*.xml"))
        for record in parse_pubmed_articles(path.read_bytes())
    ]
    document = read_path(FIXTURES / "article.md", None)
    result = lint_documents([document], Config(select=["CL3"]), StaticResolver(records))
    found = [(f.code, f.line, f.message) for f in result.findings]
    # Entries 2 and 3 are swapped: each claim names the other.
    assert ("CL303", 4) in [(code, line) for code, line, _ in found]
    assert any(code == "CL303" and "entry 2 supports" in m for code, _, m in found)
    # The cited cohort is no meta-analysis.
    assert any(code == "CL304" and line == 10 for code, line, _ in found)
    # 312 m is not in the abstract the claim is about, but that abstract is not the one cited:
    # the claim is off topic for entry 3, so CL301 stays quiet and CL302/CL303 speak.
    assert not any(code == "CL301" for code, _, _ in found)
