"""Which clause of a claim a citation closes: CL304 and CL301 judge the clause, and the audit
tells the verdicts check tells (user19 P2: pooled.md, clean.xml line 21, "unsupported 0.00")."""

from __future__ import annotations

from pathlib import Path

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path
from citelint.record import Record
from citelint.support.audit import UNSUPPORTED, UNVERIFIED, WEAK, build_audit


def trial(pmid: str, title: str, abstract: str, first: str) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="Journal of Cardiac Failure",
        journal_abbrev="J Card Fail",
        year=2021,
        authors=[first, "Okonkwo AB"],
        abstract=abstract,
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )


TORSEMIDE = trial(
    "38100001",
    "Torsemide versus furosemide after hospitalization for heart failure.",
    "We randomly assigned 2859 patients hospitalized for heart failure to torsemide or "
    "furosemide. Death from any cause occurred in 26.1% and 26.2% (hazard ratio, 1.02).",
    "Lindqvist P",
)
ACETAZOLAMIDE = trial(
    "38100002",
    "Acetazolamide added to loop diuretics in acute decompensated heart failure.",
    "We randomly assigned 519 patients with acute decompensated heart failure and volume "
    "overload to intravenous acetazolamide or placebo added to loop diuretics. Successful "
    "decongestion occurred in 42.2% and 30.5% (risk ratio, 1.46).",
    "Marchetti R",
)
HYDROCHLOROTHIAZIDE = trial(
    "38100003",
    "Hydrochlorothiazide added to loop diuretics in acute heart failure with diuretic resistance.",
    "We randomly assigned 230 patients with acute heart failure and diuretic resistance to "
    "oral hydrochlorothiazide or placebo. Weight fell by 2.3 kg and 1.5 kg at 72 hours.",
    "Szabo K",
)
ENTRIES = "\n".join(
    [
        "",
        "## References",
        "",
        "1. Lindqvist P, Okonkwo AB. Torsemide versus furosemide after hospitalization for "
        "heart failure. J Card Fail. 2021;27(3):301-309. PMID: 38100001",
        "2. Marchetti R, Okonkwo AB. Acetazolamide added to loop diuretics in acute "
        "decompensated heart failure. J Card Fail. 2021;27(5):511-519. PMID: 38100002",
        "3. Szabo K, Okonkwo AB. Hydrochlorothiazide added to loop diuretics in acute heart "
        "failure with diuretic resistance. J Card Fail. 2021;27(8):822-830. PMID: 38100003",
        "",
    ]
)


def lint(tmp_path: Path, body: str) -> list[Finding]:
    path = tmp_path / "diuretics.md"
    path.write_text(f"# Diuretics in heart failure\n\n{body}\n{ENTRIES}", encoding="utf-8")
    records = [TORSEMIDE, ACETAZOLAMIDE, HYDROCHLOROTHIAZIDE]
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL3"]), StaticResolver(records)
    )
    return result.findings


def test_cl304_judges_the_clause_its_design_is_named_in(tmp_path: Path) -> None:
    """The design is the second clause's: reported at its citation, naming all it cites."""
    body = (
        "Loop diuretics were compared head to head in hospitalized patients [1], and a pooled "
        "analysis of three trials found that adding a second diuretic speeds decongestion "
        "[1-3]."
    )
    (finding,) = [f for f in lint(tmp_path, body) if f.code == "CL304"]
    assert finding.message.startswith("references 1, 2, 3: claim calls it a meta-analysis")
    assert finding.column > 100  # at "[1-3]", not at the first clause's "[1]"


def test_cl304_leaves_a_design_said_of_another_clause_s_citation(tmp_path: Path) -> None:
    """'Randomized' is said of [2] and [3], both randomized; [1] is cited for its own words."""
    body = (
        "Torsemide did not lower mortality after a heart failure admission [1], while "
        "randomized trials of acetazolamide and hydrochlorothiazide added to loop diuretics "
        "improved decongestion [2, 3]."
    )
    assert [f for f in lint(tmp_path, body) if f.code == "CL304"] == []


def test_cl304_of_a_sentence_of_one_citation_is_unchanged(tmp_path: Path) -> None:
    body = "A meta-analysis found that torsemide did not lower mortality after admission [1]."
    (finding,) = [f for f in lint(tmp_path, body) if f.code == "CL304"]
    assert finding.message.startswith("reference 1: claim calls it a meta-analysis")


