"""Where the body reader's scans may match in ASCII text, found from its characters' kinds.

A regex scan led by a character class ("[.!?]", "[\\[<^]") makes the engine test the class at
every character; a scan led by one literal character runs the engine's fast loop, several
times quicker (on real-size paragraphs about 8 ns a character against 2). Most paragraphs
are ASCII: each character is mapped to a byte naming its kind (one ``bytes.translate``), and
a pattern over those bytes, led by one kind, finds the places. Two sorts of kinds pattern
stand here:

- exact ones: the scan's pattern tests only classes that are unions of kinds, so the same
  pattern written over kinds matches at the same places with the same spans;
- sieves: the kinds pattern matches at least at every place where a match of the scan's pattern
  starts (it asks for less), and the scan's own pattern is then tried only there
  (``matches_at``), which gives what its scan gives.

Text with any character beyond ASCII is scanned as before (each caller keeps the plain scan).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from citelint.read.found import LONGEST_GLUED_TAIL

if TYPE_CHECKING:
    from citelint.lazy_pattern import LazyPattern


def _kind(char: str) -> str:
    """The kind of an ASCII character, as the patterns below name it."""
    if char in "0123456789":
        return "0"
    if char in ".!?":
        return "."
    if char in "\"'":
        return "q"  # a quote, which may close a sentence or stand before glued numbers
    if char in ")]":
        return ")"
    if char in "[<^":
        return "["  # where a marker may open: "[1]", "<sup>", "^1^"
    if char in " \t":
        return " "
    if char == "\n":
        return "n"
    if char.isspace():
        return "s"  # re's \s is str.isspace: \r, \v, \f and \x1c-\x1f too
    if char in ",;:":
        return ","  # a clause's stop, which flattened superscripts may follow
    if char in "m-":
        return char  # "m" of "m2"; a range's hyphen
    return "x"


# Bytes above ASCII never occur: only ASCII text is translated.
_KINDS = bytes(ord(_kind(chr(code))) if code < 128 else ord("x") for code in range(256))


def ascii_kinds(text: str) -> bytes | None:
    """A byte per character of ``text`` naming its kind; None when ``text`` is not ASCII."""
    return text.encode("ascii").translate(_KINDS) if text.isascii() else None


# Exact: markers.py's _MARKER_OPENING, "[\[<^...]" (the superscript digits are not ASCII).
MARKER_OPENING = re.compile(rb"\[")


@cache
def sentence_end() -> re.Pattern[bytes]:
    """Exact: claims.py's _SENTENCE_END, a stop, perhaps closing quotes or brackets, then white
    space: "[.!?](?:(?=\\s)|[\"”’')\\]]+(?=\\s))". Compiled when first asked for: only claims'
    words are cut into sentences, which a check needing no claim's text never reads."""
    return re.compile(rb"\.(?:(?=[ ns])|[q)]+(?=[ ns]))")


# A sieve for loose.py's _BARE: its stop, at most two closing marks, then white space of
# spaces, tabs and newlines, then a digit.
BARE_START = re.compile(rb"\.(?=[q)]{0,2}[ n]+0)")
# A sieve for loose.py's _GLUED_READ, searched in kinds where a comma, a semicolon and a colon
# are stops too (_GLUED_READ takes the last two only after a letter or a bracket): a stop,
# perhaps a quote, a digit; then, as _GLUED_READ's branches ask, no digit before the stop, or
# a run of one to three digits after "m" or a period ("m2.", "0.5."), or of four or more (a
# year, a longer decimal), or a list or range after it ("1,2", "1-3", "1, 2"; a space is let
# through after any separator). Decimals ("0.46 and") are most stops before a digit. Then, as
# _GLUED_NUMBERS reads them, the numbers ending before white space or the text's end: a range
# of decimals ("0.65-0.93"), the most common place the stop's branches let through, is refused
# there ("." in kinds is a comma too, so it asks less than the pattern's ","). Looked ahead
# for: a match holds the stop and the characters up to its first digit alone, none of them a
# stop, so the scan going on after them misses no other place.
# At most LONGEST_GLUED_TAIL numbers after the first, as _GLUED_READ's list: each stop of a
# long run of numbers is scanned that far, not to the run's end.
_MOST = b"{0,%d}" % LONGEST_GLUED_TAIL
# The numbers' rest after their first digit (which the patterns below take with the stop).
_GLUED_NUMBERS_REST = (
    rb"0{0,2}(?:-0{1,3})?(?:(?:\. 0{1,3}(?:-0{1,3})?){1,%d}|(?:\.0{1,3}(?:-0{1,3})?)%s)"
    % (LONGEST_GLUED_TAIL, _MOST)
)


