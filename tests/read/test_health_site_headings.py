"""Health sites' names for their sources box head the reference list: "Article Sources",
"Sources (2)", "Sources [2]", "Show sources", a collapsed box's summary."""

from __future__ import annotations

import pytest

from citelint.read import read_text
from citelint.read.reference_headings import heading_names_a_list

BODY = (
    "Evolocumab lowered LDL cholesterol by 59% in people already on statins [1]. "
    "Cancer was not more common [2].\n\n"
)
ENTRIES = (
    "1. Sabatine MS, Giugliano RP, Keech AC, et al. Evolocumab and clinical outcomes in "
    "patients with cardiovascular disease. N Engl J Med. 2017;376(18):1713-1722.\n"
    "2. Baigent C, Blackwell L, Emberson J, et al. Efficacy and safety of more intensive "
    "lowering of LDL cholesterol. Lancet. 2010;376(9753):1670-1681.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "### Article Sources",
        "## Sources (2)",
        "## Sources [2]",
        "**Sources (2)**",
        "## Show sources",
        "Sources (2)",
    ],
)
def test_a_health_sites_sources_heading_heads_the_list(heading: str) -> None:
    document = read_text(f"# Statins\n\n{BODY}{heading}\n\n{ENTRIES}", "a.md", "md")
    assert [entry.number for entry in document.references] == [1, 2]
    assert document.references[1].year == 2010


def test_a_collapsed_sources_box_with_a_count_heads_the_list() -> None:
    html = (
        "<html><body><article><h1>Statins</h1><p>LDL fell by 59% in people on statins."
        '<sup><a href="#r1">1</a></sup></p><details><summary>Sources (1)</summary><ol>'
        '<li id="r1">Sabatine MS, Giugliano RP, Keech AC, et al. Evolocumab and clinical '
        "outcomes in patients with cardiovascular disease. N Engl J Med. "
        "2017;376(18):1713-1722.</li></ol></details></article></body></html>"
    )
    document = read_text(html, "a.html", "html")
    assert [entry.year for entry in document.references] == [2017]


@pytest.mark.parametrize(
    "heading",
    ["Sources of funding", "Sources (see below)", "Data sources (2)", "Citations (2)", "Show more"],
)
def test_other_headings_of_sources_name_no_list(heading: str) -> None:
    assert not heading_names_a_list(heading)
