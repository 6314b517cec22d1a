"""What words alone miss: a close paper that studied other people, another drug or nothing yet.

Two abstracts on one question share nearly all their words; what tells the cited paper
from its neighbour is often one facet. Each cue here compares one facet of a claim with the
record, and speaks only on plain evidence of a mismatch (never on absence alone), so a
right citation is rarely touched:

- population: the claim is about children and the record only about adults (or the other
  way round); about women and the record only men; about mice and the record only people;
- drug: the claim names a drug the record never names, while the record names another of
  the same family (apixaban against rivaroxaban, both "-xaban");
- kind of paper: the claim states a finding and the record is a protocol that has none;
  or the claim names a design the record is not (``designs.design_conflict``);
- outcome: the claim reports an effect on death, hospital admission, bleeding, stroke,
  falls, fractures, pain or infection, and the record never names that outcome at all;
- result: the record says the opposite or no effect (``contradiction``), or the claim
  reports no effect and the record reports no null result anywhere.

Each mismatch scales the support score down by its factor; the reasons are kept for the
reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from citelint.record import Record
from citelint.support.terms import stem

if TYPE_CHECKING:
    from citelint.support.profiles import ClaimProfile, RecordProfile


@dataclass(frozen=True)
class Mismatch:
    reason: str  # for the reader: "the claim is about children, the abstract about adults"
    factor: float  # the support score is multiplied by this


# How much each kind of mismatch leaves of the score. On the calibration half of
# fixtures/support/labelled.json stronger factors always ranked better (no cue fires on a
# right citation there); real text will hold misfires, so the factors stay moderate: a
# right citation scoring 0.28 stays above the CL302 threshold after one misfire.
POPULATION_FACTOR = 0.55
DRUG_FACTOR = 0.55
PROTOCOL_FACTOR = 0.55
DESIGN_FACTOR = 0.8
RESULT_FACTOR = 0.7
OUTCOME_FACTOR = 0.75


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(word) for word in text.split())


# Facets of a population, as stems of the words that name them. "older" names adults in a
# claim ("older adults", "older women") but not in a record ("children older than 6").
CHILD = _stems(
    "child children childhood paediatric pediatric infant infants neonatal neonates newborn "
    "newborns preterm toddlers preschool preschoolers adolescent adolescents adolescence "
    "teenagers teens boys girls youth pupils schoolchildren kids juvenile"
)
# Not "women" or "men": "women aged 15 to 26" and "pregnant women" include teenagers.
ADULT = _stems("adult adults elderly geriatric postmenopausal octogenarians seniors")
CLAIM_ADULT = ADULT | _stems("older")
FEMALE = _stems("women woman girls female females pregnant pregnancy postmenopausal mothers")
MALE = _stems("men man boys male males fathers")
# Not "yeast" or "worms": "genital yeast infections" and "worm infections" are patients'
# (user20: a claim on side effects was "about animals").
ANIMAL = _stems(
    "mice mouse murine rats rat rodent rodents animal animals dogs canine pigs porcine "
    "primates monkeys macaques zebrafish drosophila elegans"
)
HUMAN = _stems(
    "patients participants people humans human volunteers persons adults children women men "
    "infants adolescents elderly"
)
CLAIM_HUMAN = HUMAN | _stems("older")
# MeSH check tags say what a record's abstract may leave unsaid.
_MESH_FACETS = {
    "child": {"Child", "Child, Preschool", "Infant", "Infant, Newborn", "Adolescent"},
    "adult": {"Adult", "Aged", "Aged, 80 and over", "Middle Aged", "Young Adult"},
    "female": {"Female", "Pregnancy"},
    "male": {"Male"},
    "animal": {"Animals", "Mice", "Rats", "Disease Models, Animal"},
    "human": {"Humans"},
}

# Drug families by their international nonproprietary name stems (as citelint stems words).
_DRUG_FAMILY = re.compile(
    r"(xaban|gatran|gliflozin|gliptin|glutid|statin|pril|sartan|olol|dipin|prazol|"
    r"tidin|oxetin|triptan|cillin|floxacin|mycin|cyclin|penem|azol|vir|parin|mab|tinib|"
    r"nib|lukast|terol|sonid|afil|setron|bital|azepam|zolam|profen|coxib|dron)$"
)
FAMILY_ENDINGS = tuple(_DRUG_FAMILY.pattern[1:-2].split("|"))
# Words that end like a drug family and are no drug, or name the whole class: enoxaparin
# is a heparin, amoxicillin a penicillin, doxycycline a tetracycline.
_NOT_DRUGS = frozenset(
    {"cholesterol", "squadron", "heparin", "penicillin", "tetracyclin", "tetracycline"}
)
# Sterols end like the "-terol" bronchodilators: sitosterol is a phytosterol, not a drug.
_NOT_DRUG_ENDINGS = ("sterol",)

_FINDING = re.compile(
    r"\b(?:reduc|decreas|lower|increas|rais|improv|prevent|worsen|cut|shorten|prolong|extend|"
    r"protect|benefit|harm|effective|superior|inferior|noninferior|non-inferior|associated|"
    r"did not|does not|do not|no significant|no difference|differ)\w*|\d+(?:\.\d+)?\s*%",
    re.IGNORECASE,
)
_NOT_A_FINDING = re.compile(
    r"\b(?:plann\w*|design\w*|will|protocol|rationale|aims?|aimed|whether|ongoing|"
    r"to (?:test|assess|evaluate|compare|determine|examine))\b",
    re.IGNORECASE,
)
_PROTOCOL_TITLE = re.compile(
    r"\b(?:protocol|rationale and design|design and rationale|study design)\b", re.IGNORECASE
)
# What only a results paper reports: effect sizes, intervals, p values, events that occurred.
_RESULTS = re.compile(
    r"\b(?:hazard|odds|risk|rate) ratio\b|\brelative risk\b|\b95\s?% ?CI\b|"
    r"\bconfidence interval\b|\bp\s*[<=>≤]\s*0?[.·]\d|\boccurred in\b",
    re.IGNORECASE,
)
# "This trial will randomly assign", "we will recruit": a design still to be carried out.
# ("Future trials will assess" in a results paper is not one.)
_FUTURE_METHODS = re.compile(
    r"\b(?:we|this (?:trial|study|review|protocol)|the (?:trial|study)) will (?:be )?"
    r"(?:randomi[sz]\w*|randomly|enrol\w*|recruit\w*|assign\w*|compare\w*|assess\w*|"
    r"evaluate\w*|include\w*|search\w*|conduct\w*)",
    re.IGNORECASE,
)
_CLAIM_NULL = re.compile(
    r"\b(?:did|does|do|was|were|is|are) not (?:significantly )?(?:reduce|lower|improve|"
    r"increase|prevent|change|affect|alter|differ|cause)\w*|\bno (?:significant |"
    r"statistically significant )?(?:effect|difference|benefit|reduction|improvement|change|"
    r"association|increase)s?\b|\bfail(?:ed|s)? to\b|\bnot (?:significantly )?(?:reduce|"
    r"improve|increase|lower|prevent)\w*|\bunchanged\b",
    re.IGNORECASE,
)
# Any way an abstract may report a null or an equivalence ("but not pain", "in both
# groups"): deliberately broad, since a record that says any of these is left alone.
_RECORD_NULL = re.compile(
    r"\bno\b|\bnot\b|n't\b|\bnone\b|\bneither\b|\bnor\b|\bwithout\b|\bfailed\b|"
    r"\bsimilar\w*|\bcomparable\b|\bunchanged\b|\bnon-?\s?inferior\w*|\bequivalen\w*|"
    r"\bboth (?:groups|arms)\b|\bp\s*[=>]\s*0?[.·](?:[1-9]|0[5-9])|\bns\b|\bnull\b|"
    r"\bineffective\b|\bfutil\w*|\b(?:non-?|in)significant\w*",
    re.IGNORECASE,
)


# Outcomes a claim may say an effect was on, by class; a record that never names its class
# cannot be where the claim's result comes from.
OUTCOMES = {
    "death": _stems(
        "mortality death deaths died dying survival survived survive fatal fatality lethal lifespan"
    ),
    "hospital admission": _stems(
        "hospitalisation hospitalization hospitalisations hospitalizations hospitalised "
        "hospitalized admission admissions readmission readmissions admitted"
    ),
    "bleeding": _stems("bleeding bleed bleeds haemorrhage hemorrhage haemorrhages hemorrhages"),
    "stroke": _stems("stroke strokes"),
    "falls": _stems("falls fall fallers"),
    "fractures": _stems("fracture fractures fractured"),
    "pain": _stems("pain painful analgesia analgesic headache headaches migraine"),
    "infection": _stems(
        "infection infections infectious infected pneumonia sepsis septic bacteraemia "
        "bacteremia cellulitis abscess"
    ),
}
_EFFECT_ON = re.compile(
    r"\b(?:reduc|lower|decreas|increas|rais|improv|prevent|prolong|extend|shorten|cut|"
    r"worsen|affect|change)\w*\s+(?:the\s+)?(?:risk\s+of\s+|rate\s+of\s+|odds\s+of\s+)?",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r"\b(?:in|among|for|with|compared|than|versus|vs|after|at|from|by|when|within|during|"
    r"over|but|and\s+(?:not|did|was|were))\b|[,;(.]",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def claim_outcomes(claim_text: str) -> frozenset[str]:
    """Outcome classes the claim says an effect was on: "reduced [mortality] in ..."."""
    found: set[str] = set()
    for effect in _EFFECT_ON.finditer(claim_text):
        thing = _OBJECT_END.split(claim_text[effect.end() :], maxsplit=1)[0]
        words = _stems(re.sub(r"[^A-Za-z ]", " ", thing).lower())
        found |= {name for name, stems in OUTCOMES.items() if words & stems}
    return frozenset(found)


def outcome_mismatch(claim: ClaimProfile, record: RecordProfile) -> Mismatch | None:
    """The claim reports an effect on an outcome the record never names."""
    if not record.has_abstract:
        return None
    for name in sorted(claim_outcomes(claim.text)):
        if not OUTCOMES[name] & record.terms:
            return Mismatch(
                f"the claim is about {name}, which the abstract never names", OUTCOME_FACTOR
            )
    return None


@dataclass(frozen=True)
class Facets:
    """Which populations a text names, which drugs, and what kind of statement it is."""

    groups: frozenset[str]  # of "child", "adult", "female", "male", "animal", "human"
    drugs: frozenset[str]
    families: frozenset[str]


def claim_facets(terms: frozenset[str]) -> Facets:
    groups = {
        name
        for name, words in (
            ("child", CHILD),
            ("adult", CLAIM_ADULT),
            ("female", FEMALE),
            ("male", MALE),
            ("animal", ANIMAL),
            ("human", CLAIM_HUMAN),
        )
        if terms & words
    }
    return Facets(frozenset(groups), *_drugs(terms))


def record_facets(terms: frozenset[str], mesh: list[str]) -> Facets:
    groups = {
        name
        for name, words in (
            ("child", CHILD),
            ("adult", ADULT),
            ("female", FEMALE),
            ("male", MALE),
            ("animal", ANIMAL),
            ("human", HUMAN),
        )
        if terms & words
    }
    headings = {heading.split("/")[0].strip() for heading in mesh}
    groups |= {name for name, tags in _MESH_FACETS.items() if headings & tags}
    return Facets(frozenset(groups), *_drugs(terms))


def _drugs(terms: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    drugs, families = set(), set()
    for term in terms:
        # endswith with a tuple is a cheap first test; the pattern then names the family.
        if len(term) < 7 or not term.endswith(FAMILY_ENDINGS) or term in _NOT_DRUGS:
            continue
        if term.endswith(_NOT_DRUG_ENDINGS):
            continue
        match = _DRUG_FAMILY.search(term)
        if match and term.isalpha():
            drugs.add(term)
            families.add(match.group(1))
    return frozenset(drugs), frozenset(families)


def drug_family(term: str) -> str | None:
    """The family stem of a single drug's stemmed name ("xaban" for apixaban), or None."""
    if len(term) < 7 or not term.isalpha() or term in _NOT_DRUGS:
        return None
    if not term.endswith(FAMILY_ENDINGS) or term.endswith(_NOT_DRUG_ENDINGS):
        return None
    match = _DRUG_FAMILY.search(term)
    return match.group(1) if match else None


