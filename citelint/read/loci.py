"""Where an entry gives its year, volume, issue and pages, in the shapes styles print them.

Vancouver   J Name. 2010 Mar;13(2):150-8.         BioMed Central  J Name 2010, 13:150-158.
GB/T 7714   J Name, 2010, 13(2): 150-158.
Chicago     J Name 13, no. 2 (2010): 150-58.      Nature          J Name 13, 150-158 (2010).
Harvard     J Name 13, 150-158.  J Name 13:150.   RSC             J Name, 2010, 13, 150-158.
APA         J Name, 13(2), 150-158.               with the year elsewhere in the entry
Cochrane    Cochrane Database of Systematic Reviews 2018, Issue 9. Art. No.: CD005465.
Medscape    J Name. 2010 Mar. 13 (2):150-8.
German      J Name. 13. Jg. (2010), Heft 2, S. 150-158.
DIN 1505    J Name 13 (2010), Nr. 2, S. 150-158
French      J Name. 2010 ; t. 13, n° 2 : p. 150-8.
Spanish     J Name. 2010;vol. 13, nº 2, p. 150-158.
ABNT        J Name, City, v. 13, n. 2, p. 150-158, mar. 2010.
Japanese    日本誌 13(2): 150-158, 2010.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from citelint.lazy_pattern import LazyPattern

YEAR = r"(?:1[89]|20)\d{2}"
_PAGE = r"[A-Za-z]{0,4}\d+[A-Za-z]?"
# Front matter and editorials are paged in roman numerals, a range in one case: "ix–xiv"
# (PubMed's "ix-xiv"); a range only, so that no word of a title reads as a page.
ROMAN_PAGES = r"[ivxlc]{1,6}\s*[-–]\s*[ivxlc]{1,6}\b|[IVXLC]{1,6}\s*[-–]\s*[IVXLC]{1,6}\b"
PAGES = rf"{_PAGE}(?:\s*[-–]\s*{_PAGE})?|{ROMAN_PAGES}"
# Elsevier's e-pages, a printed page and its online part: "523.e1-523.e114" (user24 P2 6),
# read whole by Vancouver's locus only ("523" alone was read).
_E_PAGE = r"\d+\.e\d+"
# ... or the last page's online part alone: "187.e1-6", "187.e1-e6" (PubMed's "187.e1-187.e6").
_VANCOUVER_PAGES = rf"{_E_PAGE}(?:\s*[-–]\s*(?:{_E_PAGE}|e?\d+\b))?|{PAGES}"
# "\b(?P<year>YEAR)", the boundary checked after the year's first two digits.
_BOUNDED_YEAR = r"(?P<year>(?:1[89]|20)(?<=\b\d\d)\d{2})"
# "\b(?P<volume>\d+)", the boundary checked after its first digit.
_BOUNDED_VOLUME = r"(?P<volume>\d(?<=\b\d)\d*)"
# A month or season, in any language and either case: "Mar", "abr-jun", "Dez", "févr.".
_MONTH_WORD = r"[^\W\d_]{3,9}"
# "2010;13(2):150-8", "2010 Mar;13(2):150-8", "2019 Jan 5;380(1):e1", "1990 Spring;17(1):113-25",
# "2019;44 Suppl 1:S1-S5"
# Each pattern starts with what its matches start with, a class of characters (or
# alternatives each led by a literal), and checks the boundary before it after it: the regex
# engine then skips to those characters instead of trying the whole pattern at each one
# (same matches as "(?=[12])\b" or "(?=\d)\b" before them, which it does not skip by).
VANCOUVER = re.compile(
    rf"{_BOUNDED_YEAR}[a-z]?"  # YEAR, "\b" checked after its first two digits
    rf"(?:\s+{_MONTH_WORD}\.?(?:\s*[-/]\s*{_MONTH_WORD}\.?)?"
    r"(?:\s+\d{1,2})?)?\s*;\s*(?P<volume>[A-Za-z]?\d+[A-Za-z]?(?:\s+Suppl(?:\s*\d+)?)?)?"
    r"\s*(?:\((?P<issue>[^()]{1,20})\))?"
    rf"\s*(?::\s*(?P<pages>{_VANCOUVER_PAGES}))?"
)
# How far a match of VANCOUVER's ";" can stand from its start in text whose white space is
# single spaces: the year and a letter (5), " Month." (11), "-Month." with a space on either
# side (13), " 19" (3), " " (1): 33.
_VANCOUVER_REACH = 33
# ... and China's GB/T 7714, a space after its colon: "N Engl J Med, 2019, 381(21): 1995-2008."
_BMC = LazyPattern(
    rf"{_BOUNDED_YEAR},\s*(?P<volume>\d+)(?:\((?P<issue>[^()]{{1,20}})\))?:\s*(?P<pages>{PAGES})"
)
# ... and Elsevier's on its own pages: "N Engl J Med., 381 (2019), pp. 1995-2008".
# Chicago's "no." takes the whole issue, as PubMed's Issue holds it: "no. Suppl 2", "no. 1 Pt 1"
# (user31a P1-7: "Suppl" had been read into the journal, "2" as the volume).
_CHICAGO = LazyPattern(
    rf"{_BOUNDED_VOLUME}(?:,\s*no\.\s*(?P<issue>[^\s,()]+(?: [^\s,()]+){{0,2}}))?"
    rf"\s*\((?P<year>{YEAR})\)"
    rf"(?:(?::|,\s*pp?\.)\s*(?P<pages>{PAGES}))?"
)
_NATURE = LazyPattern(rf"{_BOUNDED_VOLUME},\s*(?P<pages>{PAGES})\s*\((?P<year>{YEAR})\)(?P<issue>)")
# A journal's name, then "82, 310-315", "24:6309-6320" or "24: 756-761, 2017"
_HARVARD = LazyPattern(
    rf"\s(?<=[A-Za-z.)]\s)\s*(?P<volume>\d{{1,4}}[A-Za-z]?)(?:\s*\((?P<issue>[^()]{{1,20}})\))?"
    rf"\s*[,:]\s*(?P<pages>{PAGES})(?:\s*,\s*(?P<year>{YEAR}))?"
)
_RSC = LazyPattern(
    rf"[,.]\s*(?P<year>{YEAR}),\s*(?P<volume>\d+[A-Za-z]?)(?:\s*\((?P<issue>[^()]{{1,20}})\))?"
    rf",\s*(?:pp?\.\s*)?(?P<pages>{PAGES})"
)
# Every text _HARVARD matches, with the letter before it, read backwards: a Harvard locus
# counts only where it ends the entry, and whether any text ending there can match is told
# by matching this once at the start of the entry read backwards (the regex engine tries
# every way before it fails), where _HARVARD scans the whole entry forwards (most entries:
# "...J Name. 2010;13(2):150-8" has none).
_BACKWARDS_PAGE = r"[A-Za-z]?\d+[A-Za-z]{0,4}"
# ROMAN_PAGES read backwards, the boundary after them left out (it stands before the match).
_BACKWARDS_ROMAN = ROMAN_PAGES.replace(r"\b", "")
_BACKWARDS_HARVARD = LazyPattern(
    r"(?:\d{2}(?:[89]1|02)\s*,\s*)?"  # ", 2017" read backwards
    rf"(?:(?:{_BACKWARDS_PAGE}\s*[-–]\s*)?{_BACKWARDS_PAGE}|{_BACKWARDS_ROMAN})"  # the pages,
    r"\s*[,:]\s*"  # then ":"
    r"(?:\)[^()]{1,20}\(\s*)?[A-Za-z]?\d{1,4}\s+[A-Za-z.)]"  # "(2)", the volume, " ", "J"
)
# A Cochrane review as the Cochrane Library cites one: "Cochrane Database of Systematic
# Reviews 2018, Issue 9. Art. No.: CD005465." (no volume; the review's number for pages)
_COCHRANE = LazyPattern(
    rf"{_BOUNDED_YEAR},\s*Issue\s+(?P<issue>\d{{1,2}})\.\s*Art\.\s*No(?:\.:?|:)\s*"
    r"(?P<pages>CD\d{6})(?P<volume>)"
)
# A Cochrane review's issue named as Vancouver's volume stands: "Cochrane Database Syst Rev.
# 2013; Issue 1: CD004816" (the issue, as "2013;(1):CD004816" gives it; no volume), or with
# the Library's article number: "2013; Issue 1. Art. No.: CD004816" (review22a P3-4).
_COCHRANE_ISSUE = LazyPattern(
    rf"{_BOUNDED_YEAR}(?:\s+{_MONTH_WORD}\.?(?:\s+\d{{1,2}})?)?\s*;\s*Issue\s+"
    r"(?P<issue>\d{1,2})(?:\s*:|\.\s*Art\.\s*No(?:\.:?|:))\s*(?P<pages>CD\d{6})(?P<volume>)"
)
# Medscape (eMedicine) prints Vancouver's locus with full stops: "N Engl J Med. 2012 Nov 22.
# 367 (21):1979-87." The colon and pages are required: "in 2012. 367 patients" is no locus.
_MEDSCAPE = LazyPattern(
    rf"{_BOUNDED_YEAR}(?:\s+[A-Z][a-z]{{2,8}}\.?(?:\s+\d{{1,2}})?)?\.\s+"
    r"(?P<volume>\d{1,4}[A-Za-z]?)\s*(?:\((?P<issue>[^()]{1,20})\))?\s*:\s*"
    rf"(?P<pages>{PAGES})"
)
# Frontiers sets the year first, in brackets: "Clin Infect Dis. (2023) 76:342–5.", "Front
# Pharmacol. (2018) 9:576."
_FRONTIERS = LazyPattern(
    rf"\((?P<year>{YEAR})\)\s+(?P<volume>\d+[A-Za-z]?)(?:\s*\((?P<issue>[^()]{{1,20}})\))?"
    rf"\s*:\s*(?P<pages>{PAGES})"
)
# PubMed's locus of a paper online ahead of print: its date, then its article number or
# Elsevier's item number (PII, no pages), no volume: "Biomed Pharmacother. 2024 Apr
# 25:116695.", "J Geriatr Oncol. 2024 May 2:S1879-4068(24)00075-4."
_AHEAD = LazyPattern(
    rf"{_BOUNDED_YEAR}\s+{_MONTH_WORD}\.?\s+\d{{1,2}}:"
    r"(?:S\d{4}-\d{3}[\dX]\(\d\d\)\d{5}-[\dX]|(?P<pages>[A-Za-z]?\d+))(?P<volume>)(?P<issue>)"
)
# Where _AHEAD's matches have their colon, after a day: most entries hold none.
_DAY_COLON = LazyPattern(r":(?:(?<=\s\d:)|(?<=\s\d\d:))")
# Local forms that name each part (user24 P2 3), each tried only when the entry holds the
# word its pages are led by. German "147. Jg. (2022), Heft 12, S. 765-772" and DIN 1505's
# "147 (2022), Nr. 12, S. 765-772"; a book's volume ("Bd. 2 (2019), S. 45") is none:
_GERMAN = LazyPattern(
    r"(?<!Bd\. )(?<!Bd )(?<!Band )(?<!Teil )(?<!Vol\. )"
    rf"{_BOUNDED_VOLUME}(?:\.\s*Jg\.)?\s*\((?P<year>{YEAR})\)"
    r"(?:\s*,\s*(?:Heft|H\.|Nr\.)\s*(?P<issue>[^\s,()]{1,10}))?"
    rf"\s*,\s*S\.\s*(?P<pages>{PAGES})"
)
# French "2019 ; t. 40, n° 5 : p. 301-7" and Spanish "2020;vol. 73, nº 4, p. 312-319", the
# year after the journal's name ("Rev Med Interne. 2019"), not after a book's publisher
# ("Paris: Masson; 2019"):
_ROMANCE = LazyPattern(
    r"(?<=[.,]\s)"
    rf"{_BOUNDED_YEAR}(?:\s+{_MONTH_WORD}\.?)?\s*;\s*(?:t|vol|v)\.\s*(?P<volume>\d+[A-Za-z]?)"
    r"(?:\s*,\s*(?:n\s?[°º]|n\.|no\.|núm\.)\s*(?P<issue>[^\s,:;()]{1,10}))?"
    rf"\s*[,:]\s*pp?\.\s*(?P<pages>{PAGES})"
)
# Brazil's ABNT, the journal's city before it: ", São Paulo, v. 116, n. 3, p. 456-464, mar.
# 2021" (the city is no part of the journal's name)
_ABNT = LazyPattern(
    r"(?:,\s*[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,3})?"
    r",\s*v\.\s*(?P<volume>\d+[A-Za-z]?)(?:\s*,\s*n\.\s*(?P<issue>[^\s,()]{1,10}))?"
    rf"\s*,\s*p\.\s*(?P<pages>{PAGES})\s*,\s*"
    rf"(?:{_MONTH_WORD}\.?(?:\s*/\s*{_MONTH_WORD}\.?)?\s+)?(?P<year>{YEAR})"
)
# Japanese lists after a journal named in Japanese: "日本内科学会雑誌 108(3): 456-462, 2019"
_JAPANESE = LazyPattern(
    r"(?<=[^\x00-\x7f\W\d_])\s*(?P<volume>\d{1,4})(?:\s*\((?P<issue>[^()]{1,20})\))?"
    rf"\s*:\s*(?P<pages>{PAGES})\s*,\s*(?P<year>{YEAR})"
)
# Shapes that stand at the very end of an entry; the Vancouver one may have notes after it.
_AT_END = (_BMC, _CHICAGO, _NATURE, _HARVARD, _RSC, _COCHRANE, _MEDSCAPE, _FRONTIERS)
# What follows a year in every match of a pattern: "2010," (BioMed Central, RSC, Cochrane)
# or "(2010)" (Chicago, Nature, Frontiers). Harvard's year is optional.
_NEEDS = {_BMC: ",", _RSC: ",", _COCHRANE: ",", _CHICAGO: ")", _NATURE: ")", _FRONTIERS: ")"}
# A year right before "," and before ")", each led by its mark (a literal, which the engine
# skips to fastest), the year checked behind it.
_YEAR_COMMA = LazyPattern(r",(?<=(?:1[89]|20)\d\d,)")
_YEAR_BRACKET = LazyPattern(r"\)(?<=(?:1[89]|20)\d\d\))")
# APA's source after the title: "Journal, 13(2), 150-158." or "..., 13, pp. 150-158."
APA_TAIL = LazyPattern(
    r"[,.]\s*(?P<volume>\d+[A-Za-z]?)\s*(?:\((?P<issue>[^()]{1,20})\))?"
    rf"(?:,\s*(?:Article\s+|pp?\.\s*)?(?P<pages>{PAGES}))?\.?\s*$"
)
# A year that ends the entry: "Title. Journal. 2019.", "Title. Journal, 2019", "...; 2019 Dec 19."
_TRAILING_YEAR = LazyPattern(
    rf"[\s,.;:]+\(?(?P<year>{YEAR})[a-z]?\)?(?:\s+[A-Z][a-z]{{2,8}}\.?(?:\s+\d{{1,2}})?)?"
    r"[.\s]*$"
)
_MONTH = LazyPattern(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*\Z"
)
# A year right after the authors: "Smith J, Doe A. 2006. Title" (ASM, Cell), or bracketed
# without a stop, opening an unsigned notice in Harvard's shape: "(2022) Error in Figure 2."
_LEADING_YEAR = LazyPattern(rf"\(?(?P<year>{YEAR})[a-z]?(?:\)\.?|\.)\s+")


class Locus(NamedTuple):  # a tuple: one is made for nearly every entry
    start: int  # where it begins in the entry's text
    year: int | None
    volume: str | None
    issue: str | None
    pages: str | None
    rsc: bool = False  # "Authors, J Name, 2010, 13, 150": no title at all


def find_locus(text: str, spaces_only: bool = False) -> Locus | None:
    """The entry's year-volume-pages part. The last one wins ("... in 2019; a survey. J X.
    2020;3:1-9"); one naming no volume or pages only when nothing follows it.
    ``spaces_only``: the caller knows that the text's only white space is single spaces."""
    found: re.Match[str] | None = None
    rsc = False  # whether ``found`` is an RSC locus (the patterns compile when first used)
    end = len(text.rstrip(" .;"))  # a match reaching here has nothing but " .;" after it
    for match in _vancouver(text, spaces_only):
        located = match["volume"] or match["pages"]
        if (located or match.end() >= end) and (found is None or _rank(match) > _rank(found)):
            found = match
    if "Issue" in text:  # a gate: most entries name no issue so
        for match in _COCHRANE_ISSUE.finditer(text):
            if match.end() >= end and (found is None or _rank(match) > _rank(found)):
                found = match
    # A Vancouver locus reaching ``end`` (most entries) outranks every Harvard one, which is
    # not tried then. A Harvard locus counts only where it ends at ``end`` (its last character
    # is a letter or digit, all after ``end`` is " .;"); without a year it ranks below any
    # Vancouver locus (whose year is mandatory); with one it ends in ", 2017", and no Vancouver
    # locus ends in digits after a comma (its last digits follow ";", ":", "-", "–", a letter
    # or "Suppl"), so the two cannot end together. Nor can a Medscape locus, which is not
    # tried then either: it ends in its pages, a letter or digit, so only a Vancouver locus
    # ending at ``end`` in its own pages or volume could end with it. Pages hold no colon,
    # so the two would share pages after one colon, and before that Medscape's volume
    # follows ". " where Vancouver's follows ";" (with spaces or not), or the ";" of one
    # with no volume stands; or Vancouver's volume, after ";", would be the end of
    # Medscape's pages, which follow ":" and hold no ";".
    settled = found is not None and found.end() >= end
    for pattern in _at_end_patterns(text):
        if pattern is _HARVARD and (settled or not _BACKWARDS_HARVARD.match(text[:end][::-1])):
            continue  # no text ending where the entry does is a Harvard locus, or none wins
        if pattern is _MEDSCAPE and settled:
            continue
        for match in pattern.finditer(text):
            if match.end() < end:
                continue  # "13 (2021)" inside a title is no locus
            if pattern is _HARVARD and _MONTH.search(text, 0, match.start()):
                continue  # "Accessed January 5, 2025" is a date
            if found is None or _rank(match) > _rank(found):
                found, rsc = match, pattern is _RSC
    if not settled:
        for pattern in _local_patterns(text):
            for match in pattern.finditer(text):
                if match.end() >= end and (found is None or _rank(match) > _rank(found)):
                    found, rsc = match, False
    if not settled and ":" in text and _DAY_COLON.search(text):
        ahead = _ahead_of_print(text, end, found)
        if ahead is not found:
            found, rsc = ahead, False
    return None if found is None else _locus_of(found, rsc)


