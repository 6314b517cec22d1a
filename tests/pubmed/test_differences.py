"""CL203's comparison of an entry with its paper's record (citelint.pubmed.differences)."""

from __future__ import annotations

from citelint.models import Reference
from citelint.pubmed.differences import differences
from citelint.pubmed.matching import best_reading
from citelint.read.entries import parse_entry
from citelint.record import Record

PRINTED = Record(
    pmid="1",
    title="Remineralization rate of lytic lesions of the spine.",
    journal="Global spine journal",
    journal_abbrev="Global Spine J",
    year=2025,
    authors=["Zijlstra H"],
    volume="15",
    issue="3",
    pages="1712-1724",
)


def entry(**fields: object) -> Reference:
    return Reference(number=1, raw="", line=1, column=1, **fields)  # type: ignore[arg-type]


def test_an_article_number_ahead_of_print_is_no_page_of_the_printed_paper() -> None:
    """hunt17: "Global Spine J. 2024 Jun 12:21925682241260651" (PubMed's locus ahead of
    print, the DOI's suffix) got "pages 21925682241260651 in the entry, 1712-1724"."""
    ahead = entry(journal="Global Spine J", year=2024, pages="21925682241260651")
    assert differences(ahead, PRINTED) == []


def test_pages_given_with_a_volume_or_as_a_range_are_still_compared() -> None:
    with_volume = entry(journal="Global Spine J", year=2025, volume="15", pages="1812")
    assert differences(with_volume, PRINTED) == ["pages 1812 in the entry, 1712-1724 in PubMed"]
    a_range = entry(journal="Global Spine J", year=2025, pages="1812-1824")
    assert differences(a_range, PRINTED) == ["pages 1812-1824 in the entry, 1712-1724 in PubMed"]


def test_a_record_still_ahead_of_print_is_compared_by_its_number() -> None:
    unprinted = Record(pmid="2", title="T.", journal_abbrev="Biomed Pharmacother", pages="116695")
    assert differences(entry(pages="116696"), unprinted) == [
        "pages 116696 in the entry, 116695 in PubMed"
    ]


TWO_WORKS = (
    "VanDyck TJ, Pinsky MR. Hemodynamic monitoring in cardiogenic shock. Curr Opin Crit Care. "
    "2021;27(4):454-9; Tayal D, Jain P, Goswami B. D-dimer - a multifaceted molecule. Horm "
    "Mol Biol Clin Investig. 2024;45(2):75-84."
)
SHOCK = Record(
    pmid="33967209",
    title="Hemodynamic monitoring in cardiogenic shock.",
    journal="Current opinion in critical care",
    journal_abbrev="Curr Opin Crit Care",
    year=2021,
    authors=["VanDyck TJ", "Pinsky MR"],
    volume="27",
    issue="4",
    pages="454-459",
)


def test_an_entry_holding_two_works_is_compared_by_the_locus_it_prints_for_this_one() -> None:
    # word19: a note (or an entry) citing two works; its year, volume and pages were read
    # from the second: "year 2024 in the entry, 2021 in PubMed; volume 45 ...; pages ...".
    read = parse_entry([TWO_WORKS])
    assert (read.year, read.volume) == (2024, "45")  # as read: the second work's
    # As CL203 compares: the reading of the entry's text that agrees best with the record.
    assert differences(best_reading(read, SHOCK), SHOCK) == []


def test_a_wrong_year_volume_or_page_in_the_only_locus_is_still_reported() -> None:
    for wrong, field in (
        ("2019;27(4):454-9", "year"),
        ("2021;28(4):454-9", "volume"),
        ("2021;27(4):445-9", "pages"),
    ):
        raw = f"VanDyck TJ, Pinsky MR. Hemodynamic monitoring. Curr Opin Crit Care. {wrong}."
        year, rest = wrong.split(";")
        volume, pages = rest.split("(")[0], rest.split(":")[1]
        read = Reference(
            number=1,
            raw=raw,
            line=1,
            column=1,
            title="Hemodynamic monitoring in cardiogenic shock",
            journal="Curr Opin Crit Care",
            year=int(year),
            authors=["VanDyck TJ"],
            volume=volume,
            pages=pages,
        )
        assert [d.split(" ")[0] for d in differences(read, SHOCK)] == [field]


