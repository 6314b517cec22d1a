"""CL303 for claims whose cited entry cannot be checked: the entry they likely meant."""

from __future__ import annotations

from pathlib import Path

from citelint.models import Resolution, Status
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.read import read_text
from citelint.record import Record
from citelint.rules.base import CheckContext
from citelint.rules.support import BetterReference, ClaimOffTopic

RECORDS = Path(__file__).resolve().parents[2] / "fixtures" / "suggest" / "records"
ABLATION, QUADRICEPS = (
    parse_pubmed_articles((RECORDS / f"{pmid}.xml").read_bytes())[0]
    for pmid in ("99200001", "99200002")
)
NUMBERS_CLAIM = (
    "Cooled radiofrequency ablation of the genicular nerves lowered knee pain on the numeric "
    "rating scale from 6.9 ± 1.4 to 2.7 ± 2.0 over a mean 14-month follow-up."
)
NOTHING_CLAIM = (
    "Weight loss of at least ten percent and daily walking are the first steps of care for "
    "every adult with knee osteoarthritis."
)


def context(claims: list[str], statuses: dict[int, tuple[str, Record | None]]) -> CheckContext:
    body = "\n\n".join(claims)
    entries = "\n".join(f"{n}. Entry number {n}. Some Journal. 2020." for n in sorted(statuses))
    document = read_text(f"# Knee\n\n{body}\n\n## References\n\n{entries}\n", "a.md", "md")
    resolutions = {
        number: Resolution(number, status, record=record)
        for number, (status, record) in statuses.items()
    }
    return CheckContext(document, resolutions)


def cl303(ctx: CheckContext) -> list:
    return list(BetterReference().check(ctx))


def test_an_entry_not_found_is_matched_to_the_paper_stating_the_claims_numbers() -> None:
    ctx = context(
        [f"{NUMBERS_CLAIM} [2]"],
        {
            1: (Status.RESOLVED, ABLATION),
            2: (Status.NOT_FOUND, None),
            3: (Status.RESOLVED, QUADRICEPS),
        },
    )
    (finding,) = cl303(ctx)
    assert "(no PubMed record matches it)" in finding.message
    assert finding.message.endswith("[2] may be meant to be [1]")
    assert finding.suggestion is not None and finding.suggestion.reference == 1
    assert finding.suggestion.replacement == "[1]"


def test_an_entry_not_checked_offline_is_never_said_to_be_meant_as_another() -> None:
    # Offline, or an entry the lock lacks: nothing says the cited entry is wrong, and it is
    # usually right; another entry stating the claim's words and numbers does not change that.
    ctx = context(
        [f"{NUMBERS_CLAIM} [2]"],
        {1: (Status.RESOLVED, ABLATION), 2: (Status.UNVERIFIED, None)},
    )
    assert cl303(ctx) == []
    not_resolved = context(
        [f"{NUMBERS_CLAIM} [2]"],
        {1: (Status.RESOLVED, ABLATION), 2: (Status.UNVERIFIED, None)},
    )
    del not_resolved.resolutions[2]  # no answer at all is no more than "unverified"
    assert cl303(not_resolved) == []


def test_a_record_without_abstract_is_matched_too() -> None:
    bare = Record(pmid="5", title="Knee pain: a commentary.")
    ctx = context(
        [f"{NUMBERS_CLAIM} [2]"], {1: (Status.RESOLVED, ABLATION), 2: (Status.RESOLVED, bare)}
    )
    (finding,) = cl303(ctx)
    assert "(its record has no abstract)" in finding.message


def test_a_claim_no_entry_supports_gets_nothing() -> None:
    ctx = context(
        [f"{NOTHING_CLAIM} [2]"],
        {
            1: (Status.RESOLVED, ABLATION),
            2: (Status.NOT_IN_PUBMED, None),
            3: (Status.RESOLVED, QUADRICEPS),
        },
    )
    assert cl303(ctx) == []


def test_two_entries_fitting_equally_give_no_suggestion() -> None:
    twin = Record(pmid="7", title=ABLATION.title, abstract=ABLATION.abstract)
    ctx = context(
        [f"{NUMBERS_CLAIM} [2]"],
        {
            1: (Status.RESOLVED, ABLATION),
            2: (Status.NOT_IN_PUBMED, None),
            3: (Status.RESOLVED, twin),
        },
    )
    (finding,) = cl303(ctx)
    assert "references 1, 3" in finding.message and finding.suggestion is None


