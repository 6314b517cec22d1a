"""Bracketed numbers that show the marks (an editorial policy's example, a legend of a lab
report's flags) are no citations; a page that cites with no list is still CL107."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_text


def codes(text: str) -> list[str]:
    document = read_text(text, "page.md", "md")
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [finding.code for finding in found]


@pytest.mark.parametrize(
    "text",
    [
        "# How we check facts\n\nWe list our sources at the end of each article.\n"
        "Numbers in square brackets, like [1], point to that list.\n",
        "# Our sources\n\nA number in brackets, such as [1], leads to the paper it names.\n",
        "# Reading your lab report\n\n- **H** — higher than the range\n"
        "- **[1]**, **[2]** — a note from the lab, printed at the bottom of your report\n",
        "# Flags\n\n- [1]: a note from the lab\n- [2]: a second note\n",
        # A guideline's notes under its dosing table, an order set's steps (user30b P1-4).
        "| Severity | First line |\n|---|---|\n| Low | Amoxicillin 500 mg PO |\n\n"
        "Note [1]: Clarithromycin interacts with statins: check the formulary.\n"
        "Note [2]: IV to oral switch: review at 48 hours.\n",
        "SEPSIS ORDER SET\n\nActivate if NEWS2 is 5 or more.\n\n"
        "[1] TIME ZERO: record the time of recognition\n[2] Oxygen: titrate to SpO2 94-98%\n"
        "[3] Blood cultures before antibiotics\n\nReference ranges (local lab): lactate 0.5-2.2\n",
    ],
)
def test_marks_shown_to_the_reader_are_no_citations(text: str) -> None:
    assert codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "# Statins\n\nStatins lowered LDL by a third [1]. They cut heart attacks [2].\n",
        "# Statins\n\nTrials like [1] and [2] found fewer heart attacks on statins.\n",
        "# Statins\n\nStatins lowered heart attacks [1].\n\n- **[1]** — a note from the lab\n",
        # One step opens with its number, but cites in its prose too: a citation.
        "# Steps\n\n[1] Give oxygen: titrate as the trials did [1, 2].\n",
    ],
)
def test_a_page_citing_with_no_list_is_still_cl107(text: str) -> None:
    assert codes(text) == ["CL107"]
