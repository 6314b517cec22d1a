"""Titles alike but for a word that defines the paper: its population ("preserved" for
"reduced" ejection fraction, HFpEF for HFrEF, children for adults), its drug (empagliflozin
for dapagliflozin) or its disease (type 1 for type 2 diabetes). Such a title is another
paper's, however alike the rest: an HFpEF trial's title on DAPA-HF's citation resolved to
DAPA-HF by likeness alone (review23b P3-2).

A word counts only where each title has its own side of a pair and lacks the other's: a
title naming both ("... Mildly Reduced or Preserved Ejection Fraction") contradicts neither.
"""

from __future__ import annotations

import re

from citelint.models import normalise
from citelint.pubmed.vocabulary import CLINICAL_ABBREVIATIONS

# Words of which a paper's title holds one, naming its population, disease or arm: two
# titles each holding another of one group are two papers.
_EXCLUSIVE = (
    frozenset(("preserved", "reduced")),
    frozenset(("acute", "chronic")),
    frozenset(("adults", "children")),
    frozenset(("adult", "pediatric", "paediatric")),
    frozenset(("systolic", "diastolic")),
    frozenset(("ischemic", "hemorrhagic")),
    frozenset(("ischaemic", "haemorrhagic")),
    frozenset(("type1", "type2")),
    frozenset(("positive", "negative")),
)
# Endings of drug names by class: two drugs of one class ("empagliflozin", "dapagliflozin")
# are two papers' drugs. Names of one class starting alike are a slip of one name.
_DRUG_CLASSES = (
    "gliflozin",
    "gliptin",
    "glutide",
    "sartan",
    "pril",
    "olol",
    "statin",
    "xaban",
    "gatran",
    "parin",
    "grel",
    "dipine",
    "mab",
    "tinib",
)
_TYPE_NUMBER = re.compile(r"\btype ([12])\b")


def contradicts(entry_title: str, record_title: str) -> bool:
    """Whether the two titles name another population, disease or drug (see the module)."""
    ours, theirs = _words(entry_title), _words(record_title)
    for group in _EXCLUSIVE:
        if (ours - theirs) & group and (theirs - ours) & group:
            return True
    return any(
        _other_drug_of_class(word, theirs - ours, ending)
        for word in ours - theirs
        for ending in _DRUG_CLASSES
        if word.endswith(ending) and len(word) > len(ending) + 2
    )


def _other_drug_of_class(drug: str, others: set[str], ending: str) -> bool:
    """Whether ``others`` holds another drug of the class ``ending`` names, which does not
    start as ``drug`` does (not a slip in spelling it)."""
    return any(
        other.endswith(ending) and len(other) > len(ending) + 2 and other[:3] != drug[:3]
        for other in others
    )


def _words(title: str) -> set[str]:
    """A title's words, "type 1" as one, and an abbreviation ("HFpEF") with its words."""
    text = _TYPE_NUMBER.sub(r"type\1", normalise(title))
    words = set(text.split())
    for word in list(words):
        spelt = CLINICAL_ABBREVIATIONS.get(word)
        if spelt is not None:
            words |= set(normalise(spelt).split())
    return words