def test_cl301_skips_a_clause_citing_the_article_s_own_table(tmp_path: Path) -> None:
    """clean.xml line 21: the numbers after ';' are the article's own table's."""
    body = (
        "Acetazolamide improved decongestion in acute decompensated heart failure [2]; in our "
        "cohort the median dose was 500 mg on days 1 to 3 (Table 2)."
    )
    assert [f for f in lint(tmp_path, body) if f.code == "CL301"] == []
    # The same numbers before the citation are the cited paper's to hold.
    body = (
        "Acetazolamide 500 mg on days 1 to 3 improved decongestion in acute decompensated "
        "heart failure [2]; see Table 2 for our cohort."
    )
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert "500" in found


def test_the_audit_does_not_call_a_claim_too_thin_to_judge_unsupported(tmp_path: Path) -> None:
    """check passes "A new paragraph added on top.[1]" (no key terms): the audit said
    "unsupported 0.00"; it says the claim was not judged."""
    path = tmp_path / "thin.md"
    body = (
        "A new paragraph added on top.[1]\n\nTorsemide and furosemide gave the same "
        "mortality after a heart failure admission.[1]\n"
    )
    path.write_text(body + ENTRIES, encoding="utf-8")
    records = [TORSEMIDE, ACETAZOLAMIDE, HYDROCHLOROTHIAZIDE]
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL3"]), StaticResolver(records)
    )
    assert not [f for f in result.findings if f.code == "CL302"]
    (audit,) = build_audit(result)
    thin, full = (claim.citations[0] for claim in audit.claims[:2])
    assert thin.verdict == UNVERIFIED
    assert thin.note is not None and thin.note.startswith("support not judged")
    assert full.verdict != UNVERIFIED


def audit_of(tmp_path: Path, body: str) -> tuple[list[Finding], list]:
    path = tmp_path / "audited.md"
    path.write_text(f"# Diuretics in heart failure\n\n{body}\n{ENTRIES}", encoding="utf-8")
    records = [TORSEMIDE, ACETAZOLAMIDE, HYDROCHLOROTHIAZIDE]
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL3"]), StaticResolver(records)
    )
    (audit,) = build_audit(result)
    return result.findings, audit.claims


def test_a_thin_claim_naming_a_design_is_weak_with_its_support_not_judged(
    tmp_path: Path,
) -> None:
    """review20a P3: "[1] unverified ... not judged" stood above the CL304 the same citation
    got: the design was judged, only the support was not."""
    findings, claims = audit_of(tmp_path, "A meta-analysis confirmed this [1].")
    assert [f.code for f in findings] == ["CL304"]
    (citation,) = claims[0].citations
    assert citation.verdict == WEAK
    assert citation.note is not None and citation.note.startswith("support not judged")


def test_an_anaphoric_claim_naming_only_its_source_is_too_thin_to_judge(tmp_path: Path) -> None:
    """user20 P2: "So did a version cited from the Cochrane Library's own page [3]." borrows
    its finding from the sentence before; its words name where it was read: CL302 0.00."""
    body = (
        "Hydrochlorothiazide added to loop diuretics sped decongestion in diuretic resistance "
        "[3]. So did a version cited from the Cochrane Library's own page [3]."
    )
    findings, claims = audit_of(tmp_path, body)
    assert [f for f in findings if f.code == "CL302"] == []
    assert claims[1].citations[0].verdict == UNVERIFIED
    # A claim with a topic of its own is still judged against the paper it cites.
    findings, _ = audit_of(
        tmp_path, "So did colchicine given for acute gout flares in older adults [3]."
    )
    assert [f.code for f in findings if f.code == "CL302"] == ["CL302"]


def test_cl301_leaves_an_order_s_own_doses_and_schedule(tmp_path: Path) -> None:
    """A clinic note's plan line cites the trial for the drug; "10 mg", "4 weeks" and "5.0"
    are the writer's orders. A result stated in the order is still checked."""
    body = (
        "Plan:\n\n"
        "- Start acetazolamide 250 mg twice daily; titrate to 500 mg at 3 days if "
        "K+ < 5.0 [2].\n"
        "- Give acetazolamide, which improved decongestion to 52.2% of patients [2].\n"
    )
    found = [f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"]
    assert found == ["52.2"]


def test_cl301_leaves_a_medication_line_s_dose_before_its_order(tmp_path: Path) -> None:
    """A medication list's line names the drug, dose and schedule, then the order:
    "Semaglutide 0.25 mg weekly, up-titrate to 1.0 mg weekly (PMID ...)" flagged 0.25."""
    body = (
        "Medications:\n\n"
        "- Hydrochlorothiazide 25 mg once daily, titrate to 50 mg if weight does not fall [3].\n"
        "- Acetazolamide 500 mg IV daily, then check urine sodium at 2 hours [2].\n"
    )
    assert [f for f in lint(tmp_path, body) if f.code == "CL301"] == []
    # user20 P1 10: another drug's dose and days before the order of the cited one.
    body = (
        "Plan: furosemide 80 mg IV [q12h] x 2 days; spironolactone 25 mg [once daily]; start "
        "acetazolamide 500 mg once daily, which improved decongestion in acute decompensated "
        "heart failure [2]."
    )
    assert [f for f in lint(tmp_path, body) if f.code == "CL301"] == []
    # A finding about the drug at that dose is the cited paper's to hold.
    body = "Hydrochlorothiazide 25 mg once daily reduced weight by 4.1 kg at 72 hours [3]."
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"25", "4.1"}


