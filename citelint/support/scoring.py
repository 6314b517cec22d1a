"""How well a PubMed record supports a claim, and which of its sentences says so.

The score weighs each of the claim's key terms by how informative it is (rare biomedical
words a lot, everyday and phrase words such as "play a role" almost nothing; see
``citelint.support.informative``) and asks how much of that weight the record's title,
abstract and MeSH headings cover: over the whole record, in its best single sentence, and as
phrases (pairs of neighbouring words). When the claim states numbers, whether the record
states them too, as the same kind of quantity, counts as well. Everything is deterministic and
can be explained to a reader: the evidence sentence and the matched terms and numbers come
back with the score.

The scorer sits behind one small interface, ``Scorer``: profile a record once, profile a
claim once, compare the two. Another scorer (say, one backed by a language model) can stand
in for ``TermScorer`` without the rules or the audit changing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from citelint.record import Record
from citelint.support.contradiction import contradiction
from citelint.support.cues import (
    DESIGN_FACTOR,
    RESULT_FACTOR,
    Mismatch,
    drug_mismatch,
    null_mismatch,
    outcome_mismatch,
    population_mismatch,
    protocol_mismatch,
)
from citelint.support.designs import design_conflict
from citelint.support.evidence import prefer_findings
from citelint.support.numbers import Quantity
from citelint.support.profiles import (
    ClaimProfile,
    RecordProfile,
    profile_claim,
    profile_record,
    split_sentences,
)
from citelint.support.sources import is_difference_of, matches
from citelint.support.terms import (
    ABBREVIATION_SHARE,
    WeightedTerms,
    add_expansion,
    is_generic,
    stem,
)

__all__ = [
    "SUPPORT_THRESHOLD",
    "RecordProfile",
    "Scorer",
    "Support",
    "TermScorer",
    "assess",
    "assess_profile",
    "best_entries",
    "design_conflict",
    "profile_record",
    "split_sentences",
    "term_credit",
]

# Calibrated on the calibration half of fixtures/support/labelled.json with
# benchmarks/support_quality.py --calibrate: below this score a record does not support a claim.
SUPPORT_THRESHOLD = 0.15
PREFIX_CREDIT = 0.6
# A lay word the record says in medical terms ("steroids" for dexamethasone) counts as a
# partial match: a whole one let one lay word carry an off-topic claim over the threshold
# ("Steroids prevent fractures in older women" against RECOVERY: 0.166; 0.10 at 0.6).
LAY_CREDIT = PREFIX_CREDIT
_NONE: Mapping[str, frozenset[str]] = {}
MIN_PREFIX = 5
# Shares of the text score: coverage over the whole record, in its best sentence, as phrases.
WHOLE_SHARE, SENTENCE_SHARE, PAIR_SHARE = 0.4, 0.4, 0.2
# How much the claim's own numbers, found or not, move the score of a claim that states any.
NUMBER_SHARE = 0.2
# Words every abstract uses count this much when choosing the evidence sentence.
GENERIC_RANK_WEIGHT = 0.25


@dataclass
class Support:
    """What a record says about a claim."""

    score: float  # 0..1, the informative share of the claim the record covers
    evidence: str | None  # the record sentence (or title) that best matches the claim
    evidence_score: float
    numbers_found: list[Quantity] = field(default_factory=list)
    numbers_missing: list[Quantity] = field(default_factory=list)
    design_conflict: str | None = None
    claim_terms: set[str] = field(default_factory=set)
    matched_terms: set[str] = field(default_factory=set)
    # Informative weight of the claim's terms: how much the claim says at all.
    claim_weight: float = 0.0
    # What words alone miss and lowered the score: another population, drug, result.
    mismatches: list[str] = field(default_factory=list)


class Scorer(Protocol):
    """What the rules and the audit need from a scorer."""

    def profile_record(self, record: Record) -> RecordProfile: ...

    def profile_claim(
        self, text: str, abbreviations: Mapping[str, str] | None = None
    ) -> ClaimProfile: ...

    def assess(self, claim: ClaimProfile, record: RecordProfile) -> Support: ...

    def upper_bound(self, claim: ClaimProfile, record: RecordProfile) -> float:
        """A score ``assess`` cannot exceed, found cheaply (1.0 when a scorer cannot tell):
        it lets CL303 skip entries that could not fit a claim better than the cited one."""
        ...


class TermScorer:
    """The deterministic scorer: informative terms, phrase pairs and typed numbers."""

    def profile_record(self, record: Record) -> RecordProfile:
        return profile_record(record)

    def profile_claim(
        self, text: str, abbreviations: Mapping[str, str] | None = None
    ) -> ClaimProfile:
        return profile_claim(text, abbreviations)

    def assess(self, claim: ClaimProfile, record: RecordProfile) -> Support:
        return score_profiles(claim, record)

    def upper_bound(self, claim: ClaimProfile, record: RecordProfile) -> float:
        return score_bound(claim, record)


def _claim_weights(claim: ClaimProfile, profile: RecordProfile) -> dict[str, float]:
    """The claim's term weights, with abbreviations only the record defines spelled out."""
    defined = [a for a in claim.terms.open_abbreviations if a in profile.abbreviations]
    if not defined:
        return claim.terms.weights
    extended = WeightedTerms(dict(claim.terms.weights))
    for abbreviation in defined:
        add_expansion(extended, profile.abbreviations[abbreviation])
    for abbreviation in defined:
        term = stem(abbreviation)
        if term in extended.weights:
            extended.weights[term] *= ABBREVIATION_SHARE
    return extended.weights


