"""Titles an entry writes shorter than PubMed: a clinician's handout abbreviates a term
("SGLT2 inhibitors in patients with HFrEF: ...") or cuts the title to its subject
("Empagliflozin in heart failure" for "Cardiovascular and Renal Outcomes with Empagliflozin in
Heart Failure"), and a society prints its guideline with the Task Force subtitle PubMed drops
("2019 ESC Guidelines for ...: The Task Force for ... of the European Society of Cardiology").

Such a title alone is too far from PubMed's to decide (user23 P1-7, P1-2: "possibly
fabricated"); it decides only beside a citation that is wholly the record's: first author,
journal, year, volume and first page all agree. Even then a title with a word of its own
(another paper's, a made-up one) stays unmatched: only the record's own words, or
abbreviations of them, may be left in. A main title before the subtitle, every word of it
the record's, decides with another first page (esc3.md: the guideline's print pages where
PubMed has another printing's), which CL203 then names.

A paper PubMed titles in translation ("[Heart failure with preserved ejection fraction:
current diagnosis and therapy]") is cited under the review's own English for the same German
words ("HFpEF: diagnosis and treatment today", user23 paraphr2.md): there a word may also be
another English word for one of PubMed's (``_RENDERINGS``), when every listed author and the
whole page range are the record's too. A title with any other word stays unmatched
("... reduced ejection fraction: novel device therapy" on that citation, review23b P1-2).
"""

from __future__ import annotations

from dataclasses import replace

from citelint.models import Reference, normalise
from citelint.pubmed.matching import (
    TITLE_MATCH,
    first_author_matches,
    first_page,
    journal_matches,
    last_page,
    title_similarity,
    year_matches,
)
from citelint.pubmed.queries import main_title
from citelint.pubmed.vocabulary import CLINICAL_ABBREVIATIONS
from citelint.record import Record

# Words a shortened title may leave in without the record having them.
_LITTLE_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "for", "and", "with", "to", "by"))
# A title cut to fewer significant words than this says too little to name a paper.
_FEWEST_WORDS = 2
# English words that put one word of a title in another language alike: a translation PubMed
# gives as "current diagnosis and therapy" a review writes "diagnosis and treatment today".
# Only plain words of a review's title; a word of subject (a drug, a population) has none.
_RENDERINGS = (
    frozenset(("therapy", "treatment", "management")),
    frozenset(("current", "today", "contemporary", "present")),
    frozenset(("diagnosis", "diagnostics")),
)


def shortened_title(entry: Reference, record: Record) -> bool:
    """Whether the entry is the record's paper under a shortened title (see the module):
    its citation wholly the record's, and its title the record's main title, or words of
    the record's title alone (a term of ``CLINICAL_ABBREVIATIONS`` standing for its words)."""
    title = entry.title or ""
    if not title or not _cited_in(entry, record):
        return False
    if _main_title_is_theirs(title, record):
        return True  # its pages may be another printing's: CL203 names them
    if first_page(entry.pages) != first_page(record.pages):
        return False
    if _words_of(title, record.title):
        return True
    # A paper PubMed titles in translation: another English word for one of PubMed's, never a
    # word of its own (half the words shared let a made-up title on a real citation resolve,
    # review23b P1-2, "reduced" for "preserved").
    translated = record.title.startswith("[")
    return (
        translated
        and _every_author_and_page(entry, record)
        and _words_of(title, record.title, rendered=True)
    )


def _main_title_is_theirs(title: str, record: Record) -> bool:
    """Whether the title before the subtitle is the record's whole title: as alike as one
    title, and the same words either way. One word swapped ("reduced" for "preserved") is
    another paper's title (a made-up subtitle on a translated paper's citation resolved by
    likeness alone), and so is a record with a subtitle of its own ("...: part 2")."""
    main = main_title(title)
    if main is None or len(main.split()) < 4:
        return False
    return (
        title_similarity(main, record.title) >= TITLE_MATCH
        and _words_of(main, record.title)
        and _words_of(record.title, main)
    )


def _cited_in(entry: Reference, record: Record) -> bool:
    """Whether the entry's first author, journal, year and volume are the record's and it
    gives a first page (compared apart: a guideline's main title decides without it)."""
    return (
        bool(entry.volume and first_page(entry.pages))
        and entry.volume == record.volume
        and first_author_matches(entry, record) is True
        and journal_matches(entry, record) is True
        and year_matches(entry, record) is True
    )


def _every_author_and_page(entry: Reference, record: Record) -> bool:
    """Whether every author the entry lists is the record's in its place, and its last page
    the record's where both give one: the citation verified field by field."""
    if not entry.authors or len(entry.authors) > len(record.authors):
        return False
    pairs = zip(entry.authors, record.authors, strict=False)
    if not all(_same_person(entry, ours, record, theirs) for ours, theirs in pairs):
        return False
    ours_last, theirs_last = last_page(entry.pages), last_page(record.pages)
    return not (ours_last and theirs_last and ours_last != theirs_last)


def _same_person(entry: Reference, ours: str, record: Record, theirs: str) -> bool:
    """Whether the entry's author ``ours`` is the record's ``theirs``, as a first author is
    compared (umlauts spelt out, a double surname by its first)."""
    return (
        first_author_matches(replace(entry, authors=[ours]), replace(record, authors=[theirs]))
        is True
    )


def _words_of(title: str, record_title: str, rendered: bool = False) -> bool:
    """Whether every significant word of ``title`` is the record title's, or an abbreviation
    whose words all are ("HFrEF": heart, failure, reduced, ejection, fraction); with
    ``rendered``, or another English word for one of the record title's (``_RENDERINGS``)."""
    count = _significant_count(title)
    return count >= _FEWEST_WORDS and _shared_words(title, record_title, rendered) == count


def _significant(title: str) -> list[str]:
    return [word for word in normalise(title).split() if word not in _LITTLE_WORDS]


def _significant_count(title: str) -> int:
    return len(_significant(title))


def _shared_words(title: str, record_title: str, rendered: bool = False) -> int:
    """How many significant words of ``title`` are the record title's, an abbreviation
    counting when all its words are (with ``rendered``, a word of ``_RENDERINGS`` when
    another of its group is)."""
    theirs = set(normalise(record_title).split())
    return sum(_theirs(word, theirs, rendered) for word in _significant(title))


def _theirs(word: str, theirs: set[str], rendered: bool) -> bool:
    spelt = CLINICAL_ABBREVIATIONS.get(word)
    if word in theirs or (spelt is not None and set(normalise(spelt).split()) <= theirs):
        return True
    return rendered and any(word in group and group & theirs for group in _RENDERINGS)
