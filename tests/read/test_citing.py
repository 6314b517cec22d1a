"""Which of a page's possible markers it means as citations (citelint.read.citing).

On a page that cites with numbers glued to its words, a number glued to a number ("in
20185.") is read where the page's order of first citations calls for it. The same digits may
be a citation read already: "held.3" is a citation glued to a stop and also a number's token.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.read import read_path, read_text


def cited(text: str) -> list[list[int]]:
    document = read_text(text, "article.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def reference_list(count: int) -> str:
    return "\n\nReferences\n" + "".join(
        f"{n}. Author{n} A. Trial {n} of exercise for knee pain. BMJ 2019;365:l{1000 + n}.\n"
        for n in range(1, count + 1)
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Each citation glued to a stop or a percentage is the next entry where it stands,
        # as its reading as a number's token would be: read once.
        ("Pain is common in adults.1 It fell by 20%2. Exercise helped.3", [[1], [2], [3]]),
        # "in 20185, 6.": 2018 and citations 5 and 6, taken first; then "5" alone, which
        # starts where the list does, is not read again.
        (
            "Pain is common.1 It fell by 20%2. It held.3 It rose4. It fell in 20185, 6. End.7",
            [[1], [2], [3], [4], [5, 6], [7]],
        ),
    ],
)
def test_a_citation_read_already_is_not_read_again_as_a_number_s_token(
    paragraph: str, expected: list[list[int]]
) -> None:
    last = max(number for numbers in expected for number in numbers)
    assert cited(paragraph + reference_list(last)) == expected


PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def test_a_clinical_note_s_shorthand_and_values_are_no_citations() -> None:
    # A discharge summary whose superscripts were flattened ("resistant organisms.1"). The
    # order of first citations calls for 1 before "FEV1", then 2 at "CD4 count 412," and 3 at
    # "On HD3 he" (or at "heart rate at discharge was 82."): each fitted, and each was read,
    # so a lung function, a count and a hospital day were claims checked against the papers.
    document = read_path(PAGES / "discharge-summary-copied.txt")
    cited = [
        (claim.text.split()[0], marker.numbers)
        for claim in document.claims
        for marker in claim.markers
    ]
    assert cited == [
        ("Ceftriaxone", [1]),
        ("Antibiotics", [2]),
        ("Antibiotics", [3]),
        ("Corticosteroids", [4]),
    ]


@pytest.mark.parametrize(
    "shorthand",
    [
        "Blood cultures x2 were negative.",  # a letter and a digit: times, a stage, a vitamin
        "It was T2 on imaging.",
        "Levels of B12 were low.",
        "The CD4 count was stable.",  # letters and a digit going on: a name
        "Bicarbonate (HCO3 22) was low.",
        "Labs: Na 132, K 4.3, Cl 101.",  # values in a list: a number then a comma
        "The trend was weak (P = 0.0032).",
        "Decline was slower (β −0.22 points per year).",  # statistics going on
        "It was weaker (r = 0.42, p = 0.01).",
    ],
)
def test_shorthand_where_the_order_calls_for_an_entry_is_no_citation(shorthand: str) -> None:
    # Entry 2 is cited next, after the shorthand: the shorthand's last digit would fit.
    page = f"Pain is common in adults.1 {shorthand} Exercise helped.2" + reference_list(2)
    assert cited(page) == [[1], [2]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In MS2, early therapy may help.", [[1], [2]]),  # a clause going on in lower case
        ("It was common in 20182, then fell.", [[1], [2]]),  # after a year
        ("It was common in AD2.", [[1], [2]]),  # at a sentence's end
    ],
)
def test_a_citation_glued_to_a_name_or_year_still_fills_the_order(
    sentence: str, expected: list[list[int]]
) -> None:
    # Vancouver style, citations before the stops, as "AD2." is.
    page = f"Pain is common in adults1. {sentence} Exercise helped3." + reference_list(3)
    assert cited(page) == [*expected, [3]]


def test_a_value_before_a_stop_is_no_citation_where_citations_follow_stops() -> None:
    # AMA style: each citation after its sentence's stop. "HR 112." and "on POD2." end values.
    page = "Bundles cut mortality.1 Exam: HR 112. She was on POD2. Fluids helped.2"
    document = read_text(page + reference_list(2), "note.txt", "txt")
    assert [(claim.text, claim.numbers) for claim in document.claims] == [
        ("Bundles cut mortality.", [1]),
        ("Fluids helped.", [2]),
    ]


@pytest.mark.parametrize("value", ["HR 112", "Na: 132", "LVEF 35", "HbA1c 7.42"])
def test_a_measured_value_before_a_stop_is_no_citation_where_citations_precede_stops(
    value: str,
) -> None:
    # Vancouver style, where "452." may be age 45 and a citation of 2: after the name of a
    # vital sign or a laboratory test the whole number is the value, whatever the order wants.
    page = f"Sepsis is common in adults1. On arrival {value}. Fluids helped3."
    assert cited(page + reference_list(3)) == [[1], [3]]


def test_a_citation_before_a_stop_is_read_where_the_page_cites_so() -> None:
    # Vancouver style, as BMJ pages copied: the citation before the stop, glued to a number.
    page = "Pain is common in adults1. Screening starts at age 452. Exercise helps3."
    assert cited(page + reference_list(3)) == [[1], [2], [3]]


# A PDF's copy of a page citing with superscripts: "40%⁴,⁵" loses its comma as "40%45".
PERCENT_PAGE = (
    "Exercise eased knee pain in older adults.1 Supervised sessions helped more.2 Pain fell by "
    "a third in one trial.3 Adherence stayed above 60%{digits} at a year. Walking helped.6"
)


@pytest.mark.parametrize(
    ("digits", "entries", "expected"),
    [
        # The order calls for 4 and 5 after 3: the percentage's superscripts.
        ("45", 6, [[1], [2], [3], [4, 5], [6]]),
        # Read as written where the list has the number: entry 45 of fifty.
        ("45", 50, [[1], [2], [3], [6]]),
        # Digits that do not rise, or name no entry, are left unread.
        ("54", 6, [[1], [2], [3], [6]]),
        ("47", 6, [[1], [2], [3], [6]]),
    ],
)
def test_superscripts_after_a_percentage_that_lost_their_comma(
    digits: str, entries: int, expected: list[list[int]]
) -> None:
    text = PERCENT_PAGE.format(digits=digits) + reference_list(entries)
    assert cited(text) == expected


def test_digits_after_a_percentage_the_order_does_not_call_for_stay_unread() -> None:
    # 4 and 5 are cited already: "60%45" names nothing new, so it is left alone.
    text = (
        "Exercise eased knee pain.1 It helped.2 It lasted.3 It held.4,5 "
        "Adherence stayed above 60%45 at a year. Walking helped.6" + reference_list(6)
    )
    assert cited(text) == [[1], [2], [3], [4, 5], [6]]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # "60%.⁴⁵" and "(OR 0.78).⁴⁵" flattened: 4 and 5, as the order calls.
        ("above 60%.45 At", [[1], [2], [3], [4, 5], [6]]),
        ("lower (OR 0.78).45 At", [[1], [2], [3], [4, 5], [6]]),
        # A decimal is a number, whatever the order calls for.
        ("near 1975.45 At", [[1], [2], [3], [6]]),
    ],
)
def test_superscripts_after_a_percentage_s_stop_that_lost_their_comma(
    after: str, expected: list[list[int]]
) -> None:
    text = (
        "Exercise eased knee pain in older adults.1 Supervised sessions helped more.2 Pain "
        f"fell by a third in one trial.3 Adherence stayed {after} a year walking helped.6"
    )
    assert cited(text + reference_list(6)) == expected
