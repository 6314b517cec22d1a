"""The lock's keys: what names the work an entry cites, and the journal, volume and pages
its verdict was reached for (two entries of one key may cite two papers)."""

from __future__ import annotations

import re

from citelint.models import Reference, normalise
from citelint.pubmed.matching import first_page
from citelint.read.identifiers import entry_doi, entry_pmid
from citelint.record import Record

_LEADING_NUMBER = re.compile(r"^\s*(?:\[\d+\]|\d+[.)])\s*")


def lock_key(reference: Reference, dated: bool = True) -> str:
    """The lock's key for an entry: its PMID, DOI and title together ("pmid:1|title:...").

    An entry whose PMID names another paper than its title resolves otherwise than an entry
    giving that PMID alone, so the key holds every one of them. An entry named by its title
    and journal alone holds its year too ("title:...|year:2012"): the versions of a Cochrane
    review share their title, and the 2012 version must not be checked against the 2017 one.
    Without an identifier and a title beside a journal, the authors, journal and pages decide
    the match, so the whole text counts. ``dated`` False gives version 3's key.
    """
    parts = []
    pmid, doi = entry_pmid(reference), entry_doi(reference)
    if pmid:
        parts.append(f"pmid:{pmid}")
    if doi:
        parts.append(f"doi:{doi}")
    title = normalise(reference.title or "")
    if title:
        parts.append(f"title:{title}")
    if not (pmid or doi) and not (title and reference.journal):
        parts.append(f"text:{normalise(_LEADING_NUMBER.sub('', reference.raw))}")
    elif dated and not (pmid or doi) and reference.year:
        parts.append(f"year:{reference.year}")
    return "|".join(parts)


def entry_source(reference: Reference) -> str:
    """The entry's journal, volume and pages as compared ("n engl j med/384/693 704"): two
    entries of one key (title and year) may cite two papers, a trial and the letter
    replying to it under its title, or one guideline printed in two journals."""
    parts = (reference.journal or "", reference.volume or "", reference.pages or "")
    return "/".join(normalise(part) for part in parts)


def sourced_key(key: str, source: str) -> str:
    """The key of a second entry under one key citing another journal, volume or pages."""
    return f"{key}|source:{source}"


def agrees(record: Record | None, reference: Reference) -> bool:
    if record is None:
        return False
    page = first_page(reference.pages)
    if page and page == first_page(record.pages):
        return True
    source = entry_source(reference)
    return any(
        source == "/".join(normalise(part or "") for part in (journal, record.volume, record.pages))
        for journal in (record.journal, record.journal_abbrev or "")
    )