def term_credit(
    term: str, profile: RecordProfile, alternatives: Mapping[str, frozenset[str]] = _NONE
) -> tuple[float, str | None]:
    """How much of ``term`` the record covers, and by which of its terms; a lay word
    ("steroids") is covered by any of its medical ``alternatives`` the record has. A term
    sharing its first letters with one of the record's covers part (PREFIX_CREDIT). Link
    labels are read against a record so too (pubmed.label_fit.coverage)."""
    if term in profile.terms:
        return 1.0, term
    for other in sorted(alternatives.get(term, ())):
        if other in profile.terms:
            return LAY_CREDIT, other
    if len(term) >= MIN_PREFIX:
        for other in profile.prefixes.get(term[:MIN_PREFIX], []):
            shared = _common_prefix_length(term, other)
            if shared >= MIN_PREFIX and shared >= 0.75 * min(len(term), len(other)):
                return PREFIX_CREDIT, other
    return 0.0, None


def _common_prefix_length(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def score_profiles(claim: ClaimProfile, profile: RecordProfile) -> Support:
    """Score a profiled claim against a profiled record."""
    weights = _claim_weights(claim, profile)
    found = [q for q in claim.quantities if matches(q, profile.numbers)]
    found += [q for q in claim.quantities if q not in found and is_difference_of(q, found)]
    missing = [q for q in claim.quantities if q not in found]
    conflict = design_conflict(claim.text, profile.record) if claim.names_design else None
    total = sum(weights.values())
    if not weights or total == 0:
        return Support(0.0, None, 0.0, found, missing, conflict, set(weights), set())

    credits = {t: term_credit(t, profile, claim.alternatives) for t in weights}
    matched = {t for t, (credit, _) in credits.items() if credit > 0}
    whole = sum(weights[t] * credit for t, (credit, _) in credits.items()) / total
    phrases = _pair_coverage(claim, credits, profile)

    coverage, best_index = _sentences(weights, total, credits, found, profile)
    text_score = _text_score(whole, max(coverage, default=0.0), phrases)
    score = _with_numbers(text_score, found, missing)
    mismatches = find_mismatches(claim, profile, conflict)
    for mismatch in mismatches:
        score *= mismatch.factor
    evidence = profile.sentences[best_index] if best_index >= 0 else None
    evidence_score = coverage[best_index] if best_index >= 0 else 0.0
    return Support(
        round(score, 4),
        evidence,
        round(evidence_score, 4),
        found,
        missing,
        conflict,
        set(weights),
        matched,
        claim_weight=total,
        mismatches=[m.reason for m in mismatches],
    )


def _sentences(
    weights: dict[str, float],
    total: float,
    credits: dict[str, tuple[float, str | None]],
    found: list[Quantity],
    profile: RecordProfile,
) -> tuple[list[float], int]:
    """Each sentence's weighted coverage of the claim, and which one to show as evidence.

    The score takes the sentence that covers most of the claim. The evidence shown is chosen
    with each term weighted by its rarity among the record's sentences (as in BM25), so the
    topic words every sentence repeats decide little.
    """
    coverage: list[float] = []
    ranks: list[float] = []
    best_index, best_rank = -1, 0.0
    titled, title_rank = bool(profile.record.title.strip()), 0.0
    held = [(t, credit, via) for t, (credit, via) in credits.items() if via is not None]
    for index, sentence_terms in enumerate(profile.sentence_terms):
        shared = [(t, credit, via) for t, credit, via in held if via in sentence_terms]
        coverage.append(sum(weights[t] * credit for t, credit, _ in shared) / total)
        # Informativeness says what the claim is about; which sentence says it is decided
        # by the words the sentence does not share with all the others.
        rank = sum(_rank_weight(t) * c * profile.rarity.get(via, 1.0) for t, c, via in shared)
        rank /= len(weights)
        # Numbers the claim shares with a sentence point at it, but do not raise the score.
        # (As written: a cheap test that is enough for choosing a sentence.)
        rank += 0.15 * sum(1 for q in found if q.raw in profile.sentences[index])
        ranks.append(rank)
        if rank > best_rank + 1e-9:
            best_index, best_rank = index, rank
        # The title repeats the topic every claim is about; evidence is what the abstract
        # says, and the title is shown only when no abstract sentence shares a term.
        if index == 0 and titled and len(profile.sentences) > 1:
            title_rank, best_index, best_rank = rank, -1, 0.0
    if best_index < 0 and titled and title_rank > 0:
        best_index = 0
    return coverage, prefer_findings(best_index, coverage, ranks, profile.sections)


def score_bound(claim: ClaimProfile, profile: RecordProfile) -> float:
    """What ``score_profiles`` cannot exceed, from term coverage alone (no sentences, pairs,
    numbers or cues): a sentence covers no more than the whole record, phrase pairs and
    numbers at most all, and every cue only lowers the score."""
    weights = _claim_weights(claim, profile)
    total = sum(weights.values())
    if not weights or total == 0:
        return 0.0
    whole = (
        sum(w * term_credit(t, profile, claim.alternatives)[0] for t, w in weights.items()) / total
    )
    text = (WHOLE_SHARE + SENTENCE_SHARE) * whole + PAIR_SHARE if claim.pairs else whole
    if claim.quantities:
        return (1 - NUMBER_SHARE) * text + NUMBER_SHARE
    return text


def find_mismatches(
    claim: ClaimProfile, profile: RecordProfile, conflict: str | None
) -> list[Mismatch]:
    """Each facet on which the record plainly is not what the claim is about."""
    found = [
        population_mismatch(claim.facets, profile.facets),
        drug_mismatch(claim.facets, profile.facets, claim.text),
        protocol_mismatch(claim, profile),
        outcome_mismatch(claim, profile),
    ]
    if conflict is not None:
        found.append(Mismatch(conflict, DESIGN_FACTOR))
    opposite = contradiction(claim, profile)
    if opposite is not None:
        found.append(Mismatch(f"the abstract reports {opposite.reason}", RESULT_FACTOR))
    else:
        found.append(null_mismatch(claim, profile))
    return [m for m in found if m is not None]


def _rank_weight(term: str) -> float:
    return GENERIC_RANK_WEIGHT if is_generic(term) else 1.0


def _pair_coverage(
    claim: ClaimProfile, credits: dict[str, tuple[float, str | None]], profile: RecordProfile
) -> float | None:
    """Weighted share of the claim's phrase pairs the record has; None without pairs."""
    if not claim.pairs:
        return None
    total = sum(claim.pairs.values())
    covered = 0.0
    for (first, second), weight in claim.pairs.items():
        a, b = credits.get(first, (0.0, None))[1], credits.get(second, (0.0, None))[1]
        if a is not None and b is not None and (min(a, b), max(a, b)) in profile.pairs:
            covered += weight
    return covered / total if total else None


def _text_score(whole: float, sentence: float, phrases: float | None) -> float:
    if phrases is None:
        return 0.5 * whole + 0.5 * sentence
    return WHOLE_SHARE * whole + SENTENCE_SHARE * sentence + PAIR_SHARE * phrases


def _with_numbers(text_score: float, found: list[Quantity], missing: list[Quantity]) -> float:
    """Numbers the record states as the claim does are strong evidence; so are their absence."""
    stated = len(found) + len(missing)
    if not stated:
        return text_score
    return (1 - NUMBER_SHARE) * text_score + NUMBER_SHARE * len(found) / stated


def assess_profile(
    claim_text: str, profile: RecordProfile, abbreviations: Mapping[str, str] | None = None
) -> Support:
    """Score ``claim_text`` against an already profiled record (see ``assess``)."""
    return score_profiles(profile_claim(claim_text, abbreviations), profile)


def assess(
    claim_text: str, record: Record, abbreviations: Mapping[str, str] | None = None
) -> Support:
    """How well ``record`` supports ``claim_text``.

    ``abbreviations`` (lowercased abbreviation -> long form) lets a caller pass definitions
    made elsewhere in the article, e.g. from ``find_abbreviations(document.text)``.
    """
    return assess_profile(claim_text, profile_record(record), abbreviations)


def best_entries(
    claim_text: str,
    records_by_entry: Mapping[int, Record],
    abbreviations: Mapping[str, str] | None = None,
) -> list[tuple[int, float]]:
    """Every entry's support score for the claim, best first (ties by entry number)."""
    claim = profile_claim(claim_text, abbreviations)
    scores = [
        (entry, score_profiles(claim, profile_record(record)).score)
        for entry, record in records_by_entry.items()
    ]
    return sorted(scores, key=lambda item: (-item[1], item[0]))
