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

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.found import (
    BARE,
    GLUED,
    NUMBER,
    POWER,
    SPACED,
    SPACED_END,
    SPACED_KINDS,
    SURE,
    WORD,
    YEAR,
    Found,
)
from citelint.read.highest_before import HighestBefore
from citelint.read.loose import number_readings
from citelint.read.spaced import with_spaced_rests

# How far past the list's last entry an unsure number may go and still be read as a citation
# of a missing entry: a few, or a tenth of the list.
PAST_THE_END = 3
# Without a list, unsure numbers above this are quantities.
LARGEST_WITHOUT_LIST = 30
# A page cites with bare or glued numbers when they are not swamped by sure markers: at
# least one such number for every this many sure ones.
SURE_PER_UNSURE = 4


# A number glued to a number names at most this many entries ("20185-12" is no range).
LONGEST_GLUED = 10


_WORD = LazyPattern(r"[^\W\d_]{2,}")
_TAG = LazyPattern(r"<[^<>]{0,200}>")
# "<sup>1</sup> Text", "¹ Text", or as a note typed plainly, "1 Trough levels ..." (a number,
# a space, a capital: no list item's "1." or "1)").
_NOTE_OPENING = re.compile(
    r"\s*(?:<sup\b[^>]{0,200}>\s*(\d{1,2})\s*</sup\s*>|([¹²³⁴⁵⁶⁷⁸⁹])|(\d{1,2})[ \t]+(?=[A-Z][a-z]))"
)
_PLAIN = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")
_SENTENCE_STOP = LazyPattern(r"[.!?](?:\s|\Z)")
_NAME_BEFORE = LazyPattern(r"(?<![\w\-])[A-Z][a-z]+\Z")
# Longer than a byline of a dozen authors: a paragraph of prose.
BYLINE_LENGTH = 400
# What _GLUED_WORD may give as the word of a WORD reading that is no word: nothing, or the
# "%" or ")" the numbers are glued to.
_NO_NAMES = frozenset(["", "%", ")"])
_NAME_PARTICLES = frozenset(["and", "de", "van", "von", "der", "den", "da", "di", "du", "le", "la"])


@dataclass
class PageStyle:
    """How a page cites its references, as ``page_style`` judges it."""

    largest: int | None  # the largest entry number of the list; None when there is no list
    bare: bool  # the page cites with numbers standing alone after its sentences
    glued: bool  # the page cites with numbers glued to its words (flattened superscripts)


def page_style(candidates: list[Found], references: list[Reference]) -> PageStyle:
    """How the page cites, judged from every possible marker on it and its reference list."""
    largest = max((entry.number for entry in references), default=None)
    style = PageStyle(largest, bare=False, glued=False)
    counts = Counter(marker.kind for marker in candidates if _plausible(marker, style))
    sure = counts["sure"]
    style.bare = counts[BARE] > 0 and counts[BARE] * SURE_PER_UNSURE >= sure
    glued = counts[WORD] + counts[GLUED]
    style.glued = glued >= 2 and glued * SURE_PER_UNSURE >= sure
    return style


def in_prose(text: str, markers: list[Found]) -> list[Found]:
    """The candidates of a paragraph that could cite: none in a byline ("Maria Lindqvist¹˒²,
    Tomasz Novak²"), whose words are all names, and none opening a paragraph, where an
    affiliation's number stands ("¹Department of Medicine"). The rest of a spaced list
    ("Lindqvist1 2") is judged with its first number, which it follows after one space."""
    rests = [marker for marker in markers if marker.kind in SPACED_KINDS]
    if not rests:
        return _in_prose(text, markers)
    kept = _in_prose(text, [marker for marker in markers if marker.kind not in SPACED_KINDS])
    ends = {marker.end for marker in kept}
    kept += [rest for rest in rests if rest.start - 1 in ends]
    return sorted(kept, key=lambda marker: marker.start)


def _in_prose(text: str, markers: list[Found]) -> list[Found]:
    """in_prose for candidates that are no rest of a spaced list."""
    # Only those with words before them: after the paragraph's first visible character.
    first = len(text) - len(text.lstrip())
    markers = [marker for marker in markers if marker.start > first]
    markers = _without_bylines(text, markers)
    if len(markers) < 2 or not all(text[marker.start - 1].isalpha() for marker in markers):
        return markers  # a byline's numbers stand right after the names
    pieces, cursor = [], 0
    for marker in markers:
        pieces.append(text[cursor : marker.start])
        cursor = marker.end
    pieces.append(text[cursor:])
    # A byline when every word is a name: prose is told at its first word in lower case.
    named = False
    for word in _WORD.finditer(_TAG.sub(" ", " ".join(pieces))):
        if not (word[0][0].isupper() or word[0] in _NAME_PARTICLES):
            return markers
        named = True
    return [] if named else markers