def test_cl301_leaves_a_figure_s_numbers_after_the_citation(tmp_path: Path) -> None:
    body = (
        "Torsemide did not lower mortality after a heart failure admission (26.1% vs 26.2%) "
        "[1] (see Figure 2 for our patients' diuretic at 12 months, 64% on torsemide)."
    )
    assert [f for f in lint(tmp_path, body) if f.code == "CL301"] == []


def test_cl301_still_checks_results_beside_an_order_s_clause(tmp_path: Path) -> None:
    """review20a: a closing "; consider it when ..." made every number of the claim the
    writer's own, so a wrong result or count went unsaid. Only the order's clause is."""
    cases = {
        "Hydrochlorothiazide added to loop diuretics reduced weight by 4.1 kg at 72 hours in "
        "diuretic resistance; consider it when loop diuretics fail [3].": "4.1",
        "Acetazolamide decongested 310 of 519 patients with acute decompensated heart "
        "failure; consider adding it to loop diuretics [2].": "310",
        "Start hydrochlorothiazide in diuretic resistance; weight fell by 4.1 kg at 72 hours "
        "[3].": "4.1",
    }
    for body, number in cases.items():
        found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
        assert number in found, body


def test_cl304_judges_all_markers_that_close_a_claim_together(tmp_path: Path) -> None:
    """review20a: "... [1], [3]." and ".[1][3]" closed the claim with two markers, and the
    design was said of the first alone: a false CL304 where [3] is the meta-analysis."""
    pooled = Record(
        **{**vars(HYDROCHLOROTHIAZIDE), "publication_types": ["Journal Article", "Meta-Analysis"]}
    )
    for ending in ("[1], [3].", ".[1][3]"):
        body = (
            "A meta-analysis and a trial found weight loss with thiazides added to loop "
            f"diuretics in diuretic resistance {ending}"
        )
        path = tmp_path / "pooled.md"
        path.write_text(f"# Diuretics\n\n{body}\n{ENTRIES}", encoding="utf-8")
        result = lint_documents(
            [read_path(path, None)],
            Config(select=["CL304"]),
            StaticResolver([TORSEMIDE, ACETAZOLAMIDE, pooled]),
        )
        assert result.findings == [], ending


def test_cl301_leaves_a_note_s_medication_line_without_a_verb(tmp_path: Path) -> None:
    """user22 P1 12: a note gives the drug, dose and schedule, then "given" or "per" and the
    reason, with no order verb: "Acetazolamide 500 mg IV x1 given ..." flagged 500."""
    body = (
        "Plan:\n\n"
        "- Acetazolamide 500 mg/kg IV x1 given urine sodium < 50 after loop diuretic [2].\n"
        "- Hydrochlorothiazide 25 mg PO daily x 3 d given diuretic resistance [3].\n"
    )
    assert [f for f in lint(tmp_path, body) if f.code == "CL301"] == []
    # review22b: "per the trial" claims the dose as the trial's; it is checked.
    body = "- Hydrochlorothiazide 25 mg PO daily x 3 d per the trial in diuretic resistance [3].\n"
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"25", "3"}
    # A line reporting a result at that dose is still the paper's to hold.
    body = "Hydrochlorothiazide 25 mg daily reduced weight by 4.1 kg given diuretic resistance [3]."
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"25", "4.1"}


