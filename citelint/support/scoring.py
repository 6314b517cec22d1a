"""How well a PubMed record supports a claim, and which of its sentences says so.

The score is term coverage: the share of the claim's key terms that the record's title,
abstract and MeSH headings contain, half over the whole record and half over its best single
sentence. Words that every clinical abstract uses ("patients", "significant") weigh a quarter
of a content word. A term that only shares a long prefix with a record term ("stenotic" and
"stenosis") counts for part. Everything is deterministic and can be explained to a reader:
the evidence sentence and the matched terms come back with the score.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from citelint.models import Record
from citelint.support.numbers import (
    Quantity,
    SourceNumbers,
    extract_numbers,
    matches,
    source_numbers,
)
from citelint.support.terms import find_abbreviations, is_generic, key_terms

# Calibrated on the calibration half of fixtures/support/labelled.json with
# benchmarks/support_quality.py --calibrate: below this score a record does not support a claim.
SUPPORT_THRESHOLD = 0.25
GENERIC_WEIGHT = 0.25
PREFIX_CREDIT = 0.6
MIN_PREFIX = 5

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[\"'])")
_NO_BREAK_AFTER = re.compile(
    r"(?:\bet al|\bvs|\bi\.e|\be\.g|\bapprox|\bFig|\bNo|\bDr|\bcf|\bref|\bsp|\bSt)\.$", re.I
)


@dataclass
class Support:
    """What a record says about a claim."""

    score: float  # 0..1, share of the claim's key terms the record covers
    evidence: str | None  # the record sentence (or title) that best matches the claim
    evidence_score: float
    numbers_found: list[Quantity] = field(default_factory=list)
    numbers_missing: list[Quantity] = field(default_factory=list)
    design_conflict: str | None = None
    claim_terms: set[str] = field(default_factory=set)
    matched_terms: set[str] = field(default_factory=set)


@dataclass
class RecordProfile:
    """A record broken up once for scoring many claims against it."""

    record: Record
    sentences: list[str]
    sentence_terms: list[set[str]]
    sentence_numbers: list[SourceNumbers]
    terms: set[str]
    numbers: SourceNumbers
    abbreviations: dict[str, str]
    # Terms by their first MIN_PREFIX letters, for partial matches without a full scan.
    prefixes: dict[str, list[str]] = field(default_factory=dict)
    # Inverse sentence frequency of each term, for choosing the evidence sentence.
    rarity: dict[str, float] = field(default_factory=dict)

    @property
    def has_abstract(self) -> bool:
        return bool(self.record.abstract.strip())


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, not broken after "et al.", "vs.", "e.g." and the like."""
    pieces = _SENTENCE_BREAK.split(text.strip())
    sentences: list[str] = []
    for piece in pieces:
        if sentences and _NO_BREAK_AFTER.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        elif piece.strip():
            sentences.append(piece.strip())
    return sentences


def profile_record(record: Record) -> RecordProfile:
    abstract_parts = [text for _, text in record.abstract_sections] or [record.abstract]
    sentences = [record.title.strip()] if record.title.strip() else []
    for part in abstract_parts:
        sentences.extend(split_sentences(part))
    full_text = f"{record.title}\n{record.abstract}"
    abbreviations = find_abbreviations(full_text)
    sentence_terms = [key_terms(sentence, abbreviations) for sentence in sentences]
    terms: set[str] = set().union(*sentence_terms) if sentence_terms else set()
    for heading in record.mesh_terms:
        terms |= key_terms(heading.split("/")[0])
    prefixes: dict[str, list[str]] = {}
    for term in sorted(terms):
        if len(term) >= MIN_PREFIX:
            prefixes.setdefault(term[:MIN_PREFIX], []).append(term)
    return RecordProfile(
        prefixes=prefixes,
        rarity=_rarity(sentence_terms),
        record=record,
        sentences=sentences,
        sentence_terms=sentence_terms,
        sentence_numbers=[source_numbers(sentence) for sentence in sentences],
        terms=terms,
        numbers=source_numbers(full_text),
        abbreviations=abbreviations,
    )


def _weight(term: str) -> float:
    return GENERIC_WEIGHT if is_generic(term) else 1.0


def _credit(term: str, profile: RecordProfile) -> tuple[float, str | None]:
    """How much of ``term`` the record covers, and by which of its terms."""
    if term in profile.terms:
        return 1.0, term
    if len(term) >= MIN_PREFIX:
        for other in profile.prefixes.get(term[:MIN_PREFIX], []):
            shared = len(_common_prefix(term, other))
            if shared >= MIN_PREFIX and shared >= 0.75 * min(len(term), len(other)):
                return PREFIX_CREDIT, other
    return 0.0, None


