"""readings.py's direct cuts read what its general readings do (proof over corpora:
benchmarks/reading_paths.py)."""

from __future__ import annotations

import re

import pytest

from citelint.read import readings
from citelint.read.readings import Split, places_of, splits

WORD_RUN = re.compile(r"[\w.'’-]*\Z")


@pytest.mark.parametrize(
    "text",
    [
        "A cohort study. Lancet",
        "Effect of drug A vs. placebo. N Engl J Med",
        "Edgar R. R. Parker. J Clin",
        "x_y. J",
        "trial². J",
        "Ⅳ. J",
        "naïve study. Ärztebl",
        "word\u00a0trial. J",
        "Is it safe? A study. BMJ",
        "e.g. this. J",
        "a" * 50 + ". J",
        ". J",
        "O’Brien’s. J",
    ],
)
def test_word_before_a_stop_is_the_word_run(text: str) -> None:
    index = text.index(". ") if ". " in text else text.index("?")
    expected = WORD_RUN.search(text, max(0, index - 40), index)
    assert readings._word_before(text, index) == (expected[0] if expected else "")


@pytest.mark.parametrize(
    "text",
    [
        "Title (a review). Journal [online]. {x} ?!",
        '"Quoted title." Journal',
        "„Titel“. Zeitschrift",
        "“Title.” Journal",
        "No marks at all",
    ],
)
def test_mark_places_are_every_mark(text: str) -> None:
    assert readings._mark_places(text) == places_of(text, readings._MARKS)


def test_splits_cut_at_each_break_best_first() -> None:
    found = splits("  A randomised trial. Second part. Lancet  ")
    assert found[0] == Split("A randomised trial. Second part.", "Lancet", 2.5)
    assert Split("A randomised trial. Second part. Lancet", None, -3.0) in found
    assert {split.title for split in found} >= {"A randomised trial."}


def test_splits_without_a_break_cut_at_a_comma_before_a_capital() -> None:
    found = splits("Title words, Journal Name")
    assert [split[:2] for split in found] == [
        ("Title words", "Journal Name"),
        ("Title words, Journal Name", None),
    ]
    assert found[1].score == 0.0
