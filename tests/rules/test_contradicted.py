"""CL306 names the cited paper as the page does: "reference 1" in a numbered list, "PMID n"
for a PMID mentioned inline (user22 P2: "reference 3" on a page with no list)."""

from __future__ import annotations

from pathlib import Path

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path
from citelint.record import Record

# A Cochrane-shaped conclusion: no effect on mortality, a modest one on stroke.
REVIEW = Record(
    pmid="38100005",
    title="Alpha-blockers for primary hypertension in adults.",
    journal="Cochrane Database of Systematic Reviews",
    journal_abbrev="Cochrane Database Syst Rev",
    year=2020,
    authors=["Wiysonge CS", "Okonkwo AB"],
    abstract=(
        "We included 14 randomised trials with 52,000 adults with primary hypertension. "
        "Compared with placebo, alpha-blockers did not significantly reduce all-cause "
        "mortality (risk ratio 0.98, 95% CI 0.86 to 1.12) and only modestly reduced stroke "
        "in hypertension (RR 0.82, 95% CI 0.69 to 0.97)."
    ),
    publication_types=["Journal Article", "Systematic Review"],
)
CLAIM = "Alpha-blockers reduce all-cause mortality in primary hypertension compared with placebo"
ENTRY = (
    "1. Wiysonge CS, Okonkwo AB. Alpha-blockers for primary hypertension in adults. "
    "Cochrane Database Syst Rev. 2020;4:CD002003. PMID: 38100005\n"
)


def contradicted(tmp_path: Path, body: str) -> list[Finding]:
    path = tmp_path / "page.md"
    path.write_text(f"# Hypertension\n\n{body}", encoding="utf-8")
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL306"]), StaticResolver([REVIEW])
    )
    return [finding for finding in result.findings if finding.code == "CL306"]


def test_an_inline_pmid_is_named_by_its_pmid(tmp_path: Path) -> None:
    (finding,) = contradicted(tmp_path, f"{CLAIM} (PMID: 38100005).\n")
    assert finding.message.startswith("PMID 38100005 reports no significant difference")


def test_a_numbered_entry_is_named_by_its_number(tmp_path: Path) -> None:
    (finding,) = contradicted(tmp_path, f"{CLAIM} [1].\n\n## References\n\n{ENTRY}")
    assert finding.message.startswith("reference 1 reports no significant difference")


def test_a_claim_on_the_outcome_the_review_found_reduced_is_no_contradiction(
    tmp_path: Path,
) -> None:
    # user22 P1 13: the null clause is about mortality, the claim about stroke.
    body = "Compared with placebo, alpha-blockers modestly reduced stroke (PMID: 38100005).\n"
    assert contradicted(tmp_path, body) == []


def _catalogue_findings(example: str) -> list[Finding]:
    from citelint.pubmed.pubmed_xml import parse_pubmed_articles
    from citelint.read import read_text
    from citelint.rules.contradicted import ClaimContradicted  # noqa: F401 - the examples' rule

    folder = Path(__file__).resolve().parents[2] / "fixtures" / "support" / "records"
    records = [
        record
        for name in ("99100030.xml", "99100140.xml")
        for record in parse_pubmed_articles((folder / name).read_bytes())
    ]
    document = read_text(example, "CL306-example.md", "md")
    result = lint_documents([document], Config(select=["CL306"]), StaticResolver(records))
    return [finding for finding in result.findings if finding.code == "CL306"]


def test_every_claim_of_the_failing_example_is_contradicted() -> None:
    # user22 P1 15: a denied effect, the other direction, an outcome and a group excluded.
    from citelint.rules.contradicted import ClaimContradicted

    findings = _catalogue_findings(ClaimContradicted.bad_example)
    claims = [line for line in ClaimContradicted.bad_example.splitlines() if line.endswith("]")]
    assert sorted(f.line for f in findings) == [
        number
        for number, line in enumerate(ClaimContradicted.bad_example.splitlines(), start=1)
        if line in claims
    ]
    messages = " | ".join(f.message for f in findings)
    assert 'an effect the claim denies ("reduced hospital admission")' in messages
    assert 'the opposite direction ("reduced hospital admission")' in messages
    assert "no difference in Length of stay" in messages or "no such effect on length" in messages
    assert 'no such effect in that group ("but not among those with moderate attacks")' in messages


def test_no_claim_of_the_passing_example_is_contradicted() -> None:
    from citelint.rules.contradicted import ClaimContradicted

    assert _catalogue_findings(ClaimContradicted.good_example) == []


# A trial whose primary result's parentheses also report a secondary outcome's null
# (review33b P1-3), cited from a plain-text teaching note.
SECONDARY_NULL_TRIAL = Record(
    pmid="38100021",
    title="Empagliflozin in chronic heart failure with reduced ejection fraction.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2020,
    authors=["Haddad R", "Ostrowski M"],
    abstract=(
        "We randomly assigned 3730 adults with chronic heart failure and a reduced ejection "
        "fraction to empagliflozin or placebo. Over 16 months, empagliflozin reduced "
        "hospitalisation for heart failure (hazard ratio, 0.69; 95% CI, 0.59 to 0.81; "
        "cardiovascular death was not significantly reduced, P=0.21). Serious adverse events "
        "were similar in the two groups."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
SECONDARY_NULL_ENTRY = (
    "1. Haddad R, Ostrowski M. Empagliflozin in chronic heart failure with reduced ejection "
    "fraction. N Engl J Med. 2020;383:1413-24. PMID: 38100021\n"
)


def contradicted_in_a_note(tmp_path: Path, sentence: str) -> list[Finding]:
    path = tmp_path / "teaching.txt"
    path.write_text(
        f"Heart failure teaching\n\n{sentence}\n\nReferences\n{SECONDARY_NULL_ENTRY}",
        encoding="utf-8",
    )
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL3"]), StaticResolver([SECONDARY_NULL_TRIAL])
    )
    return [finding for finding in result.findings if finding.code == "CL306"]


def test_a_secondary_null_inside_the_primary_result_s_parentheses_is_no_contradiction(
    tmp_path: Path,
) -> None:
    sentence = (
        "Empagliflozin reduced hospitalisation for heart failure in patients with a reduced "
        "ejection fraction [1]."
    )
    assert contradicted_in_a_note(tmp_path, sentence) == []


def test_a_claim_of_the_effect_the_parentheses_deny_is_still_contradicted(
    tmp_path: Path,
) -> None:
    sentence = "Empagliflozin reduced cardiovascular death in chronic heart failure [1]."
    (finding,) = contradicted_in_a_note(tmp_path, sentence)
    assert finding.message.startswith("reference 1 reports no significant difference")
