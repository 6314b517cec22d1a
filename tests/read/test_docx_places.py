"""Where a Word table stands (read/docx_places.py): under the list's heading, at the end of
the body, or elsewhere; worked out in one pass over the document."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument

import citelint.read.docx_places as docx_places
from citelint.read import read_path

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
TRANSITIONAL = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"


def test_each_tables_place_is_found_in_one_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # review22a P1-1: each numbered table walked every paragraph before it (the References
    # at the end): tables times paragraphs, 800 tables took two minutes. One pass asks each
    # paragraph once, and the tables still read as the body's data.
    asked: list[str] = []

    def counted(text: str) -> bool:
        asked.append(text)
        return original(text)

    original = docx_places.heading_names_a_list
    monkeypatch.setattr(docx_places, "heading_names_a_list", counted)
    word = WordDocument()
    for section in range(30):
        word.add_heading(f"Section {section}", 2)
        for index in range(3):
            word.add_paragraph(f"Paragraph {index}: the dose was given twice daily [1].")
        table = word.add_table(rows=2, cols=2)
        for row in range(2):
            table.cell(row, 0).text = str(row + 1)
            table.cell(
                row, 1
            ).text = f"Step {row + 1}: hydrocortisone 50 mg every 6 hours; review on day 3, 2021."
    word.add_heading("References", 2)
    word.add_paragraph(
        "1. Horby P, Lim WS, Emberson JR, et al. Dexamethasone in hospitalized patients with "
        "Covid-19. N Engl J Med. 2021;384(8):693-704."
    )
    path = tmp_path / "tables.docx"
    word.save(str(path))
    document = read_path(path)
    outside_tables = 30 * 4 + 2
    assert len(asked) <= outside_tables
    assert [entry.number for entry in document.references] == [1]


def test_a_strict_open_xml_file_places_its_tables_as_a_transitional_one(tmp_path: Path) -> None:
    # review22a P3-1: only the transitional namespace was looked at, so in a Strict Open XML
    # file no paragraph stood around a table, every table "ended the body", and a numbered
    # table of trials in the Results lost its size and effect as evidence levels.
    transitional = PAGES / "word-trial-summary-table.docx"
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(transitional) as source, zipfile.ZipFile(strict, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith(".xml"):
                data = data.replace(TRANSITIONAL, STRICT)
            target.writestr(item, data)
    row = (
        "APROCCHSS, 2018: hydrocortisone 50 mg 6-hourly with fludrocortisone; death by day "
        "90; 1241; 0.88"
    )
    for path in (transitional, strict):
        assert row in [claim.text for claim in read_path(path).claims]
