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
from functools import lru_cache

from citelint.support.direction_conflict import direction_conflict
from citelint.support.dose_response import claims_dose_response, denying_sentence
from citelint.support.profiles import ClaimProfile, RecordProfile
from citelint.support.terms import is_generic, key_terms

_UP = r"increas\w*|rais\w*|ris(?:e|es|ing)|rose|higher|more|elevat\w*|greater|boost\w*"
_DOWN = r"reduc\w*|decreas\w*|lower\w*|declin\w*|fell|falling|less|fewer|diminish\w*|cut"
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
    r"unchanged|as well as|as effective as|as good as|non-?inferior\w*|equivalent|"
    # "aspirin for preventing recurrence": a purpose, as titles state it, not a result
    r"for (?:preventing|reducing|improving|increasing|lowering|decreasing)|"
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
    r"\bsimilar (?:in|between) (?:both|the two) groups\b|"
    r"\b(?:was|were|is|are) (?:as effective|as good) as\b|"
    r"\bwas not statistically significant\b|"
    # A p-value above 0.05 given as the result: no significant difference.
    r"\bp\s*(?:=\s*0?\.(?:0[6-9]|[1-9])|>\s*0?\.05)",
    re.IGNORECASE,
)
_NON_INFERIOR = re.compile(r"\bnon-?\s?inferior\w*\b", re.IGNORECASE)
# How a trial was tested, not what it found (user32b P1-8): "In this noninferiority trial,
# 18,113 patients were randomly assigned ...", "the primary hypothesis was noninferiority".
_NON_INFERIORITY_DESIGN = re.compile(
    r"\bnon-?\s?inferiority\s+(?:trial|study|design|margin|hypothesis|boundary|comparison)s?\b|"
    r"\bhypothesis\s+(?:was|of)\s+non-?\s?inferiority\b",
    re.IGNORECASE,
)
# A result worded by its margin: "met the noninferiority margin", "fell within the prespecified
# noninferiority margin" (review32b P1-3; a Methods sentence naming the margin is no result).
_MARGIN_MET = re.compile(
    r"\b(?:met|meets?|meeting|within|below|under|inside)\s+(?:the\s+)?"
    r"(?:pre-?specified\s+|predefined\s+)?non-?\s?inferiority\s+(?:margin|boundary)",
    re.IGNORECASE,
)
# A result that shows superiority too: "(relative risk, 0.66; P<0.001 for superiority)".
_SUPERIORITY_SHOWN = re.compile(
    r"\bp\s*(?:<\s*0?\.0[0-5]\d*|=\s*0?\.0[0-4]\d*)\s+for\s+superiority\b", re.IGNORECASE
)
_NOT_SUPERIOR = re.compile(r"\bnot superior\b|\bwas not better\b", re.IGNORECASE)
_SIGNIFICANT_EFFECT = re.compile(
    rf"\bsignificantly (?:{_UP}|{_DOWN}|{_BETTER})\b|\b(?:{_UP}|{_DOWN}|{_BETTER})\w* "
    r"significantly\b",
    re.IGNORECASE,
)
# A null on one outcome "with significant reductions in intracranial hemorrhage" on others:
# NEJM abstracts join the two in one sentence (user32b P1-7).
# Only the joined "with significant ..." shape: "did not result in a significant reduction"
# is itself a null (review32b P1-2).
_SIGNIFICANT_CHANGES = re.compile(
    r"(?<!not associated )\bwith\s+(?:a\s+)?(?:statistically\s+)?significant(?:ly)?\s+"
    r"(?:greater\s+|larger\s+)?(?:reduction|decrease|increase|improvement|benefit|lowering)s?\b",
    re.IGNORECASE,
)
_SIGNIFICANT_CHANGE = re.compile(rf"\bsignificant(?:ly)? (?:{_UP}|{_DOWN})", re.IGNORECASE)
# What the claim's effect is on ends where the population or comparison begins.
# Or where a verb follows it: "54 more deaths occurred with ..." is about deaths, not about
# whatever else "occurred" (a null result's "The primary outcome occurred in ...").
_OUTCOME_END = re.compile(
    r"\b(?:in|among|for|with|compared|than|versus|vs|after|at|from|by|when|whether|"
    r"within|during|over|occurr?(?:ed|ing|s)?|was|were)\b|[,;(]",
    re.IGNORECASE,
)
# Clauses of one abstract sentence that may report on different outcomes.
_CLAUSE_BREAK = re.compile(
    r",?\s+\b(?:but|although|though|whereas|while|yet)\b\s+|;\s*", re.IGNORECASE
)
NON_INFERIORITY_ONLY = "non-inferiority only, not superiority"
# The abstract sentence must share this many of the claim's distinctive terms.
MIN_SHARED_TERMS = 3
MIN_SHARED_SHARE = 0.4
MIN_SHARED_SHARE_ANY = 0.5