def _locus_of(found: re.Match[str], rsc: bool) -> Locus:
    """The locus a pattern's match reads: every pattern has the five groups."""
    year = found["year"]
    # str.split's whitespace is \s's: "".join drops what _SPACES.sub("", ...) would.
    pages = "".join(found["pages"].split()) if found["pages"] else None
    return Locus(
        found.start(),
        int(year) if year else None,
        found["volume"] or None,  # Cochrane's has none
        found["issue"] or None,
        pages,
        rsc=rsc,
    )


def _local_patterns(text: str) -> list[LazyPattern]:
    """The local forms (_GERMAN ...) ``text`` can hold, by the words their pages are led by
    (most entries hold none: no pattern is tried)."""
    patterns = []
    if "S." in text:
        patterns.append(_GERMAN)
    if "p." in text:
        patterns.append(_ROMANCE)
        if "v." in text:
            patterns.append(_ABNT)
    if not text.isascii():
        patterns.append(_JAPANESE)
    return patterns


def _ahead_of_print(text: str, end: int, found: re.Match[str] | None) -> re.Match[str] | None:
    """``found``, or a locus ahead of print (_AHEAD) ending the entry that outranks it."""
    for match in _AHEAD.finditer(text):
        if match.end() >= end and (found is None or _rank(match) > _rank(found)):
            found = match
    return found


