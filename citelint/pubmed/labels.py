"""What a link's label says about the paper it names: authors, year, journal, trial, topic.

Labels are short and informal ("DAPA-HF, McMurray et al. NEJM 2019", "ORBIT trial",
"Cochrane review of exercise for back pain"), so every clue is read conservatively: a word
counts as an author only beside "et al." or a year, as a journal only when it cannot be a
topic, and as a trial acronym only when it is no everyday clinical abbreviation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citelint.read.links import identifier_words
from citelint.support.terms import STOPWORDS, is_generic, key_terms, stem

_PARTICLE = r"(?:(?:van|von|de|del|della|der|den|da|di|du|la|le|dos|das|ten|ter|el|al)\s+){0,2}"
_NAME = r"[A-Z][a-zà-ÿ'’]*(?:[A-Z][a-zà-ÿ'’]+)?[a-zà-ÿ](?:-[A-Z][a-zà-ÿ'’]+)?"
# "Smith et al.", "Smith JA et al", "van der Meer and colleagues", "Smith & Jones".
_AUTHOR = re.compile(
    rf"(?<![\w-])(?P<name>{_PARTICLE}{_NAME})(?:\s+[A-Z]{{1,3}}\.?)?,?\s+"
    r"(?:et\.?\s*al\b|and\s+colleagues\b|and\s+co-?workers\b|&\s*[A-Z]|and\s+[A-Z][a-z]+\s*[,(]?\s*(?:19|20)\d\d)"
)
# "Smith 2019", "Smith (2019)", "Smith, 2019": an author only if the name is no journal or word.
_NAME_YEAR = re.compile(
    rf"(?<![\w-])(?P<name>{_PARTICLE}{_NAME})(?:\s+[A-Z]{{1,3}})?"
    # "Smith 2019", "Smith (2019)", or with a journal between: "Smith, Lancet 2019".
    r"(?:,?\s*|,\s*(?:[A-Z][A-Za-z.&]*\s+){1,4})\(?(?P<year>(?:19|20)\d\d)\b"
)
_YEAR = re.compile(
    r"(?<![\d./-])(?P<year>19[5-9]\d|20[0-4]\d)(?![\d%])(?!\s*(?:mg|mcg|µg|ml|mL|IU|patients|participants|people|cases|units)\b)"
)
_ACRONYM = re.compile(r"(?<![\w-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Journals a label may name anywhere, by family: the record's journal must be one of its members.
JOURNALS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "N Engl J Med": (
        re.compile(r"\bNEJM\b|\bN\.?\s?Engl\.?\s?J\.?\s?Med\b|New England Journal", re.I),
        ("n engl j med", "nejm"),
    ),
    "JAMA": (re.compile(r"\bJAMA\b"), ("jama",)),
    "Lancet": (re.compile(r"\bLancet\b"), ("lancet",)),
    "BMJ": (re.compile(r"\bBMJ\b|British Medical Journal"), ("bmj", "br med j")),
    "Ann Intern Med": (
        re.compile(r"\bAnn\.?\s?Intern\.?\s?Med\b|Annals of Internal Medicine", re.I),
        ("ann intern med",),
    ),
    "J Am Coll Cardiol": (
        re.compile(r"\bJACC\b|\bJ\.?\s?Am\.?\s?Coll\.?\s?Cardiol\b"),
        ("j am coll cardiol", "jacc"),
    ),
    "Eur Heart J": (
        re.compile(r"\bEur\.?\s?Heart\s?J\b|European Heart Journal|\bEHJ\b"),
        ("eur heart j",),
    ),
    "Cochrane Database Syst Rev": (
        re.compile(r"\bCochrane\b"),
        ("cochrane database syst rev", "cochrane"),
    ),
    "Nat Med": (re.compile(r"\bNat(?:ure)?\.?\s?Med(?:icine)?\b"), ("nat med",)),
    "Ann Neurol": (re.compile(r"\bAnn\.?\s?Neurol\b|Annals of Neurology"), ("ann neurol",)),
}
# Journals whose names are also topics ("Stroke", "Neurology"): named only just before a year.
_TOPICAL_JOURNALS = (
    "Stroke",
    "Neurology",
    "Circulation",
    "Brain",
    "Chest",
    "Diabetes Care",
    "Headache",
    "Cephalalgia",
    "Epilepsia",
    "Pain",
    "Spine",
    "Thorax",
    "Gut",
    "Blood",
    "Hypertension",
    "Pediatrics",
    "Hepatology",
    "Gastroenterology",
    "Radiology",
    "Anesthesiology",
)
_TOPICAL = re.compile(
    r"\b(?P<journal>" + "|".join(_TOPICAL_JOURNALS) + r")\.?,?\s*\(?(?:19|20)\d\d\b"
)

# All-capital words of clinical writing that name no particular study.
_COMMON_ABBREVIATIONS = _words(
    """
    rct rcts mri fmri ct pet spect hr or rr ci nnt nnh arr rrr ard sd se iqr us usa uk eu fda
    ema nice who cdc nih aha acc esc ada aan acr idsa acog asco nccn gold kdigo copd ckd hf
    hfref hfpef hfmref af afib mi stemi nstemi acs cad chd pad dvt vte pe tia ich sah ms als pd
    ad tbi sci gbs cidp dm t1d t2d t2dm htn bp sbp dbp ldl hdl hba1c bmi egfr icu ed er iv im
    po sc tnf il nsaid nsaids ssri ssris snri snris ppi ppis ace acei arb arbs arni sglt2
    sglt2i glp glp-1 dpp dpp-4 doac doacs noac noacs vka inr lmwh ufh tpa rtpa evt ivt csf eeg
    emg ecg ekg lvef ef nyha qol hrqol prom proms adl adls covid covid-19 sars sars-cov-2 hiv
    hcv hbv tb uti cap sud oud aud ptsd adhd ocd gad mdd cbt dbt ect tms rtms dbs scs tens pt
    ot ai ml gi gerd ibs ibd uc nash nafld masld ra sle oa psa gca pmr dmard dmards bcg hpv mmr
    rsv icd crt pci cabg tavr tavi savr aaa cta mra dwi flair nihss mrs gcs mmse moca phq phq-9
    gad-7 ham-d madrs vas nrs odi joa sf-36 eq-5d dsm dsm-5 icd-10 icd-11 ama apa acep ats ers
    bts sign uspstf ahrq cms esh ish accp chest eular esmo eso ean ilae ihs ichd aap acp aafp
    nhs nihr mrc va dod ldl-c apob lp crp hs-crp bnp nt-probnp cv cvd ascvd mace hfh dose rna
    dna mrna pcr ngs wgs snp gwas cgrp mab pmid doi pmc pubmed nejm jama bmj jacc ehj url faq
    ii iii iv cha2ds2-vasc has-bled chads2 abcd2 ppv npv auc roc orr pfs os dfs efs itt pp ae
    aes sae saes tx rx dx hx sx bid tid qid qd prn otc
    """
)
# Abbreviations of clinical writing, with the long forms records spell out.
CLINICAL_ABBREVIATIONS = {
    "af": "atrial fibrillation",
    "hf": "heart failure",
    "hfref": "heart failure reduced ejection fraction",
    "hfpef": "heart failure preserved ejection fraction",
    "ich": "intracerebral hemorrhage",
    "sah": "subarachnoid hemorrhage",
    "tia": "transient ischemic attack",
    "ms": "multiple sclerosis",
    "pd": "parkinson disease",
    "ad": "alzheimer disease",
    "mci": "mild cognitive impairment",
    "cad": "coronary artery disease",
    "acs": "acute coronary syndrome",
    "htn": "hypertension",
    "aki": "acute kidney injury",
    "ra": "rheumatoid arthritis",
    "oa": "osteoarthritis",
    "osa": "obstructive sleep apnea",
    "mdd": "major depressive disorder",
    "gad": "generalized anxiety disorder",
    "tbi": "traumatic brain injury",
    "als": "amyotrophic lateral sclerosis",
    "pci": "percutaneous coronary intervention",
    "cabg": "coronary artery bypass",
    "evt": "endovascular thrombectomy",
    "ivt": "intravenous thrombolysis",
    "doac": "direct oral anticoagulant",
    "doacs": "direct oral anticoagulants",
    "vka": "vitamin antagonist",
    "ppi": "proton pump inhibitor",
    "ppis": "proton pump inhibitors",
    "arb": "angiotensin receptor blocker",
    "sglt2": "sodium glucose cotransporter",
    "cgrp": "calcitonin gene related peptide",
    "uti": "urinary tract infection",
    "gerd": "gastroesophageal reflux",
}
# Drug names end in these; the shortest drug name counted is seven letters.
_DRUG_ENDINGS = re.compile(
    r"(?:mab|tinib|ciclib|parib|rafenib|flozin|gliptin|glutide|enatide|sartan|pril|olol|dipine"
    r"|statin|xaban|gatran|parin|prazole|azole|mycin|cillin|cycline|floxacin|navir|previr|buvir"
    r"|ciclovir|lukast|tidine|setron|triptan|gepant|semide|thiazide|afil|platin|taxel|rubicin"
    r"|terol|sonide|olone|asone|azepam|zolam|oxetine|traline|triptyline|apine|idone|piprazole"
    r"|trigine|racetam|tiapine|zodone|amide|mide|dronate|parib|lisib|umab|imab|cept|kinra|stim"
    r"|tretinoin|oxacin|conazole|pirone|glinide|glitazone|formin|quine|vudine|tegravir|teplase)$"
)
_NOT_DRUGS = _words(
    """
    concept except accept percept intercept april amide diamide baseline hyaline peptide
    outcome welcome somewhere
    """
)
# Words that say nothing about which paper is meant.
_LINK_WORDS = _words(
    """
    link links here source sources pubmed pmc pmid doi abstract full text article articles
    paper papers study studies trial trials review reviews reference references see read more
    view click available online pdf summary details et al colleagues data evidence research
    publication published journal report reports analysis meta systematic randomized randomised
    controlled clinical cohort guideline guidelines recommendation recommendations statement
    update original publisher publishers site website web page official free learn open version
    preprint
    """
)
_MONTHS = _words(
    """
    january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec
    """
)


@dataclass
class Clues:
    """What one label says; every list is empty when the label does not say it."""

    text: str
    authors: list[str] = field(default_factory=list)  # surnames beside "et al." and the like
    loose_authors: list[str] = field(default_factory=list)  # "Smith 2019": agreement only
    years: list[int] = field(default_factory=list)
    journals: list[str] = field(default_factory=list)  # keys of JOURNALS, or topical names
    acronyms: list[str] = field(default_factory=list)
    drugs: list[str] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)  # topic stems, without the clues above
    words: list[str] = field(default_factory=list)  # the topic words as written, for searching

    @property
    def says_something(self) -> bool:
        return bool(self.authors or self.acronyms or self.drugs or len(self.terms) >= 2)


def read_clues(label: str, with_years: bool = True) -> Clues:
    """The clues of a label; ``with_years`` False ignores years not beside an author."""
    text = " ".join(identifier_words(label).split())
    clues = Clues(text)
    named: set[str] = set()
    for match in _AUTHOR.finditer(text):
        _add(clues.authors, match["name"])
        named.update(w.lower() for w in _WORD.findall(match[0]))
    journal_words: set[str] = set()
    for key, (pattern, _) in JOURNALS.items():
        for match in pattern.finditer(text):
            _add(clues.journals, key)
            journal_words.update(w.lower() for w in _WORD.findall(match[0]))
    for match in _TOPICAL.finditer(text):
        _add(clues.journals, match["journal"])
        journal_words.update(w.lower() for w in match["journal"].split())
    for match in _NAME_YEAR.finditer(text):
        name = match["name"]
        lowered = name.lower()
        if lowered in journal_words or lowered in _MONTHS or _is_acronym(name) or name in named:
            continue
        if lowered in STOPWORDS or is_generic(stem(lowered)) or lowered in _LINK_WORDS:
            continue
        if _DRUG_ENDINGS.search(lowered) and len(lowered) >= 7:
            continue
        _add(clues.loose_authors, name)
        named.update(lowered.split())
        if not with_years:
            _add(clues.years, int(match["year"]))
    if with_years:
        for match in _YEAR.finditer(text):
            _add(clues.years, int(match["year"]))
    # A label written all in capitals ("HEART FAILURE GUIDELINE") has no acronyms to tell.
    words = _WORD.findall(text)
    shouting = len(words) >= 4 and sum(w.isupper() for w in words) >= 0.75 * len(words)
    for match in _ACRONYM.finditer("" if shouting else text):
        token = match[0]
        if _is_acronym(token) and token.lower() not in journal_words:
            _add(clues.acronyms, token)
    for word in _WORD.findall(text):
        lowered = word.lower()
        if is_drug(lowered) and lowered not in named:
            _add(clues.drugs, lowered)
    skip = named | journal_words | {a.lower() for a in clues.acronyms} | _LINK_WORDS | _MONTHS
    topic = [w for w in _WORD.findall(text) if w.lower() not in skip]
    clues.words = [w for w in topic if w.lower() not in STOPWORDS and not is_generic(stem(w))]
    # An abbreviation counts through its long form ("AF": atrial fibrillation), as records
    # usually spell it out.
    expanded = {word.lower() for word in topic if word.lower() in CLINICAL_ABBREVIATIONS}
    clues.terms = {
        term
        for term in key_terms(" ".join(topic), CLINICAL_ABBREVIATIONS)
        if not is_generic(term)
        and not term.isdigit()
        and term not in _LINK_WORDS
        and term not in expanded
    }
    return clues


def _add(items: list, value: object) -> None:
    if value not in items:
        items.append(value)


def is_drug(word: str) -> bool:
    """A drug's generic name, told by its ending: apixaban, dapagliflozin, semaglutide."""
    return len(word) >= 7 and word not in _NOT_DRUGS and bool(_DRUG_ENDINGS.search(word))


def _is_acronym(token: str) -> bool:
    """A trial or study name such as ORBIT, DAPA-HF, RE-LY or EMPEROR-Reduced."""
    if token.lower() in _COMMON_ABBREVIATIONS or not any(c.isalpha() for c in token):
        return False
    parts = token.split("-")
    capitals = [p for p in parts if p.isupper() and sum(c.isalpha() for c in p) >= 2]
    if not capitals:
        return False
    if len(parts) == 1:
        return len(token) >= 3  # "AF" alone is an abbreviation, "ROCKET" a name
    return sum(c.isalpha() for c in token) >= 4
