"""Whether a reference entry is a book, chapter, thesis, report or web page, by what such
entries say of themselves and journal articles do not (read/identifiers asks it of an entry
PubMed may not hold)."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.clues import holds_any

# What books, chapters, theses, reports and web pages say of themselves and articles do not:
# an edition, editors, "In:" before the book, a thesis, a report number, an access date.
# The edition after an ordinal ("20th ed.") is a pattern of its own; each of the other signs
# holds one of _BOOK_WORDS, which most entries lack: the slower pattern runs only on those
# that hold one (same answers as one pattern of them all).
_ORDINAL_EDITION = re.compile(r"(?=\d)\b\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\b", re.IGNORECASE)
_BOOK_WORDS = (
    *("ed.", "eds.", "editor", "thesis", "dissertation"),
    *("report no", "review no", "series no", "catalogue no", "technical report"),
    *("working paper", "accessed", "retrieved", "cited"),
    *("(reviewed", "(updated", "(last", "(page", "[reviewed", "[updated", "[last"),
)
# Compiled on first use: only an entry holding one of _BOOK_WORDS is searched (start-up).
_BOOK_SIGNS = LazyPattern(
    r"(?=[edp\[mrsctwa(])(?:(?<![(\w])eds?\.(?=[,;:]?\s)|\beditors?[.,;:)]"
    r"|\[[^\]]{0,30}(?:dissertation|thesis)[^\]]{0,30}\]"
    r"|\b(?:doctoral|phd|master'?s|msc|md)\s+(?:thesis|dissertation)\b"
    r"|\b(?:report|review|series|catalogue) no\b|\btechnical report\b|\bworking paper\b"
    r"|\b(?:accessed|retrieved|cited)\b[^.;]{0,40}\b(?:19|20)\d{2}\b"
    # A web page's own date in brackets: "nhs.uk/conditions/asthma/ (reviewed 2024)", NLM's
    # "[updated 2024 Jan 5; cited 2025 Feb 1]" (review28a P3).
    r"|[(\[](?:(?:page )?last )?(?:reviewed|updated)\b[^.;)\]]{0,30}\b(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
# "In: Editor A, ed. Book", APA's "In A. Jones (Ed.), Book", and a publisher with its place
# before the year ("New York: McGraw-Hill; 2018."), where an article has "2018;12:1-9". The
# publisher's only full stops are those of two initials or more ("U.S. Department of ...",
# "W.B. Saunders"): a full stop after a word or one letter ends a title ("...: vitamin D.
# Am J Med; 2019" is no book).
# Compiled on first use: only an entry holding what their matches hold is searched (start-up).
_CHAPTER = LazyPattern(r"(?=I)(?:\bIn:\s|\bIn [^()]{2,160}\((?:Eds?|eds?)\.\))")
_PUBLISHER = LazyPattern(
    r":\s*(?=[A-Z])(?:[^;:.]|(?<![A-Za-z])(?:[A-Z]\.){2,}){2,61}\.?;\s*(?:1[89]|20)\d{2}\b"
    r"(?=\s*(?:[.:]|$|[A-Z][a-z]{2}\b))"
)
# Chicago's: "(Berkeley: University of California Press, 2006)", "(New York: Crown, 2010)".
_BRACKETED_PUBLISHER = LazyPattern(
    r"\([A-Z][^():;]{1,40}:\s*[A-Z][^():;]{1,80},\s*(?:1[89]|20)\d{2}\)"
)

# A Russian (GOST) book: its place and publisher before the year ("М.: ГЭОТАР-Медиа, 2020",
# "СПб.: Питер, 2019"), or its count of pages at the end ("– 320 с."), where an article gives
# its pages after "С." ("– С. 12–18.").
_GOST_BOOK = LazyPattern(
    r"(?:\b(?:М|СПб|Л|Москва|Санкт-Петербург|Киев|Минск)\.?\s?:\s?[^,;:]{2,80},\s?"
    r"(?:19|20)\d{2}|\s[–—-]\s\d{1,4}\s?с\.)"
)


def looks_like_a_book(entry: Reference) -> bool:
    """Whether the entry says it is a book, chapter, thesis, report or web page."""
    text = entry.raw or ""
    signs = holds_any(text, _BOOK_WORDS) and _BOOK_SIGNS.search(text)
    # What every match of _CHAPTER, and of _PUBLISHER, holds: most entries hold neither.
    chapter = "In:" in text or ("In " in text and ("(Ed" in text or "(ed" in text))
    publisher = ":" in text and ";" in text
    bracketed = ":" in text and "(" in text
    return bool(
        signs
        or _ORDINAL_EDITION.search(text)
        or (chapter and _CHAPTER.search(text))
        or (publisher and _PUBLISHER.search(text))
        or (bracketed and _BRACKETED_PUBLISHER.search(text))
        or (("с." in text or ".:" in text) and _GOST_BOOK.search(text))
    )
