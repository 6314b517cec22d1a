"""An entry's other readings (Reference.alternatives) are built when first read: the same
readings, in the same order, as building them with the entry, whatever happens in between."""

from __future__ import annotations

import pickle
from dataclasses import replace

import pytest

from citelint.models import Reading
from citelint.read.entries import parse_entry
from citelint.read.title_readings import ranked_readings, readings_of

# Entries in the shapes real lists print, each with more than one reading of its title.
ENTRIES = [
    "Varga TB, Lindqvist H. Platelet-rich plasma for disc degeneration. A pilot cohort. "
    "Pain Physician. 2021;24(3):E311-20.",
    "Okonkwo AE, Lindahl P. GENE SILENCING. Placental small RNAs tune maternal insulin "
    "signalling. Science. 2016;352(6290):1234-8.",
    "Nordic Spine Registry Group. Outcomes after lumbar fusion: ten years. Spine J. 2019;19:1-9.",
    "Erratum in: Sodium restriction in heart failure. Eur Heart J. 2022;43(9):901.",
    "Haldane, K., & Osei, B. A. (2018). Sleep after stroke. A review. Stroke Res, 9(2), 150-158.",
]


def _built_with_the_entry(text: str) -> list[Reading]:
    entry = parse_entry([text])
    return list(entry.alternatives)


@pytest.mark.parametrize("text", ENTRIES)
def test_the_later_readings_are_those_readings_of_gives(text: str) -> None:
    ranked = ranked_readings(text, [], 2021, False)
    assert ranked.best() == readings_of(text, [], 2021, False)[0]
    assert ranked.build() == readings_of(text, [], 2021, False)[1:]


@pytest.mark.parametrize("text", ENTRIES)
def test_alternatives_survive_pickling_and_replace_before_they_are_read(text: str) -> None:
    expected = _built_with_the_entry(text)
    entry = parse_entry([text])
    # A worker process sends its entries back pickled, the readings not yet built.
    assert pickle.loads(pickle.dumps(entry)).alternatives == expected
    assert replace(parse_entry([text]), title="Other").alternatives == expected
    assert entry.alternatives == expected and entry.alternatives is entry.alternatives


def test_names_changed_after_reading_do_not_change_the_later_readings() -> None:
    names = ["Varga TB"]
    ranked = ranked_readings(ENTRIES[0].split(". ", 1)[1], names, 2021, False)
    names.append("Lindqvist H")
    assert all(reading.authors == ("Varga TB",) for reading in ranked.build())
