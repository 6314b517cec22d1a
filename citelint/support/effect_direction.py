"""Statements of an effect's direction, in a claim or an abstract's result (CL306).

"Dexamethasone resulted in lower 28-day mortality" is read as who (dexamethasone), which way
(down), on what (28-day mortality) and the rest (in whom, against what); "did not reduce
intubation" as an effect denied; "reduced intubation but not mortality" as an effect with an
outcome it excludes. ``citelint.support.direction_conflict`` compares a claim's statement with
the abstract's. Only plain shapes are read: a clause that fits none is no statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from citelint.support.word_lists import word_list

DOWN, UP, BETTER, ANY = "down", "up", "better", "any"

_DOWN_VERB = r"reduc(?:e|es|ed)|lower(?:s|ed)?|decreas(?:e|es|ed)|cuts?|halved|prevent(?:s|ed)?"
_UP_VERB = r"increas(?:e|es|ed)|rais(?:e|es|ed)|doubled"
_BETTER_VERB = r"improv(?:e|es|ed)"
_DOWN_ADJ = r"lower|reduced|decreased|less|fewer|smaller"
_UP_ADJ = r"higher|increased|greater|more|larger|elevated"
_DEGREE = (
    r"(?:(?:a|an)\s+)?(?:(?:statistically\s+)?(?:significantly|substantially|markedly|much|"
    r"considerably|clinically\s+meaningful|significant|substantial|marked)\s+)?"
)
_LINK = (
    r"resulted\s+in|results\s+in|led\s+to|leads\s+to|(?:was|were|is|are)\s+associated\s+with|"
    r"caused|causes|produced|yielded|had|has|have|showed|shows|conferred"
)
# "X reduced Y", "X resulted in lower Y": the outcome follows the effect words.
_AFTER = re.compile(
    rf"\b(?:(?:{_LINK})\s+{_DEGREE}(?:(?P<adj_down>{_DOWN_ADJ})|(?P<adj_up>{_UP_ADJ}))|"
    rf"(?P<down>{_DOWN_VERB})|(?P<up>{_UP_VERB})|(?P<better>{_BETTER_VERB}))\b(?!-)",
    re.IGNORECASE,
)
# "the risk of Y was lower among those who received X": the outcome comes first.
_BEFORE = re.compile(
    rf"\b(?:was|were|is|are)\s+{_DEGREE}(?:(?P<adj_down>{_DOWN_ADJ})|(?P<adj_up>{_UP_ADJ})|"
    r"(?P<better>improved))\b",
    re.IGNORECASE,
)
# A bare verb after these words is an adjective or no result: "with reduced ejection
# fraction", "designed to reduce", "was reduced" (read by _BEFORE).
_NOT_A_VERB_AFTER = frozenset(
    word_list(
        "with and or of a an the mildly moderately severely to for in by was were is are be "
        "been being had has have not no at than on from into their its very"
    )
)
# "more likely to", "less than half": no direction of an outcome.
_NO_OUTCOME_NEXT = re.compile(r"\s*(?:likely|than|often|frequent\w*|common\w*|severe)\b", re.I)
# The size of an effect, not an outcome: "had a larger effect on mortality", "a greater
# mortality reduction" say the effect was bigger, not that mortality went up.
_EFFECT_SIZE = frozenset(
    word_list(
        "effect effects impact benefit benefits reduction reductions decrease decreases "
        "decline drop fall increase increases rise improvement improvements protection "
        "advantage change changes difference differences efficacy magnitude"
    )
)
_GROUP_END = re.compile(r"\b(?:than|vs|versus|and|but|whereas|while)\b|[,;(]", re.IGNORECASE)
# A claim that denies an effect: "did not reduce", "had no effect on", "failed to improve".
_DENIED = re.compile(
    r"\b(?:did|does|do)(?:\s+not|n't)\s+(?:significantly\s+|meaningfully\s+)?"
    r"(?P<verb>reduce|lower|decrease|cut|prevent|improve|increase|raise|affect|change|alter)\b|"
    r"\b(?:had|has|have|showed|shows|show|produced)\s+no\s+(?:significant\s+|clear\s+|"
    r"meaningful\s+|measurable\s+)?(?P<noun>effect|benefit|impact|improvement|reduction|"
    r"increase)\s+(?:on|in)\b|"
    r"\bfailed\s+to\s+(?P<failed>reduce|lower|decrease|prevent|improve|increase)\b",
    re.IGNORECASE,
)
_DENIED_WAY = {
    "reduce": DOWN, "lower": DOWN, "decrease": DOWN, "cut": DOWN, "prevent": DOWN,
    "reduction": DOWN, "increase": UP, "raise": UP, "improve": BETTER, "benefit": BETTER,
    "improvement": BETTER, "affect": ANY, "change": ANY, "alter": ANY, "effect": ANY,
    "impact": ANY,
}  # fmt: skip
# Where an outcome ends and the population or comparison begins.
_OUTCOME_END = re.compile(
    r"\b(?:in|among|compared|than|versus|vs|after|at|from|by|when|whether|within|during|"
    r"over|with|but|although|though|whereas|while|which|who|that|as|because|relative|"
    r"despite|regardless|irrespective|even|and\s+(?:was|were|had|is|are)|to)\b|[,;:(\[]|"
    # "hospitalization for heart failure" is one outcome; "for patients" is a population.
    r"(?<!hospitalization )(?<!hospitalisation )(?<!admission )(?<!admissions )\bfor\b",
    re.IGNORECASE,
)
_OUTCOME_LEAD = re.compile(
    r"^(?:(?:the|a|an|both|either|combined|overall|composite|relative|absolute)\s+)*"
    r"(?:(?:risk|rate|rates|incidence|odds|number|likelihood|need|hazard|frequency|"
    r"occurrence|proportion|chance)\s+(?:of|for)\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# What stands against the intervention: "than warfarin", "compared with placebo".
_COMPARATOR = re.compile(
    r"\b(?:than|versus|vs\.?|(?:as\s+)?compared\s+(?:with|to)|relative\s+to|over)\s+[^,;()]*",
    re.IGNORECASE,
)
_SUBJECT_START = re.compile(
    r".*(?:[,;:]|\b(?:that|showed|shows|found|finds|demonstrated|reported|reports)\b)\s*",
    re.IGNORECASE | re.DOTALL,
)
_BUT_NOT = re.compile(r",?\s+but\s+not\s+(?P<what>[^,;()]+)", re.IGNORECASE)
_POPULATION_LEAD = re.compile(
    r"^(?:(?:in|among|for)\s+)?(?:(?:the|those|patients|participants|people|subjects|"
    r"adults|children|individuals)\s+)*(?:who\s+were\s+|who\s+are\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Statement:
    """One plainly worded direction of effect: who, which way, on what, and the rest."""

    way: str  # DOWN, UP or BETTER; for a denial, the way denied (ANY: "no effect on")
    denied: bool
    subject: str
    outcome: str
    rest: str
    words: str  # the words stating it, for the message: "resulted in lower 28-day mortality"
    excluded: list[str] = field(default_factory=list)  # "but not mortality", "but not among …"
    group: str = ""  # a claim's: whom it is about, wherever the claim names it


@lru_cache(maxsize=4096)
def claim_statement(text: str) -> Statement | None:
    """The claim's statement when it plainly asserts or denies one effect; None otherwise."""
    text = re.sub(r"\s+", " ", text).strip()
    denied = _DENIED.search(text)
    if denied is not None:
        verb = (denied["verb"] or denied["noun"] or denied["failed"]).lower()
        outcome, rest = split_outcome(text[denied.end() :])
        subject = _subject(text[: denied.start()])
        return Statement(_DENIED_WAY[verb], True, subject, outcome, rest, denied[0])
    found = statements(text)
    return found[0] if found else None


