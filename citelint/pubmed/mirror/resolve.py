"""The mirror in the resolution order: lock -> cache -> mirror -> E-utilities.

Entries are resolved by ``EntrezResolver`` asking the mirror instead of NCBI, so verdicts are
the online ones. The cache is read first but never written from the mirror (an updated mirror
must not be hidden behind its own old answers). What the mirror cannot settle goes to
E-utilities when the run may use the network; offline, an entry the mirror lacks is
unverified (CL208), since the mirror may be older than the paper, unless the mirror is
declared complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from citelint.config import Config
from citelint.logs import logger
from citelint.models import Reference, Resolution, Status
from citelint.pubmed.closing import Closing
from citelint.pubmed.errors import EntrezError
from citelint.pubmed.outcomes import in_unindexed_journal
from citelint.pubmed.resolver import EntrezResolver, build_resolver
from citelint.record import Record

if TYPE_CHECKING:
    # A run without a mirror loads none of its code (nor the XML parser it needs).
    from citelint.pubmed.cache import RecordCache
    from citelint.pubmed.mirror.query import MirrorClient
    from citelint.pubmed.outcomes import Resolver

LACKING = "not in the PubMed mirror, which may be older than the paper; check online to confirm"
# Outcomes the mirror has settled; the others are asked online when the run may.
SETTLED = (Status.RESOLVED, Status.AMBIGUOUS)


class ReadOnlyCache:
    """The record cache as the mirror's pass sees it: read, never written."""

    def __init__(self, cache: RecordCache) -> None:
        self.cache = cache

    def get(self, key: str) -> str | None:
        return self.cache.get(key)

    def put(self, key: str, value: str) -> None:
        pass

    def put_many(self, items: object) -> None:
        pass

    def close(self) -> None:
        pass  # the cache belongs to the online resolver, which closes it


class MirrorResolver(Closing):
    """The mirror first; E-utilities (``fallback``, when ``online``) for what it lacks."""

    def __init__(
        self,
        mirror: MirrorClient,
        fallback: EntrezResolver,
        online: bool,
        complete: bool = False,
        want_abstracts: bool = False,
    ) -> None:
        self.mirror = mirror
        self.fallback = fallback
        self.online = online
        self.complete = complete
        self.want_abstracts = want_abstracts
        cache = ReadOnlyCache(fallback.store.cache) if fallback.store.cache else None
        self.inner = EntrezResolver(mirror, cache)  # type: ignore[arg-type]

    @property
    def lacks_abstracts(self) -> bool:
        """Whether records it resolves come without abstracts (CL3xx cannot use them)."""
        return not self.mirror.abstracts and not self.online

    def close(self) -> None:
        self.mirror.close()
        self.fallback.close()

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        found = self.inner.resolve(references)
        if self.want_abstracts and not self.mirror.abstracts and self.online:
            self._fill_abstracts(found)
        # A complete mirror's "not found" stands; only what it could not check is asked online.
        unsettled = [
            index
            for index, resolution in enumerate(found)
            if (resolution.status == Status.UNVERIFIED if self.complete else _unsettled(resolution))
        ]
        answers: list[Resolution | None] = [None] * len(unsettled)
        if self.online and unsettled:
            answers = list(self.fallback.resolve([references[i] for i in unsettled]))
        for index, answer in zip(unsettled, answers, strict=True):
            if answer is not None and answer.status != Status.UNVERIFIED:
                found[index] = answer
            elif not self.complete:
                found[index] = _without_verdict(found[index])
        return found

    def search_labels(
        self, terms: Sequence[str], keep: Callable[[str, Record], bool]
    ) -> dict[str, list[Record] | None]:
        """Searches for the papers wrong links meant. They are free-text searches in PubMed's
        relevance order ([tiab], [1au], [dp]), which the mirror cannot answer: E-utilities
        answers them when the run may use the network; offline they go unanswered."""
        if self.online:
            return self.fallback.search_labels(terms, keep)
        return dict.fromkeys(terms)

    def _fill_abstracts(self, found: list[Resolution]) -> None:
        """Abstracts and MeSH from the cache or EFetch for records of an abstract-less mirror."""
        records = [r.record for r in found if r.record is not None]
        store = self.fallback.store
        missing = [r.pmid for r in records if store.record(r.pmid) is None]
        if missing:
            try:
                store.add_records(self.fallback.client.efetch(missing))
            except EntrezError as error:
                logger(__name__).warning(
                    "abstracts of %d record(s) could not be fetched: %s", len(missing), error
                )
        for resolution in found:
            record = resolution.record
            full = store.record(record.pmid) if record is not None else None
            if record is not None and full is not None:
                resolution.record = replace(
                    record,
                    abstract=full.abstract,
                    abstract_sections=full.abstract_sections,
                    mesh_terms=full.mesh_terms,
                )


def _unsettled(resolution: Resolution) -> bool:
    return resolution.status not in SETTLED or resolution.unknown_pmid is not None


def _without_verdict(resolution: Resolution) -> Resolution:
    """What an incomplete mirror may say of an entry it does not settle: no "not found" (the
    paper may be newer than the mirror), no "journal PubMed does not index" (the mirror may
    lack the journal) and no "unknown PMID" (the PMID may be, too)."""
    if resolution.status == Status.NOT_FOUND or in_unindexed_journal(resolution):
        return Resolution(
            resolution.reference,
            Status.UNVERIFIED,
            reason=_lacking(resolution.identifier_record),
            identifier_record=resolution.identifier_record,
        )
    return replace(resolution, unknown_pmid=None)


def _lacking(named: Record | None) -> str:
    """Why the entry is unverified. When the mirror holds the record its PMID or DOI names,
    the mirror's age is not the question: the user is told that record does not fit, as
    online would say (user33a P1-2), and only the entry's own paper may be newer."""
    if named is None:
        return LACKING
    title = named.title.rstrip(".")
    return (
        f"its PMID or DOI names PMID {named.pmid} '{title}', which does not fit the entry, and "
        "no other record in the PubMed mirror does; check online to confirm"
    )


def build_resolver_with_mirror(config: Config, want_abstracts: bool) -> Resolver:
    """``build_resolver``'s resolver, behind the mirror when the configuration names one."""
    fallback = build_resolver(config)
    if not config.mirror:
        return fallback
    from citelint.pubmed.mirror.query import MirrorClient

    try:
        mirror = MirrorClient(Path(config.mirror))
    except BaseException:
        fallback.close()
        raise
    online = not config.offline
    return MirrorResolver(mirror, fallback, online, config.mirror_complete, want_abstracts)
