"""Word .docx: runs, automatic numbering, fields, notes, tables and tracked changes."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import pytest

from citelint.errors import InputError
from citelint.read import read_path

GENERATOR = Path(__file__).resolve().parents[2] / "fixtures" / "formats" / "make_docx.py"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    spec = importlib.util.spec_from_file_location("make_docx", GENERATOR)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.build_all(tmp_path_factory.mktemp("docx"))


def test_the_committed_files_are_what_the_generator_builds(built: dict[str, Path]) -> None:
    folder = GENERATOR.parent / "docx"
    for name, path in built.items():
        with zipfile.ZipFile(folder / f"{name}.docx") as old, zipfile.ZipFile(path) as new:
            parts = sorted(n for n in new.namelist() if n.startswith("word/"))
            assert parts == sorted(n for n in old.namelist() if n.startswith("word/")), name
            for part in parts:
                assert old.read(part) == new.read(part), (name, part)


def markers(document):  # type: ignore[no-untyped-def]
    return [(m.numbers, m.line, m.column) for c in document.claims for m in c.markers]


def test_superscript_runs_split_by_word_are_one_marker(built: dict[str, Path]) -> None:
    document = read_path(built["superscript-numbered"])
    assert document.format == "docx"
    # Paragraph 3 (title, heading, then the text); "1", ",", "2", "–", "4" are five runs.
    assert markers(document)[0] == ([1, 2, 3, 4], 3, 61)
    # "10" then a superscript "9" is an exponent, not a citation.
    assert all(9 not in numbers for numbers, _, _ in markers(document))
    assert document.text.split("\n")[2].startswith("Neurogenic claudication")


def test_automatic_numbering_gives_the_list_its_numbers(built: dict[str, Path]) -> None:
    document = read_path(built["superscript-numbered"])
    assert [(entry.number, entry.line) for entry in document.references] == [
        (1, 6),
        (2, 7),
        (3, 8),
        (4, 9),
        (5, 10),
    ]
    assert document.references[1].journal == "N Engl J Med"
    assert document.references_line == 5


def test_typed_numbers_and_a_bold_heading(built: dict[str, Path]) -> None:
    document = read_path(built["bracket-typed"])
    assert markers(document) == [([1], 1, 46), ([2, 3], 1, 106), ([4, 5], 2, 43)]
    assert [entry.number for entry in document.references] == [1, 2, 3, 4, 5]
    # The list ends at "Acknowledgements": the year after it is no entry.
    assert all(entry.line <= 8 for entry in document.references)


@pytest.mark.parametrize("name", ["endnote-fields", "zotero-fields"])
def test_reference_manager_fields_read_as_what_they_show(built: dict[str, Path], name: str) -> None:
    document = read_path(built[name])
    assert "ADDIN" not in document.text and "EndNote" not in document.text
    assert markers(document)[0][0] == [1]
    assert document.references[0].number == 1
    assert document.references[0].year in (2016, 2019)


def test_endnotes_are_the_list_when_the_document_cites_them(built: dict[str, Path]) -> None:
    document = read_path(built["endnotes-as-list"])
    assert markers(document) == [([1], 1, 34), ([2], 1, 64)]
    first, second = document.references
    assert (first.number, first.line, first.journal) == (1, 2, "Spine J")
    assert (second.number, second.line, second.year) == (2, 3, 2018)


def test_tables_and_tracked_changes(built: dict[str, Path]) -> None:
    document = read_path(built["table-and-tracked"])
    assert "[9]" not in document.text  # deleted by a reviewer
    # A row is one claim, its cells kept apart as a Markdown table's; each marker keeps
    # its cell's paragraph number and column.
    assert [(claim.text, claim.line) for claim in document.claims] == [
        ("Walking; 300 m further at six months", 1),
        ("Surgery; No better than physiotherapy", 3),
    ]
    assert markers(document) == [([1], 2, 29), ([2], 4, 30)]


def test_planted_faults(built: dict[str, Path]) -> None:
    document = read_path(built["faulty"])
    assert ([6], 1, 41) in markers(document)
    assert document.claims[-1].markers[0].problem == "the range 3-2 runs backwards"


def _zip(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


@pytest.mark.parametrize(
    ("parts", "problem"),
    [
        ({"word/styles.xml": "<styles/>"}, "word/document.xml is missing"),
        ({"word/document.xml": "<w:document"}, "word/document.xml is not well-formed XML"),
        (
            {"word/document.xml": '<!DOCTYPE d [<!ENTITY x "y">]><d>&x;</d>'},
            "declares a document type",
        ),
    ],
)
def test_damaged_word_files(tmp_path: Path, parts: dict[str, str], problem: str) -> None:
    path = _zip(tmp_path / "damaged.docx", parts)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert problem in caught.value.problem and caught.value.path == str(path)


def test_a_file_that_is_no_zip(tmp_path: Path) -> None:
    path = tmp_path / "renamed.docx"
    path.write_text("plain text")
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.problem == "not a Word .docx file: it is not a zip archive"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "the file is empty: nothing to read"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
            "not a Word .docx file: an old .doc or a password-protected file: save it as .docx "
            "(without a password)",
        ),
    ],
)
def test_an_empty_or_old_word_file_is_named_so(tmp_path: Path, data: bytes, problem: str) -> None:
    """user24 P3 3: both were "not a zip archive"."""
    path = tmp_path / "a.docx"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert caught.value.problem == problem


def test_a_word_file_under_another_name_is_still_read(
    built: dict[str, Path], tmp_path: Path
) -> None:
    renamed = tmp_path / "draft.bin"
    renamed.write_bytes(built["bracket-typed"].read_bytes())
    assert read_path(renamed).format == "docx"


def _table_page(path: Path, rows: list[list[str]], body: str, entries: list[str]) -> Path:
    from docx import Document as WordDocument

    document = WordDocument()
    document.add_paragraph(body)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text
    document.add_heading("References", 1)
    for entry in entries:
        document.add_paragraph(entry)
    document.save(str(path))
    return path


ENTRIES = [
    f"{n}. Lee {n}A. Trial number {n} in heart failure. N Engl J Med. 2019;{n}:1-9."
    for n in (1, 2, 3)
]


def test_a_ref_column_s_citation_cites_its_row(tmp_path: Path) -> None:
    # A cell holding only "[2]" said nothing alone and was left unread: a false CL102 (user19).
    rows = [
        ["Trial", "Result", "Ref"],
        ["DAPA-HF", "HR 0.74", "[2]"],
        ["DELIVER", "HR 0.82", "[3]"],
    ]
    path = _table_page(tmp_path / "t.docx", rows, "SGLT2 inhibitors help [1].", ENTRIES)
    document = read_path(path)
    assert [(c.text, c.numbers) for c in document.claims] == [
        ("SGLT2 inhibitors help.", [1]),
        ("DAPA-HF; HR 0.74", [2]),
        ("DELIVER; HR 0.82", [3]),
    ]


def test_a_list_set_as_a_table_keeps_its_numbers_in_the_first_cell(tmp_path: Path) -> None:
    from docx import Document as WordDocument

    document = WordDocument()
    document.add_paragraph("Statins help [1] and so does exercise [2].")
    document.add_heading("References", 1)
    table = document.add_table(rows=2, cols=2)
    for number, row in enumerate(table.rows):
        row.cells[0].text = f"[{number + 1}]"
        row.cells[1].text = ENTRIES[number][3:]
    document.save(str(tmp_path / "list.docx"))
    assert [entry.number for entry in read_path(tmp_path / "list.docx").references] == [1, 2]
