"""word20's Word pages (fixtures/formats/word_clinical_pages.py): tables read a row a claim,
text boxes, notes beside the list, equations, comments, headers and a Google Docs export."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from citelint.models import Document
from citelint.read import read_path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "fixtures" / "pages"


def read(name: str) -> Document:
    return read_path(PAGES / f"word-{name}.docx")


def claims(document: Document) -> list[tuple[str, list[int], int]]:
    return [(claim.text, claim.numbers, claim.line) for claim in document.claims]


def test_a_table_row_is_one_claim_with_its_cells_apart() -> None:
    document = read("trials-table")
    rows = claims(document)[1:]
    # Numbered rows (the "#" is no part of the claim: review20b, a false CL301 on it), the
    # class merged down its rows, a cell of two paragraphs, "Ref" column.
    assert rows[0] == ("SGLT2 inhibitors; DAPA-HF; EF ≤40%, n = 4744; 0.74 (0.65-0.85)", [2], 11)
    assert rows[2][0] == (
        "EMPEROR-Preserved; EF >40%, n = 5988 Hospitalised or ambulatory; 0.79 (0.69-0.90)"
    )
    assert [numbers for _, numbers, _ in rows] == [[2], [3], [4], [5]]
    # Each marker keeps its own cell's paragraph number; a table's citations are out of
    # the order check, as a Markdown table's are.
    first = document.claims[1].markers[0]
    assert (first.line, first.column, first.floating) == (18, 1, True)
    assert [entry.number for entry in document.references] == [1, 2, 3, 4, 5]


def test_a_text_box_is_read_after_its_anchor_once() -> None:
    document = read("hospital-guideline")
    assert claims(document)[0] == (
        "Insulin-glucose lowers potassium within an hour in most adults",
        [1],
        4,
    )
    # The header's "[2024]" and the footer's "[3 years]" are no part of the text.
    assert [entry.number for entry in document.references] == [1, 2, 3, 4, 5]
    assert "Northfield" not in document.text
    leaflet = read("leaflet-boxes")
    # The "Did you know?" box is written twice (DrawingML and its VML fallback): read once.
    assert [numbers for _, numbers, _ in claims(leaflet)] == [[1], [2], [3]]
    # The list in a VML box of its own, under its bold "Sources".
    assert [(entry.number, entry.year) for entry in leaflet.references] == [
        (1, 2018),
        (2, 2021),
        (3, 2020),
    ]


def test_comments_moves_and_a_section_break() -> None:
    document = read("reviewed-draft")
    assert claims(document) == [
        (
            "Rehabilitation started within a month of discharge improved exercise capacity.",
            [1],
            2,
        ),
        (
            "Home ventilation lengthened the time to readmission in hypercapnic patients.",
            [2],
            2,
        ),
        (
            "Blood eosinophils of 300 cells/µL or more predict a response to inhaled steroids.",
            [3],
            3,
        ),
        (
            "Macrolides are an option for frequent exacerbators; azithromycin cut exacerbations.",
            [4],
            4,
        ),
    ]
    assert "journal's style" not in document.text  # a comment is not the article's text
    assert len(document.references) == 4


def test_equations_and_their_numbers_are_not_citations() -> None:
    document = read("equations")
    assert [numbers for _, numbers, _ in claims(document)] == [[1], [2, 3]]
    assert claims(document)[0][0] == (
        "Body mass index is, in kg/m2; the waist-to-height ratio adds central fat."
    )


def test_a_footnote_citing_the_list_is_read_after_its_paragraph() -> None:
    document = read("footnotes-citing")
    note = document.claims[-1]
    assert (note.text, note.numbers, note.line) == (
        "Only with eosinophils below 100 cells/µL, when inhaled steroids help less.",
        [3],
        10,  # the body has 8 paragraphs; footnote 1 is line 9
    )
    assert note.markers[0].floating  # out of the order check: it follows [4] in reading
    assert not document.notes_as_list
    assert [entry.line for entry in document.references] == [5, 6, 7, 8]


def test_a_google_docs_export() -> None:
    document = read("google-docs-export")
    assert [numbers for _, numbers, _ in claims(document)] == [[1, 2], [3]]
    assert [(entry.number, entry.doi) for entry in document.references] == [
        (1, "10.1000/iron.2019.1"),
        (2, "10.1000/iron.2020.2"),
        (3, "10.1000/iron.2021.3"),
    ]


def _page(tmp_path: Path, rows: list[list[str]]) -> Path:
    document = WordDocument()
    document.add_paragraph("Statins help [1].")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    document.add_heading("References", 1)
    for number in (1, 2, 3):
        document.add_paragraph(
            f"{number}. Lee {number}A. Trial {number} of statins. Lancet. 2019;{number}:1-9."
        )
    path = tmp_path / "page.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # Two cited cells of one row: one claim citing both.
        ([["Lipids", "LDL fell [2]", "CRP fell [3]"]], [("Lipids; LDL fell; CRP fell", [2, 3])]),
        # A cell ending a sentence before its citation cell keeps the citation.
        ([["LDL fell by 40%.", "[2]"], ["CRP", "[3]"]], [("LDL fell by 40%.", [2]), ("CRP", [3])]),
    ],
)
def test_rows_of_a_small_table(
    tmp_path: Path, rows: list[list[str]], expected: list[tuple[str, list[int]]]
) -> None:
    document = read_path(_page(tmp_path, rows))
    assert [(c.text, c.numbers) for c in document.claims[1:]] == expected


def test_a_table_laying_out_the_page_keeps_its_paragraphs_apart(tmp_path: Path) -> None:
    # A sidebar beside the article, the article and its list in one cell: read a row a
    # line, the list would be one line and no list at all.
    document = WordDocument()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "In this issue"
    main = table.cell(0, 1)
    main.paragraphs[0].text = "Statins help [1]. Exercise helps too [2]."
    main.add_paragraph("References")
    for number in (1, 2):
        main.add_paragraph(f"{number}. Lee {number}A. Trial {number}. Lancet. 2019;{number}:1-9.")
    main.add_paragraph("Contact the editor.")
    document.save(str(tmp_path / "layout.docx"))
    read = read_path(tmp_path / "layout.docx")
    assert [(c.text, c.numbers) for c in read.claims] == [
        ("Statins help.", [1]),
        ("Exercise helps too.", [2]),
    ]
    assert [entry.number for entry in read.references] == [1, 2]
    # A box of one cell: its paragraphs are lines too.
    document = WordDocument()
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Key point: statins help [1]."
    document.add_heading("References", 1)
    document.add_paragraph("1. Lee A. Trial one. Lancet. 2019;1:1-9.")
    document.save(str(tmp_path / "box.docx"))
    [claim] = read_path(tmp_path / "box.docx").claims
    assert claim.text == "Key point: statins help."


def test_a_reference_list_set_as_a_table_keeps_its_entries_fields(tmp_path: Path) -> None:
    # review20b: "1. Entry" | PMID was read as one row a line: the entries lost their title,
    # journal and year (false CL203 online). ("1" | entry | level is read cell by cell, as
    # before this session: each cell an entry, left for planning.)
    word = WordDocument()
    word.add_paragraph("Spinal cord stimulation relieved claudication in stenosis [1].")
    word.add_paragraph("References")
    entry = (
        "Halvorsen KE, Moreau S. Spinal cord stimulation for neurogenic claudication: a "
        "cohort study. Neuromodulation. 2019;22(3):301-309."
    )
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = f"1. {entry}", "PMID 30000001"
    path = tmp_path / "list-table.docx"
    word.save(path)
    (reference,) = read_path(path).references
    assert (reference.title, reference.journal, reference.year) == (
        "Spinal cord stimulation for neurogenic claudication: a cohort study",
        "Neuromodulation",
        2019,
    )
