"""Chicago's later notes to a work an earlier note gave in full: "Ibid., 230." and the short
form "McMahon, "Eroticism," 230." (the author's family name, the title's first words, a
page). They point back to that note's work and are no entry of their own to look up: looked
up, they were "possibly fabricated" (CL201).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference

# "Ibid.", "Ibid., 230.", "Ibid., pp. 12-14.", "Id. at 5."
_IBID = LazyPattern(r"(?:ibid(?:em)?|id)\.?(?:,?\s*(?:at\s+|pp?\.\s*)?[\d–-]+)?\.?", re.I)
# "McMahon, "Eroticism," 230." and "Park, Konge, and Artino, "Positivism Paradigm," 691-2."
_SHORT_FORM = LazyPattern(
    r"(?P<names>[^\d\"“”,.]{2,40}(?:,[^\d\"“”,.]{2,40}){0,3}),\s*[\"“](?P<title>[^\"“”]{2,100}?)"
    r"[,.]?[\"”],?\s*(?:pp?\.\s*)?[\d–-]+(?:,\s*[\d–-]+)*\.?"
)
_WORDS = LazyPattern(r"[^\W_]+")


def back_references(references: list[Reference]) -> set[int]:
    """Where in the list a note names an earlier note's work by "Ibid." or a short form."""
    found = set()
    for position, entry in enumerate(references):
        text = entry.raw.strip()
        if entry.year is not None or not position or len(text) > 200:
            continue  # such a note gives no year; most entries do, and are not read again
        if text[:2].lower() in ("ib", "id") and _IBID.fullmatch(text):
            found.add(position)
        elif (
            text[:1].isupper() and text.rstrip(".")[-1:].isdigit() and ('"' in text or "“" in text)
        ):
            short = _SHORT_FORM.fullmatch(text)
            if short and _shortens_an_earlier_one(short, references[:position]):
                found.add(position)
    return found


def _shortens_an_earlier_one(short: re.Match[str], earlier: list[Reference]) -> bool:
    """Whether an earlier entry has the short form's first family name as its first author's
    and every word of its short title in its title."""
    family = re.split(r",| and ", short["names"])[0].strip().lower()
    words = _words(short["title"])
    for entry in earlier:
        if not entry.authors or not entry.title:
            continue
        if entry.authors[0].rsplit(" ", 1)[0].lower() != family:
            continue
        if words <= _words(entry.title):
            return True
    return False


def _words(text: str) -> set[str]:
    return {word[0] for word in _WORDS.finditer(text.lower())}
