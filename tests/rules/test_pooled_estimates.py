"""CL301 and a systematic review's own pooled estimates (user24 P1 8): a summary-of-findings
row or a sentence giving what the review pooled from the trials it cites states a number no
single abstract has; it is the review's. A trial's own figure, cited to that trial, is still
checked, and so is a number cited to several papers without any sign of pooling."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record
from citelint.report.audit_html import render_audit_html
from citelint.report.audit_json import render_audit_json
from citelint.report.audit_text import render_audit_text
from citelint.support.audit import build_audit


def trial(pmid: str, title: str, abstract: str) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="The New England journal of medicine",
        year=2020,
        authors=["Okonkwo-Reyes A", "Lindahl M"],
        abstract=abstract,
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )


RECORDS = [
    trial(
        "38400001",
        "Finerenone and kidney outcomes in chronic kidney disease and type 2 diabetes.",
        "METHODS: 5734 patients with chronic kidney disease and type 2 diabetes were assigned "
        "to finerenone or placebo. RESULTS: Over 2.6 years, kidney failure, a sustained "
        "decrease in eGFR of at least 40% or renal death occurred in 17.8% and 21.1% (hazard "
        "ratio 0.82; 95% CI 0.73 to 0.93). Hyperkalaemia stopping treatment occurred in 2.3% "
        "and 0.9%. CONCLUSIONS: Finerenone lowered the risk of kidney disease progression.",
    ),
    trial(
        "38400002",
        "Finerenone and cardiovascular outcomes in chronic kidney disease and type 2 diabetes.",
        "METHODS: 7437 patients with chronic kidney disease and type 2 diabetes were assigned "
        "to finerenone or placebo. RESULTS: Over 3.4 years, cardiovascular death, nonfatal "
        "myocardial infarction, nonfatal stroke or hospitalization for heart failure occurred "
        "in 12.4% and 14.2% (hazard ratio 0.87; 95% CI 0.76 to 0.98). CONCLUSIONS: Finerenone "
        "lowered the risk of cardiovascular outcomes in chronic kidney disease.",
    ),
]

ENTRIES = (
    "1. Okonkwo-Reyes A, Lindahl M. Finerenone and kidney outcomes in chronic kidney disease "
    "and type 2 diabetes. N Engl J Med. 2020;383(23):2219-29.\n"
    "2. Okonkwo-Reyes A, Lindahl M. Finerenone and cardiovascular outcomes in chronic kidney "
    "disease and type 2 diabetes. N Engl J Med. 2020;385(24):2252-63.\n"
)


def cl301(body: str) -> list[Finding]:
    text = f"# Finerenone: a systematic review\n\n{body}\n\n## References\n\n{ENTRIES}"
    document = read_text(text, "review.md", "md")
    result = lint_documents([document], Config(select=["CL301"]), StaticResolver(RECORDS))
    return result.findings


POOLED = [
    "| Outcome | Relative effect (95% CI) | Certainty of evidence | Studies |\n"
    "|---|---|---|---|\n"
    "| Kidney disease progression with finerenone | HR 0.85 (0.77–0.93) | ⊕⊕⊕⊕ High | "
    "2 RCTs [1,2] |",
    "Pooled across both trials, finerenone lowered kidney disease progression in chronic "
    "kidney disease and type 2 diabetes (hazard ratio 0.85; 95% CI 0.77 to 0.93) [1,2].",
    "In our meta-analysis, finerenone lowered cardiovascular outcomes in chronic kidney "
    "disease and type 2 diabetes (hazard ratio 0.86; 95% CI 0.78 to 0.95) [1, 2].",
    "Finerenone lowered kidney disease progression in chronic kidney disease and type 2 "
    "diabetes (hazard ratio 0.85, 0.77 to 0.93; moderate certainty) [1,2].",
]


@pytest.mark.parametrize("body", POOLED)
def test_a_pooled_estimate_cited_to_its_trials_is_the_review_s(body: str) -> None:
    assert cl301(body) == []


def test_a_trial_s_figure_cited_to_that_trial_is_still_checked() -> None:
    body = (
        "In the kidney trial, finerenone lowered kidney disease progression in chronic kidney "
        "disease and type 2 diabetes (hazard ratio 0.78; 95% CI 0.73 to 0.93) [1]."
    )
    (finding,) = cl301(body)
    assert finding.message.startswith('"0.78"')


def test_several_citations_without_pooling_are_still_checked() -> None:
    body = (
        "Finerenone lowered kidney disease progression in chronic kidney disease and type 2 "
        "diabetes by 31% [1,2]."
    )
    (finding,) = cl301(body)
    assert finding.message.startswith('"31%"') or '"31"' in finding.message


def test_a_number_under_one_paper_s_citation_is_checked_in_a_pooled_sentence() -> None:
    """review24a P1 3: "phase 3 trials" is no count of pooled studies, and a number whose
    clause cites one paper is that paper's."""
    body = (
        "In two phase 3 trials, finerenone lowered kidney disease progression by 45% (hazard "
        "ratio 0.55) [1] and cardiovascular outcomes in chronic kidney disease [2]."
    )
    assert sorted(f.message.split('"')[1] for f in cl301(body)) == ["0.55", "45"]
    pooled_then_one = (
        "Pooled, finerenone lowered kidney disease progression (hazard ratio 0.85) [1,2]; the "
        "kidney trial alone gave a hazard ratio of 0.78 [1]."
    )
    assert [f.message.split('"')[1] for f in cl301(pooled_then_one)] == ["0.78"]


