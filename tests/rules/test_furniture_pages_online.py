"""Publishers' pages copied from a browser with their link-outs and buttons, most with a list
whose numbers did not copy (furniture18), citing real PubMed records (fixtures/entrez/real),
checked against a fake PubMed holding those records: each page reads as its real entries, each
with its right number, with no false finding; a fault planted in a page is still found."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils

# A page is checked as the real pages' online tests check theirs.
from test_real_pages_online import PAGES, findings

from citelint.read import read_path

# Each page, its number of entries, and the findings its right entries must get: only true
# ones (CL206, a record's erratum).
EXPECTED = {
    # PLOS: no numbers; "View Article", "PubMed/NCBI", "Google Scholar" a line each after each
    # entry (main: 52 entries for 26, 52 false findings).
    "plos-unnumbered-copied.txt": (26, []),
    # The same with PLOS's sidebar after the list: "Download PDF", "Citation", "XML", "Print",
    # "Share", ..., "Subject Areas" and keywords (main: 29 entries for 8, 21 false CL102).
    "plos-sidebar-unnumbered-copied.txt": (8, []),
    # Oxford Academic: "REFERENCES", no numbers; "Google Scholar", "Crossref", "Search ADS",
    # "PubMed", "WorldCat" (main: 66 entries for 22, 88 false findings).
    "oup-unnumbered-copied.txt": (22, []),
    # The Lancet: no numbers; names, title and source a line each, then "View in Article",
    # "Scopus (n)", ... (main: 60 entries for 20, 59 false findings).
    "lancet-unnumbered-copied.txt": (20, []),
    # Nature: no numbers; "Article ADS CAS PubMed ... Google Scholar" on the line after each
    # entry, "MathSciNet MATH" (main: 42 entries for 30, 34 false findings).
    "nature-unnumbered-copied.txt": (30, []),
    # MDPI: no numbers; "[Google Scholar] [CrossRef] [PubMed]" trailing each entry's line.
    "mdpi-unnumbered-copied.txt": (24, []),
    # LWW: "1. " on the entry's line, "Cited Here |" after it, a table's "Open in a new tab".
    "lww-copied.txt": (21, [("CL206", 17)]),
    # Wiley: each number alone on its line; "Go to citation", "Crossref", "Web of Science®".
    "wiley-numbers-alone-copied.txt": (24, []),
    # HighWire: "↵" above each entry, "OpenUrlCrossRefPubMed" or "Abstract/FREE Full Text"
    # after it, "Request Permissions" after the list (main: an entry of its own).
    "highwire-unnumbered-copied.txt": (22, []),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_page_reads_as_its_entries_with_only_true_findings(pubmed: FakeEutils, name: str) -> None:
    count, expected = EXPECTED[name]
    entries = read_path(PAGES / name).references
    assert [entry.number for entry in entries] == list(range(1, count + 1))
    assert findings(pubmed, name) == expected


# An entry never cited, a citation past the end of the list, a wrong year (found online).
PLANTED = [
    ("plos-unnumbered-copied.txt", "in detail [4]", "in detail", ("CL102", 4)),
    ("plos-unnumbered-copied.txt", "main points [2,3]", "main points [2,27]", ("CL101", 27)),
    (
        "plos-unnumbered-copied.txt",
        "Arq Gastroenterol. 2022;59(2):",
        "Arq Gastroenterol. 2019;59(2):",
        ("CL203", 5),
    ),
    ("plos-sidebar-unnumbered-copied.txt", "reported [3]", "reported", ("CL102", 3)),
    ("plos-sidebar-unnumbered-copied.txt", "insulin [1]", "insulin [1,9]", ("CL101", 9)),
    (
        "plos-sidebar-unnumbered-copied.txt",
        "Arq Gastroenterol. 2022;59(2):",
        "Arq Gastroenterol. 2019;59(2):",
        ("CL203", 5),
    ),
    ("oup-unnumbered-copied.txt", "in detail [4]", "in detail", ("CL102", 4)),
    ("oup-unnumbered-copied.txt", "main points [2,3]", "main points [2,23]", ("CL101", 23)),
    (
        "oup-unnumbered-copied.txt",
        "treatments. Proc Natl Acad Sci U S A 2023;",
        "treatments. Proc Natl Acad Sci U S A 2020;",
        ("CL203", 5),
    ),
    ("lancet-unnumbered-copied.txt", "in detail.4 ", "in detail. ", ("CL102", 4)),
    ("lancet-unnumbered-copied.txt", "main points2,3", "main points2,21", ("CL101", 21)),
    ("lancet-unnumbered-copied.txt", "ACI open. 2020;", "ACI open. 2017;", ("CL203", 5)),
    ("nature-unnumbered-copied.txt", "in detail4.", "in detail.", ("CL102", 4)),
    ("nature-unnumbered-copied.txt", "main points2,3", "main points2,31", ("CL101", 31)),
    (
        "nature-unnumbered-copied.txt",
        "Comp Polit 54, 327–348 (2022).",
        "Comp Polit 54, 327–348 (2019).",
        ("CL203", 5),
    ),
    ("mdpi-unnumbered-copied.txt", "in detail [4]", "in detail", ("CL102", 4)),
    ("mdpi-unnumbered-copied.txt", "main points [2,3]", "main points [2,25]", ("CL101", 25)),
    ("mdpi-unnumbered-copied.txt", "Biochem J 2021,", "Biochem J 2018,", ("CL203", 5)),
    ("lww-copied.txt", "in detail [4]", "in detail", ("CL102", 4)),
    ("lww-copied.txt", "main points [2,3]", "main points [2,22]", ("CL101", 22)),
    ("lww-copied.txt", "Oncol. 2024;15:1017", "Oncol. 2021;15:1017", ("CL203", 5)),
    ("wiley-numbers-alone-copied.txt", "in detail (4)", "in detail", ("CL102", 4)),
    ("wiley-numbers-alone-copied.txt", "main points (2,3)", "main points (2,25)", ("CL101", 25)),
    (
        "wiley-numbers-alone-copied.txt",
        "Am J Public Health. 2021;111(S3)",
        "Am J Public Health. 2018;111(S3)",
        ("CL203", 5),
    ),
    ("highwire-unnumbered-copied.txt", "in detail (4)", "in detail", ("CL102", 4)),
    ("highwire-unnumbered-copied.txt", "main points (2, 3)", "main points (2, 23)", ("CL101", 23)),
    ("highwire-unnumbered-copied.txt", "Nutr Res Rev 2025;", "Nutr Res Rev 2022;", ("CL203", 5)),
]


@pytest.mark.parametrize(("name", "old", "new", "finding"), PLANTED, ids=[p[0] for p in PLANTED])
def test_a_fault_planted_in_a_page_is_still_found(
    pubmed: FakeEutils, name: str, old: str, new: str, finding: tuple[str, int]
) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    assert text.count(old) == 1
    assert finding in findings(pubmed, name, text.replace(old, new, 1))
