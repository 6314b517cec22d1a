"""Each chapter of a document with a list per chapter is read with its own list
(read.chapters), in the shapes users bring: a compilation of book chapters copied as text, a
guideline with appendices, a thesis in Markdown. Where the split is in doubt the reading is
the one before: the last list answers its own part, the chapters before it are not read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from citelint.models import Document
from citelint.read import read_path, read_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "chapters"


def _cited(document: Document) -> list[list[int]]:
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def _parts(document: Document) -> list[tuple[int | None, list[int], list[list[int]]]]:
    """Each chapter's list line, entry numbers and citations, the last part last."""
    return [
        (part.references_line, [entry.number for entry in part.references], _cited(part))
        for part in [*document.chapters, document]
    ]


def test_book_chapters_copied_as_text_each_answer_their_own_citations() -> None:
    document = read_path(FIXTURES / "book_compilation.txt")
    assert _parts(document) == [
        (20, [1, 2, 3, 4], [[1], [2], [3], [1], [4]]),
        (44, [1, 2, 3], [[1], [2], [3]]),
    ]
    first = document.chapters[0]
    assert first.references[2].authors[0].startswith("Verhoeven")
    # Every line and column is the file's own.
    markers = [marker for claim in first.claims for marker in claim.markers]
    assert [(marker.line, marker.column) for marker in markers][:2] == [(11, 74), (12, 60)]


def test_a_guideline_with_an_appendix_reads_three_lists() -> None:
    document = read_path(FIXTURES / "guideline_appendices.txt")
    assert _parts(document) == [
        (8, [1, 2], [[1], [2]]),
        (18, [1, 2, 3], [[1], [2], [3]]),
        (28, [1], [[1]]),
    ]
    assert document.references[0].journal == "BMJ"


def test_a_thesis_in_markdown_reads_each_chapter() -> None:
    document = read_path(FIXTURES / "thesis_chapters.md")
    assert _parts(document) == [
        (8, [1, 2, 3], [[1], [2], [3]]),
        (19, [1, 2], [[1], [2]]),
    ]


_WORD = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _paragraph(text: str, style: str | None = None) -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _word_thesis(path: Path) -> Path:
    """The Markdown thesis as Word writes it: a paragraph a line, headings by style."""
    paragraphs = []
    for line in (FIXTURES / "thesis_chapters.md").read_text(encoding="utf-8").splitlines():
        level = len(line) - len(line.lstrip("#"))
        if line.strip():
            paragraphs.append(
                _paragraph(line[level:].strip(), f"Heading{level}" if level else None)
            )
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
        "</w:style>"
        for n in (1, 2, 3)
    )
    with zipfile.ZipFile(path, "w") as archive:
        body = "".join(paragraphs)
        archive.writestr(
            "word/document.xml", f"<w:document {_WORD}><w:body>{body}</w:body></w:document>"
        )
        archive.writestr("word/styles.xml", f"<w:styles {_WORD}>{styles}</w:styles>")
    return path


def test_a_thesis_in_word_reads_each_chapter(tmp_path: Path) -> None:
    document = read_path(_word_thesis(tmp_path / "thesis.docx"))
    assert _parts(document) == [
        (5, [1, 2, 3], [[1], [2], [3]]),
        (12, [1, 2], [[1], [2]]),
    ]
    markers = [marker for claim in document.chapters[0].claims for marker in claim.markers]
    assert [(marker.line, marker.column) for marker in markers] == [(3, 63), (4, 26), (4, 31)]


@pytest.mark.parametrize(
    ("name", "cited"),
    [
        # Chapter 1 cites [3] and [4] past its two entries: they may be chapter 2's.
        ("trap_next_chapter_answers.txt", [[1], [2], [3], [4]]),
        # A box "References" of remarks numbered from 1 with a year is no chapter's list.
        ("trap_prose_box.txt", [[1], [2]]),
        ("trap_suggested_reading.md", [[1], [2], [3]]),
        # One list broken by a running head, then a supplementary table numbered from 1.
        ("trap_page_break.txt", [[1], [2], [3], [4], [5]]),
    ],
)
def test_a_split_in_doubt_reads_as_before(name: str, cited: list[list[int]]) -> None:
    document = read_path(FIXTURES / name)
    assert document.chapters == []
    assert _cited(document) == cited


