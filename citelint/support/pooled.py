"""A review's own pooled estimate: a number no single cited abstract states.

A systematic review's summary-of-findings table or forest-plot row gives the estimate it
pooled from the trials it cites ("| CV death or worsening HF | HR 0.74 (0.68-0.82) | ⊕⊕⊕⊕ High |
2 RCTs [1,2] |"); the pooled interval is the review's, so CL301 must not ask the trials'
abstracts for it (user24 P1 8). Only a number under a citation of several papers is the
review's, and only when none of them is itself a meta-analysis or systematic review (whose
abstract states its pooled result); a number cited to one paper is checked as ever.

A heterogeneity statistic ("I² = 0%" under a forest plot, RevMan's "Tau² = 0.00; Chi² = 1.23,
df = 2 (P = 0.54)") is the review's own computation however many papers it cites: no trial's
abstract states it, so it is checked only against a cited review (sr_jats.xml's caption).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citelint.models import Claim
from citelint.record import Record
from citelint.support.clauses import closing_citations
from citelint.support.numbers import Quantity, extract_numbers

# What marks a pooled estimate: the words of pooling, GRADE's certainty ratings, or the count
# of studies an estimate rests on ("2 RCTs", "5 trials", "k = 4"; not "phase 3 trials").
_POOLED = re.compile(
    r"\b(?i:pooled|meta-?\s?analy[sz]\w*|summary estimate|overall estimate)\b"
    r"|[⊕⨁]"
    r"|\b(?i:certainty|quality) of (?i:the )?evidence\b"
    r"|\b(?i:high|moderate|low|very low) (?i:certainty)\b"
    r"|(?<![Pp]hase )\b(?:\d+|(?i:two|three|four|five|six|seven|eight|nine|ten)) "
    r"(?i:RCTs|randomi[sz]ed (?:controlled )?trials|trials|studies|cohorts)\b"
    r"|\bk\s*=\s*\d+\b"
)
# A row of a GRADE evidence profile or summary-of-findings table: its certainty rated in
# GRADE's symbols or words, beside the cells table rows are read with ("; ").
_CERTAINTY = re.compile(
    r"[⊕⨁]|\b(?i:high|moderate|low|very low) (?i:certainty)\b"
    r"|\b(?i:certainty|quality) of (?i:the )?evidence\b"
)
_CELLS = 3  # cells of a row at least: an outcome, a figure, a rating
# How far a count said to be "about" or "nearly" the cited papers' total may be from it.
_ABOUT_TOTAL = 0.1
_REVIEW_TYPES = frozenset({"Meta-Analysis", "Systematic Review", "Network Meta-Analysis"})
_SQUARED = r"\s*(?:²|\^?\s*2|-?\s*squared)"
# What a heterogeneity statistic's value follows: its name (I², τ², Tau², Chi², χ², Cochran's Q,
# "df" after a chi-square), the p of a test for heterogeneity, or the Z and p of RevMan's "Test
# for overall effect". Read on the text just before the number.
# What follows a statistic's name up to its value: "I² statistic was", "τ² =", "Chi² <".
_TO_VALUE = r"\s*(?i:statistic)?\s*(?:=|:|of|was|,)?\s*(?:[<>≤≥]\s*)?$"
_HETEROGENEITY_BEFORE = re.compile(
    rf"(?:\bI|τ|\b(?i:tau)|\b(?i:chi)|χ){_SQUARED}{_TO_VALUE}"
    r"|(?:\b(?i:Cochran)'?s\s+)?\bQ\s*(?i:statistic)?\s*(?:=|:)\s*$"
    r"|\b(?i:Chi|χ)[^;]{0,30}\bdf\s*=\s*$"
    r"|\bdf\s*=\s*\d+\s*[,;(]\s*[Pp]\s*(?:=|<|>|≤|≥)\s*$"
    r"|\b(?i:p|p-value)\s*(?i:for|of)?\s*(?i:heterogeneity)\s*(?:=|<|>|≤|≥|:)\s*$"
    r"|\b(?i:heterogeneity)\b[^;.]{0,25}?\b[Pp]\s*(?:=|<|>|≤|≥)\s*$"
    r"|\b(?i:overall effect):?\s*Z\s*=\s*$"
    r"|\b(?i:overall effect):?\s*Z\s*=\s*[\d.]+\s*[,;(]\s*[Pp]\s*(?:=|<|>|≤|≥)\s*$"
)
# The "2" of "I2", "I^2", "tau2" written without a superscript is the statistic's name.
# Glued to it: "stage I 2-year survival" is no I².
_SQUARE_NAME_BEFORE = re.compile(r"(?:\bI|τ|\b(?i:tau|chi)|χ)\^?$")
# I² and τ² describe pooled studies whatever is cited; a p, Q or chi-square "for heterogeneity"
# under one trial's citation is that trial's own subgroup test, and checked (review25b P2-2).
_SQUARED_BEFORE = re.compile(rf"(?:\bI|τ|\b(?i:tau)){_SQUARED}{_TO_VALUE}")


def reviews_own(claim: Claim, quantity: Quantity, records: Iterable[tuple[int, Record]]) -> bool:
    """Whether ``quantity`` of ``claim`` is the citing review's own computation, which no
    single cited abstract is expected to state: a pooled estimate (``pooled_estimate``) or a
    heterogeneity statistic (unless a cited record is itself a review, whose abstract may
    state it). CL301 and the audit both ask this of every number no abstract holds."""
    records = list(records)
    if heterogeneity_statistic(claim.text, quantity):
        if _cites_review(records, set(claim.numbers)):
            return False
        before = _text_before(claim.text, quantity)
        return len(set(claim.numbers)) >= 2 or _SQUARED_BEFORE.search(before) is not None
    return pooled_estimate(claim, quantity, records) or pooled_count(claim, quantity, records)


def heterogeneity_statistic(text: str, quantity: Quantity) -> bool:
    """Whether the number at ``quantity`` of ``text`` is the value (or the name's "2") of an
    I², τ², Q or chi-square statistic, or the p of a test for heterogeneity."""
    before = _text_before(text, quantity)
    if quantity.raw == "2" and _SQUARE_NAME_BEFORE.search(before):
        return True
    return _HETEROGENEITY_BEFORE.search(before) is not None


def _text_before(text: str, quantity: Quantity) -> str:
    """The text a statistic's name and sign stand in, just before its value."""
    return text[max(0, quantity.start - 45) : quantity.start]


def _cites_review(records: Iterable[tuple[int, Record]], numbers: set[int]) -> bool:
    return any(
        _REVIEW_TYPES.intersection(record.publication_types)
        for number, record in records
        if number in numbers
    )


def pooled_estimate(
    claim: Claim, quantity: Quantity, records: Iterable[tuple[int, Record]]
) -> bool:
    """Whether ``quantity`` of ``claim`` is a review's own estimate, pooled from the several
    papers the citation closing its clause cites; ``records`` are the cited entries' records
    by entry number."""
    if _POOLED.search(claim.text) is None:
        return False
    closing = closing_citations(claim, quantity.start)
    numbers = set(closing[1] if closing is not None else claim.numbers)
    if len(numbers) < 2:
        return False
    return not _cites_review(records, numbers)


def certainty_row(text: str) -> bool:
    """Whether a claim is a row of a GRADE evidence profile ("Progression to cancer; 12;
    17,432; 0.33% (0.28–0.38); ⊕⊕◯◯ Low"): cells, and a certainty rating among them."""
    return text.count("; ") >= _CELLS - 1 and _CERTAINTY.search(text) is not None


def pooled_count(claim: Claim, quantity: Quantity, records: Iterable[tuple[int, Record]]) -> bool:
    """Whether ``quantity`` counts the patients of the several papers the citation closing
    its clause cites together: "four trials compared DOACs with warfarin in more than 71 000
    patients [3-6]", the sum of their abstracts' sizes (user30b P1-2). "More than" a figure
    the sizes add up to at least, "about" or "nearly" one within a tenth of their sum, or the
    sum itself; each abstract's size is the largest it states."""
    if quantity.role != "sample-size":
        return False
    closing = closing_citations(claim, quantity.start)
    numbers = set(closing[1] if closing is not None else claim.numbers)
    sizes = [_largest_sample(record) for number, record in records if number in numbers]
    sizes = [size for size in sizes if size > 0]
    if len(numbers) < 2 or len(sizes) < 2:
        return False
    total = sum(sizes)
    if quantity.bound == ">":
        return quantity.value <= total
    if len(sizes) < len(numbers):
        return False  # a paper's size unknown: no sum to be near
    if quantity.approximate:
        return abs(quantity.value - total) <= _ABOUT_TOTAL * total
    return quantity.value == total


def _largest_sample(record: Record) -> float:
    counts = [q.value for q in extract_numbers(record.abstract) if q.role == "sample-size"]
    return max(counts, default=0.0)