def statements(clause: str) -> list[Statement]:
    """Each direction of effect ``clause`` states, in order, with what ``but not`` excludes."""
    clause = re.sub(r"\s+", " ", clause).strip()
    excluded = [match["what"].strip() for match in _BUT_NOT.finditer(clause)]
    main = _BUT_NOT.sub("", clause)
    found: list[Statement] = []
    for match in _AFTER.finditer(main):
        way = _way(match)
        before = main[: match.start()]
        if way is None or before.rstrip().endswith("-"):
            continue
        previous = re.findall(r"[A-Za-z]+", before[-20:])
        bare_verb = not (match["adj_down"] or match["adj_up"])
        if bare_verb and previous and previous[-1].lower() in _NOT_A_VERB_AFTER:
            continue
        if _NO_OUTCOME_NEXT.match(main, match.end()):
            continue
        outcome, rest = split_outcome(main[match.end() :])
        subject = _subject(before)
        if outcome and subject and not _effect_size(outcome):
            words = f"{match[0]} {outcome}"
            found.append(Statement(way, False, subject, outcome, rest, words, excluded))
    for match in _BEFORE.finditer(main):
        way = _way(match)
        if way is None or _NO_OUTCOME_NEXT.match(main, match.end()):
            continue
        outcome = _subject(main[: match.start()])
        outcome = _OUTCOME_LEAD.sub("", outcome).strip()
        rest = main[match.end() :]
        # Who had it: "among those who received dapagliflozin", up to the comparator.
        subject = _GROUP_END.split(rest, maxsplit=1)[0].strip()
        if outcome and not _effect_size(outcome):
            words = f"{outcome} {match[0]}"
            found.append(Statement(way, False, subject, outcome, rest, words, excluded))
    return found


