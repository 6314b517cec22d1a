"""What a reference entry says about itself: its PMID, its DOI, and whether PubMed should hold it.

Pure functions of the entry's text, with no network imports, so that fingerprints, lock files
and baselines can use them without loading the E-utilities client.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.book_signs import looks_like_a_book
from citelint.read.clues import holds_any
from citelint.read.legal_entries import cites_the_law
from citelint.read.registrations import names_a_registration
from citelint.read.unindexed_sources import (
    cites_a_preprint_doi,
    cites_an_impossible_preprint_doi,
    names_unpublished_data,
    seldom_in_pubmed,
)

# Each pattern leads with "(?=...)", what its matches start with, so that the regex engine
# skips to those characters rather than trying every alternative at each one (same matches):
# they run on every entry of every article.
_PUBMED_URL = LazyPattern(
    r"(?=[pn])(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d+)", re.I
)
_PMID_TEXT = LazyPattern(r"(?=p)\bPMID:?\s*(\d{1,9})\b", re.I)
_PMC = LazyPattern(r"(?=[p/])(?:(?<![\w/])PMC\s?(\d{4,9})\b|/PMC(\d{4,9})(?!\d))", re.I)
_DOI = LazyPattern(r"(?=d)(?:doi\.org/|\bdoi:?\s*)(10\.\d{4,9}/[^\s\"<>]+)", re.I)
_NON_PUBMED_LABELS = {"guideline", "guidelines", "book", "website", "web page", "webpage", "web"}
# The DOI prefixes of data and software repositories: Dryad, Zenodo, figshare, OSF, Harvard
# Dataverse, Mendeley Data, GBIF, PANGAEA.
DATA_REPOSITORIES = (
    "10.5061/",
    "10.5281/",
    "10.6084/",
    "10.17605/",
    "10.7910/",
    "10.17632/",
    "10.15468/",
    "10.1594/",
)
# A data set says so ("[dataset]", Citing Medicine's "[data set]"); PubMed holds none.
_DATA_SET_MARKS = ("[dataset]", "[data set]", *DATA_REPOSITORIES)
# A word that each of _DATA_SET_MARKS holds: five scans for a text lacking all of them.
_DATA_SET_KEYS = ("[data", "10.1", "10.5", "10.6084/", "10.7910/")
# Words that make an entry's kind plain without asking anyone.
_NOT_INDEXED_MARKERS = ("[internet]", "isbn", "ncbi bookshelf")
_LOCATED_MARKERS = tuple(marker for marker in _NOT_INDEXED_MARKERS if marker != "[internet]")
# NICE's guidance, cited without a journal's volume and pages, is its own publication
# ("..., (NG106), NICE, London, 2018.", user21 P1 14: CL201), which PubMed holds only as
# some Bookshelf records: looked up, and not found it is CL207's. Its summaries in the BMJ
# have volume and pages.
_GUIDANCE_PUBLISHER = "national institute for health and care excellence"
# A conference abstract, which PubMed seldom holds even in a journal's supplement with its
# volume and pages: looked up, but not found it is CL207's, not a possibly fabricated CL201.
# ASCO's abstracts, which PubMed does not index, are cited by their supplement and number:
# "J Clin Oncol 2021;39(suppl 15; abstr 4012)", "J Clin Oncol. 2021;39(15_suppl):4012".
_ABSTRACT_MARKS = (
    "[abstract]",
    "(abstract)",
    "[meeting abstract]",
    "abstract no",
    "; abstr ",
    "_suppl)",
    # The Lancet's "(abstr)", AMA's trailing "Abstract." and its "Paper presented at:" (user21
    # P1 4: each was "possibly fabricated").
    "(abstr)",
    ". abstract.",
)
# "Paper presented at:" marks an abstract only where no volume and pages say the paper was
# printed ("... 2021;384:693-704. Presented at the ESC Congress" is an article: review21b P2-4).
_PRESENTED = "presented at"
# The ESC journals' abstracts in a supplement, numbered after the volume's code: "Eur Heart J.
# 2022;43(Suppl 2):ehac544.1043" (an article's e-locator has no decimals: "ehac544"). The
# number alone says so: Nature's style drops the supplement ("Eur. Heart J. 43,
# ehac544.1043 (2022)").
_ESC_ABSTRACT = LazyPattern(r"\beh[a-z]{1,3}\d{3,4}\.\d{2,5}\b")
# An abstract in a journal's supplement (user25 P1 1: each was "possibly fabricated"): a
# supplement after the volume ("70(Suppl 1)", "81(8 Suppl)", "70 Suppl 1"), an abstract's
# number as its page (AHA's and ATS's "A11873", ADA's "1187-P", EULAR's "POS0123", a late
# breaker's "LBA12"), or its number in the title ("[abstract 1187]"). PubMed holds some papers
# printed in supplements, so these are looked up, and are CL207's only when not found.
# Each pattern runs only on text holding "suppl", "[abstract " or ":" (in lower case).
_IN_SUPPLEMENT = LazyPattern(r"(?<=\d)(?:\s*\((?:\d+\s*)?suppl(?:ement)?\b|\s+suppl\.?\s+\d)")
# Matched at each colon after a digit or ")" (abstract_page): searched, the pattern was tried at
# every character of every entry without a PMID (0.9 M instructions an article).
_ABSTRACT_PAGE = LazyPattern(r":\s*(?:a\d{3,5}|\d{2,5}-p|pos\d{3,4}|lba?\d{1,4})\b")
# A paper in a supplement has pages of its own ("Diabetes Care 2023;46(Suppl 1):S19-S40"): a
# range of 3 pages or more after the supplement is no abstract (review25a F1: a made-up
# "397(Suppl 1):S12-S20" was CL207's). Groups: the first page's number, the last page's.
_SUPPLEMENT_RANGE = LazyPattern(
    r"[^:;.]{0,12}:\s*[a-z]{0,2}(\d{1,6})\s*[-\u2013]\s*[a-z]{0,2}(\d{1,6})\b"
)
_NUMBERED_IN_TITLE = LazyPattern(r"\[abstract\s+(?:no\.?\s*)?[a-z]{0,3}-?\d{1,5}[a-z]?\]")
# A journal's year before a trial's number: ". 2021." or ". 2019 Nov 5." (a registry's dates
# are "Updated March 4, 2022", "Accessed ...", after the number).
_JOURNAL_YEAR = LazyPattern(r"\.\s(?:19|20)\d{2}(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?[.;:(]")
_REGISTRY_SITES = (
    *("clinicaltrials.gov/", "isrctn.com/", "clinicaltrialsregister.eu/", "euclinicaltrials.eu/"),
    *("chictr.org", "drks.de/", "anzctr.org.au/", "ctri.nic.in/", "umin.ac.jp/", "jrct.niph.go.jp"),
    "pactr.samrc.ac.za",
)
_FIRST_REGISTRATION = LazyPattern(
    r"(?i)\b(?:nct|isrctn|eudract|chictr|drks|actrn|ctri/|umin|jrct|pactr)"
)
# So are a preprint (PubMed holds only some, from 2020 on) and a drug's label.
_PREPRINT_MARKS = ("medrxiv", "biorxiv", "arxiv", "research square", "ssrn", "preprint")
_LABEL_MARKS = ("package insert", "prescribing information", "product characteristics")
_UNCERTAIN_MARKS = _ABSTRACT_MARKS + _PREPRINT_MARKS + _LABEL_MARKS
# A word that each of _UNCERTAIN_MARKS holds (its own words for the marks that share none):
# a text lacking all nine lacks every mark, told in nine scans of it instead of seventeen
# (asked of each entry resolved offline without an identifier; issue 13).
_UNCERTAIN_KEYS = ("abstr", "_suppl)", "rxiv", *_PREPRINT_MARKS[3:], *_LABEL_MARKS)
# Words that make an entry likely to be something PubMed does not index (in lower case), and
# a word each of them holds: the pattern runs only on text that holds one.
_HINT_WORDS = ("guideline", "book", "statement", "fact sheet", "website", "web page")
_NOT_INDEXED_HINTS = LazyPattern(
    r"(?=[gbhtcpfw])\b(?:guidelines?|book|handbook|textbook|consensus statement|position statement"
    r"|fact sheet|website|web page)\b"
)
_COCHRANE_NUMBER = LazyPattern(r"CD\d{6}")


# A publisher's page for one article ("jamanetwork.com/journals/jama/fullarticle/2791399",
# "thelancet.com/journals/lancet/article/PIIS0140-...", ".../content/full/..."), as answer
# pages cite a journal article by its link alone: a lookup by title may still find it.
# MMWR's reports ("cdc.gov/mmwr/volumes/69/wr/mm6912e2.htm") and the NIHR Journals Library's
# ("journalslibrary.nihr.ac.uk/hta/VBNM4725") are papers PubMed holds (user32a P2-1: CL207).
_ARTICLE_PAGE = LazyPattern(
    r"/(?:journals?|articles?|fullarticle|content|doi|abs|full)/|/mmwr/volumes/"
    r"|journalslibrary\.nihr\.ac\.uk/[a-z]+/",
    re.I,
)


# A word the text holds wherever entry_pmid, entry_doi or entry_pmc find an identifier in it.
_IDENTIFIER_WORDS = ("pubmed", "pmid", "doi", "pmc")


def may_give_identifier(entry: Reference) -> bool:
    """False when ``entry_pmid``, ``entry_doi`` and ``entry_pmc`` would all find nothing,
    told in one look at the text instead of their six."""
    if entry.pmid or entry.doi:
        return True
    # An empty link holds no word: no lowering and no generator for the entries without one.
    if entry.url and holds_any(entry.url, _IDENTIFIER_WORDS):
        return True
    return holds_any(entry.raw, _IDENTIFIER_WORDS)


def entry_pmid(entry: Reference) -> str | None:
    """The PMID the entry gives, itself or as a PubMed link."""
    if entry.pmid and entry.pmid.strip().isdigit():
        return entry.pmid.strip()
    for text in (entry.url or "", entry.raw):
        if not holds_any(text, ("pubmed", "pmid")):
            continue  # neither pattern can match: called for every entry, many times
        found = _PUBMED_URL.search(text) or _PMID_TEXT.search(text)
        if found:
            return found.group(1)
    return None


def entry_doi(entry: Reference) -> str | None:
    """The DOI the entry gives, itself, as ``doi:`` or as a doi.org link; lower case."""
    if entry.doi:
        return entry.doi.strip().rstrip(".,;").lower()
    for text in (entry.url or "", entry.raw):
        found = _DOI.search(text) if holds_any(text, ("doi",)) else None
        if found:
            return found.group(1).rstrip(".,;)]").lower()
    return None


def entry_pmc(entry: Reference) -> str | None:
    """The PubMed Central id the entry gives ("PMC6869436"), itself or as a PMC link."""
    for text in (entry.url or "", entry.raw):
        found = _PMC.search(text) if holds_any(text, ("pmc",)) else None
        if found:
            return "PMC" + (found.group(1) or found.group(2))
    return None


def looks_like_an_abstract(entry: Reference) -> bool:
    """Whether the entry says it is a conference abstract ("[abstract]", "Abstract no. 163"),
    or is numbered as the ESC journals number theirs, or printed in a
    supplement (_numbered_abstract)."""
    text = (entry.raw or entry.title or "").lower()
    presented = _PRESENTED in text and not (entry.volume and entry.pages)
    return any(map(text.__contains__, _ABSTRACT_MARKS)) or presented or _numbered_abstract(text)


def _numbered_abstract(lowered: str) -> bool:
    """Text in lower case numbered as an abstract is (_ESC_ABSTRACT, _ABSTRACT_PAGE,
    _NUMBERED_IN_TITLE) or printed in a supplement (_IN_SUPPLEMENT)."""
    if "eh" in lowered and _ESC_ABSTRACT.search(lowered) is not None:
        return True
    supplement = _IN_SUPPLEMENT.search(lowered) if "suppl" in lowered else None
    if supplement is not None and not _a_papers_pages(lowered, supplement.end()):
        return True
    if "[abstract " in lowered and _NUMBERED_IN_TITLE.search(lowered) is not None:
        return True
    page = abstract_page(lowered)
    # The BMJ's research papers of 2008-2009 are paged "337:a1840" (review25a F1).
    return page is not None and not ("bmj" in lowered and page.group().lstrip(": ").startswith("a"))


def abstract_page(lowered: str) -> re.Match[str] | None:
    """The first abstract's page number in ``lowered`` (":A11873", ":1187-P"), after a volume's
    digit or an issue's ")": what searching for "(?<=[\\d)])" + _ABSTRACT_PAGE finds."""
    at = lowered.find(":", 1)
    while at != -1:
        before = lowered[at - 1]
        if before == ")" or before.isdecimal():  # re's \d is Unicode's decimal digits
            found = _ABSTRACT_PAGE.match(lowered, at)
            if found is not None:
                return found
        at = lowered.find(":", at + 1)
    return None


