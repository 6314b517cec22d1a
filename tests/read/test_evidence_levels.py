"""SIGN's levels of evidence ("1++", "1+", "2-", "4") copied on a line of their own."""

from __future__ import annotations

from pathlib import Path

from citelint.config import Config
from citelint.read import read_article, read_text

GUIDELINE = Path(__file__).resolve().parents[2] / "fixtures" / "guidelines" / "sign_levels.txt"


def test_a_line_of_an_evidence_level_is_no_text_of_the_next_claim() -> None:
    """user24 P1 20: "1++" was read into the next statement, and its "1" was a number the
    abstract lacked (a false CL301)."""
    document = read_article(GUIDELINE, Config())
    claims = [(claim.text, claim.line) for claim in document.claims]
    assert [text.split()[0] for text, _ in claims] == ["In", "Apixaban", "A", "In", "Lenient"]
    assert [line for _, line in claims] == [7, 9, 11, 18, 20]


def test_a_number_beginning_the_next_sentence_stays_in_it() -> None:
    text = "Title\n\nDabigatran reduced strokes.1\n4 of 10 patients on apixaban bled less.2\n\n"
    text += "References\n"
    text += (
        "1 Connolly SJ, Ezekowitz MD. Dabigatran versus warfarin. N Engl J Med 2009;361:1139-51.\n"
    )
    text += "2 Granger CB, Alexander JH. Apixaban versus warfarin. N Engl J Med 2011;365:981-92.\n"
    claims = read_text(text, "a.txt", "txt").claims
    assert claims[1].text.startswith("4 of 10 patients")
