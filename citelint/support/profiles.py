"""Claims and records broken up once, so that scoring one against the other is cheap.

A document's claims are each profiled once and its records each once; the scorer then
compares profiles, never raw text, however many entries a claim is compared with.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property

from citelint.pubmed.vocabulary import BRAND_NAMES, LAY_TERMS
from citelint.record import Record
from citelint.support.cues import Facets, claim_facets, is_protocol, record_facets, reports_null
from citelint.support.designs import names_design
from citelint.support.numbers import Quantity, extract_numbers
from citelint.support.source_kinds import SourceNumbers, source_numbers
from citelint.support.terms import (
    WeightedTerms,
    find_abbreviations,
    key_terms,
    known_abbreviations,
    stem,
    weigh,
    weighted_terms,
)

MIN_PREFIX = 5
# Neighbouring content words of a record within this distance count as a phrase pair, so
# "stimulation of the spinal cord" still holds "spinal cord stimulation"'s pairs.
PAIR_WINDOW = 2

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[\"'])")
_NO_BREAK_AFTER = re.compile(
    r"(?:\bet al|\bvs|\bi\.e|\be\.g|\bapprox|\bFig|\bNo|\bDr|\bcf|\bref|\bsp|\bSt)\.$", re.I
)

Pair = tuple[str, str]


@dataclass
class ClaimProfile:
    """A claim broken up once: its weighted terms, phrase pairs and numbers."""

    text: str
    terms: WeightedTerms
    pairs: dict[Pair, float]
    quantities: list[Quantity]
    names_design: bool
    facets: Facets
    # The claim's lay words with the medical terms a record may say them in ("steroids":
    # dexamethasone, corticosteroid...), as ``citelint.pubmed.label_fit`` reads link labels.
    alternatives: dict[str, frozenset[str]] = field(default_factory=dict)


class RecordProfile:
    """A record broken up once for scoring many claims against it.

    Its sentences and their terms are made up front, each sentence tokenised once (the
    record's terms, which the index needs, are their union); phrase pairs, numbers, prefixes
    and rarity are made the first time a claim is scored against the record, since many
    entries of a long list are only ever looked up in the index.
    """

    def __init__(self, record: Record) -> None:
        self.record = record
        self.abbreviations = find_abbreviations(f"{record.title}\n{record.abstract}")
        parts = record.abstract_sections or [(None, record.abstract)]
        self.sentences = [record.title.strip()] if record.title.strip() else []
        # Each sentence's abstract section label ("BACKGROUND", "RESULTS"); None for the
        # title and an unstructured abstract's sentences.
        self.sections: list[str | None] = [None] * len(self.sentences)
        for label, part in parts:
            pieces = split_sentences(part)
            self.sentences.extend(pieces)
            self.sections.extend([label] * len(pieces))
        self.sentence_terms: list[frozenset[str]] = []
        self._sequences: list[list[str]] = []
        known = known_abbreviations(self.abbreviations)
        for sentence in self.sentences:
            weighted = weigh(sentence, known)
            self.sentence_terms.append(frozenset(weighted.weights))
            self._sequences.append(weighted.sequence)
        terms: set[str] = set().union(*self.sentence_terms)
        for heading in record.mesh_terms:
            terms |= key_terms(heading.split("/")[0])
        self.terms = frozenset(terms)

    @property
    def has_abstract(self) -> bool:
        return bool(self.record.abstract.strip())

    @cached_property
    def pairs(self) -> frozenset[Pair]:
        pairs: set[Pair] = set()
        for sequence in self._sequences:
            pairs.update(_window_pairs(sequence))
        return frozenset(pairs)

    @cached_property
    def facets(self) -> Facets:
        """Populations and drugs the record names (``citelint.support.cues``)."""
        return record_facets(self.terms, self.record.mesh_terms)

    @cached_property
    def is_protocol(self) -> bool:
        return is_protocol(self.record)

    @cached_property
    def reports_null(self) -> bool:
        return reports_null(self.record)

    @cached_property
    def numbers(self) -> SourceNumbers:
        return source_numbers(f"{self.record.title}\n{self.record.abstract}")

    @cached_property
    def prefixes(self) -> dict[str, list[str]]:
        """Terms by their first MIN_PREFIX letters, for partial matches without a full scan."""
        prefixes: dict[str, list[str]] = {}
        for term in sorted(self.terms):
            if len(term) >= MIN_PREFIX:
                prefixes.setdefault(term[:MIN_PREFIX], []).append(term)
        return prefixes

    @cached_property
    def rarity(self) -> dict[str, float]:
        """Inverse sentence frequency of each term, for choosing the evidence sentence."""
        return _rarity(self.sentence_terms)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, not broken after "et al.", "vs.", "e.g." and the like."""
    pieces = _SENTENCE_BREAK.split(text.strip())
    sentences: list[str] = []
    for piece in pieces:
        # The longest abbreviation and the letter before it fit in the last 12 characters.
        if sentences and _NO_BREAK_AFTER.search(sentences[-1][-12:]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece.strip():
            sentences.append(piece.strip())
    return sentences


def profile_claim(text: str, abbreviations: Mapping[str, str] | None = None) -> ClaimProfile:
    terms = weighted_terms(text, dict(abbreviations or {}))
    return ClaimProfile(
        text=text,
        terms=terms,
        pairs=claim_pairs(terms),
        quantities=extract_numbers(text),
        names_design=names_design(text),
        facets=claim_facets(frozenset(terms.weights)),
        alternatives={**lay_alternatives(text), **brand_alternatives(terms)},
    )


@cache
def _lay_words() -> re.Pattern[str]:
    # Made on the first claim scored: checks without abstracts never need it.
    names = sorted(LAY_TERMS, key=len, reverse=True)
    # Searched in the lowered text: a case-blind alternation is several times slower.
    firsts = "".join(sorted({name[0] for name in names}))
    return re.compile(rf"\b(?=[{firsts}])(?:" + "|".join(map(re.escape, names)) + r")\b")


def lay_alternatives(text: str) -> dict[str, frozenset[str]]:
    """The stems of the lay words of ``text``, each with the stems of its medical terms."""
    alternatives: dict[str, set[str]] = {}
    for match in _lay_words().finditer(text.lower()):
        medical = key_terms(LAY_TERMS[match.group(0)])
        # Only the phrase's last word, its head ("sugar" of "blood sugar"): one medical
        # term is credited once, not for every word of the phrase.
        for term in key_terms(match.group(0).split()[-1]):
            alternatives.setdefault(term, set()).update(medical - {term})
    return {term: frozenset(others) for term, others in alternatives.items() if others}


@cache
def _brand_generics() -> dict[str, frozenset[str]]:
    return {stem(brand): frozenset(key_terms(generic)) for brand, generic in BRAND_NAMES.items()}


def brand_alternatives(terms: WeightedTerms) -> dict[str, frozenset[str]]:
    """The claim's brand names ("Wegovy"), each with the stems of its generic: a partial
    match, as for lay words (user32b P1-2)."""
    generics = _brand_generics()
    return {term: generics[term] for term in terms.weights if term in generics}


def claim_pairs(terms: WeightedTerms) -> dict[Pair, float]:
    """Each pair of neighbouring content terms, weighted by its more informative word."""
    pairs: dict[Pair, float] = {}
    for first, second in zip(terms.sequence, terms.sequence[1:], strict=False):
        if first != second:
            pair = (min(first, second), max(first, second))
            pairs[pair] = max(terms.weights[first], terms.weights[second])
    return pairs


def profile_record(record: Record) -> RecordProfile:
    return RecordProfile(record)


def _window_pairs(sequence: list[str]) -> set[Pair]:
    pairs: set[Pair] = set()
    for distance in range(1, PAIR_WINDOW + 1):
        for first, second in zip(sequence, sequence[distance:], strict=False):
            if first < second:
                pairs.add((first, second))
            elif second < first:
                pairs.add((second, first))
    return pairs


def _rarity(sentence_terms_list: list[frozenset[str]]) -> dict[str, float]:
    """Inverse sentence frequency of each term of the record, between about 0.4 and 1."""
    count = len(sentence_terms_list)
    frequency: dict[str, int] = {}
    for sentence_terms in sentence_terms_list:
        for term in sentence_terms:
            frequency[term] = frequency.get(term, 0) + 1
    top = math.log(1 + count)
    return {term: math.log(1 + count / n) / top for term, n in frequency.items()}