def _without_bylines(text: str, markers: list[Found]) -> list[Found]:
    """The markers less those of byline lines: a line that never ends a sentence, where two or
    more numbers each follow a name, "Maria Lindqvist1, Tomasz Novak2 and the Knee Study
    team" (text copied as plain text puts title, byline and first paragraph in one block)."""
    # Only digits glued to the name: "Cochrane[1], Ostelo[2]" in a bullet cites.
    glued = [marker for marker in markers if marker.raw[:1].isdigit()]
    if len(glued) < 2:
        return markers  # no line holds two
    by_line: dict[int, list[Found]] = {}
    for marker in glued:
        by_line.setdefault(text.rfind("\n", 0, marker.start) + 1, []).append(marker)
    dropped: set[int] = set()
    for start, on_line in by_line.items():
        if len(on_line) < 2:
            continue
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)]
        if len(line) > BYLINE_LENGTH or _SENTENCE_STOP.search(line):
            continue
        if all(_NAME_BEFORE.search(text, start, marker.start) for marker in on_line):
            dropped.update(id(marker) for marker in on_line)
    return [marker for marker in markers if id(marker) not in dropped]


def page_notes(texts: list[str]) -> set[int]:
    """Numbers the page defines as notes: a paragraph that opens with a superscript and goes
    on in words ("<sup>1</sup> Check with your insurer first.") is a table's or a page's
    footnote, and a superscript elsewhere with its number calls that note."""
    notes: set[int] = set()
    for text in texts:
        opening = _NOTE_OPENING.match(text)
        if opening and _WORD.search(text, opening.end()):
            notes.add(int((opening[1] or opening[2] or opening[3]).translate(_PLAIN)))
    return notes


def page_citations(
    paragraphs: list[tuple[int, str, list[Found]]], references: list[Reference]
) -> list[list[Found]]:
    """The citations of each paragraph, given its offset on the page, its text and its
    candidates (``find_markers(text, unsure=True)``)."""
    everything = [marker for _, _, markers in paragraphs for marker in markers]
    style = page_style(everything, references)
    # A glued word-and-number that recurs ("Stat3 ... Stat3") is a name, not a citation; a
    # percentage or a bracket never names anything ("by 20%2 ... about 25%2").
    names = Counter(
        marker.word + marker.raw
        for marker in everything
        if marker.kind == WORD and marker.word not in _NO_NAMES
    )
    kept = [[m for m in markers if _is_citation(m, style, names)] for _, _, markers in paragraphs]
    # Digits glued to a number ("in 20185.") only where superscripts were flattened.
    readings = _readings(paragraphs, kept, style) if style.glued else [[] for _ in paragraphs]
    candidates = [
        (base, [*markers, *more])
        for (base, _, markers), more in zip(paragraphs, readings, strict=True)
    ]
    _fill_the_sequence(candidates, kept, style)
    return kept


