"""Notes a page defines: a paragraph that opens with a number raised or typed before words
is a table's or a page's footnote, and a superscript elsewhere with its number calls that
note, no entry (read.layout leaves such superscripts uncited)."""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.read.prose_candidates import LETTER_WORD

# "<sup>1</sup> Text", "¹ Text", or as a note typed plainly, "1 Trough levels ..." (a number,
# a space, a capital: no list item's "1." or "1)").
_NOTE_OPENING = LazyPattern(
    r"\s*(?:<sup\b[^>]{0,200}>\s*(\d{1,2})\s*</sup\s*>|([¹²³⁴⁵⁶⁷⁸⁹])|(\d{1,2})[ \t]+(?=[A-Z][a-z]))"
)
_PLAIN = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹", "123456789")


def page_notes(texts: list[str]) -> set[int]:
    """Numbers the page defines as notes: a paragraph that opens with a superscript and goes
    on in words ("<sup>1</sup> Check with your insurer first.") is a table's or a page's
    footnote, and a superscript elsewhere with its number calls that note."""
    notes: set[int] = set()
    for text in texts:
        # What a note's opening starts with after white space (re's "\s" is str.isspace), told
        # first: _NOTE_OPENING's superscript class costs two million instructions to compile,
        # which a page with no paragraph opening so need not pay.
        first = text.lstrip()[:1]
        if not first or not (first == "<" or first in "¹²³⁴⁵⁶⁷⁸⁹" or first.isdecimal()):
            continue
        opening = _NOTE_OPENING.match(text)
        if opening and LETTER_WORD.search(text, opening.end()):
            notes.add(int((opening[1] or opening[2] or opening[3]).translate(_PLAIN)))
    return notes
