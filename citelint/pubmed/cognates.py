"""Do a title in Spanish, Portuguese, French, German or Italian and PubMed's English title
speak of the same things?

A translated title cannot be compared word for word with PubMed's, but the words medicine
shares across these languages can: drug and disease names, organs, methods ("aspirina" and
"aspirin", "tromboembolia" and "thromboembolism", "Lungenembolie" and "embolism"), numbers and
initials ("HFE", "2"). Another paper's title put on a real paper's author, journal and locus (a
hybrid entry) shares few or none of them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that carry no subject: English and the five languages' articles, prepositions and
# conjunctions, as the skeleton spells them.
_FILLER = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or")
    + ("the", "to", "with", "without", "versus", "vs", "among", "after", "its", "their")
    + ("de", "la", "el", "los", "las", "del", "en", "para", "por", "con", "i", "e", "o", "u")
    + ("da", "do", "dos", "das", "em", "com", "um", "uma", "ao", "na", "no", "nas", "nos")
    + ("des", "les", "le", "et", "du", "pour", "avec", "une", "un", "sur", "dans", "au", "aux")
    + ("der", "die", "das", "den", "dem", "und", "mit", "von", "fur", "bei", "im", "zur", "zum")
    + ("ein", "eine", "einer", "il", "della", "di", "nel", "degli", "dei", "delle", "per")
    + ("al", "alla", "nella", "lo", "gli", "ed", "ou", "entre", "sobre", "sin", "sem", "sans")
    + ("between", "during", "within", "zwischen", "wahrend", "durante", "tra", "fra", "pendant")
)
# Spellings that differ between English and the other languages where the sound does not:
# "th" and "t" (tromboembolia), "ph" and "f" (fibrilación), "y" and "i" (hemodinámica),
# "k" and "c" (kardiogenen), "ae"/"oe" and "e" (haemorrhage, Ödem), "tio"/"tie" and "cio"/"cie"
# (pacientes, mutaciones), "qu" and "c" (isquémico), a dropped "h" (choque).
_SPELLINGS = (
    *(("ph", "f"), ("th", "t"), ("ae", "e"), ("oe", "e"), ("y", "i"), ("k", "c")),
    *(("qu", "c"), ("tio", "cio"), ("tie", "cie")),
)
_UMLAUTS = str.maketrans({"ä": "e", "Ä": "e"})  # "Prävention", "Hämodynamik"
_DOUBLED = re.compile(r"(.)\1")
_VOWELS = re.compile(r"[aeiou]")
_LEADING_ES = re.compile(r"es[bcdfgjlmnpqrstvwxz]")
_WORD = re.compile(r"[a-z0-9]+")
# Share of the record's subject words the translated title must echo: a right translation
# echoes its drugs, diseases and methods if not its plain words ("Manejo actual de la
# embolia pulmonar aguda": 2 of 5), a neighbour on the same drug fewer (2 of 7).
_SHARE_NEEDED = 0.4

# English title words of any field, which other languages seldom say with a cognate
# ("management" and "manejo", "trial" and "ensayo"): not asked to be echoed.
_PLAIN_WORDS = (
    ("acute", "chronic", "current", "new", "novel", "low", "high", "dose", "early", "late")
    + ("management", "treatment", "therapy", "care", "surgery", "use", "prevention")
    + ("preventing", "effect", "effects", "efficacy", "safety", "outcomes", "risk", "factors")
    + ("patients", "adults", "children", "women", "men", "people", "individuals")
    + ("trial", "trials", "randomised", "randomized", "controlled", "study", "review")
    + ("systematic", "meta", "analysis", "case", "report", "series", "cohort", "evidence")
    + ("update", "guideline", "guidelines", "recurrent", "severe", "mild", "once", "weekly")
    + ("versus", "compared", "association", "role", "impact", "evaluation", "assessment")
)


def echoes_title(translated: str, english: str) -> bool:
    """Whether ``translated`` echoes enough of ``english``'s words that are not plain: two
    fifths of them, and at least two (one of one or two: "Aktuelles Management der akuten
    Lungenembolie" says "embolism" and not "pulmonary")."""
    theirs = tuple(word for word in _subject_words(english) if word not in _PLAIN)
    if not theirs:
        return False
    ours = _subject_words(translated)
    echoed = sum(1 for word in theirs if any(_cognate(word, other) for other in ours))
    return echoed >= min(2, (len(theirs) + 1) // 2) and echoed >= _SHARE_NEEDED * len(theirs)


@lru_cache(maxsize=1024)
def _subject_words(title: str) -> tuple[str, ...]:
    """The title's words as skeletons, without filler, each once."""
    text = unicodedata.normalize("NFKD", title.translate(_UMLAUTS).lower())
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = dict.fromkeys(_skeleton(word) for word in _WORD.findall(text))
    return tuple(word for word in words if word and word not in _FILLER)


def _skeleton(word: str) -> str:
    if word in _FILLER or word.isdigit():
        return word
    for spelt, said in _SPELLINGS:
        word = word.replace(spelt, said)
    if len(word) > 3:
        word = word[0] + word[1:].replace("h", "") if word[0] != "h" else word[1:]
    word = _DOUBLED.sub(r"\1", word)
    # Spanish and Portuguese put an "e" before an "s" and a consonant: "estenosis", "espinal".
    return word[1:] if _LEADING_ES.match(word) else word


def _cognate(english: str, other: str) -> bool:
    """One word in two languages: the same four first letters ("preven-ting", "preven-ir"),
    the same first four consonants ("pulmonary", "polmonare"), or, in a German compound,
    the English word's first five letters after a first word ("embol" in "lungenembolie").
    Short words, numbers and initials must be the same."""
    if english == other:
        return True
    if len(english) < 4 or len(other) < 4:
        return False
    if english[:4] == other[:4] or english[:5] in other[4:]:
        return True
    ours, theirs = _consonants(english), _consonants(other)
    return len(ours) >= 4 and ours[:4] == theirs[:4]


def _consonants(word: str) -> str:
    return _VOWELS.sub("", word)


_PLAIN = frozenset(map(_skeleton, _PLAIN_WORDS))
