"""Which of a page's possible markers it means as citations: the page itself decides.

A bracket or a superscript after a word is a citation by its syntax. Other readings depend
on the page: a number standing alone after a sentence is a citation on a page that cites
that way (web answers) and not where it is a stray "mol. wt. 150 K" among bracketed
citations; numbers glued to a word ("disease1,2.") where superscripts were flattened by
copying the page, not in a page that cites in brackets; a superscript that could be a power
("AD¹˒²", "in 2004⁴") when every number in it is an entry of the page's reference list.
Unsure readings must also name plausible entries: a number far past the end of the list is
a quantity, not a citation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache, partial
from itertools import accumulate

from citelint.models import Reference
from citelint.read.first_citations import (
    fitting_reading,
    flattened_after_a_mark,
    glued_run,
    percent_digits,
    split_superscript_runs,
)
from citelint.read.found import (
    BARE,
    GLUED,
    NAMED,
    NUMBER,
    POWER,
    SPACED_KINDS,
    SURE,
    WORD,
    YEAR,
    Found,
    lone_past_the_list,
)
from citelint.read.highest_before import HighestBefore
from citelint.read.lab_ranges import reference_range
from citelint.read.line_paragraphs import own_paragraph
from citelint.read.lone_glued import lone_glued_citations
from citelint.read.number_readings import number_readings
from citelint.read.page_furniture import page_numbers, without_page_numbers
from citelint.read.page_style import (
    LARGEST_WITHOUT_LIST,
    PageStyle,
    cites_before_stops,
    page_style,
    plausible,
)
from citelint.read.parenthesised import parenthesised_citations
from citelint.read.printed_ranges import prints_ranges
from citelint.read.prose_candidates import in_prose
from citelint.read.spaced import SpacedHeads, rest_reading, with_spaced_rests

# A page that reads at most this many citations in other ways may still cite in parentheses:
# one copied "¹" must not leave every entry uncited (a flood of CL102).
STRAY_READINGS = 2
# What _GLUED_WORD may give as the word of a WORD reading that is no word: nothing, or the
# "%" or ")" the numbers are glued to.
_NO_NAMES = frozenset(["", "%", ")"])


class _PrintsRanges:
    """Whether a paragraph prints laboratory ranges, worked out when first asked. A plain
    object: a functools.cache wrapper for each paragraph cost ~2 M instructions an article.
    Asked of the paragraph a place is in: a block with no blank lines may hold several,
    one a line (see citelint.read.line_paragraphs)."""

    __slots__ = ("_text", "_answers")

    def __init__(self, text: str) -> None:
        self._text = text
        self._answers: dict[int, bool] = {}  # by the paragraph's start

    def at(self, position: int) -> Callable[[], bool]:
        return partial(self._answer, position)

    def _answer(self, position: int) -> bool:
        text = self._text
        start, end = own_paragraph(text, position) if "\n" in text else (0, len(text))
        answer = self._answers.get(start)
        if answer is None:
            answer = self._answers[start] = prints_ranges(text[start:end])
        return answer


def page_citations(
    paragraphs: list[tuple[int, str, list[Found]]],
    references: list[Reference],
    parentheses: bool = True,
    supplement: frozenset[int] = frozenset(),
) -> list[list[Found]]:
    """The citations of each paragraph, given its offset on the page, its text and its
    candidates (``find_markers(text, unsure=True)``). A page that cites none of these ways
    may cite with numbers in parentheses: read, unless told not to (``parentheses``), where
    the page's own evidence says so (citelint.read.parenthesised); ``supplement``: the
    entries the page says only its supplement cites (supplement_refs), no evidence."""
    paragraphs = without_page_numbers(paragraphs)
    everything = [marker for _, _, markers in paragraphs for marker in markers]
    style = page_style(everything, references)
    # A glued word-and-number that recurs ("Stat3 ... Stat3") is a name, not a citation; a
    # percentage or a bracket never names anything ("by 20%2 ... about 25%2").
    names = Counter(
        marker.word + marker.raw
        for marker in everything
        if marker.kind == WORD and marker.word not in _NO_NAMES
    )
    # Whether the paragraph or the page prints ranges is asked only of a value far outside
    # one (most pages never ask), and computed once for each.
    on_page = cache(lambda: any(prints_ranges(words) for _, words, _ in paragraphs))
    # Most paragraphs have no candidate: nothing to keep, and no ranges to ask about.
    kept = [
        _kept_candidates(text, markers, style, names, on_page) if markers else []
        for _, text, markers in paragraphs
    ]
    split_superscript_runs(kept, style)
    # Digits glued to a number ("in 20185.") only where superscripts were flattened.
    readings = _readings(paragraphs, kept, style) if style.glued else [[] for _ in paragraphs]
    if style.glued:
        _add_superscript_lines(paragraphs, readings)
    candidates = [
        (base, [*markers, *more])
        for (base, _, markers), more in zip(paragraphs, readings, strict=True)
    ]
    _fill_the_sequence(candidates, kept, style)
    lone_glued_citations([(text, markers) for _, text, markers in paragraphs], kept, style)
    # A list found by its shape alone is read without parentheses (they would be its own
    # evidence), but one the text names as references ("(ref. 1)") is the page's list.
    named = not parentheses and any(m.kind == NAMED for markers in kept for m in markers)
    strays = sum(marker.kind != NAMED for markers in kept for marker in markers)
    if (parentheses or named) and strays <= STRAY_READINGS:
        # Only where little else is read: "(2)" beside citations "[1]" or "¹" is a count or
        # an item. A stray reading or two (a table's footnote "¹", a byline's) are read only
        # where the order of first citations calls for them. Numbers named as references
        # ("(ref. 1)") are no strays: they cite as parentheses do (user31b P1-3).
        texts = [(base, text) for base, text, _ in paragraphs]
        read = parenthesised_citations(texts, references, kept, supplement)
        if read is not None:
            return read
    return kept


def _add_superscript_lines(
    paragraphs: list[tuple[int, str, list[Found]]], readings: list[list[Found]]
) -> None:
    """Add to ``readings`` the superscripts copied onto lines of their own mid-sentence (see
    citelint.read.superscript_lines), where they are not the page's numbers."""
    # Loaded here: only a page whose superscripts were flattened asks (start-up, issue 13).
    from citelint.read.superscript_lines import superscript_lines

    lines = [superscript_lines(text) for _, text, _ in paragraphs]
    if not any(lines):
        return  # most pages
    pages = page_numbers(paragraphs)
    for (base, _, _), here, found in zip(paragraphs, readings, lines, strict=True):
        here += [reading for reading in found if base + reading.start not in pages]


