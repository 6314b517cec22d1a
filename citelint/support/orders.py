"""A note's clinical orders: a plan's imperative ("Start finerenone 10 mg daily; titrate to
20 mg at 4 weeks") or medication line, whose doses, schedules and thresholds are the
writer's own, not results the cited evidence must state."""

from __future__ import annotations

import re

from citelint.support.names import is_trial_name
from citelint.support.numbers import Quantity, shown_role
from citelint.support.patient_values import HEAD_LENGTH, within
from citelint.support.regimens import FINDING, NOTE_SCHEDULE, is_regimen_row, with_tail
from citelint.support.thresholds import threshold_starts

_GIVEN_WORDS = frozenset({"given", "administered", "today"})


# A clinical order: a plan's imperative ("Start finerenone 10 mg daily; titrate to 20 mg at 4
# weeks"), at the claim's start or opening a clause, also after a medication list's spaced
# dash ("omeprazole 20 mg PO daily - CONTINUE for now", user28a P1-5). Its doses, schedules
# and thresholds are the writer's own; what it cites is the evidence for the drug, not for
# each number.
_ORDER = re.compile(
    r"(?:^|[,;:]\s+|\s[-–—]\s+)(?:then\s+)?(?:(?:safe|ok|okay|reasonable)\s+to\s+)?"
    r"(?:(?:start|begin|continue|resume|"
    r"restart|offer|stop|hold|"
    r"(?:up-?|down-?)?titrate|increase|reduce|decrease|add|switch|give|check|recheck|repeat|"
    r"monitor|consider|avoid|use|order|schedule|aim|target|limit|restrict|administer|"
    r"prescribe|discontinue|taper|maintain|keep|re-?dose|wean|step[- ]?(?:down|up)|"
    r"de-?escalate|convert)\b(?!-|\s+(?:of|in|was|were|is)\b)"
    # "review bleeding risk at 12 months" and a plan's "follow up at 6 weeks" order; "review at
    # 6 months showed ..." reports, as a study's "follow up lasted 24 months" does (review28a
    # P1-3). A decimal point is no clause's end: "review at 6 months (HbA1c 7.2%) showed ...".
    # A follow-up orders only in a plan's shape, "follow up at 6 weeks[ with HbA1c]": a trial's
    # "Follow-up at a median of 3.1 years, mortality fell ..." reports (review29a P1-4). A
    # plan's range, whom with, and a sooner-if are its shape too (review29c P2): "follow up
    # in 6-8 weeks", "follow up with cardiology in 3 months", "in 2 weeks, or sooner if ...".
    r"|(?:review|reassess|re-?evaluate|follow[- ]?up(?:\s+with\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
    r"\s+(?:in|at|after)\s+\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?|\s+to\s+\d+(?:\.\d+)?)?\s*"
    r"(?:days?|weeks?|wks?|months?|years?)(?=\s*(?:[.;)]|$|with\b|for\b|to\b|,\s*or\b)))\b"
    r"(?!(?:[^;.]|\.(?=\d)){0,80}?\b(?:showed|shown|found|lasted|"
    r"revealed|demonstrated|reported|was|were)\b))",
    re.IGNORECASE,
)
# A medication line's drug, dose and schedule before its order: "Semaglutide 0.25 mg weekly"
# in "Semaglutide 0.25 mg weekly, up-titrate to 1.0 mg weekly (PMID ...)", and a plan's other
# drugs before it: "Plan: furosemide 80 mg IV [q12h] x 2 days; spironolactone 25 mg; start
# dapagliflozin ..." (user20 P1 10). Only such words: a finding ("reduced ...") is no lead.
_SCHEDULE_WORD = (
    r"[\[(]?(?:once|twice|daily|weekly|monthly|a|per|day|days|week|weeks|at|night|bedtime|"
    r"orally|oral|po|iv|im|sc|subcutaneously|intravenously|od|bd|bid|tid|qid|qd|qds|tds|every|"
    r"for|x\d*|×|h|hours?|q\d+h|\d+(?:\.\d+)?(?:[-–]\d+(?:\.\d+)?)?|d|wks?|single|loading|dose|"
    r"stat|max(?:imum)?|mg|mcg|µg|g|then|by\s+weight|bolus|up\s+to|over|within|"
    r"mL|ml|L)[\])]?(?!\w)"
)
_MEDICATION = (
    # A table row's drug and dose cells come joined by ";": "Dexamethasone; 6 mg OD x 10 d".
    # A drug cell may say for whom in brackets: "Baricitinib (eGFR 30-60); 2 mg PO OD".
    # A solution's strength before its name: "0.9% saline 1 L over 1 h".
    r"(?:\d+(?:\.\d+)?%\s+)?[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w-]*){0,2}(?:\s*\([^()]{1,30}\))?;?"
    r"\s+\d+(?:\.\d+)?"
    r"(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:mg|mcg|µg|g|units?|IU|mL|ml|L)(?:/kg(?:/h)?|/m2|/h)?\b"
    rf"(?:\s+{_SCHEDULE_WORD})*"
)
_MEDICATION_LEAD = re.compile(
    rf"\W*(?:[A-Za-z][^:;.\d]{{0,40}}[:;]\s*)?{_MEDICATION}(?:\s*[;,]\s*{_MEDICATION})*\s*",
    re.IGNORECASE,
)
# A note's medication line without a verb: "Tocilizumab 8 mg/kg x1 given CRP >75" (user22 P1
# 12), "Tocilizumab 8 mg/kg IV x1 with hypoxia: 28-d mortality ...", "Empagliflozin 10 mg OD
# is an alternative: ..." (user23 P1-7). Not "... x 10 d per RECOVERY" nor "... reduced
# mortality in ventilated patients: ...": that dose is claimed as the trial's.
_GIVEN_AFTER = re.compile(
    r"(?:given|administered|today|started|restarted|continued|new)\b|"
    r"(?:(?:with|in|for)\s+[^:;.\d()]{1,40}|(?:if|when)\s+[^:;()]{1,40}|\([^()\d]{1,20}\))?:(?!\d)|"
    r"(?:is|are)\s+(?:an?\s+|the\s+)?(?:alternative|option|first[- ]line|second[- ]line|"
    r"preferred)\b",
    re.IGNORECASE,
)
# A plan's labelled line: "Alternative: empagliflozin 10 mg OD (HR 0.75 for ...)".
_LABELLED_LEAD = re.compile(r"\W*[A-Za-z]+:")
# A note line's indication before its regimen: "Severe CAP on ICU: hydrocortisone 200 mg IV
# ...". Not a trial's arm ("Intervention: ...", "Dexamethasone arm: ..."): its dose is the trial's.
_INDICATION_HEAD = re.compile(
    r"\W*(?![^:;]*\b(?:intervention|arm|regimen|protocol|trial|study|group|treatment|dosing|"
    r"dose|randomi[sz]ed|received|given)\b)[A-Za-z](?:[^:;.]|(?<=\d)\.(?=\d)){0,40}:\s",
    re.IGNORECASE,
)
# A note's labels in capitals, which a trial's name looks like: "PLAN: dexamethasone 6 mg OD".
_NOTE_LABEL = re.compile(
    r"PLAN|TODO|CAUTION|ATTENTION|ADVICE|ACTION|OPTION|ALTERNATIVE|CONSIDER|SUMMARY|ALERT|"
    r"MGMT|IMPRESSION|ASSESSMENT|REMEMBER|TIP"
)


