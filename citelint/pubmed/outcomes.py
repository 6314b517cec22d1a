"""Turning the records at hand into a Resolution, and the resolvers that need no network."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference, Resolution, Status, normalise
from citelint.pubmed.queries import as_looked_up, asks_title, has_citation
from citelint.pubmed.remarks import WORDS_ALONE, nothing_to_look_up, words_alone
from citelint.read.identifiers import (
    JOURNAL_ARTICLE,
    NOT_INDEXED,
    entry_doi,
    entry_kind,
    entry_pmc,
    entry_pmid,
    kind_without_pmid,
    may_give_identifier,
    plainly_unindexed,
)
from citelint.read.unindexed_sources import kind_named

if TYPE_CHECKING:
    from citelint.record import Record

OFFLINE_REASON = "offline, and no cached PubMed answer for this entry"
# A title at least this similar (0-100) shares the entry's distinctive words.
NEAR_TITLE = 60.0


class Resolver(Protocol):
    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        """One Resolution per reference, in the same order."""
        ...

    def close(self) -> None:
        """Let go of connections and files; a resolver that holds none does nothing."""
        ...


@runtime_checkable
class Unanswering(Protocol):
    def answers_nothing(self) -> bool:
        """Whether no entry can get a record or any answer: offline, and nothing kept."""
        ...


def answers_nothing(resolver: object) -> bool:
    """Whether ``resolver`` resolves no entry to a record (offline, with no lock entries,
    cache or mirror); one that cannot tell is taken to answer."""
    return isinstance(resolver, Unanswering) and resolver.answers_nothing()


def decide(
    entry: Reference, identified: Sequence[Record], candidates: Iterable[Record]
) -> Resolution | None:
    """The resolution the records at hand support, or None when they do not settle the entry.

    ``identified`` are the records the entry's own PMID or DOI name; ``candidates`` are what
    searches proposed. Every plausible reading of the entry's text is tried against each
    record, so a title cut at "spp." or "vs." does not hide the paper. A named record whose
    title is no reading's title is kept as ``identifier_record`` (CL204).
    """
    # Imported here: an offline check without a cache decides nothing (UnansweredResolver)
    # and loads no matching (3 M instructions of its start-up).
    from citelint.pubmed.run_on_titles import runs_on_into_its_source
    from citelint.pubmed.same_work import fit as fit_of
    from citelint.pubmed.same_work import named_by_address, named_in_its_own_script

    for record in identified:
        if (
            not entry.title
            or fit_of(entry, record, by_locus=False) is not None
            or runs_on_into_its_source(entry, record)
            or named_in_its_own_script(entry, record)
        ):
            return Resolution(entry.number, Status.RESOLVED, record=record)
    named = identified[0] if identified else None
    seen = {named.pmid} if named else set()
    fitting: list[tuple[float, Record]] = []
    for record in candidates:
        fit = fit_of(entry, record) if record.pmid not in seen else None
        if fit is not None:
            seen.add(record.pmid)
            fitting.append((fit, record))
    if not fitting:
        return None
    fitting.sort(key=lambda item: item[0], reverse=True)
    best_fit, best = fitting[0]
    tied = [record for fit, record in fitting if fit >= best_fit - 0.5]
    if len(tied) > 1:
        tied = _nearest_version(entry, named_by_address(entry, tied))
        best = tied[0]
    if len(tied) > 1:
        return Resolution(
            entry.number,
            Status.AMBIGUOUS,
            reason=f"{len(tied)} PubMed records match equally well",
            candidates=[r.pmid for r in tied],
            identifier_record=named,
        )
    return Resolution(entry.number, Status.RESOLVED, record=best, identifier_record=named)


def _nearest_version(entry: Reference, tied: list[Record]) -> list[Record]:
    """Among tied records of one title (a Cochrane review's versions, 2019 and its 2023
    update), the one nearest the entry's year: an entry citing 2016 cites the first version
    with a wrong year (CL203), not two papers alike (CL202). ``tied`` as it was otherwise."""
    if entry.year is None or len({normalise(record.title) for record in tied}) > 1:
        return tied
    dated = [record for record in tied if record.year is not None]
    if len(dated) < len(tied):
        return tied
    distance = [abs(record.year - entry.year) for record in dated]  # type: ignore[operator]
    nearest = min(distance)
    if distance.count(nearest) > 1:
        return tied
    return [dated[distance.index(nearest)]]


class Searched:
    """What was asked about an entry that nothing matched, for CL201's message."""

    # A plain class: a dataclass compiles its methods when its module is imported, a cost
    # every short check pays (issue 13).
    def __init__(
        self,
        asked: list[str] | None = None,
        evidence: str | None = None,
        closest: Record | None = None,
        unknown_doi: bool = False,
    ) -> None:
        self.asked = asked if asked is not None else []  # "its DOI", "its title's words"...
        # Strong evidence of a made-up reference, in words: an identifier PubMed does not
        # have, or no record sharing the title's distinctive words. None when there is none.
        self.evidence = evidence
        self.closest = closest  # the nearest title any search found
        self.unknown_doi = unknown_doi  # PubMed has no record with the entry's DOI
        # ECitMatch knew no journal by the entry's name: its volume and pages were not asked.
        self.unknown_journal = False
        # Its first author's papers in its journal and year were searched and none is it.
        self.authors_searched = False


