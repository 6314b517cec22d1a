"""Publisher pages whose front matter and tables hold numbers that cite nothing (user26 P1-1,
P1-2, P1-3, P1-7): a byline's and an affiliation block's superscripts, the page's own PMID
and PMC id in its head, MDPI's "[Green Version]" link-out after an entry, and a median's
interquartile range that groups its thousands ("1,340 [710–2,480]"). Every entry cites a
real record of the fake PubMed, so any CL1xx or CL2xx finding is a false alarm; a real
superscript citation in the body and a real backwards range must still be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_path, read_text

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
FRONT_MATTER_PAGES = [
    "pmc-typed-byline.html",
    "mdpi-affiliation-block.html",
    "europepmc-median-iqr-copied.txt",
]


def online_findings(server: FakeEutils, name: str) -> list[tuple[str, int, str]]:
    document = read_path(PAGES / name)
    found = lint_online(server, document, ["CL1", "CL2"])
    return [(f.code, f.line, f.message) for f in found]


@pytest.mark.parametrize("name", FRONT_MATTER_PAGES)
def test_a_right_page_with_front_matter_marks_gets_no_finding(
    pubmed: FakeEutils, name: str
) -> None:
    assert online_findings(pubmed, name) == []


def claimed(name: str) -> list[tuple[int, list[int]]]:
    return [(claim.line, claim.numbers) for claim in read_path(PAGES / name).claims]


def test_the_pmc_byline_and_affiliations_cite_nothing_the_bodys_superscript_does() -> None:
    # Line 9 is the byline, 10-12 the affiliations; line 20's "in shock <sup>1</sup>." cites.
    assert claimed("pmc-typed-byline.html") == [
        (16, [1]),
        (16, [2]),
        (20, [1]),
        (20, [3]),
        (20, [4]),
    ]


def test_the_mdpi_byline_and_affiliation_block_cite_nothing() -> None:
    # Line 7 is the byline, 8 the affiliations set with breaks.
    assert claimed("mdpi-affiliation-block.html") == [(13, [1]), (13, [2]), (14, [3, 4]), (14, [5])]


def test_the_mdpi_green_version_link_is_no_part_of_the_entry() -> None:
    entries = read_path(PAGES / "mdpi-affiliation-block.html").references
    assert (
        entries[3].title
        == "Hfe Mutations and Iron Overload in Patients with Alcoholic Liver Disease"
    )
    assert entries[3].journal == "Arq. Gastroenterol"
    assert entries[2].title.startswith("Pancreatic Steatosis")
    assert entries[2].year == 2020


def test_the_heads_own_identifiers_are_no_inline_citations() -> None:
    for name in FRONT_MATTER_PAGES:
        assert read_path(PAGES / name).inline == [], name


LIST = (
    "References\n"
    "1. Costa-Matos L, Batista P. Hfe mutations and iron overload. Arq Gastroenterol. "
    "2013;50(1):35-41.\n"
    "2. Chinzon D, Perrotti M. Safety of long-term proton pump inhibitors. Arq Gastroenterol. "
    "2022;59(2):219-225.\n"
)


def structure(text: str, name: str = "page.txt") -> list[tuple[str, int]]:
    document = read_text(text, name, name.rsplit(".", 1)[1])
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(f.code, f.line) for f in findings]


@pytest.mark.parametrize(
    "interval",
    ["[640–2,210]", "[640-2,210]", "[640—2,210]", "[640 to 2,210]", "[1,050–2,210]"],
)
def test_a_median_and_an_iqr_grouping_thousands_are_no_citation(interval: str) -> None:
    text = f"Iron builds up in carriers [1]. Ferritin was 1,120 {interval} ng/mL [2].\n\n"
    assert structure(text + LIST) == []
    # As SI and much of Europe group them: a space, a no-break or a thin space.
    for space in (" ", "\u00a0", "\u2009", "\u202f"):
        spaced = text.replace("1,120", f"1{space}120").replace(",210", f"{space}210")
        spaced = spaced.replace("1,050", f"1{space}050")
        assert structure(spaced + LIST) == [], spaced


def test_a_citation_range_that_runs_backwards_is_still_reported() -> None:
    text = "Iron builds up in carriers [1]. Ferritin is higher in those who drink [2–1].\n\n"
    assert structure(text + LIST) == [("CL106", 1)]


def test_a_backwards_range_after_a_grouped_number_it_does_not_bracket_is_reported() -> None:
    # 1,120 lies outside 2-1: no interval around it, a misnumbered citation.
    text = "Iron builds up in carriers [1]. Of 1,120 patients, most drank [2–1].\n\n"
    assert structure(text + LIST) == [("CL106", 1)]


def test_a_single_superscript_citation_after_a_sentence_is_read() -> None:
    page = (
        "<html><body><h1>Iron and the liver</h1>"
        "<div>Ines Achterberg, <sup>1</sup> and Mei Tanaka <sup>1,*</sup></div>"
        "<p>Carriers who drink heavily accumulate iron in the liver <sup>1</sup>. Acid "
        "suppression is mostly safe <sup>2</sup>.</p><h2>References</h2><ol>"
        "<li>Costa-Matos L, Batista P. Hfe mutations and iron overload. Arq Gastroenterol. "
        "2013;50(1):35-41.</li><li>Chinzon D, Perrotti M. Safety of long-term proton pump "
        "inhibitors. Arq Gastroenterol. 2022;59(2):219-225.</li></ol></body></html>"
    )
    document = read_text(page, "page.html", "html")
    assert [claim.numbers for claim in document.claims] == [[1], [2]]
