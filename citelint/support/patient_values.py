"""A clinical note's values of its one patient, which CL301 leaves as the writer's: the note
cites the literature for its decision, not for the patient's blood pressure, age or drugs.

Where they stand: in the line's head before the recommendation ("BP 162/98 on 4 drugs:
screen for primary aldosteronism [1]", "Started spironolactone 25 mg daily; PA is treatable
with ... [1]"), in an order's clause, or in a clause of a claim that names the patient ("At
52 years old with hypertension since age 30, she should be screened [1]"). A line whose head
reports a finding, or names a study's patients, keeps its numbers checked.
"""

from __future__ import annotations

import re

from citelint.support.criteria import (
    MEASURES,
    NOTE_AGE_AFTER,
    SIGN_BEFORE,
    clause_bounds,
    finds,
    percent_in,
)
from citelint.support.quantity import Quantity
from citelint.support.regimens import FINDING

# A note line's head naming its patient or indication before the evidence or the order:
# "CRP 140, hypoxic: ...", "T2DM + CKD (UACR >30 mg/mmol): add finerenone ...".
HEAD_LENGTH = 60
# A head may also end at a semicolon or a spaced dash when advice follows it: "Omeprazole
# stays at 40 mg daily while ablation is under way; long-term PPI use should ..." (user28a).
_OTHER_HEAD_LENGTH = 64
_OTHER_HEAD_END = re.compile(r"; | [-–—] ")
# A criterion's words, a trial's and not one patient's value (review23b P1-3): "LVEF 35% or
# less", "CRP 100 mg/L or more", ">75 y", "in RECOVERY".
_CRITERION = re.compile(
    r"\bor\s+(?:less|more|lower|higher|above|below|greater|older|younger)\b|\bat\s+least\b|"
    r"\bup\s+to\b|[<>≤≥]|&[lg]t;|\bin\s+[A-Z][A-Z0-9-]{3,}\b"
)
# Words of a sentence about a study's patients, not the note's one patient.
COHORT = re.compile(
    r"\b(?:mean|median|average|trial|study|cohort|participants|patients|subjects|enrolled|took|"
    r"included|randomi[sz]ed|group|arm)\b",
    re.IGNORECASE,
)
# What a note's advice says after its head: "screen for ...", "check ...", "likely PA; treat
# with ...", "should be screened", "is treatable with ...".
_ADVICE = re.compile(
    r"\b(?:screen|check|treat|refer|consider|start|stop|add|give|offer|avoid|use|continue|"
    r"monitor|test|assess|evaluate|repeat|review|should|likely|indicated|recommended|"
    r"preferred|first[- ]line)\w*",
    re.IGNORECASE,
)
# A result's statistic or comparison. Not "effective" ("the lowest effective dose"), which the
# criteria's finding words take, nor "ARR" (a note's aldosterone/renin ratio).
_STATISTIC = re.compile(
    r"\b(?-i:a?HR|a?OR|I?RR|CI|AUC|NNT|RRR|MD)\b|\b(?i:vs\.?|versus|mortality|death|odds)\b|[↓↑]"
)
# A note's words for the one patient it is about: "he qualifies", "Her HbA1c", "Pt's eGFR",
# "68M, NYHA II", "a 70-year-old woman", "given LVEF 30%". Not "the patient population", nor
# "PT" (prothrombin time) or "6F" (a catheter's size) inside a sentence (review23a P1-2).
_PATIENT = re.compile(
    r"\b(?i:he|she|his|her|him|patient's)\b|\b[Pp]t(?:'s)?\b|^\W*\d{1,3}\s?(?:M|F|yo)\b|"
    r"\b\d{1,3}-year-old\s+(?:man|woman|male|female|boy|girl|patient)\b|"
    r"\bgiven\s+(?:an?\s+|her\s+|his\s+)?(?:LVEF|EF|eGFR|HbA1c|K|UACR|INR|BMI)\b|"
    # A ward-round note names its patient by title and initial, or as "our patient" (user32b
    # P1-1): "At 82, Mrs B is older than most SPRINT participants".
    r"\b(?:Mrs|Mr|Ms)\.?\s+[A-Z]\b|\b(?i:our)\s+(?:\d{1,3}-year-old\s+)?patient\b"
)
# A measure a note gives the patient's value of: "LVEF 30%", "HbA1c is 8.2%", "K 4.6 mmol/L".
# Not a statistic (HR, OR, RR, CI): those are results.
# Read case-sensitively: "EF", "K", "Cr" in capitals, as notes write them.
# "eGFR 30-60": the upper end of the patient's range too; "BP 162/98": the diastolic.
_PATIENT_MEASURE_BEFORE = re.compile(
    rf"(?<![\w+-])(?:{MEASURES})\s*(?:is|was|of|=|:)?\s*(?:\d+(?:\.\d+)?\s*[-–/]\s*)?$"
)
# A measure a note spells out, with room for its words: "an ejection fraction of 35%", "oxygen
# saturation of 89% on air", "a blood pressure of 150/95 mm Hg" (user32b P1-1).
_SPELLED_MEASURE_BEFORE = re.compile(
    r"\b(?:ejection\s+fraction|oxygen\s+saturation|saturations?|blood\s+pressure|heart\s+rate)"
    r"\s*(?:is|was|of|=|:)?\s*(?:\d+(?:\.\d+)?\s*/\s*)?$",
    re.IGNORECASE,
)
# A lab value with its unit of concentration: "Aldosterone 480 pmol/L", "ferritin 12 ng/mL".
_LAB_UNIT_AFTER = re.compile(
    r"\s*(?:[mµμunpf]?mol|[mµμnp]?g|mEq|m?IU|U)\s*/\s*(?:[dcmµμ]?L|l)(?![A-Za-z])"
)
# How a note tells its patient's history: "on 3 agents", "on 4 drugs", "since age 30", "at
# 52 years old", "Started spironolactone 25 mg daily", "Omeprazole stays at 40 mg daily".
_DRUG_HISTORY = (
    r"\bon\s+\d+\s+(?:[a-z-]+\s+)?(?:agents?|drugs?|medications?|meds|antihypertensives?|"
    r"classes)\b|"
    r"\b(?:started|restarted|continued|stays|stayed|remains|remained|kept)\s+(?:on\s+|at\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|units?|IU|mL)\b"
)
_AGE_HISTORY = (
    r"\b(?:since|from)\s+(?:the\s+)?age\s+(?:of\s+)?\d+|"
    r"\bat\s+\d+\s*(?:years?|yrs?|y)[\s-]*(?:old|of\s+age)\b|\bat\s+age\s+\d+|"
    # A note comparing its patient with a trial opens with the patient's age or gestation
    # (user32b P1-1): "At 82, Mrs B is older than ...", "He is 71, so he resembles ...",
    # "Our 59-year-old patient ...", "At 28 weeks with a blood pressure of 150/95 mm Hg, she
    # fits ...". Not "At 30, 60 and 90 days" (a list of times), nor "At 52 weeks, weight fell".
    r"^\W*at\s+\d{2,3},(?!\s*\d)|\b(?:he|she)\s+is\s+\d{2,3}(?=\s*(?:[,;.]|years?\b))|"
    r"\b\d{1,3}-year-old\s+(?:man|woman|patient)\b|"
    r"^\W*at\s+\d{1,2}\s+weeks(?:\s+of\s+(?:gestation|pregnancy)|'\s+gestation)?\s+with\b"
)
_HISTORY = re.compile(rf"(?P<drugs>{_DRUG_HISTORY})|{_AGE_HISTORY}", re.IGNORECASE)


