"""A claim naming another trial or drug than its cited paper: "Empagliflozin showed a similar
25% reduction in EMPEROR-Reduced [1]" with [1] the DAPA-HF paper on dapagliflozin.

Words alone miss it: the claim is short, and the two trials share every other word. A name
is plain evidence, so this speaks even of claims too short to score, but only on both sides
of the evidence: the claim names a trial (or drug) the record's title, abstract and group
authors never mention, while the record names another trial (another drug of the same
family) the claim does not. It stays silent on:

- names the sentence compares with or builds on ("than warfarin", "vs placebo", "on top of
  sacubitril-valsartan", "like DAPA-HF"): they are another arm or the background;
- classes ("SGLT2 inhibitors", "statins"): a plural names no single drug, and a brand name
  ("Jardiance") no family at all;
- reviews, guidelines, meta-analyses and pooled analyses, which may name any trial or drug
  in their full text but not in their abstract;
- words in capitals that are no trial ("NYHA", "COVID-19"): a claim's capitals count as a
  trial only when the claim says "trial" or "study" after them or a record of the document
  names them as its trial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citelint.record import Record
from citelint.support.cues import FAMILY_ENDINGS, drug_family
from citelint.support.drug_classes import names_class
from citelint.support.terms import stem

# A trial's short name: capitals, digits and hyphenated parts ("DAPA-HF", "EMPEROR-Reduced",
# "HIFLO-2", "RECOVERY"), at least four capital letters in all; or a digit and one to three
# capitals ("4S"); with the disease a second word may name ("ROCKET AF", "ENGAGE AF-TIMI",
# "ATLAS ACS").
_ACRONYM = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Z0-9]+|[1-9][A-Z]{1,3})(?:-[A-Za-z0-9]+)*"
    r"(?:\s(?:AF|HF|ACS|MI)(?:-[A-Za-z0-9]+)*)?(?![\w-])"
)
MIN_CAPITALS = 4
# Capitals that name no trial: organisations, journals, scores, diseases, tests, sections.
_NOT_TRIAL_WORDS = """
    AHA ACC ESC HFSA NICE WHO CDC FDA EMA NIH NHS NHLBI KDIGO ADA EASD GOLD GINA IDSA ATS
    NEJM JAMA BMJ LANCET COVID SARS MERS NYHA LVEF HFREF HFPEF HFMREF SGLT GLP1 ARNI DOAC
    NOAC MACE COPD ARDS NSTEMI STEMI CABG TAVR TAVI HBA1C EGFR UACR KCCQ PROMIS EQ5D
    MMSE MOCA NIHSS APACHE SOFA QALY DALY ICER MEDLINE EMBASE CINAHL PRISMA GRADE CONSORT
    STROBE AMSTAR RESULTS METHODS BACKGROUND CONCLUSIONS CONCLUSION FINDINGS INTERPRETATION
    FUNDING OBJECTIVE OBJECTIVES DESIGN SETTING PARTICIPANTS IMPORTANCE RELEVANCE MAIN
    OUTCOMES MEASURES EXPOSURES INTERVENTIONS PURPOSE AIMS INTRODUCTION DISCUSSION
    LIMITATIONS NOTE NOTES WARNING IMPORTANT AND THE FOR NOT ALL HIV AIDS MRSA ICU CCU
    NSAID NSAIDS SSRI SSRIS DPP4 PCSK9 LDL HDL CRP BNP PROBNP MRI PET ECG EKG ECMO CPAP
    BIPAP HFNC HFNO USA UK US EU ASCVD CVD CKD ESKD ESRD AKI DKA TIA PAD DVT VTE
    ISRCTN EUDRACT PROSPERO NCT CHKD TIMI
    2D 3D 4D 5FU 5HT 6MWT 4AT 1L 2L 3L 4L 2DM 3MS
    """
_NOT_TRIALS = frozenset(_NOT_TRIAL_WORDS.split())
# After a name: the claim calls it a trial.
_TRIAL_AFTER = re.compile(
    r"(?:\s+(?:[A-Z]{2,}|\d{1,3}))?\s*(?i:trials?|study|studies|investigators|programme|program|"
    r"registry|cohort)\b"
)
# A record's group author that is a trial's ("EMPEROR-Reduced Trial Investigators").
_GROUP = re.compile(
    r"\b(?:trial|study|investigators|collaborative|collaborators|committees?|group|"
    r"trialists|steering)\b",
    re.IGNORECASE,
)
# After a name in an abstract: "the HIFLO-2 trial", "DAPA-HF ClinicalTrials.gov number".
_RECORD_AFTER = re.compile(
    r"(?:\s+[A-Z]{2,})?\s*(?i:trials?|study|investigators|programme|program|registry|"
    r"clinicaltrials\.gov|number|isrctn|eudract)\b"
)
# Before a name: the sentence compares with it or builds on it, so it is not the claim's
# own subject ("than warfarin", "on top of sacubitril-valsartan", "like DAPA-HF").
_ASIDE_BEFORE = re.compile(
    r"\b(?:than|vs\.?|versus|compared\s+(?:with|to)|relative\s+to|against|over|unlike|like|"
    r"as\s+with|as\s+in|similar\s+to|instead\s+of|rather\s+than|in\s+addition\s+to|"
    r"on\s+top\s+of|added\s+to|add-on\s+to|background|already|plus|after|before|"
    r"switch\w*\s+from|contrast\s+(?:with|to)|whereas|while|or|and\s+placebo|"
    r"consistent\s+with|in\s+line\s+with|as\s+seen\s+in|confirm\w*|extend\w*|replicat\w*|"
    r"follow\w*|previous\w*|earlier|prior|since)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Papers that may name any trial or drug of their field in the full text, not the abstract.
_OVERVIEW_TYPES = frozenset(
    {
        "Review",
        "Systematic Review",
        "Meta-Analysis",
        "Network Meta-Analysis",
        "Practice Guideline",
        "Guideline",
        "Consensus Development Conference",
        "Editorial",
        "Comment",
        "Letter",
    }
)
_OVERVIEW_TITLE = re.compile(
    r"\b(?:review|meta-?analys\w*|guidelines?|consensus|statement|pooled|overview|"
    r"recommendations?|position\s+paper|update)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NamedMismatch:
    """Names of the claim the record never mentions, and the record's own in their place."""

    claimed: tuple[str, ...]
    instead: tuple[str, ...]

    @property
    def reason(self) -> str:
        return f"the claim names {_and(self.claimed)}, the abstract {_and(self.instead)} instead"


