"""Words before a stop that look like an abbreviation, an address or a decimal but end a
sentence: a unit with a slash ("190 mg/dL.2 Statins", "3.5 mmol/L. 2"), a ratio ("130/80.2",
"1:1000.2"), a name ending in a hyphen and a number ("severe Covid-19.2 Early", "IL-6.2"), a
capital letter that names a thing, not a person ("vitamin D. 2", "hepatitis B. 2").

loose.py asks these where it would otherwise stay silent; each answers narrowly, since a
false citation is worse than a lost one.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

# An address holds a host with a dot ("example.org/page", "doi.org/10.1056/x", a DOI's
# "10.1056/x"), a scheme, "www." or a path from the root; a unit ("mg/dL", "mL/min", "U/kg"),
# a ratio ("130/80") or a pair of names ("HIV/AIDS") holds none of these.
_ADDRESS = LazyPattern(r"://|\Awww\.|\A[^/]*\.[^/]*/|\A/")
# A ratio or a fraction whose second number has two digits or more ("130/80", "1:1000"): no
# decimal's integer part ("1:2.5" may be one).
_RATIO = LazyPattern(r"(?<![\w./:,\-])\d{1,4}[/:]\d{2,4}\Z")
# A name of letters then a hyphen and a number: "Covid-19", "COX-2", "IL-6", "SARS-CoV-2",
# "ICD-10", "WHO-5"; never a range ("10-19") or a word that goes on with digits ("p-tau217").
_HYPHEN_NUMBERED_NAME = LazyPattern(r"(?<![\w\-/.])[A-Za-z][A-Za-z\-]*[A-Za-z]-\d{1,3}\Z")
# A stop after such a number, then one number up to three digits long, then a space or the
# end. One pattern for each separator, led by it: the regex engine skips to a literal with
# a fast search, where a class, or a sieve over the characters' kinds, cost a step for each
# character of every paragraph (about 1 % of all instructions); most stops before a digit
# are decimals ("0.68 and"), after a space.
_STOP_AFTER = r"(?P<stop>\.)(?P<numbers>[0-9]{1,3})(?=\s|\Z)"
_NAMED_NUMBER_STOPS = (
    ("-", LazyPattern(rf"-[0-9]{{1,3}}{_STOP_AFTER}")),
    ("/", LazyPattern(rf"/[0-9]{{1,4}}{_STOP_AFTER}")),
    (":", LazyPattern(rf":[0-9]{{1,4}}{_STOP_AFTER}")),
)
# What a stop then a citation is followed by: the text's end or a capitalised word.
_NEXT_SENTENCE = LazyPattern(r"[ \t]*\Z|[ \t]+[A-Z][a-z]{2}|[ \t]*\n")
# A word before a lone capital that names a kind or a class ("vitamin D", "hepatitis B",
# "group A", "Child-Pugh class B") or an acronym ("GOLD E"); a capitalised word before one
# is a name and the capital an initial ("Smith J", "Lee A").
_NAMING_WORD = LazyPattern(r"(?:\A|\s)(?:[a-z][a-z\-]*|[A-Z]{2,})\Z")
_LOWER_WORD = LazyPattern(r"(?<![\w\-])[a-z]{2,}\b")
_PROSE_WORDS = 3  # how many lower-case words make a line prose rather than an author list


def is_address(token: str) -> bool:
    """Whether a token holding "/", "@" or "=" before a stop is an address or a query, where
    a stop then digits is part of it ("example.org/page.1", "a@b.org", "?id=3.2")."""
    return "@" in token or "=" in token or _ADDRESS.search(token) is not None


def unit_letter(before: str) -> bool:
    """Whether the capital ending ``before`` is a unit's after a slash: "mmol/L", "ng/L"."""
    return before[-2:-1] == "/" and before[-1:].isalpha()


def ratio_or_named_number(token: str, after: str) -> bool:
    """Whether a stop after ``token``, a number at its end, ends a sentence when the digits
    after it stand alone before ``after`` (the text following them): a ratio ("130/80.2
    Statins") or a name numbered after a hyphen ("Covid-19.2 Early"), not a decimal ("10-19.2
    mg", "version 2.2")."""
    if not (_RATIO.search(token) or _HYPHEN_NUMBERED_NAME.search(token)):
        return False
    return _NEXT_SENTENCE.match(after) is not None


def named_number_stops(text: str, kinds: bytes | None = None) -> list[re.Match[str]]:
    """Stops after a number that a hyphen, a slash or a colon starts, with one citation
    after them ("Covid-19.2", "130/80.2", "1:1000.2"): the places ratio_or_named_number
    decides on, which the scan for glued citations refuses as decimal points. Lists and
    ranges ("Covid-19.2,3") that scan finds itself. ``kinds``, char_kinds.ascii_kinds(text)
    if given, tells which separators stand before a digit."""
    if "." not in text:
        return []
    found: list[re.Match[str]] = []
    for separator, pattern in _NAMED_NUMBER_STOPS:
        if separator not in text:  # most paragraphs lack one: no scan, and no compile on start-up
            continue
        # Each pattern opens with its separator then a digit: a hyphen's kind is its own and
        # a colon's is a comma's, so in ASCII text most paragraphs with hyphenated words and
        # no hyphen before a digit need no scan, which tried every hyphen.
        before_digit = _SEPARATOR_KINDS.get(separator)
        if kinds is not None and before_digit is not None and before_digit not in kinds:
            continue
        found += pattern.finditer(text)
    return found


# The kinds (char_kinds.ascii_kinds) of a separator then a digit, where the kind is the
# separator's alone or a class holding it; a slash is of the "x" kind, with letters.
_SEPARATOR_KINDS = {"-": b"-0", ":": b",0"}


def naming_capital(before: str) -> bool:
    """Whether the lone capital ending ``before`` names a thing in a sentence of prose
    ("... bolus doses of vitamin D", "hepatitis B", "GOLD E"), not an author's initial ("Smith
    J", "Lee A") or a label: a lower-case word or an acronym before it, and a line with
    lower-case words, as a bullet or a sentence has and an author list does not."""
    if len(before) < 3 or before[-2] != " ":
        return False
    if not _NAMING_WORD.search(before[-40:-2]):
        return False
    line = before[before.rfind("\n") + 1 :]
    return len(_LOWER_WORD.findall(line)) >= _PROSE_WORDS


def names_a_thing(before: str, bare: bool) -> bool:
    """Whether the lone capital before a stop ends a sentence: a unit after a slash
    ("mmol/L.2"), or, where numbers stand apart after the stop (``bare``, as answer pages
    cite: "vitamin D. 2"), a capital naming a thing rather than an initial ("Smith J. 2")."""
    return unit_letter(before) or (bare and naming_capital(before))
