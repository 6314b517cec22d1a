"""Whether two numbers of one kind in a source sentence measure different outcomes.

``citelint.support.comparisons`` pairs neighbouring shares, rates or measurements as the arms
of one comparison; the text between two of them may show that the second starts another
outcome ("death in 10.0% and 12.5%, and adverse events in 30.1% and 29.8%"), in which case
they are no arms of one comparison.
"""

from __future__ import annotations

import re

from citelint.support.quantity import Quantity
from citelint.support.variables import COMPARING as _COMPARING
from citelint.support.variables import GROUP_WORD as _GROUP_WORD
from citelint.support.variables import ComparedNames, drug_as_variable, is_drug

PEOPLE_WORDS = r"patients|participants|persons|those|women|men|children|adults"


# "..., and adverse events in 30.1%", ", and the rate of stroke was 3.1%": a noun phrase after
# a clause's joining word names another outcome, unless it is an arm ("and the placebo group
# 10.2%", ", placebo 10.2%") or starts with one's preposition ("and in 241 in the warfarin
# group (2.2%", "and in 10.2% of those who received placebo").
_CLAUSE_PHRASE = re.compile(
    r"(?:,|\b(?:and|or|but|while|whereas)\b)\s*(?:(?:and|or|but|while|whereas)\s+)?"
    r"(?:the\s+)?(?!(?:and|or|but|while|whereas)\b)(?P<phrase>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,6})\s*[(\[:,]?\s*$",
    re.IGNORECASE,
)
_ARM_START = re.compile(
    r"(?:in|among|of|with|for|on|at|by|receiving|given|taking|assigned|who|those)\b",
    re.IGNORECASE,
)
_ARM_WORD = re.compile(
    rf"\b(?:group|arm|recipients|users|cohort|placebo|controls?|usual[ -]care|sham|"
    rf"{PEOPLE_WORDS}|subjects)\b",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_LONGEST_BETWEEN = 160  # characters; farther apart, two numbers are no one comparison


# "12.5% of patients died and 30.1% had adverse events", "45% were women and 30% had
# diabetes": each number has its own predicate, and they differ.
_VERB = (
    r"were|was|had|has|have|died|developed|reported|experienced|underwent|required|needed|"
    r"discontinued|stopped|responded|recovered|smoked|received"
)
_PREDICATE_BEFORE = re.compile(rf"(?<!who )(?<!that )(?<!which )\b(?P<verb>{_VERB})\b", re.I)
_PREDICATE_AFTER = re.compile(
    rf"(?:\s*%|\s+percent)?(?:\s+of\s+(?:the\s+)?[a-z-]+)?\s+(?P<verb>{_VERB})\b", re.I
)
_JOIN_AT_END = re.compile(r"(?:,|\band\b)\s*$", re.IGNORECASE)


def starts_another_outcome(
    plain: str, previous: Quantity, item: Quantity, names: ComparedNames
) -> bool:
    """Whether the text between two numbers of one kind shows they measure different things."""
    between = plain[previous.end : item.start]
    if len(between) > _LONGEST_BETWEEN or _RESPECTIVELY.search(between):
        return True
    if _COMPARING.search(between):
        return False
    clause = _CLAUSE_PHRASE.search(between)
    if clause and not _names_an_arm(plain, clause["phrase"], names):
        return True
    before = _PREDICATE_BEFORE.search(between)
    after = _PREDICATE_AFTER.match(plain, item.end)
    if not (before and after and _JOIN_AT_END.search(between)):
        return False
    # "... and 10.2% were affected in the placebo group": a second wording of one outcome.
    clause = re.split(r"[,;.()]", plain[after.end() : after.end() + 80], maxsplit=1)[0]
    if _GROUP_WORD.search(clause):
        return False
    if before["verb"].lower() != after["verb"].lower():
        return True
    # "45% were women and 30% were smokers": one verb, two different things.
    first = _complement(between, before.end())
    second = _complement(plain, after.end())
    return bool(first and second and first != second)


# The thing a predicate names ("were women", "had a stroke"), by its first five letters so
# that "an event" and "events" are one; a preposition ("were in the placebo group") is none.
_COMPLEMENT = re.compile(r"\s+(?:an?\s+|the\s+)?(?P<word>[a-z][a-z-]+)", re.IGNORECASE)
_NO_COMPLEMENT = frozenset(
    {"in", "among", "of", "with", "for", "on", "at", "to", "by", "from", "after", "during"}
    | {"within", "than", "as", "not", "also"}
)


def _complement(text: str, end: int) -> str:
    match = _COMPLEMENT.match(text, end)
    word = match["word"].lower() if match else ""
    return "" if word in _NO_COMPLEMENT else word[:5]


def _names_an_arm(plain: str, phrase: str, names: ComparedNames) -> bool:
    """Whether a noun phrase between two numbers names an arm ("the placebo group", "in
    those who received", "warfarin") rather than another outcome ("stroke")."""
    if _ARM_START.match(phrase) or _ARM_WORD.search(phrase):
        return True
    word = phrase.split()[0].lower()
    if is_drug(word):
        # "rivaroxaban 4.1%, warfarin 5.4%"; "aspirin use at baseline was 36.5%" is a variable.
        return not drug_as_variable(phrase)
    # A word the source names an arm by elsewhere: "in the lifestyle group", "assigned to
    # receive lifestyle intervention", "stenting versus ablation".
    return word in _arm_names(plain) or word[:5] in names.words


# Every word up to two before "group" ("the lifestyle group" gives "the" and "lifestyle":
# a lookahead, as matches may overlap), and the word after "received"/"assigned to".
_ARM_NAMED = re.compile(
    r"\b(?=([a-z][a-z-]+)(?:[- ][a-z]+)?\s+(?:group|arm|recipients)\b)|\b(?:receive|received|"
    r"receiving|assigned\s+to(?:\s+receive)?)\s+(?:either\s+)?([a-z][a-z-]+)",
    re.IGNORECASE,
)


def _arm_names(plain: str) -> set[str]:
    """The words a text names its arms by, and each part of a hyphened one."""
    names: set[str] = set()
    for match in _ARM_NAMED.finditer(plain):
        for name in match.groups():
            if name:
                names.update(name.lower().split("-"))
    return names
