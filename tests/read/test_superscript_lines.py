"""Superscripts a PDF viewer copies onto a line of their own mid-sentence
(read/superscript_lines.py, taken by the order of first citations in read/citing.py)."""

from __future__ import annotations

from citelint.read import read_text


def cited(text: str, entries: int = 6) -> list[list[int]]:
    listed = "".join(
        f"{n}. Author{n} A. Trial {n} of exercise for knee pain. BMJ 2019;365:l{1000 + n}.\n"
        for n in range(1, entries + 1)
    )
    document = read_text(f"{text}\n\nReferences\n{listed}", "article.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def test_superscripts_on_their_own_line_mid_sentence_are_read_where_the_order_calls() -> None:
    text = (
        "Exercise eased knee pain in older adults.1 Supervised sessions helped more.2\n"
        "Pain fell by a third.3 Adherence stayed high in trials lasting a year or\n"
        "longer, and was above 60%\n4,5\nat two years in the largest trials.6\n"
    )
    assert cited(text) == [[1], [2], [3], [4, 5], [6]]


def test_a_number_the_order_does_not_call_for_is_not_read() -> None:
    # 2 is cited already where "2" stands: the order calls for 3.
    text = (
        "Exercise eased knee pain in older adults.1 Supervised sessions helped more.2\n"
        "Adherence was higher with supervised\n2\nsessions, as a later trial found.3\n"
    )
    assert cited(text, 3) == [[1], [2], [3]]


def test_a_value_after_a_word_that_takes_one_is_not_read() -> None:
    text = (
        "Exercise eased knee pain in older adults.1 Supervised sessions helped more.2\n"
        "The pain score fell from\n3\nin a week in one trial.4\n"
    )
    assert cited(text, 4) == [[1], [2], [4]]


def test_a_value_over_its_unit_is_not_read() -> None:
    text = (
        "Exercise eased knee pain in older adults.1 Supervised sessions helped more.2\n"
        "Serum potassium\n3\nmmol/L was found in one trial.4\n"
    )
    assert cited(text, 4) == [[1], [2], [4]]


def test_a_page_citing_in_brackets_offers_no_lines() -> None:
    text = (
        "Exercise eased knee pain in older adults [1]. Supervised sessions helped more [2].\n"
        "Adherence stayed above\n3\nin most trials [4].\n"
    )
    assert cited(text, 4) == [[1], [2], [4]]


def test_a_page_number_where_the_page_broke_a_sentence_is_not_read() -> None:
    # The page's numbers count up a page apart: "3" is the third page's, not entry 3.
    filler = "Residents were followed in their records until death or the end of follow-up.\n"
    text = (
        f"Exercise eased knee pain in older adults.1\n{filler * 14}1\n{filler * 14}"
        f"Supervised sessions helped more.2\n{filler * 14}2\n{filler * 14}Pain eased most in"
        f" knees\n3\nthat hurt more.\n{filler * 14}4\nThe end."
    )
    assert cited(text, 3) == [[1], [2]]