def test_cl301_leaves_a_note_s_own_regimen_in_its_other_shapes(tmp_path: Path) -> None:
    """user23 P1-7: a handout's regimen before its evidence: "... x1 with <indication>:",
    "... is an alternative:", "Alternative: <drug dose> (<evidence>)", "If <threshold>, add
    ...", "Step down ... after 10-14 d IV: ..." each drew CL301 on the writer's dose or days."""
    lines = [
        "Acetazolamide 500 mg IV single dose (max 1000 mg) with volume overload: decongestion "
        "in 42.2% vs 30.5% [2].",
        "Acetazolamide 500 mg IV x1 with diuretic resistance: decongestion 42.2% vs 30.5% [2].",
        "Hydrochlorothiazide 25 mg OD is an alternative: weight fell by 2.3 kg at 72 hours [3].",
        "Alternative: hydrochlorothiazide 25 mg OD (weight fell by 2.3 kg at 72 hours) [3].",
        "If urine sodium <50 mmol/L, add acetazolamide 500 mg IV; decongestion 42.2% vs 30.5% [2].",
        "Step down to oral torsemide after 5-7 d IV: death in 26.1% vs 26.2% [1].",
        "Acetazolamide 500 mg IV x1 if urine sodium <50 mmol/L: decongestion 42.2% [2].",
        "Hydrochlorothiazide 25 mg OD started today; weight fell by 2.3 kg at 72 hours [3].",
        "Diuretic resistance, no hypokalaemia: hydrochlorothiazide 25 mg PO OD x 3 d [3].",
        "| Acetazolamide | 250-500 mg IV x1 by weight | Overload | Decongestion 42.2% [2] |",
    ]
    for line in lines:
        assert [f.message for f in lint(tmp_path, line) if f.code == "CL301"] == [], line
    # What follows the order's colon is the evidence: a wrong figure there is still flagged.
    body = "Step down to oral torsemide after 5-7 d IV: death at 90 days in 28.1% [1]."
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"90", "28.1"}
    # A dose the sentence says the trial gave, before its finding, is the trial's.
    body = "Acetazolamide 250 mg IV decongested patients with volume overload: 42.2% vs 30.5% [2]."
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"250"}


def test_cl301_leaves_the_patient_s_own_values_in_a_note(tmp_path: Path) -> None:
    """user23 P1 16: a note cites the trial for its decision about the patient; the patient's
    "LVEF 30%", "eGFR 38", "K 4.6 mmol/L" are the note's, not the trial's results."""
    lines = [
        "With an EF 30% she qualifies for acetazolamide, which improved decongestion [2].",
        "Pt's eGFR 38 and K 4.6 mmol/L: start acetazolamide, decongestion 42.2% vs 30.5% [2].",
        "68M, NT-proBNP 4200: acetazolamide indicated, decongestion 42.2% vs 30.5% [2].",
        "K 4.6 mmol/L, eGFR 48: safe to start acetazolamide; decongestion 42.2% [2].",
        "Acetazolamide 500 mg IV started today (Na 128); decongestion 42.2% vs 30.5% [2].",
        # claims23a: a note line's head names its patient before the evidence.
        "NT-proBNP 5200, overloaded: acetazolamide improved decongestion [2].",
        "HF, frail, 82 y: acetazolamide improved decongestion with loop diuretics [2].",
    ]
    for line in lines:
        assert [f.message for f in lint(tmp_path, line) if f.code == "CL301"] == [], line
    # A measure's value said of the trial's patients, with no patient of the note, is checked.
    body = "Acetazolamide improved decongestion in patients with an eGFR 38 or more [2]."
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"38"}
    # So is the patient's sentence's result.
    body = "With an EF 30% she qualifies for acetazolamide: decongestion 48.2% vs 30.5% [2]."
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"48.2"}


