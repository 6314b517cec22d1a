"""Where a list of authors ends: Vancouver lists ("Smith J, van der Berg AB, et al.") read
name by name, at each place the list may end.
"""

from __future__ import annotations

import re
from functools import lru_cache

from citelint.lazy_pattern import LazyPattern
from citelint.read.author_list_shapes import (
    LIST_REACH,
    NAME_SEPARATOR,
    OTHERS_CLUES,
    abnt_names,
    comma_paired,
    ended_in_bare_et_al,
    ended_in_other_words,
    full_names,
    given_first,
    run_into_title,
)
from citelint.read.readings import looks_like_group

_ET_AL = LazyPattern(r"[\s,]*\bet\.?\s+al\b\.?\s*$", re.IGNORECASE)
# Where a list of names can end: after initials or "et al", before ". " or ": ", as
# "(?:\b[A-Z][A-Z.-]{0,6}|\bal)[.:]\s+" finds in the first 1,000 characters. Each mark
# leads its own pattern (a literal, which the regex engine skips to fastest), and what must
# stand before it is checked behind it, in fixed widths: a scan led by the capitals would
# stop at every one of every name. Most marks end a word of a title ("trial."): the first
# look behind refuses them at once.


def _list_end_pattern(mark: str) -> str:
    """The pattern of list ends at ``mark`` (a full stop or a colon, escaped)."""
    initials = "|".join(rf"(?<=\b[A-Z][A-Z.-]{{{run}}}{mark})" for run in range(7))
    # Cureus sets a colon after "et al.": "Brighton TA, Mann K, et al.: Low-dose aspirin ...".
    return rf"{mark}(?<=[A-Z.\-l]{mark})(?:(?<=\bal{mark})|(?<=\bal\.{mark})|{initials})\s+"


_INITIALS_DOT_END = LazyPattern(_list_end_pattern(r"\."))
_INITIALS_COLON_END = LazyPattern(_list_end_pattern(":"))
_STOP = LazyPattern(r"\.\s+")
# Full stops between initials: "S. C." -> "SC"
_INITIALS = LazyPattern(r"(?<=\b[A-Z])\.\s*(?=[A-Z]\b)|(?<=\b[A-Z])\.$")
_SUFFIX = LazyPattern(r"\s+(?:Jr|Sr|2nd|3rd|4th|II|III|IV)\.?$")
# The last character of every match ("" of an empty part is "in" it, so that runs as before).
_SUFFIX_LAST = "rdhIV.\n"
_DIGIT_OR_STOP = LazyPattern(r"\d|[.?!:]")
_PARTICLE_TEXT = "van von der den de del della di da dos du la le ter ten te bin al el"
_PARTICLES = frozenset(_PARTICLE_TEXT.split())
_PARTICLE_OPENINGS = frozenset(particle[:2] for particle in _PARTICLES)
# Openings of a rest that can make the list's last part a name again (see plain_list): a
# separator ("and" and white space), or a suffix _SUFFIX takes ("II", "III", "IV", "Jr", ...).
_OPENINGS_DECLINED = ("and", "Jr", "Sr", "2nd", "3rd", "4th", "II", "IV")


_SAINT = ("St. ", "Ste. ")
# A saint's name sorted after the initials, as particles are: "John AB St" is "St John AB".
_SAINTS_LAST = frozenset(["St", "St.", "Ste", "Ste.", "Saint", "Sainte"])
# Particles glued to the family name, as some lists write them: "vanderMeer AJ", "dosSantos".
_GLUED_PARTICLES = LazyPattern(rf"(?:{'|'.join(sorted(_PARTICLES, key=len, reverse=True))})+[A-Z]")
# Portuguese family names' last words, which some lists print after the initials ("Souza JD
# Neto", "Mesquita ET Filho"): PubMed's "Souza Neto JD".
_FAMILY_ENDS = frozenset(["Neto", "Netto", "Filho", "Sobrinho", "Júnior", "Junior"])
_WRITTEN_FOR = ("on behalf of the ", "on behalf of ", "for the ")
# The last word of a trial's group whose name holds a digit ("HPS2-THRIVE Collaborative
# Group", "HORIZON-2 Trial Investigators"), and the small words such a name may hold.
_TRIAL_GROUP_ENDS = frozenset(
    [
        "Group",
        "Groups",
        "Investigators",
        "Collaborators",
        "Collaborative",
        "Consortium",
        "Trialists",
        "Committee",
    ]
)
_GROUP_NAME_LINKS = frozenset(["of", "the", "for", "and", "on", "in"])
_MOST_NUMBERED_GROUP_WORDS = 8
_FIRST_WORD = LazyPattern(r"[^\W\d_]*")
# The commonest list, "Smith J, van der Berg AB, O'Brien L, Müller-Lee CW, et al": family
# names of one word (a capital, perhaps an apostrophe and a capital, a small letter, then
# letters, "'" or "-"; Latin-1's letters, each a capital or a small one as isupper and
# islower tell) after up to three particles, each with one to four initials in capitals,
# separated by ", ". Read by simple_names; any other list by authors. Refused: a part "Et
# AL" (lowered, "et al"), and a list ending in initials "AL" (_without_et_al would read the
# "Et AL" of "Smith-Et AL" as "et al").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
# The particles a simple name may open with: all but the Arabic and Malay ones.
_SIMPLE_PARTICLES = "|".join(p for p in _PARTICLE_TEXT.split() if p not in ("bin", "al", "el"))
_SIMPLE_NAME = (
    rf"(?:(?:{_SIMPLE_PARTICLES}) ){{0,3}}"
    rf"(?!Et AL\b)[{_UPPER}](?:'[{_UPPER}])?[{_LOWER}][{_UPPER}{_LOWER}'\-]* [A-Z]{{1,4}}"
)
_SIMPLE_NAMES = LazyPattern(rf"{_SIMPLE_NAME}(?:, {_SIMPLE_NAME})*(?:, et al)?(?<!AL)")


