"""CL203's comparison of an entry with its paper's record (citelint.pubmed.differences)."""

from __future__ import annotations

from citelint.models import Record, Reference
from citelint.pubmed.differences import differences

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