def _readings(
    paragraphs: list[tuple[int, str, list[Found]]], kept: list[list[Found]], style: PageStyle
) -> list[list[Found]]:
    """Each paragraph's number readings as in_prose keeps them, or none where none can be
    taken: _new_in_place takes a reading only as the next entry after the highest one cited
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
    readings: list[list[Found]] = []
    for base, text, markers in paragraphs:
        if highest[bisect_left(places, base)] >= last:
            readings.append([])
            continue
        sure = [marker for marker in markers if marker.kind == SURE]
        readings.append(in_prose(text, with_spaced_rests(text, number_readings(text, sure))))
    return readings


def _fill_the_sequence(
    paragraphs: list[tuple[int, list[Found]]], kept: list[list[Found]], style: PageStyle
) -> None:
    """Take the reading of a number glued to a number ("in 20185.") that the page's order of
    first citations calls for: entries are numbered as they are first cited, so an entry
    not yet cited whose neighbours are first cited just before and just after this place is
    cited here. Readings that fit but name different new entries leave the token alone."""
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
        if not tokens:  # most paragraphs: nothing to work out
            kept[index].sort(key=lambda marker: marker.start)
            continue
        # A reading overlaps a citation when one starting before its end ends past its start
        # (the citations are read at the first question, before any reading is taken).
        later = (r.start for rs in tokens.values() for r in rs)
        ends = HighestBefore(((m.start, m.end) for m in kept[index]), later, -1)
        groups = list(tokens.values())
        heads = None
        if any(group[0].kind in SPACED_KINDS for group in groups):
            # In order of place, as each takes the next entries: a list's rest after the
            # number glued to a number before it ("the age of 12.124 … other.32 79 125").
            groups.sort(key=lambda group: group[0].start)
            heads = _Heads(markers, kept[index])
        dropped: set[int] = set()  # first numbers now read with their lists' rests
        for readings in groups:
            if heads is not None and readings[0].kind in SPACED_KINDS:
                taken = _rest_reading(readings, heads, first, cited, base, style)
                if taken is None:
                    continue
                head, chosen = taken
                whole = Found(  # one marker, as "1, 2" is: "adults.1 2"
                    head.start,
                    chosen.end,
                    f"{head.raw} {chosen.raw}",
                    head.numbers + chosen.numbers,
                    None,
                    head.bare,
                    head.kind,
                    head.word,
                )
                kept[index].append(whole)
                ends.put(chosen.start, whole.end)  # the head's own span is in already
                dropped.add(id(head))
                heads.cite(whole)
            else:
                if ends.before(readings[0].end) > readings[0].start:
                    continue  # read already, glued to a word or after a stop
                chosen = _fitting(readings, base, first, cited, style)
                if chosen is None:
                    continue
                kept[index].append(chosen)
                ends.put(chosen.start, chosen.end)
                if heads is not None:
                    heads.cite(chosen)
            for number in chosen.numbers:
                first[number] = min(first.get(number, base + chosen.start), base + chosen.start)
                cited.put(base + chosen.start, number)
        if dropped:
            kept[index] = [marker for marker in kept[index] if id(marker) not in dropped]
        kept[index].sort(key=lambda marker: marker.start)


def _fitting(
    readings: list[Found],
    base: int,
    first: dict[int, int],
    cited: HighestBefore,
    style: PageStyle,
) -> Found | None:
    """The reading of one token that the order of first citations calls for, if any."""
    # What each reading would cite first, worked out once: ``first`` holds still here.
    news = [(r, _new_in_place(r, base + r.start, first, cited, style)) for r in readings]
    fitting = [(r, new) for r, new in news if new]
    years = [(r, new) for r, new in fitting if YEAR.fullmatch(r.word)]
    fitting = years or fitting  # "19107,31,65.": by 1910, then 7,31,65
    if len({tuple(new) for _, new in fitting}) != 1:
        return None
    fits = [r for r, _ in fitting]
    # "H2O17,30,33" may be H2O and 17,30,33 or H2O1 and 7,30,33: the longer reading.
    return max(fits, key=lambda reading: reading.end - reading.start)


class _Heads:
    """The first numbers a paragraph's spaced lists may go on, by where they end, and the
    characters its citations cover: asked once for each list's rest, where a scan of the
    paragraph's citations for each made a paragraph of thousands of lists quadratic."""

    def __init__(self, candidates: list[Found], cited: list[Found]) -> None:
        self.readings: dict[int, list[Found]] = {}
        for marker in candidates:
            if marker.kind == NUMBER:
                self.readings.setdefault(marker.end, []).append(marker)
        self.cited: dict[int, Found] = {}
        self.covered: set[int] = set()
        for marker in cited:
            self.cite(marker)

    def cite(self, marker: Found) -> None:
        self.cited[marker.end] = marker
        self.covered.update(range(marker.start, marker.end))


def _rest_reading(
    readings: list[Found],
    heads: _Heads,
    first: dict[int, int],
    cited: HighestBefore,
    base: int,
    style: PageStyle,
) -> tuple[Found, Found] | None:
    """The first number and the rest of a spaced list, if the rest (``readings``, one rest
    read both after a glued word and as a number's token) is to be read here."""
    rest = readings[0]
    if not heads.covered.isdisjoint(range(rest.start, rest.end)):
        return None  # read already
    head = _spaced_head(rest, heads, first, base, style)
    if head is None:
        return None
    if rest.kind == SPACED_END and heads.cited.get(head.end) is head:
        return head, rest  # a sentence's citations, as "adults.1, 2"
    chosen = _fitting(readings, base, first, cited, style)
    return (head, chosen) if chosen is not None else None


