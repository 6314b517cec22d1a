"""A group's sentence, then the people who wrote for it (user24 P1 4): both are the authors,
and the title starts after the people's list."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry

TITLE = "A randomized trial of intensive versus standard blood-pressure control"


@pytest.mark.parametrize(
    "line",
    [
        f"SPRINT Research Group. Wright JT Jr, Williamson JD, Whelton PK, et al. {TITLE}. "
        "N Engl J Med. 2015;373(22):2103-16.",
        f"SPRINT Research Group. Wright JT Jr, Williamson JD, Whelton PK u. a. {TITLE}. "
        "N Engl J Med 2015; 373: 2103–2116",
        f"SPRINT Research Group. Wright J.T., Williamson J.D., Whelton P.K. {TITLE}. "
        "N Engl J Med. 2015;373:2103-16.",
    ],
)
def test_the_people_after_the_group_are_authors_not_the_title(line: str) -> None:
    entry = parse_entry([line])
    assert entry.authors[0] == "SPRINT Research Group"
    assert entry.authors[1].startswith("Wright J")
    assert entry.title == TITLE and entry.journal == "N Engl J Med"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "RECOVERY Collaborative Group. Dexamethasone in hospitalized patients with "
            "Covid-19. N Engl J Med. 2021;384(8):693-704.",
            "Dexamethasone in hospitalized patients with Covid-19",
        ),
        (
            "GBD 2019 Diseases and Injuries Collaborators. Global burden of 369 diseases and "
            "injuries in 204 countries. Lancet. 2020;396(10258):1204-22.",
            "Global burden of 369 diseases and injuries in 204 countries",
        ),
    ],
)
def test_a_group_alone_keeps_its_title(line: str, title: str) -> None:
    entry = parse_entry([line])
    assert len(entry.authors) == 1 and entry.title == title
