"""The body reader's shortcuts answer as the plain code they replace.

Each plain version below is the code as it stood before its shortcut: sentence ends that
look at a period's word only when an abbreviation can end there, claims' spaces before
punctuation dropped by str.replace, lists with spaces read without the separator pattern,
table cells looked for only in paragraphs holding "|" or a tab, and number readings that
skip one-digit tokens at once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from types import SimpleNamespace
from unittest.mock import patch

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.models import Reference
from citelint.read import citing, claims, found, layout, loose
from citelint.read.found import SURE, Found, read_numbers
from citelint.read.markers import find_markers, is_abbreviation


def texts(pieces: list[str], most: int = 24) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2003"]
WORDS = ["Fig", "al", "et", "e.g", "i.e", "J", "j", "approx", "approxx", "Smith", "trial"]
WORDS += ["months", "İ", "ſt", "K", "x", "12", "0.5", "(", ")", "]", '"', "é", "ver"]


def _plain_sentence_ends(text: str, markers: list[Found]) -> list[int]:
    stops = [match.end() for match in claims._SENTENCE_END.finditer(text)]
    stops += [m.start for m in markers if m.start > 0 and text[m.start - 1] in ".!?"]
    ends: list[int] = []
    for stop in sorted(set(stops)):
        if text[stop - 1] == ".":
            word = re.search(r"([\w.]+)\Z", text[max(0, stop - 13) : stop - 1])
            if word and is_abbreviation(word[1]):
                continue
        ends.append(stop)
    for marker in markers:
        if claims._in_text(marker):
            continue
        index = bisect_right(ends, marker.start) - 1
        if index >= 0 and not re.compile(r"\S").search(text, ends[index], marker.start):
            ends[index] = marker.end
    return ends


@given(texts([*WORDS, ".", "!", "?", ". ", ".[1]", " [2]", ".3 ", "..", *SPACES]))
# The longest abbreviation after a letter run one longer: a reach of one less fails here.
@example("x approx. 2 and xapprox. 3")
@example("A. Fig. 2 shows")
def test_sentence_ends_are_found_as_the_plain_loop_finds_them(text: str) -> None:
    markers = find_markers(text)
    assert claims._sentence_ends(text, markers) == _plain_sentence_ends(text, markers)


def _plain_clean(text: str) -> str:
    if text.lstrip().startswith("|"):
        text = text.replace("|", " ")
    if "](" in text:
        text = claims._LINK.sub(claims._link_text, text)
    if any(mark in text for mark in "*_`<>"):
        text = claims._SYNTAX.sub("", text)
    text = " ".join(text.split())
    return re.sub(r" ([.,;:!?])", r"\1", text).strip(" ,;")


@given(
    texts(
        ["word", " ", " .", " ,", " ;", " :", " !", " ?", ".", ",", "|", "**", "__", "`", "_"]
        + ["<b>", "</b>", "> ", "[a](b)", "<", ">", "*"]
        + SPACES
    )
)
@example("a  . b , c")
def test_claim_text_is_cleaned_as_the_pattern_cleaned_it(text: str) -> None:
    assert claims.clean_claim_text(text) == _plain_clean(text)


def _plain_read_numbers(content: str) -> tuple[list[int], str | None] | None:
    """read_numbers without its shortcut for lists: every list split at its separators."""
    text = content.strip()
    if not found._CITATION_CHARACTERS.fullmatch(text):
        return None
    return found._separated_list(text)


@given(texts(["1", "2", "0", "12", "999", "1000", ",", ", ", " ,", ";", "-", "\u0663", *SPACES]))
@example("1, 2")
@example("1 ,\u2003 2,3")
@example("0,12")  # zero names no entry: the shortcut refuses it as the loop does
def test_lists_are_read_as_the_separator_pattern_reads_them(content: str) -> None:
    if not content.strip().isdecimal():  # one number is read before the lists are
        assert read_numbers(content) == _plain_read_numbers(content)


def _plain_floating(text: str, base: int, markers: list[Found]) -> list[bool]:
    caption = bool(layout._CAPTION.match(text, base))
    flags = []
    for marker in markers:
        start = base + marker.start
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = line_end if line_end >= 0 else len(text)
        opening = re.compile(r"\S").search(text, line_start, line_end)
        row = opening is not None and opening[0] == "|"
        flags.append(caption or row or text.count("\t", line_start, line_end) >= 2)
    return flags


@given(
    texts(["word", " [1]", " [2, 3]", "|", "\t", "\n", " ", "- ", "Table 2.", "Figure 1:", "x"]),
    st.integers(0, 6),
)
@example("\t-\tA trial [1]\t", 2)
def test_table_rows_are_told_as_line_by_line(text: str, base: int) -> None:
    base = min(base, len(text))
    markers = find_markers(text[base:])
    made = claims.marker_claims(base, markers, lambda offset: (1, offset + 1))
    layout._mark_floating(SimpleNamespace(text=text), base, markers, made)
    floating = [marker.floating for claim in made for marker in claim.markers]
    assert floating == _plain_floating(text, base, markers)


def _plain_number_readings(text: str, taken: list[Found]) -> list[Found]:
    """number_readings without its test of one-character tokens."""
    readings: list[Found] = []
    starts = sorted(marker.start for marker in taken)
    for match in loose._glued_numbers(text):
        begin, end = match.span("body")[0], match.end()
        index = bisect_left(starts, begin)
        if index < len(starts) and starts[index] < end:
            continue
        readings += loose._token_readings(text, match)
    return readings


@given(texts(["5", "12", "2018", "0.9", "H2O", "AD", "Stat", ",", ", ", ".", " ", "-3", "\n"]))
@example("in 20185. and 5, then 7,31")
def test_number_readings_are_the_plain_loop_s(text: str) -> None:
    taken = find_markers(text)
    assert loose.number_readings(text, taken) == _plain_number_readings(text, taken)


# -- body5: number readings looked for only where one can be taken ----------------------------


def _every_reading(
    paragraphs: list[tuple[int, str, list[Found]]], kept: list[list[Found]], style: object
) -> list[list[Found]]:
    sure = [[marker for marker in markers if marker.kind == SURE] for _, _, markers in paragraphs]
    return [
        citing.in_prose(text, loose.number_readings(text, taken))
        for (_, text, _), taken in zip(paragraphs, sure, strict=True)
    ]


GLUED_PIECES = ["disease1,2.", " trial3.", " in 20185.", " 19107,31,65.", " H2O17 ", " [4]"]
GLUED_PIECES += [" 5", " 6.", " text", " Stat3 and", " [2]", " [7-9]", " 30.", " 31.", " 2.3 A"]


@given(
    st.lists(texts(GLUED_PIECES, most=8), min_size=1, max_size=8),
    st.one_of(st.none(), st.integers(0, 12)),
)
@example([" in 20185.", "trial1,2,3,4.", " since 20165."], 5)
@example(["trial1,2.", " study3.", " in 20194.", " [5]", " in 20186."], 5)
@example(["trial1,2.", " study3-29.", " in 201830."], None)
def test_number_readings_are_left_only_where_none_can_be_taken(
    paragraphs: list[str], largest: int | None
) -> None:
    references = [Reference(number, "", 1, 1) for number in range(1, (largest or 0) + 1)]
    if largest == 0:
        references = [Reference(0, "", 1, 1)]
    found, base = [], 0
    for text in paragraphs:
        found.append((base, text, citing.in_prose(text, find_markers(text, unsure=True))))
        base += len(text) + 2
    fast = citing.page_citations(found, references)
    with patch.object(citing, "_readings", _every_reading):
        plain = citing.page_citations(found, references)
    assert fast == plain
