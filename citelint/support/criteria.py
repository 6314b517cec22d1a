"""Numbers a claim gives as criteria, not as results: a guideline's or a definition's cut-off
("HDL below 40 mg/dL by the ATP III criteria"), and a clinical note's own threshold, time limit
and age ("CRP >=75 mg/L" in a handout's "Who" cell, "abx within 1 h if shock likely", "Frail
AF pts >75 y ..."). The cited abstract need not state them: CL301 and the audit leave them.

A result stays checked: a number in a clause that reports a finding ("reduced", "HR 0.75",
"12% vs 14%"), and a note line's head before a finding ("HFrEF with LVEF 35% or less:
dapagliflozin reduced ...", review23b P1-3), which names the trial's patients.
"""

from __future__ import annotations

import re

from citelint.support.quantity import Quantity
from citelint.support.thresholds import threshold_starts

# A clause naming a guideline, a definition or a criterion: its cut-offs ("HDL below 40 mg/dL
# by the ATP III criteria", "guidelines define it as an LVEF of 40% or less") say how a
# condition is told, not what the cited trial found; its abstract need not state them
# (claims21 left: "Guidelines ... suggest them above 40% [6]").
_DEFINING = re.compile(
    r"\b(?:guidelines?|defin(?:e|es|ed|ing|itions?)|criteri(?:on|a)|consensus|classif\w*|"
    r"recommend\w*|cut-?offs?|cut-?points?|thresholds?)\b",
    re.IGNORECASE,
)
# A measure's value written beside its name: "LVEF 40%", "eGFR of 30", "HbA1c 7%".
_MEASURE_BEFORE = re.compile(r"\b[A-Za-z]*[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\s*(?:of|=|:)?\s*$")
CLAUSE_MARKS = ";,"


def clause_bounds(text: str, position: int, marks: str = CLAUSE_MARKS) -> tuple[int, int]:
    """Where the clause holding ``position`` starts and ends: between the ``marks`` around it
    (";" and "," unless told), brackets kept whole ("below the criterion (< 40 mg/dL, men)")
    and a mark before a digit ("12,068") no end."""
    depth, start, end = 0, 0, len(text)
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and char in marks and not text[index + 1 : index + 2].isdigit():
            if index < position:
                start = index + 1
            else:
                end = index
                break
    return start, end


def restates_definition(claim_text: str, quantity: Quantity) -> bool:
    """Whether a number is a threshold in a clause that names a guideline, a definition or a
    criterion: "... suggest them above 40% [6]", "an HDL cholesterol >= 40 mg/dL, as the
    criteria define it". Such a number is no result the cited abstract must state."""
    if _DEFINING.search(claim_text) is None:
        return False
    start, end = clause_bounds(claim_text, quantity.start)
    clause = claim_text[start:end]
    if _DEFINING.search(clause) is None:
        return False
    if quantity.start - start in threshold_starts(clause):
        return True
    before = claim_text[max(start, quantity.start - 24) : quantity.start]
    return _MEASURE_BEFORE.search(before) is not None


