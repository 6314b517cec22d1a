"""choose_readings reads "Title. Journal" as choose_ranked(ranked_readings(...)) does: the
same title, journal and authors, and the same other readings, in the same order."""

from __future__ import annotations

import pickle

from hypothesis import example, given, settings
from hypothesis import strategies as st

from citelint.models import Reference
from citelint.read.one_break_readings import LaterRankedReadings, choose_readings
from citelint.read.title_readings import choose_ranked, ranked_readings

# Pieces real titles and journals are made of, and the marks and spaces the fast reading
# must decline or read as breaks() does: brackets, quotes, stops, abbreviations, initials,
# lower-case words after a stop, a notice's word, other white space.
PIECES = [
    "Sodium", " restriction", " in", " heart", " failure", "Eur", " Heart", " J", " Med",
    "N Engl J Med", "Lancet", "JAMA", "eLife", " vs", " spp", " al", " R", " U.S", " A",
    ".", ". ", "? ", "! ", ".  ", ".\t", ". a", ". A", ". J", "(", ")", "[", "]", "{", "}",
    '"', "“", "”", "„", "'", "’", ",", ":", ";", " ", "\t", "\u00a0", "2019", " 2020",
    "Erratum in: ", "Correction", "Notice", "Withdrawn", "npj", " Digit", "İ", "é", "Ö",
]  # fmt: skip
NAMES = st.lists(st.sampled_from(["Varga TB", "Lindqvist H", "Okafor N"]), max_size=3)


def _read_both(text: str, names: list[str], year: int | None, terse: bool) -> tuple:
    fast = Reference(number=1, raw=text, line=1, column=1)
    full = Reference(number=1, raw=text, line=1, column=1)
    choose_readings(text, names, year, terse, fast)
    choose_ranked(ranked_readings(text, names, year, terse), full)
    return fast, full


@settings(max_examples=3000)
@given(
    st.lists(st.sampled_from(PIECES), max_size=14).map("".join),
    NAMES,
    st.sampled_from([None, 2019]),
    st.booleans(),
)
@example("Sodium restriction in heart failure. Eur Heart J", ["Varga TB"], 2019, True)
@example("Drug vs. Placebo", ["Varga TB"], 2019, True)
@example("Giardia spp. Parasitol Res", ["Varga TB"], 2019, False)
@example("Edgar R. Parker", ["Varga TB"], 2019, True)
@example("Is it safe? JAMA", ["Varga TB"], None, True)
@example("Erratum in: Title. J", ["Varga TB"], 2019, True)
@example("Title. J Name ", ["Varga TB"], 2019, True)
def test_the_fast_reading_is_the_ranked_one(
    text: str, names: list[str], year: int | None, terse: bool
) -> None:
    fast, full = _read_both(text, names, year, terse)
    assert fast == full  # every field, the other readings built and compared too


def test_the_later_readings_are_built_as_given_then() -> None:
    names = ["Varga TB"]
    later = LaterRankedReadings("A pilot cohort. Pain Physician", names, 2021, True)
    names.append("Lindqvist H")
    built = pickle.loads(pickle.dumps(later)).build()
    assert (
        built == ranked_readings("A pilot cohort. Pain Physician", ["Varga TB"], 2021, True).build()
    )
    assert all(reading.authors == ("Varga TB",) for reading in built)
