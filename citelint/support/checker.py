"""One document's resolved records, profiled once, and its claims scored against them once.

The CL3xx rules and the audit all score the same claims against the same records; they share
one ``SupportChecker`` per document so that each record is profiled, and each claim scored
against each entry, a single time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from citelint.models import Claim, Document, Marker, Record, Resolution, Status
from citelint.support.scoring import RecordProfile, Support, assess_profile, profile_record
from citelint.support.terms import find_abbreviations, is_generic

# A claim with fewer distinctive terms than this says too little to judge its support.
MIN_CONTENT_TERMS = 3


@dataclass
class Cited:
    """One citation of a claim that resolved to a record."""

    claim: Claim
    number: int
    marker: Marker
    record: Record
    profile: RecordProfile
    support: Support


# How much a claim whose numbers all appear in a record gains when entries are compared.
NUMBER_AGREEMENT_WEIGHT = 0.25


class SupportChecker:
    """Profiles each resolved record once and scores claims against them for one document."""

    def __init__(self, document: Document, resolutions: Mapping[int, Resolution]) -> None:
        self.abbreviations = find_abbreviations(document.text)
        self.profiles: dict[int, RecordProfile] = {}
        for number, resolution in sorted(resolutions.items()):
            if resolution.status == Status.RESOLVED and resolution.record is not None:
                self.profiles[number] = profile_record(resolution.record)
        self._supports: dict[tuple[str, int], Support] = {}

    def support(self, claim_text: str, number: int) -> Support:
        """What the record of entry ``number`` says about the claim; entry must be resolved."""
        key = (claim_text, number)
        if key not in self._supports:
            profile = self.profiles[number]
            self._supports[key] = assess_profile(claim_text, profile, self.abbreviations)
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

    def score(self, claim: Claim, number: int) -> float:
        return self.support(claim.text, number).score

    def match_score(self, claim: Claim, number: int) -> float:
        """Support plus agreement of the claim's numbers, for choosing between entries.

        Two abstracts on one topic share most words; the claim's own figures, stated in one
        and absent from the other, are what tell which paper the claim was written from.
        """
        support = self.support(claim.text, number)
        stated = len(support.numbers_found) + len(support.numbers_missing)
        agreement = len(support.numbers_found) / stated if stated else 0.0
        return support.score + NUMBER_AGREEMENT_WEIGHT * agreement

    def evidence(self, cited: Cited, number: int) -> str | None:
        """The sentence of entry ``number`` that best matches the claim of ``cited``."""
        return self.support(cited.claim.text, number).evidence

    def judgeable(self, cited: Cited) -> bool:
        """Whether the claim says enough, and the record holds enough, to score support."""
        distinctive = [t for t in cited.support.claim_terms if not is_generic(t)]
        return cited.profile.has_abstract and len(distinctive) >= MIN_CONTENT_TERMS


def marker_of(claim: Claim, number: int) -> Marker | None:
    """The claim's marker that cites entry ``number``, if any."""
    for marker in claim.markers:
        if number in marker.numbers:
            return marker
    return None
