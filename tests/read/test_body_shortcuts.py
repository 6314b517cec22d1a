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
from unittest.mock import patch

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from citelint.models import Reference
from citelint.read import citing, claim_words, claims, found, number_readings, prose_candidates
from citelint.read.first_citations import LONGEST_GLUED
from citelint.read.found import NUMBER, SURE, YEAR, Found, read_numbers
from citelint.read.highest_before import HighestBefore
from citelint.read.line_paragraphs import line_sentence_ends
from citelint.read.markers import find_markers, is_abbreviation
from citelint.read.named_readings import named_readings
from citelint.read.page_style import plausible


def texts(pieces: list[str], most: int = 24) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2003"]
WORDS = ["Fig", "al", "et", "e.g", "i.e", "J", "j", "approx", "approxx", "Smith", "trial"]
WORDS += ["months", "İ", "ſt", "K", "x", "12", "0.5", "(", ")", "]", '"', "é", "ver"]


def _plain_row_ends(text: str) -> list[int]:
    """The line ends around each row of a table copied as text (cells split by two tabs or
    more, or by " | " twice or more), every line looked at."""
    ends: list[int] = []
    start = 0
    for line in text.split("\n"):
        if line.count("\t") >= 2 or line.count(" | ") >= 2:
            ends += [end for end in (start - 1, start + len(line)) if 0 <= end < len(text)]
        start += len(line) + 1
    return ends


def _plain_sentence_ends(text: str, markers: list[Found]) -> list[int]:
    stops = [match.end() for match in claims._SENTENCE_END.finditer(text)]
    stops += [m.start for m in markers if m.start > 0 and text[m.start - 1] in ".!?"]
    # No shortcut: a note's line ends and a copied table's rows, as claims has them; an
    # abbreviation before one ends nothing less.
    line_ends = set(line_sentence_ends(text) + _plain_row_ends(text))
    stops += line_ends
    ends: list[int] = []
    for stop in sorted(set(stops)):
        if text[stop - 1] == "." and stop not in line_ends:
            word = re.search(r"([\w.]+)\Z", text[max(0, stop - 13) : stop - 1])
            if word and is_abbreviation(word[1]):
                continue
        ends.append(stop)
    for marker in markers:
        if claims._in_text(marker):
            continue
        index = bisect_right(ends, marker.start) - 1
        # Spaces or a table's cell border between the stop and the marker (word20).
        if index >= 0 and not re.compile(r"[^\s|]").search(text, ends[index], marker.start):
            ends[index] = marker.end
    return ends


@given(texts([*WORDS, ".", "!", "?", ". ", ".[1]", " [2]", ".3 ", "..", *SPACES]))
# The longest abbreviation after a letter run one longer: a reach of one less fails here.
@example("x approx. 2 and xapprox. 3")
@example("A. Fig. 2 shows")
@example("\t\t\n")  # a copied table's row ends a sentence (user24 P2 2)
@example("Fig.\tx\ty\nnext [2]")
@example("a | b | c.3 \nd | e | f [1]")
def test_sentence_ends_are_found_as_the_plain_loop_finds_them(text: str) -> None:
    markers = find_markers(text)
    assert claims._sentence_ends(text, markers) == _plain_sentence_ends(text, markers)


def _plain_clean(text: str) -> str:
    row = text.lstrip().startswith("|")
    if row:
        text = text.replace("|", " ; ")
    if text.count("\t") >= 2:
        row = True
        text = text.replace("\t", " ; ")
    if "](" in text:
        text = claims._LINK.sub(claims._link_text, text)
    if any(mark in text for mark in "*_`<>"):
        text = claims._SYNTAX.sub("", text)
    text = re.sub(r" ([.,;:!?])", r"\1", " ".join(text.split()))
    if row:
        text = re.sub(r";(?: ?;)+", ";", text).replace(".;", ".").replace(",;", ";")
    return text.strip(" ,;|")


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
    caption = bool(claim_words._CAPTION.match(text, base))
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
    claim_words.mark_floating(text, base, markers, made)
    floating = [marker.floating for claim in made for marker in claim.markers]
    assert floating == _plain_floating(text, base, markers)