def test_a_cited_meta_analysis_must_state_its_own_pooled_figure() -> None:
    """review24a P2 3: a meta-analysis among the papers cited states the pooled result."""
    meta = Record(
        pmid="38400003",
        title="Finerenone in chronic kidney disease: a meta-analysis.",
        journal="Lancet",
        year=2022,
        authors=["Okonkwo-Reyes A"],
        abstract=(
            "We pooled two trials of finerenone in chronic kidney disease and type 2 diabetes "
            "(13171 patients). Finerenone lowered kidney disease progression (hazard ratio "
            "0.77; 95% CI 0.67 to 0.88) and cardiovascular outcomes (hazard ratio 0.86)."
        ),
        publication_types=["Journal Article", "Meta-Analysis"],
    )
    text = (
        "# Finerenone: a systematic review\n\nPooled, finerenone lowered kidney disease "
        "progression in chronic kidney disease and type 2 diabetes (hazard ratio 0.71) [1,3]."
        f"\n\n## References\n\n{ENTRIES}3. Okonkwo-Reyes A. Finerenone in chronic kidney "
        "disease: a meta-analysis. Lancet. 2022;399(10325):1-9.\n"
    )
    document = read_text(text, "review.md", "md")
    resolver = StaticResolver([*RECORDS, meta])
    found = lint_documents([document], Config(select=["CL301"]), resolver).findings
    assert [f.message.split('"')[1] for f in found] == ["0.71"]


HETEROGENEITY = [
    # A forest plot's caption in a JATS review (sr_jats.xml).
    "Figure 2. Kidney disease progression with finerenone in chronic kidney disease and type 2 "
    "diabetes [1,2]; random-effects model, I² = 0%.",
    # RevMan's line under a forest plot.
    "Finerenone lowered kidney disease progression in chronic kidney disease [1,2]. "
    "Heterogeneity: Tau² = 0.00; Chi² = 0.41, df = 1 (P = 0.52); I² = 0%. Test for overall "
    "effect: Z = 3.62 (P = 0.0003).",
    "Finerenone lowered cardiovascular outcomes in chronic kidney disease and type 2 diabetes, "
    "with little heterogeneity (I2 = 12%, tau2 = 0.01, Cochran's Q = 1.1; p for heterogeneity "
    "= 0.29) [1,2].",
    # One trial cited beside the review's own statistic: no trial states an I².
    "Finerenone lowered kidney disease progression in chronic kidney disease and type 2 "
    "diabetes in the kidney trial (I^2 = 0%, τ² = 0.00) [1].",
]


