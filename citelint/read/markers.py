"""In-text citation markers: finding them in a paragraph and reading their numbers.

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from citelint.lazy_pattern import LazyPattern
from citelint.read.char_kinds import MARKER_OPENING, ascii_kinds
from citelint.read.found import (
    LARGEST_CITATION,
    LIST_OR_RANGE,
    NUMBER,
    POWER,
    SUPERSCRIPT_DIGITS,
    YEAR,
    Found,
    at_line_start,
    is_abbreviation,
    read_numbers,
    words,
)
from citelint.read.intervals import SCALE_MAXIMA, is_interval, out_of_scale
from citelint.read.loose import loose_numbers
from citelint.read.spaced import caret_as_listed, spaced_as_listed

__all__ = ["Found", "find_markers", "is_abbreviation", "read_numbers"]

# Between superscript digits a dash makes a range and a comma, or the modifier letters set
# as superscript commas ("²˒³"), a list.
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + "⁻˒⸴", "0123456789-,,")

# Every marker opens with one of these characters. A scan led by their class skips to them
# much faster than the marker pattern (led by alternatives) can; it is tried there only. Its
# class holds characters above U+00FF among others: compiling it builds a 64K-character table
# (two million instructions), so it is compiled when a text beyond ASCII first holds one of
# them (ASCII text is scanned by its kinds; see _markers).
_OPENING_CHARACTERS = "[<^" + SUPERSCRIPT_DIGITS
_MARKER_OPENING = LazyPattern(rf"[\[<^{SUPERSCRIPT_DIGITS}]")
_MARKER = LazyPattern(
    r"(?:\[\^(?P<footnote>[^\]\s]{1,20})\]"
    r"|\[(?P<bracket>[^\[\]\n]{1,60})\]"
    # Publishers split one list over several tags: "<sup>1,</sup><sup>3</sup>".
    r"|(?P<sup><sup\b[^>\n]{0,200}>[^\n]{0,200}?</sup\s*>"
    r"(?:[ ,;]{0,3}<sup\b[^>\n]{0,200}>[^\n]{0,200}?</sup\s*>){0,20})"
    r"|\^(?P<caret>[^\^\s][^\^\n]{0,120})\^"
    rf"|(?P<unicode>[{SUPERSCRIPT_DIGITS}]+(?:[,˒⸴⁻–\- ]?[{SUPERSCRIPT_DIGITS}]+)*))",
    re.IGNORECASE,
)
_ADDRESS = LazyPattern(r"\s*(?:[a-z][a-z0-9+.-]{1,20}://|www\.|mailto:|/|#)", re.IGNORECASE)
_MARKDOWN_LINK = LazyPattern(r"\[([^\[\]\n]{0,20})\]\([^()\s]{0,200}\)")
# The dash of a range between two linked numbers: an en or em dash, a hyphen, or Unicode's
# hyphens (U+2010, and U+2011 that does not break), as Wiley's pages set it.
_LINKED_DASH = LazyPattern(r"\(#[^()\s]{0,200}\)\s*[–—\-‐‑]\s*")
# IEEE sets a range as two bracketed numbers: "[4]–[6]" cites 4, 5 and 6.
_BRACKETS_DASH = LazyPattern(r"\s?[–—\-‐‑]\s?")
_TAG = LazyPattern(r"<[^<>\n]{0,200}>")
_PROMPT = LazyPattern(r"(?:^|\n)[ \t]*(?:In|Out)[ \t]?\Z")

# A superscript of words or a page locator: a note or a page, not a citation number.
_NOT_NUMBERS = LazyPattern(r"[^\W\d_]{2,}|\A:|\A[^\W\d_]\Z")
# What a plain superscript's list is made of, as most pages print one: "1", "4,5", "7-9".
_PLAIN_LIST = "0123456789,-–"
_SUP = LazyPattern(r"<sup\b[^>\n]{0,200}>([^\n]{0,200}?)</sup\s*>", re.IGNORECASE)

# The mass numbers of the radionuclides of nuclear medicine, by element: a superscript of
# one of them before its symbol names the isotope, not a citation. Only these pairs, so that
# "studies.<sup>12</sup>In contrast" still cites.
ISOTOPES = {
    "F": (18,), "Ga": (67, 68), "Lu": (177,), "C": (11, 13, 14), "N": (13,), "O": (15,),
    "Cu": (64, 67), "Zr": (89,), "I": (123, 124, 125, 131), "In": (111,), "Y": (90,),
    "Ra": (223,), "Ac": (225,), "Rb": (82,), "Tc": (99,), "Tl": (201,), "Xe": (133,),
    "Sm": (153,), "Sr": (89,), "P": (32,),
}  # fmt: skip
_ELEMENT_AFTER = LazyPattern(r"([A-Z][a-z]?)(?![A-Za-z])")
# A superscript straight after a digit or a one- or two-letter unit is an exponent: 10⁹, m², r²;
# so is one after a length glued to its number: "1.73m²", "12cm²" (µ and μ in an alternation:
# a class holding μ, above U+00FF, builds a table of every character).
# A metre's power follows a measured length ("1.73m²", "12cm²"), not a nuclide's mass number
# glued to its symbol ("Tc-99m¹", "technetium-99m¹": a citation, review20 F7).
# A meta-analysis squares its heterogeneity statistics: "Chi² = 0.02", "Tau² = 0.00" (user24
# P1 22: read as citing 2), as I² is.
_EXPONENT_BASE = LazyPattern(
    r"(?:\d|(?:^|[^\w])(?:[^\W\d_]{1,2}|[Cc]hi|[Tt]au)|(?<![\w‐-])\d[\d.,]*(?:[ckdmnu]|µ|μ)?m)\Z"
)
# A number and its unit written as one token: "1.73m", "12cm".
_GLUED_UNIT = LazyPattern(r"\d[\d.,]*([^\W\d_]{1,2})")
_TIMES_TEN = LazyPattern(r"[×x·*]10\Z")
_BASE_TOKEN = LazyPattern(r"\S{1,16}\Z")
# Units, as written (an "MS" is no millisecond). Lengths and the second take powers ("m²",
# "mm³", "m/s²"), so a superscript after them is never a citation; masses, volumes, hours and
# the rest never do ("75 mg/m²" squares the metre, not the milligram), so after them a list
# cites ("in 24 h¹˒²", "8-10 mmol/L²˒³") and a single number may, where the list has its entry.
UNITS = frozenset(
    words(
        "m cm mm km µm μm um nm dm g kg mg µg μg ug ng L l mL ml dL dl µL μL uL s ms h min "
        "ft yd mi Hz Pa mol"
    )
)
POWERED_UNITS = frozenset(words("m cm mm km µm μm um nm dm s ft yd mi"))


def find_markers(text: str, bare: bool = True, unsure: bool = False) -> list[Found]:
    """Every citation marker in ``text`` (one paragraph or bullet), in order of position.

    With ``unsure`` it also gives the readings only the whole page can confirm, marked by
    their kind: numbers glued to a word ("disease1,2.") and superscripts that could be
    powers ("AD<sup>1,2</sup>", "in 2004<sup>4</sup>").
    """
    kinds = ascii_kinds(text)  # for every scan of the paragraph that has a sieve
    if kinds is not None and b"0" not in kinds:
        return []  # every reading names a number: ASCII text with no digit holds none
    found: list[Found] = []
    last_end = -1
    for match in _markers(text, kinds):
        marker = _read_marker(text, match, last_end, unsure)
        if marker is not None:
            found.append(marker)
            last_end = marker.end
    found = _join_linked_ranges(text, found)
    if bare:
        loose = loose_numbers(text, found, unsure, kinds)
        if loose:  # the markers are in order already: no sort for most paragraphs
            found += loose
            found.sort(key=lambda marker: marker.start)
    return found


def _markers(text: str, kinds: bytes | None) -> list[re.Match[str]]:
    """``_MARKER.finditer(text)``, found faster: tried only where a marker may open
    (``kinds`` is ``ascii_kinds(text)``)."""
    found: list[re.Match[str]] = []
    end = 0
    if kinds is not None:
        openings: Iterator[re.Match[bytes]] | Iterator[re.Match[str]] = MARKER_OPENING.finditer(
            kinds
        )
    elif any(character in text for character in _OPENING_CHARACTERS):
        openings = _MARKER_OPENING.finditer(text)
    else:
        return found
    for opening in openings:
        if opening.start() >= end:
            match = _MARKER.match(text, opening.start())
            if match:
                found.append(match)
                end = match.end()
    return found


def _read_marker(text: str, match: re.Match[str], last_end: int, unsure: bool) -> Found | None:
    start, end = match.span()
    kind = match.lastgroup
    content = match[kind or 0]
    if kind == "footnote":
        if not content.isdigit():
            return None
        if text.startswith(":", end) and at_line_start(text, start):  # a footnote definition
            return None
    elif kind == "bracket":
        if _bracket_refused(text, start, end, content, last_end):
            return None
        if content.isdecimal():
            # One number, as most brackets hold: read as read_numbers reads it (the content
            # has no white space to strip and is far too short for int() to refuse), without
            # the call. Found's problem is None, as read_numbers gives for one number.
            number = int(content)
            return Found(start, end, match[0], [number]) if 0 < number <= LARGEST_CITATION else None
    elif kind in ("sup", "caret", "unicode"):
        if kind == "sup":
            content = _superscript_list(content)
        elif kind == "caret":
            content = _unlink(content)
            # Spaces pandoc would not take ("^1 2^") still list numbers, but not after a
            # number the carets may raise ("2^3 4^5": powers).
            spaced = " " in content and _power_base(text, start) is None
            content = spaced_as_listed(content) if spaced else caret_as_listed(content)
        elif kind == "unicode":
            content = content.translate(_FROM_SUPERSCRIPT).replace(" ", ",")
        base = _power_base(text, start)
        if base is not None and not (unsure and could_cite_after(base, content)):
            return None
        if _names_isotope(text, end, content):
            return None
    read = read_numbers(content)
    if read is None:
        return None
    numbers, problem = read
    if kind not in ("sup", "caret", "unicode") or base is None:
        return Found(start, end, match[0], numbers, problem)
    token = base.lstrip("([{\"'“")
    # After a whole number that is no year ("at weeks 4, 8 and 12⁵⁴."), only where the page's
    # order of first citations calls for it; "25²" is a square.
    whole = token.isdigit() and not YEAR.fullmatch(token) and not LIST_OR_RANGE.search(content)
    return Found(
        start, end, match[0], numbers, problem, kind=NUMBER if whole else POWER, word=token
    )


def _bracket_refused(text: str, start: int, end: int, content: str, last_end: int) -> bool:
    """Whether the brackets at ``start``..``end`` holding ``content`` are no citation: a
    link, a link definition, a Markdown reference, an image, an interval, an index, a scale's
    maximum or a prompt."""
    following = text[end : end + 1]
    if following == "(":
        # "[2](#ref-2)" cites through an in-page link; "[see](https://...)" is just a link.
        if not text.startswith("(#", end):
            return True
    elif following == ":" and (at_line_start(text, start) or _ADDRESS.match(text, end + 1)):
        return True  # a link definition "[1]: https://...", not "Fleiss [2]: poor..."
    if start > 0 and text[start - 1] == "]" and last_end != start:
        return True  # "[text][1]": a Markdown reference link
    if start > 0 and text[start - 1] == "!":
        return True
    if not content.isdecimal():
        before = text[max(0, start - 12) : start]
        # An interval follows its value and one to three spaces (is_interval's _VALUE_BEFORE:
        # a digit, white space, the brackets): most brackets follow a word, and its two
        # patterns are not asked there.
        if _after_a_number(before) and is_interval(before, content):
            return True
        if content.lstrip().startswith(("-", "−")):
            return True  # an index from the end: "values[-1]"
    elif content in SCALE_MAXIMA and out_of_scale(text[max(0, start - 12) : start], content):
        return True  # one number, as most are, is no interval: its bounds need two
    # An IPython prompt "In [3]: import", not "In [3], Lee showed".
    return following == ":" and _PROMPT.search(text, 0, start) is not None


def _after_a_number(before: str) -> bool:
    """Whether ``before`` ends in white space after a digit, as each match of is_interval's
    value ends (its white space is str.isspace, its digit str.isdecimal, as in re)."""
    return before[-1:].isspace() and before.rstrip()[-1:].isdecimal()


def _names_isotope(text: str, end: int, content: str) -> bool:
    """Whether a superscript ending at ``end`` is the mass number of a radionuclide whose
    symbol follows it: "<sup>18</sup>F-FDG", "⁶⁸Ga-PSMA", "<sup>131</sup>I"."""
    if not text[end : end + 1].isupper():  # most superscripts stand before no symbol
        return False
    element = _ELEMENT_AFTER.match(text, end)
    if element is None or not content.isdigit():
        return False
    return int(content) in ISOTOPES.get(element[1], ())


def _power_base(text: str, start: int) -> str | None:
    """What a superscript at ``start`` may be a power of: the token before it when that ends
    in a digit or is a word of one or two letters; None when it follows a longer word."""
    before = text[max(0, start - 4) : start]
    if len(before) == 4 and before.isalpha() and before[-1] != "m":
        # After four letters (most superscripts follow a word), _EXPONENT_BASE finds no
        # digit, no word of one or two letters (nor "Chi", "Tau") and no length's "m".
        return None
    if not _EXPONENT_BASE.search(before):
        return None
    # Searched in the 16 characters before the superscript, not in a copy of all the text
    # before it: once per superscript, that was quadratic in a paragraph of many.
    token = _BASE_TOKEN.search(text, max(0, start - 16), start)
    return token[0] if token else ""


def could_cite_after(base: str, content: str) -> bool:
    """Whether a superscript ``content`` after ``base`` may be a citation, not a power.

    Never after 10 ("×10⁹"), nor a single number after a length or a second ("m²", "cm³",
    "kg/m²", "1.73m²"). After a single letter only as a list or range ("I²" and "h²" are
    powers, "x¹˒²" and "24 h¹˒²" lists); after another unit ("190 mg/dL²", "10 mg²"), a whole
    number, a decimal ("AUC 0.96⁵"), a formula or gene ("CO2¹⁵"), a two-letter word ("AD¹",
    "as³") or a name ending in one ("DAPA-HF²") it may be.
    """
    token = base.lstrip("([{\"'“")
    listed = bool(LIST_OR_RANGE.search(content))
    if not token or _TIMES_TEN.search(token):
        return False
    if token[-1] >= "\u1100" and token[-1].isalpha():
        # Hangul, kana, Chinese: no script past Cyrillic writes a power after its own letters,
        # which are a particle or a verb's ending ("5.2%였다¹": user25 P1 14).
        return True
    if len(token) == 1:
        return listed  # heritability h², a variance s², I²: a single letter takes powers
    if token.endswith(("'s", "’s")) and token[-3:-2].isalpha():
        return True  # a possessive, "Parkinson's³", not a letter raised (user28b P1-1)
    unit = _unit_of(token)
    if unit is not None:
        return listed or unit not in POWERED_UNITS
    if "/" in token:
        return False  # "kg/m²" is read by its unit; another slash, as before: no citation
    if token.isdigit():
        return not token.endswith("10") or bool(YEAR.fullmatch(token))
    if token[-1].isdigit():
        return True  # "0.96", "24.0", "CO2", "IL6": none is raised to a power
    # The last part of a hyphenated name: "DAPA-HF²", "RE-LY²" (not "10-m²", a unit above).
    word = token.rpartition("-")[2] or token
    return listed or len(word) == 2


def _unit_of(token: str) -> str | None:
    """The unit a token ends in, if it is one: "mg", "mmol/L" -> "L", "1.73m" -> "m", "10mg"
    -> "mg", "10-m" -> "m"; None for a word, a number or a decade ("1990s")."""
    last = token.rpartition("/")[2].rpartition("-")[2]
    if last in UNITS:
        return last
    glued = _GLUED_UNIT.fullmatch(last)
    if glued and glued[1] in UNITS and not _is_decade(last):
        return glued[1]  # "BSA 1.9m²", "5m³"; "in the 1990s³˒⁴" cites (review19 F8)
    return None


def _is_decade(token: str) -> bool:
    """Whether a token is a decade ("1990s", "80s"), not a number of seconds."""
    return len(token) >= 3 and token.endswith("0s") and token[:-1].isdigit()


def _join_linked_ranges(text: str, found: list[Found]) -> list[Found]:
    """ "[3](#B3)–[5](#B5)", as converters write a linked range in Markdown, is one marker;
    so is IEEE's "[4]–[6]"."""
    if len(found) < 2:
        return found
    # Two markers join only where a link's target follows the first or at most three
    # characters part them (see _linked_dash): where no neighbours do, nothing joins, and the
    # markers are given back as they are (most paragraphs cite "[1] ... [2]" far apart).
    for before, marker in pairwise(found):
        if marker.start - before.end <= 3 or text.startswith("(#", before.end):
            break
    else:
        return found
    joined: list[Found] = []
    for marker in found:
        last = joined[-1] if joined else None
        # Only two bracketed markers join, and the patterns between them are asked only there.
        if last and last.raw.startswith("[") and marker.raw.startswith("["):
            between = _linked_dash(text, last, marker)
        else:
            between = None
        if last and between:
            read = read_numbers(f"{last.numbers[-1]}-{marker.numbers[0]}")
            if read and len(last.numbers) == len(marker.numbers) == 1:
                joined[-1] = Found(last.start, marker.end, text[last.start : marker.end], *read)
                continue
        joined.append(marker)
    return joined


