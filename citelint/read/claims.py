"""Cutting a paragraph or bullet into claims: the sentences that carry citation markers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from citelint.lazy_pattern import LazyPattern
from citelint.models import Claim, Marker
from citelint.read.char_kinds import ascii_kinds, sentence_end
from citelint.read.found import ABBREVIATIONS
from citelint.read.line_paragraphs import line_sentence_ends
from citelint.read.markers import Found, is_abbreviation

Locate = Callable[[int], tuple[int, int]]  # text offset -> (line, column), both 1-based

# Led by the stop's class, which the regex engine skips to (two branches each opening with
# it were tried at every character).
_SENTENCE_END = LazyPattern(r"[.!?](?:(?=\s)|[\"”’')\]]+(?=\s))")
_LINK = LazyPattern(r"\[([^\[\]\n]{0,300})\]\([^()\s]{0,500}\)")
_IN_PAGE_TARGET = LazyPattern(r"\(#[^()\s]{0,200}\)")
_EMPTIED_BRACKETS = LazyPattern(r"\[[\s,;]{0,20}\]|\([\s,;]{0,20}\)")
_NON_SPACE = LazyPattern(r"\S")
# Between a sentence's stop and a marker that belongs to it: spaces, or a table's cell
# border ("| LDL fell by 40%. | [2] |": the "Ref" cell cites the sentence before it).
_NOT_BETWEEN = LazyPattern(r"[^\s|]")
_EMPTY_CELLS = LazyPattern(r";(?: ?;)+")
_LAST_WORD = LazyPattern(r"([\w.]+)\Z")
_UNIT_HEAD = LazyPattern(r"\d\s?[^\W\d_]{0,6}/\Z")
_WORD_CHAR = LazyPattern(r"\w")
# SIGN's levels of evidence alone on a line (others, "Ia", "B", name no study's number).
_EVIDENCE_LEVEL = LazyPattern(r"(?:[12](?:\+\+|\+|-)|[34])[ \t]*\n")
# A space before one of these is dropped (" ." -> "."); a deletion joins the character
# before the space to the mark, so it never makes another space-and-mark pair, and each mark
# is replaced on its own (a substitution with a template called Python for every match).
_SPACED_MARKS = tuple((" " + mark, mark) for mark in ".,;:!?")
_SYNTAX_MARK = LazyPattern(r"[*_`<>]")
ABBREVIATION_LENGTH = max(map(len, ABBREVIATIONS))
# A tag opens with a letter, "/" or "!": "<0.6 mmol/L and pH >7.3" holds none (user19).
_SYNTAX = LazyPattern(r"\*\*|__|`|<[A-Za-z/!][^<>\n]{0,200}>|^\s*>\s?", re.MULTILINE)


def build_claims(
    text: str,
    base: int,
    markers: list[Found],
    locate: Locate,
    words: str | None = None,
    head: list[str] | None = None,
) -> list[Claim]:
    """Claims of one paragraph ``text`` (found at offset ``base``), with their markers.

    ``words`` is the paragraph as the claims should read, at ``text``'s offsets (Markdown
    shows inline code there that ``text`` hides); it is ``text`` when not given. ``head``:
    the column heads of the table ``text`` is a row of, when it is one.

    A marker belongs to the sentence it sits in, or to the sentence it follows ("... end. 2").
    A bare number after the last sentence of a paragraph or bullet covers every sentence since
    the previous claim, because pages copied from the web put one citation after a whole bullet.
    """
    if not markers:
        return []
    if _one_table_row(text):
        # A table's row is one claim, its cells kept apart: a cell's closing stop ("... with
        # or without diabetes. | I | A | [3,4] |") left the row's claim only its class and
        # level. The row's own number ("| 2.1 |") is no part of what it claims (CL301).
        label = _ROW_NUMBER.match(text)
        own_cell = label is not None and label[0][-1] == "|"
        start = label.end() - 1 if label and own_cell else 0
        end = max(len(text), markers[-1].end)
        words = words or text
        if label and not own_cell:  # "| 2.1 Clinic target ...": blanked, the cells kept
            words = blank_spans(words, [(label.start("number"), label.end())])
        if head:
            start, end, words = _by_columns(text, words, head, markers, (start, end))
        return [_claim(text, words, base, start, end, markers, markers, locate)]
    ends = _sentence_ends(text, markers)
    starts = [marker.start for marker in markers]
    tail = _tail(text, markers)
    groups: dict[int, list[Found]] = {}
    for marker in markers:
        anchor = marker.start if _in_text(marker) else _last_word_before(text, marker)
        groups.setdefault(bisect_right(ends, anchor), []).append(marker)
    claims: list[Claim] = []
    previous_end = 0
    for sentence, owned in sorted(groups.items()):
        start = ends[sentence - 1] if sentence > 0 else 0
        end = ends[sentence] if sentence < len(ends) else len(text)
        last = owned[-1]
        if last.bare and last.start >= tail and _after_stop(text, last):
            start = previous_end
        end = max(end, owned[-1].end)
        inside = markers[bisect_left(starts, start) : bisect_left(starts, end)]
        claims.append(_claim(text, words or text, base, start, end, owned, inside, locate))
        previous_end = end
    return claims


# A row's number in a first cell of its own: "| 2.1 |", "| 3. |", "| 12 |"; or opening the
# first cell before its recommendation's first word: "| 2.1 Clinic target below ... |".
_ROW_NUMBER = LazyPattern(
    r"\s*\|\s*(?P<number>\d{1,2}(?:\.\d{1,2}){0,3}\.?)(?:\s*\||[ \t]+(?=[A-Z]))"
)


def _by_columns(
    text: str, words: str, head: list[str], markers: list[Found], span: tuple[int, int]
) -> tuple[int, int, str]:
    """A table row's claim as its column heads tell it: the "Rationale" cell alone when it
    holds the row's citations, and without the levels and grades under their heads (no
    number the paper states)."""
    # Imported here: most pages have no table whose rows cite.
    from citelint.read.table_columns import level_cells, reason_cell

    start, end = span
    reason = reason_cell(text, head, [(marker.start, marker.end) for marker in markers])
    if reason is not None:
        start, end = reason
    levels = level_cells(text, head)
    return start, end, blank_spans(words, levels) if levels else words


def _one_table_row(text: str) -> bool:
    """Whether a paragraph is one row of a Markdown table ("| 2.1 | Start ... | I | A |")."""
    row = text.strip()
    return row[:1] == "|" and row[-1:] == "|" and "\n" not in row


def marker_claims(base: int, markers: list[Found], locate: Locate) -> list[Claim]:
    """A paragraph's markers as one claim without text, for runs that need no claim's words."""
    if not markers:
        return []
    found = [Marker(m.numbers, *locate(base + m.start), m.raw, m.problem) for m in markers]
    return [Claim("", found[0].line, found[0].column, found)]


def _sentence_ends(text: str, markers: list[Found]) -> list[int]:
    kinds = ascii_kinds(text)
    matches = _SENTENCE_END.finditer(text) if kinds is None else sentence_end().finditer(kinds)
    stops = [match.end() for match in matches]
    # "... period.[2] Next" ends a sentence too, though no space follows the period.
    stops += [m.start for m in markers if m.start > 0 and text[m.start - 1] in ".!?"]
    # A note exported with no blank lines: its labels and lines ending in a citation. Their
    # ends stand whatever the stop before them closes ("... as in Fig." then "Plan: ...").
    line_ends = line_sentence_ends(text) if "\n" in text else []
    if ("\t" in text or " | " in text) and "\n" in text:
        line_ends += _row_ends(text)
    stops += line_ends
    line_stops = set(line_ends)  # asked of every stop: a long note has many
    ends: list[int] = []
    for stop in sorted(set(stops)):
        if (
            text[stop - 1] == "."
            and _may_close_abbreviation(text, stop - 1)
            and stop not in line_stops
        ):
            before = max(0, stop - 13)
            word = _LAST_WORD.search(text[before : stop - 1])
            # A unit after its slash ("1.0 mmol/L.", "48 mmol/mol.") is no initial nor an
            # abbreviation (user31b P1-10).
            if word and is_abbreviation(word[1]) and not _after_slash(text, before + word.start()):
                continue
        ends.append(stop)
    # A marker right after a sentence's stop belongs to it, so the sentence ends after it
    # (in a table, after the cell's border too: alone, the marker's claim had no words).
    for marker in markers:
        if _in_text(marker):
            continue
        index = bisect_right(ends, marker.start) - 1
        if index < 0:
            continue
        between = _NON_SPACE.search(text, ends[index], marker.start)
        if between is None or (
            between[0] == "|" and not _NOT_BETWEEN.search(text, between.end(), marker.start)
        ):
            ends[index] = marker.end
    return ends


def _after_slash(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a unit's after its slash, a number before it ("48
    mmol/mol"): "A/Prof. Smith" is a title."""
    return (
        start > 0
        and text[start - 1] == "/"
        and _UNIT_HEAD.search(text, max(0, start - 10), start) is not None
    )


