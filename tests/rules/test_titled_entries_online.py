"""Pages whose entries' titles were read with another field's words (user19 P1 3, 5 and 7):
a Manubot byline ended by "et al.", ChatGPT's sources titled "<title> | <site name>", and
OpenEvidence's title-first entries. Every entry cites a real record of the fake PubMed
(fixtures/entrez/real): each finding on them was a false CL203, CL204 or CL201; a fault
planted in a page must still be found."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils

# A page is checked as the real pages' online tests check theirs.
from test_real_pages_online import PAGES, findings

from citelint.models import Reference, Status
from citelint.pubmed.outcomes import StaticResolver
from citelint.record import Record

TITLED = ["manubot-et-al.html", "answer-page-titled-sources.txt", "answer-title-first.txt"]


@pytest.mark.parametrize("name", TITLED)
def test_right_entries_get_no_finding(pubmed: FakeEutils, name: str) -> None:
    assert findings(pubmed, name) == []


SOURCES = "answer-page-titled-sources.txt"
PLANTED = [
    # Another paper's identifier: the entry's title still names its own paper.
    ("manubot-et-al.html", 'pubmed/29768149">29768149', 'pubmed/23121403">23121403', "CL204", 2),
    (SOURCES, "10.1056/NEJMoa1715274", "10.1056/NEJMoa1210384", "CL204", 1),
    (SOURCES, "gov/35767459/", "gov/35354777/", "CL204", 4),
    ("answer-title-first.txt", "10.14309/ajg.0000000000001680", "10.1093/ajh/hpac079", "CL204", 2),
    # One wrong fact.
    ("manubot-et-al.html", "(2018-05-17)", "(2015-05-17)", "CL203", 2),
    ("answer-title-first.txt", "2018;378(20)", "2015;378(20)", "CL203", 1),
    ("answer-title-first.txt", "Hogan JI, Duerr R", "Hagan JI, Duerr R", "CL203", 6),
]  # fmt: skip


@pytest.mark.parametrize(("name", "old", "new", "code", "entry"), PLANTED)
def test_a_planted_fault_is_found(
    pubmed: FakeEutils, name: str, old: str, new: str, code: str, entry: int
) -> None:
    page = (PAGES / name).read_text(encoding="utf-8")
    assert old in page
    assert (code, entry) in findings(pubmed, name, page.replace(old, new, 1))


# A title read with the words after it, as a reader may yet misread a shape: the paper the
# entry's own PMID names is the paper its title names when the words after PubMed's whole title
# are the record's own first author or journal (no CL204); other words may be a made-up
# paper's subtitle, and the PMID another paper's.
ASPIRIN = Record(
    pmid="23121403",
    title="Low-dose aspirin for preventing recurrent venous thromboembolism.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2012,
    authors=["Brighton TA", "Eikelboom JW", "Mann K"],
    doi="10.1056/NEJMoa1210384",
)


@pytest.mark.parametrize(
    ("tail", "status"),
    [
        ("Timothy A Brighton, John W Eikelboom, Kristy Mann, et al", Status.RESOLVED),
        ("| New England Journal of Medicine", Status.RESOLVED),
        ("Brighton TA, Eikelboom JW, et al", Status.RESOLVED),
        ("after a first unprovoked clot: a secondary analysis", Status.NOT_FOUND),
        ("in patients with cancer", Status.NOT_FOUND),
    ],
)
def test_a_title_run_on_into_its_records_byline_or_journal_is_that_record(
    tail: str, status: Status
) -> None:
    entry = Reference(
        number=1,
        raw="...",
        line=1,
        column=1,
        title=f"Low-dose aspirin for preventing recurrent venous thromboembolism {tail}",
        pmid="23121403",
    )
    [resolution] = StaticResolver([ASPIRIN]).resolve([entry])
    assert resolution.status == status
    if status == Status.NOT_FOUND:
        assert resolution.identifier_record == ASPIRIN  # CL204
