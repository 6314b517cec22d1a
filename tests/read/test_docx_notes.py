"""Word's note numbers as Word shows them (i, ii for endnotes unless the writer chose other),
and findings naming a note-reference so."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from citelint.models import Document
from citelint.read import read_path
from citelint.read.docx_notes import shown_number
from citelint.rules.base import CheckContext

GENERATOR = Path(__file__).resolve().parents[2] / "fixtures" / "formats" / "make_docx.py"


@pytest.fixture(scope="module")
def generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_docx", GENERATOR)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.mark.parametrize(
    ("value", "format_", "shown"),
    [
        (1, "decimal", "1"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (2, "lowerLetter", "b"),
        (27, "upperLetter", "AA"),  # Word goes on "Z, AA, BB", not "AB"
        (3, "chicago", None),  # *, †, ‡: not named, the finding keeps the place
        (0, "lowerRoman", None),
    ],
)
def test_shown_number(value: int, format_: str, shown: str | None) -> None:
    assert shown_number(value, format_) == shown


def test_endnotes_are_named_i_ii_as_word_shows_them(generator, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "notes.docx"
    path.write_bytes(generator.endnotes_as_list())
    document = read_path(path)
    assert [entry.number for entry in document.references] == [1, 2]
    assert document.keys == {1: "i", 2: "ii"}  # no endnotePr: Word's default, lowerRoman
    context = CheckContext(document)
    assert context.name(2, "123") == "reference ii (PMID 123)"
    assert context.names([1, 2]) == "references i, ii"


@pytest.mark.parametrize(
    ("properties", "keys"),
    [
        ('<w:numFmt w:val="decimal"/>', {}),
        ('<w:numFmt w:val="upperLetter"/>', {1: "A", 2: "B"}),
        ('<w:numFmt w:val="decimal"/><w:numStart w:val="5"/>', {1: "5", 2: "6"}),
    ],
)
def test_the_settings_choose_the_notes_numbers(
    generator, tmp_path: Path, properties: str, keys: dict[int, str]
) -> None:  # type: ignore[no-untyped-def]
    built = generator.endnotes_as_list()
    path = tmp_path / "built.docx"
    path.write_bytes(built)
    from docx import Document as WordDocument

    document = WordDocument(str(path))
    settings = document.settings.element
    settings.append(parse_xml(f"<w:endnotePr {nsdecls('w')}>{properties}</w:endnotePr>"))
    document.save(str(path))
    assert read_path(path).keys == keys


def test_a_section_s_choice_wins_over_the_settings(generator, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "built.docx"
    path.write_bytes(generator.endnotes_as_list())
    from docx import Document as WordDocument

    document = WordDocument(str(path))
    document.settings.element.append(
        parse_xml(f'<w:endnotePr {nsdecls("w")}><w:numFmt w:val="upperRoman"/></w:endnotePr>')
    )
    section = document.sections[-1]._sectPr
    section.insert(
        0, parse_xml(f'<w:endnotePr {nsdecls("w")}><w:numFmt w:val="decimal"/></w:endnotePr>')
    )
    document.save(str(path))
    assert read_path(path).keys == {}


def test_footnotes_are_1_2_3_by_default() -> None:
    path = Path(__file__).resolve().parents[2] / "fixtures/pages/word-footnote-citations.docx"
    document = read_path(path)
    assert document.notes_as_list and document.keys == {}
    assert CheckContext(document).name(3) == "reference 3"


def test_a_pandoc_key_names_its_entry() -> None:
    document = Document("a.md", "markdown", "", keys={5: "@guideline"})
    assert CheckContext(document).name(5) == "reference @guideline"
