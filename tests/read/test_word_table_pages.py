"""word22's Word pages (fixtures/formats/word_table_pages.py) and the reading they check
(read/docx_tables.py, read/docx_symbols.py): a table is a reference list only where a list
stands or when its rows read as references; an entry spread over a row's cells is one entry;
a bullet column is no part of the entries; text in a Symbol-font run reads as the font shows
it (a Symbol font's Unicode codes: test_word_list_pages.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from docx import Document as WordDocument

from citelint.models import Document
from citelint.read import read_path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "fixtures" / "pages"
FORMATS = ROOT / "fixtures" / "formats"


def _pages():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(FORMATS))
    try:
        import word_table_pages
    finally:
        sys.path.remove(str(FORMATS))
    return word_table_pages


def _saved(tmp_path: Path, word: WordDocument, name: str = "page") -> Document:
    path = tmp_path / f"{name}.docx"
    word.save(str(path))
    return read_path(path)


def claims(document: Document) -> list[tuple[str, list[int]]]:
    return [(claim.text, claim.numbers) for claim in document.claims]


def test_a_numbered_table_of_trials_in_the_results_is_the_bodys() -> None:
    # Its rows read like entries (a year, stops, a sentence long), so main took it for a
    # reference list and left out each row's size and effect as evidence levels.
    document = read_path(PAGES / "word-trial-summary-table.docx")
    assert claims(document)[1:3] == [
        (
            "APROCCHSS, 2018: hydrocortisone 50 mg 6-hourly with fludrocortisone; death by day "
            "90; 1241; 0.88",
            [1],
        ),
        (
            "ADRENAL, 2018: hydrocortisone 200 mg/day by infusion for 7 days; death by day "
            "90; 3658; 0.95",
            [2],
        ),
    ]
    assert [entry.number for entry in document.references] == [1, 2, 3, 4]
    assert document.references[0].raw.startswith("Marchetti L, Oduya BK")


def test_rows_that_read_as_references_are_a_list_wherever_the_table_stands(
    tmp_path: Path,
) -> None:
    # A list set as a table with no heading over it and a paragraph after it: not where a
    # list stands, but its rows name authors, a year and a journal.
    pages = _pages()
    word = WordDocument()
    word.add_paragraph("Fludrocortisone helped [1]; hydrocortisone alone helped less [2].")
    table = word.add_table(rows=2, cols=3)
    for row, entry in enumerate(pages.SEPSIS[:2]):
        cells = table.rows[row].cells
        cells[0].text, cells[1].text, cells[2].text = str(row + 1), entry, ["1+", "1++"][row]
    word.add_paragraph("Prepared by the sepsis group, March 2024.")
    references = _saved(tmp_path, word).references
    assert [entry.number for entry in references] == [1, 2]
    assert references[1].raw.endswith("2018;378(9):797-808.")  # no "1++"


@pytest.mark.parametrize("layout", ["numbered", "unnumbered", "columns"])
def test_an_entry_spread_over_a_rows_cells_is_one_entry(tmp_path: Path, layout: str) -> None:
    # Authors in a cell of their own: main dropped short ones ("Marchetti L." read as an
    # evidence level) or read the row "| authors | title ..." (authors none, a title with
    # pipes), "[1]" on a line of its own.
    document = _saved(tmp_path, _pages().split_entry_list(layout))
    references = document.references
    assert [entry.number for entry in references] == [1, 2, 3, 4]
    assert references[0].authors == ["Marchetti L"]
    assert references[1].authors[:2] == ["Tanaka R", "Whitlock EP"]
    assert references[1].title == "Adjunctive glucocorticoid therapy in patients with septic shock"
    assert [entry.journal for entry in references][2:] == ["JAMA", "Lancet Respir Med"]
    assert not any("|" in entry.raw or "1+" in entry.raw for entry in references)


@pytest.mark.parametrize("bullets", ["typed", "word"])
def test_a_list_whose_first_column_is_a_bullet(tmp_path: Path, bullets: str) -> None:
    # Typed "•" cells: main read each entry "| • | Marchetti L ..." (no authors, the title
    # with the bullet and pipes).
    document = _saved(tmp_path, _pages().bulleted_list_table(bullets))
    references = document.references
    assert [entry.number for entry in references] == [1, 2, 3, 4]
    assert [entry.line for entry in references] == [5, 7, 9, 11]  # the entries' own cells
    assert references[0].authors[:2] == ["Marchetti L", "Oduya BK"]
    assert references[0].raw.startswith("Marchetti L")
    assert [numbers for _, numbers in claims(document)] == [[1, 2], [3, 4]]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\uf0b3", "≥"),  # the font's code in the private-use area, as Word keeps it
        ("\u00b3", "≥"),  # Latin-1's "³": the font shows ≥, not a superscript citation 3
        ("\uf0a3", "≤"),
        ("\uf06d", "μ"),
    ],
)
def test_text_in_a_symbol_font_run(tmp_path: Path, text: str, shown: str) -> None:
    # main read "³25 [1]" as citing 3 and 1 (a false CL101) and kept U+F0B3, which shows
    # nothing, in the claim.
    pages = _pages()
    word = WordDocument()
    paragraph = word.add_paragraph("Dapagliflozin was given with an eGFR ")
    pages.symbol_font_run(paragraph, text)
    paragraph.add_run("25 mL/min [1].")
    pages.parts.typed_list(word, pages.SEPSIS[:1])
    document = _saved(tmp_path, word)
    assert f"eGFR {shown}25 mL/min [1]" in document.text
    assert [numbers for _, numbers in claims(document)] == [[1]]


@pytest.mark.parametrize(
    "titles",
    [
        [],
        ["Table 4. Sources of the pathway's recommendations"],
        # A title on two rows (reading23 left: only the second row could be the heading).
        ["Table 4. Sources of the pathway's recommendations", "Version 3, approved May 2024"],
    ],
)
def test_a_list_table_headed_by_its_own_first_row_before_an_appendix(
    tmp_path: Path, titles: list[str]
) -> None:
    # review22a P2-2: the "References" heading in the table's merged first row was not seen
    # as the list's heading; the table is not at the body's end (an appendix follows) and its
    # guideline rows name no authors, so every row was read as data ("| " in the titles, no
    # authors).
    word = WordDocument()
    word.add_heading("Stroke thrombolysis pathway", 1)
    word.add_paragraph("Scan within 20 minutes [1]. Give alteplase within 4.5 hours [2, 3].")
    rows = [
        (
            "1",
            "Stroke Foundation. Clinical guidelines for stroke management. 2017. "
            "https://informme.org.au/guidelines",
        ),
        (
            "2",
            "European Stroke Organisation. Guidelines on intravenous thrombolysis for acute "
            "ischaemic stroke. 2021. https://eso-stroke.org/guidelines",
        ),
        (
            "3",
            "Okonjo R, Haldane PJ, Vasquez T, et al. Door-to-needle time and outcome after "
            "thrombolysis. Stroke. 2019;50(4):881-889.",
        ),
    ]
    # Below a title row of its own the "References" row was not the table's heading (CLOSING22).
    leading = [*titles, "References"]
    table = word.add_table(rows=len(rows) + len(leading), cols=2)
    for index, text in enumerate(leading):
        table.cell(index, 0).merge(table.cell(index, 1)).text = text
    for index, (number, entry) in enumerate(rows, start=len(leading)):
        table.cell(index, 0).text = number
        table.cell(index, 1).text = entry
    word.add_heading("Appendix 1", 2)
    word.add_paragraph("The screening form used in the emergency department.")
    references = _saved(tmp_path, word).references
    assert [entry.number for entry in references] == [1, 2, 3]
    assert references[2].authors[:2] == ["Okonjo R", "Haldane PJ"]
    assert references[2].title == "Door-to-needle time and outcome after thrombolysis"
    assert not any(entry.raw.startswith("|") for entry in references)


def test_text_in_a_symbol_font_set_by_a_character_style(tmp_path: Path) -> None:
    # word22 left: only a run's own font was looked at, so a "Symbol" character style's
    # "³" (≥) was read as citing 3 (a false CL101).
    from docx.enum.style import WD_STYLE_TYPE

    pages = _pages()
    word = WordDocument()
    style = word.styles.add_style("Math symbol", WD_STYLE_TYPE.CHARACTER)
    style.font.name = "Symbol"
    paragraph = word.add_paragraph("Dapagliflozin was given with an eGFR ")
    paragraph.add_run("\u00b3", style="Math symbol")
    paragraph.add_run("25 mL/min [1].")
    pages.parts.typed_list(word, pages.SEPSIS[:1])
    document = _saved(tmp_path, word)
    assert "eGFR ≥25 mL/min [1]" in document.text
    assert [numbers for _, numbers in claims(document)] == [[1]]


def test_text_in_a_symbol_font_set_by_a_paragraph_style(tmp_path: Path) -> None:
    # reading23 left: a paragraph style's font was not looked at, so in a paragraph styled
    # in Symbol a run of its own font-less "a" (α) and "³" (≥) read as a letter and [3].
    from docx.enum.style import WD_STYLE_TYPE

    pages = _pages()
    word = WordDocument()
    style = word.styles.add_style("Symbol text", WD_STYLE_TYPE.PARAGRAPH)
    style.font.name = "Symbol"
    paragraph = word.add_paragraph(style="Symbol text")
    for text, font in [
        ("Infliximab lowered TNF-", "Calibri"),
        ("\uf061", None),
        (" in patients with an eGFR ", "Calibri"),
        ("\u00b3", None),
        ("25 mL/min [1].", "Calibri"),
    ]:
        run = paragraph.add_run(text)
        run.font.name = font
    pages.parts.typed_list(word, pages.SEPSIS[:1])
    document = _saved(tmp_path, word)
    assert "TNF-α in patients with an eGFR ≥25 mL/min [1]" in document.text
    assert [numbers for _, numbers in claims(document)] == [[1]]