@dataclass
class Contradiction:
    sentence: str
    reason: str  # "no significant difference", "non-inferiority only", "the opposite direction"


def contradiction(claim: ClaimProfile, record: RecordProfile) -> Contradiction | None:
    """The abstract sentence that contradicts the claim, or None."""
    if not record.has_abstract:
        return None
    found = _null_result(claim, record)
    if found is None and claims_dose_response(claim.text):
        denial = denying_sentence(record.sentences, record.record.title)
        found = Contradiction(denial, "no dose-response") if denial else None
    if found is None:
        # The direction of effect, or an outcome or group a result excludes (user22 P1 15).
        conflict = direction_conflict(claim.text, record.record)
        found = Contradiction(*conflict) if conflict else None
    return found


def _null_result(claim: ClaimProfile, record: RecordProfile) -> Contradiction | None:
    """The sentence reporting no effect (or the opposite) of what the claim asserts."""
    effect_end = _asserted_effect(claim.text)
    if effect_end is None:
        return None
    distinctive = {t for t, w in claim.terms.weights.items() if w >= 0.2 and not is_generic(t)}
    if len(distinctive) < MIN_SHARED_TERMS:
        return None
    outcome = _outcome_terms(claim.text, effect_end, distinctive)
    found: Contradiction | None = None
    for index, sentence in enumerate(record.sentences):
        if index == 0 and record.record.title.strip():
            continue  # a title names the question, not the answer
        shared = distinctive & record.sentence_terms[index]
        # A sentence about the claim's own outcome may share a little less of the rest.
        share = MIN_SHARED_SHARE if outcome & shared else MIN_SHARED_SHARE_ANY
        if len(shared) < MIN_SHARED_TERMS or len(shared) < share * len(distinctive):
            continue
        reason = _clause_reason(claim.text, sentence, outcome)
        if reason is None:
            continue
        if reason == NON_INFERIORITY_ONLY and _SUPERIORITY_SHOWN.search(sentence):
            continue  # "P<0.001 for noninferiority) and ... P<0.001 for superiority)"
        if _confirmed_elsewhere(record, index, distinctive):
            return None
        found = found or Contradiction(sentence, reason)
    return found


