"""Patterns whose character classes were split, where one class held a character above U+00FF
(sre builds a 64K-character table to compile such a class: a million instructions that every
run paid), match as the one-class forms did: the same spans and groups from every position.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import found, glued_words, lines, link_trailers, list_entries, loose


def texts(pieces: list[str], most: int = 24) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


def assert_same_matches(old: re.Pattern[str], new: re.Pattern[str], text: str) -> None:
    for start in range(len(text) + 1):
        was, now = old.match(text, start), new.match(text, start)
        assert (was and (was.span(), was.groupdict(), was.groups())) == (
            now and (now.span(), now.groupdict(), now.groups())
        ), (text, start)
    assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]


# Sentences' ends: a word, a stop and what may close it, a space or none, numbers, and what
# follows.
WORDS = ["disease", "x", "in 1975", "by 30%", "(HR 0.78)", "kg/m2", "0.5", "Ā", "ſ", ""]
STOPS = [".", ",", "!", "?", ".’", ".”", '."', ".'", ".)", ".]", ".”)", ".’’", ",”", " ", ""]
GAPS = ["", " ", "\n", " \n", "\t "]
NUMBERS = ["1", "12", "2019", "3-5", "3–5", "1,2", "1, 2", "0.5", "1 2", "1234", "2,\n3", ""]
AFTER = [" ", "\n", "\t", "  ", " The", " A ", " I ", " “So", ' "So', " (x", " x", "ſ", ""]
ENDS = st.tuples(*(st.sampled_from(pieces) for pieces in (WORDS, STOPS, GAPS, NUMBERS, AFTER)))

_SENTENCE_START = r"(?:[A-Z](?=[\w'’])|[AI](?=[ \t])|[“\"(])"
_ITEM = glued_words.BARE_ITEM
OLD_BARE = re.compile(
    r"(?P<stop>[.!?][\"”’')\]]{0,2})(?:[ \t]+\n?|\n)[ \t]*"
    rf"(?P<numbers>{_ITEM}(?:(?:,[ \t]*{_ITEM})+|(?: {_ITEM})*))"
    rf"(?=[ \t]*\Z|[ \t]+{_SENTENCE_START}|[ \t]*\n[ \t]*{_SENTENCE_START})"
)
OLD_GLUED_READ = re.compile(
    r"(?P<stop>[.!?,](?=[\"”’']?\d)"
    r"(?:(?<!\d[.!?,])|(?<=m[23][.!?,])|(?<=1[89]\d\d[.!?,])|(?<=20\d\d[.!?,])"
    rf"|{loose._DECIMAL_BEFORE}|(?=[\"”’']?\d{{1,3}}(?:[-–,]|, )\d))[\"”’']?)"
    rf"{loose._GLUED_NUMBERS}"
)
OLD_NUMBER_AFTER_WORD = re.compile(rf"[A-Z%){glued_words._LETTERS}²³](?=\d)")


@given(st.lists(ENDS.map("".join), max_size=6).map("".join))
@example("disease.’1 The")
@example("period.” 2 3 Next")
@example("weeks.’”1, 2 Supervised")
def test_the_stops_before_loose_numbers_are_found_as_before(text: str) -> None:
    assert_same_matches(OLD_BARE, loose._BARE, text)
    assert_same_matches(OLD_GLUED_READ, loose._GLUED_READ, text)


@given(st.text(alphabet="aAZz%)(ßöø÷ÿĀſƀ×²ﬁ1 ", max_size=12))
def test_numbers_after_a_word_are_found_as_before(text: str) -> None:
    assert_same_matches(OLD_NUMBER_AFTER_WORD, glued_words._NUMBER_AFTER_WORD, text)


OLD_NUMBERED_ENTRY = re.compile(
    r"[ \t]*(?:[-*+•][ \t]+)?"
    r"(?:\[(?P<bracket>\d{1,3})\]:?|(?P<dotted>\d{1,3})[.)]|\((?P<paren>\d{1,3})\))"
    r"(?:[ \t]+|$|(?<=\.)(?=[^\W\d_]|[\"“‘(]))"
)
# The one-class form, with the full stop after a space that a6cdf11 took too (user28b P1-4).
OLD_LINK_TRAILER = re.compile(
    r"(?:[\s\-–—|•·,;/\[\]()]|(?<=[\]\s])\.|"
    + link_trailers._LINK_WORD.pattern
    + r"|https?://[^\s<>\[\]]+)+",
    re.IGNORECASE,
)
OLD_BULLET = re.compile(r"[ \t]*(?:[-*+•◦▪‣·–—][ \t]+|>[ \t]?)")
# Every character up to the last of the split classes' (and past it), in the places they
# stand: each is in a split class exactly when it was in the one class.
CHARACTERS = [chr(code) for code in range(0x2600) if not 0xD800 <= code <= 0xDFFF]


def test_bullets_and_entry_numbers_open_as_before() -> None:
    for char in CHARACTERS:
        starts = (f"{char} 1. Smith J", f"{char}\t[2] Doe", f"{char}1. Doe", f"1.{char}Smith")
        for line in (*starts, f" {char} x"):
            assert_same_matches(OLD_NUMBERED_ENTRY, list_entries._NUMBERED_ENTRY, line)
            assert_same_matches(OLD_BULLET, lines.BULLET, line)


LINK_PIECES = ["PubMed", " | ", "Google Scholar", "–", "—", "•", "·", " ", "[Full Text]", "."]
LINK_PIECES += ["doi", "CrossRef", "x", ",", "https://a.org/b", "®", "ſ", "K", "Scopus (3)", "("]


@given(texts([*LINK_PIECES, "ArticlePubMed"]))
@example(" | .")
def test_link_trailers_are_found_as_before(text: str) -> None:
    assert_same_matches(OLD_LINK_TRAILER, link_trailers._LINK_TRAILER, text)
    for char in "–—•·|-\u2012\u2015\u2023":
        assert_same_matches(OLD_LINK_TRAILER, link_trailers._LINK_TRAILER, f"{char}{text}{char}")


OLD_CITATION_CHARACTERS = re.compile(r"[\d\s,;\-–—]*\d[\d\s,;\-–—]*")


def test_a_marker_of_citation_characters_is_told_as_before() -> None:
    # read_numbers asks the pattern of the text with en and em dashes as hyphens.
    for char in CHARACTERS:
        for text in (f"1{char}3", f"{char}", f"1,{char} 2", f"{char}{char}"):
            was = OLD_CITATION_CHARACTERS.fullmatch(text) is not None
            dashes_as_hyphens = text.replace("–", "-").replace("—", "-")
            assert (found._CITATION_CHARACTERS.fullmatch(dashes_as_hyphens) is not None) == was
    assert found.read_numbers("1–3, 5—6") == ([1, 2, 3, 5, 6], None)
