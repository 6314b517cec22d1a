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


def test_a_trial_group_with_a_digit_before_many_people_is_an_author_not_the_title():
    # user30a P1-5: the names went into the title searched, and the real paper was called
    # possibly fabricated (CL201).
    entry = parse_entry(
        [
            "HPS2-THRIVE Collaborative Group, Okafor MJ, Lindqvist R, Brennan JC, Tavares S, "
            "Kowal T, et al. Niacin added to statins in patients at high vascular risk. "
            "N Engl J Med. 2014;371(3):203-12."
        ]
    )
    assert entry.authors[:2] == ["HPS2-THRIVE Collaborative Group", "Okafor MJ"]
    assert entry.title == "Niacin added to statins in patients at high vascular risk"
    assert entry.journal == "N Engl J Med"


def test_a_numbered_trial_group_with_few_people_is_split_into_names():
    entry = parse_entry(
        [
            "ORION-4 Trial Investigators, Hale A, Ibsen W, Moreau F. Inclisiran and heart "
            "outcomes in adults. Heart. 2023;109(2):130-141."
        ]
    )
    assert entry.authors == ["ORION-4 Trial Investigators", "Hale A", "Ibsen W", "Moreau F"]
    assert entry.title == "Inclisiran and heart outcomes in adults"


def test_a_title_naming_a_numbered_trial_after_the_people_stays_the_title():
    entry = parse_entry(
        [
            "Hale A, Ibsen W, Moreau F, Quist B, Roldan SN. Results of the ORION-4 trial in "
            "adults. Heart. 2023;109(2):130-141."
        ]
    )
    assert entry.authors == ["Hale A", "Ibsen W", "Moreau F", "Quist B", "Roldan SN"]
    assert entry.title == "Results of the ORION-4 trial in adults"


def test_a_lower_case_phrase_with_a_digit_ending_in_group_is_no_author():
    entry = parse_entry(
        ["Outcomes at 2 years in the control group, Hale A. Heart. 2023;109(2):130-141."]
    )
    assert "Hale A" not in entry.authors
