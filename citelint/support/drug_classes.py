"""Drug classes as writers name them ("an SGLT2 inhibitor", "a DOAC"), and whether a claim
names a class with one member as the writer's choice. Moved out of ``support/cues.py``."""

from __future__ import annotations

import re

from citelint.support.cues import drug_family
from citelint.support.terms import stem

# A drug family's class as writers name it ("an SGLT2 inhibitor", "a DOAC"): a claim naming
# the class beside one member speaks for the class, the member being the writer's choice
# ("Add an SGLT2 inhibitor, empagliflozin preferred [1]" citing DAPA-HF).
_CLASS_NAMES = {
    "gliflozin": r"SGLT-?2\s*i|SGLT-?2\s+inhibit\w*|sodium[- ]glucose\s+co-?transporter[- ]?2?"
    r"\s+inhibit\w*|gliflozins",
    "xaban": r"DOACs?|NOACs?|direct\s+oral\s+anticoagulants?|factor\s+Xa\s+inhibit\w*|xabans",
    "gatran": r"DOACs?|NOACs?|direct\s+oral\s+anticoagulants?|direct\s+thrombin\s+inhibit\w*",
    "statin": r"statins?|HMG-?CoA\s+reductase\s+inhibit\w*",
    "pril": r"ACE-?Is?|ACE\s+inhibit\w*|angiotensin[- ]converting[- ]enzyme\s+inhibit\w*",
    "sartan": r"ARBs?|angiotensin(?:\s+II)?\s+receptor\s+blockers?|sartans",
    "olol": r"beta[- ]?blockers?|β-?blockers?",
    "gliptin": r"DPP-?4\s*i|DPP-?4\s+inhibit\w*|gliptins",
    "glutid": r"GLP-?1\s*RAs?|GLP-?1(?:\s+receptor)?\s+agonists?",
    "prazol": r"PPIs?|proton[- ]pump\s+inhibit\w*",
    "floxacin": r"(?:fluoro)?quinolones?",
    "coxib": r"COX-?2\s+inhibit\w*|coxibs",
}
_CLASS_PATTERNS = {
    family: re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE)
    for family, names in _CLASS_NAMES.items()
}


# From the class to the member the writer chose: "an SGLT2i (empagliflozin", "SGLT2 inhibitor:
# empagliflozin", "a statin such as atorvastatin", "an SGLT2i, empagliflozin preferred" (a bare
# comma only with the preference after the member). Not "the SGLT2 inhibitor empagliflozin
# lowered ..." nor the appositive "Empagliflozin, another SGLT2 inhibitor, lowered ...": there
# one drug's result is told, and a sibling's trial is the wrong citation (review24a P1 6).
_TO_CHOSEN_MEMBER = re.compile(
    r"\s*(?:[(:]\s*)?(?:,?\s*(?:e\.?\s?g|i\.?\s?e|such\s+as|for\s+example|like|preferably|"
    r"ideally)\b[.,]*\s*|(?P<comma>,)\s*)?",
    re.IGNORECASE,
)
_PREFERRED_AFTER = re.compile(
    r"[^,;.()\n]{0,30}?\b(?:preferred|preferably|of\s+choice|formulary)\b", re.IGNORECASE
)


def names_class(text: str, family: str) -> bool:
    """Whether ``text`` names the class of drugs of ``family`` ("SGLT2 inhibitor") with a
    member of it as the writer's choice after it ("an SGLT2i, empagliflozin preferred")."""
    pattern = _CLASS_PATTERNS.get(family)
    if pattern is None:
        return False
    for named in pattern.finditer(text):
        gap = _TO_CHOSEN_MEMBER.match(text, named.end())
        if gap is None or not gap.group().strip():
            continue  # "the SGLT2 inhibitor empagliflozin": the member's own result
        member = re.match(r"[A-Za-z]+", text[gap.end() :])
        if member is None or drug_family(stem(member.group().lower())) != family:
            continue
        if gap.group("comma") and not _PREFERRED_AFTER.match(text, gap.end() + member.end()):
            continue  # "an SGLT2 inhibitor, empagliflozin, lowered ...": an appositive
        return True
    return False


def names_class_of_tested_drug(text: str, title: str) -> bool:
    """Whether ``text`` names the class of a drug that ``title`` names ("an ACE inhibitor"
    for "Effects of enalapril on mortality ..."): a trial of a member is evidence for advice
    given for its class."""
    for word in re.findall(r"[A-Za-z]{7,}", title):
        family = drug_family(stem(word.lower()))
        pattern = _CLASS_PATTERNS.get(family) if family else None
        if pattern is not None and pattern.search(text):
            return True
    return False
