"""Nature's one-line entries (read/nature_entries.py)."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        (
            "Okafor, N. & Lindqvist, P. Reply. Clin. Rheumatol. 9, 311–312 (2021).",
            "Reply",
            ["Okafor N", "Lindqvist P"],
        ),
        (
            "Okafor, N., Brandt, K. L. & Lindqvist, P. Correction. Pain Med. 22, 1580 (2021).",
            "Correction",
            ["Okafor N", "Brandt KL", "Lindqvist P"],
        ),
    ],
)
def test_a_one_word_title_is_the_title(text: str, title: str, authors: list[str]) -> None:
    # Not read as Nature's, the names after the first ran into the title ("& Lindqvist, P.
    # Reply"), and CL203 said the record's title 'Reply' was not the entry's (user33a P1-4).
    entry = parse_entry([text])
    assert (entry.title, entry.authors) == (title, authors)
    assert entry.volume is not None and entry.year == 2021


def test_a_reply_after_a_title_stays_in_the_title() -> None:
    entry = parse_entry(
        ["Okafor, N. & Lindqvist, P. Opioids for chronic back pain. Reply. Pain Med. 22, 9 (2021)."]
    )
    assert entry.title == "Opioids for chronic back pain. Reply"
    assert entry.journal == "Pain Med"


def test_a_title_less_physics_entry_reads_no_journal_word_as_a_one_word_title() -> None:
    entry = parse_entry(["Okafor, N. & Lindqvist, P. Phys. Rev. Lett. 12, 145 (2019)."])
    assert entry.title != "Phys"
