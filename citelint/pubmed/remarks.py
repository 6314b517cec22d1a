"""Entries that give words alone, as a note's own remarks read as entries do: no look-up
that finds nothing says such an entry was made up."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference

# Why an entry giving nothing but words is not "possibly fabricated" when no title matches.
WORDS_ALONE = (
    "it gives no author, year, journal or identifier, only words no PubMed title holds: "
    "nothing says it names a published paper; check it by hand"
)


# Words of a paper's subtitle, by its design, after a colon: an AI answer's made-up paper
# listed by its title alone ("Low-dose aspirin and colorectal cancer: a randomized trial in
# older adults") stays "possibly fabricated" (review28a P2-1); a note's remark naming a "sleep
# study" or "PPI vs H2 blocker" has no such subtitle (review28c P1-3).
_PAPER_WORDS = LazyPattern(
    r"\b(?:trials?|randomi[sz]ed|cohort|versus|vs|meta-analys[ie]s|systematic review|study|"
    r"studies|case-control|cross-sectional|prospective|retrospective|observational)\b",
    re.IGNORECASE,
)
# Quotation marks around a title, as notes and Chicago's short forms set it.
_QUOTES = ('"', "“", "”", "«")


def words_alone(entry: Reference) -> bool:
    """Whether an entry gives words alone: its title is all its text, with no author, year,
    journal, volume, pages, identifier or link. A note's own remarks read as entries are such
    ("[^1]: Referral to speech therapy if ...", a medication history's "Sources: 1. Patient
    interview"), and a made-up reference names its authors, journal and year: finding no
    title is no evidence against these (user28a P1-7, P1-8). A short note quoting its title
    after its author ('Kember, "Embryology," 5.', read as one title) is not words alone."""
    title = entry.title or ""
    rest = entry.raw.replace(title, "", 1) if title else entry.raw
    return not (
        any(map(str.isalpha, rest))
        or ":" in title
        and _PAPER_WORDS.search(title, title.index(":")) is not None
        or any(map(entry.raw.__contains__, _QUOTES))
        or entry.authors
        or entry.year
        or entry.journal
        or entry.volume
        or entry.pages
        or entry.pmid
        or entry.doi
        or entry.url
    )


NOTHING_TO_LOOK_UP = "the entry gives no title, identifier or journal details to look up"


def nothing_to_look_up(raw: str) -> str:
    """CL208's reason for an entry that gives nothing to ask PubMed about: most say so; one
    that is a publisher's download stamp alone ("2. Downloaded from https://www.nejm.org on
    May 3, 2024. For personal use only.", a page break's, read without its words) says what
    it is, where CL208 named nothing a reader would know (review32a)."""
    if raw.startswith("Downloaded "):
        from citelint.read.download_stamps import is_stamp  # only for such an entry

        if is_stamp(raw.strip()):
            return (
                "it is a publisher's download stamp alone, which a page break left in the "
                "list: the entry's own words, if any, are elsewhere; check the list by hand"
            )
    return NOTHING_TO_LOOK_UP
