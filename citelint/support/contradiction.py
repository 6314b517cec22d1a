"""Whether the cited abstract says the opposite of the claim (CL306).

Deliberately narrow, because a wrong "contradicted" costs a reader more than a miss: the
claim must assert an effect (improves, reduces, increases, prevents, is effective, is
superior) without hedging or negation, and one abstract sentence about the same outcome
must report no significant difference, no effect, non-inferiority only (against a claim of
superiority), or a change in the opposite direction. A sentence that also reports a
significant effect on that outcome, or an abstract elsewhere confirming the effect, is no
contradiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citelint.support.profiles import ClaimProfile, RecordProfile
from citelint.support.terms import is_generic

_UP = r"increas\w*|rais\w*|ris(?:e|es|ing)|rose|higher|more|elevat\w*|greater|boost\w*"
_DOWN = r"reduc\w*|decreas\w*|lower\w*|declin\w*|fell|fall\w*|less|fewer|diminish\w*|cut"
_BETTER = (
    r"improv\w*|prevent\w*|benefi\w*|effective\w*|efficac\w*|protect\w*|superior|"
    r"outperform\w*|better"
)
_EFFECT = re.compile(rf"\b(?:{_UP}|{_DOWN}|{_BETTER})\b", re.IGNORECASE)
_UP_WORD = re.compile(rf"\b(?:{_UP})\b", re.IGNORECASE)
_DOWN_WORD = re.compile(rf"\b(?:{_DOWN})\b", re.IGNORECASE)
_SUPERIOR = re.compile(
    r"\bsuperior\b|\boutperform\w*|\bmore effective than\b|\bbetter than\b", re.I
)
# A claim that negates or hedges its effect, or only reports a question, asserts nothing.
_CLAIM_NOT_ASSERTED = re.compile(
    r"\b(?:not?|never|neither|nor|fail(?:s|ed)? to|unclear|uncertain|unknown|may|might|"
    r"could|possibly|whether|if|insufficient|inconclusive|lack\w*|similar|comparable|"
    r"no (?:significant )?differen\w*|without (?:any |a )?(?:better|improv\w*|benefit\w*|"
    r"reduc\w*|increas\w*|effect\w*|change))\b|n't\b|\?",
    re.IGNORECASE,
)
_NULL = re.compile(
    r"\bno (?:statistically )?significant (?:difference|effect|change|improvement|reduction|"
    r"increase|benefit|association)s?\b|"
    r"\b(?:did|does|do|was|were|is) not (?:significantly )?(?:differ|improve|reduce|increase|"
    r"lower|decrease|prevent|change|affect|alter)\w*\b|"
    r"\bnot (?:statistically )?significantly (?:different|improved|reduced|increased|lowered|"
    r"decreased|changed|associated)\b|"
    r"\b(?:had|has|showed|shows|with) no (?:effect|benefit|impact)\b|"
    r"\bfailed to (?:improve|reduce|increase|prevent|lower|show)\b|"
    r"\bsimilar (?:in|between) (?:both|the two) groups\b",
    re.IGNORECASE,
)
_NON_INFERIOR = re.compile(r"\bnon-?\s?inferior\w*\b", re.IGNORECASE)
_NOT_SUPERIOR = re.compile(r"\bnot superior\b|\bwas not better\b", re.IGNORECASE)
_SIGNIFICANT_EFFECT = re.compile(
    rf"\bsignificantly (?:{_UP}|{_DOWN}|{_BETTER})\b|\b(?:{_UP}|{_DOWN}|{_BETTER})\w* "
    r"significantly\b",
    re.IGNORECASE,
)
_SIGNIFICANT_CHANGE = re.compile(rf"\bsignificant(?:ly)? (?:{_UP}|{_DOWN})", re.IGNORECASE)
# The abstract sentence must share this many of the claim's distinctive terms.
MIN_SHARED_TERMS = 3
MIN_SHARED_SHARE = 0.5


@dataclass
class Contradiction:
    sentence: str
    reason: str  # "no significant difference", "non-inferiority only", "the opposite direction"


def contradiction(claim: ClaimProfile, record: RecordProfile) -> Contradiction | None:
    """The abstract sentence that contradicts the claim, or None."""
    effect = _EFFECT.search(claim.text)
    if effect is None or _CLAIM_NOT_ASSERTED.search(claim.text) or not record.has_abstract:
        return None
    distinctive = {t for t, w in claim.terms.weights.items() if w >= 0.2 and not is_generic(t)}
    if len(distinctive) < MIN_SHARED_TERMS:
        return None
    found: Contradiction | None = None
    for index, sentence in enumerate(record.sentences):
        if index == 0 and record.record.title.strip():
            continue  # a title names the question, not the answer
        shared = distinctive & record.sentence_terms[index]
        if len(shared) < MIN_SHARED_TERMS or len(shared) < MIN_SHARED_SHARE * len(distinctive):
            continue
        reason = _reason(claim.text, sentence)
        if reason is None:
            continue
        if _confirmed_elsewhere(record, index, distinctive):
            return None
        found = found or Contradiction(sentence, reason)
    return found


def _reason(claim_text: str, sentence: str) -> str | None:
    if _SIGNIFICANT_EFFECT.search(sentence) and not _NULL.search(sentence):
        return None
    if _NULL.search(sentence):
        # "significantly reduced pain but did not improve function": mixed, not a denial.
        if _SIGNIFICANT_EFFECT.search(_NULL.sub("", sentence)):
            return None
        return "no significant difference or effect"
    if _SUPERIOR.search(claim_text) and (
        _NOT_SUPERIOR.search(sentence) or _NON_INFERIOR.search(sentence)
    ):
        return "non-inferiority only, not superiority"
    claim_up, claim_down = _UP_WORD.search(claim_text), _DOWN_WORD.search(claim_text)
    change = _SIGNIFICANT_CHANGE.search(sentence)
    if change and bool(claim_up) != bool(claim_down):
        said_up = bool(_UP_WORD.search(change.group(0)))
        if said_up != bool(claim_up):
            return "a change in the opposite direction"
    return None


def _confirmed_elsewhere(record: RecordProfile, skip: int, distinctive: set[str]) -> bool:
    """Whether another abstract sentence on the same terms reports a significant effect."""
    for index, sentence in enumerate(record.sentences):
        if index in (0, skip):
            continue
        if len(distinctive & record.sentence_terms[index]) >= MIN_SHARED_TERMS and (
            _SIGNIFICANT_EFFECT.search(sentence) and not _NULL.search(sentence)
        ):
            return True
    return False
