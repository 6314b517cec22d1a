"""Citations glued after a percentage mid-sentence, as a review page's superscripts are
copied as text (user32b P1-4): a percentage names nothing, so "by 25%2 and" cites entry 2
as "by 25%2," does, whatever else the page cites with."""

from __future__ import annotations

from citelint.read import read_text

_ENTRIES = "".join(
    f"{n}. Okafor{n} B, Lind M. Trial {n} of an SGLT2 inhibitor in heart failure. "
    f"N Engl J Med. 2020;383:{1400 + n}-{1410 + n}.\n"
    for n in range(1, 5)
)


def cited(paragraph: str) -> list[list[int]]:
    text = f"SGLT2 inhibitors in heart failure\n\n{paragraph}\n\nReferences\n{_ENTRIES}"
    document = read_text(text, "review.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def test_numbers_glued_after_percentages_mid_sentence_cite() -> None:
    paragraph = (
        "Worsening heart failure or cardiovascular death fell by 26%1 with dapagliflozin and "
        "by 25%2, with empagliflozin; 13.8%3 and 16.4%4 in preserved ejection fraction."
    )
    assert cited(paragraph) == [[1], [2], [3], [4]]


def test_a_percentage_s_digits_stay_a_value_without_a_list_entry() -> None:
    # 75%9 points past the four entries: no citation, and the page reads none.
    paragraph = "Adherence was 75%9 and 80%8 in the two arms of the study."
    assert cited(paragraph) == []