_POPULATION_PAIRS = (
    ("child", "adult", "children", "adults"),
    ("female", "male", "women or girls", "men or boys"),
    ("animal", "human", "animals", "people"),
)


def population_mismatch(claim: Facets, record: Facets) -> Mismatch | None:
    """The claim names one side of a facet, the record only the other side."""
    for one, other, one_name, other_name in _POPULATION_PAIRS:
        for mine, theirs, mine_name, theirs_name in (
            (one, other, one_name, other_name),
            (other, one, other_name, one_name),
        ):
            if (
                mine in claim.groups
                and theirs not in claim.groups
                and theirs in record.groups
                and mine not in record.groups
            ):
                return Mismatch(
                    f"the claim is about {mine_name}, the abstract only about {theirs_name}",
                    POPULATION_FACTOR,
                )
    return None


def drug_mismatch(claim: Facets, record: Facets, claim_text: str = "") -> Mismatch | None:
    """The claim names a drug the record lacks, and the record another of its family; not
    when the claim names their class too ("an SGLT2i, empagliflozin preferred")."""
    for drug in sorted(claim.drugs - record.drugs):
        family = _DRUG_FAMILY.search(drug)
        others = sorted(
            d for d in record.drugs - claim.drugs if family and d.endswith(family.group(1))
        )
        if others and family and _names_class(claim_text, family.group(1)):
            continue
        if others:
            return Mismatch(
                f"the claim names {drug}, the abstract {others[0]} instead", DRUG_FACTOR
            )
    return None