def leading_authors(text: str) -> tuple[list[str], str]:
    """A Vancouver author list at the start ("Smith J, Doe AB, et al. Title..."), and the
    rest; ([], text) when the text does not start with one. The longest list that reads as
    names wins, since initials with full stops ("Keller S. C., Bessell M. S.") end nothing."""
    common = plain_list(text)
    if common is not None:
        return common
    ends = _list_ends(text)
    best: tuple[list[str], int] | None = None
    misses = 0
    for end in ends:
        names = authors(text[:end].rstrip().rstrip(".:"))
        if names:
            best, misses = (names, end), 0
        elif best is not None:
            misses += 1
            if misses == 3:
                break
    # The less common shapes (author_list_shapes), each tried where its clue is.
    if best is None and any(map(text.__contains__, OTHERS_CLUES)):
        best = ended_in_other_words(text, authors)  # "et al" in other words?
    if best is None and ("et al " in text or "et al, " in text):
        best = ended_in_bare_et_al(text, authors)
    if best is None and text[:2].isupper() and ", " in text[:60]:
        best = abnt_names(text, _person)
    if best is None and text[:1].isalpha() and ", " in text[:40]:
        best = comma_paired(text, _person)
    if best is None:
        best = run_into_title(text, authors)
    if best is None and text[1:2] == ".":
        best = given_first(text)
    if best is None and "et al." in text:
        best = full_names(text)
    return (best[0], text[best[1] :].strip()) if best else ([], text)


def plain_list(text: str) -> tuple[list[str], str] | None:
    """``leading_authors(text)`` for the common list, read directly, or None where the
    general reading must decide: names with no full stop or colon among them, then ". " and
    the rest ("Horby P, Lim WS, et al. Dexamethasone ..."). Its proof is
    benchmarks/author_paths.py; why it holds:

    The list's ". " is the text's first full stop, so no place the list may end (_list_ends)
    comes before it: it is the first, and wins if its names read as a list, unless a later
    place reads as a longer one. Every later one takes the rest's first words (T) into the
    list's last part (J = "Lim WS. T", "et al. T"), which must read as a person's name for
    the list to read. It cannot while J keeps ". " inside: the full stop is then in the name
    part (_person refuses it), and it makes no group (_collective). J loses it only when
    _INITIALS joins two lone capitals ("Doe A. A New HIV" reads as "Doe AA New HIV"),
    _SUFFIX takes T ("Doe AB. II", or "Doe AB. I. I", which _INITIALS makes one),
    _without_et_al takes T ("Doe AB. et al"), T opens with a particle that _particles_last
    puts first ("Rossi A. LA, ..." reads "LA Rossi A"), or T is empty because a separator
    opens the rest ("and", "&", ",", ";"): those texts are declined.
    """
    stop = text.find(". ")
    if stop < 3:
        return None
    head = text[:stop]
    if "." in head or ":" in head:
        return None  # a place the list may end before the stop, or a stop without a space
    rest = text[stop + 2 :]
    if rest:
        first = rest[0]
        if not first.isalnum():
            return None  # a separator, or white space, which _STOP's end takes
        second = rest[1:2]
        if "A" <= first <= "Z" and not (second.isalnum() or second == "_"):
            if first == "I":
                return None  # _INITIALS makes "I. I" and "I. V" suffixes ("II", "IV")
            if "A" <= head[-1] <= "Z" and not (head[-2].isalnum() or head[-2] == "_"):
                return None  # two lone capitals that _INITIALS joins: "Doe A. A New"
        opening = rest[:2].lower()
        if opening == "et" or rest.startswith(_OPENINGS_DECLINED):
            return None
        # A particle is two ASCII letters or more (no other letter lowers to one), so its
        # word opens with one of _PARTICLE_OPENINGS: most rests are spared the match.
        if opening in _PARTICLE_OPENINGS:
            # Particles after the initials: "Meer AJ. van der, ..." (_particles_last). The
            # pattern matches every text, if only its empty start.
            word = _FIRST_WORD.match(rest)
            if word is not None and word[0].lower() in _PARTICLES:
                return None
    names = simple_names(head) if _SIMPLE_NAMES.fullmatch(head) else authors(head)
    return (names, rest.strip()) if names else None