# A note's comparison sign right before its number: "CRP >=75", "≥65 y", "K+ &gt; 6".
SIGN_BEFORE = re.compile(r"(?:[<>≤≥]=?|=<|&[lg]t;=?)\s*$")
# An age as notes write it, after a sign: ">75 y", "≥65 yo", "<16 yrs". A criterion unless its
# part of the line reports a finding ("apixaban reduced stroke in pts >85 y (HR 0.79)").
NOTE_AGE_AFTER = re.compile(r"\s?(?:y|yo|y/o|yrs?)\b")
# A time limit: "within 1 h", "<4.5 h from onset", "within 7 d of surgery".
_WITHIN_BEFORE = re.compile(r"\bwithin\s*$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s?(?:h|hrs?|hours?|min|mins|minutes?|d|days?|wks?|weeks?)\b")
# The measures a note sets thresholds on or gives its patient's value of: labs, vital signs and
# bedside scores (patient_values.is_patients_own reads the same list). Not "HR" nor "RR" (hazard and
# risk ratios) nor an outcome ("mortality <10%" is a result).
MEASURES = (
    r"CRP|PCT|procalcitonin|ferritin|D-dimer|troponin|NT-proBNP|BNP|lactate|K\+?|Na\+?|"
    r"potassium|sodium|glucose|HbA1c|A1c|Hb|Hgb|Plt|platelets|WCC|WBC|neutrophils|INR|APTT|"
    r"eGFR|GFR|CrCl|Cr|SCr|creatinine|urea|ALT|AST|bilirubin|albumin|UACR|ACR|pH|HCO3|"
    r"ketones|osmolality|SBP|DBP|MAP|BP|SpO2|SaO2|PaO2|FiO2|temp|temperature|GCS|NIHSS|"
    r"NEWS2?|qSOFA|SOFA|CURB-65|CRB-65|PSI|sPESI|PESI|Wells|CHA2DS2-VASc|HAS-BLED|"
    r"LVEF|EF|QTc?|BMI|weight|age|aged|HBsAb|anti-HBs|renin|"
    # Screening scales a note scores its patient on, or sets an order's threshold on: "COWS
    # >= 8" in an order set's checklist, "Clinical Frailty Scale 5" (user28a P1-4, P1-5).
    r"COWS|CIWA-Ar|CIWA|PHQ-9|PHQ-2|GAD-7|AUDIT-C|EPDS|CFS|Frailty\s+Scale"
)
_MEASURE_SIGN_BEFORE = re.compile(
    rf"(?<![\w+-])(?:{MEASURES})\s*(?:of\s+|is\s+)?(?:[<>≤≥]=?|=<|&[lg]t;=?)\s*$", re.IGNORECASE
)
# "NEWS2 of 5 or more": the measure before its value, the side after it.
_MEASURE_OF_BEFORE = re.compile(rf"(?<![\w+-])(?:{MEASURES})\s*(?:of|=|:)?\s*$", re.IGNORECASE)
_SIDE_AFTER = re.compile(
    r"\s*(?:%\s*|[a-zA-Zµ]+(?:/[\w.]+)*\s+)?or\s+(?:more|less|above|below|higher|lower|greater|"
    r"over|under)\b",
    re.IGNORECASE,
)
# A solution's strength: "0.9% saline", "10% dextrose". A product, not a result.
_SOLUTION_AFTER = re.compile(
    r"\s?%\s+(?:w/v\s+)?(?:saline|NaCl|sodium\s+chloride|dextrose|glucose|albumin|"
    r"chlorhexidine|lidocaine|lignocaine)\b",
    re.IGNORECASE,
)
# What a clause reporting a finding holds, and a note's criterion or order does not.
_FINDING_MARK = re.compile(
    r"\b(?:reduc|lower|increas|improv|decreas|prevent|cut|rais|show|found|associat|result|"
    r"led|was|were|had|did|enrol|random|fell|rose|benefit|effect|efficacy|mortality|death|"
    r"died|survival|odds|sensitivity|specificity|recurrence)\w*|"
    r"\b(?:vs\.?|versus)\b|\b(?-i:a?HR|a?OR|I?RR|CI|AUC|NNT|ARR|RRR|MD)\b",
    re.IGNORECASE,
)
# A note writes its finding with an arrow after its subject ("apixaban ↓ stroke", review24a P1
# 5), or an outcome's noun alone ("LVEF <60%: fewer HF hosp"). Not an arrow opening its part
# ("K+ >6.5: ↑ monitoring" is an order), nor a noun after a preposition ("within 7 d of HF
# hosp" is a time limit), nor "admission" or "stroke" ("<4.5 h from stroke onset").
_NOTE_FINDING = re.compile(
    r"[↓↑⇓⇑]|\b(?:hosp|hospitali[sz]ations?|MACE|events?|relapses?|remission)\b", re.IGNORECASE
)
_LETTER = re.compile(r"[A-Za-z]")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|after|from|since|post|following|before|for|per|with|in)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# A table's cut-off cell, its sign, value and unit alone: "≥2", "> 6.0 mmol/L".
_CUTOFF_CELL = re.compile(r"(?:[<>≤≥]=?|=<|&[lg]t;=?)\s*\d+(?:\.\d+)?\s*(?:%|[a-zA-Zµ/]+)?")
_PERCENT = re.compile(r"\d+(?:\.\d+)?\s?%")
_NOTE_MARKS = ";:"
# What every criterion above needs somewhere in its claim.
_CRITERION_CUE = re.compile(r"[<>≤≥%]|&[lg]t;|\bwithin\b|\bor\s+[a-z]", re.IGNORECASE)


