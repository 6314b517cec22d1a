"""Each inline citation's record against its label, and the paper a wrong one likely meant.

Runs after resolution, over every document at once: the labels whose records do not fit,
and the PMIDs PubMed does not have, are searched for in one batched round (see
``label_search``), so the suggestions cost a few requests for the whole run.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from citelint.models import InlineCitation, Record, Resolution, Status, Suggestion
from citelint.pubmed.label_fit import MISFITS, UNSURE, Fit, index_record, judge
from citelint.pubmed.label_search import LabelSearcher
from citelint.pubmed.labels import Clues, read_clues
from citelint.pubmed.suggest import LabelQuery, choose, names_trial, search_term
from citelint.read.inline_view import InlineView


@dataclass
class LinkCheck:
    """What is known about one inline citation's label."""

    fit: Fit | None = None  # None: no record to judge, or no label to judge it by
    suggestion: Suggestion | None = None


@dataclass
class _Pending:
    path: str
    number: int
    citation: InlineCitation
    query: LabelQuery
    check: LinkCheck


def label_query(citation: InlineCitation) -> LabelQuery:
    """The citation's clues: its link text, or for a bare mention the words before it, with the
    sentence or row around it as context."""
    context = read_clues(citation.context, with_years=False)
    if citation.link_text:
        clues = read_clues(citation.link_text)
        return LabelQuery(search_term(clues, context) or "", clues, context, False)
    clues = read_clues(citation.near or citation.context, with_years=False)
    return LabelQuery(search_term(clues, context) or "", clues, context, True)


def judge_citation(citation: InlineCitation, query: LabelQuery, record: Record) -> Fit:
    return judge(query.clues, index_record(record), query.context, query.sentence, citation.shared)


def check_links(
    views: Mapping[str, InlineView],
    resolutions: Mapping[str, Mapping[int, Resolution]],
    searcher: LabelSearcher | None,
) -> dict[str, dict[int, LinkCheck]]:
    """The label check of every inline citation, by document path and citation number."""
    checks: dict[str, dict[int, LinkCheck]] = {}
    pending: list[_Pending] = []
    for path, view in views.items():
        found = resolutions.get(path, {})
        checks[path] = {}
        for number, citation in enumerate(view.citations, start=1):
            resolution = found.get(number)
            query = label_query(citation)
            check = LinkCheck()
            checks[path][number] = check
            if resolution is None:
                continue
            if resolution.status == Status.RESOLVED and resolution.record is not None:
                check.fit = judge_citation(citation, query, resolution.record)
                wanted = check.fit.verdict == MISFITS or (
                    check.fit.verdict == UNSURE and check.fit.against
                )
            else:
                wanted = resolution.status == Status.NOT_FOUND and citation.kind == "pmid"
            if wanted and query.term:
                pending.append(_Pending(path, number, citation, query, check))
    if pending and searcher is not None:
        _suggest(pending, searcher, resolutions)
    return checks


def _suggest(
    pending: Sequence[_Pending],
    searcher: LabelSearcher,
    resolutions: Mapping[str, Mapping[int, Resolution]],
) -> None:
    queries = {item.query.term: item.query for item in pending}

    def keep(term: str, record: Record) -> bool:
        query = queries[term]
        fit = judge(query.clues, index_record(record), query.context, query.sentence)
        return fit.verdict != MISFITS and (bool(fit.strong) or bool(fit.agree))

    answers = searcher.search_labels(list(queries), keep)
    for item in pending:
        candidates = answers.get(item.query.term)
        if not candidates:
            continue
        resolution = resolutions.get(item.path, {}).get(item.number)
        cited = resolution.record.pmid if resolution and resolution.record else None
        choice = choose(item.query, candidates, cited)
        if choice is None:
            continue
        if item.check.fit is not None and item.check.fit.verdict == UNSURE:
            # A label that half fits its record is called wrong only when another paper
            # fits it clearly and strongly.
            if not (choice.fit.strong or names_trial(choice.fit)):
                continue
            item.check.fit.verdict = MISFITS
        item.check.suggestion = _suggestion(item.citation, choice.record)


def _suggestion(citation: InlineCitation, record: Record) -> Suggestion:
    replacement = {"pmid": record.pmid, "doi": record.doi, "pmc": record.pmc}[citation.kind]
    return Suggestion(record.pmid, record.title, replacement or None, citation.raw)


def inline_resolution(citation: InlineCitation, resolution: Resolution) -> Resolution:
    """A citation's outcome in its own words.

    A DOI or PMC article PubMed does not hold is no sign of a made-up paper (PubMed indexes
    only part of what has a DOI), so it is "not in PubMed" (CL207), not "not found" (CL201).
    """
    if resolution.status != Status.NOT_FOUND or resolution.identifier_record is not None:
        return resolution
    if citation.kind == "pmid":
        return replace(resolution, reason="no such PMID in PubMed")
    what = "DOI" if citation.kind == "doi" else "PMC article"
    reason = f"PubMed has no record of this {what}"
    return Resolution(resolution.reference, Status.NOT_IN_PUBMED, reason=reason)


def label_clues(citation: InlineCitation) -> Clues:
    """The clues shown in messages: the link text's, or the words before a bare mention."""
    return label_query(citation).clues
