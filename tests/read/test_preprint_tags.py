"""A preprint's tag beside its server's name is no part of the journal (user32a P1-2): Cite
Them Right Harvard's and NICE's "medRxiv [Preprint]", Nature's "Preprint at medRxiv"."""

from __future__ import annotations

from citelint.pubmed.differences import differences
from citelint.read.entries import parse_entry
from citelint.record import Record

HARVARD = (
    "Okonkwo, P.A., Lindqvist, S. and Baptiste, R. (2023) 'Serum ferritin trajectories after "
    "severe COVID-19 in adolescents: a regional cohort', medRxiv [Preprint]. Available at: "
    "https://doi.org/10.1101/2023.03.14.23287211 (Accessed: 2 May 2024)."
)
NICE = (
    "Tanaka H, Moreno-Vidal C, Farrant JP et al. (2022) Nasal IgA after a fourth mRNA dose in "
    "care home staff. bioRxiv [preprint], https://doi.org/10.1101/2022.06.21.496988"
)
RECORD = Record(
    pmid="39990201",
    title="Serum ferritin trajectories after severe COVID-19 in adolescents: a regional cohort.",
    journal="medRxiv : the preprint server for health sciences",
    journal_abbrev="medRxiv",
    year=2023,
    authors=["Okonkwo PA", "Lindqvist S", "Baptiste R"],
)


def test_harvard_and_nice_tags_after_the_server() -> None:
    assert parse_entry([HARVARD]).journal == "medRxiv"
    assert parse_entry([NICE]).journal == "bioRxiv"
    square = HARVARD.replace("medRxiv [Preprint]", "Research Square [preprint]")
    assert parse_entry([square]).journal == "Research Square"


def test_natures_preprint_at() -> None:
    at_server = (
        "Okonkwo, P. A. et al. Serum ferritin trajectories after severe COVID-19 in "
        "adolescents: a regional cohort. Preprint at medRxiv "
        "https://doi.org/10.1101/2023.03.14.23287211 (2023)."
    )
    assert parse_entry([at_server]).journal == "medRxiv"
    at_address = at_server.replace("Preprint at medRxiv ", "Preprint at ")
    read = parse_entry([at_address])
    assert read.journal is None  # the address after the words was read apart
    assert all(other.journal != "Preprint at" for other in read.alternatives)


def test_the_tagged_server_is_pubmeds_journal() -> None:
    assert differences(parse_entry([HARVARD]), RECORD) == []


def test_a_wrong_year_or_journal_of_a_tagged_preprint_is_still_told() -> None:
    wrong_year = parse_entry([HARVARD.replace("(2023)", "(2019)")])
    assert differences(wrong_year, RECORD) == ["year 2019 in the entry, 2023 in PubMed"]
    journal = HARVARD.replace("medRxiv [Preprint]", "Lancet Infect Dis [Preprint]")
    assert differences(parse_entry([journal]), RECORD) == [
        "journal 'Lancet Infect Dis' in the entry, 'medRxiv' in PubMed"
    ]


def test_vancouvers_tag_before_the_date_still_gives_the_year() -> None:
    vancouver = (
        "Okonkwo PA, Lindqvist S, Baptiste R. Serum ferritin trajectories after severe "
        "COVID-19 in adolescents: a regional cohort. medRxiv [Preprint]. 2023 Mar 16:"
        "2023.03.14.23287211. doi: 10.1101/2023.03.14.23287211."
    )
    read = parse_entry([vancouver])
    assert (read.journal, read.year) == ("medRxiv", 2023)


def test_a_title_holding_the_word_keeps_it() -> None:
    entry = (
        "Haddad S, Tran HL. Preprint servers and the speed of COVID-19 evidence. BMJ 2021;372:n512."
    )
    read = parse_entry([entry])
    assert (read.title, read.journal) == (
        "Preprint servers and the speed of COVID-19 evidence",
        "BMJ",
    )


def test_an_answer_pages_bracketed_tag_and_month() -> None:
    """An AI answer's source: '"Title." *medRxiv* (preprint), Nov 2022. <link>' was read with
    the journal 'medRxiv (preprint), Nov'."""
    source = (
        'Okonkwo PA et al. "Serum ferritin trajectories after severe COVID-19 in adolescents: a '
        'regional cohort." *{journal}*{tag}, Mar 2023. '
        "https://www.medrxiv.org/content/10.1101/2023.03.14.23287211v1"
    )
    read = parse_entry([source.format(journal="medRxiv", tag=" (preprint)")])
    assert (read.journal, read.year) == ("medRxiv", 2023)
    assert parse_entry([source.format(journal="Lancet Infect Dis", tag="")]).journal == (
        "Lancet Infect Dis"
    )
