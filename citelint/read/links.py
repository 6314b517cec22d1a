"""Identifiers in addresses and words: PubMed, PMC and DOI links, ``PMID: n`` mentions.

Pure text functions shared by the inline-citation reader and the fix command. Every pattern
is bounded or anchored on a literal, so long lines cost linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from citelint.lazy_pattern import LazyPattern
from citelint.read.clues import Clues
from citelint.read.entry_identifiers import (
    NATURE_ARTICLE,
    NATURE_PREFIX,
    PAGE_AFTER_DOI,
    SICI_PART,
    places,
    sub_at,
)

# The PubMed, PMC, Europe PMC and DOI addresses a page links to, and publishers' "/doi/" pages.
# "(?=[...])" leads with what every match starts with: the regex engine skips to those
# characters instead of trying each alternative at every one (same matches, faster).
_PUBMED_PATH = LazyPattern(
    r"(?=[pne])(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/(?:\?term=)?"
    r"|europepmc\.org/(?:abstract|article)/MED/)(?P<id>\d{1,9})(?![\d])",
    re.IGNORECASE,
)
_PMC_PATH = LazyPattern(
    r"(?:ncbi\.nlm\.nih\.gov/pmc/articles/|pmc\.ncbi\.nlm\.nih\.gov/articles/"
    r"|europepmc\.org/(?:abstract|article)/PMC/)(?P<id>PMC\d{1,9})(?![\d])",
    re.IGNORECASE,
)
# Springer's, BMC's and Frontiers' pages give the DOI after "/article/" or "/articles/":
# "link.springer.com/article/10.1007/...", ".biomedcentral.com/articles/10.1186/...".
_DOI_PATH = LazyPattern(
    r"(?:\bdoi\.org/|/doi/(?:abs/|full/|pdf/|epdf/|epub/|reader/)?|/articles?/)"
    r"(?P<id>10(?:\.|%2E)\d{4,9}(?:/|%2F)\S+)",
    re.IGNORECASE,
)
# An address in running text: with a scheme, or one of the hosts above written without it.
# Parentheses may be part of it (Lancet DOIs hold "(19)"); a closing one it never opened
# is the sentence's, and is trimmed by ``trim_address``.
URL = LazyPattern(
    r"(?=[hwpnd])(?:https?://|(?<![\w.@/])(?:www\.)?(?:pubmed\.ncbi|ncbi\.nlm|pmc\.ncbi|doi\.org|dx\.doi\.org)"
    r"(?=[./]))[^\s<>\[\]\"'`|]{1,600}",
    re.IGNORECASE,
)
_URL_WORDS = ("http", "ncbi", "doi.org")  # one of which every match holds
# What every match starts with, in lower case: a scheme, or a bare address ("www.", then
# PubMed's, PMC's or a DOI's host).
_URL_STARTS = ("http", "www.", "pubmed.", "ncbi.", "pmc.", "doi.", "dx.")
# "PMID: 31535829", "PMID 31535829", "PMID31535829", "PubMed ID: 31535829", "PMCID:
# PMC6869436", "doi: 10.x/y". "PubMed" alone names a PMID only before seven digits or
# more, as every PMID since 1990 has ("(PubMed: 32678530)", as notes write it, user22 P2),
# and not in a search's counts, where other databases' follow ("PubMed: 12453, Embase:
# 15432", review22b P1-5); "PubMed 2019" or "searched PubMed: 2010 to 2020" name none.
_OTHER_DATABASE_COUNT = (
    r"(?![^.\n]{0,80}?\b(?:Embase|CENTRAL|Scopus|Web\s+of\s+Science|CINAHL|PsycINFO"
    r"|MEDLINE|Cochrane(?:\s+Library)?|Google\s+Scholar|LILACS)\s*(?:[:=]|\(\s*n\s*=)\s*\d)"
)
MENTION = LazyPattern(
    r"(?=[pd])(?:\b(?:PMIDs?|PubMed\s*IDs?|PubMed\s*identifiers?"
    rf"|PubMed(?=(?:\s*[:#]\s*|\s+)\d{{7,9}}\b{_OTHER_DATABASE_COUNT}))(?:\b|(?=\d))\s*"
    r"(?:[:#=]|no\.?|numbers?)?\s*"
    r"(?P<pmid>\d{1,9})\b"
    r"|\bPMCID\b\s*[:#=]?\s*(?P<pmcid>PMC\s?\d{1,9})\b"
    r"|(?<![\w/])(?P<pmc>PMC\d{5,9})\b"
    rf"|\bdoi\b\s*[:=]?\s*(?P<doi>10\.\d{{4,9}}/[^\s\"<>|]{{1,300}}{SICI_PART}))",
    re.IGNORECASE,
)
_MENTION_STARTS = ("pmid", "pubmed", "pmc", "doi")  # what every match starts with
# More PMIDs after the first: "PMIDs: 31535829, 32865377 and 33264825".
MORE_PMIDS = LazyPattern(r"\s*(?:[,;/&]|\band\b)\s*(?:PMID:?\s*)?(\d{6,9})\b", re.IGNORECASE)
_TRAILING = ".,;:!?*_'\"”’"


@dataclass(frozen=True)
class Identifier:
    """A PMID, PMC id or DOI read from a link or a mention."""

    kind: str  # "pmid", "pmc" or "doi"
    value: str  # normalised: digits, "PMC…" upper case, or the DOI in lower case
    raw: str  # as written in the text it was read from
    offset: int  # where ``raw`` starts in that text


def trim_address(url: str) -> str:
    """The address without the sentence's punctuation or a bracket it never opened."""
    while url:
        last = url[-1]
        unopened = last in ")]" and url.count(last) > url.count("(" if last == ")" else "[")
        if last in _TRAILING or unopened:
            url = url[:-1]
        else:
            break
    return url


