"""How a claim words its numbers: round figures, which way a change went, local digits.

``citelint.support.numbers`` reads a claim's numbers; these are the words around them that
decide how a source's figures may meet them (see ``citelint.support.sources.matches``).
"""

from __future__ import annotations

import re

from citelint.support.side_words import ABOVE_BEFORE, BELOW_BEFORE

# Answers in Spanish, French, German...: "2,62 años", "HR 0,70", "15 411 adultos". A comma
# before one or two digits is a decimal comma where the text has no decimal point; digit
# groups split by spaces are one number. Both are rewritten at the same length.
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d+),(\d{1,2})(?![\d,]|-?[A-Za-z])")
_DECIMAL_POINT = re.compile(r"\d\.\d")
LOCALE_CUE = re.compile(r"\d[, ]\d")
_SPACE_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,]| \d)")


def written_by_locale(plain: str) -> str:
    """``plain`` with decimal commas as points and spaced digit groups as commas."""
    if not _DECIMAL_POINT.search(plain):
        plain = _DECIMAL_COMMA.sub(lambda m: f"{m[1]}.{m[2]}", plain)
    return _SPACE_GROUPS.sub(lambda m: m[0].replace(" ", ","), plain)


# Roles whose numbers a text may give as a round figure after "about" ("roughly 1 in 35").
ROUNDED_ROLES = frozenset({"percent", "plain", "sample-size", "one-in", "dose"})
APPROXIMATE = re.compile(
    r"(?:\b(?:about|approximately|approx\.|roughly|around|nearly|almost|just under|some|"
    r"close to|circa)|~|≈)\s*(?:an?\s+)?(?:(?:1|one)\s+(?:in|out of)\s+)?$",
    re.IGNORECASE,
)
# "Nearly 40%", "almost 5,000": the figure is at most the claim's (43% is no "nearly 40%").
_BELOW = re.compile(r"\b(?:nearly|almost|just under)\s*(?:an?\s+)?$", re.IGNORECASE)


def approximation(plain: str, start: int) -> str:
    """How a round figure at ``plain[start]`` is hedged: "below" after "nearly"/"almost",
    "about" after the other hedges of ``APPROXIMATE``, "" when it is not."""
    window = max(0, start - 20)
    if not APPROXIMATE.search(plain, window, start):
        return ""
    return "below" if _BELOW.search(plain, window, start) else "about"


# "Recovery was 33% faster" (10 vs 15 days) and "50% faster" (as a speed) are both right: a
# change of pace goes either way.
_FALL = re.compile(
    r"\b(?:reduc|lower|cut|decreas|fell|fall|drop|declin|less|fewer|smaller|halv|dimin|"
    r"shorte|faster|quicker|slower)",
    re.IGNORECASE,
)
_RISE = re.compile(
    r"\b(?:rais|increas|higher|more\b|rose|rise|rising|grew|greater|excess|elevat|longer|"
    r"lengthen|prolong|faster|quicker|slower)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:()]")
_POINTS_AFTER = re.compile(r"\s*(?:%\s*)?percentage points?", re.IGNORECASE)


def direction_of_change(plain: str, start: int, end: int) -> str:
    """Which way the clause around a percentage says a quantity went: "down", "up", "both"."""
    if _POINTS_AFTER.match(plain, end):
        return ""  # "4.9 percentage points" is a difference, no relative change
    before = _CLAUSE_END.split(plain[max(0, start - 60) : start])[-1]
    after = _CLAUSE_END.split(plain[end : end + 30])[0]
    around = f"{before} {after}"
    down, up = bool(_FALL.search(around)), bool(_RISE.search(around))
    return "both" if down and up else "down" if down else "up" if up else ""


