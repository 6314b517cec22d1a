"""Citation numbers glued to the word before them, as a copied page leaves superscripts:
"... in Alzheimer disease1,2. Further", "previously3-5 and", "(AD)1,2", "by 80%4,5"; and the
shapes of the number lists every glued reading shares."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.spaced import names_a_unit

# One item of a citation list: a number or a range, "2" or "4-6".
BARE_ITEM = r"\d{1,3}(?:[-–]\d{1,3})?"
# The rest of a glued list: one separator throughout, ", " as thelancet.com's links are
# copied, or "," alone; a mixed "1,2, 3" is no such copy.
LIST_TAIL = rf"(?:(?:, {BARE_ITEM})+|(?:,{BARE_ITEM})*)"
GLUED_LIST = rf"{BARE_ITEM}{LIST_TAIL}"

# A lower-case letter of a word in English or another language written in Latin letters
# ("década2,3", "revisión4.", "leczenia6"): Latin-1's and Latin Extended-A's, and the
# ligatures a PDF's text keeps when copied ("ﬁrst31-34", "signiﬁcant30": U+FB00-FB06).
_LETTERS = "a-zß-öø-ÿ\u0100-\u017f\ufb00-\ufb06"
_LOWER = f"[{_LETTERS}]"
# ... and a capital one, which starts every German noun ("Übelkeit2", "Größe3.").
_CAPITAL = "A-ZÀ-ÖØ-Þ"
# ... or glued to the word itself: "... in Alzheimer disease1,2. Further", "previously3-5 and",
# "(AD)1,2", "by 80%4,5", "(p < 0.001)63-65", "meta-analysis60-62"; a capitalised word only
# before a stop ("by Fleiss85: poor"), an acronym only with an unspaced list or range ("in
# PD92-94."): a spaced one is most often the acronym's own ("HPV16, 18, and 45", "IL6, 8"), so
# "in PD8, 15." is read as a number's token, where the order of first citations calls for it.
# Never inside a name: "IL6", "CD4", "H2O", "COVID-19", "p-tau217", or "Smith1,2".
_GLUED_WORD = LazyPattern(
    rf"(?P<word>(?<![\w\-/.+#])(?:{_LOWER}{{2,24}}|\([A-Za-z]{{2,12}}\))|(?<=[a-z]-)[a-z]{{5,24}}"
    # A possessive's "s": "common in Parkinson's3." (user28b P1-1).
    r"|(?<=[a-z]['’])s"
    r"|(?<=\d)%|(?<=[\w.%])\))"
    rf"(?P<numbers>{GLUED_LIST})"
    r"(?=(?:\)[.,;:]?|[.,;:])?(?:\s|\Z))"
    rf"|(?P<name>(?<![\w\-/.+#])[{_CAPITAL}]{_LOWER}{{3,24}})"
    rf"(?P<name_numbers>{GLUED_LIST})(?=[.,;:)]{{0,2}}(?:\s|\Z))"
    r"|(?P<acronym>(?<![\w\-/.+#])[A-Z]{2,5})"
    rf"(?P<acronym_numbers>\d{{1,3}}(?:[-–]\d{{1,3}}|(?:,{BARE_ITEM})+))(?=[.,;:)]?(?:\s|\Z))"
    # A unit's square or cube flattened by a copy, then the superscript citing after it: "1.73
    # m218, 19" is "m2" and 18, 19; "75 mg/m23.", "cells/mm34,5" and "1.73 m²4,5." too. Only
    # after a number or a "/", where "m2" can be nothing but a unit.
    r"|(?P<unit>(?:(?<=\d\s)|(?<=\d)|(?<=/))(?:[cdm]?m)[23²³])"
    rf"(?P<unit_numbers>{GLUED_LIST})(?=[.,;:)]{{0,2}}(?:\s|\Z))"
)
# What every branch of _GLUED_WORD asks of its numbers and what follows them (it asks less):
# tried once where numbers may start, before the branches are tried at each place a word
# may start. Most such places are names ("SGLT2 inhibitors" passes, "CD4+", "H2O" do not).
_GLUED_TAIL = LazyPattern(rf"{GLUED_LIST}(?=[.,;:)]{{0,2}}(?:\s|\Z))")
# Where _GLUED_WORD's numbers may start, and how far before them its longest word begins:
# "[A-Z%){_LETTERS}](?=\d)", with Latin Extended-A's letters in a branch of their own (see
# loose._QUOTE_OR_NONE; tests/read/test_split_classes.py holds the two forms to each other).
# A unit's "²" and "³" too ("1.73 m²4,5.").
_NUMBER_AFTER_WORD = re.compile(r"[A-Z%)a-zß-öø-ÿ²³](?=\d)|[\u0100-\u017f\ufb00-\ufb06](?=\d)")
_LONGEST_WORD = 25
# The same places in ASCII text, read from its characters' kinds, a byte each: "a" for an
# ASCII letter, "%" or ")", "0" for a digit, " " for the rest. The places are where "a0"
# stands, found by bytes.find, where a scan for them tried every digit of the paragraph.
_KINDS = bytes(
    ord("a") if char.isascii() and char.isalpha() or char in "%)" else
    ord("0") if char in "0123456789" else ord(" ")
    for char in map(chr, range(256))
)  # fmt: skip
# Where a match of _GLUED_WORD can start: each branch starts with one of these characters,
# and all but "%" and ")" after no word character.
_WORD_START = LazyPattern(rf"[%)]|[{_CAPITAL}({_LETTERS}](?<!\w[{_CAPITAL}({_LETTERS}])")


def glued_words(text: str) -> list[re.Match[str]]:
    """``_GLUED_WORD.finditer(text)``, found faster.

    Every match's numbers start right after a letter _GLUED_WORD knows, a "%" or a ")", and
    its word begins at most _LONGEST_WORD characters before them. So the pattern is tried only just
    before such places, where a scan of the whole paragraph tried its three branches, with
    their look-behinds, at every character.
    """
    found: list[re.Match[str]] = []
    end = tried = 0
    if text.isascii():
        places = _ascii_places(text)
    else:
        places = [place.end() for place in _NUMBER_AFTER_WORD.finditer(text)]
    for numbers in places:
        if numbers <= end:
            continue
        if not _GLUED_TAIL.match(text, numbers) and not (
            text[numbers - 1] == "m" and _after_square(text, numbers)
        ):
            # No match has its numbers here, and a match tried from a word before here
            # would have them here (the earlier places were tried): as if tried.
            tried = max(tried, numbers)
            continue
        # Tried only where a match can start, in order: the first match is the same.
        starts = _WORD_START.finditer(text, max(end, tried, numbers - _LONGEST_WORD), numbers)
        for start in starts:
            match = _GLUED_WORD.match(text, start.start())
            if match and ", " in match[0]:
                match = _without_value(text, match)
            if match:
                found.append(match)
                end = match.end()
                break
        tried = max(tried, numbers)
    return found


# The word after a spaced list's last item, with no stop between them.
_WORD_AFTER_LIST = LazyPattern(r"[ \t]+([^\W\d_]+)")


def _without_value(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """``match`` without its spaced list's last item where a unit or a count follows that
    item: in "18.2 months1, 16 months2" the 16 is the next value, not a citation, so the
    superscript is "1" alone."""
    after = _WORD_AFTER_LIST.match(text, match.end())
    if after is None:
        return match
    word = after[1]
    # A capital starts the next sentence ("trials1, 2 Patients"), or a unit ("5 Gy").
    if not names_a_unit(word):
        return match
    last_item = match.start() + match[0].rindex(", ")
    return _GLUED_WORD.match(text, match.start(), last_item)


def _after_square(text: str, numbers: int) -> bool:
    """Whether a unit's square or cube ("m2", "mm3") stands at ``numbers``, before a tail."""
    return text[numbers] in ("2", "3") and _GLUED_TAIL.match(text, numbers + 1) is not None


def _ascii_places(text: str) -> list[int]:
    """Where a digit follows an ASCII letter, a "%" or a ")" in ASCII ``text``."""
    kinds = text.encode("ascii").translate(_KINDS)
    places = []
    at = kinds.find(b"a0")
    while at >= 0:
        places.append(at + 1)
        at = kinds.find(b"a0", at + 2)
    return places
