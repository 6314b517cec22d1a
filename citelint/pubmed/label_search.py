"""Batched PubMed searches for the papers wrong links were meant to name.

Many labels' queries are OR-ed into one ESearch, and every record found is fetched in one
EFetch, so a whole run asks a handful of times however many links are wrong. Each label then
keeps the records of the batch that ``keep`` accepts for it (those that fit it at all); a
label left with none when PubMed had more hits than it sent is asked again on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from citelint.pubmed.errors import EntrezError
from citelint.record import Record

if TYPE_CHECKING:  # the store would load the HTTP client into every rule check
    from citelint.pubmed.store import Store

LABEL_BATCH = 10  # label queries OR-ed into one ESearch
HITS_PER_LABEL = 10

Keep = Callable[[str, Record], bool]


class Searcher(Protocol):
    def esearch(self, term: str, retmax: int = 20, sort: str | None = None) -> object: ...

    def efetch(self, pmids: Sequence[str]) -> list[Record]: ...


class LabelSearcher(Protocol):
    def search_labels(self, terms: Sequence[str], keep: Keep) -> dict[str, list[Record] | None]:
        """Candidate records for each term; None for a term whose search failed."""
        ...


def search_labels(
    client: Searcher, store: Store, terms: Sequence[str], keep: Keep
) -> dict[str, list[Record] | None]:
    found: dict[str, list[Record] | None] = {}
    asking: list[str] = []
    for term in dict.fromkeys(terms):
        cached = store.answer(f"label:{term}")
        if cached is None:
            asking.append(term)
        else:
            found[term] = _records(client, store, cached["pmids"])
    batches = [asking[start : start + LABEL_BATCH] for start in range(0, len(asking), LABEL_BATCH)]
    answers = _ask(client, batches)
    # Every batch's hits in one EFetch.
    fetched = _records(client, store, [pmid for hits, _ in answers for pmid in hits or []])
    retry: list[str] = []
    for batch, (hits, truncated) in zip(batches, answers, strict=True):
        if hits is None or fetched is None:
            found.update(dict.fromkeys(batch))
            continue
        records = [record for pmid in hits if (record := store.record(pmid)) is not None]
        for term in batch:
            kept = [record for record in records if keep(term, record)]
            if not kept and truncated and len(batch) > 1:
                retry.append(term)
                continue
            store.add_answer(f"label:{term}", {"pmids": [record.pmid for record in kept]})
            found[term] = kept
    if retry:
        found.update(search_labels(client, store, retry, keep))
    return found


def _ask(client: Searcher, batches: list[list[str]]) -> list[tuple[list[str] | None, bool]]:
    answers: list[tuple[list[str] | None, bool]] = []
    for batch in batches:
        term = " OR ".join(batch)
        try:
            result = client.esearch(term, retmax=HITS_PER_LABEL * len(batch), sort="relevance")
        except EntrezError:
            answers.append((None, False))
            continue
        ids = list(result.ids)  # type: ignore[attr-defined]
        answers.append((ids, result.count > len(ids)))  # type: ignore[attr-defined]
    return answers


def _records(client: Searcher, store: Store, pmids: Sequence[str]) -> list[Record] | None:
    """The records of ``pmids``, from the run's memory and cache first, or None on failure."""
    missing = [p for p in dict.fromkeys(pmids) if store.record(p) is None and not store.absent(p)]
    if missing:
        try:
            fetched = client.efetch(missing)
        except EntrezError:
            return None
        store.add_records(fetched)
        store.add_absent(set(missing) - {record.pmid for record in fetched})
    return [record for pmid in pmids if (record := store.record(pmid)) is not None]
