"""The words of text copied from a PDF as a reader reads them: a word the PDF broke at a line's
end with a hyphen ("cardio-" / "vascular") made whole again, and its ligatures ("ﬁ", "ﬂ")
written as letters, so that a claim's words meet the same words in an abstract."""

from __future__ import annotations

import re
from collections.abc import Iterator

from citelint.lazy_pattern import LazyPattern

# Unicode's Latin ligatures as a PDF copies them; each becomes its letters.
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
_LIGATURE = LazyPattern("[ﬀ-ﬆ]")

# Lower-case letters (ligatures among them), a hyphen ending the line, lower-case letters
# opening the next. A part glued to a digit, a capital or another hyphen ("28-" / "day",
# "COVID-" / "19", "anti-inflam-" / "matory") is left alone.
_BROKEN = LazyPattern(r"(?<![\w\-])([a-zﬀ-ﬆ]{2,})-[ \t]*\r?\n[ \t]*([a-zﬀ-ﬆ]{2,})(?![\w\-])")
_WORDS = LazyPattern(r"[a-z]+")
# Where a line ends on a hyphen. _BROKEN opens with a look behind, so a search for it tries
# every place of the page; this one opens with the hyphen, which the engine leaps to. (A
# flattened HTML page holds "---" lines, its thematic breaks: every such page was searched.)
_LINE_END_HYPHEN = LazyPattern(r"-[ \t]*\r?\n")
_LETTERS = "abcdefghijklmnopqrstuvwxyzﬀﬁﬂﬃﬄﬅﬆ"  # _BROKEN's [a-zﬀ-ﬆ]

# First parts of compounds written with a hyphen even when the joined word is seen elsewhere:
# "non-" / "inferiority" is "non-inferiority" to its writer.
_PREFIXES = frozenset(
    [
        "non",
        "anti",
        "pre",
        "post",
        "co",
        "self",
        "well",
        "beta",
        "alpha",
        "gamma",
        "all",
        "low",
        "high",
        "long",
        "short",
        "follow",
    ]
)
# "short-" / "and long-term": a hyphen left hanging before a conjunction.
_CONJUNCTIONS = frozenset(["and", "or", "nor", "to", "than", "versus", "vs"])
# Endings that stand as no word of their own: "hospital-" / "ization" is one word whatever the
# rest of the page holds.
_ENDINGS = LazyPattern(
    r"(?:i[sz]ations?|ations?|tions?|sions?|tors?|ments?|ness|ities|ity|ical|ically|ally"
    r"|i[sz]ed|i[sz]ing|ences?|ances?|ous|ive|ible)\Z"
)


def fold_ligatures(text: str) -> str:
    """``text`` with each ligature written as its letters ("conﬁdence" -> "confidence")."""
    if text.isascii() or not _LIGATURE.search(text):
        return text
    return text.translate(_LIGATURES)


def join_broken_words(text: str) -> str:
    """``text`` with each word a line's end broke by a hyphen joined, at the same offsets: the
    joined word is followed by as many spaces as the hyphen and line break took.

    A word is joined only when the page shows it whole elsewhere ("cardiovascular") or its
    second part is an ending no word is ("ization"); a compound ("beta-" / "blockers",
    "placebo-" / "controlled") keeps its hyphen, since joining it would lose both its words.
    """
    if "-\n" not in text and "-\r\n" not in text and "- \n" not in text:
        return text
    seen: set[str] | None = None
    pieces: list[str] = []
    cursor = 0
    for match in _broken_words(text):
        first, second = match[1], match[2]
        if first in _PREFIXES or second in _CONJUNCTIONS:
            continue
        joined = first + second
        if not _ENDINGS.match(second):
            if seen is None:  # the page's words, read once and only when needed
                seen = set(_WORDS.findall(fold_ligatures(text).lower()))
            if fold_ligatures(joined) not in seen:
                continue
        pieces += [
            text[cursor : match.start()],
            joined,
            " " * (match.end() - match.start() - len(joined)),
        ]
        cursor = match.end()
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


def _broken_words(text: str) -> Iterator[re.Match[str]]:
    """``_BROKEN.finditer(text)``'s matches, each tried only at a line ending on a hyphen:
    from the first of the letters before that hyphen, the one start its look behind allows
    (the letter before any later one is a letter, which it refuses)."""
    resume = 0  # where the last match ended: finditer tries no place before it
    for hyphen in _LINE_END_HYPHEN.finditer(text):
        start = hyphen.start()
        while start and text[start - 1] in _LETTERS:
            start -= 1
        if hyphen.start() - start < 2 or start < resume:
            continue  # fewer than two letters: no first part
        match = _BROKEN.match(text, start)
        if match is not None:
            resume = match.end()
            yield match
