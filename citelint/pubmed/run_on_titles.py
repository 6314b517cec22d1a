"""A title read with more words than its record's: its byline or its site run on into it.

A byline with no stop before it (Manubot's "Title John JV McMurray, Scott D Solomon, et al"),
or a web page's site after a bar ("Title | New England Journal of Medicine"), is read as part
of the title; so is a byline before it that the reader could not tell from it (LWW's). The
record the entry's own PMID or DOI names is then still its paper.
"""

from __future__ import annotations

from dataclasses import replace

from citelint.models import Reference, normalise
from citelint.pubmed.matching import journal_matches, readings, surname
from citelint.record import Record


def runs_on_into_its_source(entry: Reference, record: Record) -> bool:
    """Whether a reading's title is the record's whole title run on into the record's own
    first author or journal: "Title John JV McMurray, Scott D Solomon, et al" (a byline read
    into it), "Title | New England Journal of Medicine" (a web page's site). The paper
    the entry's own PMID or DOI names is then the paper its title names, not another (a
    false CL204, user19 P1 3). A title run on into other words ("Title: a secondary
    analysis"), as a made-up paper's may be, is no such title."""
    theirs = normalise(record.title)
    if len(theirs.split()) < 5:
        return False  # a short title may start many a longer one
    names = _names(record)
    for option in readings(entry):
        ours = normalise(option.title or "")
        if _led_by_byline(ours, theirs, names):
            return True
        if not ours.startswith(f"{theirs} "):
            continue
        tail = ours[len(theirs) + 1 :]
        if _reads_as_byline(tail.split(), names):
            return True
        if journal_matches(replace(option, journal=tail), record):
            return True
    return False


def byline_read_into_title(reading: Reference, record: Record) -> bool:
    """Whether the reading's title is the record's whole title after the record's byline:
    its authors as read are then no byline's (CL203 compares no first author)."""
    theirs = normalise(record.title)
    if len(theirs.split()) < 5:
        return False
    return _led_by_byline(normalise(reading.title or ""), theirs, _names(record))


def names_read_into_title(entry: Reference, record: Record) -> bool:
    """Whether the entry, read with no author, has a "title" that is the record's whole
    title after its first author's name: the names taken into the title ("Chey WD, Howden
    CW, Moss SF, et al.ACG clinical guideline: ...", user27 P1-3). Only its citation
    deciding too (``same_work.cited_by_locus_alone``) makes it the record's paper, so a
    title of three words is enough here where ``byline_read_into_title`` asks for five."""
    if entry.authors or not (entry.title and record.authors):
        return False
    ours, theirs = normalise(entry.title), normalise(record.title)
    if len(theirs.split()) < 3 or words_before(ours, theirs) is None:
        return False
    family = surname(record.authors[0]).split()
    return bool(family) and ours.split()[: len(family)] == family


def words_before(ours: str, theirs: str) -> list[str] | None:
    """The words normalised title ``ours`` holds before the record's whole normalised title
    ``theirs``, or None when it does not end with it: where both tests above look for the
    names read into a title."""
    if not ours.endswith(f" {theirs}"):
        return None
    return ours[: -len(theirs) - 1].split()


def _names(record: Record) -> set[str]:
    return {normalise(surname(author)) for author in record.authors[:6]} - {""}


def _led_by_byline(ours: str, theirs: str, names: set[str]) -> bool:
    """Whether title ``ours`` is ``theirs`` after the record's byline: LWW's "Cite" text
    ("Chey, William D. MD, MACG1; Howden, Colin W. MD, FACG2; ... Title.") has degrees and
    affiliation marks after each name, and the whole list was read into the title (a false
    CL204 on a right DOI, user27 P1-8). Two of the record's authors' names, or its only
    author's, must be there: a made-up title ending in a real one is no byline."""
    before = words_before(ours, theirs)
    if before is None:
        return False
    held = {word for word in before if word in names}
    return len(held) >= min(2, len(names)) > 0


def _reads_as_byline(words: list[str], names: set[str]) -> bool:
    """Whether words after a title are the record's byline: two of its authors' names, or
    one that ends them or is followed by "et al". One name amid other words is no byline:
    "... in young adults: a cohort" holds an author Young's name (review19)."""
    held = [word for word in words if word in names]
    if len(set(held)) >= 2:
        return True
    return bool(held) and (words[-2:] == ["et", "al"] or words[-1] in names)