def not_found_reason(searched: Searched) -> str:
    """CL201's words: "possibly fabricated" only on strong evidence."""
    asked = ", ".join(searched.asked) or "the entry"
    if searched.evidence:
        return f"{searched.evidence} (searched {asked}); possibly fabricated"
    reason = f"no PubMed record matches the entry (searched {asked})"
    if searched.closest is not None:
        closest = searched.closest
        reason += f"; the nearest title is PMID {closest.pmid}, '{closest.title}'"
    return reason + "; check it by hand"


def unresolved(
    entry: Reference,
    kind: str,
    named: Record | None,
    failure: str | None,
    searchable: bool,
    ambiguous: list[str] | None = None,
    searched: Searched | None = None,
) -> Resolution:
    """The resolution of an entry that no record settled."""
    number = entry.number
    if failure:
        return Resolution(number, Status.UNVERIFIED, reason=failure, identifier_record=named)
    if named is not None:
        reason = f"PMID {named.pmid}, which the entry names, is another paper"
        return Resolution(number, Status.NOT_FOUND, reason=reason, identifier_record=named)
    if kind != JOURNAL_ARTICLE:
        return Resolution(number, Status.NOT_IN_PUBMED, reason="no PubMed record matches")
    if ambiguous is not None and not entry.title:
        reason = "ECitMatch finds several papers for this journal, year and page"
        return Resolution(number, Status.AMBIGUOUS, reason=reason, candidates=ambiguous)
    if not searchable:
        reason = nothing_to_look_up(entry.raw or "")
        return Resolution(number, Status.UNVERIFIED, reason=reason, lasting=True)
    reason = _translation_unfound(entry, searched)
    if reason is not None:
        return Resolution(number, Status.UNVERIFIED, reason=reason, lasting=True)
    if searched is not None and searched.unknown_journal and _outside_medicine(entry.journal):
        return _unindexed_journal(entry)
    if searched is not None and searched.unknown_doi:
        from citelint.pubmed.unindexed_dois import doi_outside_pubmed  # few entries come here

        reason = doi_outside_pubmed(entry, searched.unknown_journal)
        if reason is not None:
            return Resolution(number, Status.UNVERIFIED, reason=reason, lasting=True)
    if words_alone(entry):
        return Resolution(number, Status.UNVERIFIED, reason=WORDS_ALONE, lasting=True)
    reason = not_found_reason(searched or Searched())
    return Resolution(number, Status.NOT_FOUND, reason=reason)


