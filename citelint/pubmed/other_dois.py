"""An entry found by its PMID whose DOI is another paper's (user32a P2-2a: the PMID and title
of one preprint with the DOI of another passed unremarked).

The DOI is asked about only when the PMID's record gives a DOI of its own that is not the
entry's nor within two characters of it (taken for a slip, which CL203 may name): few entries,
so few questions. It is called another paper's only when PubMed names a record by it that no
reading of the entry fits: a paper's other version (its preprint, a review's earlier update)
shares its title and is no mistake, and a DOI PubMed does not know says nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from citelint.models import Status
from citelint.pubmed.batches import Batches, Entry
from citelint.pubmed.same_work import fit
from citelint.read.identifiers import entry_doi
from citelint.record import Record


def _other_doi(entry: Entry) -> str | None:
    """The entry's DOI when the entry was settled by its own PMID and the record gives a DOI
    of the same or another registrant that is not the entry's nor a slip of it; else None."""
    resolution = entry.resolution
    if not entry.pmid or resolution is None or resolution.status != Status.RESOLVED:
        return None
    record = resolution.record
    if record is None or resolution.identifier_record is not None or not record.doi:
        return None
    ours, theirs = entry_doi(entry.reference), record.doi.strip().lower()
    if not ours or ours == theirs or not ours.startswith("10.") or "/" not in ours:
        return None
    if len(ours) == len(theirs) and sum(a != b for a, b in zip(ours, theirs, strict=True)) <= 2:
        return None  # taken for a slip (CL203 names those of one character or a swap)
    return ours


def mark_other_papers_dois(batches: Batches, entries: Sequence[Entry]) -> None:
    """Keep as ``identifier_record`` the record another paper's DOI names, for each entry
    settled by its PMID whose DOI PubMed gives to a paper the entry does not fit (CL204)."""
    asking = [(entry, doi) for entry in entries if (doi := _other_doi(entry)) is not None]
    if not asking:
        return
    by_doi = [Entry(entry.reference, None, doi, None) for entry, doi in asking]
    searches = batches.search_dois(by_doi)
    batches.fetch(by_doi, searches)
    batches.take_dois(searches)
    for (entry, _), asked in zip(asking, by_doi, strict=True):
        named = [batches.store.record(pmid) for pmid in asked.named]
        others = [r for r in named if r is not None and _another_paper(entry, r)]
        if asked.failure is None and len(others) == 1 and entry.resolution is not None:
            entry.resolution = replace(entry.resolution, identifier_record=others[0])


def _another_paper(entry: Entry, record: Record) -> bool:
    """Whether ``record`` is not the one the entry was settled on, and no reading of the
    entry fits it."""
    settled = entry.resolution.record if entry.resolution is not None else None
    if settled is None or record.pmid == settled.pmid:
        return False
    return fit(entry.reference, record, by_locus=False) is None
