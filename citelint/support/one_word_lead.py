"""Whether another entry's lead over the cited one rests on a single abbreviation or name
of a short claim.

Guidelines' supportive text is full of one-clause claims ("ACEi reduce mortality in
HFrEF.4"; "The CHA2DS2-VA score is recommended to assess the risk of stroke.1"). Another
entry of the same list often shares one more of their few words (an abbreviation its
abstract spells out, a score's name in its title); that one word is too little to call
the list misnumbered (user30b P1-3).
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Claim
from citelint.support.checker import SupportChecker
from citelint.support.names import claim_trials

# A claim of at most this many words, with no semicolon, is short: one clause, a handful of
# content words.
SHORT_CLAIM_WORDS = 12
# A word as a writer spells it, names with digits and hyphens whole ("CHA2DS2-VA").
_WORD = LazyPattern(r"[^\W\d_][\w-]*")


def rests_on_one_word(
    checker: SupportChecker, claim: Claim, cited: int, better: int, margin: float
) -> bool:
    """Whether entry ``better`` leads the cited entry by ``margin`` only through one
    abbreviation or name of a short claim: without it, the lead falls below the margin.
    Numbers and words written out are never taken out: a figure or a drug only the other
    abstract states is a real sign of a slipped number."""
    if ";" in claim.text or len(claim.text.split()) > SHORT_CLAIM_WORDS:
        return False
    # A trial the claim names ("EMPEROR-Reduced lowered admissions [1]" citing DAPA-HF) is the
    # surest sign of a slipped number, never taken out (review30a P1-1).
    trials = claim_trials(claim.text, checker.known_trials())
    for word in _WORD.finditer(claim.text):
        written = word.group()
        if not _abbreviated(written) or any(name in written for name in trials):
            continue  # a drug, disease or outcome written out is what tells papers apart
        shorter = f"{claim.text[: word.start()]}{claim.text[word.end() :]}"
        lead = checker.match_text_score(shorter, better) - checker.match_text_score(shorter, cited)
        if lead < margin:
            return True
    return False


def _abbreviated(word: str) -> bool:
    """Whether a word is written as an abbreviation or a name in capitals ("HFrEF", "ACEi",
    "CHA2DS2-VA"): another abstract matches it through its spelled-out form or a namesake
    ("CHA2DS2-VASc"), which says little of which paper a claim is from."""
    return any(char.isupper() for char in word[1:])
