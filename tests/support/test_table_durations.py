"""CL301 and a table's follow-up given in the unit its column head names (user30b P1-7)."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record
from citelint.support.audit import build_audit

RECORDS = [
    Record(
        pmid="38500001",
        title="Weekly incretin agonist and cardiovascular events in type 2 diabetes.",
        journal="The Lancet",
        year=2018,
        authors=["Halvorsen T", "Mbeki N"],
        abstract=(
            "We randomly assigned 2,980 adults with type 2 diabetes and cardiovascular disease "
            "to a weekly incretin agonist or placebo for 104 weeks. The primary outcome "
            "occurred in 6.4% and 8.7% (hazard ratio 0.73; 95% CI 0.57 to 0.94)."
        ),
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    ),
    Record(
        pmid="38500002",
        title="A sodium-glucose cotransporter inhibitor in chronic heart failure.",
        journal="The Lancet",
        year=2020,
        authors=["Ferreira-Lind C", "Osei K"],
        abstract=(
            "We randomly assigned 4,210 adults with chronic heart failure to the inhibitor or "
            "placebo. Over a median of 18.2 months, worsening heart failure or cardiovascular "
            "death occurred in 15.9% and 20.6% (hazard ratio 0.75; 95% CI 0.66 to 0.86)."
        ),
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    ),
]
ENTRIES = (
    "1. Halvorsen T, Mbeki N. Weekly incretin agonist and cardiovascular events in type 2 "
    "diabetes. Lancet. 2018;391:1201-9.\n"
    "2. Ferreira-Lind C, Osei K. A sodium-glucose cotransporter inhibitor in chronic heart "
    "failure. Lancet. 2020;395:2210-19.\n"
)


def table(head: str, first: str, second: str) -> str:
    return (
        "# Outcome trials in cardiometabolic disease\n\n"
        "Table 2. Outcome trials of the newer agents\n\n"
        f"| Trial | Patients | {head} | HR (95% CI) | Ref |\n"
        "|---|---|---|---|---|\n"
        f"| Incretin agonist trial | 2,980 | {first} | 0.73 (0.57–0.94) | [1] |\n"
        f"| Cotransporter inhibitor trial | 4,210 | {second} | 0.75 (0.66–0.86) | [2] |\n\n"
        f"## References\n\n{ENTRIES}"
    )


def cl301(text: str) -> list[Finding]:
    document = read_text(text, "trials.md", "md")
    result = lint_documents([document], Config(select=["CL301"]), StaticResolver(RECORDS))
    return result.findings


@pytest.mark.parametrize("head", ["Follow-up (y)", "Median follow-up, years", "Follow-up in years"])
def test_a_follow_up_in_the_heads_unit_is_the_abstracts_weeks_or_months(head: str) -> None:
    # 104 weeks is 2.0 years (a table may give the median follow-up, 2.1); 18.2 months 1.5.
    assert cl301(table(head, "2.1", "1.5")) == []
    assert cl301(table(head, "2.0", "1.5")) == []


def test_a_follow_up_the_abstracts_do_not_give_is_still_reported() -> None:
    findings = cl301(table("Follow-up (y)", "2.6", "1.2"))
    assert [f.message.split(" does")[0] for f in findings] == ['"2.6"', '"1.2"']


def test_a_head_naming_no_unit_says_nothing_of_the_cell() -> None:
    (finding,) = [f for f in cl301(table("Follow-up", "2.1", "1.5")) if '"2.1"' in f.message]
    assert finding.message.startswith('"2.1" does not appear in the abstract of reference 1')


def test_the_audit_finds_the_converted_follow_up_as_cl301_does() -> None:
    document = read_text(table("Follow-up (y)", "2.1", "1.5"), "trials.md", "md")
    result = lint_documents([document], Config(select=["CL301"]), StaticResolver(RECORDS))
    (audit,) = build_audit(result)
    citations = [c for claim in audit.claims for c in claim.citations]
    assert [n.raw for c in citations for n in c.numbers_missing] == []
    assert {n.raw for c in citations for n in c.numbers_found} >= {"2,980", "0.73", "4,210"}