LONG = Record(
    pmid="3", title="T.", journal_abbrev="J Am Coll Cardiol", year=2022, pages="e895-e1032"
)
SHORT = Record(pmid="4", title="T.", journal_abbrev="N Engl J Med", year=2019, pages="1995-2008")


def test_an_end_page_abbreviated_across_a_power_of_ten_is_the_records() -> None:
    # Frontiers-style "381:1995–08" and "e895–32" were a false CL203 "pages" (user20).
    assert differences(entry(year=2019, pages="1995–08"), SHORT) == []
    assert differences(entry(year=2022, pages="e895–32"), LONG) == []
    assert differences(entry(year=2022, pages="e895-e1032"), LONG) == []


def test_an_abbreviated_end_within_the_first_pages_length_is_still_compared() -> None:
    record = Record(pmid="5", title="T.", journal_abbrev="J", year=2020, pages="1012-1028")
    assert differences(entry(year=2020, pages="1012-8"), record) == [
        "pages 1012-8 in the entry, 1012-1028 in PubMed"
    ]
    assert differences(entry(year=2022, pages="e895–31"), LONG) == [
        "pages e895–31 in the entry, e895-e1032 in PubMed"
    ]


def test_an_end_across_a_power_of_ten_names_the_first_page_ending_so() -> None:
    """real21: "895-32" was taken for any last page ending in 32 past 1000 ("895-1232")."""
    record = Record(pmid="6", title="T.", journal_abbrev="J", year=2020, pages="895-1232")
    assert differences(entry(year=2020, pages="895-32"), record) == [
        "pages 895-32 in the entry, 895-1232 in PubMed"
    ]
    assert differences(entry(year=2020, pages="895-1232"), record) == []
    nine = Record(pmid="7", title="T.", journal_abbrev="J", year=2020, pages="9995-10003")
    assert differences(entry(year=2020, pages="9995-3"), nine) == []
    assert differences(entry(year=2020, pages="9995-03"), nine) == []
    assert differences(entry(year=2020, pages="995-1003"), nine)  # another first page


def test_a_cochrane_reviews_year_as_its_volume_is_no_volume() -> None:
    """real20: Wiley's "Cochrane Database of Systematic Reviews, 2023(6), CD012345" got
    "volume 2023 in the entry, 6 in PubMed"; another volume is still one."""
    review = Record(
        pmid="2",
        title="Inspiratory muscle training before lung resection.",
        journal="The Cochrane database of systematic reviews",
        journal_abbrev="Cochrane Database Syst Rev",
        year=2023,
        authors=["Achterberg F"],
        volume="6",
        issue="6",
        pages="CD012345",
    )
    cited = entry(journal="Cochrane Database Syst Rev", year=2023, volume="2023", pages="CD012345")
    assert differences(cited, review) == []
    wrong = entry(journal="Cochrane Database Syst Rev", year=2023, volume="7", pages="CD012345")
    assert differences(wrong, review) == ["volume 7 in the entry, 6 in PubMed"]


def test_a_cochrane_reviews_issue_as_its_volume_is_no_volume() -> None:
    """user21 P1 3: PubMed's "2013;2013(1):CD004816" cited "2013; 1: CD004816" got "volume 1
    in the entry, 2013 in PubMed"; another issue is still another volume."""
    review = Record(
        pmid="8",
        title="T.",
        journal_abbrev="Cochrane Database Syst Rev",
        year=2013,
        volume="2013",
        issue="1",
        pages="CD004816",
    )
    assert differences(entry(year=2013, volume="1", pages="CD004816"), review) == []
    assert differences(entry(year=2013, volume="2", pages="CD004816"), review) == [
        "volume 2 in the entry, 2013 in PubMed"
    ]


def test_a_preprint_doi_beside_a_named_journal_keeps_the_journal_and_year_compared() -> None:
    """review33a P2: the preprint DOI alone excused a named journal, so a Lancet entry whose
    paper PubMed has in another journal, three years later, lost both differences."""
    lancet = entry(
        journal="Lancet",
        year=2022,
        volume="15",
        pages="1712-24",
        doi="10.1101/2023.10.01.23296543",
    )
    assert differences(lancet, PRINTED) == [
        "year 2022 in the entry, 2025 in PubMed",
        "journal 'Lancet' in the entry, 'Global Spine J' in PubMed",
    ]
    nature = entry(year=2024, doi="10.1101/2023.10.01.23296543")
    assert differences(nature, PRINTED) == []
