"""kramdown's attribute list after a link in an entry is no part of its title."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.entry_markup import clean_markup

TITLE = "Colchicine in patients with chronic coronary disease"
LINK = "https://www.nejm.org/doi/full/10.1056/NEJMoa2021372"


@pytest.mark.parametrize(
    "attributes", ['{:target="_blank" rel="noopener"}', "{:target='_blank'}", "{: .external}"]
)
def test_the_attributes_after_a_linked_title_go(attributes: str) -> None:
    text = (
        "Low-dose colchicine lowered heart events in chronic coronary disease.[^1]\n\n"
        f"[^1]: Nidorf SM, et al. [{TITLE}]({LINK}){attributes}. *N Engl J Med*. "
        "2020;383(19):1838-1847.\n"
    )
    (entry,) = read_text(text, "a.md", "md").references
    assert (entry.title, entry.journal, entry.year) == (TITLE, "N Engl J Med", 2020)


def test_braces_without_a_colon_stay() -> None:
    assert clean_markup("Okafor N. Sets {1, 2} of doses. J. 2020;1:1.") == (
        "Okafor N. Sets {1, 2} of doses. J. 2020;1:1."
    )