def in_address(url: str) -> Identifier | None:
    """The identifier an address names, with its place inside the address."""
    for pattern, kind in ((_PUBMED_PATH, "pmid"), (_PMC_PATH, "pmc"), (_DOI_PATH, "doi")):
        match = pattern.search(url)
        if match is None:
            continue
        raw = match["id"]
        if kind == "doi":
            raw = _doi_end(raw)
            value = normalise_doi(unquote(raw))
            if not value:
                continue
            return Identifier(kind, value, raw, match.start("id"))
        value = raw.upper() if kind == "pmc" else raw
        return Identifier(kind, value, raw, match.start("id"))
    nature = NATURE_ARTICLE.search(url) if "nature.com/" in url.lower() else None
    if nature:
        raw = nature["id"]
        return Identifier("doi", normalise_doi(NATURE_PREFIX + raw), raw, nature.start("id"))
    return None


def _doi_end(raw: str) -> str:
    # A DOI ends where the address's query or fragment begins, or before the name of the page
    # a publisher's address adds after it.
    raw = re.split(r"[?#&]", raw, maxsplit=1)[0]
    if "/" in raw[raw.find("/") + 1 :]:  # only a DOI holding a second "/" may have one
        raw = PAGE_AFTER_DOI.sub("", raw)
    return trim_address(raw.rstrip("/"))


def normalise_doi(doi: str) -> str:
    doi = trim_address(doi.strip())
    return doi.lower() if re.fullmatch(r"10\.\d{4,9}/\S+", doi) else ""


def in_mention(match: re.Match[str]) -> Identifier:
    """The identifier of a MENTION match."""
    for group, kind in (("pmid", "pmid"), ("pmcid", "pmc"), ("pmc", "pmc"), ("doi", "doi")):
        raw = match[group]
        if raw is None:
            continue
        if kind == "doi":
            raw = trim_address(raw)
            return Identifier(kind, normalise_doi(raw), raw, match.start(group))
        value = raw.replace(" ", "").upper() if kind == "pmc" else raw
        return Identifier(kind, value, raw, match.start(group))
    raise ValueError("not a mention match")


def identifier_words(text: str) -> str:
    """``text`` without addresses and identifier mentions, for telling whether words remain.
    Each pattern is tried only where one of its matches can start (see sub_at)."""
    clues = Clues(text)
    if clues.holds_any(_URL_WORDS):
        text = sub_at(URL, text, places(clues.lowered, _URL_STARTS, clues.aligned), " ")
    # Asked of the whole text: where an address held the only one, none is found in the rest.
    if clues.holds_any(_MENTION_STARTS):
        text = sub_at(MENTION, text, places(text.lower(), _MENTION_STARTS, clues.aligned), " ")
    return text