def _indication_head(claim_text: str) -> re.Match[str] | None:
    """A note line's indication before its regimen, not a trial's name ("RECOVERY:
    dexamethasone 8 mg daily x 14 d; ...": that dose is the trial's, review24a P1 11)."""
    head = _INDICATION_HEAD.match(claim_text)
    if head is None:
        return None
    words = head.group().strip(" :\t-*•|").split()
    if len(words) == 1 and not _NOTE_LABEL.fullmatch(words[0]) and is_trial_name(words[0]):
        return None
    return head


# A table row's drug cell then its dose cell, joined by "; ": "Dexamethasone; 6 mg OD x 10 d".
_DOSE_CELL = re.compile(
    r"\W*(?:[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w-]*){0,2}(?:\s*\([^()]{1,30}\))?;"
    # Or a row's label cell, then its drug and dose: "BP lowering (ICH); Labetalol 10-20 mg IV".
    r"|[A-Za-z][^:;.\d]{0,40};\s*[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s+\d"
)
# What goes on with the order after its colon: "...: if K >5.5 mmol/L, hold".
_ORDER_GOES_ON = re.compile(r":\s*(?:if|when|unless|only|then|otherwise|and|or)\b", re.IGNORECASE)
# An order's condition before it: "If UACR >30 mg/mmol, add finerenone 10 mg OD".
_CONDITION = re.compile(r"\W*(?:if|when|once|unless)\b[^;:.]*", re.IGNORECASE)
# The words that put a condition on an order's patients, before its cut-off: "... if ejection
# fraction is 35% or less", "... when eGFR falls below 30", "... in adults aged 75 or older".
_CONDITION_WORD = re.compile(
    r"\b(?:if|when|whenever|unless|once|whose|(?:in|for)\s+(?:adults|patients|people|those|"
    r"children|women|men))\b",
    re.IGNORECASE,
)
# Where a new clause of an order opens: a mark, or a word giving a reason or going on.
# No comma: criteria are listed with them ("ischaemic heart disease, NYHA class II-III, and
# ejection fraction of 35% or less"); nor "as well as".
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:because|since|which|where|whereas|while|given)\b|(?<!\bas well )\bas\b(?! well\b)",
    re.IGNORECASE,
)
_REPORTED_ADVICE = re.compile(
    r"\b(?:recommend\w*|should|must|advis\w*|suggest\w*|guidelines?)\b", re.IGNORECASE
)
# The numbers an order makes its own: its doses, schedules and thresholds ("if K+ < 5.0").
_ORDER_ROLES = frozenset({"dose", "duration", "concentration", "pressure"})
_SCHEDULE_AFTER = re.compile(r"(?:\s*(?:-|–|to)\s*\d+)?\s*(?:d|h|hrs?|wks?|doses?|L|mL|ml)\b")
# "x 3 d": a repeat; "(max 24 mg day 1)": the day of the order it falls on.
_THRESHOLD_BEFORE = re.compile(
    r"(?:[<>≤≥]|&[lg]t;|\b(?:if|below|above|under|over|x|day|week|cycle|dose)\b|×)\s*=?\s*$"
)


