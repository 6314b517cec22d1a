"""German titles whose one little word ("von", "mit") was not enough to read them as
German (real20 left, real21): their capitalised nouns hide the umlauts that tell, and their
endings ("-ungen", "-ierung") are none of the other languages'. Read as English, a German
paper whose record lacks the German title was no match for its own locus."""

from __future__ import annotations

import pytest

from citelint.models import Reference
from citelint.pubmed.translated_titles import reads_as_translated, translated_title
from citelint.record import Record


def titled(title: str) -> Reference:
    return Reference(
        1,
        title,
        1,
        1,
        title=title,
        authors=["Hoffmann J"],
        journal="Dtsch Med Wochenschr",
        year=2023,
        volume="148",
        pages="1021-8",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Hitzebedingte Krankenhausaufnahmen von Pflegeheimbewohnern in Süddeutschland",
        "Versorgung von Patienten mit Herzinsuffizienz",
        "Therapieempfehlungen der Fachgesellschaften",
        # user21 P1 13: "possibly fabricated" without volume and pages, now CL208.
        "Herzinsuffizienz mit erhaltener Ejektionsfraktion: Was gibt es Neues?",
    ],
)
def test_a_german_title_with_one_little_word_reads_as_german(title: str) -> None:
    assert reads_as_translated(titled(title))


@pytest.mark.parametrize(
    "title",
    [
        "Von Willebrand disease in pregnancy: a cohort study",
        "Sjögren syndrome in Guillain-Barré patients",
        "Von Willebrand factor in Schönlein-Henoch purpura",
        # review21b P2-2: an en dash between the names read as one German noun.
        "Incidence of Henoch\u2013Schönlein purpura per year in English primary care",
        "Lung function in young smokers",
    ],
)
def test_english_titles_with_names_stay_english(title: str) -> None:
    assert not reads_as_translated(titled(title))


def test_the_german_title_is_its_records_paper_by_the_locus() -> None:
    record = Record(
        pmid="39950065",
        title="[Heat-related hospital admissions of nursing home residents in southern Germany].",
        journal_abbrev="Dtsch Med Wochenschr",
        year=2023,
        authors=["Hoffmann J", "Weber A"],
        volume="148",
        pages="1021-1028",
    )
    german = "Hitzebedingte Krankenhausaufnahmen von Pflegeheimbewohnern in Süddeutschland"
    assert translated_title(titled(german), record)
