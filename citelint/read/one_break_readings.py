"""The best reading of a "Title. Journal" with one sentence break, read without scoring and
sorting every cut of it.

Most entries' text between their authors and their locus is a title, one stop and a
journal's name ("Sodium restriction in heart failure. Eur Heart J"). For such a text
``ranked_readings`` (title_readings.py) finds one break, scores two cuts (the whole text as a
title at -3, and the cut at the break) and sorts them: the best is the cut when its score
beats -3, else the whole text. That is told here from one match and one score. The other
readings are still built by ``ranked_readings`` itself, and only when first read
(BuiltWhenRead), so they are the same by construction.

Why the match gives ``breaks``' one break: the text holds none of the marks ``breaks`` looks
at (brackets, quotes, stops) but the one stop, which has one space after it and a capital
letter after that. No bracket or quote is open there, the break's end is right after the
space (one space, then no white space), and a capital never continues a sentence
(``break_doubt`` gives None only before a lower-case letter). The text starts and ends with no
white space, so ``splits``' own strip() leaves it as it is. The proof over corpora and
mutated entries is benchmarks/entry_equivalence.py and entry_paths.py.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reading, Reference
from citelint.read.readings import break_doubt, journal_likeness
from citelint.read.title_readings import (
    _NOTICE_INITIALS,
    choose_ranked,
    ranked_readings,
    split_notice,
    tidy,
)

# readings._MARKS, the characters breaks looks at, as a class.
_NO_MARK = r"[^()\[\]{}\"“”„.?!]"
_NO_MARK_NOR_SPACE = r"[^()\[\]{}\"“”„.?!\s]"
# Title, its stop, one space, then a journal opening with a capital; no white space first or last.
_ONE_BREAK = LazyPattern(
    rf"{_NO_MARK_NOR_SPACE}{_NO_MARK}*([.?!]) [A-Z](?:{_NO_MARK}*{_NO_MARK_NOR_SPACE})?"
)
_WHOLE_TEXT_SCORE = -3.0  # splits' score of the whole text read as a title


class LaterRankedReadings:
    """An entry's other readings, ranked and built only when first read: what
    ``ranked_readings(text, names, year, terse).build()`` gives."""

    __slots__ = ("names", "terse", "text", "year")

    def __init__(self, text: str, names: list[str], year: int | None, terse: bool) -> None:
        self.text = text
        self.names = names.copy()  # as ranked_readings keeps them: names as they are now
        self.year = year
        self.terse = terse

    def build(self) -> list[Reading]:
        return ranked_readings(self.text, self.names, self.year, self.terse).build()


def choose_readings(
    text: str, names: list[str], year: int | None, terse: bool, fields: Reference
) -> None:
    """``choose_ranked(ranked_readings(text, names, year, terse), fields)``."""
    best = _one_break_best(text) if names else None
    if best is None:
        choose_ranked(ranked_readings(text, names, year, terse), fields)
        return
    # What choose_ranked sets from the best Reading (its authors a list of ``names``), set
    # without making one.
    fields.title, fields.journal = best
    fields.authors = names.copy()
    fields.alternatives = LaterRankedReadings(text, names, year, terse)


def _one_break_best(text: str) -> tuple[str | None, str | None] | None:
    """The title and journal of the best reading of ranked_readings' text when it has one
    break and names are given (then neither a group nor a bare journal is a candidate); None
    for other texts."""
    text = text.strip(" .,;:")
    found = _ONE_BREAK.fullmatch(text)
    if found is None:
        return None
    if text[:1] in _NOTICE_INITIALS and split_notice(text)[0] is not None:
        return None  # "Erratum in: Title. J": a notice's readings
    stop = found.start(1)
    journal = text[stop + 2 :]
    doubt = break_doubt(text, stop, found[1], stop + 2)
    if doubt is None:  # never: _ONE_BREAK puts a capital after the break
        return None
    score = journal_likeness(journal) - doubt
    # The sort is stable, and the whole text comes first: it stays first on a tie.
    if score > _WHOLE_TEXT_SCORE:
        title, journal_read = text[: stop + 1], journal
    else:
        title, journal_read = text, ""
    return tidy(title), tidy(journal_read)
