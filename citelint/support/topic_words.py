"""Which of a claim's terms name no topic to judge a record by: words that only word a number,
frame an answer, or say where the claim was read. Moved out of support/terms.py."""

from __future__ import annotations

import re

from citelint.support.terms import is_generic, stem
from citelint.support.word_lists import NUMBER_WORDS, word_list


def _stems(words: list[str]) -> frozenset[str]:
    return frozenset(stem(word) for word in words)


_NUMBER_STEMS = _stems(NUMBER_WORDS)


def words_a_number(term: str) -> bool:
    """Whether ``term`` only words a number ("roughly", "absolute", "points")."""
    return term in _NUMBER_STEMS


# How an answer frames its verdict: "Yes, both add benefit on top of standard care.[1][2]"
# (Perplexity's first line) names no topic to judge a record by either.
_FRAMING_STEMS = _stems(["yes", "add", "adds", "added", "benefit", "benefits", "top"])


# Where a claim was read, not what it says: "So did a version cited from the Cochrane
# Library's own page [3]." borrows its finding from the sentence before (user20 P2).
_SOURCE_STEMS = _stems(word_list("cited cite cites citing website websites cochrane"))
# "version", "page" and "library" say where a claim was read only in such phrases ("a version
# cited from", "version 3 of", "page 4", "its own page", "the Cochrane Library"); in
# "external cephalic version" or "a cDNA library" they are the claim's topic (review21a P3-3).
_SOURCE_PLACE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|own|another|earlier|later|latest|newer|older|updated|"
    r"online|web|print|full|current|previous|home)\s+(?P<place>versions?|pages?|librar(?:y|ies))"
    r"\b|\b(?P<numbered>versions?|pages?)\s+\d|\b(?:Cochrane|online|digital|national)\s+"
    r"(?P<named>librar(?:y|ies))",
    re.IGNORECASE,
)


def source_terms(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` that say where it was read, not what it says."""
    if not any(word in text.lower() for word in ("version", "page", "librar")):
        return frozenset()
    return frozenset(
        stem(word.lower())
        for match in _SOURCE_PLACE.finditer(text)
        for word in match.groups()
        if word
    )


def names_no_topic(term: str, sources: frozenset[str] = frozenset()) -> bool:
    """Whether ``term`` is generic, words a number, frames an answer or names where the claim
    was read (``sources``, from ``source_terms``): no claim's topic."""
    if term.endswith(("'", "’")):
        term = stem(term.rstrip("'’"))  # "Library's"
    return (
        is_generic(term)
        or term in _NUMBER_STEMS
        or term in _FRAMING_STEMS
        or term in _SOURCE_STEMS
        or term in sources
    )