# "[label]: address", then an optional title in quotes or parentheses.
_DEFINITION = LazyPattern(
    r"^ {0,3}\[([^\[\]\n]{1,100})\]:[ \t]*<?([^\s<>]{1,600})>?"
    r"(?:[ \t]+(?:\"([^\"\n]{1,400})\"|'([^'\n]{1,400})'|\(([^()\n]{1,400})\)))?",
    re.MULTILINE,
)
# ChatGPT's answers cite a page by the name of its site, "([Wiley Online Library][3])", the
# address tagged "utm_source=chatgpt.com" and titled with the page's title: the site's name
# says nothing of the paper, the title does.
_SITE_LABELLED = LazyPattern(r"[?&]utm_source=chatgpt\.com", re.IGNORECASE)


@dataclass(frozen=True)
class Definition:
    """A Markdown link reference definition ``[label]: address`` naming an identifier."""

    identifier: Identifier
    offset: int  # of the identifier in the text
    address: str = ""  # the address it names


def link_definitions(text: str) -> dict[str, Definition]:
    """Reference definitions naming identifiers, by lower-case label."""
    found: dict[str, Definition] = {}
    for match in _DEFINITION.finditer(text):
        identifier = in_address(trim_address(match[2]))
        if identifier is not None:
            offset = match.start(2) + identifier.offset
            # A title after the address ('"Title"') is the linked page's own: it says
            # nothing of whether the link is right, and is not kept.
            definition = Definition(identifier, offset, match[2])
            found.setdefault(match[1].strip().lower(), definition)
    return found


def names_the_site(label: str | None, address: str) -> bool:
    """Whether a link's words are the name of the site it leads to, which says nothing of
    the paper: "[Wiley Online Library](https://onlinelibrary.wiley.com/doi/...)", "[Oxford
    Academic](https://academic.oup.com/...)". ChatGPT tags the addresses it links
    (utm_source=chatgpt.com); a label typed by hand shares a word ("SpringerLink" and
    link.springer.com), or its initials, with the address's host. Such a link is judged by
    the words around it, as a bare address is."""
    if not label or not reads_as_site_name(label):
        return False
    if site_labelled(address):
        return True
    host = _HOST.match(address)
    if host is None:
        return False
    name = host[1].lower()
    parts = name.split(".")
    words = [w for w in _LETTERS.findall(label.lower()) if w not in _JOINING_WORDS]
    initials = "".join(word[0] for word in words)
    return (
        # "Wiley Online Library", "BMC Musculoskeletal Disorders" (bmcmusculoskeletdisord.);
        # but "Med" of "JAMA Intern Med", inside pubmed.ncbi..., names no site.
        any(_names_a_part(word, name, parts) for word in words)
        or any(len(part) >= 4 and part in word for part in parts for word in words)
        or (len(initials) >= 2 and initials in parts)  # "New England Journal of Medicine"
    )


def _names_a_part(word: str, host: str, parts: list[str]) -> bool:
    if len(word) >= 4:
        return word in host
    return len(word) == 3 and any(part.startswith(word) for part in parts)


_HOST = LazyPattern(r"(?:https?://)?([^/?#\s]+)", re.IGNORECASE)
_LETTERS = LazyPattern(r"[a-z]+")


def reads_as_site_name(label: str) -> bool:
    """Whether a link's words can be its site's name ("Wiley Online Library", "Taylor &
    Francis Online"), not a paper's title: a few words, each capitalised or a joining word.
    A title in sentence case ("Interactions between insulin and exercise") is none."""
    words = label.split()
    # A year names no site: "Sci Transl Med 2019" on science.org is a journal and its year.
    if any(_YEAR_WORD.fullmatch(word.strip("(),.")) for word in words):
        return False
    return len(words) <= 6 and all(
        word[:1].isupper() or not word[:1].isalpha() or word.lower() in _JOINING_WORDS
        for word in words
    )


_YEAR_WORD = LazyPattern(r"(?:19|20)\d\d")
_JOINING_WORDS = {"of", "for", "and", "the", "on", "in", "at"}


def site_labelled(address: str) -> bool:
    """Whether a link to ``address`` is labelled with its site's name (see _SITE_LABELLED)."""
    return _SITE_LABELLED.search(address) is not None