def _and(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _key(name: str) -> str:
    """How a name is compared: case, hyphens and spaces aside ("DAPA-HF" = "Dapa HF")."""
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def is_overview(record: Record) -> bool:
    """A review, guideline, meta-analysis or pooled analysis, a comment or a letter."""
    return bool(_OVERVIEW_TYPES.intersection(record.publication_types)) or bool(
        _OVERVIEW_TITLE.search(record.title)
    )


def is_trial_name(name: str) -> bool:
    first = re.split(r"[- ]", name)[0].upper()
    if first in _NOT_TRIALS or name.upper() in _NOT_TRIALS:
        return False
    if name[0].isdigit():
        # "4S": the acronym's own shape is the test; never a unit ("3T MRI", "1H NMR") nor a
        # phase without "phase" ("a 2B study"), review24a P1 9
        return not _UNIT_OR_PHASE.fullmatch(name)
    return sum(1 for char in name if "A" <= char <= "Z") >= MIN_CAPITALS


_UNIT_OR_PHASE = re.compile(r"\d+[ABGHKLMT]")
# A digit-first name is the claim's trial only right before "trial" or "study" ("the 4S
# trial"), not before another word ("3T MRI study").
_TRIAL_RIGHT_AFTER = re.compile(r"\s+(?i:trials?|study|studies)\b")
# Before a digit and capitals, a rank or a decimal, not a trial: "phase 2B", "class 1A",
# "type 2A", "1.5T".
_RANK_OR_DECIMAL_BEFORE = re.compile(
    r"\b(?:phase|class|level|grade|stage|type|step|tier|category|part|arm|cohort|"
    r"group|lead|segment|zone|room|ward|bed)\s*$"
    r"|\d[.,]$",  # "1.5T", no "5T"
    re.IGNORECASE,
)


def _acronyms(text: str) -> list[re.Match[str]]:
    """The capitals of ``text`` that could name a trial: "4S" but not "phase 2B"."""
    return [
        match
        for match in _ACRONYM.finditer(text)
        if not match.group(0)[0].isdigit()
        or not _RANK_OR_DECIMAL_BEFORE.search(text, 0, match.start())
    ]


def record_trials(record: Record) -> dict[str, str]:
    """The trials a record names as its own, by key: in its title's brackets ("(RECOVERY)"),
    as a group author ("EMPEROR-Reduced Trial Investigators"), or as "the X trial" or
    "X ClinicalTrials.gov number" in its abstract."""
    found: dict[str, str] = {}
    for match in _acronyms(record.title):
        before, after = record.title[: match.start()], record.title[match.end() :]
        if before.endswith("(") and after.startswith(")") or _RECORD_AFTER.match(after):
            _add_trial(found, match.group(0))
    for author in record.authors:
        if _GROUP.search(author):
            for match in _acronyms(author):
                _add_trial(found, match.group(0))
    for match in _acronyms(record.abstract):
        if _RECORD_AFTER.match(record.abstract, match.end()):
            _add_trial(found, match.group(0))
    return found


def _add_trial(found: dict[str, str], name: str) -> None:
    if is_trial_name(name):
        found.setdefault(_key(name), name)


def claim_trials(text: str, known: set[str]) -> list[str]:
    """The trials the claim names as its own subject: capitals it calls a trial, or that a
    record of the document (``known``, by key) names as its trial."""
    names: list[str] = []
    for match in _acronyms(text):
        name = match.group(0)
        if not is_trial_name(name) or _ASIDE_BEFORE.search(text[: match.start()]):
            continue
        called = _TRIAL_RIGHT_AFTER if name[0].isdigit() else _TRIAL_AFTER
        if _key(name) in known or called.match(text, match.end()):
            names.append(name)
    return names


def claim_drugs(text: str) -> list[str]:
    """The single drugs (by family stem) the claim names as its own subject."""
    return [
        word
        for word, start in _drug_words(text)
        if not _ASIDE_BEFORE.search(text[:start]) and not _is_part_of_pair(text, start)
    ]


def _is_part_of_pair(text: str, start: int) -> bool:
    """ "sacubitril-valsartan": a drug in a hyphenated combination is the pair's, not its own."""
    return start > 0 and text[start - 1] == "-"


# How a drug's name may end before it is stemmed ("omeprazole" stems to "omeprazol"): only
# such words are stemmed, so a claim's other words cost one test each.
_RAW_ENDINGS = FAMILY_ENDINGS + tuple(f"{ending}e" for ending in FAMILY_ENDINGS)


@lru_cache(maxsize=4096)
def _drug_words(text: str) -> tuple[tuple[str, int], ...]:
    found = []
    for match in _LETTERS.finditer(text):
        word = match.group(0).lower()
        # A plural names a class ("statins", "gliflozins"), not one drug: it ends otherwise.
        if len(word) < 7 or not word.endswith(_RAW_ENDINGS):
            continue
        if drug_family(stem(word)) is not None:
            found.append((word, match.start()))
    return tuple(found)


_LETTERS = re.compile(r"[A-Za-z]+")


def names_anything(text: str) -> bool:
    """Whether a claim names any drug or any capitals that could be a trial: most do not,
    and need no record read for names."""
    return bool(_drug_words(text)) or _ACRONYM.search(text) is not None


@dataclass(frozen=True)
class RecordNames:
    """What one record names, read once: its trials, drugs and words."""

    trials: dict[str, str]  # by key
    drugs: frozenset[str]
    words: frozenset[str]  # every word that may name a drug, spelled one way (``_spelled``)
    text: str  # title, abstract, authors and headings, by ``_key``
    overview: bool
    has_abstract: bool

    def mentions(self, name: str) -> bool:
        """Whether the record's title, abstract, group authors or headings name ``name``."""
        return f" {_key(name)} " in self.text


def record_names(record: Record) -> RecordNames:
    words = " ".join([record.title, record.abstract, *record.mesh_terms]).lower()
    # Only words that may be drugs are kept, each spelled one way.
    drug_like = (
        word
        for word in _LETTERS.findall(words)
        if word.endswith(_RAW_ENDINGS) or word in _SAME_DRUG_VALUES
    )
    named = " ".join([record.title, record.abstract, *record.authors, *record.mesh_terms])
    return RecordNames(
        trials=record_trials(record),
        drugs=frozenset(word for word, _ in _drug_words(f"{record.title}\n{record.abstract}")),
        words=frozenset(_spelled(word) for word in drug_like),
        text=f" {_key(named)} ",
        overview=is_overview(record),
        has_abstract=bool(record.abstract.strip()),
    )


# Names of one drug in different countries that spelling alone does not make one.
_SAME_DRUG = {"albuterol": "salbutamol", "levalbuterol": "levosalbutamol"}
_SAME_DRUG_VALUES = frozenset(_SAME_DRUG.values())


def _spelled(word: str) -> str:
    """A drug's name with British and American spellings made one (aciclovir, acyclovir)."""
    word = _SAME_DRUG.get(word, word)
    for old, new in (("ph", "f"), ("y", "i"), ("ae", "e"), ("oe", "e"), ("th", "t")):
        word = word.replace(old, new)
    return word


def _one_drug(one: str, other: str) -> bool:
    """Whether two names are one drug or its enantiomer: "esomeprazole" is omeprazole's,
    "levofloxacin" ofloxacin's, "dexlansoprazole" lansoprazole's."""
    one, other = _spelled(one), _spelled(other)
    return one.endswith(other) or other.endswith(one)


def named_mismatch(text: str, record: RecordNames, known: set[str]) -> NamedMismatch | None:
    """The claim names trials or drugs ``record`` never mentions while the record names
    another of the same kind; None when the record is an overview, or any of the claim's
    names of that kind (that family, for drugs) is the record's, or the claim names the
    record's own anywhere, even in passing ("like DAPA-HF", "than warfarin")."""
    if not record.has_abstract or record.overview:
        return None
    drugs = list(dict.fromkeys(claim_drugs(text)))
    in_passing = {word for word, _ in _drug_words(text)} - set(drugs)
    said_text = f" {_key(text)} "
    if in_passing & record.drugs or any(f" {key} " in said_text for key in record.trials):
        return None  # the claim names the record's own trial, or its drug in passing
    claimed: list[str] = []
    instead: list[str] = []
    for family in dict.fromkeys(drug_family(stem(drug)) for drug in drugs):
        mine = [d for d in drugs if drug_family(stem(d)) == family]
        others = sorted(
            d
            for d in record.drugs
            if drug_family(stem(d)) == family and not any(_one_drug(d, m) for m in mine)
        )
        if names_class(text, family or ""):
            continue  # "an SGLT2 inhibitor, empagliflozin preferred": the class's claim
        if others and not any(_spelled(drug) in record.words for drug in mine):
            claimed.extend(mine)
            instead.extend(others)
    trials = list(dict.fromkeys(claim_trials(text, known)))
    if trials and record.trials and not any(_names_trial(record, t) for t in trials):
        claimed.extend(trials)
        instead.extend(record.trials.values())
    if not claimed:
        return None
    return NamedMismatch(tuple(claimed), tuple(instead))


def _names_trial(record: RecordNames, trial: str) -> bool:
    """The record names the trial, or one whose name starts with it or it starts with
    ("DECLARE" for "DECLARE-TIMI 58"), never a sibling ("EMPEROR-Preserved")."""
    key = _key(trial)
    if record.mentions(trial):
        return True
    return any(key.startswith(f"{own} ") or own.startswith(f"{key} ") for own in record.trials)


def names_all(text: str, record: RecordNames, mismatch: NamedMismatch) -> bool:
    """Whether ``record`` names every name the claim's cited record lacked, and no other
    trial or drug in their place: the entry the claim was likely written from."""
    if not record.has_abstract or record.overview:
        return False
    if not all(record.mentions(name) for name in mismatch.claimed):
        return False
    return named_mismatch(text, record, set()) is None


def named_by_first_only(
    text: str, first: RecordNames, second: RecordNames, known: set[str]
) -> bool:
    """Whether the claim names a trial or drug that ``first`` mentions and ``second`` does
    not: "Compared with usual care, tocilizumab also reduced progression to ventilation"
    is the tocilizumab paper's, however many words the dexamethasone paper shares."""
    names = [*claim_drugs(text), *claim_trials(text, known)]
    return any(first.mentions(name) and not second.mentions(name) for name in names)
