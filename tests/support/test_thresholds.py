"""CL303 and the side of a threshold a claim's patients are on (user20 P1 11): the trial of
"an ejection fraction of 40% or less" is never the paper a claim about "above 40%" meant, and
a claim whose co-cited paper supports it well rests on that paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path
from citelint.record import Record
from citelint.support.thresholds import ABOVE, BELOW, opposite, sides


def trial(pmid: str, title: str, abstract: str, first: str) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="The New England journal of medicine",
        journal_abbrev="N Engl J Med",
        year=2022,
        authors=[first, "Okafor CN"],
        abstract=abstract,
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )


REDUCED = trial(
    "39400001",
    "Sotagliflozin in Heart Failure with Reduced Ejection Fraction.",
    "BACKGROUND: Sodium-glucose cotransporter 2 inhibitors lower the risk of hospitalization "
    "for heart failure in patients with type 2 diabetes. METHODS: We randomly assigned 4120 "
    "patients with chronic heart failure and a left ventricular ejection fraction of 40% or "
    "less to sotagliflozin or placebo. RESULTS: Cardiovascular death or a heart failure event "
    "occurred in 16.4% of the sotagliflozin group and in 21.0% of the placebo group (hazard "
    "ratio, 0.76; 95% CI, 0.67 to 0.86). CONCLUSIONS: Sotagliflozin reduced heart failure "
    "events among patients with heart failure and a reduced ejection fraction.",
    "Brandt KL",
)
PRESERVED = trial(
    "39400002",
    "Sotagliflozin in Heart Failure with Preserved Ejection Fraction.",
    "METHODS: In this double-blind trial, we assigned 5210 patients with class II to IV heart "
    "failure and an ejection fraction of more than 40% to sotagliflozin or placebo. RESULTS: "
    "The primary outcome occurred in 13.1% and 16.0% (hazard ratio, 0.80; 95% CI, 0.70 to "
    "0.91). CONCLUSIONS: Sotagliflozin lowered the combined risk of cardiovascular death or "
    "hospitalization for heart failure.",
    "Iversen T",
)
MILD = trial(
    "39400003",
    "Henagliflozin in Heart Failure with Mildly Reduced or Preserved Ejection Fraction.",
    "METHODS: We assigned 6120 patients with heart failure and a left ventricular ejection "
    "fraction above 40% to henagliflozin or placebo. RESULTS: Worsening heart failure or "
    "cardiovascular death occurred in 15.2% and 18.6% (hazard ratio, 0.81). CONCLUSIONS: "
    "Henagliflozin reduced the combined risk of worsening heart failure or cardiovascular death.",
    "Moreau A",
)
GUIDELINE = Record(
    pmid="39400004",
    title="2023 Guideline for the Management of Chronic Heart Failure.",
    journal="Circulation",
    journal_abbrev="Circulation",
    year=2023,
    authors=["Valdez MR", "Okafor CN"],
    abstract="This guideline replaces the 2017 guideline for the management of chronic heart "
    "failure. Sodium-glucose cotransporter 2 inhibitors are recommended for patients with "
    "heart failure and a reduced ejection fraction, and may be considered in patients with a "
    "mildly reduced or preserved ejection fraction.",
    publication_types=["Journal Article", "Practice Guideline"],
)
ENTRIES = "\n".join(
    [
        "",
        "## References",
        "",
        "1. Brandt KL, Okafor CN. Sotagliflozin in heart failure with reduced ejection "
        "fraction. N Engl J Med. 2022;387(4):301-311.",
        "2. Iversen T, Okafor CN. Sotagliflozin in heart failure with preserved ejection "
        "fraction. N Engl J Med. 2022;387(9):801-812.",
        "3. Moreau A, Okafor CN. Henagliflozin in heart failure with mildly reduced or "
        "preserved ejection fraction. N Engl J Med. 2022;387(12):1089-1098.",
        "4. Valdez MR, Okafor CN. 2023 guideline for the management of chronic heart failure. "
        "Circulation. 2023;147(2):e101-e160.",
        "",
    ]
)


def cl303(tmp_path: Path, claim: str) -> list[Finding]:
    path = tmp_path / "sglt2.md"
    path.write_text(f"# SGLT2 inhibitors in heart failure\n\n{claim}\n{ENTRIES}", "utf-8")
    result = lint_documents(
        [read_path(path, None)],
        Config(select=["CL303"]),
        StaticResolver([REDUCED, PRESERVED, MILD, GUIDELINE]),
    )
    return result.findings


ABOVE_40 = (
    "In heart failure with an ejection fraction above 40%, sodium-glucose cotransporter 2 "
    "inhibitors reduced heart failure events"
)


@pytest.mark.parametrize("cited", ["[2]", "[3]", "[2, 3]"])
def test_cl303_proposes_no_trial_of_the_other_side_of_the_claim_s_threshold(
    tmp_path: Path, cited: str
) -> None:
    """Entry 1 shares the claim's words but enrolled '40% or less': it was not meant."""
    assert cl303(tmp_path, f"{ABOVE_40} {cited}.") == []


