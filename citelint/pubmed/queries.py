"""What PubMed is asked about an entry: its ECitMatch line, its title phrase, its telling words."""

from __future__ import annotations

import re
from dataclasses import replace

from citelint.models import Reference, normalise
from citelint.pubmed import matching
from citelint.pubmed.client import Citation

TITLE_WORDS = 5  # the longest words of a title, all required by the fallback search
# PubMed drops these from searches; they tell titles apart no better than short words do.
_STOPWORD_TEXT = """
    about after again among also because been before being between both could does doing down
    during each from further have having into more most other over same should some such than
    that their them then there these they this those through under until upon very were what
    when where which while with within without would your
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def entry_citation(entry: Reference, key: str) -> Citation | None:
    """An ECitMatch line for entries that name journal, year and volume or first page."""
    if not (entry.journal and entry.year and (entry.volume or entry.pages)):
        return None
    author = matching.surname(entry.authors[0]) if entry.authors else ""
    return Citation(
        key=key,
        journal=entry.journal,
        year=str(entry.year),
        volume=entry.volume or "",
        first_page=matching.first_page(entry.pages),
        author=author,
    )


def as_looked_up(entry: Reference) -> Reference:
    """The entry as the lookups should see it.

    Terse citations ("Smith J. Spine. 2019;44:1100-8.") give no title, and a reader then takes
    the journal name for one. A short "title" with a locus and no journal is such a journal.
    """
    terse = entry.title and len(entry.title.split()) <= 6 and not entry.journal
    if terse and entry.year and (entry.volume or entry.pages):
        return replace(entry, journal=entry.title, title=None)
    return entry


def words_term(title: str) -> str | None:
    """The title's most telling words, all required; None when too few to be selective."""
    words = [
        w for w in dict.fromkeys(normalise(title).split()) if len(w) >= 4 and w not in _STOPWORDS
    ]
    if len(words) < 3:
        return None
    longest = sorted(words, key=len, reverse=True)[:TITLE_WORDS]
    return "(" + " AND ".join(f"{word}[ti]" for word in longest) + ")"


def title_term(title: str) -> str:
    # Quotes, brackets and field tags inside a title would change the query's meaning.
    words = re.sub(r"[\"\[\]()*]", " ", title).split()
    return f'"{" ".join(words).rstrip(".…")}"[ti]'
