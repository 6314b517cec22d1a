"""A laboratory test named right before its value: brackets after it hold its range."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.read import read_text
from citelint.read.lab_tests import named_test_range


def _list(size: int) -> str:
    return "\n\n## References\n\n" + "".join(
        f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n"
        for n in range(1, size + 1)
    )


def cited(text: str) -> list[list[int]]:
    return [
        marker.numbers for claim in read_text(text, "a.md", "md").claims for marker in claim.markers
    ]


@pytest.mark.parametrize(
    ("before", "bounds", "expected"),
    [
        ("Labs: ferritin 900 µg/L ", (15, 50), True),  # the unit before the brackets
        ("Na 128 mmol/L ", (135, 145), True),
        ("ALT 120 ", (7, 56), True),  # whole numbers
        ("platelets 45 ", (150, 400), True),
        ("The WBC 0.3 ", (4, 11), True),  # far below the range's foot
        ("(Hgb: 7 ", (12, 16), True),
        ("Plt 45 x10^3/uL ", (150, 400), True),
        ("in 120 patients ", (7, 9), False),  # prose's count
        ("a sodium of 128 ", (10, 12), False),  # a word between the test and the value
        ("below 115 mmol/L ", (12, 14), False),
        ("Ferritin > 10000 ", (7, 9), False),  # a threshold's sign
        ("HbA1c 7% ", (12, 14), False),  # a share
        ("potassium 40 mg ", (12, 16), False),  # a dose
        ("Sodium 140 ", (135, 145), False),  # inside: an interval's business
        ("Sodium in 2019 ", (7, 12), False),  # a year
        ("Troponin and CK 3 ", (7, 9), False),  # a handful of whole numbers: may cite
        ("the potassium 40 ", (7, 9), False),
        ("a target INR 2.5 ", (12, 14), False),
        ("Ca 2.1 ", (7, 9), False),  # "ca" may be circa: no test of its own
        ("Na 1.2.3 ", (135, 145), False),  # no number
        ("Na <128 ", (135, 145), False),
        ("Na 128, ", (135, 145), False),
    ],
)
def test_a_named_test_s_value_before_a_range_outside_it(
    before: str, bounds: tuple[int, int], expected: bool
) -> None:
    text = before + f"[{bounds[0]}-{bounds[1]}] today."
    assert named_test_range(text, len(before), *map(float, bounds)) is expected


# Notes17: shapes still read as citations before, with a list of any length or none.
@pytest.mark.parametrize(
    "labs",
    [
        "Labs: ferritin 900 µg/L [15-50] and Na 128 mmol/L [135-145] on admission.",
        "Liver tests: ALT 120 [7-56], AST 98 [10-40]. Platelets 45 [150-400] this morning.",
        "The WBC 0.3 [4-11] makes neutropenic precautions necessary.",
        "Glucose 45 [70-99], D50 given; Lipase 900 [13-60].",
        "pH 7.12 [7.35-7.45], pCO2 28 [35-45], HCO3 9 [22-28].",
    ],
)
@pytest.mark.parametrize("size", [0, 3, 50, 200])
def test_a_named_test_s_range_is_no_citation_whatever_the_list(labs: str, size: int) -> None:
    references = _list(size) if size else ""
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + references) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Liver injury was reported in 120 patients [7-9].", [[7, 8, 9]]),
        ("A small cohort (n = 45) [15–20] confirmed it.", [[15, 16, 17, 18, 19, 20]]),
        ("Sodium (n = 45) [15-20] fell.", [[15, 16, 17, 18, 19, 20]]),
        ("Sodium was measured in 120 [7-9] of them.", [[7, 8, 9]]),
        ("Troponin and CK 3 [7-9] times the limit were seen.", [[7, 8, 9]]),
        ("In the potassium 40 [7-9] trial, events were rare.", [[7, 8, 9]]),
        ("Ferritin > 10000 [7-9] suggests HLH.", [[7, 8, 9]]),
    ],
)
@pytest.mark.parametrize("size", [0, 12, 200])
def test_prose_before_brackets_still_cites(sentence: str, expected: list, size: int) -> None:
    references = _list(size) if size else ""
    assert cited(sentence + references) == expected


# Notes18: tests no lexicon lists, named as analytes are ("IL-6", "CD4", "PTH", "anti-Xa",
# "interleukin-6"), before a value outside the range; statistics, scores and diseases named
# in capitals before a number are no tests, and their brackets still cite.
@pytest.mark.parametrize(
    ("before", "bounds", "expected"),
    [
        ("IL-6 120 ", (1, 7), True),
        ("IL-6 120 pg/mL ", (5, 9), True),
        ("CD4 200 ", (500, 1500), True),
        ("PTH 150 ", (15, 65), True),
        ("MCV 72 ", (80, 100), True),
        ("RDW 18 ", (11, 15), True),
        ("C3 50 ", (90, 180), True),
        ("IgG 400 ", (700, 1600), True),
        ("anti-Xa 1.9 ", (3, 7), True),
        ("interleukin-6 120 ", (1, 7), True),
        ("mortality (HR 0.8 ", (5, 9), False),  # a statistic
        ("an OR 2.1 ", (4, 8), False),
        ("an NIHSS 15 ", (20, 25), False),  # a score
        ("a PHQ-9 12 ", (14, 18), False),
        ("HIV 1 ", (5, 9), False),  # a virus
        ("a type-2 120 ", (1, 7), False),
        ("IL-6 5 ", (1, 7), False),  # inside: an interval's business
        ("IL-6 in 120 ", (1, 7), False),  # a word between the name and the value
    ],
)
def test_an_analyte_s_name_before_a_value_outside_a_range(
    before: str, bounds: tuple[int, int], expected: bool
) -> None:
    text = before + f"[{bounds[0]}-{bounds[1]}] today."
    assert named_test_range(text, len(before), *map(float, bounds)) is expected


@pytest.mark.parametrize(
    "labs",
    [
        "IL-6 120 [0-7], CD4 200 [500-1500], procalcitonin 2.1 [<0.5]",
        "troponin I 0.9 [0.00-0.04], eGFR 28 [>60], anti-Xa 0.2 [0.3-0.7]",
        "IL-6 120 [1-7] on day 2.",
        "Bone profile: PTH 150 [15-65], C3 50 [90-180].",
        "MCV 72 [80-100] and RDW 18 [11-15] suggest iron deficiency.",
        "anti-Xa 1.9 [3-7] after the fourth dose.",
    ],
)
@pytest.mark.parametrize("size", [0, 3, 12, 50, 200])
def test_an_analyte_s_range_is_no_citation_whatever_the_list(labs: str, size: int) -> None:
    references = _list(size) if size else ""
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + references) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mortality fell (HR 0.8 [5-9]) with the drug.", [[5, 6, 7, 8, 9]]),
        ("Deficits were worse with an NIHSS 15 [20-25] at entry.", [[20, 21, 22, 23, 24, 25]]),
        ("In 120 patients [7-9], IL-6 was high.", [[7, 8, 9]]),
    ],
)
@pytest.mark.parametrize("size", [0, 30])
def test_statistics_and_scores_before_brackets_still_cite(
    sentence: str, expected: list, size: int
) -> None:
    references = _list(size) if size else ""
    assert cited(sentence + references) == expected


# Labs18: a unit after the brackets makes them a reference range whatever names the value
# (user18 P1: "HR" is also a hazard ratio, "RR" a risk ratio; "Osmolality", "Cortisol" are in
# no lexicon), and tests named in two words.
@pytest.mark.parametrize(
    "labs",
    [
        "Osmolality 262 [275-295] mOsm/kg today.",
        "HR 112 [60-100] bpm, irregular.",
        "Vitamin D 12 [30-100] ng/ml today.",
        "RR 24 [12-20] /min on arrival.",
        "QTc 510 [350-450] ms on the ECG.",
        "PEF 210 [400-600] L/min after salbutamol.",
        "Cortisol 80 [140-690] nmol/L at 9 am.",
        "B12 120 [197-771] pg/mL and folate normal.",
        "Neutrophils 0.4 (L) [2.0-7.5] x10^9/L since day 8.",
        "SpO2 88 [94-98] % on room air.",
        "uric acid 10 [3-7] mg/dL today.",
        "uric acid 10 [3-7] today.",
        "Serum sodium 128 [135-145] and total bilirubin 60 [3-21] today.",
    ],
)
@pytest.mark.parametrize("size", [0, 12, 50, 200])
def test_a_range_before_a_unit_is_no_citation_whatever_the_list(labs: str, size: int) -> None:
    references = _list(size) if size else ""
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + references) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Liver injury was seen in 120 patients [7-9].", [[7, 8, 9]]),
        ("Mortality fell (HR 0.8 [5-9]) with the drug.", [[5, 6, 7, 8, 9]]),
        ("They took aspirin 75 mg [7-9].", [[7, 8, 9]]),  # a dose, then its citation
        ("Statins reduced LDL by 40% [12-14].", [[12, 13, 14]]),
        ("Uric acid fell by 10 mg/dL [3-7].", [[3, 4, 5, 6, 7]]),
        ("Trials began in 2019 [7-9] % of them.", [[7, 8, 9]]),  # a year
        ("Uric acid 5 [3-7] mg/dL in range.", []),  # inside: an interval, no citation
        ("Results were similar 120 [7-9] mg later.", [[7, 8, 9]]),  # a dose's unit alone
    ],
)
@pytest.mark.parametrize("size", [0, 12, 50, 200])
def test_prose_before_a_range_and_a_unit_still_cites(
    sentence: str, expected: list, size: int
) -> None:
    references = _list(size) if size else ""
    assert cited(sentence + references) == expected


@pytest.mark.parametrize(
    ("before", "bounds", "expected"),
    [
        ("uric acid 10 ", (3, 7), True),
        ("(Vitamin D 12 ", (30, 100), True),
        ("serum sodium 128 ", (135, 145), True),
        ("the acid 10 ", (3, 7), False),  # no test named
        ("acid 10 ", (3, 7), False),
        ("uric acid 5 ", (3, 7), False),  # inside
    ],
)
def test_a_test_named_in_two_words(before: str, bounds: tuple[int, int], expected: bool) -> None:
    text = before + f"[{bounds[0]}-{bounds[1]}] today."
    assert named_test_range(text, len(before), *map(float, bounds)) is expected


def test_a_note_s_ranges_before_units_and_after_two_word_names_cite_nothing() -> None:
    # A whole note: vitals and labs with units after their ranges, uric acid in a sentence
    # and a panel, an assessment and plan citing entries 1-8 of its list.
    page = Path(__file__).resolve().parents[2] / "fixtures/pages/ehr-note-units-after-ranges.txt"
    document = read_text(page.read_text(encoding="utf-8"), page.name, "txt")
    markers = [marker.numbers for claim in document.claims for marker in claim.markers]
    assert markers == [[n] for n in range(1, 9)]


# Labs18's leftovers: a score has no range, so brackets after its value cite whatever the
# list ("NIHSS 15 [20-25]" was a range after a list of 12); prose's "by" before a value and a
# handful of whole numbers cite though a unit follows; a word in parentheses between a test
# and its value ("Uric acid (repeat) 9 [3-7]") leaves the test named.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Deficits were worse with an NIHSS 15 [20-25] at entry.", [[20, 21, 22, 23, 24, 25]]),
        ("Organ failure was severe, SOFA 9 [20-25] on day 1.", [[20, 21, 22, 23, 24, 25]]),
        ("Heart rate fell by 12 [7-9] bpm with metoprolol.", [[7, 8, 9]]),
        ("In the trials (all) 9 [3-7] showed benefit.", [[3, 4, 5, 6, 7]]),
    ],
)
@pytest.mark.parametrize("size", [0, 12, 50, 200])
def test_scores_and_prose_before_brackets_cite_whatever_the_list(
    sentence: str, expected: list, size: int
) -> None:
    references = _list(size) if size else ""
    assert cited(f"Treatment followed the guideline [1].\n\n{sentence}" + references) == [
        [1],
        *expected,
    ]


@pytest.mark.parametrize(
    "labs",
    [
        "Uric acid (repeat) 9 [3-7] today.",
        "Sodium (repeat) 128 [135-145] today.",
        "Creatinine (baseline) 180 [60-110] umol/L.",
        # A test's range after prose's "by" spans more than a citation's handful.
        "Platelets fell by 50 [150-400] x10^9/L after heparin.",
        # "HR", a heart rate here as well as a hazard ratio elsewhere, keeps its range.
        "HR 112 [60-100] on arrival.",
    ],
)
@pytest.mark.parametrize("size", [12, 50])
def test_a_range_after_an_aside_or_a_wide_range_after_by_is_no_citation(
    labs: str, size: int
) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + _list(size)) == [[1]]


def test_a_note_s_headings_scores_and_asides_read_as_its_citations_alone() -> None:
    # A stroke unit's note exported with single newlines: headings with no colon, a fasting
    # glucose and a repeat uric acid with their ranges, an assessment citing entries 1-8.
    page = (
        Path(__file__).resolve().parents[2] / "fixtures/pages/ehr-stroke-note-headings-copied.txt"
    )
    document = read_text(page.read_text(encoding="utf-8"), page.name, "txt")
    claims = [(claim.text, [m.numbers for m in claim.markers]) for claim in document.claims]
    assert [numbers for _, numbers in claims] == [[[n]] for n in range(1, 9)]
    texts = [text for text, _ in claims]
    assert texts[0].startswith("Left MCA territory")  # not "Creatinine ... Assessment and plan"
    assert texts[3].startswith("Blood pressure")  # not "Secondary prevention Blood ..."
    assert texts[6].startswith("Bedside dysphagia")


@pytest.mark.parametrize("text", ["(fasting) 9 [30-70]", "(repeat) 9 mmol/L [3-7]"])
def test_a_word_in_parentheses_alone_before_a_value_names_no_test(text: str) -> None:
    # The aside was taken out of the names, leaving none: an IndexError ended the run (review19).
    start = text.index("[")
    low, high = (float(n) for n in text[start + 1 : -1].split("-"))
    assert named_test_range(text, start, low, high) is False
    read_text(text + "\n\n## References\n\n1. Lee A. A trial. J Med. 2010;1:1-9.\n", "a.md", "md")


TABLE_ROWS = [
    "| Hb | 9.1 L | [13-17] g/dL |",
    "| Hb | 9.1 | [12-16] |",
    "| Creatinine | 212 H | [59-104] µmol/L |",
    "| Sodium | 128 mmol/L | [135-145] |",
    "| WBC | 3.1* | [4-11] |",
]


@pytest.mark.parametrize("row", TABLE_ROWS)
@pytest.mark.parametrize("size", [0, 3, 20, 200])
def test_a_table_row_of_a_test_its_value_and_its_range(row: str, size: int) -> None:
    """hunt20: "| Hb | 9.1 L | [13-17] g/dL |" after a list of three was CL101 for 13 to 17:
    the cells' borders hid the test's name and its value."""
    table = f"| Test | Result | Range |\n|---|---|---|\n{row}\n"
    text = f"# Case\n\nFatigue with anaemia suggests myeloma [1].\n\n{table}"
    assert cited(text + (_list(size) if size else "")) == [[1]]


def test_a_table_row_of_counts_still_cites() -> None:
    table = "| Trial | Patients | Refs |\n|---|---|---|\n| DAPA-HF | 4744 | [7-9] |\n"
    text = f"# Trials\n\nSGLT2 inhibitors help [1-6].\n\n{table}"
    assert cited(text + _list(20)) == [[1, 2, 3, 4, 5, 6], [7, 8, 9]]


NORMAL = [
    "Na 136 mmol/L [135-145]",
    "Sodium 136 mmol/L [135-145]",
    "Chloride 101 mmol/L [98-107]",
    "Creatinine 88 umol/L [45-90]",
    "Lipase 42 U/L [13-60]",
    "Platelets 250 x10^9/L [150-400]",
    "Osmolality 298 mOsm/kg [275-295]",
]


@pytest.mark.parametrize("lab", NORMAL)
@pytest.mark.parametrize("size", [0, 3, 200])
def test_a_normal_value_with_its_unit_before_its_range(lab: str, size: int) -> None:
    """user20 P1: a value inside its range, its unit between them, judged by nobody: CL107 on
    the commonest line of a note (CL106 for "[150-400]")."""
    text = f"Labs (02/28/2024):\n{lab}\n\nDapagliflozin slows decline [1].\n"
    assert cited(text + (_list(size) if size else "")) == [[1]]


def test_a_value_inside_the_brackets_with_no_unit_is_still_the_interval_s_business() -> None:
    # "Sodium 140 [135-145]" is told by is_interval, not here; a dose cites.
    assert not named_test_range("Sodium 140 [135-145]", 11, 135.0, 145.0)
    assert cited("The potassium 40 mg [38-45] trial.\n" + _list(50)) == [list(range(38, 46))]


# User28a P1-1: a note's trend gives earlier values between the test's name and the value the
# range follows ("Admission / Today / Ref" columns, "14 -> 18"): the test is still named.
@pytest.mark.parametrize(
    "labs",
    [
        "Bicarbonate      14           18         [22-29]",
        "HCO3 14 -> 18 [22-29]",
        "Creatinine 250 → 190 → 160 [60-110] umol/L",
        "Hb 7.9 8.4 [13-17]",
    ],
)
@pytest.mark.parametrize("size", [0, 12, 30])
def test_a_trend_before_a_test_s_range_is_no_citation(labs: str, size: int) -> None:
    references = _list(size) if size else ""
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}\n" + references) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Prose's words between the values: the brackets cite.
        ("Sodium fell from 140 to 128 [7-9] in that series.", [[7, 8, 9]]),
        # Numbers with no test named before them.
        ("Of the trials, 14 18 [7-9] reported it.", [[7, 8, 9]]),
        # A handful of whole numbers after a trend may still be citations.
        ("CRP 5 -> 18 [7-9] was seen.", [[7, 8, 9]]),
    ],
)
def test_values_without_a_test_s_name_before_them_still_cite(sentence: str, expected: list) -> None:
    assert cited(sentence + _list(12)) == expected


# Review28a: a review's table of two value columns and a citation column cites the list's
# entries, in Markdown, in a table typed with spaces and in publisher HTML.
@pytest.mark.parametrize(
    ("rows", "fmt"),
    [
        ("| Biomarker | CKD | Controls | Studies |\n|---|---|---|---|\n"
         "| Hb | 10.2 | 12.1 | [13-17] |\n| CRP | 310 | 95 | [13-17] |\n", "md"),
        ("Biomarker   CKD    Controls   Studies\nHb          10.2   12.1       [13-17]\n", "txt"),
        ("Biomarker\tCKD\tControls\tRefs\nHb\t10.2\t12.1\t[13-17]\n", "txt"),
        # A journal table's "Ref." column, typed with spaces (review29a P1-6).
        ("Outcome     Finerenone   Placebo   Ref.\nHb          10.2         12.1      [13-17]\n",
         "txt"),
        ("Biomarker  CKD (n=120)  Controls (n=80)  Studies\nCRP  310  95  [19-21]\n"
         "Hb  10.2  12.1  [13-17]\n", "txt"),
    ],
)  # fmt: skip
def test_a_citation_column_after_two_value_columns_still_cites(rows: str, fmt: str) -> None:
    references = _list(18)
    document = read_text(f"Treatment followed the guideline [1-12, 18].\n\n{rows}" + references,
                         f"a.{fmt}", fmt)  # fmt: skip
    cited = {n for claim in document.claims for m in claim.markers for n in m.numbers}
    assert {13, 14, 15, 16, 17} <= cited


# Review28c P2-3: a note's line of values is a trend whatever the list holds; a typed table's
# column headed otherwise ("Ref", "Normal") holds the tests' ranges.
@pytest.mark.parametrize(
    "rows",
    [
        "Bicarbonate 14 18 [22-29]\nPotassium 6.1 5.4 [3.5-5.1]\n",
        "Test        Admission   Today   Ref\nBicarbonate 14          18      [22-29]\n",
        "Labs day 1 and 2:\nUrea 21 14 [2-7]\nBicarbonate 14 18 [22-29]\n",
    ],
)
def test_a_note_s_trend_is_no_citation_beside_a_long_list(rows: str) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{rows}\n" + _list(30)) == [[1]]