@pytest.mark.parametrize("body", HETEROGENEITY)
def test_heterogeneity_statistics_are_the_review_s_own(body: str) -> None:
    """user24: "I² = 0%" in a figure caption got CL301 against the trials it pools."""
    assert cl301(body) == []


def test_a_wrong_result_beside_heterogeneity_is_still_checked() -> None:
    body = (
        "Finerenone lowered kidney disease progression in chronic kidney disease and type 2 "
        "diabetes by 38% (hazard ratio 0.62) in the kidney trial [1]; I² = 0%."
    )
    assert sorted(f.message.split('"')[1] for f in cl301(body)) == ["0.62", "38"]


def test_one_trial_s_own_test_for_heterogeneity_is_still_checked() -> None:
    """review25b P2-2: under one trial's citation, a p for heterogeneity is the trial's own
    subgroup test, which its abstract may state; so is a Q or chi-square. "stage I 2-year"
    names no I²."""
    body = (
        "Finerenone lowered kidney disease progression in chronic kidney disease and type 2 "
        "diabetes, with no heterogeneity by baseline eGFR (p for heterogeneity = 0.03) [1]."
    )
    assert [f.message.split('"')[1] for f in cl301(body)] == ["0.03"]
    staged = (
        "Finerenone lowered kidney disease progression in chronic kidney disease and type 2 "
        "diabetes, with stage I 2-year progression in 7% [1]."
    )
    assert "2" in [f.message.split('"')[1] for f in cl301(staged)]


def test_the_audit_says_of_a_pooled_number_what_cl301_says() -> None:
    """CLOSING24: the audit listed a pooled estimate among the numbers missing while CL301
    was silent on it; now it is listed apart, as the review's."""
    body = POOLED[1] + " " + HETEROGENEITY[0]
    text = f"# Finerenone: a systematic review\n\n{body}\n\n## References\n\n{ENTRIES}"
    document = read_text(text, "review.md", "md")
    result = lint_documents([document], Config(select=["CL3"]), StaticResolver(RECORDS))
    assert [f for f in result.findings if f.code == "CL301"] == []
    (audit,) = build_audit(result)
    citations = [c for claim in audit.claims for c in claim.citations]
    missing = {n.raw for c in citations for n in c.numbers_missing}
    pooled = {n.raw for c in citations for n in c.numbers_pooled}
    assert missing == set()
    assert {"0.85", "0.77", "0"} <= pooled
    text = render_audit_text([audit])
    assert "numbers pooled by the review, not expected in one trial's abstract: " in text
    assert "numbers missing" not in text
    assert "Numbers pooled by the review" in render_audit_html([audit])
    json_citation = render_audit_json([audit])
    assert '"numbers_pooled": [' in json_citation


@pytest.mark.parametrize(
    "count", ["more than 13 000", "over 12,500", "about 13,200", "nearly 13,000", "13,171"]
)
def test_a_count_of_the_patients_of_the_cited_trials_together_is_no_missing_number(
    count: str,
) -> None:
    """user30b P1-2: a guideline's "more than 71 000 patients" in the four DOAC trials it
    cites is their sizes added up (here 5734 + 7437 = 13,171)."""
    body = (
        f"Two large trials compared finerenone with placebo in {count} patients with chronic "
        "kidney disease and type 2 diabetes [1,2]."
    )
    assert cl301(body) == []


@pytest.mark.parametrize(
    ("count", "cited"),
    [("more than 15 000", "1,2"), ("about 20,000", "1,2"), ("13 000", "1,2"), ("5834", "1")],
)
def test_a_count_the_cited_trials_do_not_add_up_to_is_still_reported(
    count: str, cited: str
) -> None:
    body = (
        f"Finerenone was compared with placebo in {count} patients with chronic kidney disease "
        f"and type 2 diabetes [{cited}]."
    )
    (finding,) = cl301(body)
    assert finding.message.startswith(
        f'"{count.removeprefix("more than ").removeprefix("about ")}"'
    )
