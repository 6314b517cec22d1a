"""The direct path for Vancouver's common one line (common_entry.py) reads an entry exactly as
the general reader does, and leaves to it every entry one of its first steps would act on."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from citelint.read import entries
from citelint.read.common_entry import _LETTER, common_entry
from citelint.read.entries import parse_entry

FIELDS = ("title", "journal", "year", "authors", "volume", "issue", "pages", "pmid", "doi", "url")


def general(lines: list[str]) -> list[object]:
    """parse_entry's reading with the direct path turned off."""
    taken = entries.common_entry
    entries.common_entry = lambda lines: None  # type: ignore[assignment]
    try:
        return read(lines)
    finally:
        entries.common_entry = taken


def read(lines: list[str]) -> list[object]:
    entry = parse_entry(lines)
    return [getattr(entry, name) for name in FIELDS] + [list(entry.alternatives), entry.raw]


TAKEN = [
    "Okafor NT, Lindqvist B, et al. Statins after hip fracture: a cohort study. Bone. "
    "2019;44(3):150-8.",
    "Moreau C. Ketamine for pain in the emergency department. Ann Emerg Med. 2021 Mar;77:e12-e19. "
    "doi:10.1016/j.annemergmed.2020.11.004. PMID: 33455840.",
    "van der Berg AB, O'Neill P. Is early mobilisation safe? Spine. 2004;29(12):1290–7. "
    "https://doi.org/10.1097/brs.0b013 https://pubmed.ncbi.nlm.nih.gov/15187626/",
    "Fernández-García J, Müller K. Vitamin D. and falls in older adults. Age Ageing. "
    "2012 Jan 5;41(1):38-44. PMID: 22132341.",
    "Brennan LK, Yamamoto A. 2024;12:5.",  # no title: the names stay names
    "Mensah P, Jovanovic D. Treatment inertia after stroke. BMJ Open 2021;11:e045120. "
    "doi:10.1000/bp.2021.008",
    "Okafor FJ, Castellanos R. Pre-emptive transplantation. Ann Intern Med. "
    "2014; 68(1): 2594- 2601",
    "Ahmed E, Young K. Frailty in twins. Clin Infect Dis. 2005;335(6):1084-91. doi:10.1438/j.1057 "
    "PMID: 29843822.",
]


@pytest.mark.parametrize("text", TAKEN)
def test_common_entries_take_the_direct_path_and_read_as_before(text: str) -> None:
    assert common_entry([text]) is not None
    assert read([text]) == general([text])


def test_the_direct_path_reads_fields_and_identifiers() -> None:
    entry = parse_entry([TAKEN[1]])
    assert entry.title == "Ketamine for pain in the emergency department"
    assert entry.journal == "Ann Emerg Med"
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2021, "77", None, "e12-e19")
    assert entry.authors == ["Moreau C"]
    assert (entry.pmid, entry.doi) == ("33455840", "10.1016/j.annemergmed.2020.11.004")
    linked = parse_entry([TAKEN[2]])
    assert (linked.pmid, linked.doi) == ("15187626", "10.1097/brs.0b013")
    assert linked.url == "https://doi.org/10.1097/brs.0b013"


