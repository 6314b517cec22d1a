"""How much a word says: rare words name the topic, everyday words and phrase words do not.

The weight comes from the word's frequency in general English as the ``wordfreq`` package
measures it (a Zipf value: 7 for "the", about 5 for "role" or "patients", under 3 for
"apoptosis" or "warfarin"). It ships its lists inside the package, so nothing is fetched. A
Zipf value at or above COMMON_ZIPF ("play", "major") weighs almost nothing, one at or below
RARE_ZIPF weighs fully, and the weight falls linearly in between. Words wordfreq has never
seen (drug codes, gene names) are the rarest of all.
"""

from __future__ import annotations

from functools import lru_cache

COMMON_ZIPF = 5.6
RARE_ZIPF = 3.2
# Even the commonest word keeps a little weight, so a claim made only of plain words
# ("exercise helps older people walk") still has something to match.
FLOOR = 0.03


@lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    """Informativeness of ``word`` (lowercase) between FLOOR and 1."""
    # Imported here: wordfreq takes a third of a second to import, which runs that only
    # need no support scores (structure checks, resolving references) should not pay.
    from wordfreq import zipf_frequency

    zipf = zipf_frequency(word, "en")
    weight = (COMMON_ZIPF - zipf) / (COMMON_ZIPF - RARE_ZIPF)
    return min(1.0, max(FLOOR, weight))