def _names_class(claim_text: str, family: str) -> bool:
    # Imported here: support/drug_classes.py reads drug families from this module.
    from citelint.support.drug_classes import names_class

    return names_class(claim_text, family)


def is_protocol(record: Record) -> bool:
    """A protocol or design paper: it reports no results yet."""
    if "Clinical Trial Protocol" in record.publication_types:
        return True
    if _FUTURE_METHODS.search(record.abstract):
        return True
    # "results of a trial whose protocol was prespecified" reports results.
    return bool(_PROTOCOL_TITLE.search(record.title)) and not _RESULTS.search(record.abstract)


def reports_null(record: Record) -> bool:
    """Whether the record says anything like "no difference" or "but not", anywhere."""
    return bool(_RECORD_NULL.search(record.abstract) or _RECORD_NULL.search(record.title))


@lru_cache(maxsize=4096)
def states_finding(claim_text: str) -> bool:
    return bool(_FINDING.search(claim_text)) and not _NOT_A_FINDING.search(claim_text)


@lru_cache(maxsize=4096)
def reports_no_effect(claim_text: str) -> bool:
    return bool(_CLAIM_NULL.search(claim_text))


def protocol_mismatch(claim: ClaimProfile, record: RecordProfile) -> Mismatch | None:
    if not states_finding(claim.text) or not record.is_protocol:
        return None
    return Mismatch("the claim states a finding, the record is a protocol", PROTOCOL_FACTOR)


def null_mismatch(claim: ClaimProfile, record: RecordProfile) -> Mismatch | None:
    """The claim reports no effect; the abstract never reports a null result at all."""
    if not reports_no_effect(claim.text) or not record.has_abstract or record.reports_null:
        return None
    return Mismatch("the claim reports no effect, the abstract reports none", RESULT_FACTOR)