# The branches before the stop are asked the other way round: not after a run of one to three
# digits that follows neither "m", a period nor a digit. A decimal's stop ("0.46") is refused
# at the first look-behind, where the five branches asked five; a run opening the text passes
# (a sieve may let more through: _GLUED_READ itself is tried there).
# One pattern for a digit right after the stop, one for a quote then a digit: each opens with
# two or three literal characters, which the regex engine finds by a fast search of its own
# and tries the pattern only there. Led by the stop alone, it was tried at every stop, comma
# and colon of the paragraph (issue 13: about 2 M instructions an article). The stop and the
# first digit (and the quote) are taken, so each look-behind reads them as well.
def _glued_start(lead: bytes) -> re.Pattern[bytes]:
    """The glued start after the stop and ``lead`` (nothing, or a quote's "q"), then a digit."""
    start = rb"\." + lead + rb"0"
    return re.compile(
        start
        + rb"(?:(?<![^m.0]0"
        + start
        + rb")(?<![^m.0]00"
        + start
        + rb")(?<![^m.0]000"
        + start
        + rb")|(?=0{0,2}[-.] ?0))(?="
        + _GLUED_NUMBERS_REST
        + rb"(?:[ ns]|\Z))"
    )


_GLUED_DIGIT_START = _glued_start(b"")


@cache
def _glued_quote_start() -> re.Pattern[bytes]:
    """The same after a quote: compiled when a paragraph with a quote and a digit first asks
    (a compile costs about a million instructions, which a short page need not pay)."""
    return _glued_start(b"q")


def bare_starts(kinds: bytes) -> list[int]:
    """Where a match of _BARE may start, in a text of these kinds."""
    return [match.start() for match in BARE_START.finditer(kinds)]


def glued_read_starts(kinds: bytes) -> list[int]:
    """Where a match of _GLUED_READ may start, in a text of these kinds."""
    # _GLUED_READ's stops include the comma, the semicolon and the colon: here they are one.
    stops = kinds.replace(b",", b".")
    places = [match.start() for match in _GLUED_DIGIT_START.finditer(stops)]
    if b"q" in kinds:  # most paragraphs hold no quote
        quoted = [match.start() for match in _glued_quote_start().finditer(stops)]
        if quoted:
            places = sorted(places + quoted)
    return places


def sieved(
    pattern: re.Pattern[str] | LazyPattern,
    text: str,
    kinds: bytes | None,
    places: Callable[[bytes], list[int]],
) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, tried only at the ``places`` its sieve gives in ``kinds``
    (``ascii_kinds(text)``); everywhere in text that is not ASCII."""
    if kinds is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, places(kinds))


def matches_at(
    pattern: re.Pattern[str] | LazyPattern, text: str, places: Iterable[int]
) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that never matches empty text, when every
    match starts at one of ``places`` (in increasing order): a scan from the end of the last
    match finds the next at the first place from there where the pattern matches."""
    found: list[re.Match[str]] = []
    end = 0
    for place in places:
        if place >= end:
            match = pattern.match(text, place)
            if match:
                found.append(match)
                end = match.end()
    return found