def _effect_size(outcome: str) -> bool:
    """Whether ``outcome`` opens or ends with the size of an effect ("effect on mortality",
    "mortality reduction"), which has no direction of its own."""
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", outcome.lower())
    return bool(words) and (words[0] in _EFFECT_SIZE or words[-1] in _EFFECT_SIZE)


def _way(match: re.Match[str]) -> str | None:
    named = match.groupdict()
    if named.get("adj_down") or named.get("down"):
        return DOWN
    if named.get("adj_up") or named.get("up"):
        return UP
    if named.get("better"):
        return BETTER
    return None


def split_outcome(after: str) -> tuple[str, str]:
    """(the outcome, the rest) of the words after an effect: "28-day mortality", "in …"."""
    after = _OUTCOME_LEAD.sub("", after.strip())
    end = _OUTCOME_END.search(after)
    if end is None:
        return after.strip(" ."), ""
    return after[: end.start()].strip(" ."), after[end.start() :].strip()


def _subject(before: str) -> str:
    """Who acts: the words before the effect after the last comma or "that"."""
    return _SUBJECT_START.sub("", before).strip()


def comparator_text(text: str) -> str:
    """The words of ``text`` that name what the intervention was compared with."""
    return " ".join(match[0] for match in _COMPARATOR.finditer(text))


def without_comparators(text: str) -> str:
    return _COMPARATOR.sub(" ", text)


def population_text(rest: str) -> str:
    """The group a statement is about: "in hospitalized patients with Covid-19"."""
    rest = re.sub(r"\([^()]*\)", " ", rest)
    found = re.search(r"\b(?:in|among|for)\b", rest, re.IGNORECASE)
    if found is None:
        return ""
    return without_comparators(rest[found.start() :]).strip(" .")


def excluded_population(what: str) -> str | None:
    """The group a "but not among those …" excludes; None when it excludes an outcome."""
    if not re.match(r"(?:in|among|for)\b", what, re.IGNORECASE):
        return None
    return _POPULATION_LEAD.sub("", what).strip()
