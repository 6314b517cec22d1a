"""Chicago's later notes to a work an earlier note gave in full: "Ibid., 230." and the short form
"McMahon, "Eroticism," 230." (the author's family name, the title's first words, a page), and a
note pointing to another, "See note 3, section 5.3.". They point back to that note's work and
are no entry of their own to look up: looked up, they were "possibly fabricated" (CL201). Real
notes sections dress them (CMOS 14.20-14.36, review19 F5): "See McMahon, ...", "Ibid., 8-9; cf.
Kember, ...", a short form with no page, a discursive note that cites in passing ("On the
limits of such readings, see McMahon, "Eroticism," 230; the point is taken up again below."),
and notes of comment alone.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference

# "Ibid.", "Ibid., 230.", "Ibid., pp. 12-14.", "Id. at 5.", and in the languages of the
# articles read: "Ibidem, p. 8", "Ibíd., p. 8", "Ebd., S. 8", "Idem, p. 230".
_IBID = LazyPattern(
    r"(?:ibid(?:em)?|ibíd|id(?:em)?|ebd|ebenda)\.?(?:,?\s*(?:at\s+|pp?\.\s*|s\.\s*)?[\d–-]+)?\.?",
    re.I,
)
# A note pointing to another note: "See note 3, section 5.3.", "See notes 2 and 4 above.",
# "Cf. n. 12.", "Supra note 7, at 45.", "Voir note 3.", "Vgl. Anm. 3." (user25 P1 3).
_OTHER_NOTE = LazyPattern(
    r"(?:(?:see(?:\s+also)?|cf\.|compare|voir(?:\s+aussi)?|véase|siehe|vgl\.)\s+)?"
    r"(?:(?:supra|infra)\s+)?(?:(?:foot|end)?notes?|nn?\.|fn\.|anm\.)\s*\d{1,3}"
    r"(?:\s*(?:,|and|&|–|-|to)\s*\d{1,3})*(?:\s+(?:above|below|supra|infra))?"
    r"(?:,?\s*(?:at\s+|(?:and\s+)?(?:the\s+)?text\s+(?:at|accompanying)\s+|sections?\s*|§\s*"
    r"|pp?\.\s*|chapter\s*)[\d.–-]+)?(?:\s+(?:above|below))?",
    re.I,
)
# The names, then the short title in quotes (straight or curly), then the page if any:
# "McMahon, "Eroticism," 230" and "Park, Konge, and Artino, "Positivism Paradigm," 691-2".
_SHORT_FORM = LazyPattern(
    r"(?P<names>[^\d\"“”«»]{2,160}?),\s*(?:[\"“]|«\s*)(?P<title>[^\"“”«»]{2,100}?)[,.]?"
    r"(?:[\"”]|\s*»)"
    r"(?P<page>,?\s*(?:pp?\.\s*)?[\d–-]+(?:,\s*[\d–-]+)*)?\.?"
)
# A signal before the names: "See", "See also", "Cf.", "Compare"; a discursive note puts its
# own words before the signal ("On the limits of such readings, see McMahon, ...").
_SIGNAL = LazyPattern(
    r"(?:^|.*[\s,])(?:see(?:\s+also)?|cf\.|compare|also|voir(?:\s+aussi)?|véase(?:\s+también)?"
    r"|ver|vgl\.(?:\s+auch)?|siehe(?:\s+auch)?)\s+",
    re.I | re.S,
)
# A book's short form, its title in italics lost in the copy: "Sharp, Strange Harvest, 50."
# (its title and page each after a comma), or the family name and page alone, "Sharp, 52.".
_PAGE_PART = LazyPattern(r"(?:pp?\.\s*|S\.\s*)?[\d–-]+")
# The work named as "the one cited": "McMahon, op. cit., p. 230", "art. cit.", "loc. cit.",
# Spanish and Portuguese "ob. cit.", German "a. a. O." (am angegebenen Ort).
_CITED = LazyPattern(r"(?:(?:op|ob|art|loc)\.\s*cit\.?|(?-i:a\.\s*a\.\s*O\.?))", re.I)
# Co-authors left out of a short form: "McDonagh et al.", "McDonagh u. a.", "y cols.".
_OTHERS = LazyPattern(
    r"\s+(?:et\s+al\.?|u\.\s*a\.?|y\s+cols?\.?|et\s+coll?\.?|e\s+cols?\.?)$", re.I
)
_WORDS = LazyPattern(r"[^\W_]+")
_QUOTES = frozenset('"“”«»')
# A note longer than this is no short form; a discursive one may run to a few sentences.
_LONGEST_NOTE = 400


def back_references(references: list[Reference]) -> set[int]:
    """Where in the list a note names earlier notes' works ("Ibid.", short forms, signalled
    or in passing) and cites nothing else, and, on a list with such notes, where a note is a
    comment citing nothing: none of them is an entry to look up."""
    found = set()
    comments = set()
    remarks = {position for position, entry in enumerate(references) if a_dated_remark(entry)}
    for position, entry in enumerate(references):
        text = entry.raw.strip()
        if position in remarks:
            continue
        if not position or len(text) > _LONGEST_NOTE or _may_be_a_full_entry(entry):
            continue  # such a note gives no year, journal or identifier; most entries do
        verdict = _points_back(text, references[:position])
        if verdict:
            found.add(position)
        elif verdict is None:
            comments.add(position)
    return (found | comments if found else set()) | remarks


def a_dated_remark(entry: Reference) -> bool:
    """A note of comment that gives a date, one sentence of six words or more with no
    authors, journal, volume, pages or identifier: "The retraction notice and the republished
    paper appeared together: NEJM, June 13, 2018." (review25a F5: looked up for its year, a
    false CL201). An entry's title is followed by its source, after a full stop."""
    if entry.year is None or entry.authors or entry.journal or entry.volume or entry.pages:
        return False
    if entry.pmid or entry.doi or entry.url:
        return False
    text = entry.raw.strip().rstrip(".")
    return ". " not in text and len(text.split()) >= 6 and text[:1].isupper()


