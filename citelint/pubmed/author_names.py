"""People's and groups' names as entries and PubMed write them: a family name read from any
usual shape ("Smith JA", "Smith, J. A.", "J. A. Smith"), a collective author, the same name
written otherwise. Moved out of pubmed/matching.py, which compares them."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import normalise
from citelint.pubmed.surnames import DROPPED_PARTICLES

# Organisations author guidelines and statements as groups do: "American Diabetes
# Association" for PubMed's "American Diabetes Association Professional Practice Committee",
# "European Society of Cardiology" for the people of an ESC guideline (false CL203s).
_GROUP_WORD = re.compile(
    r"(?i)\b(?:group|collaborators?|collaboration|collaborative|investigators|consortium|"
    r"committee|trialists|task force|working party|writing group|panel|network|association|"
    r"society|organi[sz]ation|institute|academy|college|federation|council|agency|foundation|"
    r"alliance|ministry)\b"
)
_GROUP_FILLER = {"the", "of", "and", "for", "on", "in", "study", "trial", "research", "group"}


def surname(author: str) -> str:
    """The family name of "Smith JA", "Smith, J. A.", "J. A. Smith" or "John Smith"."""
    text = author.strip()
    if "," in text:
        return normalise(text.split(",", 1)[0])
    words = text.replace(".", ". ").split()
    while (
        len(words) > 2
        and words[-1].rstrip(".").casefold() in _NAME_SUFFIXES
        and _initials(words[-2])
    ):
        words.pop()  # "Wright JT Jr": a suffix after the initials ("de Boer JR" has none)
    if len(words) > 1 and _initials(words[-1]):
        words.pop()
        while len(words) > 1 and (_initials(words[-1]) or _dotted_pair(words[-1])):
            words.pop()  # initials set apart by full stops: "Shchukin Yu. V."
        return normalise(" ".join(words))
    return normalise(words[-1]) if words else ""


def _dotted_pair(word: str) -> bool:
    """One transliterated initial before a full stop: "Yu.", "Zh." (see _initials)."""
    return word.endswith(".") and word[:-1] in _PAIRS


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "2nd", "3rd"})


def _initials(word: str) -> bool:
    # French compound initials: "J.-P." and "M.-C." (Jean-Pierre, Marie-Claire), "J-P".
    letters = word.replace(".", "").replace("-", "")
    if 0 < len(letters) <= 3 and letters.isalpha() and letters.isupper():
        return True
    return len(letters) <= 6 and _TRANSLITERATED_INITIALS.fullmatch(letters) is not None


# Russian initials transliterated as two letters: Ю and Я as journals print them ("Yu", "Ya")
# and as NLM does ("Iu", "Ia"), Ж, Х, Ч, Ш, Ц ("Zh", "Kh", "Ch", "Sh", "Ts"): "Shchukin YuV",
# PubMed's "Shchukin IuV" (user25 P1 11: taken for the family name, a false CL203). Two or
# three initials, one of them such a pair: "Yu" alone is a family name.
_PAIRS = frozenset(("Yu", "Ya", "Yo", "Ye", "Iu", "Ia", "Zh", "Kh", "Ch", "Sh", "Ts"))
_TRANSLITERATED_INITIALS = LazyPattern(
    r"(?=.*(?:Yu|Ya|Yo|Ye|Iu|Ia|Zh|Kh|Ch|Sh|Ts))(?:Yu|Ya|Yo|Ye|Iu|Ia|Zh|Kh|Ch|Sh|Ts|[A-Z]){2,3}"
)


# German's own spelling of its umlauts where a keyboard or a typesetter lacks them:
# "Mueller" is "Müller" (user23 P1-5).
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


# Letters that are no accented Latin letter, so normalise keeps them, written plain where a
# keyboard lacks them: "Yilmaz" for "Yılmaz", "Wlodarczyk" for "Włodarczyk" (user24 P1 23).
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d"})


def written_otherwise(ours: str, theirs: str) -> bool:
    """Whether the entry writes the record's first author as usage does: umlauts as "ue",
    "oe", "ae" ("Mueller-Werdan U" for "Müller-Werdan U"), "ı" and "ł" as "i" and "l", or a
    Spanish double surname by its first, hyphenated or not ("García LA" for "García-Rodríguez
    LA", user23 P1-6; "Curiel RE" for "Curiel Cid RE", user27 P1-2), initials the same."""
    family = surname(ours)
    if family and family == surname(theirs.translate(_UMLAUTS)):
        return True
    if family and family == surname(theirs.translate(_UNDECOMPOSED)):
        return True
    double = surname(theirs).split()
    # A particle starts no double surname: "van den Berg" is not "van". Nor, unhyphenated,
    # does a Chinese or Korean family name, a name of its own: "Ou" is not "Ou Yang"
    # (Ouyang), and "Lee J" is another person than PubMed's "Lee Kim J" (review27a P2-4).
    if len(double) < 2 or double[0] != family or double[0] in DROPPED_PARTICLES:
        return False
    if double[0] in _EAST_ASIAN_FAMILY_NAMES and "-" not in theirs and _east_asian(double[1]):
        return False  # hyphenated ("Lee-Smith J") the first part is taken, as before
    mine, its = _given(ours), _given(theirs)
    return bool(mine) and mine == its


# Chinese (pinyin, and Cantonese "Au") and Korean family names common among PubMed's authors,
# each a whole family name, never the first half of a Spanish-style double one.
_EAST_ASIAN_WORDS = (
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng "
    "liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye "
    "cheng wei su lu ding ren shen yao jin qian ou au "
    # Wade-Giles "Chang" and Korean "Chung" (review28c P3-1). Not Cantonese "Cheung",
    # "Yeung", "Wong": a Hong Kong married name ("Chan Wong K") is one person cited "Chan K".
    "chang "
    "kim lee park choi jeong kang cho yoon yun jang lim shin oh seo kwon hwang ahn hong yoo ko "
    "moon bae baek nam noh sung chung"
)
_EAST_ASIAN_FAMILY_NAMES = frozenset(_EAST_ASIAN_WORDS.split())


def _east_asian(second: str) -> bool:
    """Whether the second word of a two-word family name is East Asian too ("Kim" of "Lee
    Kim", "Yang" of "Ou Yang", "Sung" of "Park Sung"), not a Spanish one: a Latin American
    author cited "Lee J" for "Lee Moreno J" or "Lee Ruiz J" as Spanish style does (review28a
    P1-5, review28c P1-2)."""
    return second in _EAST_ASIAN_FAMILY_NAMES


def _given(author: str) -> str:
    """The initials after a family name ("García-Rodríguez LA" -> "la"), or ""."""
    words = author.replace(".", ". ").split()
    return normalise(words[-1]) if len(words) > 1 and _initials(words[-1]) else ""


def is_group(author: str) -> bool:
    """A collective author: "SPRINT Research Group", "GBD 2019 Collaborators"."""
    return len(author.split()) >= 2 and _GROUP_WORD.search(author) is not None


def names_group(group: str, authors: list[str]) -> bool:
    """Whether a collective of the record is the entry's group: the words of the entry's
    name, "study" and "group" aside, all in it. An acronym ("ACCORD") is not spelt out."""
    ours = set(normalise(group).split()) - _GROUP_FILLER
    for name in authors:
        if is_group(name):
            theirs = set(normalise(name).split())
            if ours <= theirs:
                return True
    return False
