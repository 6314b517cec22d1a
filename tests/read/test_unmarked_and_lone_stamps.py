"""Science's download stamp, which names the reader's institution and no publisher's mark, is
no part of an entry; a numbered entry that is a stamp alone is named so by CL208 (both left
by leftovers32a in session 32)."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import UnansweredResolver
from citelint.read import read_text
from citelint.read.download_stamps import is_stamp
from citelint.read.entries import parse_entry

SCIENCE_STAMP = "Downloaded from https://www.science.org at University of Leeds on May 03, 2024"
ENTRY = (
    "Hoffmann M, Kleine-Weber H, Schroeder S, et al. SARS-CoV-2 cell entry depends on ACE2 and "
    "TMPRSS2 and is blocked by a clinically proven protease inhibitor."
)
SOURCE = "Cell. 2020;181(2):271-280.e8."


def test_sciences_stamp_is_a_stamp() -> None:
    assert is_stamp(SCIENCE_STAMP)


@pytest.mark.parametrize(
    "lines",
    [
        [ENTRY, SCIENCE_STAMP, SOURCE],
        [f"{ENTRY} {SCIENCE_STAMP}", SOURCE],
        [f"{ENTRY} {SCIENCE_STAMP} {SOURCE}"],
    ],
)
def test_sciences_stamp_inside_an_entry_is_no_part_of_it(lines: list[str]) -> None:
    entry = parse_entry(lines)
    assert entry.title is not None and entry.title.startswith("SARS-CoV-2 cell entry depends")
    assert entry.title.endswith("protease inhibitor")
    assert (entry.journal, entry.year, entry.volume) == ("Cell", 2020, "181")
    assert entry.url is None


@pytest.mark.parametrize(
    "note",
    [
        # An author's own note: the page's address with its path, no institution.
        "Downloaded from https://www.who.int/publications/i/item/9789240083851 on 3 May 2024.",
        "Downloaded from https://www.who.int/teams/global-tuberculosis-programme at 10:00 on "
        "3 May 2024.",
    ],
)
def test_an_authors_own_access_note_stays(note: str) -> None:
    """Trap: without a publisher's mark, a page's address and date are the entry's."""
    assert not is_stamp(note)
    entry = parse_entry([f"World Health Organization. Global tuberculosis report 2023. {note}"])
    assert entry.url is not None and entry.url.startswith("https://www.who.int/")


def unverified_reasons(text: str) -> dict[int, str]:
    document = read_text(text, "review.txt", "txt")
    found = lint_documents([document], Config(select=["CL2"]), UnansweredResolver())
    return {f.reference: f.message for f in found.findings if f.code == "CL208"}  # type: ignore[misc]


def test_an_entry_that_is_a_stamp_alone_is_named_so() -> None:
    """Its CL208 said "the entry gives no title, identifier or journal details to look up"."""
    text = (
        "Cell entry\n\nEntry needs ACE2 [1]. A stamp was numbered [2].\n\nReferences\n\n"
        f"1. {ENTRY} {SOURCE}\n"
        "2. Downloaded from https://www.nejm.org on May 3, 2024. For personal use only.\n"
    )
    reasons = unverified_reasons(text)
    assert "a publisher's download stamp alone" in reasons[2]
    assert "stamp" not in reasons[1]


def test_an_entry_with_nothing_to_look_up_is_still_told_so() -> None:
    text = "Notes\n\nAs said before [1].\n\nReferences\n\n1. Ibid.\n"
    assert unverified_reasons(text)[1].endswith(
        "the entry gives no title, identifier or journal details to look up"
    )
