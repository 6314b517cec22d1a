"""CL302/CL303 on a pathway's recommendation that names a class of drugs and cites a trial of
one member (user30b P1-3): the trial is the class's evidence, not a misnumbered citation,
however well a later trial's abstract matches the words about the disease."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record


def record(pmid: str, title: str, abstract: str) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="Journal of cardiac pathways",
        year=1990,
        authors=["Lindqvist A", "Obi C"],
        abstract=abstract,
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )


RAMIPRIL_TRIAL = record(
    "39300001",
    "Effect of ramipril on survival in severe chronic cardiac failure.",
    "In 220 patients with severe chronic cardiac failure in functional class IV, ramipril "
    "added to usual therapy lowered mortality at 6 months from 44% to 26% and improved "
    "symptoms compared with placebo.",
)
NEPRILYSIN_TRIAL = record(
    "39300002",
    "Neprilysin inhibition compared with an ACE inhibitor in heart failure.",
    "In 8,400 adults with heart failure with reduced ejection fraction, an angiotensin "
    "receptor-neprilysin inhibitor lowered cardiovascular death or hospitalisation for heart "
    "failure compared with an ACE inhibitor and beta-blocker background therapy.",
)
STATIN_TRIAL = record(
    "39300003",
    "Rosuvastatin in older patients with systolic heart failure.",
    "In 5,011 patients with chronic systolic heart failure, rosuvastatin did not reduce the "
    "primary outcome of cardiovascular death, myocardial infarction or stroke.",
)


def codes(body: str, *records: Record) -> list[str]:
    listed = "\n".join(
        f"{n}. Lindqvist A, Obi C. {r.title} J Card Pathw. 1990;{n}:1-9. PMID: {r.pmid}"
        for n, r in enumerate(records, start=1)
    )
    text = f"# Heart failure pathway\n\n## Recommendations\n\n{body}\n\n## References\n\n{listed}\n"
    document = read_text(text, "pathway.md", "md")
    config = Config(select=["CL302", "CL303"])
    result = lint_documents([document], config, StaticResolver(list(records)))
    return [finding.code for finding in result.findings]


OFFER = (
    "1. Offer an ACE inhibitor and a beta-blocker to adults with heart failure with reduced "
    "ejection fraction [1].\n"
    "2. Consider a neprilysin inhibitor in place of the ACE inhibitor if symptoms persist [2]."
)


def test_a_class_recommendation_citing_a_member_s_trial_is_not_misnumbered() -> None:
    """user30b P1-3: CL303 "entry 2 supports it far better (0.49 against 0.10)"."""
    assert codes(OFFER, RAMIPRIL_TRIAL, NEPRILYSIN_TRIAL) == []


def test_a_class_recommendation_citing_another_class_s_trial_is_still_reported() -> None:
    """The statin trial tests no ACE inhibitor: the neprilysin trial is still proposed."""
    assert "CL303" in codes(OFFER, STATIN_TRIAL, NEPRILYSIN_TRIAL)


def test_a_statement_citing_a_member_s_trial_is_judged_as_before() -> None:
    """Only a recommendation's words: a finding stated of the class is still weighed."""
    statement = OFFER.replace(
        "1. Offer an ACE inhibitor and a beta-blocker to adults",
        "1. An ACE inhibitor and a beta-blocker lowered hospitalisation in adults",
    )
    assert "CL303" in codes(statement, RAMIPRIL_TRIAL, NEPRILYSIN_TRIAL)


METOPROLOL_HF_TRIAL = record(
    "39300004",
    "Effect of metoprolol CR/XL in chronic heart failure: a randomised intervention trial.",
    "In 3,991 patients with chronic heart failure and reduced ejection fraction, metoprolol "
    "CR/XL once daily added to standard therapy lowered all-cause mortality by 34% compared "
    "with placebo.",
)
PROPRANOLOL_MI_TRIAL = record(
    "39300005",
    "Beta-blockade after acute myocardial infarction: a randomised trial of propranolol.",
    "In 3,837 survivors of acute myocardial infarction, propranolol started 5 to 21 days "
    "after the infarction reduced total mortality by 26% over 25 months compared with placebo.",
)


def test_a_result_opening_use_of_a_class_is_no_recommendation() -> None:
    """review32a P2: "Use of beta-blockers ... reduced mortality" is a result; citing the
    heart-failure trial for the infarction finding is still a misfit (CL303)."""
    body = (
        "1. Use of beta-blockers after acute myocardial infarction reduced total mortality by "
        "a quarter in survivors [1].\n"
        "2. In chronic heart failure, metoprolol lowered all-cause mortality compared with "
        "placebo [2]."
    )
    assert codes(body, METOPROLOL_HF_TRIAL, PROPRANOLOL_MI_TRIAL) == ["CL303", "CL303"]
