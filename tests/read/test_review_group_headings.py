"""A Cochrane review's reference headings with no "References" heading above them, as its
page copies from the Cochrane Library (user32a P1-1): "References to studies included in this
review", "Additional references" and the like head one list between them."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_text
from citelint.read.reference_headings import names_a_review_group

INTRO = (
    "Home exercise after hip fracture\n\n"
    "Strength improved with supervised sessions [1]. Falls were counted by diaries [2].\n\n"
)
INCLUDED = (
    "References to studies included in this review\n\n"
    "1. Okafor N, Tran HL, Weiss B. Supervised home exercise after hip fracture: a randomised "
    "trial. Age Ageing 2021;50(3):812-20. [DOI: 10.1093/ageing/afaa999]\n\n"
)
ADDITIONAL = (
    "Additional references\n\n"
    "2. Lindgren E, Haddad S. Falls diaries in older adults: a validation study. J Am Geriatr "
    "Soc 2019;67(4):701-8.\n"
)


def _entries(text: str, name: str = "review.txt") -> list[tuple[int | None, str, int | None]]:
    kind = "md" if name.endswith(".md") else "txt"
    return [
        (entry.number, entry.authors[0], entry.year)
        for entry in read_text(text, name, kind).references
    ]


def test_each_group_heading_heads_one_list_without_a_references_heading() -> None:
    assert _entries(INTRO + INCLUDED + ADDITIONAL) == [
        (1, "Okafor N", 2021),
        (2, "Lindgren E", 2019),
    ]


def test_additional_references_alone_head_the_list() -> None:
    text = (
        INTRO
        + ADDITIONAL.replace("2. Lindgren", "1. Lindgren")
        + (
            "2. Weiss B, Okafor N. Hip fracture rehabilitation at home. Cochrane Database Syst Rev "
            "2020;5:CD001234.\n"
        )
    )
    assert [author for _, author, _ in _entries(text)] == ["Lindgren E", "Weiss B"]


def test_markdown_groups_at_one_level_make_one_list() -> None:
    text = "# " + INTRO + "## " + INCLUDED + "## " + ADDITIONAL
    assert [author for _, author, _ in _entries(text, "review.md")] == ["Okafor N", "Lindgren E"]


def test_studies_by_name_and_year_above_numbered_additional_references() -> None:
    # The included studies are cited by name and year, never by number: the text's [1] and
    # [2] are the numbered additional references'.
    text = (
        INTRO + "References to studies included in this review\n\n"
        "Okafor 2021 {published data only}\n"
        "Okafor N, Tran HL. Supervised home exercise after hip fracture. Age Ageing "
        "2021;50(3):812-20.\n"
        "Weiss 2022 {published and unpublished data}\n"
        "Weiss B, Okafor N. Home or clinic after hip fracture. Clin Rehabil 2022;36(2):200-9.\n\n"
        "Additional references\n\n"
        "1. Lindgren E, Haddad S. Falls diaries in older adults. J Am Geriatr Soc "
        "2019;67(4):701-8.\n"
        "2. Haddad S. Counting falls. Age Ageing 2018;47(1):10-15.\n"
    )
    assert _entries(text) == [(1, "Lindgren E", 2019), (2, "Haddad S", 2018)]


def test_a_review_read_whole_is_no_missing_list() -> None:
    document = read_text(INTRO + INCLUDED + ADDITIONAL, "review.txt", "txt")
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert "CL107" not in {finding.code for finding in findings}


def test_the_headings_named() -> None:
    for heading in (
        "References to studies excluded from this review",
        "References to studies awaiting assessment",
        "References to ongoing studies",
        "Other published versions of this review",
        "Additional references:",
        "Other references",
    ):
        assert names_a_review_group(heading), heading


def test_heading_like_lines_of_the_body_are_no_group() -> None:
    for line in (
        "Additional analyses",
        "References to studies included in this review are listed in Table 2.",
        "References to studies included in this review are listed below",
        "Other reviews",
        "Additional references may be found in the supplement",
    ):
        assert not names_a_review_group(line), line


def test_a_sentence_about_references_starts_no_list() -> None:
    # "Additional analyses" and a sentence naming the included studies sit in the body; the
    # list is the one under "References", read whole.
    text = (
        INTRO + "Additional analyses\n\nSensitivity analyses left the estimate unchanged [1].\n\n"
        "References to studies included in this review are listed in Table 2.\n\n"
        "References\n\n" + INCLUDED.split("\n\n", 1)[1] + ADDITIONAL.split("\n\n", 1)[1]
    )
    assert [author for _, author, _ in _entries(text)] == ["Okafor N", "Lindgren E"]


def test_a_group_heading_after_references_starts_no_list_of_its_own() -> None:
    text = INTRO + "References\n\n" + INCLUDED + ADDITIONAL
    assert [author for _, author, _ in _entries(text)] == ["Okafor N", "Lindgren E"]
