"""Elsevier's one-line entries in the shapes real21 found misread: the source written as
ScienceDirect's pages write it ("N. Engl. J. Med., 384 (2021), pp. 693-704"), and writers
speaking "on behalf of" a group. Misread, both gave a false CL203 or CL201 online."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry

TITLE = "Apixaban versus enoxaparin after knee arthroplasty in patients with obesity"


@pytest.mark.parametrize(
    "source",
    [
        "N. Engl. J. Med., 384 (2021), pp. 693-704",
        "N. Engl. J. Med., 384 (8) (2021), pp. 693-704.",
        "N. Engl. J. Med. 384 (2021) 693-704.",
    ],
)
def test_the_source_with_its_comma_and_pp_is_read(source: str) -> None:
    entry = parse_entry([f"M. Whitfield, L. Duarte, E. Okonjo, {TITLE}, {source}"])
    assert entry.authors == ["Whitfield M", "Duarte L", "Okonjo E"]
    assert entry.title == TITLE
    assert entry.journal.rstrip(".") == "N. Engl. J. Med"
    assert (entry.year, entry.volume, entry.pages) == (2021, "384", "693-704")


def test_an_article_number_and_a_group_leading_the_line() -> None:
    entry = parse_entry(
        [
            "Nordic Fracture Study Group, Denosumab after hip fracture in older women, "
            "Bone, 154 (2022), Article 116205."
        ]
    )
    assert entry.authors == ["Nordic Fracture Study Group"]
    assert entry.title == "Denosumab after hip fracture in older women"
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Bone",
        2022,
        "154",
        "116205",
    )


def test_writers_on_behalf_of_a_group_are_no_part_of_the_title() -> None:
    entry = parse_entry(
        [
            "C. Okafor, P. Lindgren, on behalf of the HIPSTER Trial Investigators, Early "
            "mobilisation after hip fracture surgery: the HIPSTER trial, BMJ 381 (2023) e074512."
        ]
    )
    assert entry.authors == ["Okafor C", "Lindgren P"]
    assert entry.title == "Early mobilisation after hip fracture surgery: the HIPSTER trial"
    assert (entry.journal, entry.year, entry.pages) == ("BMJ", 2023, "e074512")


@pytest.mark.parametrize("names", ["M. Whitfield, L. Duarte, et al.", "M. Whitfield, L. Duarte"])
def test_a_group_after_the_names_is_no_part_of_the_title(names: str) -> None:
    # Reference managers set the group last (user23 P1-2b): read as the title's opening, it
    # sent the search astray and the entry was called fabricated.
    entry = parse_entry(
        [
            f"{names}, KNEE-OB Trial Committees and Investigators, {TITLE}, N. Engl. J. Med. 384 "
            "(8) (2021) 693–704."
        ]
    )
    assert entry.authors[:2] == ["Whitfield M", "Duarte L"]
    assert entry.authors[-1] == "KNEE-OB Trial Committees and Investigators"
    assert entry.title == TITLE


def test_a_title_opening_with_a_clause_keeps_it() -> None:
    title = "Obesity and the study group effect, a secondary analysis of the KNEE-OB trial"
    entry = parse_entry([f"M. Whitfield, L. Duarte, {title}, Bone 154 (2022) 116205."])
    assert entry.title == title
    assert entry.authors == ["Whitfield M", "Duarte L"]