def _a_papers_pages(lowered: str, start: int) -> bool:
    """Whether the supplement ending at ``start`` is followed by a range of 3 pages or more
    ("S12-S20"; "1234-5" and "S345-S346" are an abstract's)."""
    pages = _SUPPLEMENT_RANGE.match(lowered, start)
    if pages is None:
        return False
    first, last = pages.group(1), pages.group(2)
    if len(last) < len(first):  # "1234-45" is 1234-1245
        last = first[: len(first) - len(last)] + last
    return int(last) - int(first) + 1 > 2


def looks_like_a_preprint(entry: Reference) -> bool:
    """Whether the entry names a preprint server or calls itself a preprint."""
    text = (entry.raw or entry.title or "").lower()
    return any(map(text.__contains__, _PREPRINT_MARKS))


def _hinted(lowered: str) -> bool:
    """Whether text in lower case names itself a guideline, book, statement or web page."""
    return any(map(lowered.__contains__, _HINT_WORDS)) and bool(_NOT_INDEXED_HINTS.search(lowered))


NOT_INDEXED, MAYBE_NOT_INDEXED, JOURNAL_ARTICLE = "not-indexed", "maybe-not-indexed", "article"


def entry_kind(entry: Reference) -> str:
    """Whether PubMed can be expected to hold the entry, before asking it.

    ``NOT_INDEXED``: plainly a guideline, book, thesis, report or web page; nobody is asked.
    ``MAYBE_NOT_INDEXED``: looks like one, but is looked up, and "nothing matches" then means
    CL207, not CL201. An entry with a journal's volume and pages is an article whatever its
    title says ("A picture book intervention ...").
    """
    if entry_pmid(entry) or entry_pmc(entry):
        return JOURNAL_ARTICLE
    return kind_without_pmid(entry, has_doi=entry_doi(entry) is not None)