def _spaced_head(
    rest: Found, heads: _Heads, first: dict[int, int], base: int, style: PageStyle
) -> Found | None:
    """The first number of the list a SPACED reading ``rest`` goes on, one space before it,
    when it is cited or re-cites entries cited before it, as a number's token whose order of
    first citations did not take it may ("falls1 14 21 22."). None when there is none, or
    ``rest`` names an entry past the list's end where the order decides ("weeks.3 4-12
    weeks": such a list stays within the list; a missing entry is told by its first number,
    or by a sentence's list, "adults.1 2 Next")."""
    if rest.kind == SPACED and style.largest is not None and max(rest.numbers) > style.largest:
        return None
    if not _plausible(rest, style):
        return None  # "adults.1 2 300 Next": far past the list, a quantity
    # A list of entries rises: "falls1 14 21", never "20.121 5".
    head = heads.cited.get(rest.start - 1)
    if head is not None:
        return head if head.numbers[-1] < rest.numbers[0] else None
    # A number that only re-cites is weak evidence: read on only after a word, a formula, a
    # bracket, a percentage or a year ("falls1 14", "in CO22 11-13.", "(p < 0.001)12 25",
    # "from 20041 44"), not after a number or a letter alone ("Figure 2.1 3 Results",
    # "Table S1 2 3").
    candidates = [
        marker
        for marker in heads.readings.get(rest.start - 1, [])
        if (_words_glued(marker.word) or YEAR.fullmatch(marker.word))
        and marker.numbers[-1] < rest.numbers[0]
        and _plausible(marker, style)
        and all(
            first.get(number, base + marker.start) < base + marker.start
            for number in marker.numbers
        )
    ]
    # One token's readings may name different heads ("infancy25 50": 25, or 5 after
    # "infancy2"): the longer, as for "H2O17,30,33".
    return min(candidates, key=lambda marker: marker.start, default=None)


def _words_glued(word: str) -> bool:
    """Whether what a number is glued to holds two letters, or is a bracket or a percentage."""
    return word[-1:] in ("%", ")") or sum(char.isalpha() for char in word) >= 2


def _new_in_place(
    marker: Found, where: int, first: dict[int, int], cited: HighestBefore, style: PageStyle
) -> list[int]:
    """The entries ``marker`` would cite first, if the order of first citations expects them
    at ``where``: a run of entries just above the highest cited before it (``cited``, each
    number put at each place ``first`` has held for it). Else []."""
    # A number is cited before ``where`` when its first citation stands before it. Most
    # readings name one number, cited before: told first.
    new = sorted(number for number in marker.numbers if first.get(number, where) >= where)
    if not new or new[-1] - new[0] >= len(new) or not _plausible(marker, style):
        return []
    # Only the very next: allowing one past it (to read swapped citations, "...88 ...87")
    # let quantities through on the benchmark's pages. The highest number cited before is
    # new[0] - 1 only if that number is cited before at all (asked first: most readings of
    # a decimal are far off), or is 0 and nothing is.
    previous = new[0] - 1
    if previous and first.get(previous, where) >= where:
        return []
    if cited.before(where) != previous:
        return []
    # It must start at an entry the list has: the order is evidence for an entry, not for a
    # missing one ("Stat4 was unchanged" after the last of three references is a gene). A run
    # may end past the list ("since 201670-74." with entry 74 missing is CL101's to report).
    if style.largest is not None and new[0] > style.largest:
        return []
    # A few, new or not: "aged 65-74" is no citation of 5-74, even where only 74 is new.
    return new if len(marker.numbers) <= LONGEST_GLUED else []


def _is_citation(marker: Found, style: PageStyle, names: Counter[str]) -> bool:
    if marker.kind == "sure":
        return True
    if not _plausible(marker, style):
        return False
    if marker.kind == BARE:
        return style.bare
    if marker.kind == GLUED:
        return True
    if marker.kind == WORD:
        return style.glued and (not marker.word or names[marker.word + marker.raw] < 2)
    if marker.kind == POWER:
        largest = style.largest
        if marker.word[-1:].isdigit():
            return True  # "in 2004⁴", "AUC 0.96⁵": no power, so a citation even if missing
        return largest is not None and max(marker.numbers) <= largest
    return False


def _plausible(marker: Found, style: PageStyle) -> bool:
    """Numbers an unsure marker could mean as entries: up to a little past the list's end."""
    if marker.kind == "sure":
        return True
    if style.largest is None:
        return max(marker.numbers) <= LARGEST_WITHOUT_LIST
    return max(marker.numbers) <= style.largest + max(PAST_THE_END, style.largest // 10)
