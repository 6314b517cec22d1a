"""In-text citation markers: finding them in a paragraph and reading their numbers.

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Between superscript digits a dash makes a range and a comma, or the modifier letters set
# as superscript commas ("²˒³"), a list.
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS + "⁻˒⸴", "0123456789-,,")

# Citation numbers above this are years, sample sizes or page numbers, not citations.
LARGEST_CITATION = 999
# A longer range is a typo (e.g. "1-300"), not a citation of three hundred references.
LONGEST_RANGE = 200

# What a marker looks like when its author meant it as a citation but got the syntax wrong.
_CITATION_CHARACTERS = re.compile(r"[\d\s,;\-–—]*\d[\d\s,;\-–—]*")
_SEPARATOR = re.compile(r"\s*[,;]\s*")
_RANGE = re.compile(r"(\d+)\s*[-–—]\s*(\d+)")

_MARKER = re.compile(
    r"\[\^(?P<footnote>[^\]\s]{1,20})\]"
    r"|\[(?P<bracket>[^\[\]\n]{1,60})\]"
    # Publishers split one list over several tags: "<sup>1,</sup><sup>3</sup>".
    r"|(?P<sup><sup\b[^>\n]{0,200}>[^\n]{0,200}?</sup\s*>"
    r"(?:[ ,;]{0,3}<sup\b[^>\n]{0,200}>[^\n]{0,200}?</sup\s*>){0,20})"
    r"|\^(?P<caret>[^\^\s][^\^\n]{0,40})\^"
    rf"|(?P<unicode>[{SUPERSCRIPT_DIGITS}]+(?:[,˒⸴⁻–\- ]?[{SUPERSCRIPT_DIGITS}]+)*)",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^<>\n]{0,200}>")
_SUP = re.compile(r"<sup\b[^>\n]{0,200}>([^\n]{0,200}?)</sup\s*>", re.IGNORECASE)

# A bare number after the end of a sentence: "... period. 2" or "... concern. 1, 3", also
# at the end of a line when the next line starts a sentence of its own.
_BARE_ITEM = r"\d{1,3}(?:[-–]\d{1,3})?"
_BARE = re.compile(
    r"(?P<stop>[.!?][\"”’')\]]{0,2})(?:[ \t]+\n?|\n)[ \t]*"
    rf"(?P<numbers>{_BARE_ITEM}(?:,[ \t]*{_BARE_ITEM})*)"
    # ... then the paragraph's end, the next sentence, or the next line's sentence.
    r"(?=[ \t]*\Z|[ \t]+[A-Z“\"(]|[ \t]*\n[ \t]*[A-Z“\"(])"
)
# Superscripts flattened by copying a page: "... disease.1,2" (a word, its stop, the numbers).
_GLUED = re.compile(rf"(?P<stop>[.!?][\"”’']?)(?P<numbers>{_BARE_ITEM}(?:,{_BARE_ITEM})*)(?=\s|\Z)")
_WORD_END = re.compile(r"(?:[^\W\d_]{2}|[^\W\d_]\))\Z")
# Words that end with a period without ending a sentence: "Fig. 2", "vs. 3", "et al. 4".
ABBREVIATIONS = frozenset(
    [
        "al",
        "fig",
        "figs",
        "no",
        "nos",
        "vs",
        "v",
        "ref",
        "refs",
        "vol",
        "vols",
        "pp",
        "p",
        "ch",
        "chap",
        "eq",
        "eqs",
        "sec",
        "tab",
        "approx",
        "ca",
        "cf",
        "e.g",
        "i.e",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
    ]
)
_LAST_WORD = re.compile(r"([\w.]+)\Z")
# A superscript straight after a digit or a one- or two-letter unit is an exponent: 10⁹, m², r².
_EXPONENT_BASE = re.compile(r"(?:\d|(?:^|[^\w])[^\W\d_]{1,2})\Z")


@dataclass
class Found:
    """A marker inside a piece of text: its span, its numbers, and what is wrong with it."""

    start: int
    end: int
    raw: str
    numbers: list[int]
    problem: str | None = None
    bare: bool = False  # a number standing alone after a sentence, as web pages print them


def read_numbers(content: str) -> tuple[list[int], str | None] | None:
    """The numbers a marker's content names, and why it is malformed; None if not a citation.

    "1, 3-5" gives ([1, 3, 4, 5], None); "5-2" gives ([5, 2], "the range 5-2 runs backwards");
    "Table 1" gives None. Zero and numbers above LARGEST_CITATION mean it is not a citation
    (an interval "[0, 1]", a year "[2019]").
    """
    text = content.strip()
    if not _CITATION_CHARACTERS.fullmatch(text):
        return None
    numbers: list[int] = []
    problem: str | None = None
    for part in _SEPARATOR.split(text):
        span = _RANGE.fullmatch(part)
        if span:
            first, last = int(span[1]), int(span[2])
            if first > last:
                numbers += [first, last]
                problem = problem or f"the range {first}-{last} runs backwards"
            elif last - first > LONGEST_RANGE:
                numbers += [first, last]
                problem = problem or f"the range {first}-{last} is implausibly long"
            else:
                numbers += range(first, last + 1)
        elif part.isdigit():
            numbers.append(int(part))
        else:
            numbers += [int(n) for n in re.findall(r"\d+", part)]
            what = f"'{part}' is not a number or a range" if part else "an item is empty"
            problem = problem or what
    if not numbers or min(numbers) == 0 or max(numbers) > LARGEST_CITATION:
        return None
    return numbers, problem


def find_markers(text: str, bare: bool = True) -> list[Found]:
    """Every citation marker in ``text`` (one paragraph or bullet), in order of position."""
    found: list[Found] = []
    last_end = -1
    for match in _MARKER.finditer(text):
        marker = _read_marker(text, match, last_end)
        if marker is not None:
            found.append(marker)
            last_end = marker.end
    if bare:
        found += _bare_numbers(text, found)
        found.sort(key=lambda marker: marker.start)
    return found


def _read_marker(text: str, match: re.Match[str], last_end: int) -> Found | None:
    start, end = match.span()
    kind = match.lastgroup
    content = match[kind or 0]
    if kind == "footnote":
        if not content.isdigit():
            return None
        if end < len(text) and text[end] == ":":  # a footnote definition, not a reference
            return None
    elif kind == "bracket":
        following = text[end : end + 1]
        if following == "(":
            # "[2](#ref-2)" cites through an in-page link; "[see](https://...)" is just a link.
            if not text.startswith("(#", end):
                return None
        elif following == ":":  # a link definition "[1]: https://..."
            return None
        if start > 0 and text[start - 1] == "]" and last_end != start:
            return None  # "[text][1]": a Markdown reference link
        if start > 0 and text[start - 1] == "!":
            return None
    elif kind == "sup":
        content = _superscript_list(content)
        if _EXPONENT_BASE.search(text[max(0, start - 4) : start]):
            return None
    elif kind == "caret":
        if _EXPONENT_BASE.search(text[max(0, start - 4) : start]):
            return None
    elif kind == "unicode":
        if _EXPONENT_BASE.search(text[max(0, start - 4) : start]):
            return None
        content = content.translate(_FROM_SUPERSCRIPT).replace(" ", ",")
    read = read_numbers(content)
    if read is None:
        return None
    numbers, problem = read
    return Found(start, end, match[0], numbers, problem)


def _superscript_list(run: str) -> str:
    """The numbers of a run of adjacent ``<sup>`` tags as one list.

    "<sup>1,</sup><sup>3</sup>" and "<sup>1</sup> <sup>3</sup>" give "1,3";
    "<sup>1-</sup><sup>3</sup>" gives "1-3".
    """
    joiners = (",", ";", "-", "–", "—")
    joined = ""
    for tag in _SUP.finditer(run):
        content = _TAG.sub("", tag[1]).strip()
        if content.startswith("[") and content.endswith("]"):
            content = content[1:-1].strip()
        if joined and not joined.endswith(joiners) and not content.startswith(joiners):
            joined += ","
        joined += content
    return joined


def _bare_numbers(text: str, taken: list[Found]) -> list[Found]:
    found: list[Found] = []
    candidates = [(match, True) for match in _BARE.finditer(text)]
    candidates += [(match, False) for match in _GLUED.finditer(text)]
    taken_starts = [marker.start for marker in taken]
    for match, bare in candidates:
        start, end = match.span("numbers")
        index = bisect_left(taken_starts, start)
        nearby = taken[max(0, index - 1) : index + 1]
        if any(marker.start < end and start < marker.end for marker in nearby):
            continue
        before = text[max(0, match.start("stop") - 200) : match.start("stop")]
        word = _LAST_WORD.search(before[-12:])
        if match["stop"].startswith(".") and word and is_abbreviation(word[1]):
            continue
        if not bare and not _WORD_END.search(before[-2:]):
            continue  # "0.05.2" or "U.S.3": no word ends there
        if not bare and any(mark in _last_token(before) for mark in "/@="):
            continue  # "example.org/page.1" is an address, not a sentence
        read = read_numbers(match["numbers"])
        if read is None:
            continue
        numbers, problem = read
        found.append(Found(start, end, match["numbers"], numbers, problem, bare=bare))
    return found


def _last_token(text: str) -> str:
    tokens = text.rsplit(None, 1)
    return tokens[-1] if tokens else ""


def is_abbreviation(word: str) -> bool:
    """True for "Fig", "et al", "vs" and initials such as "J" in "Smith J. 2"."""
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    return word.lower() in ABBREVIATIONS
