"""Citations glued after a unit word in a spaced list of values, as a review page's
superscripts are copied as text (user32b P1-4): in "18.2 months1, 16 months2" the "16" is the
next value, so the first superscript is "1" alone, not the list "1, 16"."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.markers import find_markers

_ENTRIES = "".join(
    f"{n}. Haddad{n} R, Moreno T. Outcomes {n} of an SGLT2 inhibitor in chronic heart failure. "
    f"Lancet. 2021;398:{700 + n}-{710 + n}.\n"
    for n in range(1, 5)
)


def cited(paragraph: str) -> list[list[int]]:
    text = f"Follow-up in the SGLT2 trials\n\n{paragraph}\n\nReferences\n{_ENTRIES}"
    document = read_text(text, "review.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def test_a_value_after_a_glued_unit_is_not_a_citation() -> None:
    paragraph = "Patients were followed for a median of 20.5 months1, 15 months2 and 2.1 years4."
    assert cited(paragraph) == [[1], [2], [4]]


def test_the_marker_stops_before_the_value_item() -> None:
    sentence = "Median follow-up was 20.5 months1, 15 months2, and 2.1 years4."
    assert [marker.raw for marker in find_markers(sentence, unsure=True)] == ["1", "2", "4"]


def test_a_count_after_the_list_is_a_value_too() -> None:
    sentence = "Enrolment took 14 weeks1, 3 sites enrolled half of the 90 patients."
    assert [marker.raw for marker in find_markers(sentence, unsure=True)] == ["1"]


def test_a_spaced_list_before_a_plain_word_stays_a_list() -> None:
    # Trap: "1, 2" ends before "and", a word that counts nothing.
    paragraph = "Fewer admissions were seen in both trials1, 2 and in a registry.3 It held.4"
    assert cited(paragraph) == [[1, 2], [3], [4]]


def test_a_spaced_list_before_a_capitalised_word_stays_a_list() -> None:
    # Trap: a capital starts a sentence, never a unit ("Patients" is no count here).
    sentence = "Fewer admissions were seen in both trials1, 2 Patients then enrolled."
    assert [marker.raw for marker in find_markers(sentence, unsure=True)] == ["1, 2"]