@pytest.mark.parametrize(
    "text",
    [
        # Clutter strip_identifiers cuts, a notice without_tail cuts, a date: the general's.
        "Smith J. Patients who accessed care. BMJ. 2019;364:l123.",
        "Smith J. Title. BMJ. 2019;364:PMC123.",
        "Smith J. Title. Lancet 2018. Comment in: BMJ. 2019;364:12-5.",
        "Smith J. Title [letter]. BMJ. 2019;364:12-5.",
        "Smith J. Title (a trial). BMJ. 2019;364:12-5.",
        "Smith J. Title. BMJ. 2019;364:12-5. Epub 2019 Feb 3.",
        "Correction: Smith J. Title. BMJ. 2019;364:12-5.",
        "Smith J. Title .BMJ. 2019;364:12-5.",
        "Smith J.  Title. BMJ. 2019;364:12-5.",
        "Smith J, D. Title. BMJ. 2019;364:12-5.",  # MDPI's first name
        "Smith J. Title. BMJ. 2019;364(2).",  # no pages: a bracket ends it
        "Smith J. Titlе in Cyrillic. BMJ. 2019;364:12-5.",
        "Smith J. Title. BMJ. 2019;364:12-5. doi:10.1/x. PMCID: PMC1234567.",
        "Smith J. Title. BMJ.  2019;364:12-5.",  # two spaces before the year
        "Smith J. Title × placebo. BMJ. 2019;364:12-5.",  # a sign of Latin-1's
        "Smith J. Title ﬁnal. BMJ. 2019;364:12-5.",  # a letter past it
        "Smith J. Title. BMJ. 2019;364:12-5. doi:10.1000/a..b",  # a stop after a stop
        "Smith J. Title .. x. BMJ. 2019;364:12-5.",
        "Smith J. Título. Rev Clín. 2019;364:12-5. VERFÜGBAR unter",  # clutter in capitals
        "Smith J. Título VERFÜGBAR. Rev Clín. 2019;364:12-5.",
        "Smith J. Título. Rev Clín. 2019 Mar;364:PMC12–PMC19.",
    ],
)
def test_entries_a_first_step_acts_on_are_left_to_the_general_reader(text: str) -> None:
    assert common_entry([text]) is None


def test_the_head_classes_are_the_unicode_classes_within_latin_1() -> None:
    # What the spelt-out classes hold, character by character, against \w and [^\W\d_].
    latin_1 = [chr(code) for code in range(256)]
    for spelt, unicode_class in ((_LETTER, r"[^\W\d_]"), (_LETTER + "0-9_", r"\w")):
        assert [c for c in latin_1 if re.fullmatch(f"[{spelt}]", c)] == [
            c for c in latin_1 if re.fullmatch(unicode_class, c)
        ]


def test_latin_1_letters_and_numerals_stay_in_the_head() -> None:
    for text in (
        "Søndergaard Ø, Müller É. Vitamin D³ and ½-dose µg trials. Bone. 2019;44(3):150-8.",
        "ªSmith J. Title. BMJ. 2019;364:12-5.",  # isalnum, as \w and [^\W\d_] read it
        "²Smith J. Title. BMJ. 2019;364:12-5.",
        "Smith J. Título VERFÜG. Rev Clín. 2019;364:12–19.",  # no clutter word whole
    ):
        assert common_entry([text]) is not None
        assert read([text]) == general([text])


def test_two_lines_are_left_to_the_general_reader() -> None:
    assert common_entry(["Statins after hip fracture.", "Bone, 2019"]) is None
    assert common_entry([TAKEN[0], ""]) is not None  # a blank line is no line


PIECES = [
    "Smith J", ", ", "Doe AB", "et al", ". ", "Title", " of ", "trial", ": ", "a", "?", "D", "A",
    "2019", ";", "12", "(3)", ":", "150-8", "e12", "–", " ", ".", "PMID: 123", "doi:10.1/x",
    "Mar", "Available from", "Comment on: ", "pmc", ", 2018", "Published online 2020", "ſ",
    "İ", "K", "É", "ß", "'", "’", "-", "Group", "Reply", "Part II",
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
@example("Smith J. Title. J. 2019;12(3):150-8.")
@example("Smith J, Doe AB. Title: a trial. J A. 2019 Mar;12:e12. doi:10.1/x. PMID: 123.")
@example("Smith J. Vitamin D. J. 2019;12:150-8.")
@example("Smith J, Doe A. A NEW: trial. J. 2019;12:150-8.")
def test_whatever_the_direct_path_takes_reads_as_the_general_reader(body: str) -> None:
    for text in (body, f"Smith J, Doe AB. {body}. J Name. 2019;12(3):150-8."):
        if common_entry([text]) is not None:
            assert read([text]) == general([text])
