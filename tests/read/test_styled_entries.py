"""Entries in publishers' styles read field by field (citelint.read.styled_entries)."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.styled_entries import stopped_lines


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        ("Li, Y.J. ∙ Fahrmann, J.F. ∙ Aftabizadeh, M. ∙ et al.", ["Li YJ", "Fahrmann JF"]),
        ("Ragupathi, A. ∙ Kim, C. ∙ Jacinto, E.", ["Ragupathi A", "Kim C", "Jacinto E"]),
        ("Sparks, I.L. ∙ Jacobs, Jr., W.R. ∙ et al.", ["Sparks IL", "Jacobs WR"]),
        ("Larrauri, C.A.", ["Larrauri CA"]),
        # thelancet.com runs the initials together (user26 P1-9).
        ("van den Berg, FF ∙ Boermeester, MA", ["van den Berg FF", "Boermeester MA"]),
        ("Martinez Licha, CR ∙ Lee, LS ∙ et al.", ["Martinez Licha CR", "Lee LS"]),
    ],
)
def test_cell_press_authors_set_apart_by_dot_operators_are_names(
    authors: str, names: list[str]
) -> None:
    """cell.com's pages (hunt17): before, the names ran into the title and the entry was
    searched by a title beginning 'Li, Y.J. ∙ Fahrmann', found nowhere: a false CL201."""
    entry = parse_entry(
        [
            authors,
            "The mTORC2 signaling network: targets and cross-talks",
            "Biochem. J. 2024; 481:45-91",
        ]
    )
    assert entry.title == "The mTORC2 signaling network: targets and cross-talks"
    assert entry.authors[: len(names)] == names
    assert (entry.year, entry.volume, entry.pages) == (2024, "481", "45-91")


def test_cell_press_names_are_read_before_a_title_ending_in_a_question_mark() -> None:
    entry = parse_entry(
        [
            "Afridi, B. ∙ Khan, H. ∙ Akkol, E.K. ∙ et al.",
            "Pain perception and management: where do we stand?",
            "Curr. Mol. Pharmacol. 2021; 14:678-688",
        ]
    )
    assert entry.title == "Pain perception and management: where do we stand?"
    assert entry.authors[:2] == ["Afridi B", "Khan H"]


@pytest.mark.parametrize(
    "first",
    [
        "Smith, J. ∙ notes on a method",  # not every part a name
        "Trial design ∙ Outcomes ∙ Results",
        "et al. ∙ Smith, J.",
    ],
)
def test_a_line_of_dot_operators_that_are_not_all_names_is_left_alone(first: str) -> None:
    lines = [first, "A title without a stop", "Journal. 2020; 1:1-2"]
    assert stopped_lines(lines) == lines


@pytest.mark.parametrize(
    "lines",
    [
        # A PDF's or an e-mail's wrapped entry: the author list goes on below its first line,
        # or a line ends in a word that carries the title on. No field a line: no stops.
        [
            "Kuru T, Olçar HA, Yildiz M, Demir A,",
            "Aydin S, et al. Effects of early mobilisation after hip fracture",
            "surgery. Injury. 2020;51(5):1102-7.",
        ],
        [
            "Kuru T, Olçar HA, et al.",
            "Effects of early mobilisation in older adults with",
            "hip fracture. Injury 2020; 51: 1102–07.",
        ],
    ],
)
def test_a_wrapped_entry_is_not_read_as_a_field_a_line(lines: list[str]) -> None:
    entry = parse_entry(lines)
    assert (entry.title, entry.journal) in [
        ("Effects of early mobilisation after hip fracture surgery", "Injury"),
        ("Effects of early mobilisation in older adults with hip fracture", "Injury"),
    ]


def test_an_entry_wrapped_after_a_comma_in_its_names_is_one_sentence_a_field() -> None:
    """A hand-wrapped list (Markdown, e-mail, PDF copy) whose first line ends inside the
    names (user21 #0): read as the Lancet's field-a-line layout, its second line had been the
    title and its third the journal ("Covid-19. N Engl J Med"), and the entry was called
    fabricated."""
    entry = parse_entry(
        [
            "Okonkwo CJ, Haldane RM, Virtanen L, Sato K,",
            "   Brandt P, Moreau A, et al. Oral anticoagulation in frail older adults with",
            "   atrial fibrillation. Lancet Healthy Longev. 2022 Mar;3(3):e160-e171.",
        ]
    )
    assert entry.title == "Oral anticoagulation in frail older adults with atrial fibrillation"
    assert entry.journal == "Lancet Healthy Longev"
    assert entry.authors[:2] == ["Okonkwo CJ", "Haldane RM"]


@pytest.mark.parametrize(
    ("lines", "title", "journal"),
    [
        (  # a PDF's column broke the title after a word no title ends with
            [
                "Okonkwo CJ, Haldane RM, Virtanen L, et al.",
                "Oral anticoagulation in frail older adults with",
                "Atrial fibrillation. Lancet Healthy Longev 2022; 3: e160–71.",
            ],
            "Oral anticoagulation in frail older adults with Atrial fibrillation",
            "Lancet Healthy Longev",
        ),
        (  # ... and before a word in lower case
            [
                "Pereira L, Osei K, et al.",
                "Inspiratory muscle training before lung",
                "resection for adults with lung cancer. Cochrane Database Syst",
                "Rev 2019; 3: CD099101.",
            ],
            "Inspiratory muscle training before lung resection for adults with lung cancer",
            "Cochrane Database Syst. Rev",
        ),
        (  # a journal named in lower case first is no title's rest
            [
                "Zhan, K. ∙ Wu, H. ∙ Xu, Y. ∙ et al.",
                "Bile acid signalling in irritable bowel syndrome",
                "mSystems. 2024; 9:e0129923",
            ],
            "Bile acid signalling in irritable bowel syndrome",
            "mSystems",
        ),
    ],
)
def test_a_field_a_line_entry_broken_inside_its_title_keeps_the_title_whole(
    lines: list[str], title: str, journal: str
) -> None:
    entry = parse_entry(lines)
    assert (entry.title, entry.journal) == (title, journal)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (  # ScienceDirect's web page: the source's commas, "pp."
            "D.C. Angus, L. Derde, et al., Effect of hydrocortisone on mortality in severe "
            "COVID-19: a randomized clinical trial, JAMA, 324 (2020), pp. 1317-1329",
            ("JAMA", 2020, "324", None, "1317-1329"),
        ),
        (  # ... an article number
            "C. Banda, T. Phiri, R. Heller, Cash transfers and childhood stunting in rural "
            "Malawi: a cluster-randomised trial, PLoS Med., 17 (3) (2020), Article e1003081",
            ("PLoS Med.", 2020, "17", "3", "e1003081"),
        ),
        (  # ... led by a group, a numbered title
            "American Diabetes Association Professional Practice Committee, 9. Pharmacologic "
            "approaches to glycemic treatment: Standards of Care in Diabetes—2024, Diabetes "
            "Care, 47 (Suppl. 1) (2024), pp. S158-S178",
            ("Diabetes Care", 2024, "47", "Suppl. 1", "S158-S178"),
        ),
        (  # Elsevier's Cochrane review: an issue, no volume
            "F. Achterberg, C. Nwosu, I. Rasmussen, Inspiratory muscle training before lung "
            "resection for adults with lung cancer, Cochrane Database Syst. Rev. (3) (2019) "
            "CD099101.",
            ("Cochrane Database Syst. Rev.", 2019, None, "3", "CD099101"),
        ),
        (  # the group they wrote for after the names, a title opening with its year
            "R.A. Brandt, X. Rosales, et al., on behalf of the ESC Scientific Document Group, "
            "2023 ESC Guidelines for the management of acute pericardial syndromes, Eur. Heart "
            "J. 44 (38) (2023) 3720–3826.",
            ("Eur. Heart J.", 2023, "44", "38", "3720–3826"),
        ),
    ],
)
def test_elsevier_one_line_forms_read_their_source(
    text: str, fields: tuple[str, int, str | None, str | None, str]
) -> None:
    """user21 #1, #2, #6: the journal had been read as "1317-1329" or "PLoS Med., 17 (3)
    (2020), Article e1003081", the title as "CD099101" or "on behalf of ..."."""
    entry = parse_entry([text])
    assert (entry.journal, entry.year, entry.volume, entry.issue, entry.pages) == fields
    assert entry.title is not None
    assert entry.title[:1].isupper() or entry.title[:1].isdigit()  # no "on behalf of ..."


def test_an_unsigned_erratum_in_elsevier_form_is_read() -> None:
    entry = parse_entry(
        [
            "Correction to: 2023 ESC Guidelines for the management of acute pericardial "
            "syndromes, Eur. Heart J. 45 (13) (2024) 1145."
        ]
    )
    assert entry.title == (
        "Correction to: 2023 ESC Guidelines for the management of acute pericardial syndromes"
    )
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Eur. Heart J.",
        2024,
        "45",
        "1145",
    )


def test_a_journal_in_lower_case_on_the_source_line_is_no_title_going_on() -> None:
    # review21b P1-3: "npj Digit Med. 2021; 4:112" was taken for the title's last line, and
    # the title ran into the journal (a false CL201 online).
    lines = [
        "Halvorsen K, Mbeki T, Lindqvist A, et al.",
        "Remote monitoring of heart failure with wearable sensors",
        "npj Digit Med. 2021; 4:112",
    ]
    assert stopped_lines(lines)[1].endswith("sensors.")
    # A title going on in lower case still takes no stop, the source after it on its line.
    wrapped = [
        "Whitaker J, Osei K, Lundqvist A, et al.",
        "Tranexamic acid for older adults undergoing hip",
        "fracture surgery. N Engl J Med 2023; 388: 2134-44.",
    ]
    assert stopped_lines(wrapped)[1].endswith("hip")
