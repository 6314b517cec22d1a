"""Sources PubMed seldom holds that patient-facing pages cite beside papers: a preprint cited by
its DOI alone, a textbook named with its publisher, and a health agency's or clinic's own page.

Looked up all the same (PubMed holds some preprints, and an agency's report may be a paper),
but when nothing matches, that says nothing against them: CL207 ("check it by hand"), not
CL201's "possibly fabricated" (user29a P1-5: a medRxiv DOI, "Goldman-Cecil Medicine. (2024).
Elsevier" and "Centers for Disease Control and Prevention: "High Blood Pressure Facts."" were
all called fabricated). Data never published ("Data on file. Company; 2021.", "unpublished
data", "personal communication"), which formularies and labels cite, PubMed cannot hold at
all: nobody is asked (user30b P1-15: "Data on file" was called fabricated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citelint.lazy_pattern import LazyPattern
from citelint.read.readings import names_a_journal

if TYPE_CHECKING:
    from citelint.models import Reference

# bioRxiv's and medRxiv's DOIs are dated ("10.1101/2024.03.18.24304451") or a bare number
# ("10.1101/812345"); Cold Spring Harbor's journals share the prefix with letters after it
# ("10.1101/gad.1234"), and PubMed holds those. Research Square's and OSF's preprints too.
_PREPRINT_DOI = LazyPattern(r"\b10\.1101/\d|\b10\.21203/rs\.|\b10\.31219/osf\.io")
_PREPRINT_PREFIXES = ("10.1101/", "10.21203/", "10.31219/")
# Medical publishers whose name ends a textbook's entry: "Elsevier", "Elsevier; 2024.",
# "Philadelphia: Wolters Kluwer".
_PUBLISHER_AT_END = LazyPattern(
    r"\b(?:Elsevier|Saunders|Mosby|Churchill Livingstone|Lippincott(?: Williams (?:&|and) "
    r"Wilkins)?|Wolters Kluwer|McGraw[- ]Hill(?: Education| Medical)?|Springer"
    r"|(?:John )?Wiley(?:-Blackwell| & Sons)?"
    r"|Thieme|CRC Press|Academic Press|(?:Oxford|Cambridge) University Press)"
    r"(?:[,;]?\s*(?:19|20)\d{2})?\.?\s*\Z"
)
# Agencies and clinics whose own pages patient-facing articles cite, as an entry opens with
# them (lower case): never inside a journal's name ("Mayo Clinic Proceedings", "Bulletin of
# the World Health Organization") or a title ("the National Institutes of Health Stroke
# Scale"), which a made-up paper may give as well as a real one (review29a P1-2).
_AGENCIES = (
    "centers for disease control",
    "food and drug administration",
    "national institutes of health",
    "world health organization",
    "mayo clinic",
    "askmayoexpert",
    "cleveland clinic",
    "medlineplus",
    "department of health",
    "agency for healthcare research",
    # WebMD's sources, each a line of its own (user29a P2): "American Heart Association:
    # "Understanding Blood Pressure Readings."", "UpToDate: "Patient education: ..."",
    # "National Heart, Lung, and Blood Institute: "..."", "FDA: "...".
    "american heart association",
    "american cancer society",
    "uptodate",
    "national heart, lung",
    "national cancer institute",
    "fda:",
    "cdc:",
    # Agencies whose reports, statistics and appraisals British and Canadian reviews cite
    # in Harvard's shape, the year after the name (user32a P1-1).
    "european medicines agency",
    "office for national statistics",
    "canadian agency for drugs",
    "scottish intercollegiate guidelines",
    "uk health security agency",
    "public health england",
)
# ... and their sites, as the link's host ends with them (never NCBI's pages on nih.gov).
_AGENCY_SITES = (
    "cdc.gov", "fda.gov", "who.int", "mayoclinic.org", "clevelandclinic.org", "medlineplus.gov",
    "nhs.uk", "nhlbi.nih.gov", "niddk.nih.gov", "nia.nih.gov", "ninds.nih.gov", "cancer.gov",
)  # fmt: skip
_LEADING = " \t-–•*·.[]()0123456789"  # a list's bullet or number before the entry


# What a work PubMed does not index says of itself (user32a P1-1: each was "possibly
# fabricated" when cited without a link), in lower case:
# - APA 7's description in brackets after the title: "[Poster presentation]", "[Press
#   release]", "[Computer software]", "[R package]", "[Statistical bulletin]"; none of the
#   journal items NLM labels so ("[letter]", "[editorial]", "[comment]"), nor a drug's
#   "[extended release]" in a title;
# - a patent with its number ("United States patent US 11,351,149", "Patent No. 10,123,456"),
#   or its people as Citing Medicine names them ("..., inventors; Pfizer Inc, assignee.");
# - a thesis named as its own sentence (AMA's "Dissertation. University of Edinburgh; 2021.");
# - software with its release ("Stata Statistical Software: Release 18").
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_PATENT = r"\bpatent\s+(?:no\.?\s*)?(?:[a-z]{2}\s?)?\d[\d,]{4,}|\binventors?;|,\s*assignee\b"
_THESIS_SENTENCE = r"(?:\A|\.\s)(?:doctoral |phd |master'?s )?(?:dissertation|thesis)\.\s"
_SOFTWARE_RELEASE = r"\bsoftware[:,]?\s+(?:release|version)\s+\d"
_KIND_MARKS = LazyPattern(
    r"\[(?:[a-z'’-]+ ){0,3}(?:presentation|session|(?:press|news|media|software|data) release"
    r"|software|package|bulletin|brief|fact sheet|brochure|video|podcast|blog post|webinar"
    r"|infographic|patent|dissertation|thesis)(?:,[^\]]{0,120})?\]"
    "|" + _PATENT + "|" + _THESIS_SENTENCE + "|" + _SOFTWARE_RELEASE
)
# A word each match of _KIND_MARKS holds: most entries hold none, and are not searched.
_KIND_WORDS = ("[", "patent", "inventor", "assignee", "dissertation", "thesis", "software")
# How such a work is published, which a journal's paper never shows but a made-up one may
# (review32b P2): so read only where the entry names no journal (readings.names_a_journal). A
# company or a code host before the year ("StataCorp LLC; 2023.", "GitHub; 2023."); a meeting's
# days ending the entry ("Boston, MA, 11-15 October.") or as APA dates it ("(2023, October
# 11–15)"): an MMWR title's "March 1-30, 2020" is neither; a news story's day after its
# paper's name ("'Title', STAT, 7 November.").
_PUBLISHING_MARKS = LazyPattern(
    r"\b(?:llc|inc|ltd|corp|gmbh|github)\.?[;,]\s*(?:19|20)\d{2}\b"
    rf"|\b\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+{_MONTHS}\.?\s*\Z"
    rf"|\((?:19|20)\d{{2}},\s*{_MONTHS}\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}\)"
    rf"|['’],\s*[^,'’]{{2,60}},\s*\d{{1,2}}\s+{_MONTHS}\.?\s*\Z"
)
_PUBLISHING_WORDS = ("llc", "inc", "ltd", "corp", "gmbh", "github", "-", "–", "'", "’")
# What CL207 calls a work a mark names (else "a guideline, book or web page"), each with the
# words one of its marks must hold: most entries CL207 names hold none, and are not searched.
_KINDS_NAMED = (
    (("patent", "inventor", "assignee"),
     LazyPattern(_PATENT + r"|\[patent\]"), "a patent"),
    (("software", "program]", "package]", "statistical computing"),
     LazyPattern(r"\[(?:computer |statistical )?(?:software|program)\]|\[r package\]"
                 "|" + _SOFTWARE_RELEASE + r"|\bfoundation for statistical computing\b"),
     "software"),
    (("thesis", "dissertation"),
     LazyPattern(r"\[(?:doctoral |master'?s )?(?:dissertation|thesis)\b"
                 "|" + _THESIS_SENTENCE
                 + r"|\b(?:phd|doctoral|master'?s) (?:thesis|dissertation)\b"),
     "a thesis"),
    (("release]",), LazyPattern(r"\[(?:press|news|media) release\]"), "a press release"),
)  # fmt: skip


def names_grey_literature(lowered: str, journal: str | None = None) -> bool:
    """Whether text in lower case names itself a kind of work PubMed does not index
    (_KIND_MARKS), or, when its reading names no journal, shows how such a work is published
    (_PUBLISHING_MARKS): looked up all the same, but not found it is CL207's."""
    if any(map(lowered.__contains__, _KIND_WORDS)) and _KIND_MARKS.search(lowered):
        return True
    return (
        any(map(lowered.__contains__, _PUBLISHING_WORDS))
        and _PUBLISHING_MARKS.search(lowered) is not None
        and not names_a_journal(journal)
    )