def _may_be_a_full_entry(entry: Reference) -> bool:
    """An entry with a year, an identifier or a journal's volume is looked up: a full note
    that lost its year is still a work of its own. A page read as the year ("McMurray et al.,
    op. cit., p. 2001.") makes no full entry of a note naming "the work cited"."""
    if entry.pmid or entry.doi or (entry.journal and entry.volume):
        return True
    return entry.year is not None and not names_the_work_cited(entry.raw)


def names_the_work_cited(text: str) -> bool:
    """Whether the text says "op. cit.", "ob. cit.", "loc. cit." or "a. a. O."."""
    return ("cit" in text or "a. a. O" in text) and bool(_CITED.search(text))


def _points_back(text: str, earlier: list[Reference]) -> bool | None:
    """True when every citing part of the note (parts split at ";") names an earlier
    note's work; False when a part cites anything else or nothing can be told; None when
    the note is comment alone, words without a quoted title or a number."""
    points = False
    for part in text.rstrip(".").split(";"):
        part = part.strip().rstrip(".")
        if not part:
            continue
        if part[:2].lower() in ("ib", "id", "eb") and _IBID.fullmatch(part):
            points = True
            continue
        if _OTHER_NOTE.fullmatch(part):
            points = True  # another note's work: that note is looked up, not this one
            continue
        quoted = not _QUOTES.isdisjoint(part)
        short = _SHORT_FORM.fullmatch(part) if quoted else None
        if short is not None:
            names = _SIGNAL.sub("", short["names"], count=1)
            if not _shortens_an_earlier_one(names, short["title"], earlier):
                return False
            points = True
        elif quoted:
            return False  # a citation in a shape not read here: looked up, as before
        elif any(map(str.isdigit, part)):
            if not _unquoted_shortens(part, earlier):
                return False
            points = True
    return True if points else None


def _unquoted_shortens(part: str, earlier: list[Reference]) -> bool:
    """Whether the part is a book's short form, "Sharp, Strange Harvest, 50" or "Sharp, 52"
    (after a signal if any), of an earlier note's work."""
    pieces = [piece.strip() for piece in part.split(",")]
    cited = [piece for piece in pieces if not _CITED.fullmatch(piece)]
    paged = len(cited) > 1 and bool(_PAGE_PART.fullmatch(cited[-1]))
    while len(cited) > 1 and _PAGE_PART.fullmatch(cited[-1]):
        cited.pop()
    if not (paged or len(cited) < len(pieces)) or not 1 <= len(cited) <= 2:
        return False  # no page or "op. cit." at its end, or more than names and a title
    pieces = cited
    names = _OTHERS.sub("", _SIGNAL.sub("", pieces[0], count=1))
    if any(map(str.isdigit, "".join(pieces))) or not names[:1].isupper():
        return False
    return _shortens_an_earlier_one(names, pieces[1] if len(pieces) == 2 else "", earlier)


def _shortens_an_earlier_one(names: str, title: str, earlier: list[Reference]) -> bool:
    """Whether an earlier entry has the short form's first family name as its first author's
    and every word of its short title in its title; or, as a note may be read wrong (a book's,
    "Lesley A. Sharp, Strange Harvest (Berkeley: ...)"), the family name among the first
    words of its text and the title's words among its words."""
    family = re.split(r",| and ", names)[0].strip().lower()
    words = _words(title)
    for entry in earlier:
        read = entry.authors and entry.title and entry.authors[0].rsplit(" ", 1)[0].lower()
        if read == family and words <= _words(entry.title or ""):
            return True
        if family in _words(entry.raw[:60]) and words <= _words(entry.raw):
            return True
    return False


def _words(text: str) -> set[str]:
    return {word[0] for word in _WORDS.finditer(text.lower())}
