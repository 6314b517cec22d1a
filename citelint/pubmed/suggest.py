"""The paper a wrong link's label most likely meant: a PubMed query from the label's clues,
and the one candidate that clearly fits the label better than any other.

A suggestion is made only when it can be trusted: the winner must fit strongly (the trial's
name in its title or abstract, first author and year, or the label as its title) and beat
every other candidate by a clear margin. Otherwise the finding names no paper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from citelint.pubmed.label_fit import (
    FITS,
    NOT_THE_RESULTS,
    NOTICE_TYPES,
    Fit,
    judge,
)
from citelint.pubmed.labels import Clues
from citelint.pubmed.record_index import index_record
from citelint.record import Record

# The winner's score must beat the runner-up's by this much (see label_fit.judge's score).
MARGIN = 1.5
TOPIC_WORDS = 3  # at most this many topic words in a query
_QUOTE_UNSAFE = re.compile(r"[\"\[\]()*]")
_COMMENTARY = re.compile(r"\b(?:editorial|comment(?:ary)?|letter|erratum|correction)\b", re.I)


@dataclass(frozen=True)
class LabelQuery:
    """What is asked of PubMed for one label, and how its answers are judged."""

    term: str
    clues: Clues
    context: Clues | None
    sentence: bool


def search_term(clues: Clues, sentence: bool = False) -> str | None:
    """An ESearch term for a label; None when the label is too vague to search.

    The trial's name, the first author and the year narrow most; a link text's topic words
    are added when those are missing. A bare mention's sentence is the article's own prose:
    only the names, drugs and years in it are sent, never its other words.
    """
    parts = [f'"{_safe(acronym)}"[tiab]' for acronym in clues.acronyms[:2]]
    if clues.authors:
        parts.append(f"{_safe(clues.authors[0])}[1au]")
    parts += [f"{drug}[tiab]" for drug in clues.drugs[:2]]
    named = bool(clues.acronyms or clues.authors)
    if clues.years and (named or clues.drugs or len(clues.words) >= 2):
        year = clues.years[0]
        parts.append(f"{year - 1}:{year + 1}[dp]")
    if not named and (clues.drugs or sentence):
        return "(" + " AND ".join(parts) + ")" if clues.drugs else None
    if not named:
        words = _topic_words(clues)
        if len(words) < (2 if clues.years else 3):
            return None
        parts += [f"{word}[tiab]" for word in words]
    if len(parts) < 2 and not clues.acronyms:
        return None
    return "(" + " AND ".join(parts) + ")"


def _safe(text: str) -> str:
    return " ".join(_QUOTE_UNSAFE.sub(" ", text).split())


def _topic_words(clues: Clues) -> list[str]:
    """The most telling topic words of a link text: the longest first."""
    taken = {drug.lower() for drug in clues.drugs}
    words = [
        word.lower()
        for word in dict.fromkeys(clues.words)
        if len(word) >= 5 and word.lower() not in taken and word.isalpha()
    ]
    words.sort(key=len, reverse=True)
    return [_safe(word) for word in words[:TOPIC_WORDS]]


@dataclass(frozen=True)
class Choice:
    record: Record
    fit: Fit


def choose(query: LabelQuery, candidates: Sequence[Record], cited: str | None) -> Choice | None:
    """The one candidate that clearly fits the label best, or None."""
    fits: list[Choice] = []
    for record in {record.pmid: record for record in candidates}.values():
        if record.pmid == cited:
            continue
        fit = judge(query.clues, index_record(record), query.context, query.sentence)
        if fit.verdict == FITS and (fit.strong or names_trial(fit)):
            fits.append(Choice(record, fit))
    # A trial's name means its report of results, not its design paper, a re-analysis or a
    # comment, unless the label asks for one of those.
    if not asks_for_other_than_results(query):
        fits = [choice for choice in fits if reports_results(choice.record)]
    reports = sorted(fits, key=lambda choice: choice.fit.score, reverse=True)
    if not reports:
        return None
    best = reports[0]
    rivals = [c for c in reports[1:] if best.fit.score - c.fit.score < MARGIN]
    if not rivals:
        return best
    clues = query.clues
    if clues.acronyms and not (clues.authors or clues.loose_authors or clues.years):
        # Several papers of one trial: its name alone means its first report.
        family = sorted([best, *rivals], key=lambda c: (c.record.year or 9999, int(c.record.pmid)))
        if family[0].record.year is not None and family[0].record.year != family[1].record.year:
            return family[0]
    return None


def asks_for_other_than_results(query: LabelQuery) -> bool:
    words = " ".join(filter(None, [query.clues.text, query.context.text if query.context else ""]))
    return bool(NOT_THE_RESULTS.search(words) or _COMMENTARY.search(words))


def names_trial(fit: Fit) -> bool:
    return any(reason.endswith("in the abstract") for reason in fit.agree)


def reports_results(record: Record) -> bool:
    """Neither a comment or notice about a paper, nor a trial's design or a re-analysis."""
    return not NOTICE_TYPES.intersection(record.publication_types) and not NOT_THE_RESULTS.search(
        record.title
    )