def _linked_dash(text: str, last: Found, marker: Found) -> re.Match[str] | None:
    """The dash joining two bracketed markers into a range, if one stands between them:
    after a link's target ("[3](#B3)–[5](#B5)") or alone (IEEE's "[4]–[6]")."""
    # Each pattern is asked only where it can match: a link's target opens with "(#", and a
    # dash with a space at most on either side spans one to three characters.
    if text.startswith("(#", last.end):
        between = _LINKED_DASH.fullmatch(text, last.end, marker.start)
        if between is not None:
            return between
    if marker.start - last.end > 3 or not last.raw.endswith("]"):
        return None
    return _BRACKETS_DASH.fullmatch(text, last.end, marker.start)


def _unlink(content: str) -> str:
    """A superscript's content without Markdown link syntax: "[3](#B3),[4](#B4)" -> "3,4"."""
    return _MARKDOWN_LINK.sub(r"\1", content) if "](" in content else content


def _superscript_list(run: str) -> str:
    """The numbers of a run of adjacent ``<sup>`` tags as one list.

    "<sup>1,</sup><sup>3</sup>" and "<sup>1</sup> <sup>3</sup>" give "1,3";
    "<sup>1-</sup><sup>3</sup>" gives "1-3".
    """
    inner = run[5:-6]
    if run.startswith("<sup>") and run.endswith("</sup>") and not inner.strip(_PLAIN_LIST):
        # One bare tag of digits, commas and dashes, as most pages set them ("<sup>4,5</sup>"):
        # no tag, link, bracket, word or space inside to take out (what the loop gives).
        return inner
    joiners = (",", ";", "-", "–", "—")
    joined = ""
    for tag in _SUP.finditer(run):
        content = _unlink(_TAG.sub("", tag[1])).strip()
        if content.startswith("[") and content.endswith("]"):
            content = content[1:-1].strip()
        if _NOT_NUMBERS.search(content):
            continue  # Wikipedia's "[citation needed]", "[note 1]" or ": 23" after "[3]"
        content = spaced_as_listed(content)
        if joined and not joined.endswith(joiners) and not content.startswith(joiners):
            joined += ","
        joined += content
    return joined
