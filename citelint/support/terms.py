"""Key terms of a claim or an abstract: lowercased, lightly stemmed, without stopwords.

The stemmer is deliberately small: it only has to make "randomised", "randomized" and
"randomization" meet, and "stenoses" meet "stenosis". Abbreviations defined in the text
("spinal cord stimulation (SCS)") are expanded, so a claim that says "SCS" matches an abstract
that spells the words out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from citelint.support.informative import word_weight

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]|[A-Za-z]")
_DEFINITION = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9-]{0,9}?)s?\s*[);,]")


def _word_list(text: str) -> list[str]:
    return text.split()


STOPWORDS = frozenset(
    _word_list(
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
GENERIC_WORDS = _word_list(
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
NUMBER_WORDS = _word_list(
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
}

# (a substring the pattern needs, the pattern, its replacement)
_SPELLING = [
    ("is", re.compile(r"is(ation|ations|e|ed|es|ing)$"), r"iz\1"),
    ("ae", re.compile(r"ae"), "e"),  # anaemia, paediatric, haemorrhage
    ("oe", re.compile(r"^oe"), "e"),  # oedema, oesophagus
    ("ogue", re.compile(r"ogue$"), "og"),  # analogue
    ("tre", re.compile(r"tre$"), "ter"),  # centre, litre
]
_SUFFIXES = (
    "izations",
    "ization",
    "ational",
    "ations",
    "ation",
    "nesses",
    "ness",
    "ments",
    "ment",
    "ities",
    "ity",
    "ically",
    "ical",
    "ally",
    "izing",
    "ized",
    "izes",
    "ize",
    "ating",
    "ated",
    "ates",
    "ate",
    "ions",
    "ion",
    "ings",
    "ing",
    "ive",
    "ies",
    "ied",
    "ses",  # stenoses -> stenos, like stenosis below
    "sis",
    "ly",
    "ed",
    "es",
    "al",
    "ic",
    "s",
    "e",
    "y",
)
_DOUBLE_END = re.compile(r"([b-df-hj-np-rtv-z])\1$")


def _stems(words: list[str]) -> frozenset[str]:
    return frozenset(stem(word) for word in words)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude but stable stem: the same for a word's usual inflections and spellings."""
    word = word.lower().strip("'-")
    for cue, pattern, replacement in _SPELLING:
        if cue in word:
            word = pattern.sub(replacement, word)
    if "-" in word:
        return "-".join(stem(part) for part in word.split("-") if part)
    # Two passes reach the root of stacked suffixes: effectiveness -> effective -> effect.
    for _ in range(2):
        word = _strip_suffix(word)
    return word


