"""Numbers with a citation's digits glued to their end (read/number_readings.py)."""

from __future__ import annotations

import pytest

from citelint.read import read_text

SHORT_LIST = "\n\nReferences\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 9)
)


def cited(text: str) -> list[list[int]]:
    document = read_text(text + SHORT_LIST, "a.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mean change in score was −0.21.",  # a minus sign, at a clause's end
        "The mean change in score was –0.21.",  # an en dash for the minus sign
        "Scores fell with age, β −0.21.",
        "Scores changed by ±0.21.",
        "Scores correlated with age, r = 0.31.",
        "Raters agreed, κ 0.61.",
    ],
)
def test_a_statistics_value_is_no_decimal_with_a_citation_glued_on(sentence: str) -> None:
    # The page cites 1 first further on: the order alone would take "0.2" and 1 here.
    text = f"{sentence} Dementia is common.1,2 It costs much.3"
    assert cited(text) == [[1, 2], [3]]


def test_a_decimal_ending_a_sentence_with_no_statistic_before_it_is_still_read() -> None:
    # A flattened superscript the order of first citations calls for, on a page that sets its
    # citations before the stops ("common2."); where they all follow the stops, "0.961." is
    # a value (citing.cites_before_stops).
    text = "The AUC was 0.961. Dementia is common2. It costs much3."
    assert cited(text) == [[1], [2], [3]]
    after_stops = "The AUC was 0.961. Dementia is common.2 It costs much.3"
    assert cited(after_stops) == [[2], [3]]


@pytest.mark.parametrize(
    "head",
    [
        "DOI: 10.1016/S0140-6736(25)99901-2",  # the Lancet's own DOI line (user26 P1-10)
        "DOI: 10.1016/S2468-1253(24)00231-3",
        "Full text: https://example.org/reports(2024)00412-3",
    ],
)
def test_digits_closing_a_doi_or_an_address_cite_nothing(head: str) -> None:
    text = f"Title of the review\n{head}\n\nDementia is common.1,2 It costs much.3"
    assert cited(text) == [[1, 2], [3]]


def test_a_glued_citation_after_a_doi_in_the_same_paragraph_is_still_read() -> None:
    # Only the DOI's own run of characters is spared: the sentence after it still cites 1.
    text = "The protocol is at doi:10.1000/trial.2020. Dementia is common in 2020.1 It costs.2"
    assert cited(text) == [[1], [2]]


@pytest.mark.parametrize(
    "source",
    ["(https://www.cdc.gov/fluview/index.html)", "(doi:10.15585/mmwr.mm7201a1)"],
)
def test_a_glued_citation_after_a_bracketed_address_or_doi_is_read(source: str) -> None:
    """review26a P1-c: the bracket closing the address or DOI ends it; the digit after cites."""
    text = f"Influenza is reported weekly.1 Data for 2023 are public {source}.2 Vaccines work.3"
    assert cited(text) == [[1], [2], [3]]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2009", "\u202f"])
def test_a_number_grouping_its_thousands_with_a_space_has_no_citation_glued_on(
    space: str,
) -> None:
    # A German page copied from the browser: "mit 12 345 Patienten" was read as 1 and a
    # citation of 2, the claim's own "12 345" cut to "1 345".
    text = (
        f"Demenz ist häufig.1 In einem Register mit 12{space}345 Patienten lag die Rate bei "
        "2,1 % pro Jahr.2 Pflege ist knapp.3"
    )
    document = read_text(text + SHORT_LIST, "a.txt", "txt")
    assert [claim.numbers for claim in document.claims] == [[1], [2], [3]]
    assert "mit 12 345 Patienten" in document.claims[1].text.replace(space, " ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Values in a clause that goes on: no reading, told before the token is read.
        ("hazard ratio 0.85, 95% CI 0.75 to 0.97; p = 0.01 (1.02) over 35 months", []),
        # Each place a reading may still stand, one mark after the token away from those.
        ("since 20185 the", [(2018, [5])]),
        ("at 12.3 Type 2", [(12.0, [3])]),
        ("at 12.3\nType", [(12.0, [3])]),
        ("in 20185, 9 patients", [(2018, [5])]),
        ("over 3512. Then", [(351, [2]), (35, [12])]),
        ("at 0.8554 65 and", [(0.85, [54]), (0.855, [4])]),
    ],
)
def test_values_going_on_in_their_clause_are_read_no_further(
    text: str, expected: list[tuple[float, list[int]]]
) -> None:
    from citelint.read.number_readings import number_readings

    found = {(float(reading.word), tuple(reading.numbers)) for reading in number_readings(text, [])}
    assert {(word, tuple(numbers)) for word, numbers in expected} <= found
    assert bool(found) == bool(expected)


def test_a_decimal_ending_a_pdf_line_inside_its_sentence_is_a_decimal() -> None:
    """user30b P1-6: pdftotext of a label, "a median of 3.1" then "years.1 ...": no 3 and a
    citation of 1 (the list's next entry); the citation after "years." is read."""
    label = (
        "Patients were followed for a median of 3.1\n"
        "years.1 Empagliflozin reduced cardiovascular death.2"
    )
    document = read_text(label + SHORT_LIST, "label.txt", "txt")
    assert [(claim.text, claim.numbers) for claim in document.claims] == [
        ("Patients were followed for a median of 3.1 years.", [1]),
        ("Empagliflozin reduced cardiovascular death.", [2]),
    ]
    # Traps: at a line's end before a new sentence, a decimal's digit may still cite; a word's
    # stop before its superscript still does, the line going on in lower case or not.
    new_sentence = "Patients were followed for a median of 3.1\nDialysis was rare.2 Costs rose.3"
    assert cited(new_sentence) == [[1], [2], [3]]
    assert cited("Scores fell in older adults.1\nthen rose again.2") == [[1], [2]]
    # A next line opening with a symbol in lower case first ("eGFR", "mRNA") is a new sentence:
    # the decimal's last digit still cites (review30b P1-5).
    falls = "CKD is common.1 It rose.2 Diabetes leads.3 It is faster above a ratio of 30.4\n"
    assert cited(falls + "eGFR falls each year.5") == [[1], [2], [3], [4], [5]]