def test_cl301_still_checks_a_trial_s_regimen_written_like_a_note_s(tmp_path: Path) -> None:
    """review23a P1-1, P1-3: the note's shapes held in article sentences too and hid a trial's
    misquoted dose; an order's threshold after its colon was taken for the evidence."""
    cases = {
        "Patients received acetazolamide 250 mg daily for 3 days; decongestion was 42.2% vs "
        "30.5% [2].": "250",
        "Acetazolamide 250 mg daily in volume overload: decongestion 42.2% vs 30.5% [2].": "250",
        "Intervention: acetazolamide 250 mg once daily (decongestion 42.2%) [2].": "250",
        "Acetazolamide; 250 mg daily for 3 days; decongestion 42.2% vs 30.5% [2].": "250",
        "In the trial, acetazolamide for 5 days improved decongestion to 42.2%: use it in "
        "volume overload [2].": "5",
    }
    for body, number in cases.items():
        found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
        assert number in found, body
    body = (
        "Start acetazolamide 500 mg IV daily and recheck sodium at 2 hours: if urine sodium "
        "<50 mmol/L, give a second dose [2]."
    )
    assert [f.message for f in lint(tmp_path, body) if f.code == "CL301"] == []
    # review24a P1 11: a head naming the trial is no indication; the dose after it is the trial's.
    body = "DIURESIS-HF: acetazolamide 250 mg daily x 3 d; decongestion 42.2% vs 30.5% [2]."
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"250", "3"}
    # A note's label in capitals is no trial's name: its regimen stays the writer's.
    body = "PLAN: acetazolamide 500 mg IV daily x 3 d; decongestion 42.2% vs 30.5% [2]."
    assert [f.message for f in lint(tmp_path, body) if f.code == "CL301"] == []
    # review23b P1-3: a trial's criterion heading the claim is the trial's, not a patient's.
    body = "Overload with an EF of 35% or less: acetazolamide improved decongestion [2]."
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"35"}
    # A patient's clause leaves the trial's clause beside it checked.
    body = (
        "His EF is 30%, and the trial enrolled patients with an EF of 35% or less: "
        "decongestion 42.2% [2]."
    )
    found = {f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"}
    assert found == {"35"}


def test_cl301_leaves_a_guideline_s_threshold_the_trial_does_not_state(tmp_path: Path) -> None:
    """claims21 left: "Guidelines ... suggest them above 40% [6]" drew CL301 "40": a cut-off
    in a clause naming a guideline, a definition or a criterion is no result of the trial."""
    cases = [
        "Guidelines recommend adding acetazolamide to loop diuretics when urine sodium is "
        "below 50 mmol/L, and it improved decongestion in acute decompensated heart failure [2].",
        "In acute decompensated heart failure, defined by the criteria as an NT-proBNP of "
        "1000 pg/mL or more, acetazolamide added to loop diuretics improved decongestion [2].",
    ]
    for body in cases:
        assert [f.message for f in lint(tmp_path, body) if f.code == "CL301"] == [], body
    # A result in the same sentence, outside the guideline's clause, is still checked.
    body = (
        "Guidelines recommend acetazolamide when urine sodium is below 50 mmol/L, and it "
        "decongested 48.5% of patients with acute decompensated heart failure [2]."
    )
    found = [f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"]
    assert found == ["48.5"]
    # So is a threshold said of the patients studied, with no guideline named.
    body = (
        "Acetazolamide added to loop diuretics improved decongestion in acute decompensated "
        "heart failure when urine sodium was below 50 mmol/L [2]."
    )
    found = [f.message.split('"')[1] for f in lint(tmp_path, body) if f.code == "CL301"]
    assert found == ["50"]


ERTUGLIFLOZIN = trial(
    "38100004",
    "Ertugliflozin in patients with heart failure and a reduced ejection fraction.",
    "We randomly assigned 3120 patients with heart failure and a reduced ejection fraction "
    "to ertugliflozin or placebo. Cardiovascular death or worsening heart failure occurred "
    "in 17.2% and 21.4% (hazard ratio, 0.78).",
    "Halloran D",
)


def test_a_thin_claim_naming_another_drug_is_cl302_not_unverified(tmp_path: Path) -> None:
    """user22 P2 (pplx_plant.txt:6): "Empagliflozin showed a similar 25% reduction.[1]" on a
    dapagliflozin paper was "unverified", though the paper was read and names another drug
    of the family. Its support is still not judged by words, but the names it gives are
    plain evidence: CL302 reports it (user22 P1 16), so the audit calls it unsupported and
    says the names judged it."""
    path = tmp_path / "thin.md"
    path.write_text(
        "Sotagliflozin showed a similar 22% reduction [1].\n\n## References\n\n"
        "1. Halloran D, Okonkwo AB. Ertugliflozin in patients with heart failure and a "
        "reduced ejection fraction. J Card Fail. 2021;27(4):401-409. PMID: 38100004\n",
        encoding="utf-8",
    )
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL3"]), StaticResolver([ERTUGLIFLOZIN])
    )
    (audit,) = build_audit(result)
    (citation,) = audit.claims[0].citations
    assert citation.too_thin
    assert citation.mismatches == [
        "the claim names sotagliflozin, the abstract ertugliflozin instead"
    ]
    assert citation.verdict == UNSUPPORTED
    # claims23b: the note said "support not judged" beside the CL302 the names raised
    assert citation.note is not None
    assert citation.note.startswith("support judged by the names the claim gives")
    assert [finding.code for finding in result.findings] == ["CL302"]
