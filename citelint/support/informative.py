"""How much a word says: rare words name the topic, everyday words and phrase words do not.

The weight comes from the word's frequency in general English as the ``wordfreq`` package
measures it (a Zipf value: 7 for "the", about 5 for "role" or "patients", under 3 for
"apoptosis" or "warfarin"). It ships its lists inside the package, so nothing is fetched. A
Zipf value at or above COMMON_ZIPF ("play", "major") weighs almost nothing, one at or below
RARE_ZIPF weighs fully, and the weight falls linearly in between. Words wordfreq has never
seen (drug codes, gene names) are the rarest of all.
"""

from __future__ import annotations

import math
from functools import lru_cache

COMMON_ZIPF = 5.6
RARE_ZIPF = 3.2
# Even the commonest word keeps a little weight, so a claim made only of plain words
# ("exercise helps older people walk") still has something to match.
FLOOR = 0.03


@lru_cache(maxsize=65536)
def word_weight(word: str) -> float:
    """Informativeness of ``word`` (lowercase) between FLOOR and 1."""
    weight = (COMMON_ZIPF - zipf(word)) / (COMMON_ZIPF - RARE_ZIPF)
    return min(1.0, max(FLOOR, weight))


def zipf(word: str) -> float:
    """wordfreq's Zipf value of ``word``: looked up in its table for plain words.

    ``zipf_frequency`` first tokenises and normalises its argument, about 40 microseconds a
    word, which a long reference list's thousands of words would pay on every run. A word of
    lowercase ASCII letters is its own token, so its Zipf value is read from the table
    directly (log10 of the frequency per word, plus 9, to two decimals, as wordfreq does).
    """
    if word.isascii() and word.isalpha() and word.islower():
        frequency = _frequencies().get(word, 0.0)
        return round(math.log10(frequency) + 9, 2) if frequency else 0.0
    # Imported here: wordfreq takes a third of a second to import, which runs that only
    # need no support scores (structure checks, resolving references) should not pay.
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's English table (word -> frequency), loaded once, on the first word weighed."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")
