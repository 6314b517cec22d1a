"""CL107, citations with no reference list, and the bracketed numbers that are no citations."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.read import read_text


def lint_text(text: str, input_format: str = "md") -> list[Finding]:
    document = read_text(text, f"article.{input_format}", input_format)
    return lint_documents([document], Config(select=["CL1"]), resolver=None).findings


class TestNoReferenceList:
    def test_reported_once_at_the_first_marker(self) -> None:
        [finding] = lint_text("Intro.\n\nClaim [1]. Another [2].\n")
        assert (finding.code, finding.line, finding.column) == ("CL107", 3, 7)

    @pytest.mark.parametrize(
        "text", ["Exercise helps [1].\n", "Exercise helps [2]. Diet helps too [3].\n"]
    )
    def test_a_page_that_cites_without_a_list_is_reported(self, text: str) -> None:
        assert [f.code for f in lint_text(text)] == ["CL107"]

    @pytest.mark.parametrize(
        "text",
        [
            "# Contributing\n\nRun the tests, then see step [2] above.\n",
            "- fixed [3]\n- fixed the typo in [3] again\n",
        ],
    )
    def test_one_number_other_than_1_and_no_list_is_no_citation(self, text: str) -> None:
        assert lint_text(text) == []

    @pytest.mark.parametrize(
        "text",
        [
            # User28a P1-2: a note's own footnotes, defined below the marks that use them.
            "Plan: HF clinic f/u in 7 days [1]\n\n"
            "[1] Per HF transitions-of-care bundle, clinic slot requested via EHR order.\n",
            "K 3.2 [1]\nNa 130 [1]\nCr 2.1 [2]\n\n[1] hemolysed sample, repeat requested\n"
            "[2] point-of-care result\n",
        ],
    )
    def test_marks_the_page_defines_below_are_its_own_notes(self, text: str) -> None:
        assert lint_text(text, "txt") == []

    @pytest.mark.parametrize(
        "text",
        [
            # A mark left undefined, or defined above it: still a citation with no list.
            "K 3.2 [1]\nNa 130 [2]\n\n[1] hemolysed sample, repeat requested\n",
            "[1] hemolysed sample\n\nK 3.2 [1]\n",
            "Exercise helps [1].\n\n[1]\n",
        ],
    )
    def test_marks_not_all_defined_below_are_still_reported(self, text: str) -> None:
        assert [f.code for f in lint_text(text, "txt")] == ["CL107"]

    def test_an_empty_reference_section_is_named(self) -> None:
        [finding] = lint_text("Claim [1].\n\n## References\n\n## Appendix\n\nText.\n")
        assert finding.message == (
            "the reference section at line 3 has no entries that citelint can read"
        )

    def test_no_citations_no_finding(self) -> None:
        assert lint_text("Just prose with 12 numbers in 2019.\n") == []
