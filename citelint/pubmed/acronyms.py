"""Whether capitals a label or sentence holds stand for the record's words or name a study."""

from __future__ import annotations

import re

from citelint.pubmed.labels import is_drug

# "the DELIVER trial", "REMAP-CAP investigators": capitals a sentence gives as a study's name.
_STUDY_AFTER = re.compile(
    r"\s+(?:trial|study|investigators|collaborative|group|cohort|registry)\b", re.IGNORECASE
)


# "In HOPE, ramipril ...": capitals opening a sentence after "In" and before a comma.
_STUDY_OPENING = re.compile(r"(?:^|[.;]\s+)In\s+$")


def names_a_study(acronym: str, text: str) -> bool:
    """Whether capitals in a sentence name a study rather than abbreviate its words. A
    clinician's shorthand ("EMPA", "HHF", "TCZ", "IL-6RA", "HFNC") is short and unhyphenated
    or hyphenated after a short stem; trial names are long ("TEMPEST") or hyphenated after a
    word ("DAPA-HF", "KESTREL-Reduced"), called a trial, or open a sentence ("In HOPE, ...")."""
    head = acronym.split("-", 1)[0]
    if "-" in acronym and len(head) >= 3 and head.isalpha():
        return True
    if len(acronym) >= 5 and acronym.isalpha():
        return True
    for found in re.finditer(rf"\b{re.escape(acronym)}\b", text):
        if _STUDY_AFTER.match(text, found.end()):
            return True
        if text.startswith(",", found.end()) and _STUDY_OPENING.search(text, 0, found.start()):
            return True
    return False


def shortens_a_word(acronym: str, words: list[str]) -> bool:
    """Whether the capitals cut a drug the record names short: "EMPA" for empagliflozin
    (not "CARE" for caregivers)."""
    stem = acronym.lower()
    if not stem.isalpha() or len(stem) < 3:
        return False
    return any(word.startswith(stem) and is_drug(word) for word in words)


def spelled_out(acronym: str, words: list[str]) -> bool:
    """Whether consecutive words of the record begin with the acronym's letters ("FBSS")."""
    letters = acronym.lower()
    if not letters.isalpha() or not 2 <= len(letters) <= 6:
        return False
    size = len(letters)
    return any(
        all(words[start + k][:1] == letters[k] for k in range(size))
        for start in range(len(words) - size + 1)
        if words[start][:1] == letters[0]
    )
