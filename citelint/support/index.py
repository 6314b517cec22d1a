"""Which entries of a list could support a claim at all: an index from terms to entries.

Comparing every claim with every entry costs claims x entries. The index instead looks up
each informative term of a claim and sums, per entry, the weight of the terms it shares, so
only the few entries that share what the claim is about are scored in full. A term that more
than a tenth of a long list's records use tells entries apart poorly and is skipped
(document frequency over the records at hand, as in BM25).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from citelint.support.profiles import ClaimProfile, RecordProfile

# Terms lighter than this (everyday and phrase words) never nominate an entry.
MIN_INDEX_WEIGHT = 0.2
# A term more than this share of a long list's records use tells its entries apart poorly.
COMMON_SHARE = 0.1
COMMON_LIMIT = 6
# How many entries, best first, are scored in full for each claim.
CANDIDATES = 4


class TermIndex:
    """Term -> entries whose record has it, over the entries that have an abstract."""

    def __init__(self, profiles: Mapping[int, RecordProfile]) -> None:
        self.postings: dict[str, list[int]] = {}
        self.size = 0
        for number, profile in sorted(profiles.items()):
            if not profile.has_abstract:
                continue
            self.size += 1
            for term in profile.terms:
                self.postings.setdefault(term, []).append(number)

    def candidates(
        self, claim: ClaimProfile, exclude: set[int], limit: int = CANDIDATES
    ) -> list[int]:
        """Up to ``limit`` entries sharing the most informative weight with the claim."""
        totals: dict[int, float] = {}
        for term, weight in claim.terms.weights.items():
            entries = self.postings.get(term)
            if weight < MIN_INDEX_WEIGHT or not entries:
                continue
            if len(entries) > max(COMMON_LIMIT, self.size * COMMON_SHARE):
                continue
            rarity = weight * math.log(1 + self.size / len(entries))
            for number in entries:
                totals[number] = totals.get(number, 0.0) + rarity
        ranked = sorted((n for n in totals if n not in exclude), key=lambda n: (-totals[n], n))
        return ranked[:limit]
