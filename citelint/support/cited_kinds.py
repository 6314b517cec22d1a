"""What kind of source a claim cites, where that changes whether another entry is meant.

CL303 (``citelint.support.misnumbering``) proposes another entry of the list when a claim fits
it better than the one cited. Some cited sources are the right ones however well another
paper fits: a notice about a paper (an erratum, a retraction), the guideline a claim says it
restates, a drug's label for its licensed dose. Moved out of misnumbering.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citelint.lazy_pattern import LazyPattern
from citelint.support.drug_classes import names_class_of_tested_drug

if TYPE_CHECKING:
    from citelint.models import Claim
    from citelint.support.checker import SupportChecker

# Notices about another paper: a claim citing one means the notice.
_NOTICE_TYPES = frozenset(
    {"Published Erratum", "Retraction of Publication", "Expression of Concern"}
)
# A claim saying it is a guideline's or a body's advice, in its own words.
_GUIDANCE = re.compile(
    r"\b(?i:guidelines?|guidance|recommend\w*|consensus|position (?:paper|statement)|"
    r"task force|societ(?:y|ies)|college|prescribing information|product label)\b"
    r"|\b(?:NICE|WHO|CDC|FDA|EMA|ESC|AHA|ACC|IDSA|KDIGO|GOLD|GINA|SIGN|USPSTF)\b"
)
# A drug's label as a reference entry names itself, and a claim drawn from it speaks of what
# a label rules: licence, dose, indication, warnings.
_LABEL_ENTRY = LazyPattern(
    r"summary of product characteristics|\bSmPC\b|prescribing information|package insert|"
    r"patient information leaflet|product monograph|\b(?:drug|product) label\b|DailyMed|"
    r"Fachinformation|medicines\.org\.uk|accessdata\.fda\.gov|ema\.europa\.eu/.*/product-",
    re.IGNORECASE,
)
_LABEL_CLAIM = LazyPattern(
    r"\b(?:licen[sc](?:e|ed|ing)|approved|approval|indicated|indications?|labell?ed|"
    r"authori[sz](?:ed|ation)|dos(?:e|es|ing|age)|contraindicat\w*|adverse (?:effects?|"
    r"reactions?)|side effects?|tablets?|capsules?|formulations?)\b",
    re.IGNORECASE,
)


def cites_its_guidance(checker: SupportChecker, claim: Claim) -> bool:
    """Whether the claim says it is a guideline's or a body's advice and an entry it cites is
    that kind of source by the same words ("NICE", "guideline"), not another (a WHO report
    cited for an ESC recommendation is still likely another entry's)."""
    said = _guidance_words(claim.text)
    if not said:
        return False
    for number in claim.numbers:
        entry = checker.document.reference(number)
        if entry is not None and said & _guidance_words(entry.raw):
            return True
    return False


def cites_its_label(checker: SupportChecker, claim: Claim) -> bool:
    """Whether the claim speaks of a drug's licence, dose or adverse effects and cites only
    the drug's label (an SmPC, prescribing information): the proper source for them, even when a
    trial gave the same dose (user25 P1 10)."""
    if _LABEL_CLAIM.search(claim.text) is None:
        return False
    # Only the label alone: beside an entry that cannot be checked, the other may be meant for
    # that one (review25b P1-4).
    for number in claim.numbers:
        entry = checker.document.reference(number)
        if entry is None or _LABEL_ENTRY.search(entry.raw) is None:
            return False
    return bool(claim.numbers)


def _guidance_words(text: str) -> set[str]:
    words = set()
    for found in _GUIDANCE.finditer(text):
        word = found.group()
        if not word.isupper():
            word = word.lower().removesuffix("s")
            word = "recommend" if word.startswith("recommend") else word
        words.add(word)
    return words


def cites_a_notice(checker: SupportChecker, claim: Claim) -> bool:
    """Whether the claim cites an erratum, retraction or expression of concern: such a notice
    has no abstract and restates the paper it is about, which the claim's words then fit
    ("The estimate of 13.4% was later corrected [11]"), yet the notice is what is meant."""
    for number in claim.numbers:
        resolution = checker.resolutions.get(number)
        record = resolution.record if resolution is not None else None
        if record is not None and _NOTICE_TYPES.intersection(record.publication_types):
            return True
    return False


# A Methods sentence in the writers' own words: what data they used, which model they fitted.
_OWN_METHOD = LazyPattern(
    r"^\W*(?:we|data)\s+(?:(?:were|was)\s+)?(?:used|fitted|fit|applied|analy[sz]ed|obtained|"
    r"drew|drawn|estimated|followed|adapted|weighted|linked|extracted|took|taken|came)\b",
    re.IGNORECASE,
)
# A paper describing a data source or a method rather than a finding.
_METHOD_TITLE = LazyPattern(
    r"\b(?:methods?|methodology|overview|designing|design of|best practices?|guide|tutorial|"
    r"primer|surveillance system|cohort profile|data resource|statistical)\b",
    re.IGNORECASE,
)
_WORD = LazyPattern(r"[a-z]{4,}")
# Words a method paper's title and a Methods sentence share whatever the method.
_GENERIC = frozenset(
    {
        "method",
        "methods",
        "data",
        "study",
        "studies",
        "analysis",
        "using",
        "with",
        "from",
        "design",
        "designing",
        "model",
        "models",
        "research",
        "overview",
        "guide",
        "best",
    }
)


def cites_its_method(checker: SupportChecker, claim: Claim) -> bool:
    """Whether a Methods sentence ("We used Youth Risk Behavior Survey data for 2019",
    "We fitted difference-in-differences models") cites the description of the very data
    source or method it names: the right source, however well a paper that used the same
    data fits its words (user31b P1-5). The cited title must share a word with the claim:
    the method paper of another method is still likely another entry's."""
    if _OWN_METHOD.match(claim.text) is None:
        return False
    words = set(_WORD.findall(claim.text.lower()))
    for number in claim.numbers:
        resolution = checker.resolutions.get(number)
        record = resolution.record if resolution is not None else None
        if record is None or _METHOD_TITLE.search(record.title) is None:
            return False
        title = set(_WORD.findall(record.title.lower())) - _GENERIC
        if not title & words:
            return False
    return bool(claim.numbers)


# A recommendation in a guideline's or a pathway's words: "Offer an ACE inhibitor ...",
# "2. Consider ...", "... is recommended", "... should be offered". Not the nouns of a
# result: "Use of beta-blockers ... reduced mortality", "Add-on therapy ..." (review32a).
_RECOMMENDATION = LazyPattern(
    r"^\W*(?:\d+(?:\.\d+)*[.)]\s+)?(?:offer|consider|start|use|give|prescribe|add|initiate)\b"
    r"(?!-|\s+of\b)"
    r"|\b(?:is|are)\s+recommended\b"
    r"|\bshould\s+(?:be\s+)?(?:offered|considered|given|used|prescribed|started|receive)\b",
    re.IGNORECASE,
)


def recommends_a_tested_class(checker: SupportChecker, claim: Claim) -> bool:
    """Whether a recommendation names a class of drugs ("Offer an ACE inhibitor and a
    beta-blocker ...") and every entry it cites is a trial of a member of that class
    (CONSENSUS, "Effects of enalapril ..."): the trial is the class's evidence, however well a
    later trial's abstract matches the recommendation's words about the disease (user30b
    P1-3). Only a shifted list says another entry was meant."""
    if _RECOMMENDATION.search(claim.text) is None:
        return False
    for number in claim.numbers:
        resolution = checker.resolutions.get(number)
        record = resolution.record if resolution is not None else None
        if record is None or not names_class_of_tested_drug(claim.text, record.title):
            return False
    return bool(claim.numbers)
