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
from citelint.support.word_lists import (
    COMMON_ABBREVIATIONS,
    GENERIC_WORDS,
    STOPWORDS,
    word_list,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*[A-Za-z0-9]|[A-Za-z]")
_DEFINITION = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9-]{0,9}?)s?\s*[);,]")


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


# Words every abstract uses weigh at most this much, however rare they are in plain English.
GENERIC_CAP = 0.15
# An abbreviation whose long form is known: the long form's words carry the meaning, and a
# record that spells it out without the abbreviation should not lose much.
ABBREVIATION_SHARE = 0.3
# Who was studied tells two papers on one treatment apart, yet "children", "women" or
# "older" are everyday words; they keep at least this weight.
POPULATION_WEIGHT = 0.5
POPULATION_STEMS = _stems(
    word_list(
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
