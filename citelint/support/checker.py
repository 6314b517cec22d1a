"""One document's resolved records, profiled once, and its claims scored against them once.

The CL3xx rules and the audit all score the same claims against the same records; they share
one ``SupportChecker`` per document so that each record and each claim is profiled a single
time, each (claim, entry) pair scored at most once, and other entries found through an index
instead of by scoring every pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from citelint.models import Claim, Document, Marker, Resolution, Status
from citelint.record import Record
from citelint.support.index import TermIndex
from citelint.support.language import english_claims
from citelint.support.names import (
    NamedMismatch,
    RecordNames,
    named_mismatch,
    names_anything,
    record_names,
    record_trials,
)
from citelint.support.profiles import ClaimProfile, RecordProfile
from citelint.support.scoring import Scorer, Support, TermScorer
from citelint.support.terms import find_abbreviations
from citelint.support.topic_words import names_no_topic, source_terms, tells_publication_only

# A claim with fewer distinctive terms than this, or less informative weight, says too little
# to judge its support.
MIN_CONTENT_TERMS = 3
MIN_CONTENT_WEIGHT = 1.0
# How much a claim whose numbers all appear in a record gains when entries are compared.
NUMBER_AGREEMENT_WEIGHT = 0.25


@dataclass
class Cited:
    """One citation of a claim that resolved to a record."""

    claim: Claim
    number: int
    marker: Marker
    record: Record
    profile: RecordProfile
    support: Support


class SupportChecker:
    """Profiles each resolved record once and scores claims against them for one document."""

    def __init__(
        self,
        document: Document,
        resolutions: Mapping[int, Resolution],
        scorer: Scorer | None = None,
    ) -> None:
        self.document = document
        self.resolutions = resolutions
        self.scorer: Scorer = scorer or TermScorer()
        self.abbreviations = find_abbreviations(document.text)
        self.profiles: dict[int, RecordProfile] = {}
        for number, resolution in sorted(resolutions.items()):
            if resolution.status == Status.RESOLVED and resolution.record is not None:
                self.profiles[number] = self.scorer.profile_record(resolution.record)
        self._claims: dict[str, ClaimProfile] = {}
        self._supports: dict[tuple[str, int], Support] = {}
        self._index: TermIndex | None = None
        # Results of whole-document analyses (misnumbering, suggestions), by their options.
        self.memo: dict[object, object] = {}

    @cached_property
    def claims(self) -> list[Claim]:
        """The document's claims the scoring can read: those written in English (a claim in
        another language shares only names and numbers with an English abstract)."""
        document = self.document
        return english_claims(document.claims, document.text, document.references_line)

    def reads_claim(self, claim: Claim) -> bool:
        """Whether ``claim`` is one of ``claims``, the ones written in English."""
        return _place(claim) in self._english_places

    @cached_property
    def _english_places(self) -> set[tuple[int, int, str]]:
        return {_place(claim) for claim in self.claims}

    def claim_profile(self, claim_text: str) -> ClaimProfile:
        profile = self._claims.get(claim_text)
        if profile is None:
            profile = self.scorer.profile_claim(claim_text, self.abbreviations)
            self._claims[claim_text] = profile
        return profile

    def support(self, claim_text: str, number: int) -> Support:
        """What the record of entry ``number`` says about the claim; entry must be resolved."""
        key = (claim_text, number)
        if key not in self._supports:
            claim = self.claim_profile(claim_text)
            self._supports[key] = self.scorer.assess(claim, self.profiles[number])
        return self._supports[key]

    def cited(self, claim: Claim) -> list[Cited]:
        found: list[Cited] = []
        for number in claim.numbers:
            profile = self.profiles.get(number)
            marker = marker_of(claim, number)
            if profile is None or marker is None:
                continue
            support = self.support(claim.text, number)
            found.append(Cited(claim, number, marker, profile.record, profile, support))
        return found

    def candidates(self, claim: Claim, limit: int = 4) -> list[int]:
        """Entries with an abstract, other than those the claim cites, that may support it."""
        if self._index is None:
            self._index = TermIndex(self.profiles)
        profile = self.claim_profile(claim.text)
        return self._index.candidates(profile, set(claim.numbers), limit)

    def score(self, claim: Claim, number: int) -> float:
        return self.support(claim.text, number).score

    def match_score(self, claim: Claim, number: int) -> float:
        """Support plus agreement of the claim's numbers, for choosing between entries.

        Two abstracts on one topic share most words; the claim's own figures, stated in one
        and absent from the other, are what tell which paper the claim was written from.
        """
        return self.match_text_score(claim.text, number)

    def match_text_score(self, text: str, number: int) -> float:
        """``match_score`` of a claim's text (as one_word_lead gives it, a word taken out)."""
        support = self.support(text, number)
        stated = len(support.numbers_found) + len(support.numbers_missing)
        agreement = len(support.numbers_found) / stated if stated else 0.0
        return support.score + NUMBER_AGREEMENT_WEIGHT * agreement

    def match_bound(self, claim: Claim, number: int) -> float:
        """What ``match_score`` cannot exceed, without scoring the pair in full."""
        if (claim.text, number) in self._supports:
            return self.match_score(claim, number)
        profile = self.claim_profile(claim.text)
        bound = self.scorer.upper_bound(profile, self.profiles[number])
        # Scores are rounded to 4 places: the slack keeps the bound above a rounded score.
        return bound + 1e-4 + (NUMBER_AGREEMENT_WEIGHT if profile.quantities else 0.0)

    def evidence(self, cited: Cited, number: int) -> str | None:
        """The sentence of entry ``number`` that best matches the claim of ``cited``."""
        return self.support(cited.claim.text, number).evidence

    def names(self, number: int) -> RecordNames:
        """The trials, drugs and words of entry ``number``'s record, read once."""
        key = ("names", number)
        found = self.memo.get(key)
        if not isinstance(found, RecordNames):
            found = record_names(self.profiles[number].record)
            self.memo[key] = found
        return found

    def named_mismatch(self, claim: Claim) -> NamedMismatch | None:
        """The trial or drug a claim citing one entry names instead of its record's own.

        Only a claim citing a single entry: with two, each name may be the other's."""
        if len(claim.numbers) != 1 or claim.numbers[0] not in self.profiles:
            return None
        if not names_anything(claim.text):
            return None
        key = ("named mismatch", claim.text, claim.numbers[0])
        if key not in self.memo:
            record = self.names(claim.numbers[0])
            self.memo[key] = named_mismatch(claim.text, record, self.known_trials())
        found = self.memo[key]
        return found if isinstance(found, NamedMismatch) else None

    def _trials(self, number: int) -> dict[str, str]:
        key = ("names", number)
        found = self.memo.get(key)
        if isinstance(found, RecordNames):
            return found.trials
        return record_trials(self.profiles[number].record)

    def known_trials(self) -> set[str]:
        """The trials the document's records name as their own, by key."""
        known = self.memo.get("known trials")
        if not isinstance(known, set):
            known = {key for number in self.profiles for key in self._trials(number)}
            self.memo["known trials"] = known
        return known

    def says_enough(self, claim_text: str) -> bool:
        """Whether the claim has enough distinctive content to judge any record against."""
        if tells_publication_only(claim_text):
            return False
        weights = self.claim_profile(claim_text).terms.weights
        sources = source_terms(claim_text)
        distinctive = [t for t in weights if not names_no_topic(t, sources)]
        return len(distinctive) >= MIN_CONTENT_TERMS and sum(weights.values()) >= (
            MIN_CONTENT_WEIGHT
        )

    def reads_all(self, claim: Claim) -> bool:
        """Whether every entry the claim cites has a record with an abstract.

        A claim's number, words or design need appear in only one of its co-cited papers; with
        one of them unread (unverified, not found, no abstract) nothing can be called absent
        from them all.
        """
        for number in claim.numbers:
            profile = self.profiles.get(number)
            if profile is None or not profile.has_abstract:
                return False
        return True

    def reads(self, numbers: Iterable[int]) -> bool:
        """Whether every one of ``numbers`` has a record with an abstract."""
        for number in numbers:
            profile = self.profiles.get(number)
            if profile is None or not profile.has_abstract:
                return False
        return True

    def judgeable(self, cited: Cited) -> bool:
        """Whether the claim says enough, and the record holds enough, to score support."""
        return cited.profile.has_abstract and self.says_enough(cited.claim.text)


def _place(claim: Claim) -> tuple[int, int, str]:
    return claim.line, claim.column, claim.text


def marker_of(claim: Claim, number: int) -> Marker | None:
    """The claim's marker that cites entry ``number``, if any."""
    for marker in claim.markers:
        if number in marker.numbers:
            return marker
    return None
