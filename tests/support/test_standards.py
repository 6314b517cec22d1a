"""A guideline's audit standards (citelint.support.standards): targets, not reported results."""

from __future__ import annotations

import pytest

from citelint.support.standards import under_standards

GUIDELINE = """## 4. Rationale

Thyroid storm in children is rare and often fatal [4].

## 5. Audit standards

1. ≥ 80% of adults with resistant hypertension screened within 6 months.
2. 100% of children with suspected thyroid storm admitted to a high-dependency bed [4].

3. Review this guideline by January 2028.

## 6. Results of the 2024 audit

1. 61% of adults were screened [1].
"""


def lines_under_standards(text: str) -> list[int]:
    return [line for line in range(1, text.count("\n") + 2) if under_standards(text, line)]


def test_the_items_under_an_audit_standards_heading_are_its_targets() -> None:
    assert lines_under_standards(GUIDELINE) == [7, 8, 10]


@pytest.mark.parametrize(
    "heading",
    [
        "Audit standards",
        "5. Auditable standards:",
        "**Audit criteria and targets**",
        "Quality standards",
    ],
)
def test_the_headings_a_guideline_gives_its_standards(heading: str) -> None:
    assert lines_under_standards(f"{heading}\n\n- 100% of children admitted [4].\n") == [3]


@pytest.mark.parametrize(
    "text",
    [
        # A paragraph between the heading and the list: the list is no standards' own.
        "Audit standards\n\nThe 2024 audit found:\n\n1. 61% of adults were screened [1].\n",
        # A sentence under the heading, not an item.
        "## Audit standards\n\n100% of children were admitted [4].\n",
        # Another heading's list.
        "## Results\n\n1. 100% of children were admitted [4].\n",
        "## Audit standards\n\n## Results\n\n1. 100% of children were admitted [4].\n",
    ],
)
def test_other_lists_and_sentences_are_no_standards(text: str) -> None:
    assert lines_under_standards(text) == []
