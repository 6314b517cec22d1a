"""Chinese journals' English names against NLM's pinyin titles: "Chin J Intern Med", the name
Zhonghua nei ke za zhi prints, shares no word with "Zhonghua nei ke za zhi" (user24 P1 15).
Moved out of pubmed/matching.py."""

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


def english_name_of_pinyin(journal: str, record: Record) -> bool:
    """Whether the entry names a Chinese journal in English ("Chin J Intern Med", the name it
    prints) and NLM gives only its pinyin ("Zhonghua nei ke za zhi"): the two share no word to
    compare (user24 P1 15). The subject is compared where it is known ("Cardiol" is "xin xue
    guan"); with NLM's parallel English title (" = Chinese journal of ...") the names are
    compared by it, and "Chin Med J" is a journal of its own English name."""
    names = [name or "" for name in (record.journal, record.journal_abbrev)]
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
