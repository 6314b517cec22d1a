"""A table row's column heads: levels of evidence and a "Rationale" cell (user26 P1-5, P1-6)."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.table_columns import level_cells, reason_cell, table_head

MARKDOWN = (
    "Intro.\n\n| No. | Recommendation | Grade | LoE | Ref. |\n|---|---|---|---|---|\n"
    "| 1.1 | Give fluids | B | 2a | [1] |\n| 1.2 | Stop the drug | D | 5 | [2] |\n"
)
# The HTML reader's rows: a line each, blank lines between, the head first.
HTML = "| Problem | Rationale | Evaluation |\n\n| Pain 7/10 | Opioids relieve pain [1] | 3/10 |\n"


def test_a_markdown_rows_heads_are_above_its_delimiter_row() -> None:
    known: dict[int, list[str] | None] = {}
    second = MARKDOWN.index("| 1.2")
    assert table_head(MARKDOWN, second, known) == ["no", "recommendation", "grade", "loe", "ref"]
    assert table_head(MARKDOWN, MARKDOWN.index("| 1.1"), known) == known[second]


def test_only_a_level_under_a_level_head_is_left_out() -> None:
    head = ["no", "recommendation", "grade", "loe", "ref"]
    row = "| 1.2 | Stop the drug | D | 5 | [2] |"
    assert [row[a:b].strip() for a, b in level_cells(row, head)] == ["5"]
    dose = "| 1.2 | Stop the drug | D | 12 mg | [2] |"
    assert level_cells(dose, head) == []
    assert level_cells("| 1.2 | Stop | D | 5 |", head) == []  # cells and heads differ


def test_a_rationale_cell_holding_the_citation_is_the_claim() -> None:
    row = HTML.split("\n")[2]
    head = table_head(HTML, HTML.index("| Pain"), {})
    assert head == ["problem", "rationale", "evaluation"]
    marker = row.index("[1]")
    span = reason_cell(row, head, [(marker, marker + 3)])
    assert span is not None and row[span[0] : span[1]].strip() == "Opioids relieve pain [1]"
    # A citation in another cell cites the row.
    assert reason_cell(row, head, [(2, 6)]) is None


def test_an_html_care_plans_rationale_cell_is_the_claim() -> None:
    page = (
        "<p>Plan for bed 4.</p><table><tr><th>Problem</th><th>Goal</th><th>Rationale</th>"
        "<th>Evaluation</th></tr><tr><td>MAP 58 mmHg</td><td>MAP 65 by 06:00</td>"
        "<td>Catheters guide therapy in shock [1]</td><td>MAP 68 on 03/03</td></tr></table>"
        "<h2>References</h2><ol><li>Hallberg S, Okafor N. Pulmonary artery catheter use in "
        "cardiogenic shock. Crit Care Nurs Q. 2022;45(3):210-8.</li></ol>"
    )
    claims = read_text(page, "plan.html", "html").claims
    assert [claim.text for claim in claims] == ["Catheters guide therapy in shock"]


def test_an_evidence_column_s_study_types_leave_the_recommendation_the_claim() -> None:
    """review26a P1-d: under "Evidence", "RCTs, meta-analysis [3]" names the studies behind
    the row's recommendation, whose numbers are the claim's."""
    head = ["recommendation", "grade", "evidence"]
    row = (
        "| Start anticoagulation within 48 hours in 80% of patients | 1 | RCTs, meta-analysis [3] |"
    )
    marker = row.index("[3]")
    assert reason_cell(row, head, [(marker, marker + 3)]) is None
