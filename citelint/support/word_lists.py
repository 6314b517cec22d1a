"""The word lists key terms are read with: stopwords, words every abstract uses, words that
only word a number, and clinical abbreviations common enough to expand unasked. Moved out of
support/terms.py, which reads and weighs the terms."""

from __future__ import annotations


def word_list(text: str) -> list[str]:
    return text.split()


STOPWORDS = frozenset(
    word_list(
        """
    a about above after again against all also although am among an and any are as at be
    because been before being below between both but by can could did do does doing done down
    during each either else etc even ever every few for from further had has have having he her
    here hers him his how however i if in into is it its itself just least less let like may
    me might more most much must my neither no nor not now of off often on once only or other
    otherwise our ours out over own per perhaps rather same shall she should since so some such
    than that the their theirs them then there therefore these they this those though through
    thus to too under until up upon us very via was we were what whatever when where whether
    which while who whom whose why will with within without would yet you your yours
    vs versus eg ie e.g i.e et al using used use based including include includes included
    one two three four five six seven eight nine ten
    """
    )
)

# Words that nearly every clinical abstract uses; they count for little when scoring support.
GENERIC_WORDS = word_list(
    """
    study studies patient patients result results conclusion conclusions method methods
    background objective objectives aim purpose effect effects evidence group groups compared
    comparison associated association significant significantly increase increased decrease
    decreased reduce reduced reduction improve improved improvement higher lower outcome outcomes
    analysis data show showed shown found find findings report reported suggest suggests
    demonstrate demonstrated observed evaluate evaluated assess assessed examine examined
    investigate investigated trial trials review total mean median rate rates risk level levels
    year years month months week weeks day days participant participants subject subjects
    individual individuals population sample case cases control controls clinical treatment
    treated therapy intervention interventions primary secondary measure measured score scores
    change changes baseline follow-up time period factor factors related new current common
    high low large small greater important effective efficacy difference differences different
    similar value values percent overall independent independently include included age aged
    """
)
# How a sentence words a number rather than what it is about: "The absolute difference was
# 4.9 points, or roughly 1 in 20 patients." names no topic to judge a record by.
NUMBER_WORDS = word_list(
    """
    absolute relative roughly approximately nearly almost around point points percentage
    """
)

# Abbreviations common enough in clinical writing to expand even when the text does not.
COMMON_ABBREVIATIONS = {
    "rct": "randomized controlled trial",
    "rcts": "randomized controlled trials",
    "copd": "chronic obstructive pulmonary disease",
    "mi": "myocardial infarction",
    "bmi": "body mass index",
    "vte": "venous thromboembolism",
    "dvt": "deep vein thrombosis",
    "pe": "pulmonary embolism",
    "ckd": "chronic kidney disease",
    "hba1c": "glycated hemoglobin",
    "icu": "intensive care unit",
    "nsaid": "nonsteroidal anti-inflammatory drug",
    "nsaids": "nonsteroidal anti-inflammatory drugs",
    "vas": "visual analog scale",
    "odi": "oswestry disability index",
    "ldl": "low-density lipoprotein",
    "ssri": "selective serotonin reuptake inhibitor",
    "ssris": "selective serotonin reuptake inhibitors",
    "t2d": "type diabetes",
    "t2dm": "type diabetes mellitus",
    # Heart failure's shorthand, which abstracts spell out (user19 P1 10c, user20 P1 11).
    "hfref": "heart failure reduced ejection fraction",
    "hfpef": "heart failure preserved ejection fraction",
    "hfmref": "heart failure mildly reduced ejection fraction",
    "lvef": "left ventricular ejection fraction",
    "af": "atrial fibrillation",
    # A ward note's shorthand for common drugs and conditions (user23 P1 17: "TXA reduced PPH
    # after CS", "NAC no benefit for CI-AKI" drew CL302 against abstracts that spell them out).
    "txa": "tranexamic acid",
    "pph": "postpartum hemorrhage",
    "aki": "acute kidney injury",
    "nac": "acetylcysteine",
}
