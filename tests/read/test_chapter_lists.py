"""A document with a reference list after each chapter or appendix, each numbered from 1
(a guideline, a book, a thesis): user24 P1 7. Only the last list was kept, so the earlier
chapters' citations were charged to it (false CL101), or, under "References (Chapter 1)",
no list was found at all (a false CL107). The last list answers its own part of the
document; each chapter before it is read with its own list (read.chapters, tested in
test_chapters.py)."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_text


def _entry(number: int, author: str, topic: str, year: int) -> str:
    return (
        f"{number}. {author}, Lindqvist P, Osei K, et al. {topic} in older adults: a "
        f"randomised trial. Lancet. {year};{390 + number}({number}):{100 + number}-{110 + number}."
    )


def _guideline(heading: str) -> str:
    return "\n".join(
        [
            "# Management of atrial fibrillation in primary care",
            "",
            "## Chapter 1. Detection",
            "",
            "Opportunistic pulse palpation finds most new atrial fibrillation [1]. "
            "A single-lead ECG confirms it [1,2].",
            "",
            f"### {heading.format('Chapter 1')}",
            "",
            _entry(1, "Haugen T", "Pulse palpation", 2017),
            _entry(2, "Mbeki S", "Single-lead ECG screening", 2019),
            "",
            "## Chapter 2. Stroke prevention",
            "",
            "Apixaban lowered stroke compared with aspirin [1]. Edoxaban was as effective as "
            "warfarin [2]. Left atrial appendage closure is an option [3]. Dose reduction "
            "follows renal function [4].",
            "",
            f"### {heading.format('Chapter 2')}",
            "",
            _entry(1, "Rossi A", "Apixaban versus aspirin", 2011),
            _entry(2, "Nakamura Y", "Edoxaban versus warfarin", 2013),
            _entry(3, "Dubois C", "Appendage closure", 2020),
            _entry(4, "Kowalski M", "Renal dosing of anticoagulants", 2016),
            "",
            "## Appendix A. Rate control",
            "",
            "Lenient rate control was not inferior to strict control [1].",
            "",
            f"### {heading.format('Appendix A')}",
            "",
            _entry(1, "Van Dijk R", "Lenient rate control", 2010),
            "",
        ]
    )


# A textbook's or thesis's "Notes to Chapter 12" and "Chapter 12 references" (user30b P1-5:
# a false CL107 and nothing checked).
@pytest.mark.parametrize(
    "heading",
    ["References", "References ({})", "References for {}", "Notes to {}", "{} references"],
)
def test_each_chapter_list_raises_no_structural_finding(heading: str) -> None:
    document = read_text(_guideline(heading), "guideline.md", "md")
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert [finding.code for finding in findings] == []


@pytest.mark.parametrize("heading", ["References", "References ({})", "Notes to {}", "{} notes"])
def test_the_last_list_answers_its_own_part_only(heading: str) -> None:
    document = read_text(_guideline(heading), "guideline.md", "md")
    assert [entry.authors[0] for entry in document.references] == ["Van Dijk R"]
    cited = [marker.numbers for claim in document.claims for marker in claim.markers]
    assert cited == [[1]]
    chapters = [[entry.authors[0] for entry in chapter.references] for chapter in document.chapters]
    assert chapters == [
        ["Haugen T", "Mbeki S"],
        ["Rossi A", "Nakamura Y", "Dubois C", "Kowalski M"],
    ]


def test_one_list_shown_twice_is_still_one_list_for_the_whole_page() -> None:
    """A page repeating its list (a print copy under the list) keeps every citation."""
    entries = "\n".join(_entry(n, "Rossi A", "Apixaban versus aspirin", 2011) for n in (1, 2))
    text = (
        f"# Review\n\nApixaban lowered stroke [1]. It was well tolerated [2].\n\n"
        f"## References\n\n{entries}\n\n## References\n\n{entries}\n"
    )
    document = read_text(text, "review.md", "md")
    cited = [marker.numbers for claim in document.claims for marker in claim.markers]
    assert cited == [[1], [2]]
