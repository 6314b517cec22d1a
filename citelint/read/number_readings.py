"""Numbers with a citation's digits glued to their end: "in 20185." may be 2018 and a
citation of 5, "H2O57" H2O and 57, "0.9654-58" 0.96 and 54-58. Every way to read such a token
is offered; citing.py takes the one the page's order of first citations calls for.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from citelint.lazy_pattern import LazyPattern
from citelint.read.char_kinds import matches_at
from citelint.read.found import (
    LARGEST_CITATION,
    NUMBER,
    YEAR,
    Found,
    at_line_start,
    day_of_month,
    read_numbers,
)
from citelint.read.glued_words import LIST_TAIL
from citelint.read.loose import CENTURIES
from citelint.read.named_readings import named_readings
from citelint.read.spaced import starts_a_list

# The next sentence, or the line's or paragraph's end, after a number's stop.
_NEXT_SENTENCE_START = LazyPattern(r"[ \t]*(?:\Z|\n)|[ \t]+[A-Z]")
# A number with digits glued to its end ("20185.", "1228,29.", "H2O57."); see number_readings.
# Its tail may be a spaced list ("since 199070, 71", "in 20185, 9 patients"): read with and
# without it, as the order of first citations decides.
_NUMBER_TOKEN = (
    r"(?P<body>[A-Za-z0-9.]{0,20}\d)"
    rf"(?P<tail>(?:[-–]\d{{1,3}})?{LIST_TAIL})"
    r"(?=[.,;:)]?(?:\s|\Z))"
)
_GLUED_NUMBER = LazyPattern(rf"(?<![\w.,%+\-/#=_:]){_NUMBER_TOKEN}")
# The same tokens after the text's first character, found faster: led by the character before
# them (a class the regex engine skips to, where the look-behind was tried at every character),
# then only where a digit follows within reach. A token ends in a digit, so the character
# before the next one is never part of it.
_GLUED_NUMBER_AFTER = LazyPattern(rf"[^\w.,%+\-/#=_:](?=[A-Za-z.]{{0,20}}\d){_NUMBER_TOKEN}")
_LETTER_AND_DIGITS = LazyPattern(r"[A-Za-z]\d*")
_CLAUSE_GOES_ON = LazyPattern(r"[,;] [a-z]")
_NAME_END = LazyPattern(r"(?<![A-Za-z])[A-Z][a-z]+\Z")
# What makes the decimal after it a statistic's value: a minus or plus-minus sign ("−0.21",
# "±0.4", an en dash for the minus after no word or number: "was –0.21", not "18–0.21"), a
# Greek letter ("β 0.21", "κ 0.61") or an equals sign ("r = 0.31"), a sign perhaps between.
# ASCII "-" and "+" glued to the number are refused by _GLUED_NUMBER itself.
_VALUE_BEFORE = LazyPattern(r"(?:[−±]|(?<![\w.,])–|(?:[α-ωΔ]|=)[ \t]?[−–-]?)\Z")
# The rest of a number that groups its thousands with a space, a no-break or a thin space,
# as SI and much of Europe print them: " 345" after "12".
_THOUSANDS_AFTER = LazyPattern(r"[ \u00a0\u2009\u202f]\d{3}(?!\d)")
# Where a DOI or an address starts: digits after it, in the same run, are its own.
_IDENTIFIER_OPENING = LazyPattern(r"\b10\.\d{4,9}/|://")
# A vital sign's or a laboratory test's name, as notes write it before the value: "HR 112.",
# "Na: 132.", "LVEF 35.", "HbA1c 7.4." end values, not a value and a glued citation.
_MEASURED = LazyPattern(
    r"(?<![\w.])(?:HR|BP|RR|SpO2|SaO2|Temp|Na|K|Cl|Cr|BUN|Hb|Hgb|WBC|Plt|INR|pH|HbA1c|A1c|"
    r"LDL|HDL|eGFR|BMI|MAP|EF|LVEF|QTc|FiO2|GCS|CRP|ALT|AST|TSH|PSA)(?: ?[:=])? \Z"
)


def number_readings(text: str, taken: list[Found]) -> list[Found]:
    """Every way to read the end of a number as a glued citation: "in 20185." may be 2018
    and 5, 201 and 85 or 20 and 185; "0.9654-58", "12.3 Type", "H2O57", "AD14" alike. Only
    where a citation could stand: at a clause's end, after a year, a decimal or letters, or
    with a list or range glued on ("1228,29"); "1200 m" is a distance. The readings of one
    token end together; each keeps what stands before it as its ``word``."""
    readings: list[Found] = []
    starts = sorted(marker.start for marker in taken)
    for match in _glued_numbers(text):
        if match.end("body") - match.start("body") < 2:
            continue  # "5", "5,250": no digit to read apart from the others (most tokens)
        if _reads_nothing(text, match):
            continue  # "0.85, 95% CI", "over 35 months": most tokens with digits to spare
        begin, end = match.span("body")[0], match.end()
        index = bisect_left(starts, begin)
        if index < len(starts) and starts[index] < end:
            continue
        if text.startswith(", ", end) and day_of_month(text, begin, end):
            continue  # "from Jan 1, 2000, to Dec 31, 2021,": no citation of 1
        if "." in match["body"] and _VALUE_BEFORE.search(text, max(0, begin - 4), begin):
            continue  # "(β −0.21 points": the whole decimal is the estimate, no 0.2 and 1
        if _MEASURED.search(text, max(0, begin - 8), begin):
            continue  # "HR 112.": a heart rate, not 11 and a citation of 2
        if _inside_identifier(text, begin):
            continue  # "DOI: 10.1016/S0140-6736(25)99901-2": no citation of 1 and 2
        if end - begin <= 3 and match["body"].isdigit() and _THOUSANDS_AFTER.match(text, end):
            continue  # "mit 12 345 Patienten": thousands grouped by a space, not 1 and 2
        readings += _token_readings(text, match)
    named = named_readings(text, taken)  # "COVID-192.", "mg/dL2.": after a hyphen or a unit
    return sorted(readings + named, key=lambda found: found.start) if named else readings


def _reads_nothing(text: str, match: re.Match[str]) -> bool:
    """Whether a token with no list or range glued on surely has no reading (_tail_readings
    gives none), told from its own characters and the two after it: a reading takes digits
    after a head that ends a clause where the token does, or that ends in a stop before the
    next sentence, or that is a year. A value in a clause that goes on ("0.85, 95% CI", "over
    35 months", "0.75 to") has none of these: it ends in none of the marks _ends_a_clause
    asks for, no list follows it, it opens with no letter, its heads are no year (each holds
    the stop, or is three characters at most), and no sentence starts after a decimal."""
    body = match["body"]
    if match["tail"] or body[0].isalpha():
        return False
    end = match.end()
    after = text[end : end + 2]
    if after[:1] in (".", ":") or (after[:1] == " " and after[1:].isdigit()):
        return False
    if "." not in body:
        return len(body) < 5  # four digits or more may be a year's: "20185"
    # After a decimal, the next sentence: "[ \t]*(\Z|\n)|[ \t]+[A-Z]" (_NEXT_SENTENCE_START).
    if after[:1] in ("", "\n") or (after[:1] in (" ", "\t") and after[1:] in ("", "\n", " ", "\t")):
        return False
    return not (after[:1] in (" ", "\t") and "A" <= after[1:] <= "Z")


def _inside_identifier(text: str, begin: int) -> bool:
    """Whether the token at ``begin`` goes on a DOI or an address written before it in the
    same run of non-blank characters: a page's own DOI line ends in digits after a bracket
    ("(25)99901-2"), which had been read as a claim citing 1 and 2 (user26 P1-10)."""
    slash = text.rfind("/", 0, begin)
    if slash < 0:
        return False  # each opening holds a slash: most paragraphs have none before the token
    run_start = max(
        text.rfind(" ", 0, begin), text.rfind("\t", 0, begin), text.rfind("\n", 0, begin)
    )
    if slash <= run_start:
        return False
    opening = _IDENTIFIER_OPENING.search(text, run_start + 1, begin)
    return opening is not None and _still_open(text[opening.end() : begin])


def _still_open(after: str) -> bool:
    """Whether an identifier goes on to the end of ``after`` (what follows its opening): a
    bracket it did not open closes it ("(https://www.cdc.gov/fluview).2" cites 2, review26a
    P1-c); its own brackets do not ("S0140-6736(25)99901-2")."""
    depth = 0
    for char in after:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return False
    return True


def _token_readings(text: str, match: re.Match[str]) -> list[Found]:
    """The readings of one token of ``_glued_numbers``, as number_readings gives them."""
    body, tail = match.group("body", "tail")
    begin, end = match.span("body")[0], match.end()
    if ", " not in tail:
        return _tail_readings(text, body, tail, begin, end)
    # A spaced tail may be citations ("since 199070, 71") or prose ("in 20185, 9 patients":
    # 2018, a citation of 5, then nine patients): both are read, the longer first, for the
    # order of first citations to choose. After a year, only prose: "in 2019, 20 patients".
    year = body[:2] in CENTURIES and YEAR.fullmatch(body)
    whole = [] if year else _tail_readings(text, body, tail, begin, end)
    return whole + _tail_readings(text, body, "", begin, match.end("body"))


def _tail_readings(text: str, body: str, tail: str, begin: int, end: int) -> list[Found]:
    """The readings of a token, ``body`` then ``tail``, from ``begin`` to ``end``."""
    if not tail and body[:2] in CENTURIES and YEAR.fullmatch(body):
        return []  # "between Feb 1, 2021, and": a year, not 202 and a citation of 1
    readings: list[Found] = []
    # Each reading takes one, two or three of the body's closing digits. Only where they
    # are all of them does the head end in other than a digit: a stop, or a word.
    # The last character is a digit (\d, perhaps not ASCII); the others are ASCII.
    run = len(body) - len(body[:-1].rstrip("0123456789"))
    ends = bool(tail) or _ends_a_clause(text, body, begin, end)
    for digits in range(1, min(3, run, len(body) - 1) + 1):
        head, first = body[:-digits], body[-digits:]
        if first[0] == "0" or not (ends or head[-1] == "." or YEAR.fullmatch(head)):
            continue
        if _LETTER_AND_DIGITS.fullmatch(head):
            continue  # a letter before the digits makes a name or a sign: "T2", "B12", "x2"
        if digits == run:
            decimal = head[-2:-1].isdigit()
            if head[-1] == "." and not _stop_then_sentence(text, begin, end, decimal):
                continue  # "2.3 Analysis", "−1.4 to": a decimal, not "at 12.3 Type 2" ...
            if "a" <= head[-1] <= "z" and _NAME_END.search(head):
                break  # "Suzuki1,3": an author's affiliations; "Stat3": a gene
        if tail:
            read = read_numbers(first + tail)
            if read is None or read[1] is not None:
                continue
            numbers = read[0]
        else:
            number = int(first)  # what read_numbers makes of one number
            if not 0 < number <= LARGEST_CITATION:
                continue
            numbers = [number]
        start = begin + len(head)
        readings.append(Found(start, end, first + tail, numbers, None, False, NUMBER, head))
    return readings


def _ends_a_clause(text: str, body: str, begin: int, end: int) -> bool:
    """Whether a token with no list or range glued on ends where a citation may stand: a
    sentence's or a clause's end ("in 20185.", "in AD14: the"), a list a space alone
    separates, of which it is not itself an item ("age 4530 49.", but "failure.26 45 65 66":
    45 is read whole), or, after letters, a clause going on in lower case ("In MS128,
    high-efficacy"). Elsewhere the digits end a value or a name: "cultures x2 negative",
    "CD4 count", "HCO3 22", "Na 132, K 4.3", "(P = 0.0034)", "0.79; p", "(β −0.21 points".
    A stop inside the token ("at week 12.3 Type") and a year before the digits ("in 20185, 9
    patients") are told by the caller, reading by reading."""
    if text[end : end + 1] in (".", ":") or starts_a_list(text, begin, end):
        return True
    return body[0].isalpha() and _CLAUSE_GOES_ON.match(text, end) is not None


def _glued_numbers(text: str) -> list[re.Match[str]]:
    """``_GLUED_NUMBER.finditer(text)``: each match's ``body`` and ``tail`` are the same."""
    first = _GLUED_NUMBER.match(text)
    found = [first] if first else []
    rest = first.end() if first else 0
    if not text.isascii():
        return found + list(_GLUED_NUMBER_AFTER.finditer(text, rest))
    places = [place for place in _glued_number_places(text) if place >= rest]
    return found + matches_at(_GLUED_NUMBER_AFTER, text, places)


def _glued_number_places(text: str) -> list[int]:
    """Every place, in increasing order, where a match of _GLUED_NUMBER_AFTER may start in
    ASCII ``text``: a character its first class takes, then at most 20 of [A-Za-z.], then a
    digit, as its look-ahead asks. Found in the characters' kinds by two scans led by two
    literal characters each, which the regex engine finds by a fast search: the pattern's
    own scan was tried at every space and bracket of the paragraph (issue 13)."""
    kinds = text.encode("ascii").translate(_number_kinds())
    lead_then_digit, digit_back_to_lead = _place_scans()
    places = [match.start() for match in lead_then_digit.finditer(kinds)]
    if b"a0" in kinds:  # a letter or a stop right before a digit: "H2O57", "AD14", "in 1.5"
        back = digit_back_to_lead.finditer(kinds[::-1])
        places = sorted(places + [len(text) - match.end() for match in back])
    return places


@cache
def _number_kinds() -> bytes:
    """A table for ``bytes.translate`` of ASCII text: "0" a digit, "a" one of [A-Za-z.], "x"
    another character _GLUED_NUMBER_AFTER's first class refuses (the other word characters
    and ",%+-/#=:"), " " one it takes."""
    table = bytearray(b" " * 256)
    for chars, kind in (("0123456789", "0"), (_ASCII_LETTERS + ".", "a"), ("_,%+-/#=:", "x")):
        for char in chars:
            table[ord(char)] = ord(kind)
    return bytes(table)


_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@cache
def _place_scans() -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """The scans of _glued_number_places, compiled when a page with glued citations first
    asks. A place's digit follows its first character right away (" 0"), or after one to 20
    of [A-Za-z.], the last of them right before the digit ("a0"): read backwards, a digit,
    those, then the first character. A match holds one digit, at its start or its end, and
    no character of it opens another match: a scan going on after a match misses no place."""
    return re.compile(rb" 0"), re.compile(rb"0a{1,20} ")


_LETTERS_AHEAD = LazyPattern(r"[^\W\d_]{1,12}")


def _stop_then_sentence(text: str, start: int, end: int, decimal: bool) -> bool:
    """Whether the stop of a number at ``start:end`` may end a sentence, a citation glued
    after it: in a line's prose, before the next sentence or the paragraph's end ("from age
    45.83 Dialysis"); after a digit (``decimal``), not before a line going on in lower case."""
    following = _NEXT_SENTENCE_START.match(text, end)
    if not following:
        return False  # asked first: the line before may be long, and most decimals go on
    # The next line's first letters, all in lower case: "eGFR", "mRNA" and "pH" open sentences
    # (review30b P1-5).
    ahead = _LETTERS_AHEAD.match(text, following.end())
    if decimal and following[0][-1:] == "\n" and ahead and ahead[0].islower():
        # A PDF's line ends inside the sentence: "a median of 3.1" then "years.1 ..." is a
        # decimal, not 3 and a citation of 1 (user30b P1-6).
        return False
    return not at_line_start(text, start)  # the number does not open its line
