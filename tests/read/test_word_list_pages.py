"""word21's Word pages (fixtures/formats/word_list_pages.py) and the reading of a reference list
set as a table (read/docx_tables.py): an entry a row, its number and its entry, never its
evidence level or the table's header; Word's own citations and bibliography; alternate
content read once."""

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
ENTRY = (
    "Nakagawa T, Ferreira-Lund A. Decompression alone or with fusion for degenerative "
    "spondylolisthesis: a randomised trial. Spine J. 201{0};{0}(2):1{0}0-9."
)


def read(name: str) -> Document:
    return read_path(PAGES / f"word-{name}.docx")


def claims(document: Document) -> list[tuple[str, list[int]]]:
    return [(claim.text, claim.numbers) for claim in document.claims]


def test_a_guidelines_list_in_a_table_is_an_entry_a_row() -> None:
    # Read a cell a line, "No.", "1", "2+" and each entry were entries of their own: 16
    # entries and 12 false CL102 (main at 1d98880).
    document = read("guideline-evidence-table")
    references = document.references
    assert [(entry.number, entry.line) for entry in references] == [
        (1, 14),
        (2, 17),
        (3, 20),
        (4, 23),
    ]
    assert references[0].raw.endswith("Neuromodulation. 2019;22(3):301-9.")  # no "2+"
    assert (references[0].journal, references[0].year) == ("Neuromodulation", 2019)
    assert references[3].raw.endswith("2023. Epub 2023 Mar 2.")  # no "3" after it
    # The recommendations' table above is rows of claims, as before.
    assert claims(document)[2:] == [
        ("Offer supervised physiotherapy before an epidural steroid injection.", [3]),
        ("Encourage walking after laminectomy, also in the very old.", [4]),
    ]


def test_words_own_bibliography_in_ieee_style_is_a_table() -> None:
    document = read("ieee-bibliography")
    assert "CITATION" not in document.text and "BIBLIOGRAPHY" not in document.text
    assert [numbers for _, numbers in claims(document)] == [[1], [2, 3], [3]]
    references = document.references
    assert [(entry.number, entry.line) for entry in references] == [(1, 6), (2, 8), (3, 10)]
    assert (references[1].journal, references[1].year) == ("European Spine Journal", 2020)
    assert references[0].title == (
        "Spinal cord stimulation for neurogenic claudication in lumbar spinal stenosis"
    )


def test_words_own_bibliography_in_apa_style_is_the_list() -> None:
    document = read("apa-bibliography")
    references = document.references
    assert [(entry.number, entry.year) for entry in references] == [(1, 2019), (2, 2020)]
    assert references[0].authors[:2] == ["Halvorsen KE", "Moreau S"]
    assert references[1].journal == "European Spine Journal"
    # Author and year, as in Markdown: no citation citelint reads (README, "What it reads").
    assert document.claims == []


def test_symbols_and_runs_in_alternate_content_are_read_once() -> None:
    # main at 1d98880 skipped alternate content: the symbols and "[2]", "[3]" were lost
    # (two false CL102); the Symbol font's "≤" and "μ" (w:sym) were lost too.
    document = read("leaflet-symbols")
    assert claims(document) == [
        ("\u2705 Colchicine at a low dose eases a flare.", [1]),
        ("\u26a0 Keeping urate ≤360 μmol/L prevents flares.", [2]),
        ("Raise allopurinol slowly if your kidneys are weak.", [3]),
    ]
    assert document.text.count("[3]") == 1  # the choice's copy, not the fallback's too


def _list_table(tmp_path: Path, rows: list[list[str]], header: list[str] | None = None) -> Document:
    word = WordDocument()
    word.add_paragraph("Decompression alone sufficed [1], [2]. Fusion added little [3].")
    word.add_heading("References", 1)
    table = word.add_table(rows=len(rows) + bool(header), cols=len(rows[0]))
    for index, cells in enumerate(([header] if header else []) + rows):
        for column, text in enumerate(cells):
            table.cell(index, column).text = text
    word.save(str(tmp_path / "list.docx"))
    return read_path(tmp_path / "list.docx")


