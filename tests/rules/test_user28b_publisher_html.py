"""False alarms of the new-user trial user28b on publisher pages saved from the browser,
checked against a fake PubMed serving real records (conftest). Each keeps its trap: an
identifier naming another paper is still CL204."""

from __future__ import annotations

from pathlib import Path

from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.read import read_path, read_text

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def check(server: FakeEutils, text: str, name: str) -> list[Finding]:
    document = read_text(text, name, name.rsplit(".", 1)[1])
    return lint_online(server, document, ["CL2"])


class TestScienceDirectHostEndingInItsDoi:
    """P1-3: "N. Engl. J. Med., 367 (21) (2012), pp. 1979-1987, <a>10.1056/...</a>"."""

    PAGE = (PAGES / "sciencedirect-doi-hosts.html").read_text(encoding="utf-8")

    def test_entries_whose_host_ends_in_their_doi_resolve_with_no_finding(
        self, pubmed: FakeEutils
    ) -> None:
        assert check(pubmed, self.PAGE, "review.html") == []

    def test_title_journal_and_doi_are_read_from_their_own_divs(self) -> None:
        entries = read_path(PAGES / "sciencedirect-doi-hosts.html").references
        assert [(entry.journal, entry.pages) for entry in entries] == [
            ("N. Engl. J. Med.", "1979-1987"),
            ("Occup. Environ. Med.", "79-89"),
            ("Acad. Med.", "690-694"),
            ("N. Engl. J. Med.", "1865-1876"),
            ("Am. J. Public Health", "S172"),
            ("J. Clin. Oncol.", "1207-1213"),
        ]
        assert entries[0].authors == ["ASPIRE Investigators", "Brighton TA", "Eikelboom JW"]
        assert entries[0].title.startswith("Low-dose aspirin for preventing recurrent venous")
        assert entries[4].title == "COVID-19, racism, and public health infrastructure"
        assert [entry.doi for entry in entries][:2] == [
            "10.1056/NEJMoa1210384",
            "10.1136/oemed-2017-104431",
        ]

    def test_a_doi_of_another_paper_in_the_host_is_still_cl204(self, pubmed: FakeEutils) -> None:
        # Entry 1 given the asthma trial's DOI (entry 4's): its own title names another paper.
        page = self.PAGE.replace(
            'pp. 1979-1987, <a class="anchor doi anchor-primary" '
            'href="https://doi.org/10.1056/NEJMoa1210384"><span class="anchor-text">'
            "10.1056/NEJMoa1210384",
            'pp. 1979-1987, <a class="anchor doi anchor-primary" '
            'href="https://doi.org/10.1056/NEJMoa1715274"><span class="anchor-text">'
            "10.1056/NEJMoa1715274",
        )
        assert page != self.PAGE
        findings = check(pubmed, page, "review.html")
        assert [(found.code, found.reference) for found in findings if found.code != "CL105"] == [
            ("CL204", 1)
        ]


def structure_findings(text: str, name: str) -> list[tuple[str, int | None]]:
    document = read_text(text, name, name.rsplit(".", 1)[1])
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(found.code, found.citation or found.reference) for found in findings]


class TestBylineAffiliationLinks:
    """P1-5: "<a data-test="author-name">Name</a><sup><a href="#Aff3">3</a></sup>"."""

    PAGE = (PAGES / "springer-byline-affiliations.html").read_text(encoding="utf-8")

    def test_a_superscript_linking_an_affiliation_cites_nothing(self) -> None:
        document = read_text(self.PAGE, "article.html", "html")
        cited = [marker.numbers for claim in document.claims for marker in claim.markers]
        assert cited == [[1], [2], [3]]
        assert structure_findings(self.PAGE, "article.html") == []

    def test_the_same_superscripts_linking_entries_still_cite(self) -> None:
        page = self.PAGE.replace(
            'Mensah</a><sup class="u-js-hide"><a href="#Aff3">',
            'Mensah</a><sup class="u-js-hide"><a href="#ref-CR3">',
        )
        assert page != self.PAGE
        assert ("CL104", 3) in structure_findings(page, "article.html")

    def test_a_bare_superscript_after_a_name_in_prose_still_cites(self) -> None:
        page = self.PAGE.replace(
            "How a question is framed",
            "As Brandt<sup>3</sup> put it, how a question is framed",
        )
        assert ("CL104", 3) in structure_findings(page, "article.html")


class TestMedscapeMedlineLinks:
    """P1-4: "<i>N Engl J Med</i>. 2018 Mar 1. 378 (9):809-818. <a href="...list_uids=...">
    [QxMD MEDLINE Link]</a>. <a>[Full Text]</a>." read as its copied text is."""

    PAGE = (PAGES / "medscape-saved.html").read_text(encoding="utf-8")

    def test_the_saved_entries_read_their_journal_and_the_links_pmid(self) -> None:
        entries = read_text(self.PAGE, "topic.html", "html").references
        assert [(entry.journal, entry.volume, entry.pages) for entry in entries] == [
            ("N Engl J Med", "367", "1979-87"),
            ("N Engl J Med", "378", "1865-1876"),
            ("Occup Environ Med", "75", "79-89"),
        ]
        assert [entry.pmid for entry in entries] == ["23121403", "29768149", "28775130"]

    def test_the_saved_topic_gets_no_finding_online(self, pubmed: FakeEutils) -> None:
        assert check(pubmed, self.PAGE, "topic.html") == []

    def test_a_medline_link_to_another_paper_is_still_cl204(self, pubmed: FakeEutils) -> None:
        page = self.PAGE.replace("list_uids=28775130", "list_uids=23121403")
        codes = [(found.code, found.reference) for found in check(pubmed, page, "topic.html")]
        assert ("CL204", 3) in codes


class TestNatureEntryLedByAGroup:
    """P1-6: "REMAP-CAP Investigators, Gordon, A. C., ... & Rowan, K. M. Title. N. Engl. J.
    Med. 384, 1491–1502 (2021)." copied from a Nature page."""

    PAGE = (PAGES / "nature-group-led-copied.txt").read_text(encoding="utf-8")

    def test_the_group_then_the_persons_are_its_authors(self) -> None:
        entries = read_text(self.PAGE, "review.txt", "txt").references
        assert entries[0].authors == [
            "ASPIRE Investigators",
            *("Brighton TA", "Eikelboom JW", "Mann K", "Mister R"),
        ]
        assert (
            entries[0].title == "Low-dose aspirin for preventing recurrent venous thromboembolism"
        )
        assert entries[1].authors[:2] == ["TAX 325 Study Group", "Fossella F"]

    def test_entries_led_by_a_group_resolve_with_no_finding(self, pubmed: FakeEutils) -> None:
        assert check(pubmed, self.PAGE, "review.txt") == []

    def test_a_changed_title_under_a_group_is_still_found(self, pubmed: FakeEutils) -> None:
        page = self.PAGE.replace(
            "Low-dose aspirin for preventing recurrent venous thromboembolism",
            "Low-dose aspirin for preventing arterial restenosis after carotid stenting",
        )
        [found] = check(pubmed, page, "review.txt")
        # Its journal, volume and pages find the true paper, whose title the entry misquotes.
        assert (found.code, found.reference) == ("CL203", 1)
        assert "title" in found.message
