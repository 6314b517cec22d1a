"""A paper in a journal PubMed does not index, cited with a DOI: unverified (CL208, check the
DOI at doi.org), not "possibly fabricated" (CL201), when the entry gives enough to tell it
from a made-up one.

Many a regional or open-access medical journal is not indexed: PubMed cannot hold such a
paper, and its DOI is the way to check it (user31a P1-2: "possibly fabricated" on every one).
Made-up papers name made-up medical journals, so the entry must give more than a name: a
well-formed DOI and its whole locus (volume, and pages or article number). Without a DOI, or
without the locus, it stays CL201 (review27a P1-3).

Manubot's entries are the exception (user31a): Manubot prints no volume or pages for any
paper (so ECitMatch is never asked, and whether PubMed indexes the journal stays unknown),
and writes each entry from the metadata its DOI resolves to (the author cites "@doi:10..."
and Manubot asks doi.org; a DOI that resolves to nothing gives it nothing to print),
printing the DOI twice, as the link after the date and on its own "DOI:" line. Its missing
locus says nothing against the paper, and the paper's DOI resolved when the entry was
written: an entry in that shape whose DOI PubMed lacks (a journal PubMed does not index, or
a paper it has not indexed yet) is unverified. The trade-off, decided so: a made-up paper
typed by hand in Manubot's exact shape, the same well-formed DOI twice, is CL208 "check the
DOI at doi.org" (told to check, never silently passed) instead of CL201's error.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference, Resolution, Status
from citelint.read.identifiers import entry_doi, entry_pmc, entry_pmid
from citelint.read.unindexed_sources import impossible_preprint_date

# The words a preprint server's name holds, as the entry's journal reads it ("medRxiv
# [Preprint]", "Research Square", "Preprint").
_PREPRINT_SERVER_WORDS = ("rxiv", "research square", "ssrn", "preprint")
_WELL_FORMED_DOI = LazyPattern(r"10\.\d{4,9}/[^\s/]\S*")
# Manubot's source and DOI lines, as text or Markdown: "Journal (2021-03-04)
# <https://doi.org/10.x/y>" then "DOI: [10.x/y](https://doi.org/10.x/y)", the same DOI twice.
_MANUBOT_DOI = LazyPattern(
    r"\((?:1[89]|20)\d{2}(?:-[01]\d){0,1}(?:-[0-3]\d){0,1}\)\s+<?https?://doi\.org/(\S+?)>?"
    r"\s+DOI:\s+\[?(\S+?)[\]\s]"
)


def doi_outside_pubmed(entry: Reference, unknown_journal: bool) -> str | None:
    """CL208's words for an entry nothing matched, with a well-formed DOI PubMed lacks, when
    the entry gives what tells it from a made-up one (see the module), or None.
    ``unknown_journal``: ECitMatch knew no journal by the entry's name."""
    doi = entry_doi(entry)
    if doi is None or not _WELL_FORMED_DOI.fullmatch(doi):
        return None
    if _printed_by_manubot(entry, doi):
        return (
            f"PubMed has no record with DOI {doi}, from which Manubot wrote the entry: check "
            "the DOI at doi.org"
        )
    if not (unknown_journal and entry.volume and entry.pages):
        return None
    return (
        f"PubMed indexes no journal by the name '{entry.journal}' and has no record with DOI "
        f"{doi}: check the DOI at doi.org"
    )


def _printed_by_manubot(entry: Reference, doi: str) -> bool:
    """Whether the entry is in Manubot's shape, its DOI printed after the date and again on
    its "DOI:" line."""
    raw = entry.raw or ""
    if "DOI:" not in raw or "doi.org/" not in raw:
        return False
    found = _MANUBOT_DOI.search(raw + " ")
    return found is not None and found[1].lower() == found[2].lower() == doi.lower()


def impossible_preprint_doi(entry: Reference, doi: str) -> Resolution | None:
    """CL201's verdict, told without asking, for an entry whose only identifier is a bioRxiv
    or medRxiv DOI dated on no day of the calendar (user32a P2-2b: caught online alone); None
    for any other. Not where the entry gives a PMID or PMC id: a real paper with a mistyped
    preprint DOI beside its PMID is found by the PMID (fix32d's offline rule called it made up).
    Nor where the entry is located in a journal: ECitMatch finds "Cryobiology.
    2001;42(4):244-55" online whatever its DOI (review33a P1-1)."""
    day = impossible_preprint_date(doi.lower())
    if day is None or entry_pmid(entry) or entry_pmc(entry) or _located_in_a_journal(entry):
        return None
    reason = (
        f"DOI {doi} cannot exist: a bioRxiv or medRxiv DOI begins with the day its preprint "
        f"was posted, and {day} is no day of the calendar (a mistyped DOI, or a made-up "
        "preprint)"
    )
    return Resolution(entry.number, Status.NOT_FOUND, reason=reason)


def _located_in_a_journal(entry: Reference) -> bool:
    """Whether the entry gives its volume or pages, or names a journal that is no preprint
    server: a journal paper whose DOI was mistyped, not a made-up preprint."""
    if entry.volume or entry.pages:
        return True
    journal = (entry.journal or "").lower()
    return bool(journal) and not any(map(journal.__contains__, _PREPRINT_SERVER_WORDS))