def kind_named(raw: str) -> str | None:
    """What CL207 calls the work an entry names: the law it cites ("a court case",
    legal_entries.the_law_cited), or a patent, software, a thesis or a press release ("a
    patent"); None for any other."""
    from citelint.read.legal_entries import the_law_cited  # for CL207's few entries

    if law := the_law_cited(raw):
        return law
    lowered = raw.lower()
    for words, pattern, kind in _KINDS_NAMED:
        if any(map(lowered.__contains__, words)) and pattern.search(lowered):
            return kind
    return None


# bioRxiv's and medRxiv's dated DOIs: the day the preprint was posted, then its number.
_DATED_PREPRINT_DOI = LazyPattern(r"\b10\.1101/((?:19|20)\d{2})\.(\d{2})\.(\d{2})\.\d{5,9}\b")


def cites_an_impossible_preprint_doi(lowered: str) -> bool:
    """Whether text in lower case gives a bioRxiv or medRxiv DOI dated on no day of the
    calendar ("10.1101/2021.13.27.21266701", month 13): no server gives one, so not found in
    PubMed it is "possibly fabricated", not a preprint PubMed may lack (user32a P2-2b)."""
    return impossible_preprint_date(lowered) is not None


def impossible_preprint_date(lowered: str) -> str | None:
    """The date part of the first bioRxiv or medRxiv DOI in text in lower case that no day of
    the calendar gives ("2021.13.27"), or None."""
    if "10.1101/" not in lowered:
        return None
    for found in _DATED_PREPRINT_DOI.finditer(lowered):
        year, month, day = int(found[1]), int(found[2]), int(found[3])
        if not (1 <= month <= 12 and 1 <= day <= _days_in(month, year)):
            return f"{found[1]}.{found[2]}.{found[3]}"
    return None


