"""The Word pages of fixtures/pages/ (word-*.docx, built by fixtures/formats/make_word_pages.py):
what each is read as. tests/rules/test_word_manubot_jats_pages.py checks their findings."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import pytest

from citelint.models import Document
from citelint.read import read_path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "fixtures" / "pages"
GENERATOR = ROOT / "fixtures" / "formats" / "make_word_pages.py"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    spec = importlib.util.spec_from_file_location("make_word_pages", GENERATOR)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.build_all(tmp_path_factory.mktemp("word"))


def markers(document: Document) -> list[tuple[list[int], int]]:
    return [(m.numbers, m.line) for c in document.claims for m in c.markers]


def entries(document: Document) -> list[tuple[int, int, int | None]]:
    return [(entry.number, entry.line, entry.year) for entry in document.references]


def test_the_committed_pages_are_what_the_generator_builds(built: dict[str, Path]) -> None:
    for name, path in built.items():
        committed = PAGES / f"{name}.docx"
        with zipfile.ZipFile(committed) as old, zipfile.ZipFile(path) as new:
            parts = [n for n in new.namelist() if n.startswith("word/") and n.endswith(".xml")]
            assert sorted(parts) == sorted(
                n for n in old.namelist() if n.startswith("word/") and n.endswith(".xml")
            ), name
            for part in parts:
                assert old.read(part) == new.read(part), (name, part)


def test_superscripts_split_over_runs_and_units_raised_beside_them(
    built: dict[str, Path],
) -> None:
    document = read_path(built["word-superscript-manuscript"])
    # "1, 2", "2-4", "1" "–" "3" (three runs), "5", "5" "," "6"; not m², 10⁹/L or mm³.
    assert markers(document) == [
        ([1, 2], 3),
        ([2, 3, 4], 3),
        ([1, 2, 3], 3),
        ([5], 4),
        ([5, 6], 4),
    ]
    # The list numbered directly (w:numPr on each paragraph) after numbered criteria of
    # another numbering; each entry's link to PubMed or to its DOI is read with it.
    assert entries(document)[0] == (1, 11, 2019)
    assert [entry.number for entry in document.references] == [1, 2, 3, 4, 5, 6]
    assert document.references[0].pmid == "31514127"
    assert document.references[1].doi == "10.1000/ckd.2019.204"


def test_a_bibliography_field_over_many_paragraphs(built: dict[str, Path]) -> None:
    document = read_path(built["word-zotero-bibliography-field"])
    assert "ZOTERO" not in document.text and "citationID" not in document.text
    assert markers(document) == [([1], 2), ([1, 2, 3], 2), ([3, 4], 3), ([5], 3)]
    assert [entry.number for entry in document.references] == [1, 2, 3, 4, 5]
    assert document.references[0].journal == "Europace"


def test_content_controls_of_mendeley_cite(built: dict[str, Path]) -> None:
    document = read_path(built["word-mendeley-controls"])
    assert markers(document) == [([1], 3), ([2], 3), ([1, 3], 3), ([4], 4)]
    # The bibliography's control holds the list; the appendix after it is no entry.
    assert [entry.number for entry in document.references] == [1, 2, 3, 4]


def test_a_paragraph_deleted_whole_is_not_numbered(built: dict[str, Path]) -> None:
    document = read_path(built["word-endnote-tracked"])
    assert "Nilsen" not in document.text
    # Lines: the deleted paragraph is still counted (it is in the file), not numbered.
    assert [(entry.number, entry.line) for entry in document.references] == [
        (1, 6),
        (2, 7),
        (3, 8),
        (4, 10),
        (5, 11),
    ]
    # The reviewer's "3" deleted and "2" inserted; the moved sentence is read where it went.
    assert markers(document) == [([1], 2), ([2], 2), ([3], 2), ([4, 5], 3), ([5], 4)]


def test_notes_of_comment_beside_a_typed_list(built: dict[str, Path]) -> None:
    document = read_path(built["word-footnoted-letter"])
    # The footnote marks cite nothing; the lab table's ranges are no citations.
    assert markers(document) == [([1], 22), ([2], 22)]
    assert [entry.number for entry in document.references] == [1, 2]
    assert not document.notes_as_list


def test_footnotes_that_are_the_list(built: dict[str, Path]) -> None:
    document = read_path(built["word-footnote-citations"])
    assert document.notes_as_list
    assert markers(document) == [([1], 2), ([2], 2), ([3], 3), ([4], 3), ([5], 3)]
    # A work cited twice is two notes, each an entry.
    assert [entry.title for entry in document.references][1] == document.references[3].title


def test_a_journal_template(built: dict[str, Path]) -> None:
    document = read_path(built["word-journal-template"])
    # "List Number" aims 1-3; the list of the same style restarted at 1.
    assert [entry.number for entry in document.references] == [1, 2, 3, 4]
    assert document.references[1].doi == "10.1000/ln.2022.0511"
    # Superscripts after the stop, a REF field between typed brackets; table notes "a", "b".
    assert markers(document) == [([1], 7), ([2, 3], 7), ([4], 7), ([1], 17)]


def test_links_on_the_citations_keep_their_addresses_out_of_the_claims(
    built: dict[str, Path],
) -> None:
    document = read_path(built["word-answer-links"])
    assert markers(document) == [([1], 2), ([2], 2)]
    # Columns are the paragraph's own: the address written after "[1]" takes none (the
    # second marker stood at column 184, 43 characters on).
    columns = [m.column for c in document.claims for m in c.markers]
    assert columns == [86, 141]
    assert not any("https" in claim.text or "10.1097" in claim.text for claim in document.claims)
    # The entries still take their identifiers from their links.
    assert [(e.pmid, e.doi) for e in document.references] == [
        ("23121403", None),
        (None, "10.1097/MCC.0000000000000838"),
    ]


def test_pubmed_links_in_the_words_are_inline_citations_with_their_labels(
    built: dict[str, Path],
) -> None:
    # A source named by a link in an answer pasted into Word is a citation, its words the
    # label CL209 weighs, as in HTML (user19: the Word reader read no inline citation).
    document = read_path(built["word-answer-links"])
    labelled = [(c.identifier, c.link_text) for c in document.inline if c.reference is None]
    assert ("38716869", "Tayal et al., 2024") in labelled