def _row_ends(text: str) -> list[int]:
    """The ends of the lines around each row of a table copied with its cells split by tabs
    (is_tab_split_row) or by " | " (a table copied as text from a journal's page): a row's
    last cells ("\tI\tA", a recommendation's class and level) had run into the next row's
    claim, and a row's numbers ("4744 | 0.74") were charged to the next row's citation."""
    ends: list[int] = []
    start = 0
    for line in text.split("\n"):
        if is_tab_split_row(line) or line.count(" | ") >= 2:
            ends += [start - 1, start + len(line)] if start else [start + len(line)]
        start += len(line) + 1
    return [end for end in ends if end < len(text)]


def _may_close_abbreviation(text: str, period: int) -> bool:
    """Whether the period at ``period`` may close an abbreviation: each ends in a letter and
    is at most ABBREVIATION_LENGTH characters long (lower() makes no word shorter), so most
    sentence ends, after a digit, a bracket or a long word, need no look at the word."""
    if period < 1 or not text[period - 1].isalpha():
        return False
    longest = ABBREVIATION_LENGTH
    return period <= longest or not text[period - longest - 1 : period].isalpha()


def _in_text(marker: Found) -> bool:
    """Pandoc's author-in-text citation ("@smith2020 found that ...") is a name in the
    sentence it opens, never a citation trailing the sentence before it."""
    return marker.raw.startswith(("@", "-@"))