def _translation_unfound(entry: Reference, searched: Searched | None) -> str | None:
    """Why finding nothing says nothing, or None when it does: a title in the paper's own
    language ("Delirscreening auf deutschen Intensivstationen"), which PubMed's title search
    does not hold (its title is the English "[Delirium screening in ...]"), and no identifier
    PubMed lacks. With its volume and page the citation search was asked too, but one wrong
    number there finds nothing either: "possibly fabricated" was a guess on a real paper
    cited with a slip (user24 P1 17) unless its first author's papers in its journal and
    year were searched too (the resolver's round 5), and none was it."""
    # Imported here: only an entry nothing matched is read for its language.
    from citelint.pubmed.matching import in_another_script
    from citelint.pubmed.translated_titles import reads_as_translated

    if searched and (
        searched.unknown_doi or (searched.authors_searched and not searched.unknown_journal)
    ):
        return None  # an identifier PubMed lacks, or no paper of its first author's fits
    if not (in_another_script(entry.title or "") or reads_as_translated(entry)):
        return None
    start = "its title is in another language, and PubMed searches titles in English"
    if not (entry.volume and entry.pages):
        # Only what it lacks: a Russian journal numbering its issues alone gives pages.
        lacking = " and ".join(name for name in ("volume", "pages") if not getattr(entry, name))
        return f"{start}: add its {lacking}, PMID or DOI to check it"
    # A journal named in Cyrillic or Chinese is none ECitMatch knows (user23 P1-10).
    if (searched and searched.unknown_journal) or in_another_script(entry.journal or ""):
        return f"{start}: add its journal's NLM abbreviation, PMID or DOI to check it"
    return (
        "its title is in another language, which PubMed's title search does not hold, and no "
        "record has its journal, volume and first page: check its year, volume and pages, or "
        "add its PMID or DOI"
    )


# CL207's words for a journal ECitMatch knows by no name ("NOT_FOUND;INVALID_JOURNAL").
UNINDEXED_JOURNAL = "names a journal PubMed does not index"


def in_unindexed_journal(resolution: Resolution) -> bool:
    """Whether the resolution says the entry's journal is none PubMed indexes: a verdict only
    all of PubMed can give, not a mirror of part of it."""
    return resolution.status == Status.NOT_IN_PUBMED and resolution.reason.startswith(
        UNINDEXED_JOURNAL
    )


# Words of the journals of fields PubMed does not index, whose methods papers clinical
# articles cite (J Am Stat Assoc, J R Stat Soc B, Educ Psychol Meas, J Stat Softw,
# Psychometrika). A made-up paper names a medical journal, often one that does not exist
# (J Imaginary Med) or is misspelt (N Eng J Medicine): ECitMatch knows neither, and such an
# entry stays "possibly fabricated" (review27a P1-3).
_OTHER_FIELDS = LazyPattern(
    r"\b(?:stat|statist\w*|econom\w*|econometr\w*|math\w*|psychometr\w*|educ\w*|"
    r"softw|software|comput\w*|operat\w*|oper|philos\w*|sociol\w*|learn)\b"
    r"|biometrika|psychometrika|econometrica",
    re.IGNORECASE,
)


def _outside_medicine(journal: str | None) -> bool:
    return journal is not None and _OTHER_FIELDS.search(journal) is not None


def _unindexed_journal(entry: Reference) -> Resolution:
    """An entry nothing matched, in a journal ECitMatch does not know: PubMed cannot hold the
    paper, so finding nothing is no evidence against it. Classic methods papers (J Am Stat
    Assoc, J R Stat Soc B, Educ Psychol Meas) were "possibly fabricated" (user27 P1-9)."""
    reason = f"{UNINDEXED_JOURNAL} by the name it gives ('{entry.journal}')"
    return Resolution(entry.number, Status.NOT_IN_PUBMED, reason=reason)


def not_indexed(entry: Reference) -> Resolution:
    raw = entry.raw or ""
    what = kind_named(raw) or "a guideline, book or web page"
    reason = f"{what}, which PubMed does not index"
    return Resolution(entry.number, Status.NOT_IN_PUBMED, reason=reason)


