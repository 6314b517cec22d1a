"""CL105 for two entries of other texts that PubMed's record matched both, with no difference
(user23 P2-4: a trial cited with its Chinese authors' names in both orders got no CL105, as
their titles, read with the names, were too far apart)."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record

TITLE = "Favipiravir in adults with severe influenza: a randomised, double-blind, controlled trial"
TRIAL = Record(
    pmid="39950201",
    title=f"{TITLE}.",
    journal="Lancet (London, England)",
    journal_abbrev="Lancet",
    year=2020,
    volume="395",
    issue="10236",
    pages="1569-1578",
    authors=["Zhou W", "Liu H", "Chen Y"],
)
OTHER = Record(
    pmid="39950202",
    title="Oseltamivir in adults with severe influenza: a randomised trial.",
    journal="Lancet (London, England)",
    journal_abbrev="Lancet",
    year=2020,
    volume="395",
    pages="1601-1610",
    authors=["Zhou W", "Liu H"],
)


def duplicates(entries: list[str]) -> list[str]:
    listed = "\n".join(f"{number}. {text}" for number, text in enumerate(entries, start=1))
    text = "# A\n\nA [1]. B [2].\n\n## References\n\n" + listed + "\n"
    document = read_text(text, "a.md", "md")
    resolver = StaticResolver([TRIAL, OTHER])
    # CL2 selected: with CL1 alone nothing is looked up.
    found = lint_documents([document], Config(select=["CL1", "CL2"]), resolver).findings
    return [finding.message for finding in found if finding.code == "CL105"]


def test_one_trial_cited_in_full_and_by_its_main_title_is_one_work() -> None:
    # Two texts CL105's comparison of titles calls two works; PubMed's record is both.
    found = duplicates(
        [
            f"Zhou W, Liu H, Chen Y, et al. {TITLE}. Lancet. 2020;395:1569-78.",
            "Zhou W, Liu H, Chen Y. Favipiravir in adults with severe influenza. Lancet. "
            "2020;395(10236):1569-1578.",
        ]
    )
    assert found == ["reference 2 is the same work as reference 1 (both PMID 39950201 in PubMed)"]


def test_two_papers_of_one_list_are_no_duplicate() -> None:
    found = duplicates(
        [
            f"Zhou W, Liu H, Chen Y, et al. {TITLE}. Lancet. 2020;395:1569-78.",
            "Zhou W, Liu H. Oseltamivir in adults with severe influenza: a randomised trial. "
            "Lancet. 2020;395:1601-10.",
        ]
    )
    assert found == []


def test_a_match_with_a_slip_makes_no_duplicate() -> None:
    # The second copy's pages are another paper's: the record may not be its paper.
    found = duplicates(
        [
            f"Zhou W, Liu H, Chen Y, et al. {TITLE}. Lancet. 2020;395:1569-78.",
            "Zhou W, Liu H, Chen Y. Favipiravir in adults with severe influenza. Lancet. "
            "2020;395(10236):1601-10.",
        ]
    )
    assert found == []
