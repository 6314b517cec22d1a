"""A table's own footnote marks, with their notes right under it, are no citations
(user29a P1-9); marks a table shares with prose, or brackets, still are."""

from __future__ import annotations

from citelint.read import read_text

ENTRIES_MD = (
    "## References\n\n"
    "1. Okafor N, Lindqvist P. Cefazolin dosing in haemodialysis. Kidney Int. "
    "2018;93(2):410-418.\n"
    "2. Brandt S, Yamamoto K, Ruiz A. Vancomycin troughs and acute kidney injury. "
    "Clin Infect Dis. 2020;71(4):877-885.\n"
)
ENTRIES_HTML = (
    '<h2>References</h2><ol><li id="r1">Okafor N, Lindqvist P. Cefazolin dosing in '
    "haemodialysis. Kidney Int. 2018;93(2):410-418.</li>"
    '<li id="r2">Brandt S, Yamamoto K, Ruiz A. Vancomycin troughs and acute kidney injury. '
    "Clin Infect Dis. 2020;71(4):877-885.</li></ol>"
)


def cited(page: str, name: str, kind: str) -> list[list[int]]:
    return [claim.numbers for claim in read_text(page, name, kind).claims]


def test_a_markdown_table_s_note_marks_are_no_citations() -> None:
    page = (
        "# Antibiotic doses in kidney disease\n\n"
        "Cefazolin after each dialysis session kept levels in range [1].\n\n"
        "| Drug | Normal kidneys | Clearance under 30 mL/min |\n"
        "|---|---|---|\n"
        "| Cefazolin | 2 g every 8 hours | 1 g every 24 hours¹ |\n"
        "| Vancomycin | 15 mg/kg every 12 hours | by levels² |\n"
        "| Cefepime | 2 g every 8 hours | 1 g every 24 hours³ |\n\n"
        "¹ Give after dialysis on dialysis days.\n"
        "² Aim for a trough of 15 to 20 mg/L.\n"
        "³ Watch for confusion in older patients.\n\n" + ENTRIES_MD
    )
    assert cited(page, "doses.md", "md") == [[1]]


def test_an_html_table_s_plain_superscripts_are_no_citations() -> None:
    page = (
        "<html><body><h1>Antibiotic doses in kidney disease</h1>"
        "<p>Trough-guided vancomycin caused less kidney injury."
        '<sup><a href="#r2">2</a></sup></p>'
        "<table><tr><th>Drug</th><th>Clearance under 30 mL/min</th></tr>"
        "<tr><td>Cefazolin</td><td>1 g every 24 hours<sup>1</sup></td></tr>"
        "<tr><td>Vancomycin</td><td>by levels<sup>2</sup></td></tr></table>\n"
        "<p><sup>1</sup> Give after dialysis on dialysis days.<br>"
        "<sup>2</sup> Aim for a trough of 15 to 20 mg/L.</p>" + ENTRIES_HTML + "</body></html>"
    )
    assert cited(page, "doses.html", "html") == [[2]]


def test_brackets_in_a_table_with_notes_stay_citations() -> None:
    page = (
        "| Drug | Clearance under 30 mL/min |\n"
        "|---|---|\n"
        "| Cefazolin | 1 g every 24 hours¹ [1] |\n"
        "| Vancomycin | by levels [2] |\n\n"
        "¹ Give after dialysis on dialysis days.\n\n" + ENTRIES_MD
    )
    assert cited(page, "doses.md", "md") == [[1], [2]]


def test_a_table_without_notes_under_it_keeps_its_superscript_citations() -> None:
    page = (
        "| Drug | Clearance under 30 mL/min |\n"
        "|---|---|\n"
        "| Cefazolin | 1 g every 24 hours¹ |\n"
        "| Vancomycin | by levels² |\n\n"
        "Both doses follow the trials cited above.\n\n" + ENTRIES_MD
    )
    assert cited(page, "doses.md", "md") == [[1], [2]]


def test_a_mark_with_no_note_under_the_table_stays_a_citation() -> None:
    page = (
        "| Drug | Clearance under 30 mL/min |\n"
        "|---|---|\n"
        "| Cefazolin | 1 g every 24 hours¹ |\n"
        "| Vancomycin | by levels² |\n\n"
        "¹ Give after dialysis on dialysis days.\n\n" + ENTRIES_MD
    )
    assert cited(page, "doses.md", "md") == [[2]]