def kind_without_pmid(entry: Reference, has_doi: bool) -> str:
    """``entry_kind`` of an entry known to give no PMID or PMC id; ``has_doi``: whether
    ``entry_doi`` gives it a DOI (not None)."""
    text, located = _kind_text(entry), _located(entry)
    if "statpearls" in text:
        # PubMed holds StatPearls' chapters (as PubmedBookArticle): each is looked up, and is
        # CL207's only when none matches (real19 left: every chapter was CL207 unasked).
        return MAYBE_NOT_INDEXED
    book = not located and looks_like_a_book(entry)
    if not has_doi and _plainly_unindexed(entry, text, located, book):
        return NOT_INDEXED
    if has_doi and cites_an_impossible_preprint_doi(text):
        return JOURNAL_ARTICLE  # a preprint DOI no server gives: not found, made up
    label = (entry.label or "").strip().lower()
    if (
        book
        or label in _NON_PUBMED_LABELS
        or _holds_any_of(text, _UNCERTAIN_KEYS, _UNCERTAIN_MARKS)
    ):
        return MAYBE_NOT_INDEXED
    if _PRESENTED in text and not located:
        return MAYBE_NOT_INDEXED
    if _numbered_abstract(text):
        return MAYBE_NOT_INDEXED
    preprint = has_doi and cites_a_preprint_doi(text)
    if preprint or (not located and seldom_in_pubmed(entry.raw or "", entry.url, entry.journal)):
        return MAYBE_NOT_INDEXED
    if not located and _a_registration(entry, text):
        return MAYBE_NOT_INDEXED  # a trial's registry record, which PubMed does not index
    if not located and (_hinted(text) or _GUIDANCE_PUBLISHER in text or _data_set(text)):
        return MAYBE_NOT_INDEXED
    return JOURNAL_ARTICLE


