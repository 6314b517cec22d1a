"""The page's order of first citations as evidence for an unsure reading: entries are numbered
as they are first cited, so a reading naming the next entry not yet cited, where it stands, is
what the order calls for ("in 20185." after entry 4 cites 5). citing._fill_the_sequence asks
it for the digits glued to a number, and spaced.rest_reading for the rest of a spaced list.
"""

from __future__ import annotations

from dataclasses import replace

from citelint.read.found import GLUED, NUMBER, SUPERSCRIPT_DIGITS, WORD, YEAR, Found
from citelint.read.highest_before import HighestBefore
from citelint.read.page_style import PageStyle, plausible

# A number glued to a number names at most this many entries ("20185-12" is no range).
LONGEST_GLUED = 10


def fitting_reading(
    readings: list[Found],
    base: int,
    first: dict[int, int],
    cited: HighestBefore,
    style: PageStyle,
) -> Found | None:
    """The reading of one token that the order of first citations calls for, if any."""
    # What each reading would cite first, worked out once: ``first`` holds still here.
    news = [(r, new_in_place(r, base + r.start, first, cited, style)) for r in readings]
    fitting = [(r, new) for r, new in news if new]
    years = [(r, new) for r, new in fitting if YEAR.fullmatch(r.word)]
    fitting = years or fitting  # "19107,31,65.": by 1910, then 7,31,65
    if len({tuple(new) for _, new in fitting}) != 1:
        return None
    fits = [r for r, _ in fitting]
    # "H2O17,30,33" may be H2O and 17,30,33 or H2O1 and 7,30,33: the longer reading.
    return max(fits, key=lambda reading: reading.end - reading.start)


def new_in_place(
    marker: Found, where: int, first: dict[int, int], cited: HighestBefore, style: PageStyle
) -> list[int]:
    """The entries ``marker`` would cite first, if the order of first citations expects them
    at ``where``: a run of entries just above the highest cited before it (``cited``, each
    number put at each place ``first`` has held for it). Else []."""
    # A number is cited before ``where`` when its first citation stands before it. Most
    # readings name one number, cited before: told first.
    new = sorted(number for number in marker.numbers if first.get(number, where) >= where)
    if not new or new[-1] - new[0] >= len(new) or not plausible(marker, style):
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


def split_superscript_runs(kept: list[list[Found]], style: PageStyle) -> None:
    """Read adjacent superscript digits past the list's end ("Both matter.¹²" with two
    entries) one by one where the order of first citations calls for it, as for a spaced
    list: each digit an entry cited before, or the next entries not yet cited, in rising
    order. Where that cannot be told the run is left unread rather than reported as a
    missing entry 12. A run naming an entry the list has, or with a digit 0 or past the list
    (a missing entry either way), is read as written. ``kept``: each paragraph's citations,
    in page order."""
    largest = style.largest
    # From ten entries on, "¹²" past the list names a missing entry as likely as two cited
    # ones: it is read as written (CL101's to report).
    if largest is None or largest >= _SHORT_LIST:
        return
    if not any(_run(m, largest) for markers in kept for m in markers):
        return  # most pages: asked once
    seen: set[int] = set()
    highest = 0
    for index, markers in enumerate(kept):
        read: list[Found] = []
        for marker in markers:
            taken = _split_run(marker, largest, seen, highest) if _run(marker, largest) else marker
            if taken is None:
                continue
            read.append(taken)
            seen.update(taken.numbers)
            highest = max([highest, *taken.numbers])
        kept[index] = read


def _run(marker: Found, largest: int) -> bool:
    """Whether ``marker`` is superscript digits side by side naming a number past the list,
    or such digits flattened after a sentence's stop (see glued_run)."""
    return (
        len(marker.numbers) == 1
        and marker.numbers[0] > largest
        and len(marker.raw) > 1
        and (
            all(char in SUPERSCRIPT_DIGITS for char in marker.raw)
            or (marker.kind == GLUED and marker.raw.isdigit())
        )
    )


def glued_run(marker: Found, largest: int | None) -> bool:
    """Whether digits glued after a sentence's stop, past a short list's end, may be its
    superscripts flattened by a copy ("... in older adults.12" citing 1 and 2 of five):
    rising digits, none 0, each an entry (hunt20: left unread, entries 1 and 2 were "never
    cited"). Read only where the order of first citations calls for them (_split_run); a
    number past a list's end after a stop is otherwise a quantity, not a missing entry."""
    if largest is None or largest >= _SHORT_LIST or not _run(marker, largest):
        return False
    digits = [int(char) for char in marker.raw]
    return 0 not in digits and max(digits) <= largest and digits == sorted(set(digits))


# Lists of this many entries or more read a run past their end as written (see below).
_SHORT_LIST = 10


def _split_run(marker: Found, largest: int, seen: set[int], highest: int) -> Found | None:
    """The run read digit by digit, the run as written, or None to leave it unread."""
    flattened = marker.kind == GLUED
    digits = [int(char) if flattened else SUPERSCRIPT_DIGITS.index(char) for char in marker.raw]
    if 0 in digits or max(digits) > largest:
        return None if flattened else marker
    if digits != sorted(set(digits)):
        return None  # "²¹", "¹¹": neither 21 nor a list that runs back is sure
    new = [digit for digit in digits if digit not in seen]
    if new and new != list(range(highest + 1, highest + 1 + len(new))):
        return None
    return replace(marker, numbers=digits, problem=None)


def percent_digits(marker: Found, style: PageStyle) -> Found | None:
    """Superscripts after a percentage that lost their comma as the page was copied, read
    digit by digit ("above 40%45" from 40%⁴,⁵ cites 4 and 5), for the order of first
    citations to take or leave (citing._fill_the_sequence): only where the page cites with
    flattened superscripts, the digits past the list's end, each an entry and rising. No
    number is written "40%45", and a number the list has ("40%12" of twelve) is read as
    written."""
    largest = style.largest
    if not style.glued or largest is None or marker.kind != NUMBER or marker.word != "%":
        return None
    raw = marker.raw
    if not raw.isdigit() or not 1 < len(raw) <= _PERCENT_DIGITS or int(raw) <= largest:
        return None
    digits = [int(char) for char in raw]
    if 0 in digits or max(digits) > largest or digits != sorted(set(digits)):
        return None
    return replace(marker, numbers=digits, problem=None)


# "40%456" is the most digits read one by one after a percentage.
_PERCENT_DIGITS = 3


def flattened_after_a_mark(text: str, markers: list[Found], style: PageStyle) -> list[Found]:
    """``markers`` (a paragraph's, in ``text``) with digits past a short list's end after a
    percentage's or a bracket's stop ("above 40%.45", "(HR 0.78).45", from 40%.⁴⁵: no number
    is written so) read as superscripts a copy flattened (GLUED): glued_run and the order of
    first citations split them or leave them unread (split_superscript_runs)."""
    largest = style.largest
    if not style.glued or largest is None or largest >= _SHORT_LIST:
        return markers
    if "%." not in text and ")." not in text:
        return markers  # most paragraphs
    return [
        replace(marker, kind=GLUED)
        if marker.kind == WORD
        and not marker.word
        and marker.raw.isdigit()
        and len(marker.raw) > 1
        and int(marker.raw) > largest
        and text[marker.start - 2 : marker.start] in ("%.", ").")
        else marker
        for marker in markers
    ]
