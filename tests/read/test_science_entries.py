"""Science's style without titles: names with their initials first, then the journal,
however many of its words are dotted, then "VOL, PAGE (YEAR)" (user29b P1-5)."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.science_entries import science_head


def fields(text: str) -> tuple[list[str], str | None, str | None, int | None, str | None]:
    entry = parse_entry([text])
    return entry.authors, entry.title, entry.journal, entry.year, entry.volume


def test_the_last_author_is_not_the_journal_s_first_word() -> None:
    text = "T. A. Brighton, J. W. Eikelboom, K. Mann, N. Engl. J. Med. 367, 1979 (2012)."
    assert fields(text) == (
        ["Brighton TA", "Eikelboom JW", "Mann K"],
        None,
        "N. Engl. J. Med",
        2012,
        "367",
    )


def test_et_al_then_a_dotted_journal_gives_no_title() -> None:
    authors, title, journal, _, _ = fields(
        "P. M. O'Byrne et al., N. Engl. J. Med. 378, 1865 (2018)."
    )
    assert (authors, title, journal) == (["O'Byrne PM"], None, "N. Engl. J. Med")


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (
            "H. Sung, J. Ferlay, R. L. Siegel, CA Cancer J. Clin. 71, 209 (2021).",
            "CA Cancer J. Clin",
        ),
        (
            "K. Lee and M. Ortiz, Proc. Natl. Acad. Sci. U.S.A. 117, 4410 (2020).",
            "Proc. Natl. Acad. Sci. U.S.A",
        ),
        ("W. H. van Zwam, H. M. El Sahly, Nat. Med. 26, 1200 (2020).", "Nat. Med"),
    ],
)
def test_the_journal_is_read_whole(text: str, journal: str) -> None:
    assert fields(text)[1:3] == (None, journal)


def test_a_group_before_the_names_stands_for_the_authors() -> None:
    text = "Emerging Risk Factors Collaboration, N. Sarwar, P. Gao, Lancet 375, 2215 (2010)."
    assert fields(text)[:3] == (["Emerging Risk Factors Collaboration"], None, "Lancet")


def test_a_task_force_before_the_names_is_not_a_surname() -> None:
    text = "ARDS Definition Task Force, V. M. Ranieri, G. D. Rubenfeld, JAMA 307, 2526 (2012)."
    assert fields(text)[:3] == (["ARDS Definition Task Force"], None, "JAMA")


def test_a_science_entry_with_its_title_keeps_it() -> None:
    text = (
        "T. A. Brighton et al., Low-dose aspirin for preventing recurrent venous "
        "thromboembolism. N. Engl. J. Med. 367, 1979 (2012)."
    )
    authors, title, journal, _, _ = fields(text)
    assert title == "Low-dose aspirin for preventing recurrent venous thromboembolism"
    assert (authors, journal) == (["Brighton TA"], "N. Engl. J. Med")


@pytest.mark.parametrize(
    "head",
    [
        # Surname first (Nature, Vancouver): another reader's.
        "Brighton, T. A., Eikelboom, J. W. ",
        "Brighton TA, Eikelboom JW, N Engl J Med ",
        # A title in sentence case after the names.
        "T. A. Brighton, Aspirin after a first venous thrombosis ",
        # Nothing before the journal.
        "N. Engl. J. Med. ",
    ],
)
def test_other_heads_are_not_science_s(head: str) -> None:
    assert science_head(head) is None


def test_a_vancouver_entry_with_initials_first_and_a_title_in_capitals_keeps_its_title() -> None:
    # review29a P1-7: the Science head was tried on every entry with a locus; a Title-Case
    # title with its journal was read as the journal ("Sleep And Hypertension. Chest").
    entry = parse_entry(["A. Rossi, B. Chen, Sleep And Hypertension. Chest. 2013;144:456-62."])
    assert (entry.title, entry.journal) == ("Sleep And Hypertension", "Chest")


@pytest.mark.parametrize(
    ("text", "authors", "journal"),
    [
        # review29c P1-4: initials first, no title, a dotted journal, then a Vancouver locus.
        (
            "H. B. Kristiansen, A. Moreau, JAMA Netw. Open 2023;6:e2254102.",
            ["Kristiansen HB", "Moreau A"],
            "JAMA Netw. Open",
        ),
        (
            "P. Horby, W. S. Lim, N. Engl. J. Med. 2021;384:693-704.",
            ["Horby P", "Lim WS"],
            "N. Engl. J. Med",
        ),
        (
            "A. Rossi, B. Chen, Am. J. Respir. Crit. Care Med. 2013;187:456-62.",
            ["Rossi A", "Chen B"],
            "Am. J. Respir. Crit. Care Med",
        ),
    ],
)
def test_a_dotted_journal_before_a_vancouver_locus_is_read_whole(
    text: str, authors: list[str], journal: str
) -> None:
    assert fields(text)[:3] == (authors, None, journal)


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # A short Title-Case title before its journal stays a title: each has a stop inside
        # its last part that no journal abbreviation has.
        ("A. Rossi, B. Chen, Sleep Apnea. Chest 2013;144:456-62.", "Sleep Apnea", "Chest"),
        (
            "A. Rossi, B. Chen, J. Smith. Sleep Apnea. Chest 2013;144:456-62.",
            "Sleep Apnea",
            "Chest",
        ),
        ("A. Rossi, B. Chen, COPD. Am. J. Med. 2013;187:456-62.", "COPD", "Am. J. Med"),
        ("A. Rossi, B. Chen, Stroke. Lancet Neurol. 2013;12:456-62.", "Stroke", "Lancet Neurol"),
    ],
)
def test_a_short_title_before_a_vancouver_locus_is_kept(
    text: str, title: str, journal: str
) -> None:
    assert fields(text)[1:3] == (title, journal)


def test_a_suffix_is_no_part_of_the_family_name() -> None:
    # "Wright Jr" was sent as the first author's family name, which no record has.
    text = "J. T. Wright Jr, J. D. Williamson, N. Engl. J. Med. 373, 2103 (2015)."
    assert fields(text)[0] == ["Wright JT", "Williamson JD"]
