"""A table row's column heads: levels of evidence and a "Rationale" cell (user26 P1-5, P1-6)."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from citelint.read import read_path, read_text
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


# A guideline summary's recommendation table whose last column cites its evidence by bare
# numbers, as ESC, ACC/AHA and ADA tables print them (user30b P1-8).
LIST_OF_FIVE = "".join(
    f"{n}. Okafor N{chr(64 + n)}, Lindqvist M. Anticoagulation trial {n} in atrial "
    f"fibrillation. Eur Heart J. 20{10 + n};{30 + n}(2):{100 + n}-{110 + n}.\n"
    for n in range(1, 6)
)


def cited(text: str, name: str, kind: str) -> list[list[int]]:
    return [claim.numbers for claim in read_text(text, name, kind).claims]


def test_a_references_column_of_bare_numbers_cites_its_row() -> None:
    page = (
        "# Stroke prevention\n\nStroke risk rises fivefold in atrial fibrillation [1].\n\n"
        "| Recommendation | Class | Level | References |\n|---|---|---|---|\n"
        "| Prefer a DOAC to warfarin in eligible patients. | I | A | 2, 3 |\n"
        "| Avoid dabigatran with mechanical valves. | III | B | 4–5 |\n\n"
        "# References\n\n" + LIST_OF_FIVE
    )
    assert cited(page, "summary.md", "md") == [[1], [2, 3], [4, 5]]
    for head in ("Ref.", "Refs", "Reference(s)", "**References**"):
        assert cited(page.replace("| References |", f"| {head} |"), "s.md", "md")[1:] == [
            [2, 3],
            [4, 5],
        ]


def test_a_copied_tab_table_and_an_html_cell_cite_alike() -> None:
    tabs = (
        "Stroke prevention\n\nStroke risk rises fivefold in atrial fibrillation.1\n\n"
        "Recommendation Table 6\nRecommendations\tClass\tLevel\tReferences\n"
        "Prefer a DOAC to warfarin in eligible patients.\tI\tA\t2,3\n"
        "Avoid dabigatran with mechanical valves.\tIII\tB\t4-5\n\nReferences\n" + LIST_OF_FIVE
    )
    assert cited(tabs, "copied.txt", "txt") == [[1], [2, 3], [4, 5]]
    items = "".join(f"<li>{line[3:]}</li>" for line in LIST_OF_FIVE.splitlines())
    html = (
        "<p>Stroke risk rises fivefold in atrial fibrillation.<sup>1</sup></p><table><tr>"
        "<th>Recommendations</th><th>Class</th><th>Level</th><th>Ref.<sup>c</sup></th></tr>"
        "<tr><td>Prefer a DOAC to warfarin.</td><td>I</td><td>A</td><td>2-3</td></tr>"
        "<tr><td>Avoid dabigatran with valves.</td><td>III</td><td>B</td><td>4, 5</td></tr>"
        f"</table><h2>References</h2><ol>{items}</ol>"
    )
    assert cited(html, "page.html", "html") == [[1], [2, 3], [4, 5]]


def test_other_columns_of_numbers_cite_nothing() -> None:
    """Traps: a count of studies, a laboratory's "Ref" range, a column that is not the last,
    and numbers past the list's end stay numbers (entries 2-5 stay uncited: CL102)."""
    body = "Stroke risk rises fivefold in atrial fibrillation [1].\n\n"
    tables = [
        "| Outcome | Certainty | Studies |\n|---|---|---|\n| Stroke | Moderate | 3 |\n",
        "| Test | Value | Ref |\n|---|---|---|\n| Potassium | 6.1 | 2-5 |\n",
        "| Recommendation | References | Class |\n|---|---|---|\n| Prefer a DOAC. | 2, 3 | I |\n",
        "| Recommendation | Class | References |\n|---|---|---|\n| Prefer a DOAC. | I | 4, 9 |\n",
        "| Recommendation | Class | References |\n|---|---|---|\n| Prefer a DOAC. | I | 2.5 |\n",
        # A laboratory's "Reference" range beside its results (review30b P1-2).
        "| Test | Result | Reference |\n|---|---|---|\n| White cells | 14 | 2-5 |\n",
        "| Test | Value | Units | Reference |\n|---|---|---|---|\n| Urea | 3 | mmol/L | 2-4 |\n",
    ]
    for table in tables:
        page = f"{body}{table}\n# References\n\n{LIST_OF_FIVE}"
        assert cited(page, "summary.md", "md") == [[1]], table
    # With no list, the column's numbers name no entry.
    lone = "| Recommendation | Class | References |\n|---|---|---|\n| Prefer a DOAC. | I | 2 |\n"
    assert cited(lone, "lone.md", "md") == []


def test_a_word_tables_ref_column_cites_its_row(tmp_path: Path) -> None:
    word = WordDocument()
    word.add_paragraph("Stroke risk rises fivefold in atrial fibrillation [1].")
    rows = [
        ("Recommendation", "Class", "Level", "Ref."),
        ("Prefer a DOAC to warfarin in eligible patients.", "I", "A", "2\u20133"),
        ("Avoid dabigatran with mechanical valves.", "III", "B", "4, 5"),
    ]
    table = word.add_table(rows=len(rows), cols=4)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, words in zip(row.cells, cells, strict=True):
            cell.text = words
    word.add_heading("References", level=1)
    for line in LIST_OF_FIVE.splitlines():
        word.add_paragraph(line)
    path = tmp_path / "summary.docx"
    word.save(str(path))
    assert [claim.numbers for claim in read_path(path).claims] == [[1], [2, 3], [4, 5]]