def _kept_candidates(
    text: str,
    markers: list[Found],
    style: PageStyle,
    names: Counter[str],
    on_page: Callable[[], bool],
) -> list[Found]:
    """The candidates of one paragraph that page_citations keeps as citations."""
    here = _PrintsRanges(text)
    kept: list[Found] = []
    for marker in flattened_after_a_mark(text, markers, style):
        if not _is_citation(marker, style, names):
            continue
        # Only brackets may be a laboratory's reference range or a value (reference_range and
        # _bracketed_value refuse any other marker at once: no call for a superscript or a
        # glued number); a range's brackets hold more than "[12]".
        if marker.raw[:1] == "[" and (
            (len(marker.raw) >= 5 and _reference_range(text, marker, style.largest, here, on_page))
            or _bracketed_value(text, marker, style.largest)
        ):
            continue
        kept.append(marker)
    return kept


def _reference_range(
    text: str,
    marker: Found,
    largest: int | None,
    here: _PrintsRanges,
    on_page: Callable[[], bool],
) -> bool:
    return reference_range(text, marker, largest, here.at(marker.start), on_page)


def _readings(
    paragraphs: list[tuple[int, str, list[Found]]], kept: list[list[Found]], style: PageStyle
) -> list[list[Found]]:
    """Each paragraph's number readings as in_prose keeps them, or none where none can be
    taken: new_in_place takes a reading only as the next entry after the highest one cited
    before it, and only up to the list's last entry (LARGEST_WITHOUT_LIST without a list).
    After a citation of that entry (most of a page, once every entry is cited) the readings
    are not looked for: their scan is the body's costliest. Taking readings only adds
    citations, so the highest entry cited before a paragraph when _fill_the_sequence gets
    there is at least the one found here from ``kept``."""
    last = style.largest if style.largest is not None else LARGEST_WITHOUT_LIST
    cited = sorted(
        (base + marker.start, max(marker.numbers, default=0))
        for (base, _, _), markers in zip(paragraphs, kept, strict=True)
        for marker in markers
    )
    places = [place for place, _ in cited]
    highest = list(accumulate((number for _, number in cited), max, initial=0))
    before_stops = cites_before_stops(
        [(text, here) for (_, text, _), here in zip(paragraphs, kept, strict=True)]
    )
    readings: list[list[Found]] = []
    for base, text, markers in paragraphs:
        if highest[bisect_left(places, base)] >= last:
            readings.append([])
            continue
        sure = [marker for marker in markers if marker.kind == SURE]
        found = number_readings(text, sure)
        if not before_stops:
            found = [reading for reading in found if not _value_before_stop(text, reading)]
        readings.append(in_prose(text, with_spaced_rests(text, found)))
    return readings


