"""Paragraphs set one a line with no blank line between them (EHR exports, pasted text)."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.line_paragraphs import own_paragraph

BLOCK = (
    "On day 2 potassium was 5.9 mmol/L [3.5-5.1] and lactate 6.1 mmol/L [0.5-2.2].\n"
    "He recovered over ten days [1].\n"
    "Discussion\n"
    "An ALT 4000 [4-6] within a day is typical of hypoxic hepatitis."
)


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("[3.5-5.1]", (0, BLOCK.index("\nHe"))),
        ("[1]", (BLOCK.index("He"), BLOCK.index("\nDiscussion"))),
        # A heading's line ends no sentence: it opens the paragraph after it.
        ("[4-6]", (BLOCK.index("Discussion"), len(BLOCK))),
    ],
)
def test_each_line_ending_a_sentence_ends_its_paragraph(needle: str, expected: tuple) -> None:
    assert own_paragraph(BLOCK, BLOCK.index(needle)) == expected


@pytest.mark.parametrize(
    "block",
    [
        # A print-out's rows end no sentence: one paragraph.
        "Lactate 6.1 [0.5-2.2]\nNT-proBNP 5400 [5-125]\ntroponin I 880 [5-26]",
        # A wrapped line of a paragraph whose next line goes on in lower case.
        "Bloods showed potassium 5.9 mmol/L [3.5-5.1] and\nammonia 120 [5-35] on day 2.",
        # A stop in a decimal at a line's end is no sentence's end.
        "Creatinine was 2.1\nMmol values followed.",
    ],
)
def test_lines_that_go_on_stay_one_paragraph(block: str) -> None:
    assert own_paragraph(block, len(block) - 3) == (0, len(block))


ENTRIES = "References\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 13)
)


def cited(text: str) -> set[int]:
    document = read_text(text, "a.txt", "txt")
    return {number for claim in document.claims for m in claim.markers for number in m.numbers}


def test_a_case_report_s_labs_license_nothing_in_its_discussion_without_blank_lines() -> None:
    # Notes17 item 3: read as one paragraph, the labs made "ALT 4000 [4-6]" a range and
    # entries 4 to 6 were reported never cited.
    page = (
        "Shock liver after cardiac arrest\n"
        "A 61-year-old man was admitted after a cardiac arrest. On day 2 his bloods showed"
        " potassium 5.9 mmol/L [3.5-5.1] and lactate 6.1 mmol/L [0.5-2.2].\n"
        "He recovered over ten days on renal replacement therapy [1].\n"
        "Discussion\n"
        "Hypoxic hepatitis follows low-flow states [2,3]. An ALT 4000 [4-6] within a day is"
        " typical [7]. Recovery is the rule [8-10], though mortality stays high [11,12].\n"
    )
    assert cited(page + ENTRIES) == set(range(1, 13))


def _claims(text: str) -> list[tuple[str, list[list[int]]]]:
    document = read_text(text, "note.txt", "txt")
    return [(claim.text, [m.numbers for m in claim.markers]) for claim in document.claims]


_SOURCES = (
    "\n\nSources\n"
    "1. Joglar JA, Chung MK, Armbruster AL, et al. 2023 ACC/AHA/ACCP/HRS guideline for the "
    "diagnosis and management of atrial fibrillation. Circulation. 2024;149(1):e1-e156.\n"
    "2. Heidenreich PA, Bozkurt B, Aguilar D, et al. 2022 AHA/ACC/HFSA guideline for the "
    "management of heart failure. Circulation. 2022;145(18):e895-e1032.\n"
    "3. Granger CB, Alexander JH, McMurray JJ, et al. Apixaban versus warfarin in patients "
    "with atrial fibrillation. N Engl J Med. 2011;365(11):981-992.\n"
)


def test_a_note_s_labels_and_cited_lines_end_its_claims_without_blank_lines() -> None:
    note = (
        "Progress note, cardiology, hospital day 2\n"
        "Subjective:\n"
        "Palpitations overnight, no chest pain\n"
        "Assessment:\n"
        "Atrial fibrillation with rapid ventricular response, rate control per guidance [1]\n"
        "Heart failure with preserved ejection fraction, euvolemic today [2]\n"
        "Recheck potassium and magnesium in the morning\n"
        "Plan: Continue apixaban for stroke prevention [3]"
    )
    assert _claims(note + _SOURCES) == [
        ("Atrial fibrillation with rapid ventricular response, rate control per guidance", [[1]]),
        ("Heart failure with preserved ejection fraction, euvolemic today", [[2]]),
        ("Plan: Continue apixaban for stroke prevention", [[3]]),
    ]


@pytest.mark.parametrize(
    "block",
    [
        # A wrapped sentence goes on after its citation in lower case: one claim.
        "Rate control comes first in most patients [1]\nand anticoagulation follows [2].",
        # Not labels: a time, a numbered figure, an address.
        "Seen at\n10:30 with palpitations, rate controlled as advised [1] and\nanticoagulated.",
        "Rate control comes first, as the figure\nshows in Figure 2: most patients [1].",
    ],
)
def test_lines_that_go_on_stay_one_claim(block: str) -> None:
    assert len(_claims(block + _SOURCES)) == 1


def test_a_note_s_headings_without_a_colon_end_its_claims() -> None:
    # notes18: "Assessment and plan" alone on its line joined the next claim's text.
    note = (
        "Progress note, cardiology, hospital day 2\n"
        "Palpitations overnight, no chest pain\n"
        "Assessment and plan\n"
        "Atrial fibrillation with rapid ventricular response, rate control per guidance [1]\n"
        "Heart failure with preserved ejection fraction, euvolemic today [2]\n"
        "MEDICATIONS\n"
        "Continue apixaban for stroke prevention [3]"
    )
    assert _claims(note + _SOURCES) == [
        ("Atrial fibrillation with rapid ventricular response, rate control per guidance", [[1]]),
        ("Heart failure with preserved ejection fraction, euvolemic today", [[2]]),
        ("Continue apixaban for stroke prevention", [[3]]),
    ]


@pytest.mark.parametrize(
    "block",
    [
        # A wrapped title in title case, and lines that go on, are no headings.
        "Rate control comes first, as the figure shows for most patients\nTreated In Hospital\n"
        "With apixaban [3].",
        "Rate control comes first in patients treated with\nBeta blockers\nAnd apixaban [3].",
        "Rate control comes first in patients,\nBeta blockers\nAnd then apixaban [3].",
    ],
)
def test_short_lines_that_go_on_are_no_headings(block: str) -> None:
    assert len(_claims(block + _SOURCES)) == 1


@pytest.mark.parametrize("abbreviation", ["Fig.", "Dr.", "approx."])
def test_a_label_after_an_abbreviation_s_stop_still_ends_the_claim(abbreviation: str) -> None:
    # notes18: the line's end was taken for the abbreviation's and dropped.
    note = (
        f"Heart failure with preserved ejection fraction, reviewed as in {abbreviation}\n"
        "Plan: Continue apixaban for stroke prevention [3]"
    )
    assert _claims(note + _SOURCES) == [("Plan: Continue apixaban for stroke prevention", [[3]])]
