"""ECitMatch lines: an entry's journal, year, volume, first page and first author, as asked.

Kept apart from ``queries``: an offline run with nothing to ask never makes one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.pubmed import matching
from citelint.pubmed.queries import has_citation, nlm_journal


# Citation and CitationMatch are not frozen, as models.Finding is not (a frozen dataclass is
# 1.8 M instructions more start-up for an offline check that opens the cache): compared and
# hashed by their fields as before; nothing changes one once made.
@dataclass(unsafe_hash=True)
class Citation:
    """One line of an ECitMatch request; ``key`` comes back with the answer."""

    key: str
    journal: str = ""
    year: str = ""
    volume: str = ""
    first_page: str = ""
    author: str = ""

    def line(self) -> str:
        fields = (self.journal, self.year, self.volume, self.first_page, self.author, self.key)
        return "|".join(map(_citation_field, fields)) + "|"


_TAG = LazyPattern(r"<[^<>]*>")  # only for entries with tags or unusual characters
_UNFIT = frozenset("|<>")


def _citation_field(text: str) -> str:
    """The text fit for one field of an ECitMatch line.

    The format is pipe-separated, one citation per line, and an answer that starts with "<"
    reads as XML: tags, pipes, angle brackets and control characters would garble the answer.
    """
    if text.isascii() and text.isprintable() and not _UNFIT.intersection(text):
        return " ".join(text.split())  # nothing to take out (most entries)
    kept = []
    for char in _TAG.sub(" ", text):
        category = unicodedata.category(char)
        if char in "|<>" or category == "Cc":
            kept.append(" ")
        elif not category.startswith("C"):  # format marks such as soft hyphens go unseen
            kept.append(char)
    return " ".join("".join(kept).split())


@dataclass(unsafe_hash=True)
class CitationMatch:
    """ECitMatch's answer for one citation: one PMID, several (ambiguous) or none."""

    key: str
    pmids: list[str]
    ambiguous: bool = False
    # "NOT_FOUND;INVALID_JOURNAL": PubMed knows no journal by the name the entry gives
    # ("Deutsche Medizinische Wochenschrift" for its "... (1946)"), so its locus was not asked.
    unknown_journal: bool = False


def cache_key(citation: Citation) -> str:
    """Where ECitMatch's answer for the citation is cached: its line without its key."""
    return "citation:" + citation.line().rsplit("|", 2)[0]


def entry_citation(entry: Reference, key: str) -> Citation | None:
    """An ECitMatch line for entries that name journal, year and volume or first page."""
    if not has_citation(entry):
        return None
    return Citation(
        key=key,
        journal=nlm_journal(entry.journal),
        year=str(entry.year),
        volume=entry.volume or "",
        first_page=matching.first_page(entry.pages),
        author=_first_person(entry.authors),
    )


def _first_person(authors: list[str]) -> str:
    """The family name ECitMatch is sent: the first person's, never a group's. A group-led
    entry ("HARBOUR Collaborative Group; Smith J") would send "group", which no record's
    first author is; with no person, no author is sent (the match is verified anyway)."""
    for author in authors:
        if not matching.is_group(author):
            return matching.surname(author) if _family_name_known(author) else ""
    return ""


def _family_name_known(author: str) -> bool:
    """Whether the name's form says which word is the family name: "Smith JA", "J. A.
    Smith", "Smith, John" or one word. Two full names ("Wang Yeming", "Yeming Wang") do not:
    a Chinese byline puts the family name first, so "yeming" was sent for Wang (CLOSING24).
    ECitMatch is then sent no author; the journal, volume and page still find the paper,
    whose first author is compared afterwards."""
    words = author.split()
    if "," in author or len(words) < 2:
        return True
    return any(_INITIALS.compiled().fullmatch(word) for word in words)


# Initials as bylines write them: "JA", "J.", "J.A.", "J.-P.".
_INITIALS = LazyPattern(r"[A-Z](?:[.\-]{0,2}[A-Z]){0,2}\.?")


def locus_citation(entry: Reference, key: str) -> Citation | None:
    """An ECitMatch line of the entry's journal, volume and first page alone: a title in
    another language finds nothing by its words, and a slipped year or first author makes
    ``entry_citation`` find nothing (review18 F4)."""
    page = matching.first_page(entry.pages)
    if not (entry.journal and entry.volume and page):
        return None
    journal = nlm_journal(entry.journal)
    return Citation(key=key, journal=journal, volume=entry.volume, first_page=page)
