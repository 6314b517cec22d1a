"""Which entries an offline lookup can settle without working through its rounds.

Offline, every question the cache cannot answer fails. An entry the rounds ask about by its
own identifiers, citation details or title, whose every such question the cache leaves
unanswered, comes out "unverified, offline" whatever else the rounds would do: its failure
keeps it from the later rounds, and no record is at hand to settle it. Reading its keys in one
query for the whole article tells these entries apart; they are most entries of an article
the cache has never seen (issue 13: 260 reads an article, one at a time, before).
"""

from __future__ import annotations

from citelint.models import Resolution, Status
from citelint.pubmed.batches import Entry
from citelint.pubmed.citations import cache_key, entry_citation
from citelint.pubmed.outcomes import OFFLINE_REASON
from citelint.pubmed.store import RECORD_KEY


def first_keys(entry: Entry) -> list[str] | None:
    """The cache keys the first two rounds read for ``entry`` before any answer leads
    further (see EntrezResolver.resolve); None when the entry asks nothing there, so that
    its failure is not certain and it must go through the rounds."""
    reference = entry.reference
    keys: list[str] = []
    if entry.pmid:
        keys += [f"{RECORD_KEY}{entry.pmid}", f"absent:{entry.pmid}"]
    elif entry.doi:
        keys.append(f"doi:{entry.doi}")
    elif entry.pmc:
        keys.append(f"pmc:{entry.pmc}")
    if not entry.pmid and not entry.doi and reference.journal:
        citation = entry_citation(reference, key="0")
        if citation is not None:
            keys.append(cache_key(citation))
    if reference.title:
        term = entry.title_term("near")
        if term is not None:
            keys.append(f"near:{term}")
    return keys or None


def unanswered_offline(entry: Entry) -> Resolution:
    """What the rounds make of an entry whose every question failed offline: unverified,
    but for a preprint DOI no day gives (unindexed_dois.impossible_preprint_doi)."""
    if entry.doi and "10.1101/" in entry.doi:
        from citelint.pubmed.unindexed_dois import impossible_preprint_doi  # few entries

        if made_up := impossible_preprint_doi(entry.reference, entry.doi):
            return made_up
    return Resolution(entry.reference.number, Status.UNVERIFIED, reason=OFFLINE_REASON)