def _days_in(month: int, year: int) -> int:
    """The days of a month (datetime is not imported for it: offline, the first preprint DOI
    of a run would pay its import)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def cites_a_preprint_doi(lowered: str) -> bool:
    """Whether text in lower case gives a preprint server's DOI."""
    return any(map(lowered.__contains__, _PREPRINT_PREFIXES)) and bool(
        _PREPRINT_DOI.search(lowered)
    )


def preprint_by_its_doi(entry: Reference) -> bool:
    """Whether the entry names no journal and gives a preprint server's DOI: a preprint, as
    Nature's "Preprint at https://doi.org/10.1101/..." names it (a journal's paper with a
    mistyped 10.1101 DOI names its journal)."""
    return not entry.journal and entry.doi is not None and cites_a_preprint_doi(entry.doi.lower())


def seldom_in_pubmed(raw: str, url: str | None, journal: str | None = None) -> bool:
    """Whether an entry giving no journal's volume and pages opens with a health agency's or
    clinic's name, links to such a site (see the module), names itself a kind of work PubMed
    does not index, or, where its ``journal`` as read names no journal, ends with a textbook's
    publisher or shows how grey literature is published (names_grey_literature)."""
    opening = raw.lstrip(_LEADING).lower()
    # "The Centers for ...", "U.S. Food and Drug Administration" (review29c P1-2).
    opening = opening.removeprefix("the ").removeprefix("u.s. ").removeprefix("us ")
    if opening.startswith(_AGENCIES) or opening.startswith(_AGENCY_SITES):
        return True
    if url and _host(url).endswith(_AGENCY_SITES):
        return True
    lowered = raw.lower()
    if names_grey_literature(lowered, journal):
        return True
    return _PUBLISHER_AT_END.search(raw.rstrip()) is not None and not names_a_journal(journal)


def _host(url: str) -> str:
    """The host of a link, in lower case ("www.cdc.gov" of "https://www.cdc.gov/bp/...")."""
    rest = url.split("//", 1)[-1]
    return rest.split("/", 1)[0].split("?", 1)[0].lower()


# Data never published, named as an entry's own field (opening it, or after a stop, a comma or
# a parenthesis, and closed by one or the entry's end): "Data on file. Pfizer Inc; 2021.",
# "Smith J, personal communication, 2020", and as a Cochrane review writes it: "Title
# [personal communication]. Email to: T Wieczorek 14 February 2025.", "Final report to the
# funder. Unpublished report, 2024.", "{unpublished data only}", "Personal communication
# 2024.". A title about such data ("Unpublished data in meta-analyses", "Personal
# communication: a review ...", "Email to patients ...") runs on and stays a paper's.
_UNPUBLISHED = LazyPattern(
    r"(?:\A|[.,;:(\[{]\s*)(?:(?:data on file|unpublished (?:data|observations?|results|reports?)"
    r"|personal communications?|company (?:document|data|report)s?)(?: only)?"
    r"\s*(?:[.,;)\]}]|\Z|(?:19|20)\d{2}\b)"
    r"|e-?mail (?:to|from):)"
)
_UNPUBLISHED_WORDS = (
    "on file", "unpublished", "personal comm", "company", "mail to:", "mail from:",
)  # fmt: skip


def names_unpublished_data(lowered: str) -> bool:
    """Whether an entry's text in lower case names data never published as its source."""
    text = lowered.lstrip(_LEADING)
    return any(map(text.__contains__, _UNPUBLISHED_WORDS)) and bool(_UNPUBLISHED.search(text))
