"""Citation lists whose numbers a space alone separates, as the BMJ sets its superscripts:
each number a link of its own, a space between them ("<sup><a>1</a> <a>2</a></sup>"). Copied
as text they read "... in older adults.1 2 Supervised exercise ...".

Such a list in a superscript is a list by its syntax. In copied text only its first number
is glued to what stands before it; the rest looks as prose does ("weeks.1 2 patients"), so it
is offered as a reading (with_spaced_rests) that citing.py takes only after a citation, and
there only where the page's order of first citations calls for it, or where the list stands
between a sentence's stop and the next sentence ("adults.1 2 Supervised"): rest_reading
decides, for each rest in turn, on the first numbers SpacedHeads keeps for a paragraph.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.first_citations import fitting_reading
from citelint.read.found import (
    GLUED,
    NUMBER,
    SPACED,
    SPACED_END,
    SPACED_STOP,
    WORD,
    YEAR,
    Found,
    read_numbers,
    words,
)
from citelint.read.highest_before import HighestBefore
from citelint.read.page_style import PageStyle, plausible

LIST_ITEM = r"\d{1,3}(?:[-–]\d{1,3})?"  # "5", "6-8"
_ONE_ITEM = LazyPattern(LIST_ITEM)
# The rest of a list after its first number: all of it, never a number's first digits ("1
# 2.5 mg", "1 2 3.5" are no list).
_LONGEST = 30  # items after the first: longer runs of numbers are a table's, and so the
# pattern stays bounded (every number of "12 12 12 ..." is tried as a list's first)
_REST = LazyPattern(
    rf" ({LIST_ITEM}(?: {LIST_ITEM}){{0,{_LONGEST - 1}}})(?! ?\d)(?=[.,;:]?(?:\s|\Z))"
)
# ... and no quantity: "adults.1 2 mg aspirin", "weeks,1 2 days later", "adults.1 2 patients
# withdrew" (a number then a plural noun counts).
_WORD_AFTER = LazyPattern(r"[.,;:]?[ \t]+([^\W\d_]+)")
QUANTITY_WORDS = frozenset(
    words(
        "mg g kg µg μg ug mcg ng pg ml l dl µl μl fl mmol µmol μmol umol nmol pmol mol meq "
        "mm cm m km nm µm μm um h hr hrs min s sec seconds minutes hours days weeks months "
        "years times units iu u mu gy cgy mgy sv msv µsv μsv hz khz mhz ghz pa kpa mpa "
        "mmhg cmh kda bq kbq mbq gbq mci kcal cal kj mosm rpm bpm kb mb gb bp kbp "
        "million billion thousand hundred percent fold x "
        "patients participants people adults children women men cases deaths events "
        "studies trials groups arms sites centres centers practices doses tablets visits"
    )
)
# Units written with a capital, which no sentence starts with: "adults.1 5 Gy was the dose"
# is a dose of 5 Gy, not citations 1 and 5 before the sentence "Gy was ...". Told by case,
# as "Pa" or "Da" in lower case may be words.
CAPITALISED_UNITS = frozenset(words("Gy Sv Hz Pa Bq Ci Kg Tesla Million Billion Thousand Hundred"))
# A sign of a quantity standing after a space: "adults.1 37 °C", "adults.1 2 × 10".
_QUANTITY_SIGN = LazyPattern(r"[.,;:]?[ \t]+[°%‰×]")
# In a superscript, "1 2 5-7"; "^1\\ 2^" once pandoc writes it in Markdown.
_SPACE = r"(?:\\ |\s)+"
_SPACED_ITEMS = LazyPattern(rf"{LIST_ITEM}(?:{_SPACE}{LIST_ITEM})+")
_SPACES = LazyPattern(_SPACE)
_UNESCAPED_SPACE = LazyPattern(r"(?<!\\)\s")
# The next sentence, or the paragraph's or line's end, right after a list.
_SENTENCE_NEXT = LazyPattern(r"[ \t]*(?:\Z|\n)|[ \t]+[A-Z][a-z]")
# A full stop ending the sentence right after a list: "in H2O22 47. Obesity".
_STOP_NEXT = LazyPattern(r"\.(?:[ \t]*(?:\Z|\n)|[ \t]+[A-Z][a-z])")


def spaced_as_listed(content: str) -> str:
    """A superscript's numbers that a space alone separates, "1 2 5-7", as the list "1,2,5-7"
    (anything else as it is: a marker that cannot be read is CL106's)."""
    if " " not in content or not _SPACED_ITEMS.fullmatch(content):
        return content
    return _SPACES.sub(",", content)


def caret_as_listed(content: str) -> str:
    """A pandoc superscript's numbers that an escaped space separates, "^1\\ 2^", as the list
    "1,2". Pandoc reads a caret's text as a superscript only where its spaces are escaped: in
    "2^3 4^5 cells" the carets are two powers, not a list 3 4."""
    if _UNESCAPED_SPACE.search(content):
        return content
    return spaced_as_listed(content)


def spaced_rest(text: str, at: int) -> re.Match[str] | None:
    """The rest of a list a space alone separates, at ``at`` (its group 1 without the space
    before it), unless a quantity's unit follows: "adults.1 2 mg aspirin"."""
    rest = _REST.match(text, at)
    if rest is None:
        return None
    after = _WORD_AFTER.match(text, rest.end())
    if after is None:
        return None if _QUANTITY_SIGN.match(text, rest.end()) else rest
    return None if names_a_unit(after[1]) else rest


def names_a_unit(word: str) -> bool:
    """Whether the word after a number is its unit or what it counts ("5 Gy", "16 months"),
    not the next sentence's first word ("adults.1 2 Adults aged 60")."""
    return word in CAPITALISED_UNITS or (not word.istitle() and word.lower() in QUANTITY_WORDS)


def rising_numbers(spaced: str) -> list[int] | None:
    """The numbers of a list a space alone separates ("1 2 5", "3 7-9"), or None where they
    are no list of entries: unreadable, or not rising, as a page's lists of entries do."""
    read = read_numbers(spaced.replace(" ", ","))
    if read is None or read[1] is not None or read[0] != sorted(set(read[0])):
        return None
    return read[0]


def with_spaced_rests(text: str, heads: list[Found]) -> list[Found]:
    """``heads`` with a SPACED reading of the rest of each list that a space alone separates
    ("adults.1 2 Supervised", "by 1229 30."): after a glued number, where the rest rises as
    lists of entries do. Readings of one token end together: their rest is read once."""
    rests: list[Found] = []
    places: set[int] = set()
    for head in heads:
        # Most glued numbers end a list or stand alone: told by the next two characters.
        if not (text.startswith(" ", head.end) and text[head.end + 1 : head.end + 2].isdigit()):
            continue
        if head.kind not in (GLUED, WORD, NUMBER) or not _ONE_ITEM.fullmatch(head.raw):
            continue
        rest = spaced_rest(text, head.end)
        if rest is None or rest.start(1) in places:
            continue
        places.add(rest.start(1))
        numbers = rising_numbers(rest[1])
        if numbers is None:
            continue  # "12.1 3 2": no list of entries runs backwards
        # "adults.1 2 Supervised": a sentence's citations, as sure as their first number.
        ends = head.kind == GLUED and _SENTENCE_NEXT.match(text, rest.end(1))
        stops = head.kind == NUMBER and _STOP_NEXT.match(text, rest.end(1))
        kind = SPACED_END if ends else SPACED_STOP if stops else SPACED
        rests.append(Found(rest.start(1), rest.end(1), rest[1], numbers, None, False, kind))
    if not rests:
        return heads
    return sorted(heads + rests, key=lambda marker: marker.start)


def starts_a_list(text: str, begin: int, end: int) -> bool:
    """Whether the number token at ``begin:end`` is glued to the first number of a list a
    space alone separates: a rest of the list follows, and no number and space before it."""
    if not text.startswith(" ", end) or spaced_rest(text, end) is None:
        return False
    return not (text[begin - 1 : begin] == " " and text[begin - 2 : begin - 1].isdigit())


class SpacedHeads:
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


def rest_reading(
    readings: list[Found],
    heads: SpacedHeads,
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
    chosen = fitting_reading(readings, base, first, cited, style)
    if chosen is None and rest.kind == SPACED_STOP and _re_cites(rest, first, base):
        # "in H2O22 47.": a flattened superscript citing again entries cited before, as
        # its head does (_spaced_head); the order of first citations, which calls only for
        # new entries, never takes it, and an entry missing from the list went untold.
        chosen = rest
    return (head, chosen) if chosen is not None else None


def _re_cites(rest: Found, first: dict[int, int], base: int) -> bool:
    """Whether every number of ``rest`` was cited before it."""
    place = base + rest.start
    return all(first.get(number, place) < place for number in rest.numbers)


def _spaced_head(
    rest: Found, heads: SpacedHeads, first: dict[int, int], base: int, style: PageStyle
) -> Found | None:
    """The first number of the list a SPACED reading ``rest`` goes on, one space before it,
    when it is cited or re-cites entries cited before it, as a number's token whose order of
    first citations did not take it may ("falls1 14 21 22."). None when there is none, or
    ``rest`` names an entry past the list's end where the order decides ("weeks.3 4-12
    weeks": such a list stays within the list; a missing entry is told by its first number,
    or by a sentence's list, "adults.1 2 Next")."""
    past = style.largest is not None and max(rest.numbers) > style.largest
    if rest.kind != SPACED_END and past:
        return None
    if not plausible(rest, style):
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
        and plausible(marker, style)
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
