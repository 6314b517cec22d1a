"""CL101-CL107 on a review written in the layouts publishers serve (fixtures/publishers/).

build.py writes one made-up review as Springer/BMC, Wiley, ScienceDirect, Oxford Academic and
PMC pages, as text copied from those and from Frontiers, MDPI, the BMJ, JAMA Network, the
Lancet, NEJM, Nature and Europe PMC, and as a journal's PDF copied as text (superscripts
flattened onto words and units, lines broken mid-sentence, words hyphenated, running heads,
page numbers, ligatures); long reviews of 260-560 references cite ranges, tables and a figure's
caption.
Every citation is right except in the "*-faults*" pages, whose planted faults expected.json
names: anything else found is a false alarm.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.read import read_path, read_text

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "publishers"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def key(finding: Finding) -> tuple[str, int]:
    if finding.code in ("CL101", "CL104"):
        return finding.code, finding.citation or 0
    return finding.code, finding.reference or 0


def found(text: str, name: str = "page.txt") -> list[tuple[str, int]]:
    document = read_text(text, name, name.rsplit(".", 1)[1])
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [key(finding) for finding in findings]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_publisher_page_gets_exactly_its_planted_findings(name: str) -> None:
    document = read_path(PAGES / name)
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    expected = Counter({(code, number): count for code, number, count in EXPECTED[name]})
    assert Counter(key(finding) for finding in findings) == expected


def test_the_long_reviews_are_read_whole() -> None:
    for name, size in (("review-springer-420.html", 420), ("review-wiley-560-copied.txt", 560)):
        references = read_path(PAGES / name).references
        assert [entry.number for entry in references] == list(range(1, size + 1))


LIST = "".join(
    f"{n}. Okafor N, Lindqvist P. Kidney outcomes study {n}. Kidney Int. 2019;{n}:10-9.\n"
    for n in range(1, 7)
)


class TestCopiedPdfText:
    def test_a_ligature_does_not_hide_the_citation_glued_to_its_word(self) -> None:
        text = (
            "Kidney disease is common1. It is often missed2,3.\n"
            "Growth factor 23 rises \ufb01rst4\u20136. It is signi\ufb01cant.\n\nReferences\n"
        )
        assert found(text + LIST) == []

    @pytest.mark.parametrize(
        "unit",
        ["mL/min/1.73 m2", "mL/min/1.73\nm2", "30 kg/m2", "75 mg/m2", "200 cells/mm3", "1.73 m²"],
    )
    def test_a_units_flattened_square_is_no_part_of_the_citation_after_it(self, unit: str) -> None:
        text = (
            "Kidney disease is common1. It is often missed2,3. Anaemia is common below 45 "
            f"{unit}4, 5. Iron is preferred6.\n\nReferences\n"
        )
        assert found(text + LIST) == []

    def test_a_units_square_then_one_citation_is_read_where_the_order_calls_for_it(
        self,
    ) -> None:
        text = (
            "Kidney disease is common1. It is often missed2,3. Anaemia is common below 45 "
            "mL/min/1.73 m24. Iron is preferred5,6.\n\nReferences\n"
        )
        assert found(text + LIST) == []

    def test_a_unit_with_no_citation_after_it_is_no_citation(self) -> None:
        text = (
            "Kidney disease is common1. It is often missed2,3. An eGFR below 60 mL/min/1.73 m2 "
            "marks stage 3 disease4-6.\n\nReferences\n"
        )
        assert found(text + LIST) == []

    def test_a_citation_past_the_end_after_a_unit_is_still_found(self) -> None:
        text = (
            "Kidney disease is common1. It is often missed2,3. Anaemia is common below 45 "
            "mL/min/1.73 m24, 9. Iron is preferred5,6.\n\nReferences\n"
        )
        assert found(text + LIST) == [("CL101", 9)]


class TestSavedPages:
    """What a saved page keeps that its reader never saw as prose or as the list."""

    def test_citation_popups_and_the_companions_list_give_no_inline_citations(self) -> None:
        for name in ("lancet-popups-saved.html", "springer-companion-saved.html"):
            assert read_path(PAGES / name).inline == []

    def test_the_companions_copy_is_not_the_list(self) -> None:
        page = (PAGES / "springer-companion-saved.html").read_text(encoding="utf-8")
        sidebar_line = page[: page.index('<aside class="c-reading-companion"')].count("\n") + 1
        references = read_path(PAGES / "springer-companion-saved.html").references
        assert len(references) == 50
        assert max(entry.line for entry in references) < sidebar_line

    def test_sciencedirects_entries_led_by_a_group_keep_it_out_of_their_titles(self) -> None:
        references = read_path(PAGES / "sciencedirect-groups.html").references
        led = [entry for entry in references if entry.authors and "Trial" in entry.authors[0]]
        assert len(led) == 10
        for entry in led:
            assert entry.authors[0].endswith("Trial Investigators")
            assert entry.title and entry.title.split()[0] in entry.authors[0]
            assert "Investigators" not in entry.title and not entry.title[:2].endswith(".")

    def test_pmcs_citation_links_are_read_past_their_screen_reader_words(self) -> None:
        document = read_path(PAGES / "pmc-screen-reader-saved.html")
        cited = {n for claim in document.claims for marker in claim.markers for n in marker.numbers}
        assert cited == set(range(1, 46))

    def test_a_two_column_list_over_several_pages_is_read_entry_by_entry(self) -> None:
        references = read_path(PAGES / "journal-pdf-two-column-list-copied.txt").references
        assert [entry.number for entry in references] == list(range(1, 61))
        for entry in references:
            assert "BMC Nephrology (2024)" not in entry.raw
            assert re.search(r"\d{4};\d+(?:\(\d+\))?:\S+\.$", entry.raw), entry.raw
