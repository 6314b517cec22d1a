"""Titles an entry writes shorter than PubMed: a clinician's handout abbreviates a term
("SGLT2 inhibitors in patients with HFrEF: ...") or cuts the title to its subject
("Empagliflozin in heart failure" for "Cardiovascular and Renal Outcomes with Empagliflozin in
Heart Failure"), and a society prints its guideline with the Task Force subtitle PubMed drops
("2019 ESC Guidelines for ...: The Task Force for ... of the European Society of Cardiology").

Such a title alone is too far from PubMed's to decide (user23 P1-6, P1-8: "possibly
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
    theirs = set(normalise(record_title).split())
    ours = [word for word in normalise(title).split() if word not in _LITTLE_WORDS]
    if len(ours) < _FEWEST_WORDS:
        return False
    for word in ours:
        if word in theirs:
            continue
        spelt = CLINICAL_ABBREVIATIONS.get(word)
        if spelt is None or not set(normalise(spelt).split()) <= theirs:
            return False
    return True
