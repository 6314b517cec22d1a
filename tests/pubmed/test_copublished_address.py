"""User31a P1-9: a reporting statement co-published in several journals, linked by an AI
answer as "[n]: <address> "Title | The BMJ"", matched all its records equally (CL202). The
address holds the BMJ record's DOI after its prefix ("bmj.com/content/372/bmj.n71" for
10.1136/bmj.n71): that record is the one cited."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_eutils import FakeEutils
from online_lint import holding, lint_online

from citelint.models import Finding
from citelint.read import read_text
from citelint.record import Record

TITLE = "The HALCYON statement: reporting guidance for trials of sleep interventions"
AUTHORS = ["Marwick TD", "Oyelaran F", "Sandoval EP"]
COPIES = [
    Record(
        "39100001",
        TITLE,
        "BMJ (Clinical research ed.)",
        "BMJ",
        2023,
        AUTHORS,
        "381",
        pages="e074512",
        doi="10.1136/bmj-2022-074512",
    ),
    Record(
        "39100002",
        TITLE,
        "Sleep medicine",
        "Sleep Med",
        2023,
        AUTHORS,
        "104",
        "2",
        "211-9",
        doi="10.1016/j.sleep.2023.02.011",
    ),
    Record(
        "39100003",
        TITLE,
        "Journal of sleep research",
        "J Sleep Res",
        2023,
        AUTHORS,
        "32",
        "4",
        "e13877",
        doi="10.1111/jsr.13877",
    ),
]


@pytest.fixture(scope="module")
def copublished() -> Iterator[FakeEutils]:
    with holding(COPIES) as server:
        yield server


def check(server: FakeEutils, address: str, site: str) -> list[Finding]:
    text = (
        "# Sleep trials\n\n- Reports of sleep trials should name the comparator [1].\n\n"
        f'Sources:\n\n[1]: <{address}> "{TITLE} | {site}"\n'
    )
    document = read_text(text, "answer.md", "md")
    return lint_online(server, document, ["CL2"])


@pytest.mark.parametrize(
    ("address", "site"),
    [
        ("https://www.bmj.com/content/381/bmj-2022-074512", "The BMJ"),
        (
            "https://www.sciencedirect.com/science/article/pii/S1389945723000456?via%3Dihub"
            "&doi=10.1016/j.sleep.2023.02.011",
            "ScienceDirect",
        ),
    ],
    ids=["bmj", "doi-in-query"],
)
def test_the_record_whose_doi_the_address_holds_is_the_one_cited(
    copublished: FakeEutils, address: str, site: str
) -> None:
    assert check(copublished, address, site) == []


def test_an_address_holding_no_copy_s_doi_is_still_ambiguous(copublished: FakeEutils) -> None:
    [found] = check(
        copublished,
        "https://www.sciencedirect.com/science/article/pii/S1389945723000456",
        "ScienceDirect",
    )
    assert found.code == "CL202"
    assert all(record.pmid in found.message for record in COPIES)