def _plain_number_readings(text: str, taken: list[Found]) -> list[Found]:
    """number_readings without its tests that skip tokens with no reading; the readings
    after a numbered name, a unit or a symbol (named_readings) are added as it adds them."""
    readings: list[Found] = []
    starts = sorted(marker.start for marker in taken)
    for match in number_readings._glued_numbers(text):
        begin, end = match.span("body")[0], match.end()
        index = bisect_left(starts, begin)
        if index < len(starts) and starts[index] < end:
            continue
        readings += number_readings._token_readings(text, match)
    named = named_readings(text, taken)
    return sorted(readings + named, key=lambda found: found.start) if named else readings


@given(texts(["5", "12", "2018", "0.9", "H2O", "AD", "Stat", ",", ", ", ".", " ", "-3", "\n"]))
@example("in 20185. and 5, then 7,31")
@example("H2O-3H2O0.9")  # a symbol's stop, then 9: named_readings' reading, not a glued token's
def test_number_readings_are_the_plain_loop_s(text: str) -> None:
    taken = find_markers(text)
    assert number_readings.number_readings(text, taken) == _plain_number_readings(text, taken)


# -- body5: number readings looked for only where one can be taken ----------------------------


def _every_reading(
    paragraphs: list[tuple[int, str, list[Found]]], kept: list[list[Found]], style: object
) -> list[list[Found]]:
    sure = [[marker for marker in markers if marker.kind == SURE] for _, _, markers in paragraphs]
    return [
        prose_candidates.in_prose(text, number_readings.number_readings(text, taken))
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
        found.append((base, text, prose_candidates.in_prose(text, find_markers(text, unsure=True))))
        base += len(text) + 2
    fast = citing.page_citations(found, references)
    with patch.object(citing, "_readings", _every_reading):
        plain = citing.page_citations(found, references)
    assert fast == plain


# -- body6: the order of first citations asked in logarithmic steps --------------------------


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 60)), max_size=40),
    st.lists(st.integers(0, 45), max_size=10),
    st.integers(-1, 1),
)
def test_highest_before_is_the_highest_put_before(
    puts: list[tuple[int, int]], asked: list[int], floor: int
) -> None:
    """Given at the start or put later, every value counts from its place on."""
    given, later = puts[: len(puts) // 2], puts[len(puts) // 2 :]
    highest = HighestBefore(given, [place for place, _ in later] + [7], floor)
    for count in range(len(later) + 1):
        if count:
            highest.put(*later[count - 1])
        for where in [*asked, *(place + step for place, _ in puts for step in (0, 1))]:
            plain = max((v for p, v in puts[: len(given) + count] if p < where), default=floor)
            assert highest.before(where) == max(plain, floor)
    with pytest.raises(ValueError):
        highest.put(41, 1)


def _plain_fill_the_sequence(
    paragraphs: list[tuple[int, list[Found]]], kept: list[list[Found]], style: citing.PageStyle
) -> None:
    """_fill_the_sequence as it stood: every citation of the paragraph scanned for an overlap,
    and every first citation of the page for the highest one before a reading."""
    first: dict[int, int] = {}
    for (base, _), markers in zip(paragraphs, kept, strict=True):
        for marker in markers:
            for number in marker.numbers:
                first[number] = min(first.get(number, base + marker.start), base + marker.start)
    for index, (base, markers) in enumerate(paragraphs):
        tokens: dict[int, list[Found]] = {}
        for marker in markers:
            if marker.kind != NUMBER:
                continue
            named = marker.word[:1].isupper() and marker.word[1:2].islower()
            if style.glued or not named:
                tokens.setdefault(marker.end, []).append(marker)
        for readings in tokens.values():
            if any(m.start < readings[0].end and readings[0].start < m.end for m in kept[index]):
                continue
            news = [(r, _plain_new_in_place(r, base + r.start, first, style)) for r in readings]
            fitting = [(r, new) for r, new in news if new]
            years = [(r, new) for r, new in fitting if YEAR.fullmatch(r.word)]
            fitting = years or fitting
            if len({tuple(new) for _, new in fitting}) != 1:
                continue
            fits = [r for r, _ in fitting]
            chosen = max(fits, key=lambda reading: reading.end - reading.start)
            kept[index].append(chosen)
            for number in chosen.numbers:
                first[number] = min(first.get(number, base + chosen.start), base + chosen.start)
        kept[index].sort(key=lambda marker: marker.start)


def _plain_new_in_place(
    marker: Found, where: int, first: dict[int, int], style: citing.PageStyle
) -> list[int]:
    new = sorted(number for number in marker.numbers if first.get(number, where) >= where)
    if not new or new[-1] - new[0] >= len(new) or not plausible(marker, style):
        return []
    previous = new[0] - 1
    if previous and first.get(previous, where) >= where:
        return []
    if max((number for number, place in first.items() if place < where), default=0) != previous:
        return []
    if style.largest is not None and new[0] > style.largest:
        return []
    return new if len(new) <= LONGEST_GLUED else []


SEQUENCE_PIECES = [*GLUED_PIECES, " in 20181.", " in 20182.", " in 20183,4.", " Lanka5 and"]
SEQUENCE_PIECES += [" 20196.", " H2O17,18 ", "trial2 ", " [1]", " [3, 4]", " in 20187, 8 "]


@given(
    st.lists(texts(SEQUENCE_PIECES, most=10), min_size=1, max_size=8),
    st.one_of(st.none(), st.integers(0, 12)),
)
@example(["study1,2. in 20183. [5] in 20184."], 6)  # a reading before a citation of the next
@example(["Rates1.[1] in 20182. in 20183."], None)  # readings taken one after another
def test_the_sequence_is_filled_as_the_plain_scans_fill_it(
    paragraphs: list[str], largest: int | None
) -> None:
    references = [Reference(number, "", 1, 1) for number in range(1, (largest or 0) + 1)]
    found, base = [], 0
    for text in paragraphs:
        found.append((base, text, prose_candidates.in_prose(text, find_markers(text, unsure=True))))
        base += len(text) + 2
    fast = citing.page_citations(found, references)
    with patch.object(citing, "_fill_the_sequence", _plain_fill_the_sequence):
        plain = citing.page_citations(found, references)
    assert fast == plain


def _markers(kinds: list[str]) -> st.SearchStrategy[list[Found]]:
    marker = st.builds(
        lambda start, length, numbers, kind, word: Found(
            start, start + length, "", numbers, kind=kind, word=word
        ),
        st.integers(0, 24),
        st.integers(1, 4),
        st.lists(st.integers(0, 6), min_size=1, max_size=3),
        st.sampled_from(kinds),
        st.sampled_from(["", "2018", "in", "Lanka", "H2O"]),
    )
    return st.lists(marker, max_size=8)


@given(
    st.lists(st.tuples(_markers([NUMBER, SURE]), _markers([SURE, "word"])), max_size=4),
    st.one_of(st.none(), st.integers(0, 9)),
    st.booleans(),
)
# A reading right after a citation: no overlap. Then one overlapping the reading just taken.
@example([([Found(3, 5, "", [2], kind=NUMBER, word="2018")], [Found(0, 3, "", [1])])], 9, True)
@example(
    [
        (
            [Found(3, 5, "", [2], kind=NUMBER), Found(4, 6, "", [3], kind=NUMBER)],
            [Found(0, 3, "", [1])],
        )
    ],
    None,
    False,
)
def test_the_sequence_is_filled_as_the_plain_scans_fill_it_whatever_the_spans(
    paragraphs: list[tuple[list[Found], list[Found]]], largest: int | None, glued: bool
) -> None:
    """Any spans, overlapping or not, in any order: neither scan relies on their shape."""
    style = citing.PageStyle(largest, bare=False, glued=glued)
    candidates = [(12 * index, [*more, *kept]) for index, (more, kept) in enumerate(paragraphs)]
    kept = [list(kept) for _, kept in paragraphs]
    plain_kept = [list(kept) for _, kept in paragraphs]
    citing._fill_the_sequence(candidates, kept, style)
    _plain_fill_the_sequence(candidates, plain_kept, style)
    assert kept == plain_kept