def _common_prefix(a: str, b: str) -> str:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return a[:size]


def _rarity(sentence_terms_list: list[set[str]]) -> dict[str, float]:
    """Inverse sentence frequency of each term of the record, between about 0.4 and 1."""
    count = len(sentence_terms_list)
    frequency: dict[str, int] = {}
    for sentence_terms in sentence_terms_list:
        for term in sentence_terms:
            frequency[term] = frequency.get(term, 0) + 1
    top = math.log(1 + count)
    return {term: math.log(1 + count / n) / top for term, n in frequency.items()}


def claim_terms(claim_text: str, profile: RecordProfile) -> set[str]:
    """The claim's key terms, with abbreviations the record defines expanded too."""
    return key_terms(claim_text, profile.abbreviations)


def assess_profile(
    claim_text: str, profile: RecordProfile, abbreviations: Mapping[str, str] | None = None
) -> Support:
    """Score ``claim_text`` against an already profiled record (see ``assess``)."""
    known = {**profile.abbreviations, **(abbreviations or {})}
    terms = key_terms(claim_text, known)
    quantities = extract_numbers(claim_text)
    found = [q for q in quantities if matches(q, profile.numbers)]
    missing = [q for q in quantities if q not in found]
    conflict = design_conflict(claim_text, profile.record)
    total = sum(_weight(t) for t in terms)
    if not terms or total == 0:
        return Support(0.0, None, 0.0, found, missing, conflict, terms, set())

    credits = {t: _credit(t, profile) for t in terms}
    matched = {t for t, (credit, _) in credits.items() if credit > 0}
    whole = sum(_weight(t) * credits[t][0] for t in terms) / total

    # The score takes the sentence that covers most of the claim. The evidence shown is chosen
    # with each term weighted by its rarity among the record's sentences (as in BM25), so the
    # topic words every sentence repeats decide little.
    coverage: list[float] = []
    best_index, best_rank = -1, 0.0
    titled, title_rank = bool(profile.record.title.strip()), 0.0
    for index, sentence_terms in enumerate(profile.sentence_terms):
        shared = [
            (t, credit, via)
            for t, (credit, via) in credits.items()
            if via is not None and via in sentence_terms
        ]
        coverage.append(sum(_weight(t) * credit for t, credit, _ in shared) / total)
        rank = sum(_weight(t) * c * profile.rarity.get(via, 1.0) for t, c, via in shared) / total
        # Numbers the claim shares with a sentence point at it, but do not raise the score.
        rank += 0.15 * sum(1 for q in found if matches(q, profile.sentence_numbers[index]))
        if rank > best_rank + 1e-9:
            best_index, best_rank = index, rank
        # The title repeats the topic every claim is about; evidence is what the abstract
        # says, and the title is shown only when no abstract sentence shares a term.
        if index == 0 and titled and len(profile.sentences) > 1:
            title_rank, best_index, best_rank = rank, -1, 0.0
    if best_index < 0 and titled and title_rank > 0:
        best_index = 0
    if best_index < 0:
        return Support(whole / 2, None, 0.0, found, missing, conflict, terms, matched)
    score = 0.5 * whole + 0.5 * max(coverage)
    evidence = profile.sentences[best_index]
    evidence_score = coverage[best_index]
    return Support(
        round(score, 4),
        evidence,
        round(evidence_score, 4),
        found,
        missing,
        conflict,
        terms,
        matched,
    )


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
    profiles = {entry: profile_record(record) for entry, record in records_by_entry.items()}
    return rank_profiles(claim_text, profiles, abbreviations)


def rank_profiles(
    claim_text: str,
    profiles: Mapping[int, RecordProfile],
    abbreviations: Mapping[str, str] | None = None,
) -> list[tuple[int, float]]:
    scores = [
        (entry, assess_profile(claim_text, profile, abbreviations).score)
        for entry, profile in profiles.items()
    ]
    return sorted(scores, key=lambda item: (-item[1], item[0]))


# --- study designs -------------------------------------------------------------------------


@dataclass(frozen=True)
class Design:
    """A study design a claim may name, and what in a record would confirm it."""

    name: str
    claim_pattern: re.Pattern[str]
    confirming_types: frozenset[str]
    confirming_text: re.Pattern[str]