@pytest.mark.parametrize(
    ("numbers", "levels", "header"),
    [
        (["1", "2", "3"], ["2-", "1+", "1++"], None),
        (["1", "2", "3"], ["2-", "1+", "1++"], ["No.", "Reference", "Level of evidence"]),
        (["1.", "2.", "3."], ["B", "A", "C"], ["#", "Reference", "Grade"]),
        (["[1]", "[2]", "[3]"], ["2", "1", "3"], None),
        (["1", "2", "3"], ["III", "Ib", "IIa"], ["No.", "Study", "Evidence level"]),
        (["1", "2", "3"], ["Moderate", "High", "Low"], ["", "Reference", "Quality"]),
    ],
)
def test_a_list_table_with_levels_and_a_header(
    tmp_path: Path, numbers: list[str], levels: list[str], header: list[str] | None
) -> None:
    rows = [[n, ENTRY.format(i), levels[i]] for i, n in enumerate(numbers)]
    references = _list_table(tmp_path, rows, header).references
    assert [entry.number for entry in references] == [1, 2, 3]
    assert [entry.year for entry in references] == [2010, 2011, 2012]
    assert all(entry.raw.endswith("-9.") for entry in references)


def test_an_entry_with_no_year_and_one_with_its_pmid_beside_it(tmp_path: Path) -> None:
    rows = [
        ["1", ENTRY.format(1), "PMID: 30000001", "1+"],
        ["2", "Renal Association. Clinical practice guidelines: hyperkalaemia. London", "", "4"],
        ["3", ENTRY.format(3), "", "2-"],
    ]
    references = _list_table(tmp_path, rows, ["No.", "Reference", "Identifier", "Level"])
    first, second, third = references.references
    assert (first.number, first.pmid) == (1, "30000001")
    assert second.raw == "Renal Association. Clinical practice guidelines: hyperkalaemia. London"
    assert (third.number, third.year) == (3, 2013)


def test_a_table_of_claims_with_an_entry_like_row_keeps_its_citation(tmp_path: Path) -> None:
    # A numbered evidence table whose summaries read like entries: each row one line, its
    # "Ref" cell's citation kept (short cells without a citation are left out).
    word = WordDocument()
    table = word.add_table(rows=2, cols=3)
    summaries = [
        "Nakagawa 2019: fusion added no benefit at two years; a trial of 247 adults.",
        "Ferreira-Lund 2021: decompression alone was as good; a cohort of 1012 adults.",
    ]
    for index, summary in enumerate(summaries):
        cells = table.rows[index].cells
        cells[0].text, cells[1].text, cells[2].text = str(index + 1), summary, f"[{index + 1}]"
    word.add_heading("References", 1)
    for index in (1, 2):
        word.add_paragraph(f"{index}. {ENTRY.format(index)}")
    word.save(str(tmp_path / "evidence.docx"))
    document = read_path(tmp_path / "evidence.docx")
    assert [numbers for _, numbers in claims(document)] == [[1], [2]]
    assert [entry.number for entry in document.references] == [1, 2]


@pytest.mark.parametrize("numbered_column", [True, False])
def test_a_list_table_numbered_by_word(tmp_path: Path, numbered_column: bool) -> None:
    # Word's Numbering on a column (or on the entries' cells): the numbers are no text. Read
    # as rows, the header was entry 1 and each entry "| 1. | Nakagawa T ... | 2-" (main at
    # 1d98880: a false CL102 and every citation pointing one entry too high).
    word = WordDocument()
    word.add_paragraph("Decompression alone sufficed [1], [2]. Fusion added little [3].")
    word.add_heading("References", 1)
    columns = 3 if numbered_column else 2
    table = word.add_table(rows=4, cols=columns)
    for column, text in enumerate(["No.", "Reference", "Level"][3 - columns :]):
        table.cell(0, column).text = text
    for index in range(3):
        cells = table.rows[index + 1].cells
        numbered = cells[0].paragraphs[0]
        numbered.style = word.styles["List Number"]
        if numbered_column:
            cells[1].text = ENTRY.format(index)
        else:
            numbered.add_run(ENTRY.format(index))
        cells[-1].text = ["2-", "1+", "1++"][index]
    word.save(str(tmp_path / "numbered.docx"))
    references = read_path(tmp_path / "numbered.docx").references
    assert [entry.number for entry in references] == [1, 2, 3]
    assert [entry.raw for entry in references] == [ENTRY.format(i) for i in range(3)]


