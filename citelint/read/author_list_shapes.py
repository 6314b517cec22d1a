"""The less common shapes of an author list, each read when no Vancouver list ending in
initials or "et al." is found (``author_lists.leading_authors`` tries them in turn): "et al"
in another language or with no full stop, De Gruyter's comma pairs, a list running into the
title, the initials first, full names (and, read by the entry's reader alone, full names
with no "et al.").

Each gives the names and where the title after them starts, or None. Those that read their
names as a Vancouver list are given ``author_lists.authors`` (or its test of one person's
name) as ``read_names``: the lists' reader calls these shapes, so they cannot import it.
"""

from __future__ import annotations

from collections.abc import Callable

from citelint.lazy_pattern import LazyPattern
from citelint.read.readings import looks_like_group

# Names and where the title starts after them.
Found = tuple[list[str], int]

LIST_REACH = 1000
NAME_SEPARATOR = LazyPattern(r"\s*[,;]\s*(?:&\s*|and\s+)?|\s+(?:and|&)\s+")
# "et al" in other languages: Spanish "y cols." / "y col.", French "et coll.", Portuguese "e
# col.", German "u. a.", Finnish "ja muut" and Duodecim's "ym.", Swedish "m.fl.", Norwegian
# "mfl.", Turkish "ve ark.", Polish "i wsp.".
_OTHERS = r"(?:(?:y|e|et) coll?s?|u\.\s?a|ja muut|ym|m\.?\s?fl|ve ark|i wsp)"
_OTHERS_LIST_END = LazyPattern(rf"[\s,]*(?<=[\s,]){_OTHERS}\.\s+")
# What text holding a match of _OTHERS_LIST_END holds: most entries hold none.
OTHERS_CLUES = (" col", "u. a.", "u.a.", " muut.", " ym.", "fl.", " ark.", " wsp.")
# "et al" with no stop after it (a comma at most), before a title's first capital (see
# ended_in_bare_et_al).
_BARE_ET_AL = LazyPattern(r",[ \t]*et al,?[ \t]+(?=[A-Z\"“])")
# The last name of a list that runs into a title with no full stop between them.
_LAST_NAME = LazyPattern(
    r"(?:[,;]\s*|\s+(?:&|and)\s+)[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,2}\s+[A-Z]{1,4}(?=\s+[A-Z])"
)
# Science's, PNAS's and Elsevier's lists put the initials first and end in a comma before
# the title: "J. P. D. Abbatt, C. Wang, The atmospheric chemistry of indoor environments."
# Some end in a full stop, as Vancouver's do: "J.P.D. Abbatt, C. Wang. The atmospheric ..."
# (read so only where two names or more stand before it).
_GIVEN_FIRST = r"(?:[A-Z]\.[ -]?-?){1,4} ?(?:[a-z]{1,3} ){0,2}[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
_GIVEN_FIRST_LIST = LazyPattern(
    rf"(?P<names>{_GIVEN_FIRST}(?:, {_GIVEN_FIRST}){{0,40}}(?:,? (?:and|&) {_GIVEN_FIRST})?)"
    r"(?:(?:,? et al\.)?, |\. |,? et al\. )(?=[\"“A-Z0-9])"
)
_GIVEN_FIRST_NAME = LazyPattern(r"(?P<initials>(?:[A-Z]\.[ -]?-?){1,4}) ?(?P<family>.+)")
# De Gruyter's: "Tayal, D, Jain, P, Goswami, B. Title", "..., Gertsen, JB, et al.. Title".
_PAIR = r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){0,3}, [A-Z]{1,4}"
_PAIRED_LIST = LazyPattern(
    rf"(?P<names>{_PAIR}(?:, {_PAIR}){{0,40}})(?:, et al\.?)?\.{{1,2}}\s+(?=[\"“A-Z0-9])"
)
# Full names, given name first or family name first as Chinese lists print them ("Yeming
# Wang, Dingyu Zhang, et al." or "Wang Yeming, Zhang Dingyu, et al."), read only before "et
# al." and a title's first capital: two names or more of two or three capitalised words.
_FULL_NAME = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?(?: [A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?){1,2}"
_FULL_NAMES_LIST = LazyPattern(
    rf"(?P<names>{_FULL_NAME}(?:, {_FULL_NAME}){{1,40}}),? et al\.\s+(?=[\"“A-Z0-9])"
)
# The same names with no "et al." after them (see full_names_alone); "and" or "&" may stand
# before the last one.
_FULL_NAMES_ALONE = LazyPattern(
    rf"(?P<names>{_FULL_NAME}(?:, {_FULL_NAME}){{0,40}}(?:,? (?:and|&) {_FULL_NAME})?)"
    r"\.\s+(?=[\"“A-Z0-9])"
)
# ABNT's (Brazil's) names, the family name in capitals and the given names after a comma,
# people parted by semicolons: "SILVA, João Carlos; SOUZA, M. Title" (read as no names, the
# list stood in the title). Read as "Silva JC", "Souza M".
# Two capitalised words at most ("SOUZA NETO", "DE SOUZA"): "WORLD HEALTH ORGANIZATION, Geneva"
# and "SOCIEDADE BRASILEIRA DE CARDIOLOGIA, Departamento ..." are groups.
_ABNT_WORD = r"[A-ZÀ-ÖØ-Þ]{2}[A-ZÀ-ÖØ-Þ'’-]*"
_ABNT_FAMILY = rf"{_ABNT_WORD}(?: (?:D[AEO]S? )?{_ABNT_WORD})?"
_ABNT_GIVEN = (
    r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ'’-]+|\.)(?:[ -](?:[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ'’-]+|\.)|d[aeo]s?))*"
)
_ABNT_PERSON = rf"{_ABNT_FAMILY}, {_ABNT_GIVEN}"
_ABNT_LIST = LazyPattern(
    rf"(?P<names>{_ABNT_PERSON}(?:; {_ABNT_PERSON}){{0,40}})(?P<others> et al)?\.?\s+"
    r"(?=[\"“A-ZÀ-Þ])"
)
_ABNT_ONE = LazyPattern(rf"(?P<family>{_ABNT_FAMILY}), (?P<given>{_ABNT_GIVEN})")
# Words of a Title Case title that no name is: a title of topics has the shape of a list of
# full names ("Heart Failure, Atrial Fibrillation. ..."). Endings first, then whole words.
_TOPIC_ENDINGS = ("tion", "sion", "ness", "ity", "ism", "itis", "osis", "emia", "ology", "ical")
_TOPIC_TEXT = """
    Acute Adult Adults Analysis Blood Cancer Care Child Children Chronic Clinical Data Disease
    Diseases Disorder Disorders Diabetes Effect Effects Evidence Failure Guide Guideline
    Guidelines Health Heart Injury Kidney Liver Lung Management Medical Medicine Mellitus New
    Outcomes Pain Patient Patients Practice Pressure Primary Report Results Review Risk
    Secondary Sepsis Shock Statement Stroke Study Surgery Syndrome Therapy Treatment Trial Update
"""
_TOPIC_WORDS = frozenset(_TOPIC_TEXT.split())