def order_clauses(claim_text: str) -> list[tuple[int, int]]:
    """Where the claim's clinical orders stand (a plan's line, not a finding): each from its
    verb to the clause's ";" or the claim's end. None where the claim tells what a source
    advises ("guidelines recommend ... and recheck"): it reports the advice."""
    if _REPORTED_ADVICE.search(claim_text):
        return []
    if is_regimen_row(claim_text):
        return [(0, len(claim_text))]  # "H. pylori salvage 100 mg PO q12h ... 14 days"
    spans = [
        (found.start(), _order_end(claim_text, found.end()))
        for found in _ORDER.finditer(claim_text)
    ]
    if spans and spans[0][0] > 0 and _leads_to_order(claim_text, spans[0][0]):
        spans.insert(0, (0, spans[0][0]))  # "Semaglutide 0.25 mg weekly, up-titrate to ..."
    elif not spans or spans[0][0] > 0:
        lead = _MEDICATION_LEAD.match(claim_text)
        head = _indication_head(claim_text) if lead is None else None
        if head is not None:  # "COVID-19 on O2 with CRP ≥75 mg/L: baricitinib 4 mg OD ..."
            lead = _MEDICATION_LEAD.match(claim_text, head.end())
        own_end = _own_line_end(claim_text, lead.end()) if lead else None
        if own_end is not None:
            spans.insert(0, (0, own_end))
    return spans


def _order_end(claim_text: str, verb_end: int) -> int:
    """Where an order's clause ends: at its ";", or at a ":" after a whole order ("Step down
    to oral therapy after 10-14 d IV: 90-day mortality ...") that opens the evidence. A colon
    right after a word or two ("Target BP: <130/80") is still the order's."""
    end = claim_text.find(";", verb_end)
    end = end if end >= 0 else len(claim_text)
    colon = claim_text.find(":", verb_end, end)
    if colon < 0 or len(claim_text[verb_end:colon].split()) < 3:
        return end
    if _ORDER_GOES_ON.match(claim_text, colon) or _ORDER.match(claim_text, colon):
        return end  # "... recheck K at 2 weeks: if K >5.5 mmol/L, hold": the order's threshold
    return colon


def _leads_to_order(claim_text: str, order_start: int) -> bool:
    """Whether the words before the claim's first order are the order's own: a medication
    line ("Semaglutide 0.25 mg weekly, up-titrate ..."), its condition ("If UACR >30 mg/mmol,
    add ...") or the indication a plan's line opens with ("albuminuria (UACR >30 mg/mmol): add
    ...")."""
    if _MEDICATION_LEAD.fullmatch(claim_text, 0, order_start) is not None:
        return True
    if _CONDITION.fullmatch(claim_text, 0, order_start) is not None:
        return True
    # "albuminuria (UACR >30 mg/mmol): add ...", not "In RECOVERY, ... lowered mortality: use it".
    head = claim_text[:order_start]
    return claim_text[order_start] == ":" and len(head) <= HEAD_LENGTH and not FINDING.search(head)


