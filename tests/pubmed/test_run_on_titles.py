"""The two tests of "the names were read into the title" (review27a P2-8) share one reading of
the words before the record's whole title (``words_before``): the names-in-title test for an
entry read with no author (user27 P1-3) and the byline test for LWW's "Cite" text (user27
P1-8). Each keeps its own bound: three title words and the first author's family name first;
five title words and two of the first six authors' names."""

from __future__ import annotations

from citelint.models import Reference
from citelint.pubmed import same_work
from citelint.pubmed.run_on_titles import (
    byline_read_into_title,
    names_read_into_title,
    words_before,
)
from citelint.record import Record

RECORD = Record(
    pmid="10000001",
    title="Telephone follow-up after hip fracture surgery.",
    authors=["Nakamura K", "Osei-Bonsu A", "Whitfield R"],
    journal="Age and ageing",
    year=2021,
)
SHORT = Record(pmid="10000002", title="Hip fracture care.", authors=["Nakamura K"], year=2021)


def test_words_before_the_whole_title() -> None:
    assert words_before("nakamura k osei bonsu a hip care", "hip care") == [
        "nakamura",
        "k",
        "osei",
        "bonsu",
        "a",
    ]
    assert words_before("hip care after surgery", "hip care") is None
    assert words_before("nakamura hip care", "hip care") == ["nakamura"]


def test_same_work_uses_the_one_names_in_title_test() -> None:
    assert same_work.names_read_into_title is names_read_into_title


def test_each_test_keeps_its_bound() -> None:
    glued = Reference(
        number=1, raw="", line=1, column=1, title="Nakamura K, et al. Hip fracture care."
    )
    # Three words and the first author first: the names-in-title test; the byline test
    # asks for five words.
    assert names_read_into_title(glued, SHORT)
    assert not byline_read_into_title(glued, SHORT)
    byline = Reference(
        number=1,
        raw="",
        line=1,
        column=1,
        title="Whitfield R, Nakamura K. Telephone follow-up after hip fracture surgery.",
    )
    # Two of its authors' names in front, but not its first author first.
    assert byline_read_into_title(byline, RECORD)
    assert not names_read_into_title(byline, RECORD)
    # With authors read, the names-in-title test never applies.
    authored = Reference(
        number=1, raw="", line=1, column=1, title=glued.title, authors=["Nakamura K"]
    )
    assert not names_read_into_title(authored, SHORT)