def test_a_shifted_list_running_into_an_unindexed_entry_is_one_finding() -> None:
    claims = [
        f"{NUMBERS_CLAIM} [1]",
        "Quadriceps strength explained timed stair climbing in knee osteoarthritis much better "
        "than pain intensity did (r = 0.68). [2]",
        "Being less invasive and repeatable, genicular nerve radiofrequency ablation may be "
        "offered before knee replacement to high-risk surgical candidates. [1]",
    ]
    ctx = context(
        claims,
        {
            1: (Status.NOT_IN_PUBMED, None),
            2: (Status.RESOLVED, ABLATION),
            3: (Status.RESOLVED, QUADRICEPS),
        },
    )
    findings = cl303(ctx)
    assert len(findings) == 1 and "shifted by one" in findings[0].message
    assert "citing entries that cannot be checked" in findings[0].message
    assert list(ClaimOffTopic().check(ctx)) == []


def test_a_claim_citing_a_notice_is_never_said_to_mean_the_paper_it_corrects() -> None:
    """user21 P2: "The estimate ... was later corrected [11]" cites the erratum, whose record
    has no abstract; the corrected paper states the claim's numbers, yet the notice is meant."""
    for kind in ("Published Erratum", "Retraction of Publication", "Expression of Concern"):
        notice = Record(
            pmid="5",
            title="Correction: Cooled radiofrequency ablation of the genicular nerves.",
            publication_types=[kind],
        )
        ctx = context(
            [f"{NUMBERS_CLAIM[:-1]}, figures later corrected [2]."],
            {1: (Status.RESOLVED, ABLATION), 2: (Status.RESOLVED, notice)},
        )
        assert cl303(ctx) == [], kind
    # A record without abstract that is no notice is still matched (as above).
    bare = Record(pmid="5", title="Knee pain: a commentary.", publication_types=["Comment"])
    ctx = context(
        [f"{NUMBERS_CLAIM[:-1]}, figures later corrected [2]."],
        {1: (Status.RESOLVED, ABLATION), 2: (Status.RESOLVED, bare)},
    )
    assert len(cl303(ctx)) == 1


OFFERED = (
    "Genicular nerve ablation can be offered before knee replacement to high-risk surgical "
    "candidates, as it is less invasive and repeatable."
)


def test_a_claim_saying_it_is_a_guideline_s_is_left_to_the_guideline_it_cites() -> None:
    """user24 P1 9: "The NICE guideline also recommends dapagliflozin as an add-on [9]" with
    [9] the NICE guideline: a guideline restates the trials in their words, so words alone
    never say the trial was meant; the same words without the attribution still do, and so
    does the attribution citing another kind of source (review24a P1 4)."""
    attributed = (
        "NICE also recommends genicular nerve ablation before knee replacement for high-risk "
        "surgical candidates, as it is less invasive and repeatable. [2]"
    )
    resolutions = {
        1: Resolution(1, Status.RESOLVED, record=ABLATION),
        2: Resolution(2, Status.NOT_IN_PUBMED),
    }

    def found(claim: str, guideline: str) -> list:
        entries = f"1. Entry number 1. Some Journal. 2020.\n2. {guideline}\n"
        text = f"# Knee\n\n{claim}\n\n## References\n\n{entries}"
        return cl303(CheckContext(read_text(text, "a.md", "md"), resolutions))

    nice = (
        "National Institute for Health and Care Excellence. Osteoarthritis in over 16s: "
        "diagnosis and management. NICE guideline [NG226]. London: NICE; 2022."
    )
    report = "World Health Organization. Global tuberculosis report 2023. Geneva: WHO; 2023."
    assert found(attributed, nice) == []
    (finding,) = found(attributed, report)
    assert finding.message.endswith("[2] may be meant to be [1]")
    (finding,) = found(f"{OFFERED} [2]", nice)
    assert finding.message.endswith("[2] may be meant to be [1]")


def test_a_guideline_claim_with_the_paper_s_own_figures_is_still_matched() -> None:
    claim = f"The guideline notes that {NUMBERS_CLAIM[0].lower()}{NUMBERS_CLAIM[1:]} [2]"
    statuses = {1: (Status.RESOLVED, ABLATION), 2: (Status.NOT_IN_PUBMED, None)}
    (finding,) = cl303(context([claim], statuses))
    assert finding.message.endswith("[2] may be meant to be [1]")