def _own_line_end(claim_text: str, lead_end: int) -> int | None:
    """Where a medication lead with no order verb ends when it is the writer's line, not the
    trial's regimen, with its condition: "... x1 given ...", "... if CRP >=75 mg/L: ...",
    "... is an alternative: ...", a labelled line's bracket ("Alternative: empagliflozin 10 mg
    OD (HR ...)") or the whole line. None when the dose is said of the trial."""
    given = _GIVEN_AFTER.match(claim_text, lead_end)
    if given and given.group().lower() in _GIVEN_WORDS:
        return lead_end  # "Tocilizumab 8 mg/kg x1 given CRP >75" (user22 P1 12)
    # The shapes a note's line alone has ("...: evidence", "is an alternative", a table's dose
    # cell) count only with a note's schedule (review23a P1-1: "Dexamethasone 8 mg daily in
    # ventilated patients: ..." states the trial's dose).
    if not NOTE_SCHEDULE.search(claim_text, 0, lead_end):
        return None  # "Dapagliflozin 5 mg once daily: ...": the trial's regimen, checked
    if given and given.group()[-1:].isalpha():
        # "... OD started today (K 4.4); ...": the reason after the word is the writer's too.
        return _next_mark(claim_text, lead_end, ";:")
    if given:
        return given.end()
    if not claim_text[lead_end:].strip(" .,;") or with_tail(claim_text, lead_end):
        return len(claim_text)  # "CAP, no risk factors: amoxicillin 1 g TDS PO x 5 d."
    if claim_text.startswith("(", lead_end) and _LABELLED_LEAD.match(claim_text):
        return lead_end
    if claim_text.startswith(";", lead_end) and _DOSE_CELL.match(claim_text):
        return lead_end  # a handout table's dose cell: "Dexamethasone; 6 mg OD x 10 d; ..."
    if claim_text.startswith(";", lead_end) and _indication_head(claim_text):
        return lead_end  # "Severe CAP on ICU: hydrocortisone 200 mg IV daily x 4-8 d; ..."
    return None


def is_orders_own(claim_text: str, quantity: Quantity, orders: list[tuple[int, int]]) -> bool:
    """Whether a number is an order's own dose, schedule or threshold ("Start finerenone 10 mg
    daily; titrate to 20 mg at 4 weeks if K+ < 5.0"): the evidence cited is for the drug, not
    for each number. A result the claim reports in another clause, or a count, is still its."""
    if not orders or not within(quantity.start, orders):
        return False
    if shown_role(claim_text, quantity) in _ORDER_ROLES:
        return True
    if _SCHEDULE_AFTER.match(claim_text, quantity.end):
        return True  # "after 10-14 d IV": a note's days, which numbers reads as no duration
    before = claim_text[max(0, quantity.start - 12) : quantity.start]
    return _THRESHOLD_BEFORE.search(before) is not None or _conditions_cut_off(
        claim_text, quantity, orders
    )


def _conditions_cut_off(claim_text: str, quantity: Quantity, orders: list[tuple[int, int]]) -> bool:
    """Whether a number is the cut-off of an order's condition on its patients ("Consider
    sacubitril valsartan if symptoms persist and ejection fraction is 35% or less"): the
    guideline's criterion, which may differ on purpose from the cited trial's 40% (user30b
    P1-13). An order that reports a finding in the same clause keeps its numbers checked."""
    start, end = next(span for span in orders if span[0] <= quantity.start < span[1])
    clause = claim_text[start:end]
    if quantity.start - start not in threshold_starts(clause):
        return False
    # The condition must be the number's own clause: "... whose ejection fraction is 35% or
    # less, since mortality fell by more than 40%" gives the trial's 40% as a reason.
    opens = start
    for found in _CLAUSE_BREAK.finditer(claim_text, start, quantity.start):
        opens = found.end()
    if _CONDITION_WORD.search(claim_text, opens, quantity.start) is None:
        return False
    # "or lower" is the threshold's own side, no finding.
    return not any(
        not clause[: found.start()].endswith(("or ", "and ")) for found in FINDING.finditer(clause)
    )


def _next_mark(text: str, start: int, marks: str) -> int:
    """Where the first of ``marks`` after ``start`` stands; the text's end if none does."""
    found = [at for at in (text.find(mark, start) for mark in marks) if at >= 0]
    return min(found, default=len(text))
