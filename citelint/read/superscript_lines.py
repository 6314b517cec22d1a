"""Superscripts a PDF viewer copies onto a line of their own in the middle of a sentence:
"... an ejection fraction above 40%" / "4,5" / "came next." (after a sentence's stop such a
line is read as a bare citation already).

Mid-sentence a number alone on its line may also be the page's number where the page broke
the sentence, or a value a table's cell left there. So such a line is only offered as a
reading (of kind NUMBER, as a number glued to a number is), which the page's order of first
citations takes or leaves (citing._fill_the_sequence): it must name the next entries not yet
cited where it stands. The line before must end in a word or a percentage that takes no
number after it ("fell from" / "40" / "to 20" is a value), the line after must go on in lower
case, and a page's numbers (page_furniture) are never offered.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import NUMBER, Found, read_numbers, words

# A line of numbers alone, a list or a range ("4,5", "2–4"), the sentence going on below it.
# It starts with its line's break: re looks for that literal first, fast on a long paragraph.
_NUMBERS_LINE = LazyPattern(
    r"\n[ \t]*(\d{1,3}(?:[ \t]*[,–-][ \t]*\d{1,3}){0,5})[ \t]*\n(?=[ \t]*[a-z])"
)
# Words a value follows ("rose from" / "12"): the number on the next line is a value.
_BEFORE_A_VALUE = frozenset(
    words(
        "a an the of to from by at in on than and or was were is are be been with for about"
        " over under above below between within after before up down n p nearly almost only"
        " approximately around roughly least most some all each every per vs versus day days"
        " week weeks month months year years type grade stage class phase version figure table"
    )
)

# What a value on its own line may count, below it.
_UNITS = frozenset(
    words(
        "mg g kg mcg µg ug ng ml mL l L dl dL mmol µmol umol mol mEq meq units iu IU cm mm m"
        " h hr hrs hours min mins minutes s sec seconds days weeks months years times fold"
        " patients participants people adults children women men cases events beats bpm"
        " mmHg mm Hg percent points of per to and or x"
    )
)


def superscript_lines(text: str) -> list[Found]:
    """The lines of ``text`` (a paragraph) holding numbers alone mid-sentence, as readings."""
    if "\n" not in text:
        return []  # most paragraphs: one line, or a text that wraps none
    found: list[Found] = []
    for match in _NUMBERS_LINE.finditer(text):
        above = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].split()
        if not above:
            continue  # a line of its own after a blank one, or the paragraph's first
        word = above[-1]
        following = text[match.end() : match.end() + 40].split(None, 1)
        if not _ends_a_claim_word(word) or not following or _a_unit(following[0]):
            continue
        read = read_numbers(match[1])
        if read is None or read[1] is not None:
            continue
        found.append(Found(match.start(1), match.end(1), match[1], read[0], kind=NUMBER, word=word))
    return found


def _a_unit(word: str) -> bool:
    """Whether ``word``, the first below the numbers, is what a value counts ("mmol/L",
    "mg", "patients"): "Potassium" / "4" / "mmol/L" is a value."""
    word = word.rstrip(".,;:)")
    return "/" in word or word in _UNITS


def _ends_a_claim_word(word: str) -> bool:
    """Whether ``word``, the last of the line above, may carry a superscript: a word of
    letters or a percentage, no value's lead-in ("from", "n ="), no sentence's end."""
    if word.endswith("%"):
        return word[:-1].replace(".", "", 1).isdigit()
    letters = word.rstrip(",;)")
    return letters.isalpha() and letters.lower() not in _BEFORE_A_VALUE