def _vancouver(text: str, spaces_only: bool = False) -> list[re.Match[str]]:
    """``VANCOUVER.finditer(text)``, searched only where a match can start: each holds a ";",
    at most _VANCOUVER_REACH characters after its start where no white space but single
    spaces stands (isprintable is False for every other character that is white space to
    \\s), so a Vancouver entry is scanned from a little before its locus, not from its start
    (the year's "\\b" still sees what stands before)."""
    semicolon = text.find(";")
    if semicolon < 0:
        return []
    start = 0
    if spaces_only or "  " not in text and text.isprintable():
        start = max(0, semicolon - _VANCOUVER_REACH)
    return list(VANCOUVER.finditer(text, start))


def _at_end_patterns(text: str) -> list[LazyPattern]:
    """The patterns of _AT_END that can match ``text``: each but Harvard's needs a year
    right before a comma or a closing bracket, which most entries (Vancouver's "2010;13")
    lack, and two quick scans for those spare up to four scans of the entry."""
    comma, bracket = _YEAR_COMMA.search(text), _YEAR_BRACKET.search(text)
    return _AT_END_AFTER_YEARS[(comma is not None, bracket is not None)]


# The patterns of _AT_END that can match, in order, by whether a year stands before a comma
# and whether one stands before a closing bracket.
_AT_END_AFTER_YEARS = {
    (comma, bracket): [
        pattern
        for pattern in _AT_END
        if _NEEDS.get(pattern) in (None, "," if comma else None, ")" if bracket else None)
    ]
    for comma in (False, True)
    for bracket in (False, True)
}


def _rank(match: re.Match[str]) -> tuple[int, bool, int]:
    """The last locus wins; of two ending together, one with a year, then the longer."""
    return (match.end(), bool(match["year"]), -match.start())


def frontiers_locus_at(text: str, start: int) -> bool:
    """Whether ``text`` ends in a Frontiers locus that starts at ``start``, "(2023) 76:342–5"
    (a bracketed year APA's authors would stand before)."""
    return _FRONTIERS.fullmatch(text.rstrip(" .;"), start) is not None


def trailing_year(text: str) -> tuple[str, int] | None:
    """The text before a year that ends it, and the year."""
    found = _TRAILING_YEAR.search(text)
    if found is None or found.start() == 0:
        return None
    return text[: found.start()], int(found["year"])


def leading_year(text: str) -> tuple[str, int] | None:
    """The text after a year that starts it ("2006. Title ..."), and the year."""
    found = _LEADING_YEAR.match(text)
    return (text[found.end() :], int(found["year"])) if found else None