_DIFFERENCE_AFTER = re.compile(r"\s*(?:%\s*)?(?:percentage points?|(?:fewer|more)\b)", re.I)
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:absolute|ARR|ARI|risk difference|difference)\b[^.;%\d]{0,30}$", re.IGNORECASE
)
# "Prevents about 18 events", "1 in 35 patients spared": what a treatment averts is the
# difference of the two arms' rates or shares.
_AVERTED_BEFORE = re.compile(
    r"\b(?:prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|avoid(?:s|ed|ing)?|spar(?:es|ed|ing))"
    r"(?:\s+(?:about|approximately|roughly|around|nearly|almost|some|an estimated))?"
    r"\s*(?:~|≈)?\s*(?:(?:1|one)\s+(?:in|out of)\s+)?$",
    re.IGNORECASE,
)
# "1.5 percentage points, or about 1 in 67 patients": a "1 in N" restating a difference.
_RESTATED_BEFORE = re.compile(
    r"\bpoints?\)?,?\s+(?:or|i\.e\.,?|that is,?)\s+(?:about\s+|roughly\s+|approximately\s+|"
    r"around\s+|nearly\s+|almost\s+)?(?:1|one)\s+(?:in|out of)\s+$",
    re.IGNORECASE,
)
# "1.3 points lower" beside "1.2 percentage points": a difference of two shares.
_POINTS_AFTER_PLAIN = re.compile(r"\s*points?\b", re.IGNORECASE)
_AVERTED_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:spared|saved|prevented|averted|avoided)\b", re.IGNORECASE
)


def is_difference(plain: str, start: int, end: int, role: str) -> bool:
    """Whether the number at ``plain[start:end]`` is stated as a difference of two shares
    (a percentage or "1 in N": "4.9 percentage points", "1 in 20 fewer") or of two rates (a
    count: "18 fewer events", "prevents about 18 events" per so many patient-years), or a
    dose or duration stated as a change ("fell by 62 mg/dL", "5 days shorter")."""
    if role in ("dose", "duration"):
        return is_change(plain, start, end)
    if role not in ("percent", "one-in", "plain", "sample-size"):
        return False  # "6 fewer cases per 100 person-years" reads as a sample size
    if _DIFFERENCE_AFTER.match(plain, end, end + 30):
        return True
    if role == "percent":
        return bool(_DIFFERENCE_BEFORE.search(plain[max(0, start - 50) : start]))
    before = plain[max(0, start - 50) : start]
    if role == "one-in" and (_DIFFERENCE_BEFORE.search(before) or _RESTATED_BEFORE.search(before)):
        return True
    if role == "plain" and _POINTS_AFTER_PLAIN.match(plain, end, end + 10):
        return True
    # "cut the incidence by 6.2 cases per 100 person-years" (11.0 vs 4.8).
    if _CHANGED_BY_BEFORE.search(before):
        return True
    return bool(
        _AVERTED_BEFORE.search(plain[max(0, start - 40) : start])
        or _AVERTED_AFTER.match(plain, end, end + 40)
    )