def _last_word_before(text: str, marker: Found) -> int:
    position = marker.start - 1
    while position > 0 and text[position].isspace():
        position -= 1
    return position


def _after_stop(text: str, marker: Found) -> bool:
    position = _last_word_before(text, marker)
    return position >= 0 and text[position] in ".!?\"”’')]"


def _tail(text: str, markers: list[Found]) -> int:
    """Where the paragraph's closing run of markers and punctuation begins."""
    position = len(text)
    index = len(markers) - 1
    while True:
        while position > 0 and text[position - 1] in " \t\n.,;:":
            position -= 1
        while index >= 0 and markers[index].start >= position:
            index -= 1
        if index >= 0 and markers[index].end >= position:
            position = markers[index].start
            index -= 1
        else:
            return position


def _claim(
    text: str,
    words: str,
    base: int,
    start: int,
    end: int,
    owned: list[Found],
    markers: list[Found],
    locate: Locate,
) -> Claim:
    start = _after_evidence_levels(text, start, markers)
    pieces: list[str] = []
    cursor = start
    for marker in markers:
        pieces.append(words[cursor : marker.start])
        cursor = marker.end
    pieces.append(words[cursor:end])
    first = start
    while first < end and (text[first].isspace() or text[first] in ".,;:"):
        first += 1
    line, column = locate(base + first)
    found_markers = [Marker(m.numbers, *locate(base + m.start), m.raw, m.problem) for m in owned]
    claim = clean_claim_text("".join(pieces))
    if len(found_markers) > 1 or _WORD_CHAR.search(words, owned[-1].end, end):
        _place_markers(claim, found_markers, owned, markers, pieces)
    return Claim(claim, line, column, found_markers)


