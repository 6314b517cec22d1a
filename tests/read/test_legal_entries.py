"""Bluebook notes in health-law articles (user29b P1-9): VOL JOURNAL PAGE (YEAR) after the
title; court cases and statutes are no papers."""

from __future__ import annotations

import pytest

from citelint.models import Reference
from citelint.read.entries import parse_entry
from citelint.read.identifiers import NOT_INDEXED, entry_kind
from citelint.read.legal_entries import cites_the_law, the_law_cited


def test_volume_journal_and_first_page_are_read_around_the_journal() -> None:
    entry = parse_entry(
        [
            "Timothy A. Brighton et al., Low-Dose Aspirin for Preventing Recurrent Venous "
            "Thromboembolism, 367 New Eng. J. Med. 1979, 1983 (2012)."
        ]
    )
    assert entry.authors == ["Brighton TA"]
    assert entry.title == "Low-Dose Aspirin for Preventing Recurrent Venous Thromboembolism"
    assert (entry.journal, entry.volume, entry.pages, entry.year) == (
        "New Eng. J. Med",
        "367",
        "1979",
        2012,
    )


def test_given_names_with_joined_initials_and_two_authors() -> None:
    entry = parse_entry(
        ["Paul M.J. O'Byrne & Eric Bateman, Inhaled Budesonide as Needed, 378 JAMA 1865 (2018)."]
    )
    assert entry.authors == ["O'Byrne PMJ", "Bateman E"]
    assert (entry.journal, entry.volume, entry.pages) == ("JAMA", "378", "1865")


@pytest.mark.parametrize(
    "text",
    [
        "See Kumho Tire Co. v. Carmichael, 526 U.S. 137, 149 (1999).",
        "Loper Bright Enters. v. Raimondo, 144 S. Ct. 2244 (2024).",
        "Alliance for Hippocratic Med. v. FDA, 78 F.4th 210 v. x, 12 F.3d 4 (2023).",
        "42 U.S.C. § 1395dd (2018).",
        "45 C.F.R. § 164.512(b) (2023).",
        "Patient Protection and Affordable Care Act, Pub. L. No. 111-148, 124 Stat. 119 (2010).",
    ],
)
def test_cases_and_statutes_are_not_looked_up(text: str) -> None:
    assert cites_the_law(text)
    entry = parse_entry([text], Reference(number=1, raw=text, line=1, column=1))
    assert entry_kind(entry) == NOT_INDEXED


@pytest.mark.parametrize(
    "text",
    [
        # Vancouver, APA and Science entries are not read as notes, nor taken for the law.
        "Brighton TA, Eikelboom JW. Low-dose aspirin for preventing recurrent venous "
        "thromboembolism. N Engl J Med. 2012;367(21):1979-87.",
        "Brighton, T. A. (2012). Low-dose aspirin. New England Journal of Medicine, 367, 1979.",
        "T. A. Brighton et al., N. Engl. J. Med. 367, 1979 (2012).",
        # A paper about the law is still a paper.
        "Gostin LO. The Daubert ruling v. expert testimony in medicine. JAMA. 2019;321:12-3.",
    ],
)
def test_other_entries_are_no_legal_notes(text: str) -> None:
    assert not cites_the_law(text)
    assert parse_entry([text]).journal != "New England Journal of Medicine, 367"


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Loper Bright Enters. v. Raimondo, 144 S. Ct. 2244 (2024).", "a court case"),
        ("45 C.F.R. § 164.512(b) (2023).", "a statute or regulation"),
        ("Pub. L. No. 111-148, 124 Stat. 119 (2010).", "a statute or regulation"),
        ("Gostin LO. The Daubert ruling v. expert testimony. JAMA. 2019;321:12-3.", None),
    ],
)
def test_the_law_an_entry_cites_is_named(text: str, law: str | None) -> None:
    assert the_law_cited(text) == law