def unanswered(entry: Reference) -> Resolution:
    """What resolving the entry (as looked up) comes to when every question fails as offline
    ones do: the verdict asking would give, without asking.

    An entry giving a PMID, DOI or PMC id is asked about by it, and
    ``entry_kind`` never calls it plainly unindexed: its verdict is known without its kind,
    the dearest test (most entries of a real list give one). The others are asked about
    only by their citation details or title."""
    has_doi = False
    if may_give_identifier(entry):
        doi = entry_doi(entry)
        if doi and "10.1101/" in doi:
            from citelint.pubmed.unindexed_dois import impossible_preprint_doi  # few entries

            if made_up := impossible_preprint_doi(entry, doi):
                return made_up
        if doi or entry_pmid(entry) or entry_pmc(entry):
            return Resolution(entry.number, Status.UNVERIFIED, reason=OFFLINE_REASON)
        has_doi = doi is not None
    if plainly_unindexed(entry, has_doi=has_doi):
        return not_indexed(entry)
    if has_citation(entry) or asks_title(entry):
        # Asking would fail, and ``unresolved`` gives a failure before it reads the kind: whether
        # PubMed may not index the entry, or should, is not worth its dozen scans here.
        return Resolution(entry.number, Status.UNVERIFIED, reason=OFFLINE_REASON)
    kind = kind_without_pmid(entry, has_doi=has_doi)
    return unresolved(entry, kind, None, None, searchable=False)


class UnansweredResolver:
    """Offline with no cache and no mirror, nothing can answer: the answers of
    ``EntrezResolver`` with ``OfflineClient`` and no cache, without loading the lookups."""

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        return [unanswered(as_looked_up(reference)) for reference in references]

    def search_labels(
        self, terms: Sequence[str], keep: Callable[[str, Record], bool]
    ) -> dict[str, list[Record] | None]:
        """Every search fails."""
        return dict.fromkeys(terms)

    def answers_nothing(self) -> bool:
        return True

    def close(self) -> None:
        pass


class StaticResolver:
    """Resolves entries against a fixed set of records, by PMID, DOI, title or metadata.

    Used by tests and the rule catalogue (records from ``fixtures/entrez/pubmed``), and for
    any source that already holds the records, such as a lock file.
    """

    def __init__(self, records: Iterable[Record]) -> None:
        self.records = {record.pmid: record for record in records}

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        return [self._resolve(as_looked_up(entry)) for entry in references]

    def close(self) -> None:
        pass

    def search_labels(
        self, terms: Sequence[str], keep: Callable[[str, Record], bool]
    ) -> dict[str, list[Record] | None]:
        """Every record it holds that ``keep`` accepts is a candidate for every label."""
        return {term: [r for r in self.records.values() if keep(term, r)] for term in terms}

    def _resolve(self, entry: Reference) -> Resolution:
        kind = entry_kind(entry)
        if kind == NOT_INDEXED:
            return not_indexed(entry)
        pmid, doi = entry_pmid(entry), entry_doi(entry)
        identified = [
            r
            for r in self.records.values()
            if r.pmid == pmid or (doi and (r.doi or "").lower() == doi)
        ]
        found = decide(entry, identified, self.records.values())
        if found is not None:
            return found
        named = identified[0] if identified else None
        return unresolved(entry, kind, named, None, True, searched=self._searched(entry))

    def _searched(self, entry: Reference) -> Searched:
        """Every record is at hand, so "no record shares the title's words" is known here."""
        from citelint.pubmed.matching import readings, record_title_similarity

        titles = [option.title for option in readings(entry) if option.title]
        near = (
            [
                (max(record_title_similarity(title, record) for title in titles), record)
                for record in self.records.values()
            ]
            if titles
            else []
        )
        near = [(similarity, record) for similarity, record in near if similarity >= NEAR_TITLE]
        closest = max(near, key=lambda item: item[0])[1] if near else None
        shares = bool(titles) and not near
        evidence = "no PubMed record shares the title's distinctive words" if shares else None
        return Searched(["the records at hand"], evidence, closest)


class OfflineResolver:
    """Knows no records: every entry that PubMed could hold is unverified."""

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        return [
            not_indexed(entry)
            if entry_kind(entry) == NOT_INDEXED
            else Resolution(entry.number, Status.UNVERIFIED, reason=OFFLINE_REASON)
            for entry in references
        ]

    def close(self) -> None:
        pass