DAPAGLIFLOZIN = Record(
    pmid="31535829",
    title="Dapagliflozin in patients with heart failure and reduced ejection fraction.",
    abstract=(
        "BACKGROUND: In patients with type 2 diabetes, inhibitors of sodium-glucose "
        "cotransporter 2 reduce the risk of a first hospitalization for heart failure. "
        "METHODS: We randomly assigned 4744 patients with heart failure and an ejection "
        "fraction of 40% or less to receive dapagliflozin at a dose of 10 mg once daily or "
        "placebo. RESULTS: Worsening heart failure or death from cardiovascular causes "
        "occurred in 16.3% in the dapagliflozin group and in 21.2% in the placebo group "
        "(hazard ratio, 0.74). CONCLUSIONS: Dapagliflozin reduced the risk of worsening heart "
        "failure or death from cardiovascular causes."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)


def test_a_dose_cited_to_the_drug_s_label_is_left_to_the_label() -> None:
    """user25 P1 10: a drug's label (an SmPC, prescribing information) is the proper source of
    its licensed dose, even when a trial gave the same dose; another kind of source cited for
    it is still likely the trial's."""
    claim = (
        "The licensed dose of dapagliflozin for heart failure with reduced ejection fraction "
        "is 10 mg once daily. [2]"
    )
    resolutions = {
        1: Resolution(1, Status.RESOLVED, record=DAPAGLIFLOZIN),
        2: Resolution(2, Status.NOT_IN_PUBMED),
    }

    def found(second: str) -> list:
        first = (
            "1. McMurray JJV, Solomon SD, Inzucchi SE, et al. Dapagliflozin in patients with "
            "heart failure and reduced ejection fraction. N Engl J Med. 2019;381:1995-2008."
        )
        text = f"# Heart failure\n\n{claim}\n\n## References\n\n{first}\n2. {second}\n"
        return cl303(CheckContext(read_text(text, "a.md", "md"), resolutions))

    smpc = (
        "Forxiga 10 mg film-coated tablets: summary of product characteristics. AstraZeneca "
        "UK Ltd; 2023. Available from: https://www.medicines.org.uk/emc/product/7607/smpc"
    )
    label = (
        "Farxiga (dapagliflozin) tablets: prescribing information. Wilmington: AstraZeneca; 2023."
    )
    report = "World Health Organization. Global tuberculosis report 2023. Geneva: WHO; 2023."
    assert found(smpc) == []
    assert found(label) == []
    (finding,) = found(report)
    assert finding.message.endswith("[2] may be meant to be [1]")


def test_a_label_cited_beside_an_entry_not_found_leaves_that_entry_checked() -> None:
    """review25b P1-4: only a claim citing the label alone is the label's; cited beside an
    entry not found, the trial's own figures still say which paper was meant."""
    claim = (
        "At a dose of 10 mg once daily, dapagliflozin lowered worsening heart failure or "
        "cardiovascular death in heart failure with reduced ejection fraction (hazard ratio "
        "0.74) [2, 3]."
    )
    entries = (
        "1. McMurray JJV, Solomon SD, Inzucchi SE, et al. Dapagliflozin in patients with heart "
        "failure and reduced ejection fraction. N Engl J Med. 2019;381:1995-2008.\n"
        "2. Okafor T, Brandt L. Empagliflozin in elderly chronic kidney disease: a pilot study. "
        "Kidney Med Rep. 2021;4(2):33-41.\n"
        "3. Forxiga 10 mg film-coated tablets: summary of product characteristics. AstraZeneca "
        "UK Ltd; 2023.\n"
    )
    resolutions = {
        1: Resolution(1, Status.RESOLVED, record=DAPAGLIFLOZIN),
        2: Resolution(2, Status.NOT_FOUND),
        3: Resolution(3, Status.NOT_IN_PUBMED),
    }
    text = f"# Heart failure\n\n{claim}\n\n## References\n\n{entries}"
    (finding,) = cl303(CheckContext(read_text(text, "a.md", "md"), resolutions))
    assert finding.message.endswith("[2] may be meant to be [1]")
