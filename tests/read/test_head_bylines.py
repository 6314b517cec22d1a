"""A byline's affiliation marks above the first sentence of prose are no citations (user28b
P1-5): Wiley's and eLife's "<a>Name</a><sup>1,2</sup>", and the same byline copied from the
browser, each author on a line of their own ("Maria Okafor1,2")."""

from __future__ import annotations

import pytest

from citelint.read import read_text

ENTRIES = "".join(
    f"<li>Author{n} A, Writer B. Trial {n} of heart failure drugs. Lancet. 20{10 + n};"
    f"{n}:{n}0-{n}9.</li>"
    for n in range(1, 5)
)
BODY = (
    "<p>Dapagliflozin lowered the risk of worsening heart failure in the trial<sup>1</sup>. "
    "Empagliflozin did as well in patients with a preserved fraction<sup>2-4</sup>.</p>"
)


def _author(name: str, marks: str) -> str:
    return (
        f'<span><a class="author-name" href="#"><span>{name}</span></a><sup>{marks}</sup>'
        '<div class="author-info"><p>Department of Cardiology, City Hospital, Leeds, UK</p>'
        "</div></span>"
    )


def cited(page: str, fmt: str) -> list[list[int]]:
    document = read_text(page, f"page.{fmt}", fmt)
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def _html(head: str) -> str:
    return (
        f"<html><body><article><header><h1>Drugs for heart failure</h1>{head}</header>{BODY}"
        f"<h2>References</h2><ol>{ENTRIES}</ol></article></body></html>\n"
    )


def test_a_saved_byline_s_superscripts_are_no_citations() -> None:
    head = "<div>" + _author("Maria Okafor", "1,2") + _author("Pieter van den Berg", "3") + "</div>"
    assert cited(_html(head), "html") == [[1], [2, 3, 4]]
    elife = (
        '<ol class="authors"><li>Lucía Fernández-Ortega<sup>1,2</sup></li>'
        "<li>Daniel Weiss<sup>2</sup></li></ol>"
    )
    assert cited(_html(elife), "html") == [[1], [2, 3, 4]]


COPIED_BODY = (
    "Introduction\n\nDapagliflozin lowered the risk of worsening heart failure in the trial1. "
    "Empagliflozin did as well in patients with a preserved fraction2-4.\n\nReferences\n\n"
    + "".join(
        f"{n}. Author{n} A, Writer B. Trial {n} of heart failure drugs. Lancet. 20{10 + n};"
        f"{n}:{n}0-{n}9.\n"
        for n in range(1, 5)
    )
)


def test_a_copied_byline_one_author_a_line_is_no_citation() -> None:
    head = (
        "Heart Journal\nDrugs for heart failure\nMaria Okafor1,2\n\n"
        "Department of Cardiology, City Hospital, Leeds, UK\n\nHiroshi Tanaka3\n\n"
        "Division of Nephrology, Osaka, Japan\n\n"
    )
    assert cited(head + COPIED_BODY, "txt") == [[1], [2, 3, 4]]


@pytest.mark.parametrize(
    "head",
    [
        # Marks in brackets after names cite.
        "<p>Maria Okafor [1]</p><p>Hiroshi Tanaka [2]</p>",
        # Trials named before the prose, each with its mark, cite.
        "<h2>Key trials</h2><ul><li>DAPA-HF trial<sup>1</sup></li>"
        "<li>EMPEROR-Preserved trial<sup>2</sup></li></ul>",
    ],
)
def test_marks_that_are_no_byline_s_stay_citations(head: str) -> None:
    assert cited(_html(head), "html") == [[1], [2], [1], [2, 3, 4]]


def test_names_with_marks_below_the_first_sentence_stay_citations() -> None:
    """A table of studies by their first author, in the body, cites."""
    rows = "".join(
        f"<tr><td>{name}<sup>{n}</sup></td><td>20{18 + n}</td></tr>"
        for n, name in ((1, "Maria Okafor"), (2, "Hiroshi Tanaka"))
    )
    page = _html("").replace(BODY, f"{BODY}<table>{rows}</table>")
    assert cited(page, "html") == [[1], [2, 3, 4], [1], [2]]