def _built(tmp_path: Path, name: str, *arguments: str) -> Document:
    """A page made by the fixture generator's builder ``name`` (word_list_pages.py), saved and
    read; an endnote page gets its endnotes part (the list)."""
    sys.path.insert(0, str(FORMATS))
    try:
        import word_list_pages as pages
        import word_parts as parts
    finally:
        sys.path.remove(str(FORMATS))
    word = getattr(pages, name)(*arguments)
    path = tmp_path / f"{name}.docx"
    if "endnote" in arguments:
        notes = dict(enumerate([pages.HEART_FAILURE[0], *pages.HEART_FAILURE[:2]], start=1))
        path.write_bytes(parts.with_notes(word, "endnote", notes))
    else:
        word.save(str(path))
    return read_path(path)


@pytest.mark.parametrize("marks", ["superscript", "endnote"])
def test_a_numbered_table_of_trials_citing_its_sources_keeps_its_citations(
    tmp_path: Path, marks: str
) -> None:
    # review21a P1-1: its rows read like entries, so the table was taken for a reference
    # list and each result cell ("0.74" with its superscript or endnote mark) hidden as an
    # evidence level: citations lost, a false CL102.
    document = _built(tmp_path, "trial_table", marks)
    cited = [[1], [2], [3]] if marks == "endnote" else [[1], [1], [2]]
    assert [numbers for _, numbers in claims(document)] == cited
    assert [text for text, _ in claims(document)][1:] == ["0.74", "0.75"]


@pytest.mark.parametrize("layout", ["entries", "number-cells", "halves"])
def test_a_reference_list_set_in_two_columns_is_an_entry_a_cell(
    tmp_path: Path, layout: str
) -> None:
    # review21a P1-3: joined a row an entry, "1. McKinley ... 2. Pahlke ..." was one entry
    # (false CL101 and CL103); each cell's entries are read apart, as main read them.
    document = _built(tmp_path, "two_column_list", layout)
    assert [entry.number for entry in document.references] == [1, 2, 3, 4]
    assert [entry.year for entry in document.references] == [2019, 2020, 2022, 2021]


@pytest.mark.parametrize(
    ("font", "code", "shown"),
    [
        ("Symbol", "F0B3", " ≥25"),  # as Word writes it
        ("Symbol", "00B3", " ≥25"),  # as converters write it: the font's code, not Latin-1's ³
        ("Symbol", "B2", " ″25"),  # not ²
        ("Symbol", "F0FFFF", " 25"),  # past Unicode's range: ignored, not an internal error
        ("Symbol", "FFFFFFFF", " 25"),
        ("Times New Roman", "00B3", " 25"),  # a superscript digit is never read from a symbol
        ("Wingdings", "00FC", " 25"),
        # word22: a converter's Unicode code in the Symbol font, read when the font has it.
        ("Symbol", "2265", " ≥25"),
        ("Symbol", "03B1", " α25"),
        ("Symbol", "0416", " 25"),  # Cyrillic: no character of the Symbol font, ignored
    ],
)
def test_a_symbols_code_is_read_by_its_font(
    tmp_path: Path, font: str, code: str, shown: str
) -> None:
    # review21a P1-2 (ValueError: the run ended with an internal error) and P2-2 ("00B3" in
    # Symbol read "³25 [1]": a false CL101 for [3]).
    sys.path.insert(0, str(FORMATS))
    try:
        import word_list_pages as pages
    finally:
        sys.path.remove(str(FORMATS))
    word = WordDocument()
    paragraph = word.add_paragraph("Dapagliflozin was given with an eGFR ")
    pages.font_symbol(paragraph, code, font)
    paragraph.add_run("25 mL/min [1].")
    word.add_heading("References", 1)
    word.add_paragraph(f"1. {pages.HEART_FAILURE[0]}")
    word.save(str(tmp_path / "symbol.docx"))
    document = read_path(tmp_path / "symbol.docx")
    assert f"eGFR{shown} mL/min [1]" in document.text
    assert [numbers for _, numbers in claims(document)] == [[1]]