# "1.2 million people", "12 thousand deaths": a figure counted in thousands or millions.
_SCALE_AFTER = re.compile(r"\s*(thousand|million|billion)\b", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALE_STARTS = (" t", " m", " b", " T", " M", " B")


# "12k patients", "1.2K deaths": a thousand as answer pages abbreviate it, glued to the number
# and ending the word ("12kDa", "5kg" are no counts).
_THOUSANDS_GLUED = re.compile(r"[kK](?![\w%/-]|[.,]\d)")


def is_thousands_glued(plain: str, end: int) -> bool:
    """Whether the number ending at ``end`` is counted in thousands by a glued "k"."""
    return bool(_THOUSANDS_GLUED.match(plain, end))


def scale_after(plain: str, end: int) -> float:
    """What the number ending at ``end`` counts in: 1e6 for "1.2 million", 1e3 for "12k",
    else 1."""
    scale = written_scale(plain, end)
    if not scale:
        return 1.0
    return 1e3 if scale in ("k", "K") else _SCALES[scale.strip().lower()]


def written_scale(plain: str, end: int) -> str:
    """The scale as written after the number ending at ``end`` ("k", " million"), so that a
    message shows "12k", not "12" (notes18); "" for none."""
    if plain[end : end + 1] in ("k", "K"):
        return plain[end] if is_thousands_glued(plain, end) else ""
    if not plain.startswith(_SCALE_STARTS, end):
        return ""  # most numbers: no word starting as a scale's does right after them
    match = _SCALE_AFTER.match(plain, end, end + 12)
    return match[0] if match else ""


# "2.5-fold", "1.8 times as frequent": the ratio of two arms.
_MULTIPLE_AFTER = re.compile(r"\s*(?:-\s*fold\b|fold\b|times\b|×)", re.IGNORECASE)


def is_multiple(plain: str, end: int) -> bool:
    """Whether the number ending at ``plain[end]`` says how many times one arm is another."""
    return bool(_MULTIPLE_AFTER.match(plain, end, end + 8))


# "LDL fell by 62 mg/dL", "5 days shorter", "a reduction of 62 mg/dL": a dose or a duration
# stated as the change between two values ("from 92 to 30 mg/dL"; "10 days ... and 15 days").
_HEDGE = (
    r"(?:(?:about|approximately|roughly|around|nearly|almost|some|"
    r"an?\s+(?:average|mean|median)\s+of)\s+|~\s*|≈\s*)?"
)
_CHANGED_BY_BEFORE = re.compile(
    r"\b(?:fell|fallen|dropped|decreased|declined|reduced|lowered|cut|shortened|lengthened|"
    r"prolonged|rose|risen|increased|raised|improved|changed|down|up|lower|higher|shorter|"
    rf"longer|faster|sooner|earlier|later)\b[^.;\d]{{0,40}}?\bby\s+{_HEDGE}$",
    re.IGNORECASE,
)
_CHANGE_OF_BEFORE = re.compile(
    r"\b(?:reductions?|decreases?|drops?|falls?|declines?|increases?|rises?|changes?|"
    rf"differences?|improvements?|shortening|prolongation)\s+(?:of|by)\s+{_HEDGE}$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"\s*-?\s*(?:[^\s\d.,;:()]+\s*){1,2}?(?:lower|higher|less|more|fewer|shorter|longer|"
    r"faster|quicker|sooner|earlier|later|greater|smaller|reduction|decrease|drop|fall|"
    r"increase|rise|difference)\b",
    re.IGNORECASE,
)


def is_change(plain: str, start: int, end: int) -> bool:
    """Whether a dose or duration at ``plain[start:end]`` is stated as how much a value
    changed ("fell by 62 mg/dL", "5 days shorter") rather than as a value."""
    before = plain[max(0, start - 60) : start]
    return bool(
        _CHANGED_BY_BEFORE.search(before)
        or _CHANGE_OF_BEFORE.search(before)
        or _CHANGE_AFTER.match(plain, end, end + 30)
    )


# "Treating 77 patients prevents one event", "a number needed to treat of 77", "NNT 77",
# "77 patients need to be treated to prevent one": 100 over the difference of two shares.
_NEEDED_NAMED = re.compile(
    r"(?:\bnumbers?\s+needed\s+to\s+(?:treat|harm)\b|\bNN[TH]s?\b)[^.;\d]{0,25}$",
    re.IGNORECASE,
)
_TREATING_BEFORE = re.compile(rf"\btreat(?:ing|ed|s)?\s+(?:only\s+|just\s+)?{_HEDGE}$", re.I)
_ONE_EVENT_AFTER = re.compile(
    r"[^.;]{0,50}?\b(?:prevents?|avoids?|averts?|spares?|saves?|causes?|gives?|leaves?|"
    r"helps?|cures?)\s+(?:one|1|a single)\b",
    re.IGNORECASE,
)
_TREATED_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:would\s+|will\s+)?(?:need|needs|needed|must|have)\s+"
    r"(?:to\s+)?be\s+treated\b",
    re.IGNORECASE,
)
# "7 people need to follow the programme for 3 years to prevent one case".
_TAKING_PART_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:would\s+|will\s+)?(?:need|needs|needed|must|have)\s+to\s+"
    r"(?:take|receive|follow|join|participate|use|get|be\s+vaccinated)\b[^.;]{0,60}?"
    r"\bto\s+(?:prevent|avoid|avert)\s+(?:one|1|a\s+single)\b",
    re.IGNORECASE,
)

# "28 women need induction to avoid one caesarean section": the treatment named as a noun.
_NEED_TREATMENT_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:would\s+|will\s+)?(?:need|needs|needed|require|requires|"
    r"required)\s+(?:[a-z-]+\s+){1,3}?to\s+(?:prevent|avoid|avert)\s+(?:one|1|a\s+single)\b",
    re.IGNORECASE,
)