# A case's own measurement, then the norm it is read against in brackets: "wall thickness of
# 9 mm (reference, <5 mm)", "ALT 212 U/L (normal range 7-56)". The source is cited for the
# norm (user31b P1-6); the norm's own numbers stay checked.
_NORM_AFTER = re.compile(
    r"\s*(?:[a-zµμ/]{1,8}(?:/[a-zA-Z\d]{1,4})?\s*)?\(\s*(?:"
    # Not "(reference 4)", a citation in words, nor "(RR 0.80)", a result's ratio.
    # A number must follow: "(reference: never smokers)" names an odds ratio's baseline.
    r"(?:reference|normal)\s*(?:[,:;]\s*(?:[<>≤≥]=?|&[lg]t;)?|[<>≤≥]=?|&[lg]t;)\s*\d|"
    r"(?:reference|normal)\s+(?:range|values?|interval|limits?)\b|normal\s*\d|"
    r"ULN\b|upper limit of normal\b)",
    re.IGNORECASE,
)


def is_patients_own(claim_text: str, quantity: Quantity, orders: list[tuple[int, int]]) -> bool:
    """Whether a number is the patient's own value in a note ("With LVEF 30% he qualifies for
    dapagliflozin", "K 4.6 mmol/L, eGFR 48: safe to start finerenone"): a measure's value in a
    claim about a patient, in an order's clause or in the line's head before its colon; and
    in the head an age ("AF, frail, 82 y: ..."), a lab value with its unit, or the patient's
    history ("on 3 agents"); and a measurement beside the norm it is read against ("9 mm
    (reference, <5 mm)"). The source is cited for the decision or the norm."""
    if _NORM_AFTER.match(claim_text, quantity.end):
        return True
    head_end = _head_end(claim_text)
    history = _history(claim_text, quantity)
    if not orders and head_end < 0 and not history and _PATIENT.search(claim_text) is None:
        return False
    in_head = quantity.start < head_end
    if in_head and (history or _head_value(claim_text, quantity)):
        return True  # "AF, frail, 82 y: apixaban preferred ..."
    before = claim_text[max(0, quantity.start - 16) : quantity.start]
    measured = _PATIENT_MEASURE_BEFORE.search(before) is not None
    if measured and (in_head or within(quantity.start, orders)):
        return True  # "CRP 140, hypoxic: tocilizumab reduced deaths ...": the line's patient
    # Spelled out only in a sentence naming the patient: "Consider dapagliflozin if ejection
    # fraction is 40% or less" is an order's criterion.
    measured = measured or _spelled_measure(claim_text, quantity)
    if not measured and not history:
        return False
    # Only the clause naming the patient: in "His LVEF is 30%, and DAPA-HF enrolled patients
    # with LVEF of 35% or less", the 35 is the trial's; so is a clause about the cohort. The
    # patient's history may open the sentence that names her ("At 52 years old, she ...").
    start, end = clause_bounds(claim_text, quantity.start, ";:,")
    if COHORT.search(claim_text, start, end) is not None:
        return False
    if _PATIENT.search(claim_text, start, end) is not None:
        return True
    if measured and start == 0 and not history and not _CRITERION.search(claim_text, 0, end):
        # The opening clause gives the patient's values, the next names her: "At 28 weeks
        # with a blood pressure of 150/95 mm Hg, she fits the CHAP population" (user32b P1-1).
        history = "measure"
    if not history or finds(claim_text, start, end):
        return False
    # The drugs opening a note's line are its patient's ("Started spironolactone 25 mg daily;
    # ..."); other history only in a sentence naming the patient.
    opens = history == "drugs" and clause_bounds(claim_text, quantity.start, ";:")[0] == 0
    return opens or _PATIENT.search(claim_text) is not None