def is_note_criterion(claim_text: str, quantity: Quantity) -> bool:
    """Whether a number is a note's own criterion: an age as notes write it (">75 y"); or a
    time limit ("within 1 h"), a threshold on a lab, vital sign or score ("CRP >=75 mg/L",
    "NEWS2 of 5 or more") or a cut-off cell ("≥5") in a part of the line that reports no
    finding and is no head before one. A solution's strength ("0.9% saline") too."""
    if not _CRITERION_CUE.search(claim_text):
        return False  # no sign, "within", "or more" nor "%": most claims, told at once
    before = claim_text[max(0, quantity.start - 24) : quantity.start]
    after = claim_text[quantity.end : quantity.end + 40]
    if _SOLUTION_AFTER.match(after):
        return True
    signed = SIGN_BEFORE.search(before) is not None
    start, end = clause_bounds(claim_text, quantity.start, _NOTE_MARKS)
    if signed and NOTE_AGE_AFTER.match(after):
        # "Frail AF pts >75 y stable on VKA: ..." (user23), even before a finding; but not in
        # the part reporting it (review24a P2 1).
        return not _reports_finding(claim_text, start, end, quantity)
    if not _criterion_form(claim_text, quantity, start, end, before, after):
        return False
    return not _reports_finding(claim_text, start, end, quantity) and not _heads_a_finding(
        claim_text, end
    )


def _criterion_form(
    claim_text: str, quantity: Quantity, start: int, end: int, before: str, after: str
) -> bool:
    """Whether the number is written as a limit or a threshold: after "within" or a sign and
    before a unit of time, after a measure and its sign, after a measure and before "or
    more", or alone with its sign in a table's cut-off cell ("qSOFA; ≥2; ...")."""
    signed = SIGN_BEFORE.search(before) is not None
    if (signed or _WITHIN_BEFORE.search(before)) and _TIME_AFTER.match(after):
        return True
    if _MEASURE_SIGN_BEFORE.search(before):
        return True
    if _MEASURE_OF_BEFORE.search(before) and _SIDE_AFTER.match(after):
        return True
    return signed and _CUTOFF_CELL.fullmatch(claim_text[start:end].strip()) is not None


def _reports_finding(claim_text: str, start: int, end: int, quantity: Quantity) -> bool:
    """Whether the part of the line holding the number reports a finding: a finding's word,
    a statistic's name, or a percentage not written as a threshold."""
    part = claim_text[start:end]
    if finds(claim_text, start, end):
        return True
    for found in _PERCENT.finditer(part):
        at = start + found.start()
        if at != quantity.start and not SIGN_BEFORE.search(claim_text[max(0, at - 4) : at]):
            return True
    return False


def _heads_a_finding(claim_text: str, end: int) -> bool:
    """Whether the part ends a line's head at its colon and the words after it report a
    finding: "HFrEF with LVEF 35% or less: dapagliflozin reduced ..." names the trial's
    patients (review23b P1-3); "K+ >6.5 mmol/L: add SZC 10 g TDS" the order's."""
    if not claim_text.startswith(":", end):
        return False
    next_start, next_end = clause_bounds(claim_text, end + 1, _NOTE_MARKS)
    return finds(claim_text, next_start, next_end) or percent_in(claim_text, next_start, next_end)


def percent_in(claim_text: str, start: int, end: int) -> bool:
    """Whether a percentage stands between ``start`` and ``end``."""
    return _PERCENT.search(claim_text, start, end) is not None


def finds(claim_text: str, start: int, end: int) -> bool:
    """Whether the part between ``start`` and ``end`` holds a finding's word or statistic, or
    a note's arrow or outcome noun written as a finding (see _NOTE_FINDING)."""
    if _FINDING_MARK.search(claim_text, start, end):
        return True
    for found in _NOTE_FINDING.finditer(claim_text, start, end):
        before = claim_text[start : found.start()]
        if found.group()[0].isalpha():
            if not _AFTER_PREPOSITION.search(before):
                return True
        elif _LETTER.search(before):
            return True
    return False