def _value_before_stop(text: str, reading: Found) -> bool:
    """Whether a reading takes the last digits of a token before a full stop ("HR 112." as
    11 and 2, "on POD2." as POD and 2), a year's aside ("in 20185.")."""
    return (
        reading.raw.isdigit()
        and text.startswith(".", reading.end)
        and not YEAR.fullmatch(reading.word)
    )


def _fill_the_sequence(
    paragraphs: list[tuple[int, list[Found]]], kept: list[list[Found]], style: PageStyle
) -> None:
    """Take the reading of a number glued to a number ("in 20185.") that the page's order of
    first citations calls for: entries are numbered as they are first cited, so an entry
    not yet cited whose neighbours are first cited just before and just after this place is
    cited here. Readings that fit but name different new entries leave the token alone."""
    tokens = [_sequence_tokens(markers, style) for _, markers in paragraphs]
    if not any(tokens):  # most pages: no reading to take, so no order of citations to work out
        for here in kept:
            here.sort(key=lambda marker: marker.start)
        return
    first: dict[int, int] = {}
    for (base, _), markers in zip(paragraphs, kept, strict=True):
        for marker in markers:
            for number in marker.numbers:
                first[number] = min(first.get(number, base + marker.start), base + marker.start)
    # The highest entry first cited before a place, asked for each reading: every place a
    # number is first cited at, first or once a reading is taken, holds that number.
    number_places = (
        base + m.start
        for base, ms in paragraphs
        for m in ms
        if m.kind == NUMBER or m.kind in SPACED_KINDS
    )
    cited = HighestBefore(list(zip(first.values(), first, strict=True)), number_places, 0)
    for index, (base, markers) in enumerate(paragraphs):
        if tokens[index]:  # most paragraphs have none: nothing to work out
            here = kept[index]
            kept[index] = _fill_paragraph(base, markers, here, tokens[index], first, cited, style)
        kept[index].sort(key=lambda marker: marker.start)


def _sequence_tokens(markers: list[Found], style: PageStyle) -> dict[tuple[int, str], list[Found]]:
    """A paragraph's readings the order of first citations may take, by their token: the
    readings of one token end together."""
    tokens: dict[tuple[int, str], list[Found]] = {}
    for marker in markers:
        if marker.kind != NUMBER and marker.kind not in SPACED_KINDS:
            continue
        # A capitalised word and a number ("Sri Lanka5 and", "Ricci3 and") only where
        # superscripts were flattened: elsewhere it is a name or an affiliation. So is
        # the rest of a spaced list ("adults.1 2 Supervised").
        named = marker.word[:1].isupper() and marker.word[1:2].islower()
        if style.glued or not (named or marker.kind in SPACED_KINDS):
            tokens.setdefault((marker.end, marker.kind), []).append(marker)
            digits = percent_digits(marker, style)
            if digits is not None:  # "40%45": 4 and 5, where the order calls for them
                tokens[(marker.end, marker.kind)].append(digits)
    return tokens