def _after_evidence_levels(text: str, start: int, markers: list[Found]) -> int:
    """Where the claim's words begin after lines that are only an evidence level: SIGN
    prints "1++", "1+", "2-" or "4" in the margin beside each statement, and a copy puts it
    on a line of its own, before the next statement. Read into that statement, its "1" was a
    number the abstract lacked (a false CL301, user24 P1 20). A marker there stays cited."""
    first = start
    while first < len(text) and text[first] in ".,;: \t\n":
        first += 1
    if first == len(text) or text[first] not in "1234" or "\n" not in text[start:first]:
        return start  # most claims: no line of a level, which follows the sentence's line end
    level = _EVIDENCE_LEVEL.match(text, first)
    if level is None or any(start <= marker.start < level.end() for marker in markers):
        return start
    return level.end()


# Markers in one claim given their place in its text; a claim of more cites all of them for
# all its words (review20a: 12,000 markers in one sentence took 20 s instead of 0.4).
_MOST_PLACED = 40


def _place_markers(
    claim: str, found: list[Marker], owned: list[Found], markers: list[Found], pieces: list[str]
) -> None:
    """Give each marker that words of the claim follow its offset in the claim's text: the
    length of the claim's words before it, cleaned as the whole claim is. Most claims end in
    their only marker and never come here."""
    if len(found) > _MOST_PLACED:
        return  # each place costs a cleaning of the words before it: unplaced, all close it
    index = {id(marker): position for position, marker in enumerate(markers)}
    for marker, original in zip(found, owned, strict=True):
        position = index.get(id(original))
        if position is None:
            continue
        offset = len(clean_claim_text("".join(pieces[: position + 1])))
        if _WORD_CHAR.search(claim, offset):
            marker.offset = offset  # else only stops follow: it closes the claim


def clean_claim_text(text: str) -> str:
    """The claim as a reader sees it: no link targets, emphasis, tags or doubled spaces."""
    # A table row's cells are phrases of their own: "n = 4744 | HR 0.74" joined as "n = 4744
    # HR 0.74" read 4744 hours (user19).
    row = text.lstrip().startswith("|")
    if row:
        text = text.replace("|", " ; ")
    if is_tab_split_row(text):  # cells copied from a table, split by tabs
        row = True
        text = text.replace("\t", " ; ")
    if "](" in text:
        text = _LINK.sub(_link_text, text)
    if "(#" in text:  # the target of a linked number read as a marker: "[2](#ref-2)"
        text = _EMPTIED_BRACKETS.sub("", _IN_PAGE_TARGET.sub("", text))  # "[[1](#B1)]"
    if _SYNTAX_MARK.search(text):
        text = _SYNTAX.sub("", text)
    if not text.isascii():  # most claims are: no call, nor import, for them
        from citelint.read.line_hyphens import fold_ligatures

        text = fold_ligatures(text)  # "conﬁdence" meets "confidence" (user20)
    text = " ".join(text.split())
    for spaced, mark in _SPACED_MARKS:
        if spaced in text:
            text = text.replace(spaced, mark)
    if row:
        text = _EMPTY_CELLS.sub(";", text).replace(".;", ".").replace(",;", ";")
    return text.strip(" ,;|")  # "| " or " |": a cell border the claim starts or ends at


def is_tab_split_row(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a line or a claim from ``start`` to ``end`` is a table's row copied with its
    cells split by tabs: two tabs or more (one may indent a line or follow a label). Claims'
    words (clean_claim_text) and their markers (claim_words.mark_floating) tell it alike."""
    return text.count("\t", start, len(text) if end is None else end) >= 2


def _link_text(match: re.Match[str]) -> str:
    return match[1]


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the (start, end) spans, in order, made spaces: offsets stay the text's.
    A reader's words that are no part of any sentence (a link's address it wrote out) leave
    the claims' words this way."""
    pieces: list[str] = []
    cursor = 0
    for start, end in spans:
        if start < cursor:
            continue
        pieces += [text[cursor:start], " " * (end - start)]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