def test_a_chapter_citing_past_its_list_leaves_it_and_those_before_unread() -> None:
    text = (FIXTURES / "guideline_appendices.txt").read_text(encoding="utf-8")
    # Chapter 2 now cites [4], which its list of three does not hold: chapter 1, before
    # it, is not read either (a chapter is read only after the one it precedes).
    text = text.replace("Glyburide crosses the placenta [3]", "Glyburide crosses it [4]")
    document = read_text(text, "guideline.txt", "txt")
    assert [part[0] for part in _parts(document)] == [28]


def test_a_list_copied_twice_is_no_chapter() -> None:
    text = (FIXTURES / "thesis_chapters.md").read_text(encoding="utf-8")
    first_list = text[text.index("1. Ilves") : text.index("## Chapter 2")]
    body = "# Sleep\n\nPoor sleep is common [1]. Delirium follows [2], [3].\n\n"
    page = f"{body}## References\n\n{first_list}\n## Print version\n\n## References\n\n{first_list}"
    document = read_text(page, "thesis.md", "md")
    assert document.chapters == []


def test_an_abstract_book_reads_each_abstract_with_its_own_list() -> None:
    # Copied from a congress's page with no blank line: each abstract's code ("OP-07",
    # "PO 112") opens the next abstract and ends the list above it (user31b P1-1: every
    # abstract was read against the last one's list, a false CL101 on "2,3").
    document = read_path(FIXTURES / "abstract_book.txt")
    assert _parts(document) == [
        (11, [1, 2], [[1], [2]]),
        (19, [1], [[1]]),
        (27, [1, 2, 3], [[1], [2, 3]]),
    ]
    assert document.chapters[1].references[0].authors[0].startswith("Fransen")


@pytest.mark.parametrize("line", ["S12-19.", "e0256789", "2019;12:S12-S19.", "PMID: 12345678"])
def test_an_entry_s_wrapped_line_is_no_abstract_code(line: str) -> None:
    text = (
        "# Trial\n\nExercise eases pain [1], and so does walking [2].\n\n## References\n\n"
        "1. Fransen M, McConnell S, Harmer AR. Exercise for osteoarthritis of the knee. "
        "Br J Sports Med. 2015;49(24):\n"
        f"{line}\n"
        "2. Mehrholz J, Kugler J, Storch A. Treadmill training for patients with Parkinson "
        "disease. Cochrane Database Syst Rev. 2015;(9):CD007830.\n"
    )
    document = read_text(text, "trial.md", "md")
    assert [entry.number for entry in document.references] == [1, 2]
    assert not document.chapters


@pytest.mark.parametrize("line", ["A-12", "B 3", "HIV-1", "PART 2", "Page 4"])
def test_a_code_like_line_between_two_entries_ends_no_list(line: str) -> None:
    # review31a P1-2: a PDF's page number or a lone "HIV-1" between entries 2 and 3 ended the
    # list as an abstract's code would: false CL101 on [3] and [4].
    entries = [
        "1. Fransen M, McConnell S. Exercise for osteoarthritis of the knee. Br J Sports Med. "
        "2015;49(24):1554-1557.",
        "2. Mehrholz J, Kugler J. Treadmill training for Parkinson disease. Cochrane Database "
        "Syst Rev. 2015;(9):CD007830.",
        line,
        "3. Schenkman M, Moore CG. High-intensity treadmill exercise in de novo Parkinson "
        "disease. JAMA Neurol. 2018;75(2):219-226.",
        "4. Ferris H, Brent L. Early mobilisation after hip fracture. Eur Geriatr Med. "
        "2020;11(4):527-533.",
    ]
    text = "Exercise helps [1], [2], [3], [4].\n\nReferences\n" + "\n".join(entries) + "\n"
    document = read_text(text, "review.txt", "txt")
    assert [entry.number for entry in document.references] == [1, 2, 3, 4]