def _head_end(claim_text: str) -> int:
    """Where the line's head naming its patient ends: at its first ": " (a head holding a
    criterion only when advice follows, not a finding: "HFrEF with LVEF 35% or less:
    dapagliflozin reduced ..." names the trial's patients), else at a "; " or spaced dash
    that advice follows. -1 when the line has no such head."""
    colon = claim_text.find(": ", 0, HEAD_LENGTH)
    if colon >= 0 and not _reports(claim_text, colon):
        criterion = _CRITERION.search(claim_text, 0, colon) is not None
        if not criterion or _advice_after(claim_text, colon + 2):
            return colon
    limit = colon if colon >= 0 else _OTHER_HEAD_LENGTH
    other = _OTHER_HEAD_END.search(claim_text, 0, limit)
    if other is None or _reports(claim_text, other.start()):
        return -1
    if _CRITERION.search(claim_text, 0, other.start()):
        return -1
    return other.start() if _advice_after(claim_text, other.end()) else -1


def _reports(claim_text: str, head_end: int) -> bool:
    """Whether the head reports a finding or names a study's patients."""
    return bool(FINDING.search(claim_text, 0, head_end) or COHORT.search(claim_text, 0, head_end))


def _advice_after(claim_text: str, start: int) -> bool:
    """Whether the words after a head give advice and report no finding: "screen for primary
    aldosteronism, which is common and treatable", not "dapagliflozin reduced ... (HR 0.74)"."""
    end = len(claim_text)
    if FINDING.search(claim_text, start) or _STATISTIC.search(claim_text, start):
        return False
    if percent_in(claim_text, start, end):
        return False
    return _ADVICE.search(claim_text, start) is not None


def _head_value(claim_text: str, quantity: Quantity) -> bool:
    """Whether a number of the head is an age ("82 y") or a lab value with its unit ("480
    pmol/L")."""
    if NOTE_AGE_AFTER.match(claim_text, quantity.end):
        return True
    before = claim_text[max(0, quantity.start - 4) : quantity.start]
    return _LAB_UNIT_AFTER.match(claim_text, quantity.end) is not None and not (
        SIGN_BEFORE.search(before)
    )


def _spelled_measure(claim_text: str, quantity: Quantity) -> bool:
    """Whether a spelled-out measure names the number: "an ejection fraction of 35%"."""
    before = claim_text[max(0, quantity.start - 32) : quantity.start]
    return _SPELLED_MEASURE_BEFORE.search(before) is not None


def _history(claim_text: str, quantity: Quantity) -> str:
    """Which history the number is part of: "drugs" ("on 3 agents", "Started spironolactone
    25 mg"), "age" ("since age 30"), or "" for none."""
    for found in _HISTORY.finditer(claim_text):
        if found.start() <= quantity.start < found.end():
            return "drugs" if found["drugs"] else "age"
    return ""


def within(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls in one of ``spans``."""
    return any(start <= position < end for start, end in spans)
