"""Citation numbers outside any marker syntax: standing alone after a sentence, as web pages
print them ("... period. 2"), or glued to the text where copying a page flattened its
superscripts ("disease.1,2", "disease1,2.").

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from citelint.lazy_pattern import LazyPattern
from citelint.read.char_kinds import bare_starts, glued_read_starts, sieved
from citelint.read.found import (
    BARE,
    GLUED,
    LIST_OR_RANGE,
    LONGEST_GLUED_TAIL,
    NUMBER,
    WORD,
    Found,
    at_line_start,
    is_abbreviation,
    read_numbers,
    words,
)
from citelint.read.glued_words import BARE_ITEM, glued_words
from citelint.read.lab_tests import is_test_name
from citelint.read.sentence_ends import (
    is_address,
    named_number_stops,
    names_a_thing,
    ratio_or_named_number,
    unit_letter,
)
from citelint.read.spaced import rising_numbers, with_spaced_rests

# Some classes below are split in two: for a class holding a character above U+00FF among
# others (in more than two runs), sre builds a 64K-character table as the pattern is compiled,
# a million instructions that every run paid (issue 13); the two curly quotes alone, or one
# range, need none. re's parser joins branches of one character each back into one class, so
# each split has a branch of another length beside it (here an empty one).
# A closing quote, straight or curly, or none: what "[\"”’']?" matches, tried in its order.
_QUOTE_OR_NONE = r"(?:[\"']|[”’]|)"
# A sentence starts with a capital and a word ("The", "IL6"), "A" or "I", a quote or a
# bracket; a capital alone is a unit or a symbol ("150 K", "5 V").
_SENTENCE_START = r"(?:[A-Z](?=[\w'’])|[AI](?=[ \t])|[\"(]|“)"
# A bare number after the end of a sentence: "... period. 2" or "... concern. 1, 3", also
# at the end of a line when the next line starts a sentence of its own (BARE_ITEMs).
# Each number a link of its own, as answer pages print them, may be copied with a space alone
# between them: "... period. 1 2 Next". The stop's closers are "[\"”’')\]]{0,2}", split.
_BARE = re.compile(
    r"(?P<stop>[.!?](?:[\"')\]]|[”’]|){0,2})(?:[ \t]+\n?|\n)[ \t]*"
    rf"(?P<numbers>{BARE_ITEM}(?:(?:,[ \t]*{BARE_ITEM})+|(?: {BARE_ITEM})*))"
    # ... then the paragraph's end, the next sentence, or the next line's sentence.
    rf"(?=[ \t]*\Z|[ \t]+{_SENTENCE_START}|[ \t]*\n[ \t]*{_SENTENCE_START})"
)
# Superscripts flattened by copying a page: "... disease.1,2" (a word, its stop, the numbers);
# after a comma, as AMA style sets them, "... patients,3 which". Where each number was a link
# of its own, as on thelancet.com, the copy keeps the comma and space between them: "...
# weeks.1, 2 Supervised". One list keeps one separator: a mixed "1,2, 3" is no such copy, and
# a spaced list holds no stop where an unspaced reading could start (LIST_TAIL).
# After a stop, a list of at most LONGEST_GLUED_TAIL items after its first: a longer run is a
# pasted table's, and each of its stops is then scanned that far, not to the run's end.
_MOST = LONGEST_GLUED_TAIL
_AFTER_STOP = rf"{BARE_ITEM}(?:(?:, {BARE_ITEM}){{1,{_MOST}}}|(?:,{BARE_ITEM}){{0,{_MOST}}})"
_GLUED_NUMBERS = rf"(?P<numbers>{_AFTER_STOP})(?=\s|\Z)"
# "(?P<stop>[.!?,][\"”’']?)" then the numbers, as loose_numbers reads them: most stops before
# digits follow a digit themselves ("0.68", "1,205"), and _may_follow_number refuses those
# that have none of what each of its branches needs. The scan checks that as it meets each
# stop, before making a match: no decimal digit before the stop, or "m2" / "m3", a year's
# digits, a decimal point and up to ten digits (_DECIMAL_END reads twelve characters), or a
# list or range after it. Each match this refuses holds one number, and no stop inside, so
# the scan finds every other match where the plain pattern's scan does.
_DECIMAL_BEFORE = "|".join(rf"(?<=\.\d{{{digits}}}[.!?,])" for digits in range(1, 11))
_GLUED_READ = LazyPattern(
    # A digit must follow (perhaps after a quote): told first, as most stops end a clause or
    # a sentence, before the look-behinds are tried.
    rf"(?P<stop>[.!?,](?={_QUOTE_OR_NONE}\d)"
    r"(?:(?<!\d[.!?,])|(?<=m[23][.!?,])|(?<=1[89]\d\d[.!?,])|(?<=20\d\d[.!?,])"
    rf"|{_DECIMAL_BEFORE}|(?={_QUOTE_OR_NONE}\d{{1,3}}(?:[-–,]|, )\d)){_QUOTE_OR_NONE}"
    # ... or a semicolon or colon after a letter or a bracket, never a number's ("10:30",
    # "1:2", "Genesis 1:7"): "febuxostat;7 the", "two trials:7 the", "(CARES);7".
    r"|[;:](?=\d)(?:(?<=[^\W\d_][;:])|(?<=\)[;:])))"
    rf"{_GLUED_NUMBERS}"
)
# Where every match of _GLUED_READ starts: a stop, perhaps a quote, a digit. Text beyond ASCII
# (which has no kinds to sieve) is scanned with _GLUED_READ only if it holds one: compiling
# _GLUED_READ costs six million instructions, which a short page with no such place (a
# header's "March 14, 2026") need not pay.
_STOP_BEFORE_DIGIT = LazyPattern(rf"[.!?,]{_QUOTE_OR_NONE}\d|[;:]\d")
_WORD_END = LazyPattern(r"(?:\w[^\W\d_]|[^\W\d_]\))\Z")
# Where a flattened superscript may follow a stop on a page that cites that way: after a
# percentage, a bracket or a year ("by 30%.1-3", "(HR 0.78).7", "since 1975.4,5"), never after
# another number, where the stop is a decimal point ("0.05.2").
_NEXT_SENTENCE = LazyPattern(r"\Z| [A-Z][a-z]{2}")
_NEXT_WORD = LazyPattern(r"\Z| [A-Z][A-Za-z]")
_NEXT_LOWER = LazyPattern(r" [a-z]")
_NEXT_LONG_WORD = LazyPattern(r" [A-Z][A-Za-z]{2}")  # a word, not a unit: "TREM2", not "Gy"
_DECIMAL_END = LazyPattern(r"(?<![\d.])\d+\.\d+\Z")
# A unit of area or volume whose power was flattened ("m2", "cells/mm3", "kg/m2") is no
# decimal's integer part, so a stop after it ends a sentence.
_UNIT_POWER = LazyPattern(r"(?:\A|[/\d])[cmdkµμun]?m[23]\Z")
_NUMBER_END = LazyPattern(r"(?:%|\)|\]|(?<!\d)(?:1[89]|20)\d{2})\Z")
# The rest of a numbered heading's line after its number: a capital, a few words, no stop.
_HEADING_REST = LazyPattern(r"[ \t]+[A-Z][^\n.!?:;,]{0,60}(?:\n|\Z)")
CENTURIES = ("18", "19", "20")  # how the years _NUMBER_END knows begin

# Lower-case words that take a number as part of a name or a unit: "log2", "mm3", "covid19".
NUMBERED_WORDS = frozenset(
    words(
        "mm cm km nm um kg mg ng pg ug mcg ml dl mmol umol nmol mol kda bp kb hz khz mhz "
        "log ln covid sars omega type grade stage phase day week month year version "
        "chr chromosome trisomy exon intron codon allele python ggplot "
        "fig figure figs table tab page pages vol no"
    )
)
_LAST_WORD = re.compile(r"([\w.]+)\Z")
# A word of letters, hyphenated perhaps ("non-inferior"), that may end a clause before a
# copied superscript after a semicolon or colon; and the words of labels a number follows.
_CLAUSE_WORD = LazyPattern(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")
_LABELS = frozenset(
    words(
        "age ratio score scores dose time total mean median range level class count rate "
        "step part item section chapter verse doi pmid pmcid isbn issn tel fax http https"
    )
)


def loose_numbers(text: str, taken: list[Found], unsure: bool, kinds: bytes | None) -> list[Found]:
    """Numbers outside marker syntax in ``text``, not overlapping ``taken``; ``kinds`` is
    ``ascii_kinds(text)``, worked out once for every scan of the paragraph."""
    candidates = _candidates(text, unsure, kinds)
    if not candidates:
        # Most paragraphs: nothing to read, sort or follow with a spaced rest. Only "ref. 4"
        # may be named (what the end of this function gives them).
        return _with_named(text, []) if unsure and _may_name(text) else []
    found: list[Found] = []
    taken_starts = [marker.start for marker in taken]
    kind: str | None  # _stop_kind's None drops the candidate
    for match, kind in candidates:
        group = "numbers"
        glued_word = kind == WORD
        if not glued_word:
            kind = _stop_kind(text, match, kind)
            if kind is None or (kind == WORD and not unsure):
                continue
        elif match["numbers"] is None:
            group = next(f"{name}_numbers" for name in ("name", "acronym", "unit") if match[name])
        start, end = match.span(group)
        index = bisect_left(taken_starts, start)
        nearby = taken[max(0, index - 1) : index + 1]
        if any(marker.start < end and start < marker.end for marker in nearby):
            continue
        word = ""
        if glued_word:
            word = match["word"] or match["name"] or match["acronym"] or match["unit"]
            listed = LIST_OR_RANGE.search(match[group])
            unstopped = match["name"] and text[end : end + 1] not in (".", ";", ":")
            after = text[end : end + 1]
            if unstopped or (
                not listed and (after.isspace() or after == ")" or word.lower() in NUMBERED_WORDS)
            ):
                # "previously3 and", "sglt2 inhibition", "on stage3.", "in Sri Lanka5 and",
                # "Stat3 and", "(cycle12),": a name as likely as a citation, read only where
                # the order of first citations calls for it.
                kind = NUMBER
        raw = match[group]
        read = read_numbers(raw) if kind != BARE else _bare_numbers(raw, match["stop"])
        if read is None:
            continue
        numbers, problem = read
        if problem and group == "acronym_numbers":
            continue  # "CO21-3." is CO2 and 1-3, not a range run backwards
        found.append(Found(start, end, raw, numbers, problem, kind == BARE, kind, word))
    found.sort(key=lambda marker: marker.start)
    # A number can be read both glued to a word and after a stop; the first reading counts.
    kept: list[Found] = []
    for marker in found:
        if not kept or kept[-1].end <= marker.start:
            kept.append(marker)
    if unsure and _may_name(text):
        kept = _with_named(text, kept)
    return with_spaced_rests(text, kept) if unsure else kept


def _candidates(text: str, unsure: bool, kinds: bytes | None) -> list[tuple[re.Match[str], str]]:
    """The matches loose_numbers reads, each with its kind: numbers after a stop (BARE or
    GLUED) and, with ``unsure``, numbers glued to a word (WORD)."""
    candidates = [(match, BARE) for match in sieved(_BARE, text, kinds, bare_starts)]
    glued = kinds is not None or _STOP_BEFORE_DIGIT.search(text) is not None
    for match in sieved(_GLUED_READ, text, kinds, glued_read_starts) if glued else ():
        # Most of these are decimals and thousands ("0.68", "1,205"): told first, and cheaply.
        at = match.start()  # where the stop is
        if not text[at - 1 : at].isdecimal() or _may_follow_number(text, match):
            candidates.append((match, GLUED))
    # Stops _GLUED_READ refuses as decimal points: "130/80.2 Statins", "Covid-19.2 Early".
    candidates += [(match, GLUED) for match in named_number_stops(text, kinds)]
    if unsure:
        candidates += [(match, WORD) for match in glued_words(text)]
    return candidates


def _bare_numbers(raw: str, stop: str) -> tuple[list[int], str | None] | None:
    """The numbers of a bare list; one a space alone separates ("1 2 5") only where it
    rises, as a sentence's links to its entries do ("2. 3 1" is no such list), names at
    most three, and follows no question: "How often? 1 2 3 4 5 Every night" is a scale."""
    if "," in raw or " " not in raw:
        return read_numbers(raw)
    numbers = rising_numbers(raw)
    if numbers is None or len(numbers) > 3 or stop.startswith("?"):
        return None
    return numbers, None


def _may_name(text: str) -> bool:
    """Whether ``text`` may name numbers as references: told before the patterns, which try
    every place of the paragraph."""
    return "ef." in text or "efs" in text or _in_words(text)


def _in_words(text: str) -> bool:
    return "ef " in text or "efs " in text or "eference" in text or "ef\u00a0" in text


def _with_named(text: str, found: list[Found]) -> list[Found]:
    # Imported here: most pages name no reference in words, and a short check need not load it.
    from citelint.read.named_references import with_named

    return with_named(text, found, _in_words(text))


def _numbers_head_a_line(text: str, match: re.Match[str]) -> bool:
    """Whether bare numbers after a stop open a line whose short rest has no stop of its own:
    a numbered heading ("applies.\n2 Definitions", "3 RESULTS"), not a citation."""
    start, end = match.span("numbers")
    if "\n" not in text[match.end("stop") : start]:
        return False
    rest = _HEADING_REST.match(text, end)
    # A line wrapped after a citation goes on in lower case: "1 Supervised exercise reduces
    # the rate of\nfalls by ..." (columns of a PDF copied as text).
    return rest is not None and not text[rest.end() : rest.end() + 1].islower()


def _stop_kind(text: str, match: re.Match[str], kind: str) -> str | None:
    """How sure numbers after a stop are a citation: None when the stop ends an
    abbreviation, a decimal or an address; WORD (the page must cite that way) after a comma,
    a percentage, a bracket or a year; else ``kind``."""
    at = match.start("stop")
    # loose_numbers has refused the stops after a decimal digit that _may_follow_number does.
    before = text[max(0, at - 200) : at]
    # After a decimal digit (most stops here: "0.05", "1,234") no abbreviation and no word
    # ends, so the patterns looking for those are not run.
    digit = before[-1:].isdecimal()
    stop = match["stop"]
    word = _LAST_WORD.search(before[-12:]) if stop.startswith(".") and not digit else None
    if word and is_abbreviation(word[1]) and not names_a_thing(before, kind == BARE):
        # "Smith et al.12 showed": glued to the stop, as flattened superscripts are.
        return WORD if kind == GLUED and word[1].lower() == "al" else None
    if kind == BARE:
        return None if _numbers_head_a_line(text, match) else kind
    token = _last_token(before)
    if stop in (";", ":"):
        return WORD if _clause_ends_in_a_word(token, match["numbers"]) else None
    # Most stops here are decimal points and thousands commas: the unit pattern runs only
    # on a token ending as every unit it knows does.
    unit = token.endswith(("m2", "m3")) and _UNIT_POWER.search(token)
    if unit and not any(mark in token for mark in ".:@="):
        return WORD  # "below 200 cells/mm3.5", "kg/m2.12": a flattened power, then a citation
    if ("/" in token or "@" in token or "=" in token) and is_address(token):
        return None  # "example.org/page.1" is an address, not a sentence; "mg/dL.2" is none
    end = match.end("numbers")
    if digit and ratio_or_named_number(token, text[end : end + 5]):
        return WORD  # "below 130/80.2 Statins", "severe Covid-19.2 Early": not a decimal
    if not digit and (_WORD_END.search(before[-2:]) or unit_letter(before)):
        return WORD if stop.startswith(",") else kind  # "patients,3 which"
    if _NUMBER_END.search(before[-5:]):
        return WORD  # "30%.1-3", "(HR 0.78).7", "since 1975.4,5"
    if _DECIMAL_END.search(before[-12:]):
        # "0.96.51 Next", "version 24.0.61 62 Next": a number has one decimal point. But
        # "3.1.7 Consider" opening its line, or "recommendations 1.2.1 to", is a numbered
        # section or recommendation.
        if stop[0] == "." and (
            at_line_start(text, at - len(token)) or _NEXT_LOWER.match(text, match.end())
        ):
            return None
        return WORD
    numbers = match["numbers"]
    if before[-1:].isdigit() and LIST_OR_RANGE.search(numbers):
        # "from age 45.43-45 Osteoporosis": a list or range starting a sentence is no
        # decimal's tail, but "1.5-2 mg" and "12.5-13 cm" are decimal ranges.
        following = text[match.end("numbers") : match.end("numbers") + 5]
        if ", " in numbers:  # only after a full stop: "1,2, 3" is no integer's stop
            return WORD if stop[0] in ".!?" and _spaced_citations(numbers, following) else None
        # After a list any sentence may follow ("12.76,77 CD4 counts"); after a range, a word
        # and not a unit ("1.5-2 Gy" is a dose).
        start = _NEXT_SENTENCE if "," not in numbers else _NEXT_WORD
        if start.match(following) and not read_backwards(numbers):
            return WORD
    return None  # "0.05.2" or "U.S.3": no word ends there


def _clause_ends_in_a_word(token: str, numbers: str) -> bool:
    """Whether the token before a semicolon or colon with ``numbers`` glued after it ends a
    clause of prose, where a superscript copied as text stands ("febuxostat;7 the", "two
    trials:7 the", "(CARES);7 the"): a word in lower case, or one in brackets (a trial's
    acronym). Not a label or a name a number goes with ("Age:45", "Stage:2", "doi:10",
    "WBC:12"), a unit or a symbol ("K;4", "mg:2"), nor a value ("(n=12);3"); a test's name
    only before a list ("bicarbonate:4,5 both"), as its value is one number ("glucose:5")."""
    bracketed = token.startswith("(") and token.endswith(")")
    word = token[1:-1] if bracketed else token
    if not _CLAUSE_WORD.fullmatch(word) or (not bracketed and not word.islower()):
        return False
    last = word.rsplit("-", 1)[-1].lower()
    if last in NUMBERED_WORDS or last in _LABELS:
        return False
    return not numbers.isdecimal() or not is_test_name(last)


def _may_follow_number(text: str, match: re.Match[str]) -> bool:
    """Whether _stop_kind may find a citation after a stop that follows a decimal digit: only
    after a unit's power ("mm3"), a year or a decimal, or with a list or range after it (each
    of its branches that returns one needs one of these). Each pattern runs only where what
    it looks for can be: a year's first two digits, a decimal's point."""
    at = match.start("stop")
    return (
        text.endswith(("m2", "m3"), 0, at)
        or (
            text[at - 4 : at - 2] in CENTURIES
            and bool(_NUMBER_END.search(text[max(0, at - 5) : at]))
        )
        or (
            "." in text[max(0, at - 12) : at]
            and bool(_DECIMAL_END.search(text[max(0, at - 12) : at]))
        )
        # A list or a range: a separator among the digits.
        or not match["numbers"].isdigit()
    )


def _spaced_citations(numbers: str, following: str) -> bool:
    """Whether a spaced list after a stop that follows a digit cites after a sentence's last
    number, "from age 45.8, 31, 37 TREM2 variants", rather than goes on with values in prose,
    "doses of 1.5, 2, 3 Gy", "12.5, 25, 50 Gy", "0.5, 1, 2 and": only before a capitalised
    word, and only when its numbers rise as lists of entries do ("1.5, 2, 3" gives 5, 2, 3)."""
    if not _NEXT_LONG_WORD.match(following):
        return False
    read = read_numbers(numbers)
    return read is not None and read[0] == sorted(set(read[0]))


def read_backwards(numbers: str) -> bool:
    read = read_numbers(numbers)
    return read is None or read[1] is not None


def _last_token(text: str) -> str:
    tokens = text.rsplit(None, 1)
    return tokens[-1] if tokens else ""