DESIGNS = (
    Design(
        "meta-analysis",
        re.compile(r"\bmeta-?\s?analy[sz]\w*|\bpooled analys[ie]s\b", re.I),
        frozenset({"Meta-Analysis", "Systematic Review", "Network Meta-Analysis"}),
        re.compile(r"\bmeta-?\s?analy|\bpooled\b|\bsystematic(?:ally)? review", re.I),
    ),
    Design(
        "systematic review",
        re.compile(r"\bsystematic reviews?\b", re.I),
        frozenset({"Systematic Review", "Meta-Analysis", "Network Meta-Analysis"}),
        re.compile(r"\bsystematic|\bmeta-?\s?analy|\bscoping review|\bumbrella review", re.I),
    ),
    Design(
        "randomized trial",
        re.compile(r"(?i:\brandomi[sz]ed\b|\brandomly assigned\b)|\bRCTs?\b"),
        frozenset(
            {
                "Randomized Controlled Trial",
                "Pragmatic Clinical Trial",
                "Equivalence Trial",
                "Meta-Analysis",
                "Systematic Review",
                "Network Meta-Analysis",
                "Controlled Clinical Trial",
                "Clinical Trial, Phase III",
                "Clinical Trial, Phase II",
            }
        ),
        re.compile(r"\brandomi[sz]|\brandomly\b|\bRCTs?\b", re.I),
    ),
    Design(
        "guideline",
        re.compile(r"\bguidelines?\b|\bconsensus statement\b|\bposition statement\b", re.I),
        frozenset({"Practice Guideline", "Guideline", "Consensus Development Conference"}),
        re.compile(r"\bguideline|\brecommendation|\bconsensus|\bposition statement", re.I),
    ),
    Design(
        "cohort study",
        re.compile(r"\bcohort stud(?:y|ies)\b|\b(?:prospective|retrospective) cohort\b", re.I),
        frozenset({"Observational Study", "Multicenter Study", "Comparative Study"}),
        re.compile(
            r"\bcohort|\bprospective|\bretrospective|\blongitudinal|\bregistry|"
            r"\bobservational|\bfollow(?:ed|-up|ing)\b|\bdatabase\b",
            re.I,
        ),
    ),
)


def design_conflict(claim_text: str, record: Record) -> str | None:
    """Why the record cannot be the kind of study the claim names, or None.

    PubMed's publication types name only some designs (a cohort study is often plain
    "Journal Article"), so a design counts as contradicted only when neither the types nor
    the title and abstract show any sign of it. Without an abstract only a record whose types
    make the design impossible (an editorial, a letter, a case report) conflicts.
    """
    types = set(record.publication_types)
    text = f"{record.title}\n{record.abstract}"
    for design in DESIGNS:
        said = design.claim_pattern.search(claim_text)
        if not said or not _asserted(claim_text, said.start(), said.end()):
            continue
        if types & design.confirming_types or design.confirming_text.search(text):
            continue
        if not record.abstract.strip() and not types & _NOT_RESEARCH:
            continue
        shown = ", ".join(sorted(types - _UNINFORMATIVE_TYPES)) or "Journal Article"
        where = "its abstract never says so" if record.abstract.strip() else "it has no abstract"
        return (
            f'claim calls it a {design.name} ("{said.group(0)}"), '
            f"but the record is {shown} and {where}"
        )
    return None


# "No randomized trial has...", "trials are still needed": the claim names a design only to
# say it is missing, which says nothing about the cited paper's own design.
_NEGATION_BEFORE = re.compile(
    r"\b(?:no|not|nor|never|without|lack(?:s|ing)?\s+(?:of\s+)?|absence\s+of|few|neither)"
    r"(?:\s+\w+){0,3}\s*$",
    re.IGNORECASE,
)
_NEEDED_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:are|is|were|remain)\s+(?:still\s+|urgently\s+)?"
    r"(?:needed|lacking|missing|warranted|required|awaited|scarce)\b",
    re.IGNORECASE,
)


def _asserted(claim_text: str, start: int, end: int) -> bool:
    before = claim_text[max(0, start - 60) : start]
    after = claim_text[end : end + 60]
    return not (_NEGATION_BEFORE.search(before) or _NEEDED_AFTER.search(after))


_NOT_RESEARCH = frozenset(
    {"Editorial", "Letter", "Comment", "Case Reports", "News", "Published Erratum"}
)
_UNINFORMATIVE_TYPES = frozenset(
    {
        "Journal Article",
        "Research Support, Non-U.S. Gov't",
        "Research Support, N.I.H., Extramural",
        "Research Support, N.I.H., Intramural",
        "Research Support, U.S. Gov't, P.H.S.",
        "Research Support, U.S. Gov't, Non-P.H.S.",
        "English Abstract",
    }
)