def _fill_paragraph(
    base: int,
    markers: list[Found],
    here: list[Found],
    tokens: dict[tuple[int, str], list[Found]],
    first: dict[int, int],
    cited: HighestBefore,
    style: PageStyle,
) -> list[Found]:
    """The citations ``here`` of the paragraph at ``base`` (whose candidates are ``markers``)
    with the readings of ``tokens`` the order calls for: each is put in ``first`` and
    ``cited`` as it is taken, so the next token's readings are judged with it."""
    # A reading overlaps a citation when one starting before its end ends past its start
    # (the citations are read at the first question, before any reading is taken).
    later = (r.start for rs in tokens.values() for r in rs)
    ends = HighestBefore(((m.start, m.end) for m in here), later, -1)
    groups = list(tokens.values())
    heads = None
    if any(group[0].kind in SPACED_KINDS for group in groups):
        # In order of place, as each takes the next entries: a list's rest after the
        # number glued to a number before it ("the age of 12.124 … other.32 79 125").
        groups.sort(key=lambda group: group[0].start)
        heads = SpacedHeads(markers, here)
    dropped: set[int] = set()  # first numbers now read with their lists' rests
    chosen: Found | None
    for readings in groups:
        if heads is not None and readings[0].kind in SPACED_KINDS:
            taken = rest_reading(readings, heads, first, cited, base, style)
            if taken is None:
                continue
            head, chosen = taken
            whole = _whole_list(head, chosen)
            here.append(whole)
            ends.put(chosen.start, whole.end)  # the head's own span is in already
            dropped.add(id(head))
            heads.cite(whole)
        else:
            chosen = _number_reading(readings, ends, base, first, cited, style)
            if chosen is None:
                continue
            here.append(chosen)
            ends.put(chosen.start, chosen.end)
            if heads is not None:
                heads.cite(chosen)
        for number in chosen.numbers:
            first[number] = min(first.get(number, base + chosen.start), base + chosen.start)
            cited.put(base + chosen.start, number)
    return [marker for marker in here if id(marker) not in dropped] if dropped else here


def _whole_list(head: Found, rest: Found) -> Found:
    """A spaced list's first number and its rest as one marker, as "1, 2" is: "adults.1 2"."""
    numbers = head.numbers + rest.numbers
    return replace(head, end=rest.end, raw=f"{head.raw} {rest.raw}", numbers=numbers, problem=None)


def _number_reading(
    readings: list[Found],
    ends: HighestBefore,
    base: int,
    first: dict[int, int],
    cited: HighestBefore,
    style: PageStyle,
) -> Found | None:
    """The reading of a number's token (``readings``) to take, unless a citation overlaps it
    (``ends``: the furthest end of a citation starting before a place)."""
    if ends.before(readings[0].end) > readings[0].start:
        return None  # read already, glued to a word or after a stop
    return fitting_reading(readings, base, first, cited, style)


def _is_citation(marker: Found, style: PageStyle, names: Counter[str]) -> bool:
    if marker.kind == "sure":
        return True
    if not plausible(marker, style):
        return marker.kind == GLUED and style.glued and glued_run(marker, style.largest)
    if marker.kind == BARE:
        return style.bare
    if marker.kind == GLUED:
        return True
    if marker.kind == WORD:
        return style.glued and (not marker.word or names[marker.word + marker.raw] < 2)
    if marker.kind == NAMED:
        return style.largest is not None and max(marker.numbers) <= style.largest
    if marker.kind == POWER:
        largest = style.largest
        if marker.word[-1:].isdigit():
            return True  # "in 2004⁴", "AUC 0.96⁵": no power, so a citation even if missing
        return largest is not None and max(marker.numbers) <= largest
    return False


def _bracketed_value(text: str, marker: Found, largest: int | None) -> bool:
    """read.bracketed_values' test, asked only of one number in brackets past the list's end
    (or on a page with no list): other markers neither call nor import it. A value's own
    shape, a scale's denominator after it ("Pain [3]/10") or a count's "x" glued before it
    ("Admitted x[2] this year"), tells it wherever it stands (user28a P1-10)."""
    if text.startswith("/", marker.end) and text[marker.end + 1 : marker.end + 2].isdigit():
        return marker.raw.startswith("[") and len(marker.numbers) == 1
    if marker.start and text[marker.start - 1] in "x×" and marker.raw.startswith("["):
        return marker.start == 1 or not text[marker.start - 2].isalnum()
    if not lone_past_the_list(marker, largest):
        return False
    from citelint.read.bracketed_values import bracketed_value

    return bracketed_value(text, marker, largest)