def plainly_unindexed(entry: Reference, has_doi: bool) -> bool:
    """Whether ``kind_without_pmid`` gives NOT_INDEXED, told without the tests (a dozen scans
    of the text) that only tell its other two kinds apart: offline, an entry that gives its
    journal's details is unverified whichever of the two it is (outcomes.unanswered)."""
    if has_doi:
        return False
    text, located = _kind_text(entry), _located(entry)
    if "statpearls" in text:
        return False  # kind_without_pmid's first answer: MAYBE_NOT_INDEXED
    book = not located and looks_like_a_book(entry)
    return _plainly_unindexed(entry, text, located, book)


def _kind_text(entry: Reference) -> str:
    """What the kind of an entry is read from, in lower case."""
    return " ".join(filter(None, (entry.raw, entry.title, entry.journal, entry.label))).lower()


def _located(entry: Reference) -> bool:
    """Whether the entry gives the pages of a journal's volume."""
    # A Cochrane review has no volume, its review's number for pages ("CD004816"): cited with
    # the Library's "[accessed 12 March 2024]" it is still the review (user24 P2 4).
    return bool(entry.pages and (entry.volume or _COCHRANE_NUMBER.fullmatch(entry.pages)))


def _plainly_unindexed(entry: Reference, text: str, located: bool, book: bool) -> bool:
    """Whether an entry giving no identifier at all is plainly none PubMed indexes; ``text``:
    its ``_kind_text``, ``located``: its ``_located``, ``book``: whether, not located, it
    looks like a book."""
    if cites_the_law(entry.raw or "") or names_unpublished_data(text):
        return True  # a court case, a statute or unpublished data: none in PubMed
    # NLM cites a journal read online as "N Engl J Med [Internet]. 2012 [cited 2024 Mar
    # 3];367(21):1979-87": with its volume and pages, an article.
    markers = _LOCATED_MARKERS if located else _NOT_INDEXED_MARKERS
    if book or any(map(text.__contains__, markers)):
        return True
    # A "Guideline" whose source is no journal, or calls itself guidelines or a book.
    if (entry.label or "").strip().lower() in _NON_PUBMED_LABELS:
        source = (entry.journal or "").lower()  # lowered only for a label that asks
        if not source or _hinted(source):
            return True
    # Journal articles cited by link still give volume or pages; web pages do not.
    url = entry.url
    if not url or "doi.org" in url.lower():
        return False
    return not (entry.volume or entry.pages or _ARTICLE_PAGE.search(url))


