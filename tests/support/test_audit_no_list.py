"""The audit's citations in a document with no reference list, and a claim's missing
numbers looked up in a table's heads once per claim (support/audit_claims)."""

from __future__ import annotations

import json

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.report.audit_json import render_audit_json
from citelint.report.audit_text import render_audit_text
from citelint.support import audit_claims
from citelint.support.audit import UNSUPPORTED, UNVERIFIED, build_audit
from tests.support.test_table_durations import RECORDS, table

# A ward's note that cites by number and has no list (user30b P2-3: every citation was
# "unsupported  missing", 22 of a summary's 27 "unsupported").
NOTE = """\
Sepsis bundle: first hour

Give broad-spectrum antibiotics within one hour of recognising septic shock [1].
Take two sets of blood cultures before the first dose, when that causes no delay [2, 3].
"""


def audited(text: str, name: str = "note.txt", fmt: str = "txt") -> list:
    document = read_text(text, name, fmt)
    result = lint_documents([document], Config(select=["CL301"]), StaticResolver(RECORDS))
    return build_audit(result)


def test_citations_with_no_list_are_not_judged_and_say_why() -> None:
    files = audited(NOTE)
    citations = [c for claim in files[0].claims for c in claim.citations]
    assert [(c.number, c.status, c.verdict) for c in citations] == [
        (1, "no list", UNVERIFIED),
        (2, "no list", UNVERIFIED),
        (3, "no list", UNVERIFIED),
    ]
    text = render_audit_text(files)
    assert "[1] not judged  no list" in text and "unsupported" not in text.split("Audited")[0]
    assert "no reference list was read in the document" in text
    assert text.endswith(
        "Audited 2 claims with 3 citations "
        "(0 good, 0 weak, 0 unsupported, 0 contradicted, 3 not judged); 0 findings.\n"
    )


def test_a_number_the_list_lacks_is_still_unsupported_and_missing() -> None:
    # Trap: a list is read and has no entry 3: that is the article's own error.
    files = audited(table("Follow-up (y)", "2.1", "1.5").replace("[2] |", "[3] |"), "t.md", "md")
    (missing,) = [c for claim in files[0].claims for c in claim.citations if c.number == 3]
    assert (missing.status, missing.verdict) == ("missing", UNSUPPORTED)


def test_the_json_summary_counts_citations_beside_claims() -> None:
    summary = json.loads(render_audit_json(audited(NOTE)))["summary"]
    assert (summary["claims"], summary["citations"], summary["unverified"]) == (2, 3, 3)
    assert json.loads(render_audit_json([]))["summary"]["citations"] == 0


def test_a_claim_citing_two_reads_each_record_once_and_walks_only_missing_numbers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = table("Follow-up (y)", "2.1", "1.5").replace("| [1] |", "| [1, 2] |")
    parsed: list[str] = []
    asked: list[str] = []
    reading = audit_claims.source_numbers
    meeting = audit_claims.table_duration_met

    def source_numbers(text: str) -> object:
        parsed.append(text[:20])
        return reading(text)

    def table_duration_met(*args: object) -> bool:
        asked.append(args[2].raw)  # type: ignore[attr-defined]
        return meeting(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_claims, "source_numbers", source_numbers)
    monkeypatch.setattr(audit_claims, "table_duration_met", table_duration_met)
    files = audited(text, "t.md", "md")
    row = next(claim for claim in files[0].claims if len(claim.citations) == 2)
    # 2.1 years is the first trial's 104 weeks: found, whichever record the citation is.
    # 2,980 and 0.73 are the first trial's, not the second's: the co-cited claim rests on [1].
    assert [[n.raw for n in c.numbers_missing] for c in row.citations] == [[], ["2,980", "0.73"]]
    # Each record's numbers read once for the row citing both (the old walk read both for
    # each citation: 4), once for the next row's [2].
    assert parsed == ["Weekly incretin agon", "A sodium-glucose cot", "A sodium-glucose cot"]
    # Only the numbers an abstract lacks are looked up under the heads: [1] lacks 2.1, [2]
    # lacks 2.1 and [1]'s figures, the next row's [2] its 1.5 (18.2 months); never a figure
    # an abstract gives (4,210, the hazard ratios) nor the row's other cells.
    assert asked == ["2.1", "2,980", "2.1", "0.73", "1.5"]
