"""Bylines among a paragraph's numbers in parentheses: "Maya Goldberg (1), Ravi Subramanian
(2), Elena Kowalczyk (1,3)" numbers affiliations, not citations (see ``parenthesised``)."""

from __future__ import annotations

from bisect import bisect_left

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import CAPITALS_NAME, DEGREES, NAME, Found, words
from citelint.read.prose_candidates import TAG, without_tags

_WORD = LazyPattern(r"[^\W\d_]{2,}")
_NAME_WORDS = frozenset(words("and de van von der den da di du le la"))
# A name, or a degree after it, before an affiliation's number: "Maya Goldberg (1)", "Hana
# Okafor, MD, PhD (1)".
_NAME_BEFORE = LazyPattern(rf"(?:{NAME}|{CAPITALS_NAME}|(?<![^\W\d_])(?:{DEGREES}))[ \u00a0]?\Z")
# How far before a number the name is looked for: the longest name in capitals and a space.
_NAME_WINDOW = 80


def without_bylines(text: str, sure: list[Found], starts: list[int]) -> list[Found]:
    """The candidates less those of a byline, whose numbers in parentheses name affiliations:
    a line with no sentence break in which two or more follow a name, "Maya Goldberg (1),
    Ravi Subramanian (2), Elena Kowalczyk (1,3)". ``starts`` are where every number in
    parentheses of ``text`` starts, in order: the first of a byline's counts though it is no
    candidate ("Maya Goldberg (1)" has too few words before it), and a byline of two authors,
    "Maya Goldberg (1), Ravi Subramanian (2)", has one candidate, its "(2)"."""
    if not sure:
        return sure
    lines: dict[int, list[Found]] = {}
    for marker in sure:
        lines.setdefault(text.rfind("\n", 0, marker.start) + 1, []).append(marker)
    dropped: set[int] = set()
    for start, on_line in lines.items():
        end = text.find("\n", start)
        end = end if end >= 0 else len(text)
        if not all(_named_before(text, start, m.start) for m in on_line):
            continue
        if len(on_line) < 2 and not _named_numbers(text, (start, end), on_line[0].start, starts):
            continue
        line = text[start:end]
        # Prose is told at its first word in lower case: "from the United States (15)".
        if all(word[0].isupper() or word in _NAME_WORDS for word in _WORD.findall(line)):
            dropped.update(id(marker) for marker in on_line)
    return [marker for marker in sure if id(marker) not in dropped] if dropped else sure


def _named_numbers(text: str, line: tuple[int, int], candidate: int, starts: list[int]) -> bool:
    """Whether the line (its start and end) holds a number in parentheses after a name other
    than its one candidate, at ``candidate``."""
    on_line = starts[bisect_left(starts, line[0]) : bisect_left(starts, line[1])]
    return any(at != candidate and _named_before(text, line[0], at) for at in on_line)


def _named_before(text: str, line_start: int, at: int) -> bool:
    """Whether a name or a degree ends right before ``at`` (a space between them or not)."""
    return _NAME_BEFORE.search(text, max(line_start, at - _NAME_WINDOW), at) is not None


# A name alone before an affiliation's mark, as a byline sets each author: "Maria Okafor",
# "Lucía Fernández-Ortega", "Pieter van den Berg", "Ana M. Ruiz". Two to five words, each
# capitalised but for a particle; no digit.
_PARTICLE = r"(?:(?:van|von|de|den|der|da|di|du|dos|del|la|le|y)[ \t]+)*"
# A name's word: an initial, or a capital and letters ending in a small one ("McDonald",
# "Fernández-Ortega", "O'Neil"): no acronym ("DAPA HF", "EMPEROR Reduced").
_NAME_WORD = r"[A-Z](?:[^\W\d_]*[^\W\d_A-Z])?(?:['’][A-Z][^\W\d_]*[^\W\d_A-Z])?\.?"
_PERSON = LazyPattern(
    rf"[ \t]*{_PARTICLE}{_NAME_WORD}(?:(?:[ \t]+|-){_PARTICLE}{_NAME_WORD}){{1,4}}[ \t]*"
)
# A name's words, its particles counted ("Pieter van den Berg").
_MOST_NAME_WORDS = 8
# A byline names two authors or more: one name's mark may be a title's note.
_FEWEST_AUTHORS = 2
# A sentence of prose: this many lowercase words. The head above it holds no claim.
_PROSE_WORDS = 8
_STOP = LazyPattern(r"[^\W\d_)\]%][.!?](?:\s|\Z)")
_LOWER_WORD = LazyPattern(r"(?<![\w<])[a-z][a-z'’-]+\b")


def without_head_bylines(texts: list[str], cited: list[list[Found]]) -> list[list[Found]]:
    """The paragraphs' citations less a byline's marks above the page's first sentence of
    prose: a superscript or digits glued to an author's name alone on its line ("Maria
    Okafor<sup>1,2</sup>" on Wiley's and eLife's pages, "Maria Okafor1,2" copied from them)
    number affiliations, not entries (user28b P1-5). A mark in brackets stays a citation."""
    kept = list(cited)
    dropped = judged = 0  # the paragraphs before ``judged`` hold no prose
    for index, (text, markers) in enumerate(zip(texts, cited, strict=True)):
        if not markers:
            continue
        byline = [marker for marker in markers if _after_a_name_alone(text, marker)]
        if not byline or any(map(_prose, texts[judged : index + 1])):
            break  # the body has begun: its marks stay
        judged = index + 1
        kept[index] = [marker for marker in markers if marker not in byline]
        dropped += len(byline)
    return kept if dropped >= _FEWEST_AUTHORS else cited


def _prose(text: str) -> bool:
    """Whether a paragraph holds a sentence: a stop and enough words in lower case (a
    title has the words and no stop)."""
    words = without_tags(text)
    return _STOP.search(words) is not None and len(_LOWER_WORD.findall(words)) >= _PROSE_WORDS


def _after_a_name_alone(text: str, marker: Found) -> bool:
    """Whether ``marker``, raised or glued digits, ends its line right after a name alone."""
    raw = marker.raw
    if not (raw[:1].isdigit() or raw.lower().startswith("<sup")):
        return False
    end = text.find("\n", marker.end)
    if text[marker.end : end if end >= 0 else len(text)].strip():
        return False
    start = text.rfind("\n", 0, marker.start) + 1
    name = text[start : marker.start]
    if "<" in name:
        name = TAG.sub("", name)
    # Told by its words before the pattern, which most pages then need not compile.
    words = name.split()
    if not 2 <= len(words) <= _MOST_NAME_WORDS or not words[0][:1].isupper():
        return False
    return _PERSON.fullmatch(name) is not None