def simple_names(head: str) -> list[str]:
    """``authors(head)`` for a head _SIMPLE_NAMES matches: its names as they stand. Why:
    ", et al" ends it or no "et al" does (_without_et_al takes ", et al" and nothing from a
    list whose last initials are not "AL"); NAME_SEPARATOR cuts at the same ", " (no word
    but a particle opens in lower case, and "and" is none); each part is a person
    (_one_person: up to three particles, then one capitalised word holding a small letter,
    then one to four capitals; _SUFFIX takes only initials that are a suffix, "II", "IV",
    and the whole part reads as a person then too), so it is never stripped or reordered,
    and none lowers to "et al" ("Et AL" is refused)."""
    if head.endswith(", et al"):
        head = head[:-7]
    return head.split(", ")


def _list_ends(text: str) -> list[int]:
    """Where a list of names can end, in order, each once: after initials or "et al" (see
    _INITIALS_DOT_END), or at the first full stop followed by white space."""
    ends = {m.end() for m in _INITIALS_DOT_END.finditer(text, 0, LIST_REACH)}
    if ":" in text:
        ends.update(m.end() for m in _INITIALS_COLON_END.finditer(text, 0, LIST_REACH))
    stop = _STOP.search(text)
    if stop:
        ends.add(stop.end())
    return sorted(ends)


def authors(segment: str) -> list[str]:
    """Vancouver authors ("Smith J, van der Berg AB, et al"), or [] if this is not a list.

    A collective name may stand among the people ("..., Doe A, ENIGMA Consortium"), and
    first only before people ("US Preventive Services Task Force, Davidson KW, et al", as
    AMA prints a group and its writers): a text that is a group alone is a group author or a
    title, decided elsewhere.
    """
    names: list[str] = []
    # "et al" ends many lists, but not most: _without_et_al tells that from the last
    # characters (unlike "al" in segment.lower(), a copy of the whole text).
    segment = _without_et_al(segment)
    if "&" in segment or "and" in segment:
        parts = NAME_SEPARATOR.split(segment)
    else:
        # Only "\s*[,;]\s*" can match, and each of its matches holds one comma or
        # semicolon: the parts are those between them, with the white space that _name
        # strips (so they read as the same names).
        parts = segment.replace(";", ",").split(",")
    people = 0
    for index, raw in enumerate(parts):
        part, person = _name(raw)
        # lower() never shortens a text: a part longer than "et al." is none of these.
        if len(part) <= 6 and part.lower() in ("et al", "et al.", ""):
            continue
        # First, a group of several words ("US Preventive Services Task Force"), as
        # _collective tells one; a one-word part there starts a title.
        if (
            person
            or (index and names or " " in part)
            and (_collective(part) or not index and _numbered_group(part))
        ):
            names.append(part)
            people += person
        elif people and (group := _written_for(part)):
            names.append(group)
        else:
            return []
    return names if people else []


def _numbered_group(part: str) -> bool:
    """A trial's group first, its name holding a digit, before the people who wrote for it
    ("HPS2-THRIVE Collaborative Group, Landray MJ, ..."): _collective refuses digits (a
    title's or a journal's), and the names were read into the title (user30a P1-5)."""
    words = part.split()
    if len(words) > _MOST_NUMBERED_GROUP_WORDS or words[-1] not in _TRIAL_GROUP_ENDS:
        return False
    if any(mark in part for mark in ".?!:"):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _GROUP_NAME_LINKS for w in words)


def _written_for(part: str) -> str | None:
    """The group people wrote for, as a part after their names: "on behalf of the RECOVERY
    Collaborative Group", "for the REMAP-CAP Investigators" ("Horby P, Lim WS, et al; on
    behalf of ..."). Read as no name, it made the whole list one author; None otherwise."""
    for lead in _WRITTEN_FOR:
        if part.startswith(lead):
            group = part[len(lead) :]
            return group if _collective(group) and " " in group else None
    return None


