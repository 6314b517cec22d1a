"""Reference lists kept beside an article: PubMed's MEDLINE export and RIS."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.config import Config
from citelint.errors import InputError
from citelint.read import read_article, read_path
from citelint.read.reflists import attach_references, read_reference_list

LISTS = Path(__file__).resolve().parents[2] / "fixtures" / "formats" / "lists"


def test_medline_records_keep_their_pmids_and_fields() -> None:
    first, second, third = read_reference_list(LISTS / "review.nbib", "review.txt")
    assert (first.pmid, first.doi, first.year) == ("39990001", "10.1016/j.spinee.2016.00001", 2016)
    assert first.title == "Supervised walking for neurogenic claudication: a randomised trial."
    assert first.authors == ["Tran HL", "Okafor N"]
    assert (second.volume, second.issue, second.pages) == ("378", "9", "801-10")
    assert third.journal == "Pain medicine (Malden, Mass.)"


def test_ris_records() -> None:
    first, second, book = read_reference_list(LISTS / "review.ris", "review.txt")
    assert (first.pmid, first.pages, first.authors[0]) == ("39990001", "455-462", "Tran HL")
    assert (second.journal, second.year, second.pmid) == ("N Engl J Med", 2018, None)
    assert book.kind == "book"


def test_attached_list_is_the_articles_list() -> None:
    article = read_path(LISTS / "review.txt")
    attached = attach_references(article, LISTS / "review.nbib")
    assert [(entry.number, entry.pmid) for entry in attached.references] == [
        (1, "39990001"),
        (2, "39990002"),
        (3, "39990003"),
    ]
    # Each entry is placed at the article's first citation of it.
    assert (attached.references[1].line, attached.references[1].column) == (4, 28)


def test_config_maps_articles_to_their_lists(tmp_path: Path) -> None:
    config = Config(
        references={"lists/review.txt": "lists/review.nbib"}, source=str(LISTS.parent / "x.toml")
    )
    document = read_article(LISTS / "review.txt", config)
    assert len(document.references) == 3


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"Nothing like a list\n", "neither a MEDLINE (.nbib) nor an RIS file"),
        (b"PMID- 1\nTI  - Caf\xe9\n", "invalid continuation byte"),
    ],
)
def test_unreadable_lists(tmp_path: Path, content: bytes, problem: str) -> None:
    listed = tmp_path / "refs.nbib"
    listed.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_reference_list(listed, "article.txt")
    assert caught.value.path == "article.txt" and problem in caught.value.problem


def test_a_list_named_as_an_article_says_how_to_attach_it() -> None:
    with pytest.raises(InputError) as caught:
        read_path(LISTS / "review.nbib")
    assert "attach it to its article with --references" in caught.value.problem
