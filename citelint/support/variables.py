"""Shares of a source sentence that measure different variables, not the arms of one comparison.

A baseline sentence lists the shares of its variables ("45% women, 30% with diabetes, 22%
current smokers", "45% of patients had hypertension, 30% diabetes and 12% heart failure");
their ratios are nothing, and pairing them lets a wrong relative change pass CL301 (review20
F3). A share written with its own noun or verb right after it ("45% women", "60% responded")
names what it measures; a clause led by a drug's use ("aspirin use at baseline was 36.5%")
names a variable, not an arm (review20 B2a).
"""

from __future__ import annotations

import re
from functools import cached_property

from citelint.pubmed.labels import is_drug as is_generic_drug
from citelint.support.numbers import Quantity

# Between or around two numbers, a word that compares them: they are arms.
COMPARING = re.compile(r"\b(?:vs\.?|versus|compared|than)(?!\w)", re.IGNORECASE)
GROUP_WORD = re.compile(
    r"\b(?:group|arm|recipients|users|cohort|placebo|controls?|usual[ -]care|sham)\b", re.I
)
# Arms a source names by a drug alone ("rivaroxaban 4.1%, warfarin 5.4%") whose names do not
# end as a generic name's do.
_DRUGS_BY_NAME = frozenset({"warfarin", "aspirin", "insulin", "heparin", "metformin", "vaccine"})


def is_drug(word: str) -> bool:
    """Whether a lower-case word is a drug's name ("warfarin", "rivaroxaban")."""
    return word in _DRUGS_BY_NAME or is_generic_drug(word)


# After a drug, a word that makes it a variable of the patients: "aspirin use at baseline was
# 36.5%", "insulin was used by 12.0%", "statin therapy at entry 60%".
_DRUG_AS_VARIABLE = frozenset(
    {"use", "usage", "used", "users", "therapy", "prescription", "prescriptions"}
    | {"was", "were", "is", "are", "had", "at", "intake", "exposure"}
)


def drug_as_variable(phrase: str) -> bool:
    """Whether a phrase led by a drug names the drug's use, a baseline variable, not an arm
    ("aspirin use at baseline was", not "warfarin" or "aspirin alone")."""
    words = phrase.lower().split()
    return len(words) > 1 and words[1] in _DRUG_AS_VARIABLE


# The word written right after a share: "45% women", "30% Black", "60% responded".
_OWN_WORD = re.compile(r"\s*(?:%|percent\b|per cent\b)\s*(?P<word>[A-Za-z][a-z-]+)\b")
# Words after a share that name no variable of its own: the share's sample or arm, a joining
# word, a verb every arm shares ("12.0% were hospitalised ... 15.0% were admitted").
_NOT_OWN = frozenset(
    {"of", "in", "among", "with", "for", "on", "at", "by", "to", "from", "after", "during"}
    | {"within", "receiving", "given", "taking", "assigned", "who", "and", "or", "vs", "versus"}
    | {"compared", "than", "respectively", "the", "a", "an", "was", "were", "had", "have"}
    | {"has", "is", "are", "per", "overall", "events", "event", "patients", "participants"}
)
_ARM_WORDS = frozenset(
    {"intervention", "treated", "treatment", "untreated", "vaccinated", "unvaccinated"}
    | {"groups", "arms", "cohorts", "dose", "doses", "mg", "regimen", "regimens", "therapy"}
    | {"surgery", "care", "management", "strategy", "training", "exercise", "diet"}
    | {"program", "programme", "counselling", "counseling", "drug", "vaccine", "the"}
)


def own_word(plain: str, share: Quantity) -> str:
    """The variable a share names right after it ("women" in "45% women"), by its first five
    letters; "" when the share names none ("8.1% of patients", "4.1% in the drug group")."""
    match = _OWN_WORD.match(plain, share.end, share.end + 40)
    word = match["word"].lower() if match else ""
    if word in _NOT_OWN or word in _ARM_WORDS or is_drug(word) or GROUP_WORD.match(word):
        # "4.1% rivaroxaban, 5.4% warfarin", "8.1% vaccinated": arms, not variables.
        return ""
    return word[:5]


# "27% with diabetes": in a list, the variable follows "with" ("with placebo" is an arm).
_WITH_WORD = re.compile(r"\s*(?:%|percent\b|per cent\b)\s*with\s+(?P<word>[a-z][a-z-]+)", re.I)


def _listed_word(plain: str, share: Quantity) -> str:
    """The variable a share of a list names: its own word, or the word after "with"."""
    word = own_word(plain, share)
    if word:
        return word
    match = _WITH_WORD.match(plain, share.end, share.end + 40)
    listed = match["word"].lower() if match else ""
    if not listed or listed in _ARM_WORDS or is_drug(listed) or GROUP_WORD.match(listed):
        return ""
    return listed[:5]


