"""Titles an entry writes shorter than PubMed: a clinician's handout abbreviates a term
("SGLT2 inhibitors in patients with HFrEF: ...") or cuts the title to its subject
("Empagliflozin in heart failure" for "Cardiovascular and Renal Outcomes with Empagliflozin in
Heart Failure"), and a society prints its guideline with the Task Force subtitle PubMed drops
("2019 ESC Guidelines for ...: The Task Force for ... of the European Society of Cardiology").

Such a title alone is too far from PubMed's to decide (user23 P1-7, P1-2: "possibly
fabricated"); it decides only beside a citation that is wholly the record's: first author,
journal, year, volume and first page all agree. Even then a title with a word of its own
(another paper's, a made-up one) stays unmatched: only the record's own words, or
abbreviations of them, may be left in.
"""

from __future__ import annotations

import re

from citelint.models import Reference, normalise
from citelint.pubmed.matching import (
    TITLE_MATCH,
    first_author_matches,
    first_page,
    journal_matches,
    title_similarity,
    year_matches,
)
from citelint.pubmed.vocabulary import CLINICAL_ABBREVIATIONS
from citelint.record import Record

# Words a shortened title may leave in without the record having them.
_LITTLE_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "for", "and", "with", "to", "by"))
# A title cut to fewer significant words than this says too little to name a paper.
_FEWEST_WORDS = 2
# The subtitle: after a colon, or a dash set apart by spaces.
_SUBTITLE = re.compile(r":|\s[-–—]\s")


def shortened_title(entry: Reference, record: Record) -> bool:
    """Whether the entry is the record's paper under a shortened title (see the module):
    its citation wholly the record's, and its title the record's main title, or words of
    the record's title alone (a term of ``CLINICAL_ABBREVIATIONS`` standing for its words)."""
    title = entry.title or ""
    if not title or not _citation_agrees(entry, record):
        return False
    main = _SUBTITLE.split(title, maxsplit=1)[0]
    subtitled = main != title and len(main.split()) >= 4
    if subtitled and title_similarity(main, record.title) >= TITLE_MATCH:
        return True
    # A paper PubMed titles in translation gets no looser test: half its words shared let
    # a made-up title on a real citation resolve (review23b P1-2, "reduced" for "preserved").
    return _words_of(title, record.title)


def _citation_agrees(entry: Reference, record: Record) -> bool:
    page = first_page(entry.pages)
    return (
        bool(entry.volume and page)
        and entry.volume == record.volume
        and page == first_page(record.pages)
        and first_author_matches(entry, record) is True
        and journal_matches(entry, record) is True
        and year_matches(entry, record) is True
    )


def _words_of(title: str, record_title: str) -> bool:
    """Whether every significant word of ``title`` is the record title's, or an abbreviation
    whose words all are ("HFrEF": heart, failure, reduced, ejection, fraction)."""
    count = _significant_count(title)
    return count >= _FEWEST_WORDS and _shared_words(title, record_title) == count


def _significant(title: str) -> list[str]:
    return [word for word in normalise(title).split() if word not in _LITTLE_WORDS]


def _significant_count(title: str) -> int:
    return len(_significant(title))


def _shared_words(title: str, record_title: str) -> int:
    """How many significant words of ``title`` are the record title's, an abbreviation
    counting when all its words are."""
    theirs = set(normalise(record_title).split())
    shared = 0
    for word in _significant(title):
        spelt = CLINICAL_ABBREVIATIONS.get(word)
        if word in theirs or (spelt is not None and set(normalise(spelt).split()) <= theirs):
            shared += 1
    return shared
