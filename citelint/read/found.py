"""What a citation marker holds once found: its span, its numbers, and how sure the reading is."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass

from citelint.lazy_pattern import LazyPattern

# Citation numbers above this are years, sample sizes or page numbers, not citations.
LARGEST_CITATION = 999
# A longer range is a typo (e.g. "1-300"), not a citation of three hundred references.
LONGEST_RANGE = 200
# A list glued to the text ("disease.1,2,5") has at most this many items after its first: a
# longer run of numbers is a pasted table's. The bound keeps the scans of such a run linear:
# each stop in it was scanned to the run's end (20,000 numbers on one line took 29 s).
LONGEST_GLUED_TAIL = 40

# What a marker looks like when its author meant it as a citation but got the syntax wrong:
# digits, white space, commas, semicolons and dashes. Asked of the text with its en and em
# dashes as hyphens: a class holding them among others costs every run two million
# instructions to compile (sre builds a 64K-character table; see loose._QUOTE_OR_NONE).
_CITATION_CHARACTERS = LazyPattern(r"[\d\s,;\-]*\d[\d\s,;\-]*")
_SEPARATOR = LazyPattern(r"\s*[,;]\s*")
_RANGE = LazyPattern(r"(\d+)\s*[-–—]\s*(\d+)")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
YEAR = LazyPattern(r"(?:1[89]|20)\d{2}")
LIST_OR_RANGE = LazyPattern(r"\d\s*[,;\-–—]\s*\d")
# A date as American and Lancet pages write it: "Dec 31, 2021", "December 31, 2021".
_MONTH_BEFORE = LazyPattern(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \Z"
)
_YEAR_AFTER = LazyPattern(r", (?:1[89]|20)\d\d\b")
# The degrees a byline sets after a name, before the name's affiliation numbers ("Kwame
# Mensah, PhD1,2", "Hana Okafor, MD, PhD (1)"): one pattern for every reader of bylines.
DEGREES = r"Ph\.?D|MD|MS|MSc|BSc|MPH|MBBS|MBChB|DPhil|PharmD|FRCP|MRCP|RN"
# A family name as a byline sets it before a degree or an affiliation number: a capital, then
# letters ending in any but an ASCII capital ("Okafor", "McDonald", "Petrović", "Kierkegaård":
# prose's "MD, RN4" and "CIS, MS4" are abbreviations in ASCII capitals) ...
NAME = r"[A-Z][^\W\d_]{0,30}[^\W\d_A-Z]"
# ... or a whole name in capitals, given name first, at the start of a line or after a comma
# or "and" ("JOHN SMITH, PhD2", "ANA M. PETROVIĆ¹"): one word in capitals is an abbreviation.
CAPITALS_NAME = (
    r"(?:(?<![^\n])|(?<=, )|(?<=and ))[A-Z][A-Z'’\-]{1,30} (?:[A-Z]\.? )?[A-Z][^\W\d_a-z]{1,30}"
)


def words(text: str) -> list[str]:
    return text.split()


# Words that end with a period without ending a sentence: "Fig. 2", "vs. 3", "et al. 4".
ABBREVIATIONS = frozenset(
    [
        "al",
        "fig",
        "figs",
        "no",
        "nos",
        "vs",
        "v",
        "ref",
        "refs",
        "vol",
        "vols",
        "pp",
        "p",
        "ch",
        "chap",
        "eq",
        "eqs",
        "sec",
        "tab",
        "approx",
        "ca",
        "cf",
        "e.g",
        "i.e",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "wt",
        "mol",
        "ed",
        "eds",
        "suppl",
        "sp",
        "spp",
    ]
)

# How sure a reading is (Found.kind). SURE markers are citations by their syntax. The rest
# are citations only where the page agrees (citelint.read.citing): BARE numbers after a
# sentence and GLUED ones after its stop where they are plausible entry numbers; WORD
# numbers glued to a word where the page cites that way; POWER superscripts, which could
# be exponents, where every number is an entry of the list; NUMBER readings of digits glued
# to a number ("in 20185.": 2018 then 5), one of several, where it fills the page's sequence
# of first citations; SPACED readings of the rest of a list whose numbers a space alone
# separates ("care,14 15 and", as BMJ pages copy), where the list's first number is a
# citation and the order of first citations calls for the rest; SPACED_END ones where the
# first number is glued to a sentence's stop and the next sentence follows the list ("adults.1
# 2 Supervised"), read with the first number; SPACED_STOP ones that end their sentence at a
# full stop after a number's token ("in H2O22 47."), read also where the whole list
# re-cites entries cited before.
SURE, BARE, GLUED, WORD, POWER, NUMBER = "sure", "bare", "glued", "word", "power", "number"
SPACED, SPACED_END, SPACED_STOP = "spaced", "spaced-end", "spaced-stop"
# NAMED numbers are those the text calls references in words, as Nature's pages do ("as in
# ref. 15", "(refs. 21,22)"): citations where every number is an entry of the list, as a
# clinical note's "(ref. 135-145)" is a laboratory's reference range.
NAMED = "named"
# PARENTHESISED numbers, "(1)", "(2, 3)", are citations only on a page whose own evidence says
# it cites that way (citelint.read.parenthesised).
PARENTHESISED = "parenthesised"
SPACED_KINDS = (SPACED, SPACED_END, SPACED_STOP)


@dataclass
class Found:
    """A marker inside a piece of text: its span, its numbers, and what is wrong with it."""

    start: int
    end: int
    raw: str
    numbers: list[int]
    problem: str | None = None
    bare: bool = False  # a number standing alone after a sentence, as web pages print them
    kind: str = SURE
    word: str = ""  # for kind WORD, the word the numbers are glued to


# int() refuses numbers of more digits than this (Python's default limit, from 3.11 on).
_MOST_DIGITS = 4300
_TOO_MANY_DIGITS = LazyPattern(rf"\d{{{_MOST_DIGITS + 1}}}")


def read_numbers(content: str) -> tuple[list[int], str | None] | None:
    """The numbers a marker's content names, and why it is malformed; None if not a citation.

    "1, 3-5" gives ([1, 3, 4, 5], None); "5-2" gives ([5, 2], "the range 5-2 runs backwards");
    "Table 1" gives None. Zero and numbers above LARGEST_CITATION mean it is not a citation
    (an interval "[0, 1]", a year "[2019]").
    """
    text = content.strip()
    if len(text) > _MOST_DIGITS and _TOO_MANY_DIGITS.search(text):
        return None  # int() would refuse the number; one so long names no citation
    if text.isdecimal():  # one number, as most are: what the loop below would make of it
        number = int(text)
        return ([number], None) if 0 < number <= LARGEST_CITATION else None
    items = _common_items(text)
    if items is not None:  # "1, 2", "1,2,4", "1-3", "1, 3–5": read without the patterns
        return _numbers_of(items)
    return read_any_numbers(text)


def read_any_numbers(text: str) -> tuple[list[int], str | None] | None:
    """read_numbers of a stripped text of at most _MOST_DIGITS digits a number, by the
    general path: what read_numbers' direct paths must give (benchmarks/marker_paths.py and
    tests/read/test_found_paths.py hold them to it)."""
    if "‐" in text or "‑" in text:
        # Unicode's hyphen (U+2010) and its non-breaking one (U+2011), as Wiley sets ranges.
        text = text.replace("‐", "-").replace("‑", "-")
    if not _CITATION_CHARACTERS.fullmatch(text.replace("–", "-").replace("—", "-")):
        return None
    plain = _plain_list(text)
    if plain is not None:
        return plain, None
    return _separated_list(text)


def _common_items(text: str) -> list[tuple[int, int]] | None:
    """The numbers and ranges, as (first, last), of a list in the shapes most markers have:
    numbers and ranges ("3-5", "3–5", "3—5") joined by "," or ", ", with no other character;
    None for every other text, which read_any_numbers reads. Where this gives items, the
    general path's patterns read the same parts (_SEPARATOR splits there, _RANGE matches
    each range), so _numbers_of gives what read_numbers always gave."""
    items: list[tuple[int, int]] = []
    for part in text.replace(", ", ",").split(","):
        if part.isdecimal():
            number = int(part)
            items.append((number, number))
            continue
        dash = "-" if "-" in part else "–" if "–" in part else "—"
        first, found_dash, last = part.partition(dash)
        if not (found_dash and first.isdecimal() and last.isdecimal()):
            return None
        items.append((int(first), int(last)))
    return items


def _numbers_of(items: list[tuple[int, int]]) -> tuple[list[int], str | None] | None:
    """read_numbers of a list of numbers and ranges (see _common_items); a number is a range
    of one, which _range_numbers reads as the number."""
    numbers: list[int] = []
    problem: str | None = None
    for first, last in items:
        if first == last:
            numbers.append(first)
            continue
        numbers += _range_numbers(first, last)
        if problem is None:
            problem = _range_problem(first, last)
    if min(numbers) == 0 or max(numbers) > LARGEST_CITATION:
        return None
    return numbers, problem


def _range_numbers(first: int, last: int) -> list[int]:
    """The numbers a range names: all from first to last, or its two ends where it runs
    backwards or is implausibly long (_range_problem says which)."""
    if first > last or last - first > LONGEST_RANGE:
        return [first, last]
    return list(range(first, last + 1))


def _range_problem(first: int, last: int) -> str | None:
    if first > last:
        return f"the range {first}-{last} runs backwards"
    if last - first > LONGEST_RANGE:
        return f"the range {first}-{last} is implausibly long"
    return None


def _separated_list(text: str) -> tuple[list[int], str | None] | None:
    """read_numbers for any list of numbers and ranges, split at its separators."""
    numbers: list[int] = []
    problem: str | None = None
    for part in _SEPARATOR.split(text):
        span = _RANGE.fullmatch(part)
        if span:
            first, last = int(span[1]), int(span[2])
            numbers += _range_numbers(first, last)
            problem = problem or _range_problem(first, last)
        elif part.isdigit():
            numbers.append(int(part))
        else:
            numbers += [int(n) for n in re.findall(r"\d+", part)]
            what = f"'{part}' is not a number or a range" if part else "an item is empty"
            problem = problem or what
    if not numbers or min(numbers) == 0 or max(numbers) > LARGEST_CITATION:
        return None
    return numbers, problem


def _plain_list(text: str) -> list[int] | None:
    r"""The numbers of "1,2,3" or "1, 2, 3" (digits and single commas, perhaps with white
    space around them, as most lists are written), as read_numbers reads them, or None for
    every other list, and for one beyond its limits. _SEPARATOR takes the white space around
    each comma (re's \s is str.isspace), so its parts are these parts stripped."""
    parts = text.split(",")
    if len(parts) < 2:
        return None
    if not all(part.isdecimal() for part in parts):
        parts = [part.strip() for part in parts]
        if not all(part.isdecimal() for part in parts):
            return None
    numbers = [int(part) for part in parts]
    if min(numbers) == 0 or max(numbers) > LARGEST_CITATION:
        return None
    return numbers


def day_of_month(text: str, begin: int, end: int) -> bool:
    """Whether the number at ``begin:end`` is a day between a month and a year."""
    month = _MONTH_BEFORE.search(text, max(0, begin - 11), begin)
    return bool(month and _YEAR_AFTER.match(text, end))


def at_line_start(text: str, start: int) -> bool:
    """Whether nothing but white space stands before ``start`` on its line."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def is_abbreviation(word: str) -> bool:
    """True for "Fig", "et al", "vs" and initials such as "J" in "Smith J. 2"."""
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    return word.lower() in ABBREVIATIONS


def lone_past_the_list(marker: Found, largest: int | None) -> bool:
    """Whether a marker is one number in brackets past the list's end (or on a page with no
    list): the only marker a bracketed value ("CHA2DS2-VASc [4]", "in [2] weeks") may be."""
    if len(marker.numbers) != 1 or not marker.raw.startswith("["):
        return False
    return largest is None or marker.numbers[0] > largest


def side_by_side_links(
    markers: list[Found], text: str, base: int, link_words: list[tuple[int, int]]
) -> list[Found]:
    """The paragraph's markers, with a citation for each number that is the whole words of a
    link to a source, two or more side by side ("day 28<a href=".../33933206/">2</a><a
    href="...">3</a>", as answer pages cite): the flattener sets a space between them
    (html._number_link_ends), and the second was read only as the rest of a spaced list, on
    pages of flattened superscripts, the first not at all after a number; left words of the
    claim, their entries seemed uncited (user22 P1 7); or one such link glued to a number.
    ``text`` is the paragraph at
    ``base``; ``link_words``: where each identifier link's words start and end, in order."""
    first = bisect_left(link_words, (base, 0))
    numbers = []
    for start, end in link_words[first:]:
        if end > base + len(text):
            break
        words = text[start - base : end - base]
        if len(words) <= 3 and words.isdecimal() and words[0] != "0":
            numbers.append((start - base, end - base))
    paired = [
        span
        for before, after in itertools.pairwise(numbers)
        if after[0] == before[1] + 1
        for span in (before, after)
    ]
    # One such link glued to a number of the text ("by day 28<a ...>2</a>."): read with it,
    # "282" was no citation and its entry seemed uncited. A writer's own number never ends
    # in a separate link to a source.
    paired += [(start, end) for start, end in numbers if start > 0 and text[start - 1].isdecimal()]
    if not paired:
        return markers
    spans = list(dict.fromkeys(paired))
    kept = [m for m in markers if not any(m.start < end and start < m.end for start, end in spans)]
    made = [Found(start, end, text[start:end], [int(text[start:end])]) for start, end in spans]
    return sorted(kept + made, key=lambda marker: marker.start)


def calls_note(marker: Found, notes: set[int]) -> bool:
    """Whether a superscript (a tag, pandoc's "^2^" or a Unicode digit) names only numbers of
    ``notes``, the notes a page or a table defines: it calls a note, no entry."""
    # The numbers first: most pages define no notes, so most markers are told at once.
    if not set(marker.numbers) <= notes:
        return False
    raw = marker.raw
    return raw.lower().startswith(("<sup", "^")) or raw[0] in SUPERSCRIPT_DIGITS