def own_variables_differ(
    plain: str, first: Quantity, second: Quantity, names: ComparedNames
) -> bool:
    """Whether two shares each name their own variable and the two differ ("45% women and 30%
    Black", "60% responded and 40% achieved remission"); two the text compares as treatments
    ("5.1% stenting, 7.2% ablation" after "stenting versus ablation") are arms."""
    if COMPARING.search(plain, first.end, second.start):
        return False
    first_word, second_word = own_word(plain, first), own_word(plain, second)
    if not (first_word and second_word and first_word != second_word):
        return False
    return not {first_word, second_word} <= names.words


def names_another_variable(
    plain: str, run: list[Quantity], item: Quantity, names: ComparedNames
) -> bool:
    """Whether ``item`` names its own variable right after it ("2.0% stroke") and a share
    of ``run`` another ("12.1% mortality with the drug vs 15.3% with placebo, and 2.0% stroke
    vs 2.9%"), with no comparing word just before it ("5.1% stenting vs 7.2% ablation")."""
    word = own_word(plain, item)
    if not word or COMPARING.search(plain, run[-1].end, item.start):
        return False
    others = {own_word(plain, share) for share in run} - {"", word}
    return bool(others) and not others | {word} <= names.words


# Two treatments a text sets against each other: "Stenting versus ablation", "assigned to
# stenting or ablation", "randomized to receive apixaban or warfarin". A plain "or" compares
# only after an assignment ("hypertension or diabetes" is two variables).
_VERSUS = re.compile(
    r"\b([a-z][a-z-]+)\s+(?:vs\.?|versus|compared\s+(?:with|to))\s+(?:the\s+)?([a-z][a-z-]+)"
    r"(?:\s+([a-z][a-z-]+))?",  # "stenting versus radiofrequency ablation"
    re.IGNORECASE,
)
_ASSIGNED = re.compile(
    r"\b(?:assigned|randomi[sz]ed|allocated)\s+(?:[\w,]+\s+){0,3}?to\s+(?:receive\s+)?"
    r"(?:either\s+)?([a-z][a-z-]+)\s+(?:or|and)\s+(?:to\s+)?([a-z][a-z-]+)",
    re.IGNORECASE,
)


def compared_names(plain: str) -> frozenset[str]:
    """The first five letters of each word a text names a compared treatment by."""
    if not ("vs" in plain or "ers" in plain or "compared" in plain or "to " in plain):
        return frozenset()
    names: set[str] = set()
    for pattern in (_VERSUS, _ASSIGNED):
        for match in pattern.finditer(plain):
            names.update(word.lower()[:5] for word in match.groups() if word)
    return frozenset(names)


class ComparedNames:
    """The compared treatments' names of one source text, found the first time two of its
    numbers ask (each pair of a source's numbers may ask): the memo of one reading of one
    source, which its ``compared_pairs`` owns, rather than a cache shared by every source."""

    def __init__(self, plain: str) -> None:
        self.plain = plain

    @cached_property
    def words(self) -> frozenset[str]:
        return compared_names(self.plain)


_SENTENCE_END = re.compile(r"(?<!\bvs)\.\s|;\s|\.$")
_WORD = re.compile(r"[A-Za-z][a-z-]+")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TO = re.compile(r"\bto\b", re.IGNORECASE)


def lists_variables(plain: str, run: list[Quantity]) -> bool:
    """Whether a run of three or more shares is a list of variables: two of its shares name
    different variables of their own ("30% diabetes and 12% heart failure"), its sentence has
    no comparing word, no two of its shares are a change "from X in 2010 to Y", and from its
    first share to the sentence's end no arm is named (a group word or a drug). Bare shares
    ("occurred in 4.1%, 5.4% and 6.0% of patients, respectively") may be arms named before."""
    if len(run) < 3 or len({_listed_word(plain, share) for share in run} - {""}) < 2:
        return False
    if any(_TO.search(plain, a.end, b.start) for a, b in zip(run, run[1:], strict=False)):
        return False
    starts = [m.end() for m in _SENTENCE_END.finditer(plain, 0, run[0].start)]
    end = _SENTENCE_END.search(plain, run[-1].end)
    sentence_start = starts[-1] if starts else 0
    sentence_end = end.start() if end else len(plain)
    if COMPARING.search(plain, sentence_start, sentence_end):
        return False
    span = plain[run[0].start : sentence_end]
    if GROUP_WORD.search(span) or _YEAR.search(span):
        return False  # "in the placebo group", "in 2000, 2010 and 2020": arms
    return not any(word in _ARM_WORDS or is_drug(word) for word in _WORD.findall(span.lower()))