def _strip_suffix(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix in ("ses", "sis"):
                return word[: -len(suffix)] + "s"
            return _DOUBLE_END.sub(r"\1", word[: -len(suffix)])
    return word


def find_abbreviations(text: str) -> dict[str, str]:
    """Abbreviations defined in ``text`` as "long form (ABBR)", lowercased abbr -> long form.

    A definition counts when the initials of the words just before the brackets spell the
    abbreviation, stopwords allowed in between: "spinal cord stimulation (SCS)",
    "randomized controlled trial (RCT)", "visual analogue scale (VAS)".
    """
    found: dict[str, str] = {}
    for match in _DEFINITION.finditer(text):
        abbr = match.group(1)
        letters = [c.lower() for c in abbr if c.isalpha()]
        if len(letters) < 2 or not any(c.isupper() for c in abbr):
            continue
        before = text[max(0, match.start() - 120) : match.start()]
        words = re.findall(r"[A-Za-z][A-Za-z0-9]*", before)
        long_form = _match_initials(words, letters)
        if long_form:
            found[abbr.lower()] = long_form
    return found


def _match_initials(words: list[str], letters: list[str]) -> str | None:
    """The shortest run of final words whose initials (skipping stopwords) spell ``letters``."""
    need = list(letters)
    taken: list[str] = []
    for word in reversed(words):
        if not need:
            break
        taken.append(word)
        if word.lower()[0] == need[-1]:
            need.pop()
            # "Oswestry" may provide both "o" and nothing else; hyphen-less compounds such as
            # "lipoprotein" for "LP" are left alone on purpose: a wrong expansion does harm.
        elif word.lower() in STOPWORDS:
            continue
        else:
            return None
        if len(taken) > len(letters) + 3:
            return None
    if need:
        return None
    return " ".join(reversed(taken))


def tokens(text: str) -> list[str]:
    """Lowercased words in order, hyphenated compounds also split into their parts."""
    words: list[str] = []
    for word in _WORD.findall(text):
        lower = word.lower()
        words.append(lower)
        if "-" in lower:
            words.extend(part for part in lower.split("-") if part)
    return words


def key_terms(text: str, abbreviations: dict[str, str] | None = None) -> set[str]:
    """Normalised content terms of ``text``: stems of its words without stopwords.

    Abbreviations are expanded from ``abbreviations`` (e.g. those defined elsewhere in the
    article or in the abstract), from definitions inside ``text`` itself, and from a short list
    of very common ones; the abbreviation itself is kept as a term too.
    """
    known = dict(COMMON_ABBREVIATIONS)
    if abbreviations:
        known.update(abbreviations)
    known.update(find_abbreviations(text))
    terms: set[str] = set()
    for word in _WORD.findall(text):
        for part in [word, *word.split("-")] if "-" in word else [word]:
            lower = part.lower()
            if lower in STOPWORDS or len(lower) < 2 or "-" in lower or not part:
                continue
            expansion = _expansion(part, known)
            if expansion:
                terms.update(key_terms_plain(expansion))
            terms.add(stem(lower))
    return terms


def key_terms_plain(text: str) -> set[str]:
    """Stems of the content words of ``text``, with no abbreviation handling."""
    return {
        stem(word)
        for word in tokens(text)
        if word not in STOPWORDS and len(word) >= 2 and "-" not in word
    }


def _expansion(word: str, known: dict[str, str]) -> str | None:
    """The long form of ``word`` when it is written like an abbreviation (SCS, RCTs, HbA1c)."""
    if sum(c.isupper() for c in word) < 2:
        return None
    lower = word.lower()
    if lower in known:
        return known[lower]
    if lower.endswith("s") and lower[:-1] in known:
        return known[lower[:-1]]
    return None


def is_generic(term: str) -> bool:
    return term in _GENERIC_STEMS


_GENERIC_STEMS = _stems(GENERIC_WORDS)
_NUMBER_STEMS = _stems(NUMBER_WORDS)


def words_a_number(term: str) -> bool:
    """Whether ``term`` only words a number ("roughly", "absolute", "points")."""
    return term in _NUMBER_STEMS


# How an answer frames its verdict: "Yes, both add benefit on top of standard care.[1][2]"
# (Perplexity's first line) names no topic to judge a record by either.
_FRAMING_STEMS = _stems(["yes", "add", "adds", "added", "benefit", "benefits", "top"])


# Where a claim was read, not what it says: "So did a version cited from the Cochrane
# Library's own page [3]." borrows its finding from the sentence before (user20 P2).
_SOURCE_STEMS = _stems(_word_list("cited cite cites citing website websites cochrane"))
# "version", "page" and "library" say where a claim was read only in such phrases ("a version
# cited from", "version 3 of", "page 4", "its own page", "the Cochrane Library"); in
# "external cephalic version" or "a cDNA library" they are the claim's topic (review21a P3-3).
_SOURCE_PLACE = re.compile(
    r"\b(?:a|an|the|this|that|its|their|own|another|earlier|later|latest|newer|older|updated|"
    r"online|web|print|full|current|previous|home)\s+(?P<place>versions?|pages?|librar(?:y|ies))"
    r"\b|\b(?P<numbered>versions?|pages?)\s+\d|\b(?:Cochrane|online|digital|national)\s+"
    r"(?P<named>librar(?:y|ies))",
    re.IGNORECASE,
)


def source_terms(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` that say where it was read, not what it says."""
    if not any(word in text.lower() for word in ("version", "page", "librar")):
        return frozenset()
    return frozenset(
        stem(word.lower())
        for match in _SOURCE_PLACE.finditer(text)
        for word in match.groups()
        if word
    )


def names_no_topic(term: str, sources: frozenset[str] = frozenset()) -> bool:
    """Whether ``term`` is generic, words a number, frames an answer or names where the claim
    was read (``sources``, from ``source_terms``): no claim's topic."""
    if term.endswith(("'", "’")):
        term = stem(term.rstrip("'’"))  # "Library's"
    return (
        term in _GENERIC_STEMS
        or term in _NUMBER_STEMS
        or term in _FRAMING_STEMS
        or term in _SOURCE_STEMS
        or term in sources
    )


# Words every abstract uses weigh at most this much, however rare they are in plain English.
GENERIC_CAP = 0.15
# An abbreviation whose long form is known: the long form's words carry the meaning, and a
# record that spells it out without the abbreviation should not lose much.
ABBREVIATION_SHARE = 0.3
# Who was studied tells two papers on one treatment apart, yet "children", "women" or
# "older" are everyday words; they keep at least this weight.
POPULATION_WEIGHT = 0.5
POPULATION_STEMS = _stems(
    _word_list(
        """
    children child infants infant neonates neonatal newborns adolescents adolescent
    adults adult elderly older women men pregnant pregnancy girls boys veterans
    mice mouse rats rat animals
    """
    )
)


@dataclass
class WeightedTerms:
    """A text's key terms with how informative each is, and the pairs of neighbours."""

    weights: dict[str, float] = field(default_factory=dict)
    # Content terms in reading order, for phrase pairs.
    sequence: list[str] = field(default_factory=list)
    # Abbreviations (lowercase) the text uses but nothing known defines yet.
    open_abbreviations: list[str] = field(default_factory=list)


def term_weight(word: str, term: str) -> float:
    """Weight of ``term`` (the stem of ``word``): informativeness with the caps above."""
    weight = word_weight(word)
    if term in POPULATION_STEMS:
        return max(weight, POPULATION_WEIGHT)
    if term in _GENERIC_STEMS:
        return min(weight, GENERIC_CAP)
    return weight


def weighted_terms(
    text: str, abbreviations: dict[str, str] | None = None, define: bool = True
) -> WeightedTerms:
    """The key terms of ``text`` (as ``key_terms`` finds them) with a weight each.

    ``define=False`` skips looking for definitions inside ``text``: the caller passes those
    of a larger text (a record's sentences, whose record was searched once).
    """
    return weigh(text, known_abbreviations(abbreviations, text if define else None))


def known_abbreviations(
    abbreviations: dict[str, str] | None, text: str | None = None
) -> dict[str, str]:
    """Common abbreviations, then ``abbreviations``, then those ``text`` defines."""
    known = dict(COMMON_ABBREVIATIONS)
    if abbreviations:
        known.update(abbreviations)
    if text is not None:
        known.update(find_abbreviations(text))
    return known


def weigh(text: str, known: dict[str, str]) -> WeightedTerms:
    """``weighted_terms`` with the abbreviations already gathered (see known_abbreviations)."""
    result = WeightedTerms()
    weights, sequence = result.weights, result.sequence
    for word in _WORD.findall(text):
        for part in (word, *word.split("-")) if "-" in word else (word,):
            entry = _word_entry(part)
            if entry is None:
                continue
            term, weight, abbreviation_like = entry
            if abbreviation_like:
                expansion = _expansion(part, known)
                if expansion:
                    add_expansion(result, expansion)
                    weight *= ABBREVIATION_SHARE
                else:
                    result.open_abbreviations.append(part.lower())
            old = weights.get(term)
            if old is None or weight > old:
                weights[term] = weight
            sequence.append(term)
    return result


@lru_cache(maxsize=65536)
def _word_entry(part: str) -> tuple[str, float, bool] | None:
    """(stem, weight, written like an abbreviation) of one word; None for stopwords."""
    lower = part.lower()
    if lower in STOPWORDS or len(lower) < 2 or "-" in lower or not part:
        return None
    term = stem(lower)
    return term, term_weight(lower, term), sum(c.isupper() for c in part) >= 2


def add_expansion(result: WeightedTerms, long_form: str) -> None:
    """Add the words of an abbreviation's long form to ``result``."""
    for word in tokens(long_form):
        if word in STOPWORDS or len(word) < 2 or "-" in word:
            continue
        term = stem(word)
        result.weights[term] = max(term_weight(word, term), result.weights.get(term, 0.0))
