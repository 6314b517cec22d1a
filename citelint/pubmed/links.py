"""Each inline citation's record against its label, and the paper a wrong one likely meant.

Runs after resolution, over every document at once: the labels whose records do not fit,
and the PMIDs PubMed does not have, are searched for in one batched round (see
``label_search``), so the suggestions cost a few requests for the whole run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from citelint.inline_citation import InlineCitation
from citelint.models import Resolution, Status
from citelint.pubmed.label_fit import FITS, MISFITS, UNSURE, Fit, judge
from citelint.pubmed.labels import Clues, read_clues
from citelint.pubmed.record_index import index_record
from citelint.pubmed.suggest import (
    MARGIN,
    LabelQuery,
    asks_for_other_than_results,
    choose,
    reports_results,
    search_term,
)
from citelint.read.inline_view import InlineView
from citelint.read.links import URL
from citelint.record import Record
from citelint.suggestion import Suggestion
from citelint.support.terms import key_terms

if TYPE_CHECKING:
    from citelint.pubmed.label_search import LabelSearcher

_MARKUP = re.compile(r"<[^<>]{0,500}>")


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


def label_query(citation: InlineCitation, read: dict[str, Clues] | None = None) -> LabelQuery:
    """The citation's clues: its link text, or for a bare mention the words before it, with the
    sentence or row around it as context. ``read`` holds contexts already read: the k links of
    one sentence share it, and reading it k times cost k² time."""
    context = _context_clues(citation.context, read)
    if citation.link_text:
        clues = read_clues(citation.link_text)
        return LabelQuery(search_term(clues) or "", clues, context, False)
    clues = _context_clues(citation.near or citation.context, read)
    return LabelQuery(search_term(clues, sentence=True) or "", clues, context, True)


def _context_clues(text: str, read: dict[str, Clues] | None) -> Clues:
    if read is None:
        return read_clues(text, with_years=False)
    if text not in read:
        read[text] = read_clues(text, with_years=False)
    return read[text]


def judge_citation(
    citation: InlineCitation, query: LabelQuery, record: Record, document: set[str]
) -> Fit:
    return judge(
        query.clues, index_record(record), query.context, query.sentence, citation.shared, document
    )


def document_terms(text: str) -> set[str]:
    """The key terms of a whole article, its markup and addresses left out."""
    return key_terms(_MARKUP.sub(" ", URL.sub(" ", text)))


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
        terms = document_terms(view.document.text)
        contexts: dict[str, Clues] = {}
        for number, citation in enumerate(view.citations, start=1):
            resolution = found.get(number)
            query = label_query(citation, contexts)
            check = LinkCheck()
            checks[path][number] = check
            if resolution is None:
                continue
            if resolution.status == Status.RESOLVED and resolution.record is not None:
                check.fit = judge_citation(citation, query, resolution.record, terms)
                wanted = check.fit.verdict == MISFITS or (
                    check.fit.verdict == UNSURE and check.fit.against
                )
                # A link to a trial's design paper or a comment on it fits the trial's name,
                # but the label means the results; a search tells whether they differ.
                wanted = wanted or (
                    check.fit.verdict == FITS
                    and not reports_results(resolution.record)
                    and not asks_for_other_than_results(query)
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
        fit = item.check.fit
        if fit is not None and fit.verdict in (UNSURE, FITS):
            # A label that fits its record in part is called wrong only when another paper
            # fits it clearly better, or is the report of results of the trial whose design
            # paper or comment the link names.
            family = fit.verdict == FITS and names_trial_too(choice.fit, fit)
            if not family and (names_a_trial(fit) or choice.fit.score < fit.score + MARGIN):
                continue  # the cited paper is the trial the label names; the rest is a slip
            fit.verdict = MISFITS
            fit.against.append(f"PMID {choice.record.pmid} fits the label better")
        item.check.suggestion = _suggestion(item.citation, choice.record)


def names_a_trial(fit: Fit) -> bool:
    return any(" in the " in reason for reason in fit.strong + fit.agree)


def names_trial_too(candidate: Fit, cited: Fit) -> bool:
    """Whether the candidate names the trial the cited paper's label names."""
    named = {
        reason.split(" in the ")[0] for reason in cited.strong + cited.agree if " in the " in reason
    }
    return any(
        reason.split(" in the ")[0] in named
        for reason in candidate.strong + candidate.agree
        if " in the " in reason
    )


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
        return replace(resolution, reason="no such PMID in PubMed; possibly fabricated")
    what = "DOI" if citation.kind == "doi" else "PMC article"
    reason = f"PubMed has no record of this {what}"
    return Resolution(resolution.reference, Status.NOT_IN_PUBMED, reason=reason)


def label_clues(citation: InlineCitation) -> Clues:
    """The clues shown in messages: the link text's, or the words before a bare mention."""
    return label_query(citation).clues
