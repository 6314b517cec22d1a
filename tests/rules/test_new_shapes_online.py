"""Pages in shapes first tried in session 17 (hunt17), whose entries cite real PubMed records
(fixtures/entrez/real), checked against a fake PubMed holding those records: a CL2xx finding
on a right entry is a false alarm; a fault planted in a page must still be found."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils

# A page is checked as the real pages' online tests check theirs.
from test_real_pages_online import PAGES, findings

from citelint.record import Record

# Each page, and the findings its right entries must get: only true ones (a record's erratum).
EXPECTED = {
    # cell.com since 2023: authors set apart by "∙", a field a line, no stop after the title.
    "cell-trends-copied.txt": [("CL206", 1)],
    # One style an entry: APA 7, IEEE, Nature, the Lancet's, NLM's with "[Internet]" and PubMed's
    # notes, CSE name-year; a locus ahead of print, "In press", URL-encoded DOIs; a registry's
    # abstract in a supplement (CL207, left to check by hand).
    # Entry 23 copies PubMed's "Erratum in:" line: it knows of its erratum (no CL206).
    "journal-club-mixed-styles.txt": [("CL207", 25)],
    # Wiley Online Library: <sup> links to "#...-bib-0001", entries in <li data-bib-id> with
    # their "Crossref PubMed Web of Science® Google Scholar" links, the page's own DOI.
    "wiley-article.html": [],
    # A Word manuscript copied as text: a tab after each number, hand-typed "et al" with no
    # stop (or a comma) before the title.
    "manuscript-hand-typed.txt": [],
    # De Gruyter (CCLM): "Tayal, D, Jain, P, Goswami, B. Title. Journal 2024;45:75–84.", each
    # entry followed by a line "Search in Google Scholar PubMed".
    "degruyter-copied.txt": [],
    # AMA's list copied without its numbers (as Firefox copies an <ol>): one entry a line, two
    # web pages "Accessed ...", a first author in lower case ("van den Berg FF").
    "ama-unnumbered-copied.txt": [("CL207", 3), ("CL207", 10)],
    # thelancet.com's list copied: "van den Berg, FF ∙ Boermeester, MA", initials unstopped,
    # a field a line; the page's own "DOI: 10.1016/S2468-1253(24)00231-3" line above the text.
    "lancet-web-list-copied.txt": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_right_entries_get_only_true_findings(pubmed: FakeEutils, name: str) -> None:
    assert findings(pubmed, name) == EXPECTED[name]


PLANTED = [
    ("cell-trends-copied.txt", "Biochem. J. 2024; 481:45-91", "Biochem. J. 2019; 481:45-91", 4),
    ("cell-trends-copied.txt", "Richter, E.A. ∙ Sylow", "Richards, E.A. ∙ Sylow", 5),
    ("cell-trends-copied.txt", "Rehabil. J. 2024; 47", "Rehabil. J. 2021; 47", 26),
    ("journal-club-mixed-styles.txt", "Spine J. 2024 Jun 12", "Spine J. 2021 Jun 12", 15),
    ("journal-club-mixed-styles.txt", "Boyd, S. E., Holmes", "Boyle, S. E., Holmes", 4),
    ("journal-club-mixed-styles.txt", "(2020). Risk", "(2017). Risk", 1),
    (
        "wiley-article.html",
        '"pubYear">2021</span>;<span class="vol">111',
        '"pubYear">2019</span>;<span class="vol">111',
        18,
    ),
    ("manuscript-hand-typed.txt", "Surg 2022;28(1):1-17", "Surg 2019;28(1):1-17", 2),
    ("manuscript-hand-typed.txt", "Lange T, Backhaus", "Lang T, Backhaus", 3),
    ("degruyter-copied.txt", "Tayal, D, Jain", "Taylor, D, Jain", 1),
    ("degruyter-copied.txt", "Investig 2024;45:75–84", "Investig 2020;45:75–84", 1),
    ("degruyter-copied.txt", "Biochem J 2024;481:45–91", "Biochem J 2024;418:45–91", 11),
    ("ama-unnumbered-copied.txt", "van den Berg FF", "van der Berg FF", 14),
    ("ama-unnumbered-copied.txt", "Crit Care. 2021;27(4)", "Crit Care. 2019;27(4)", 15),
    ("lancet-web-list-copied.txt", "Care. 2021; 27:454", "Care. 2018; 27:454", 4),
    ("lancet-web-list-copied.txt", "Tayal, D ∙ Jain", "Taylor, D ∙ Jain", 3),
]


@pytest.mark.parametrize(("name", "old", "new", "entry"), PLANTED)
def test_planted_metadata_fault_is_found(
    pubmed: FakeEutils, name: str, old: str, new: str, entry: int
) -> None:
    page = (PAGES / name).read_text(encoding="utf-8")
    assert old in page
    assert ("CL203", entry) in findings(pubmed, name, page.replace(old, new, 1))


def test_an_invented_entry_in_a_lancet_web_list_is_still_called_fabricated(
    pubmed: FakeEutils,
) -> None:
    """Its names read apart from its title, an entry no PubMed record holds stays CL201."""
    name = "lancet-web-list-copied.txt"
    page = (PAGES / name).read_text(encoding="utf-8")
    real = (
        "van den Berg, FF ∙ Boermeester, MA\nUpdate on the management of acute pancreatitis\n"
        "Curr Opin Crit Care. 2023; 29:145-151"
    )
    invented = (
        "Lindgren, KA ∙ Oyelaran, TB\nNebulised vasopressin for necrotising pancreatitis\n"
        "Pancreatology. 2022; 22:301-309"
    )
    assert real in page
    # A paper of the journal, so that ECitMatch knows it as PubMed does: in a journal it
    # knows by no name the entry would be CL207, not fabricated (user27 P1-9).
    pubmed.add_record(
        Record(
            pmid="39960202",
            title="Early enteral feeding in severe acute pancreatitis.",
            journal="Pancreatology : official journal of the International Association of "
            "Pancreatology (IAP) ... [et al.]",
            journal_abbrev="Pancreatology",
            year=2021,
            volume="21",
            pages="101-107",
        )
    )
    found = findings(pubmed, name, page.replace(real, invented, 1))
    assert ("CL201", 1) in found
    assert [finding for finding in found if finding != ("CL201", 1)] == []