# An effect word that states an aim or a design, not a result: "was designed to decrease",
# "a programme to decrease", "comparison of efficacy" (user33a P1-3: CL306 on a trial cited
# for what it set out to do). Looked for in the few words before the effect word.
_AIM_BEFORE = re.compile(
    r"\b(?:designed|intended|aim(?:s|ed)?|sought|set out|meant|planned|programm?es?|"
    r"interventions?|strateg(?:y|ies)|initiatives?|bundles?) to\s+\Z|"
    r"\bcompar(?:ison|isons|ing|ed?)\s+(?:of\s+)?(?:the\s+)?\Z",
    re.IGNORECASE,
)
_AIM_REACH = 40  # characters before the effect word: "intervention to " and more
# After an aim, a verb asserting the effect ("programmes to prevent falls [reduced] the
# rate"), not one the aim goes on with ("to reduce falls and improve", "and to lower") nor
# an adjective ("in more frail patients").
_AIM_GOES_ON = re.compile(r"(?:\b(?:and|or|nor|to)\s+|,\s*)\Z", re.IGNORECASE)
_ASSERTING_VERB = re.compile(r"\w+(?:ed|[^s]s)|fell|rose", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _asserted_effect(claim_text: str) -> int | None:
    """Where the effect word of a plainly asserted claim ends; None for a hedged claim, or
    one stating only an aim or a design ("a falls-prevention programme designed to reduce
    falls": its other effect words name the programme, as "for preventing" does)."""
    effect = _EFFECT.search(claim_text)
    if effect is None or _CLAIM_NOT_ASSERTED.search(claim_text):
        return None
    aimed = False
    for word in _EFFECT.finditer(claim_text, effect.start()):
        before = claim_text[max(0, word.start() - _AIM_REACH) : word.start()]
        if _AIM_BEFORE.search(before):
            aimed = True
        elif aimed and not _AIM_GOES_ON.search(before) and _ASSERTING_VERB.fullmatch(word[0]):
            return word.end()
    return None if aimed else effect.end()


# A comparison's outcome after its effect: "more effective than warfarin at preventing".
_PURPOSE_EFFECT = re.compile(
    r"\b(?:at|in|for)\s+(?:prevent|reduc|lower|decreas|improv|avoid)\w*ing\b", re.IGNORECASE
)


def _outcome_terms(claim_text: str, after: int, distinctive: set[str]) -> set[str]:
    """The distinctive terms of what the claim's effect is on: "reduced [all-cause
    mortality] in heart failure"; empty when the claim names it before the verb."""
    tail = _OUTCOME_END.split(claim_text[after:], maxsplit=1)[0]
    terms = key_terms(tail) & distinctive
    purpose = None if terms else _PURPOSE_EFFECT.search(claim_text, after)
    if purpose is not None:
        # "more effective than warfarin [at preventing stroke]" (user32b P1-8)
        tail = _OUTCOME_END.split(claim_text[purpose.end() :], maxsplit=1)[0]
        terms = key_terms(tail) & distinctive
    return terms


def _clause_reason(claim_text: str, sentence: str, outcome: set[str]) -> str | None:
    """Why one clause of ``sentence`` contradicts the claim: a clause that reports no
    effect on another outcome ("reduced admissions but did not lower mortality") does not."""
    clauses = _clauses(sentence)
    if len(clauses) == 1 and not outcome:
        return _reason(claim_text, sentence)
    # "Among patients with heart failure, X did not reduce death, although worsening heart
    # failure events were lower": the clause naming most of the outcome is the one about it;
    # another shares only the population's words.
    overlaps = [len(outcome & key_terms(clause)) for clause in clauses]
    most = max(overlaps)
    for clause, overlap in zip(clauses, overlaps, strict=True):
        if outcome and (not overlap or overlap < most):
            continue
        if outcome and _null_about_others(clause, outcome):
            continue  # "did not reduce mortality ... and only modestly reduced stroke"
        reason = _reason(claim_text, clause)
        if reason is not None:
            return reason
    return None


def _clauses(sentence: str) -> list[str]:
    """``sentence`` split at its clause breaks, except before a part inside parentheses that
    holds only a statistic: "(hazard ratio, 0.74; 95% CI, 0.65 to 0.85; P<0.001)" reports one
    result, but "(...; cardiovascular death was not significantly reduced, P=0.12)" another."""
    clauses = []
    start = 0
    for found in _CLAUSE_BREAK.finditer(sentence):
        if _statistic_follows(sentence, found):
            continue
        clauses.append(sentence[start : found.start()])
        start = found.end()
    clauses.append(sentence[start:])
    return clauses


# The only words of a part that states a statistic and nothing else: "95% CI, 0.65 to 0.85",
# "P=0.80 for interaction", "hazard ratio, 0.74", "difference, 2.1 percentage points".
_STATISTIC_WORD = re.compile(
    r"(?:hazard|odds|risk|rate|ratio|relative|absolute|difference|reduction|increase|mean|"
    r"median|adjusted|unadjusted|ci|cri|confidence|credible|interval|p|hr|or|rr|irr|arr|rrr|"
    r"nnt|nnh|number|needed|to|treat|harm|for|interaction|trend|heterogeneity|non|"
    r"noninferiority|inferiority|superiority|both|each|comparison|and|vs|versus|i|tau|n|sd|"
    r"se|iqr|range|percentage|point|percent|day|week|month|year|mg|kg|mmhg|mm|hg|ml|dl|mmol|l)"
    r"s?",
    re.IGNORECASE,
)
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _statistic_follows(sentence: str, found: re.Match[str]) -> bool:
    """Whether the clause break ``found`` stands inside parentheses and the part after it, up
    to the next break or the closing parenthesis, holds a number and no word but a statistic's.
    A part naming another outcome ("cardiovascular death, P=0.12") or a verb stays a clause."""
    before = sentence[: found.start()]
    if before.count("(") <= before.count(")"):
        return False
    part = sentence[found.end() :].split(")", 1)[0]
    next_break = _CLAUSE_BREAK.search(part)
    if next_break is not None:
        part = part[: next_break.start()]
    if not any(character.isdigit() for character in part):
        return False
    return all(_STATISTIC_WORD.fullmatch(word) for word in _LETTER_RUN.findall(part))


# Where the outcome a null finding names ends; "between the groups" names none.
_NULL_OUTCOME_END = re.compile(rf"{_OUTCOME_END.pattern}|\bbetween\b", re.IGNORECASE)


# A null finding whose next words are its outcome: "did not reduce [mortality]", "no
# significant difference in [mortality]", "had no effect on [pain]".
_TAKES_AN_OUTCOME = re.compile(
    r"(?:reduc|improv|lower|increas|decreas|prevent|affect|alter|chang|differen|effect|"
    r"benefit|associat|impact)\w*\Z",
    re.IGNORECASE,
)


def _null_about_others(clause: str, outcome: set[str]) -> bool:
    """Whether every null finding of ``clause`` names its own outcome right after it ("did
    not significantly reduce all-cause mortality"), none the claim's (user22 P1 13). A null
    finding that names no outcome there ("mortality did not differ") may be the claim's."""
    nulls = list(_NULL.finditer(clause))
    if not nulls:
        return False
    for null in nulls:
        if not _TAKES_AN_OUTCOME.search(null[0]):
            return False  # "was as effective as daily budesonide": a comparator follows
        after = re.sub(r"^\s*(?:in|on|of)\s+", "", clause[null.end() :], flags=re.IGNORECASE)
        named = {t for t in key_terms(_NULL_OUTCOME_END.split(after, maxsplit=1)[0])}
        named = {t for t in named if not is_generic(t)}
        if not named or named & outcome:
            return False
    return True


def _reason(claim_text: str, sentence: str) -> str | None:
    if _SIGNIFICANT_EFFECT.search(sentence) and not _NULL.search(sentence):
        return None
    if _NULL.search(sentence):
        # "significantly reduced pain but did not improve function": mixed, not a denial.
        rest = _NULL.sub("", sentence)
        if _SIGNIFICANT_EFFECT.search(rest) or _SIGNIFICANT_CHANGES.search(rest):
            return None
        return "no significant difference or effect"
    if _SUPERIOR.search(claim_text) and (
        _NOT_SUPERIOR.search(sentence) or _non_inferiority_only(sentence)
    ):
        return NON_INFERIORITY_ONLY
    claim_up, claim_down = _UP_WORD.search(claim_text), _DOWN_WORD.search(claim_text)
    change = _SIGNIFICANT_CHANGE.search(sentence)
    if change and bool(claim_up) != bool(claim_down):
        said_up = bool(_UP_WORD.search(change.group(0)))
        if said_up != bool(claim_up):
            return "a change in the opposite direction"
    return None


def _non_inferiority_only(sentence: str) -> bool:
    """Whether ``sentence`` finds non-inferiority, not only names the trial's design ("In this
    noninferiority trial, ...")."""
    if _MARGIN_MET.search(sentence):
        return True
    return _NON_INFERIOR.search(_NON_INFERIORITY_DESIGN.sub("", sentence)) is not None


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