def looks_like_a_registration(entry: Reference) -> bool:
    """Whether the entry is a trial's registration ("ClinicalTrials.gov NCT04381936")."""
    located = entry.volume and entry.pages
    return not located and _a_registration(entry, (entry.raw or entry.title or "").lower())


def _a_registration(entry: Reference, lowered: str) -> bool:
    """Whether an entry naming a registration number is the registry's record, not an article
    giving its trial's number after its journal and year ("JAMA. 2021. doi:10.1001/...
    ClinicalTrials.gov identifier: NCT04123456", "N Engl J Med. 2019 Nov 5. ... NCT03333333":
    review25a F2, each was CL207's) or with a journal's DOI (the ISRCTN's are 10.1186/isrctn)."""
    if not names_a_registration(lowered):
        return False
    doi = entry_doi(entry)
    if doi is not None and not doi.startswith("10.1186/isrctn"):
        return False
    link = f"{entry.url or ''} {lowered}"
    if any(map(link.__contains__, _REGISTRY_SITES)):
        return True  # the registry's own page ("... 2018. https://clinicaltrials.gov/study/NCT...")
    number = _FIRST_REGISTRATION.search(entry.raw or "")
    return number is None or _JOURNAL_YEAR.search(entry.raw or "", 0, number.start()) is None


def looks_like_a_data_set(entry: Reference) -> bool:
    """Whether the entry names a data set or a data repository's DOI (see _data_set)."""
    return _data_set((entry.raw or entry.title or "").lower())


def _data_set(lowered: str) -> bool:
    """A data set, or a data repository's DOI (user21 P1 12: a Zenodo DOI PubMed lacks was
    "possibly fabricated"): looked up, by its DOI too, and not found it is CL207's. Never
    plainly unindexed, as no entry giving a DOI is (outcomes.unanswered)."""
    return _holds_any_of(lowered, _DATA_SET_KEYS, _DATA_SET_MARKS)


def _holds_any_of(text: str, keys: tuple[str, ...], marks: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``marks``, each of which holds one of ``keys``: the
    marks are looked for only in a text holding a key, which few do."""
    return any(map(text.__contains__, keys)) and any(map(text.__contains__, marks))
