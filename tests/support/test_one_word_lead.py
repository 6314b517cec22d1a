"""CL303 on short guideline claims: one word another abstract shares is no misnumbering."""

from __future__ import annotations

from citelint.models import Claim, Document, Marker, Reference, Resolution, Status
from citelint.record import Record
from citelint.rules.base import CheckContext
from citelint.rules.support import BetterReference

ENALAPRIL_TRIAL = Record(
    pmid="201",
    title="Enalapril and survival in severe congestive heart failure.",
    abstract=(
        "We randomly assigned 253 patients with severe congestive heart failure to enalapril "
        "or placebo on top of digitalis and diuretics. Mortality at six months was 26% with "
        "enalapril and 44% with placebo. Enalapril lowered mortality and eased symptoms."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
COST_MODEL = Record(
    pmid="202",
    title="Cost-effectiveness of an angiotensin receptor-neprilysin inhibitor versus enalapril "
    "in heart failure with reduced ejection fraction.",
    abstract=(
        "We built a Markov model of patients with heart failure and reduced ejection fraction "
        "treated with sacubitril-valsartan or enalapril. Lower cardiovascular mortality gave "
        "0.6 more quality-adjusted life-years at a cost of 45,000 US dollars per year gained."
    ),
    publication_types=["Journal Article"],
)
WALKING = Record(
    pmid="203",
    title="Supervised treadmill walking for neurogenic claudication: a randomized trial.",
    abstract=(
        "We randomly assigned 96 adults with neurogenic claudication to 12 weeks of supervised "
        "treadmill walking or a leaflet. Walking distance rose by 212 m with supervision."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
BALANCE = Record(
    pmid="204",
    title="Paraspinal denervation and postural balance in lumbar spinal stenosis.",
    abstract=(
        "In 48 patients with lumbar spinal stenosis, paraspinal mapping scores correlated with "
        "static sway and with limits of stability. Denervation may shift the centre of gravity."
    ),
    publication_types=["Journal Article"],
)


def findings(claims: list[tuple[str, int]], records: list[Record]) -> list:
    """CL303 on an article whose line n holds claim n citing one entry."""
    document = Document(path="a.md", format="md", text="")
    for line, (text, number) in enumerate(claims, start=1):
        marker = Marker([number], line, len(text) + 2, f"[{number}]")
        document.claims.append(Claim(text, line, 1, [marker]))
    resolutions = {}
    for number, record in enumerate(records, start=1):
        document.references.append(Reference(number, f"entry {number}", 50 + number, 1))
        resolutions[number] = Resolution(number, Status.RESOLVED, record=record)
    document.text = "\n".join(f"{text} [{number}]" for text, number in claims)
    return list(BetterReference().check(CheckContext(document, resolutions)))


def test_a_short_claim_ahead_elsewhere_by_one_abbreviation_is_not_misnumbered() -> None:
    """user30b P1-3: 'ACEi reduce mortality in HFrEF.4' citing CONSENSUS was 'likely meant'
    a cost model whose abstract spells out 'reduced ejection fraction'."""
    assert findings([("ACEi reduce mortality in HFrEF.", 1)], [ENALAPRIL_TRIAL, COST_MODEL]) == []


def test_a_short_claim_ahead_elsewhere_by_several_words_is_still_misnumbered() -> None:
    claim = "Supervised treadmill walking lengthened walking distance in neurogenic claudication."
    (finding,) = findings([(claim, 1)], [BALANCE, WALKING])
    assert finding.message.startswith("cited [1], but entry 2 supports it far better")


def test_a_swapped_pair_of_long_claims_is_still_misnumbered() -> None:
    walking = (
        "In adults with neurogenic claudication, twelve weeks of supervised treadmill walking "
        "lengthened the distance they could walk far more than a leaflet did."
    )
    balance = (
        "Paraspinal mapping scores of patients with lumbar spinal stenosis correlated with "
        "static sway and limits of stability, as denervation shifts the centre of gravity."
    )
    found = findings([(walking, 2), (balance, 1)], [WALKING, BALANCE])
    assert [f.message.split(" (")[0] for f in found] == [
        "cited [2], but entry 1 supports it far better",
        "cited [1], but entry 2 supports it far better",
    ]


DAPA_HF = Record(
    pmid="205",
    title="Dapagliflozin in patients with heart failure and reduced ejection fraction.",
    abstract=(
        "In DAPA-HF, 4744 patients with heart failure and an ejection fraction of 40% or less "
        "were randomly assigned to dapagliflozin 10 mg or placebo. Worsening heart failure or "
        "cardiovascular death occurred in 16.3% and 21.2%. Dapagliflozin reduced the risk."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
EMPEROR_REDUCED = Record(
    pmid="206",
    title="Cardiovascular and renal outcomes with empagliflozin in heart failure "
    "(EMPEROR-Reduced).",
    abstract=(
        "In EMPEROR-Reduced, 3730 patients with class II-IV heart failure and an ejection "
        "fraction of 40% or less were randomly assigned to empagliflozin or placebo. "
        "Cardiovascular death or hospitalization for heart failure occurred in 19.4% and 24.7%."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
KNEE = Record(
    pmid="207",
    title="Exercise therapy for knee osteoarthritis.",
    abstract="In 200 adults with knee osteoarthritis, exercise reduced pain.",
    publication_types=["Journal Article"],
)


def test_a_short_claim_naming_another_entry_s_trial_is_still_misnumbered() -> None:
    # review30a P1-1: the trial's name is the surest sign of a slipped number, never "one
    # abbreviation" to take out.
    claim = "EMPEROR-Reduced lowered heart failure admissions."
    (finding,) = findings([(claim, 1)], [DAPA_HF, EMPEROR_REDUCED, KNEE])
    assert finding.message.startswith("cited [1], but entry 2 supports it far better")