# "one death prevented for every 8 patients treated", "for every 8 patients treated, one
# death is prevented", "one event prevented for about every 15 women treated".
_FOR_EVERY_BEFORE = re.compile(
    r"\bfor\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+)?"
    r"every\s+$",
    re.IGNORECASE,
)
_AVERTED_WORD = re.compile(r"\b(?:prevent|avoid|avert|saved?\b|spared?\b)", re.IGNORECASE)


def is_needed_to_treat(plain: str, start: int, end: int) -> bool:
    """Whether a count at ``plain[start:end]`` is a number needed to treat (or to harm)."""
    before = plain[max(0, start - 50) : start]
    if _NEEDED_NAMED.search(before) or _TREATED_AFTER.match(plain, end, end + 50):
        return True
    if _TAKING_PART_AFTER.match(plain, end, end + 140) or _NEED_TREATMENT_AFTER.match(
        plain, end, end + 100
    ):
        return True
    if _FOR_EVERY_BEFORE.search(before):
        # The averting verb may stand a long event name before: "prevented one primary
        # outcome event for about every 15 women treated".
        wider = plain[max(0, start - 90) : start]
        sentence = re.split(r"[.;]", wider)[-1] + re.split(r"[.;]", plain[end : end + 60])[0]
        return bool(_AVERTED_WORD.search(sentence))
    return bool(_TREATING_BEFORE.search(before) and _ONE_EVENT_AFTER.match(plain, end, end + 70))


# "Under 20%", "fewer than 5,000", "<20%": the claim gives a ceiling, not a figure; "more than
# 35%", "over 5,000", "at least 10": a floor. A source figure on that side of it, and near it,
# states it (sources._within_claimed_bounds).
# "No less than" is a floor and "no more than" a ceiling (see ``side_words``).
_CEILING_BEFORE = re.compile(rf"(?:{BELOW_BEFORE})\s*(?:an?\s+)?$", re.IGNORECASE)
_FLOOR_BEFORE = re.compile(rf"(?:{ABOVE_BEFORE})\s*(?:an?\s+)?$", re.IGNORECASE)


def claimed_bound(plain: str, start: int) -> str:
    """ "<" when the claim's number at ``plain[start]`` is a ceiling ("under 20%"), ">" when
    a floor ("more than 35%"), "" when it is a figure."""
    before = plain[max(0, start - 20) : start]
    if _CEILING_BEFORE.search(before):
        return "<"
    return ">" if _FLOOR_BEFORE.search(before) else ""


# "37-40%", "37 to 40%": a figure the claim places between two ends, the lower first. "From
# 58 to 34", "lowered mortality, 41.4% to 19.0%", "rose 12% to 15%" are changes, not ranges.
_RANGE_END_AFTER = re.compile(r"\s*%?\s*(?:-|to)\s*(\d+(?:\.\d+)?)(?![\d,])")
_RANGE_START_BEFORE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*%?\s*(?:-|to)\s*$")
_CHANGE_WORDS = re.compile(
    r"\b(?:from|by|lower|reduc|decreas|fell|fall|drop|declin|cut|rais|increas|rose|rise|"
    r"grew|improv|worsen|went|changed|shift)",
    re.IGNORECASE,
)


def range_other_end(plain: str, start: int, end: int) -> float | None:
    """The other end of a range the number at ``plain[start:end]`` opens or closes; None
    when it stands alone or the two numbers tell a change ("from 58 to 34")."""
    after = _RANGE_END_AFTER.match(plain, end, end + 20)
    if after:
        low, high, opens = float(plain[start:end].replace(",", "")), float(after.group(1)), start
    else:
        before = _RANGE_START_BEFORE.search(plain, max(0, start - 20), start)
        if before is None:
            return None
        low, high = float(before.group(1)), float(plain[start:end].replace(",", ""))
        opens = before.start()
    if low >= high or _CHANGE_WORDS.search(plain, max(0, opens - 60), opens):
        return None
    return high if after else low
