"""Entry shapes user32a's trial found read wrong (session 32, left for planning): the Cochrane
Library's "Art. No:" without a stop, Nature's preprints ("Preprint at <address> (2020)"), and
a preprint server's "Version 1" after the year."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry


@pytest.mark.parametrize(
    "source",
    [
        "Cochrane Database of Systematic Reviews 2023, Issue 1. Art. No: CD006207.",
        "Cochrane Database Syst Rev. 2023; Issue 1. Art. No: CD006207.",
    ],
)
def test_an_article_number_without_its_stop_is_the_reviews_number(source: str) -> None:
    """'Art. No: CD006207' was the journal, the real journal and year part of the title."""
    entry = parse_entry(
        [
            "Okafor N, Brennan T, Salas M. Exercise programmes for adults with chronic low back "
            f"pain. {source} DOI: 10.1002/14651858.CD006207.pub6."
        ]
    )
    assert entry.title == "Exercise programmes for adults with chronic low back pain"
    assert entry.journal is not None and entry.journal.startswith("Cochrane Database")
    assert (entry.year, entry.issue, entry.pages) == (2023, "1", "CD006207")


def test_an_article_number_with_no_review_number_after_it_is_no_locus() -> None:
    """Trap: only "CD" and six digits are a review's number."""
    entry = parse_entry(
        [
            "Okafor N. Exercise programmes for adults with chronic low back pain. Cochrane "
            "Database of Systematic Reviews 2023, Issue 1. Art. No: pending."
        ]
    )
    assert entry.pages is None


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("Bendavid, E. et al.", ["Bendavid E"]),
        ("Lindqvist, M. E. et al.", ["Lindqvist ME"]),
        ("Ortega, R., Haldane, P. & Mbeki, T.", ["Ortega R", "Haldane P", "Mbeki T"]),
    ],
)
def test_natures_preprint_keeps_its_authors_apart_from_its_title(
    names: str, authors: list[str]
) -> None:
    """The names were read into the title ("E. et al. Title") and no author was kept."""
    entry = parse_entry(
        [
            f"{names} Antibody prevalence among blood donors in two counties, spring 2020. "
            "Preprint at https://doi.org/10.1101/2020.05.02.20088427 (2020)."
        ]
    )
    assert entry.authors == authors
    assert entry.title == "Antibody prevalence among blood donors in two counties, spring 2020"
    assert (entry.journal, entry.year) == (None, 2020)
    assert entry.doi == "10.1101/2020.05.02.20088427"


def test_natures_preprint_naming_its_server_keeps_the_server_as_journal() -> None:
    entry = parse_entry(
        [
            "Ortega, R. & Haldane, P. Antibody prevalence among blood donors in two counties. "
            "Preprint at medRxiv https://doi.org/10.1101/2020.05.02.20088427 (2020)."
        ]
    )
    assert entry.authors == ["Ortega R", "Haldane P"]
    assert (entry.journal, entry.year) == ("medRxiv", 2020)


def test_a_nature_journal_entry_still_reads_its_locus() -> None:
    entry = parse_entry(
        [
            "Ortega, R. & Haldane, P. Antibody prevalence among blood donors in two counties. "
            "Nat. Med. 26, 1021–1027 (2020)."
        ]
    )
    assert (entry.journal, entry.volume, entry.pages) == ("Nat. Med", "26", "1021–1027")


@pytest.mark.parametrize("tag", [" [Preprint]", ""])
def test_a_servers_version_after_the_year_is_no_journal(tag: str) -> None:
    """'Version 1' was the journal, the server and year the title's end."""
    entry = parse_entry(
        [
            f"Haddad L, Moreau C. Nasal swabs against saliva for a rapid antigen test{tag}. "
            "Research Square. 2023. Version 1. doi:10.21203/rs.3.rs-2761450/v1"
        ]
    )
    assert entry.title is not None and entry.title.startswith("Nasal swabs against saliva")
    assert (entry.journal, entry.year) == ("Research Square", 2023)


def test_a_software_release_number_is_not_cut_as_a_servers_version() -> None:
    """Trap: "Version 4.3.1" is a release, not a server's version: nothing of it is cut."""
    entry = parse_entry(
        [
            "R Core Team. R: a language and environment for statistical computing. Vienna: R "
            "Foundation for Statistical Computing; 2023. Version 4.3.1."
        ]
    )
    assert "Version 4.3.1" in f"{entry.title} {entry.journal}"
