"""Scans found from characters' kinds (read/char_kinds.py) answer as the plain scans do.

The exact kinds patterns must give the plain pattern's spans; the sieves must let through at
least every place where the plain pattern's matches start, so that trying the pattern only
there gives every match of its scan.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import char_kinds, claims, loose, markers


def texts(pieces: list[str], most: int = 24) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


ASCII = [chr(code) for code in range(128)]


def _kinds_of(pattern: str) -> set[str]:
    """The kinds of the ASCII characters that the character class ``pattern`` matches."""
    return {char_kinds._kind(char) for char in ASCII if re.fullmatch(pattern, char)}


def test_each_class_the_exact_patterns_test_is_a_union_of_kinds() -> None:
    # A kind holds only characters of the class, or none of it: the class is told by kind.
    for pattern in [r"[.!?]", r"[\"”’')\]]", r"\s", markers._MARKER_OPENING.pattern]:
        inside = _kinds_of(pattern)
        for char in ASCII:
            assert (char_kinds._kind(char) in inside) == bool(re.fullmatch(pattern, char))


def test_the_sieves_kinds_hold_their_classes() -> None:
    # What the sieves ask of a kind holds for every character of that kind.
    assert _kinds_of(r"\d") == {"0"}
    assert _kinds_of(r"[.!?]") == {"."}
    assert _kinds_of(r"[\"”’']") == {"q"}
    assert _kinds_of(r"[\"”’')\]]") == {"q", ")"}
    assert _kinds_of(r"[ \t]") == {" "} and _kinds_of(r"\n") == {"n"}
    assert _kinds_of("m") == {"m"} and _kinds_of("[-–]") == {"-"} and _kinds_of("[,;:]") == {","}
    assert {char_kinds._kind(char) for char in "0123456789"} == {"0"}


PIECES = [".", "!", "?", ",", '"', "'", ")", "]", "[", "<", "^", " ", "  ", "\t", "\n", "\r"]
PIECES += ["\x0b", "\x1c", "1", "12", "123", "1234", "2019", "0.5", "0.12345", "0.1234567890"]
PIECES += ["12345678901", "m2", "m3", "mm", "-", "1-3", "3,4", "1, 2", "A", "I", "The", "x"]
PIECES += ["word", "(", "<sup>1</sup>", "[1]", "^2^", "é", "–", "’", "\u0663", "\u00a0"]
PIECES += [";", ":", "10:30", "trials:", "(CARES);"]


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in found]


@given(texts(PIECES))
@example('end. 1 The end."2 Then')
@example("weeks.1, 2 Supervised and 5.1, 2 Gy; 0.46, 95% CI; 12.5.3 and 2019.4,5 A")
@example("kg/m2.12 and mm3.5 and 0.1234567890.5 and 0.12345678901.5 and x,'3 y.\"4-6 z")
# Each branch of _GLUED_READ after a digit, and _BARE's two closing marks: random draws
# rarely make these.
@example("in m2.5 a, 0.1.5 b, 0.12.5 c, 0.123.5 d, 0.1234.5 e, 1999.5 f, 12.1-3 g, 12.1,2 h")
@example('the end.") 2 The end.] 3\n4 And')
@example("It helped.\n2 Next it failed. The end.)\n 12 The")  # a line break before the number
# A semicolon or colon after a word or a bracket, never after a number ("10:30", "1:2").
@example("febuxostat;7 the, trials:4,5 the, (CARES);3 a, at 10:30 a, 1:2 b, x;1, 2 c")
def test_stop_scans_find_where_their_sieves_let_them(text: str) -> None:
    kinds = char_kinds.ascii_kinds(text)
    for pattern, places in [
        (loose._BARE, char_kinds.bare_starts),
        (loose._GLUED_READ, char_kinds.glued_read_starts),
    ]:
        plain = list(pattern.finditer(text))
        assert _spans(list(char_kinds.sieved(pattern, text, kinds, places))) == _spans(plain)
        if kinds is not None:
            # The sieve lets through every place a match of the plain pattern could start.
            assert {match.start() for match in pattern.finditer(text)} <= set(places(kinds))
            every = [place for place in range(len(text)) if pattern.match(text, place)]
            assert set(every) <= set(places(kinds))


@given(texts(PIECES))
@example("a [1] <sup>2</sup> ^3^ b")
def test_marker_openings_are_found_as_their_class_finds_them(text: str) -> None:
    plain = [match.start() for match in markers._MARKER_OPENING.finditer(text)]
    kinds = char_kinds.ascii_kinds(text)
    if kinds is not None:
        assert [match.start() for match in char_kinds.MARKER_OPENING.finditer(kinds)] == plain
    found = markers._markers(text, kinds)
    assert _spans(found) == _spans(_plain_markers(text))


def _plain_markers(text: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    end = 0
    for opening in markers._MARKER_OPENING.finditer(text):
        if opening.start() >= end:
            match = markers._MARKER.match(text, opening.start())
            if match:
                found.append(match)
                end = match.end()
    return found


@given(texts(PIECES))
@example('end." Next.) And.]\nthen.\r\x1cx."')
def test_sentence_ends_of_kinds_are_the_patterns(text: str) -> None:
    kinds = char_kinds.ascii_kinds(text)
    if kinds is not None:
        plain = [match.span() for match in claims._SENTENCE_END.finditer(text)]
        assert [match.span() for match in char_kinds.sentence_end().finditer(kinds)] == plain


@given(st.text(alphabet="ab.1 ", max_size=30))
def test_matches_tried_at_every_start_are_finditers(text: str) -> None:
    pattern = re.compile(r"[a.]1+|b\.?")
    starts = [place for place, char in enumerate(text) if char in "a.b"]
    found = char_kinds.matches_at(pattern, text, starts)
    assert _spans(found) == _spans(list(pattern.finditer(text)))