def test_cl303_still_proposes_the_trial_of_the_claim_s_own_side(tmp_path: Path) -> None:
    claim = (
        "In heart failure with an ejection fraction of 40% or less, sodium-glucose "
        "cotransporter 2 inhibitors reduced heart failure events [2]."
    )
    (finding,) = cl303(tmp_path, claim)
    assert finding.message.startswith("cited [2], but entry 1 supports it far better")


def test_cl303_is_quiet_when_a_co_cited_paper_supports_the_claim(tmp_path: Path) -> None:
    """[2] supports it well (sotagliflozin, heart failure events); entry 1 fits it even
    better, but the claim rests on [2]. Cited alone, [3] is another matter."""
    claim = "Sotagliflozin reduced heart failure events among patients with heart failure"
    assert cl303(tmp_path, f"{claim} [2, 3].") == []
    (finding,) = cl303(tmp_path, f"{claim} [3].")
    assert finding.message.startswith("cited [3], but entry 1 supports it far better")


def test_cl303_takes_no_shared_threshold_for_the_claim_s_own_number(tmp_path: Path) -> None:
    """The guideline is cited for what it recommends; the trials enrolled "above 40%" too,
    which says whom they studied, not that the claim was written from one of them."""
    for claim in (
        "Guidelines now recommend these drugs for reduced ejection fraction and suggest them "
        "above 40% [4].",
        "Guidelines recommend these drugs in heart failure with an ejection fraction above "
        "40% [4].",
    ):
        assert cl303(tmp_path, claim) == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("For LVEF above 40%, both reduced events", (40.0, True, ABOVE)),
        ("an ejection fraction of more than 40%", (40.0, True, ABOVE)),
        ("LVEF >40%", (40.0, True, ABOVE)),
        ("EF ≥ 50%", (50.0, True, ABOVE)),
        ("patients aged 65 years or older", (65.0, False, ABOVE)),
        ("an ejection fraction of 40% or less", (40.0, True, BELOW)),
        ("LVEF ≤40%", (40.0, True, BELOW)),
        ("eGFR below 60 ml/min per 1.73 m2", (60.0, False, BELOW)),
        ("an eGFR of 30 ml/min or lower", (30.0, False, BELOW)),
    ],
)
def test_sides_reads_a_threshold_and_its_side(text: str, side: tuple) -> None:
    assert side in sides(text)


def test_a_source_stating_both_sides_is_no_other_side() -> None:
    claim = sides("in patients with an ejection fraction above 40%")
    assert opposite(claim, sides("a left ventricular ejection fraction of 40% or less"))
    # DELIVER-like: background on "40% or less", its own patients "more than 40%".
    both = sides("Benefit is known with 40% or less. We enrolled patients with more than 40%.")
    assert not opposite(claim, both)
    assert not opposite(claim, sides("an ejection fraction of 50% or less"))
    assert not opposite(set(), sides("40% or less"))


def test_a_negated_comparison_is_read_whole() -> None:
    """ "No less than 40%" is a floor: its "less than" alone had read it as below."""
    assert sides("an ejection fraction of no less than 40%") == {(40.0, True, ABOVE)}
    assert sides("no fewer than 3 admissions") == {(3.0, False, ABOVE)}
    assert sides("no more than 40%") == {(40.0, True, BELOW)}
    # One list with the claim's bounds (side_words): "not higher than" was read as above.
    assert sides("an ejection fraction not higher than 40%") == {(40.0, True, BELOW)}
    assert sides("no greater than 40%") == {(40.0, True, BELOW)}
    assert sides("not lower than 50%") == {(50.0, True, ABOVE)}