def _without_et_al(segment: str) -> str:
    """``_ET_AL.sub("", segment)``, read from the end, where its one match must end (after
    "\\s*$" takes all the white space there), not tried at every character: "et", a full stop
    or none, white space, "al", a full stop or none, in either case; the match takes the
    commas and white space before "et" when no letter or digit stands right before it."""
    tail = segment.rstrip()
    if tail.endswith("."):
        tail = tail[:-1]
    if tail[-2:] not in ("al", "Al", "aL", "AL"):
        return segment
    head = tail[:-2]
    core = head.rstrip()
    if len(core) == len(head):
        return segment  # no white space between "et" and "al"
    if core.endswith("."):
        core = core[:-1]
    if core[-2:] not in ("et", "Et", "eT", "ET"):
        return segment
    start = len(core) - 2
    if start and (segment[start - 1].isalnum() or segment[start - 1] == "_"):
        return segment  # "\\bet": "Bennet al" ends in no "et al"
    while start and (segment[start - 1] == "," or segment[start - 1].isspace()):
        start -= 1
    return segment[:start]


@lru_cache(maxsize=4096)
def _name(raw: str) -> tuple[str, bool]:
    """A part of an author list as a name ("Keller S. C." -> "Keller SC"), and whether it
    is a person's. Kept: ``leading_authors`` reads the same names again for each place the
    list may end, and an article's entries share authors."""
    part = raw.strip()
    if "." in part:  # every match of _INITIALS holds one; most Vancouver names none
        part = _INITIALS.sub("", part)
    person = _person(part)
    if not person and " " in part:
        part, person = _particles_last(part)
    return part, person


def _particles_last(part: str) -> tuple[str, bool]:
    """A name whose particles follow its initials, as some Dutch, Belgian and Spanish lists
    sort them ("Meer AJ van der", "Torre-Luque M de la", user23 P1-9), a saint's name
    ("John AB St") or a Portuguese family name's last word ("Souza JD Neto"), put in
    PubMed's order ("van der Meer AJ", "St John AB", "Souza Neto JD"); ``part``
    unchanged, and no person's, otherwise."""
    words = part.split()
    if len(words) > 2 and words[-1] in _FAMILY_ENDS and words[-2].isalpha():
        # The initials before it bare ("JD", not "JD." before a title's word "Neto").
        ordered = " ".join([*words[:-2], words[-1], words[-2]])
        return (ordered, True) if _person(ordered) else (part, False)
    cut = len(words)
    if cut > 2 and words[-1] in _SAINTS_LAST:
        cut -= 1
    while cut > 2 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    if cut == len(words):
        return part, False
    ordered = " ".join([*words[cut:], *words[:cut]])
    return (ordered, True) if _person(ordered) else (part, False)


def _person(part: str) -> bool:
    # Every match of _SUFFIX ends the text (or stands before a last newline) with one of
    # these characters: most names end with an initial that is none of them.
    if part[-1:] in _SUFFIX_LAST:
        bare = _SUFFIX.sub("", part)
        # "Ivanov II" is I. I. Ivanov, whose initials read as a suffix (user23 P1-10).
        return _one_person(bare) or bare != part and _one_person(part)
    return _one_person(part)


def _one_person(part: str) -> bool:
    pieces = part.rsplit(" ", 1)
    if len(pieces) != 2:
        return False
    name, initials = pieces
    letters = initials.replace(".", "").replace("-", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) <= 4):
        return False
    # "St. John AB", "Ste. Marie C": the saint's stop is the surname's own (user23 P1-13).
    if name.startswith(_SAINT):
        name = name.replace(". ", " ", 1)
    words = name.split()
    if ". " in name or name.endswith("."):
        return False  # "Marine Heatwaves. Oliver ECJ" is a title and a name
    if len(words) > 4:
        return False
    # Most names are one capitalised word, told without a generator's frame.
    capitalised = (
        len(words) == 1
        and words[0][0].isupper()
        or all(
            w[0].isupper() or w.lower() in _PARTICLES or w[:2].lower() in ("d'", "d’", "l'", "l’")
            for w in words
        )
        or _GLUED_PARTICLES.match(words[0]) is not None
        and all(w[0].isupper() for w in words[1:])
    )
    return capitalised and any(map(str.islower, name))


def _collective(part: str) -> bool:
    """A group among the names ("ENIGMA Consortium"), or one person known by one name
    ("Mahmooduzzafar"); not the start of a title or a journal that follows the names."""
    if not part[:1].isupper() or _DIGIT_OR_STOP.search(part):
        return False
    return len(part.split()) == 1 or looks_like_group(part)
