"""Chinese journals' English names against NLM's pinyin titles: "Chin J Intern Med", the name
Zhonghua nei ke za zhi prints, shares no word with "Zhonghua nei ke za zhi" (user24 P1 15).
Moved out of pubmed/matching.py. Also the English names that share no word with the pinyin
("Natl Med J China" for Zhonghua yi xue za zhi), and a journal's name abbreviated from NLM's
parallel English title ("J Jpn Soc Intern Med" for "Nihon Naika Gakkai zasshi. The Journal of
the Japanese Society of Internal Medicine") (user29b P1-10)."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import normalise
from citelint.record import Record

# NLM's pinyin titles of Chinese journals ("Zhonghua xin xue guan bing za zhi", "Zhongguo
# dang dai er ke za zhi", "Beijing da xue xue bao"), and the English names they print.
_PINYIN_NAME = LazyPattern(r"\b(?:za zhi|xue bao)\b", re.IGNORECASE)
_CHINESE_ENGLISH_NAME = LazyPattern(r"\s*(?:Chin|Chinese)\b", re.IGNORECASE)
# The pinyin of the subjects Chinese journals' English names abbreviate.
_PINYIN_SUBJECTS = {
    "cardiol": "xin xue guan",
    "cardiology": "xin xue guan",
    "intern": "nei ke",
    "internal": "nei ke",
    "surg": "wai ke",
    "surgery": "wai ke",
    "pediatr": "er ke",
    "pediatrics": "er ke",
    "oncol": "zhong liu",
    "oncology": "zhong liu",
    "neurol": "shen jing",
    "neurology": "shen jing",
    "tuberc": "jie he",
    "hepatol": "gan zang",
    "nephrol": "shen zang",
    "ophthalmol": "yan ke",
    "dermatol": "pi fu",
    "hematol": "xue ye",
    "orthop": "gu ke",
    "radiol": "fang she",
    "stomatol": "kou qiang",
    "epidemiol": "liu xing bing",
}
# English names Chinese journals print that name no subject _PINYIN_SUBJECTS knows, with
# NLM's pinyin title of each (normalised).
_PRINTED_NAMES = {
    "natl med j china": "zhonghua yi xue za zhi",
    "national medical journal of china": "zhonghua yi xue za zhi",
    "acta acad med sin": "zhongguo yi xue ke xue yuan xue bao",
    "j south med univ": "nan fang yi ke da xue xue bao",
    "j peking univ health sci": "beijing da xue xue bao yi xue ban",
}
# NLM's title with its English one after it: "Nihon Naika Gakkai zasshi. The Journal of the
# Japanese Society of Internal Medicine", "Zhonghua xin xue guan bing za zhi = Chinese journal
# of cardiovascular diseases".
_PARALLEL_TITLE = LazyPattern(r"\.\s+|\s+=\s+")
_LINK_WORDS = frozenset(["the", "of", "and", "for", "in", "on"])


def english_name_of_pinyin(journal: str, record: Record) -> bool:
    """Whether the entry names a Chinese journal in English ("Chin J Intern Med", the name it
    prints) and NLM gives only its pinyin ("Zhonghua nei ke za zhi"): the two share no word to
    compare (user24 P1 15). The subject is compared where it is known ("Cardiol" is "xin xue
    guan"); with NLM's parallel English title (" = Chinese journal of ...") the names are
    compared by it, and "Chin Med J" is a journal of its own English name."""
    names = [name or "" for name in (record.journal, record.journal_abbrev)]
    if _printed_name(journal, names):
        return True
    if _CHINESE_ENGLISH_NAME.match(journal) is None or any(" = " in name for name in names):
        return False
    pinyin = " ".join(normalise(name) for name in names if _PINYIN_NAME.search(name))
    if not pinyin:
        return False
    words = set(normalise(journal).split()) - {"chin", "chinese", "j", "journal", "of", "engl"}
    if not words or words <= {"med", "medical"}:
        return False
    subjects = [_PINYIN_SUBJECTS[word] for word in words if word in _PINYIN_SUBJECTS]
    return all(subject in pinyin for subject in subjects)


def _printed_name(journal: str, names: list[str]) -> bool:
    """Whether the entry's journal is a name the journal prints: a Chinese journal's English
    name NLM's pinyin title does not show, or NLM's parallel English title abbreviated."""
    ours = normalise(journal)
    pinyin = _PRINTED_NAMES.get(ours)
    if pinyin is not None and any(normalise(name) == pinyin for name in names):
        return True
    for name in names:
        parts = _PARALLEL_TITLE.split(name, maxsplit=1)
        if len(parts) == 2 and _abbreviated_from(ours.split(), normalise(parts[1]).split()):
            return True
    return False


def _abbreviated_from(short: list[str], full: list[str]) -> bool:
    """Whether each short word abbreviates the full title's next word, in order, its letters
    taken in turn from the word's first ("jpn" of "japanese", "intern" of "internal")."""
    short = [word for word in short if word not in _LINK_WORDS]
    words = [word for word in full if word not in _LINK_WORDS]
    if not short or len(short) != len(words):
        return False
    return all(_letters_in_turn(a, w) for a, w in zip(short, words, strict=True))


def _letters_in_turn(short: str, word: str) -> bool:
    if short[:1] != word[:1]:
        return False
    rest = iter(word)
    return all(letter in rest for letter in short)