def ended_in_other_words(text: str, read_names: Callable[[str], list[str]]) -> Found | None:
    """A list ended by "et al" in another language (see _OTHERS), and where the title after
    it starts: "Perrin PB, Kratz AL, y cols. Title"."""
    found = _OTHERS_LIST_END.search(text, 0, LIST_REACH)
    names = read_names(text[: found.start()]) if found else []
    return (names, found.end()) if found and names else None


def ended_in_bare_et_al(text: str, read_names: Callable[[str], list[str]]) -> Found | None:
    """A list ended by "et al" with no full stop, the title after it: "Hogan JI, Duerr R,
    Dimartino D, et al Remdesivir resistance ...", "Lange T, et al, CMR-based cardiac
    phenotyping ..." (hunt17: the names ran into the title, which was searched for, found
    nowhere and called fabricated). The first "et al" only, after names that read as a list."""
    found = _BARE_ET_AL.search(text, 0, LIST_REACH)
    names = read_names(text[: found.start()]) if found else []
    return (names, found.end()) if found and names else None


def comma_paired(text: str, person: Callable[[str], bool]) -> Found | None:
    """De Gruyter's names, a comma between surname and initials as between names: "Tayal, D,
    Jain, P, Goswami, B. D-dimer ..." or "Kouri, TT, ..., Gertsen, JB, et al.. The EFLM ..."
    (hunt17: read as no names, the title began with them, and was found nowhere). Each pair
    must read as a person's name."""
    found = _PAIRED_LIST.match(text, 0, LIST_REACH)
    if found is None:
        return None
    parts = found["names"].split(", ")
    names = [f"{family} {letters}" for family, letters in zip(parts[::2], parts[1::2], strict=True)]
    if len(names) == 1 and len(parts[1]) > 2:
        return None  # "Sepsis, ARDS. ...": a title's words and an abbreviation, no author
    if not all(person(name) for name in names):
        return None
    return names, found.end()


def run_into_title(text: str, read_names: Callable[[str], list[str]]) -> Found | None:
    """Nature's lists may run into the title: "..., Maguire T & Yarmush M Portable robot"."""
    last = _LAST_NAME.search(text, 0, LIST_REACH)
    names = read_names(text[: last.end()]) if last else []
    return (names, last.end()) if last and names else None


def given_first(text: str) -> Found | None:
    """A list with the initials first (see _GIVEN_FIRST_LIST), as PubMed writes its names, and
    where the title after it starts."""
    found = _GIVEN_FIRST_LIST.match(text, 0, LIST_REACH)
    if found is None:
        return None
    names = []
    for name in NAME_SEPARATOR.split(found["names"]):
        parts = _GIVEN_FIRST_NAME.fullmatch(name.strip())
        if parts is not None:
            letters = "".join(char for char in parts["initials"] if char.isalpha())
            group = initials_led_group(letters, parts["family"])
            names.append(group or f"{parts['family']} {letters}")
    if len(names) < 2 and not found[0].endswith(", "):
        return None  # "J. Clin. Oncol.", "I. Haugland et al. Journal ...": no list of names
    return names, found.end()


def full_names(text: str) -> Found | None:
    """A list of full names ended by "et al." (see _FULL_NAMES_LIST), each kept as written,
    whichever its order (the first author's check finds PubMed's family name among its
    words), and where the title after it starts. User23 P2 4: read as no names, the list ran
    into the title. A group among them ("Wang Yeming, China Remdesivir Study Group") reads
    as no list here."""
    found = _FULL_NAMES_LIST.match(text, 0, LIST_REACH)
    if found is None:
        return None
    names = found["names"].split(", ")
    if any(looks_like_group(name) for name in names):
        return None
    return names, found.end()


# A word at least this frequent in English (wordfreq's Zipf scale) is no sign of a name.
_COMMON_ZIPF = 4.4


def full_names_alone(head: str) -> Found | None:
    """Full names with no "et al." after them ("Yeming Wang, Dingyu Zhang. Remdesivir in
    adults ..."), read in an entry's text before its locus when nothing else read names
    there: two names or more, none a group's, no word of them a title's (_TOPIC_WORDS,
    _TOPIC_ENDINGS), and a title and a journal after them. Left, the names began the title."""
    found = _FULL_NAMES_ALONE.match(head, 0, LIST_REACH)
    if found is None or ". " not in head[found.end() :].rstrip(". "):
        return None
    names = [name for name in NAME_SEPARATOR.split(found["names"]) if name]
    words = [word for name in names for part in name.split() for word in part.split("-")]
    if len(names) < 2 or any(looks_like_group(name) for name in names):
        return None
    if any(word in _TOPIC_WORDS or word.lower().endswith(_TOPIC_ENDINGS) for word in words):
        return None
    if 2 * sum(_common_word(word) for word in words) >= len(words):
        return None  # "Green Tea, Red Wine and Dark Chocolate. What we know." (review25b)
    return names, found.end()


def _common_word(word: str) -> bool:
    """Whether ``word`` is a common English word ("Green", "Tea"), as names seldom are: a title
    of them is left a title; "John Smith, Mary Jones" too, as before full names were read."""
    # Imported here: the word table loads only for the rare entry that reaches this.
    from citelint.support.informative import zipf

    return zipf(word.lower()) >= _COMMON_ZIPF


def initials_led_group(letters: str, rest: str) -> str | None:
    """A group's name led by initials, as PubMed writes it ("US" and "Preventive Services Task
    Force" -> "US Preventive Services Task Force"), where a person's would be "Force US"; None
    for a person."""
    if len(rest.split()) < 2 or not looks_like_group(rest):
        return None
    return f"{letters} {rest}"


def abnt_names(text: str, person: Callable[[str], bool]) -> Found | None:
    """ABNT's list at the start: "SILVA, João Carlos; SOUZA, M. Hipertensão em idosos. ..."
    as "Silva JC", "Souza M"; each must read as a person's name."""
    found = _ABNT_LIST.match(text, 0, LIST_REACH)
    if found is None:
        return None
    parts = found["names"].split("; ")
    if len(parts) == 1 and not found["others"]:
        # "ESC, Scientific Document Group.", "GBD, ... Collaborators.": a group's acronym and
        # its name have one person's shape (review26b P1).
        return None
    names = []
    for part in parts:
        one = _ABNT_ONE.fullmatch(part)
        if one is None or looks_like_group(one["given"]):
            return None
        initials = "".join(
            word[0] for word in one["given"].replace("-", " ").split() if word[0].isupper()
        )
        names.append(f"{one['family'].title()} {initials}")
    return (names, found.end()) if all(map(person, names)) else None
