"""Link-outs a page prints after a reference entry ("PubMed | Google Scholar"): no part of it.

A line of nothing but link-outs belongs to the entry above it (``is_link_trailer``); link-outs
after an entry's last stop are dropped from its text, their PubMed or DOI addresses kept
(``without_link_words``).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import words
from citelint.read.lines import Line

# Link-outs a page prints after each entry ("PubMed | Google Scholar"): not the entry's text.
# They are grouped by their first letter, given as a class of the letter in each case that
# IGNORECASE takes for it ("ſ" for "s", "İ" and "ı" for "i"): the engine refuses an
# alternative that opens with a class by one look at the character, where one opening with a
# letter read ignoring case is entered first, the price of every position tried (a third of
# an entry's reading, issue 13). Words with different first letters never match at the same
# place, and within a letter the words keep their order ("(?:a )?b" as "a b|b"), so every
# match is the one the plain list of words found.
_LINK_WORD = LazyPattern(
    # "Search in Google Scholar": De Gruyter's. "Semantic Scholar", "Search ADS" (OUP's).
    r"(?:(?-i:[pP])(?:ubmed(?:\s+central)?|ublisher\s+site|mc\s+free\s+article|mc|df)"
    r"|(?-i:[sSſ])(?:earch\s+in\s+google\s+scholar|copus|emantic\s+scholar|ummary"
    r"|copus\s+\(\d+\)|earch\s+ads)"
    # MDPI's link to an open copy of the paper: "[CrossRef] [PubMed] [Green Version]". Wiley's
    # "Go to citation". Elsevier's Spanish pages (Revista Española de Cardiología): "Google
    # Académico", "Ver artículo".
    r"|(?-i:[gG])(?:oogle\s+scholar|reen\s+version|o\s+to\s+citation|oogle\s+acad[eé]mico)"
    # Nature's "MATH".
    r"|(?-i:[mM])(?:athscinet|edline\s+link|edline|ath)"
    # LWW's "Cited Here".
    r"|(?-i:[cC])(?:ross\s?ref|ited\s+here|as)"
    r"|(?-i:[fF])(?:ree\s+full\s+text|ull\s+text)"
    # Hindawi's "View at: Publisher Site".
    r"|(?-i:[vV])(?:iew\s+full\s+text|iew\s+at:|iew\s+(?:abstract|article)|iew\s+in\s+scopus"
    r"|iew\s+pdf|iew\s+in\s+article|er\s+art[ií]culo)"
    # ACP's "Link | ISI"; Medscape's "[QxMD MEDLINE Link]".
    r"|(?-i:[lL])ink|(?-i:[qQ])xmd\s+medline\s+link|\[guideline\]"
    # Nature's "ADS".
    r"|(?-i:[aA])(?:bstract|rticle|ds)|(?-i:[dD])(?:oi|ownload\s+pdf)|(?-i:[iIİı])si"
    # OUP's "WorldCat".
    r"|(?-i:[wW])(?:eb\s+of\s+science(?:\s?®)?|orldcat)"
    r"|(?-i:[tT])aylor\s+&\s+francis\s+online|(?-i:[eE])urope\s+pmc"
    # PLOS's "PubMed/NCBI"; PMC's and LWW's "Open in a new tab"; HighWire's "OpenUrlCrossRef
    # PubMed", "OpenUrlAbstract/FREE Full Text".
    r"|(?-i:[nN])cbi|(?-i:[oO])(?:pen\s+in\s+a\s+new\s+tab|penurl))"
    # JAMA's link-outs copy with no space between them: "ArticlePubMedGoogle ScholarCrossref".
    r"(?:(?!\w)|(?-i:(?=[A-Z])))",
    re.IGNORECASE,
)
# One separator at a time: with "[...]+" inside the outer "+" a run of separators could be
# split in exponentially many ways, and a line of 30 spaces or dashes before another
# character took minutes to refuse (the strings matched are the same).
_LINK_TRAILER = LazyPattern(
    # A full stop only after a bracket, Medscape's "[QxMD MEDLINE Link]. [Full Text].", or
    # after a space, as its saved page writes the link's address before it: "[QxMD MEDLINE
    # Link] http://...list_uids=29490185 ." (user28b P1-4: the trailer not taken, it had been
    # read as the journal). The separators are "[\s\-–—|•·,;/\[\]()]", split as
    # list_entries._NUMBERED_ENTRY's classes are.
    r"(?:[\s\-|·,;/\[\]()]|[–—•]|(?<=[\]\s])\.|"
    + _LINK_WORD.pattern
    + r"|(?-i:[hH])ttps?://[^\s<>\[\]]+)+",
    re.IGNORECASE,
)
_URL = LazyPattern(r"https?://[^\s<>\[\]]+")
# The buttons of a page's toolbar, a line each, as PLOS's sidebar copies after the list:
# "Download PDF", "Citation", "XML", "Print", "Share" and the sites it shares to.
_TOOLBAR = frozenset(
    {
        "download pdf", "download", "citation", "xml", "print", "share", "metrics",
        "comments", "media coverage", "check for updates", "reddit", "facebook", "linkedin",
        "mendeley", "twitter", "email",
    }
)  # fmt: skip
# Where it may start after an identifier with no stop, when no stop is followed by one: after
# its last digit ("PMID: 35830032 Google Scholar"), or before a bracketed link-out ("doi:
# 10.1042/x [DOI] [PubMed]") (left19).
_AFTER_IDENTIFIER = LazyPattern(
    r"(?<=\d)[ \t]|[ \t](?=\[(?:PubMed|DOI|PMC|Google Scholar|Cross[Rr]ef|Free|Full))"
)
# The characters a trailer at the end of a line can end with, unless a link ends it (any
# character but a space or "<>[]" can): a separator, or the last letter of a link word, in
# either case or as a letter IGNORECASE takes for it ("ſ" for "s", "ı" and "İ" for "i").
_TRAILER_ENDS = "-–—|•·,;/[]()®" + "dlrtfesicykhbno" + "DLRTFESICYKHBNO" + "ſıİ\u212a"


# What a line of link-outs opens with once the separators before it are stripped: the first
# word of a link-out _LINK_WORD reads, or an address. A line opening otherwise, as most lines
# of a list do, is told without the trailer's long pattern, which a short check then need not
# compile (7 M instructions, issue 13).
_FIRST_LINK_WORDS = (
    "pubmed", "search", "google", "math", "cross", "free", "view", "full", "publisher", "cited",
    "link", "pmc", "qxmd", "medline", "abstract", "article", "cas", "doi", "isi", "web",
    "scopus", "taylor", "europe", "semantic", "download", "pdf", "summary", "ncbi", "ads",
    "worldcat", "go", "open", "http", "ver", "green",
)  # fmt: skip


def _by_opening(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their first two letters, each group in the words' order. (One
    pass: a comprehension asking every word of each opening cost 1 M instructions at start-up.)"""
    grouped: dict[str, tuple[str, ...]] = {}
    for word in words:
        grouped[word[:2]] = (*grouped.get(word[:2], ()), word)
    return grouped


# The same by their first two letters (each has two at least): a head opens with one of them
# only if it opens with one that shares its own first two, and is tried against those alone.
_FIRST_LINK_WORDS_BY_OPENING = _by_opening(_FIRST_LINK_WORDS)
# The trailer's separators, with the full stop it takes after a bracket, and the white space
# "\s" matches in ASCII (isascii refuses the rest below).
_LEADING = "-|·,;/[]()–—•." + " \t\n\r\f\v\x1c\x1d\x1e\x1f"


def is_link_trailer(text: str) -> bool:
    """Whether the line holds only link-outs, separators and addresses, one link-out at least."""
    if not _may_open_trailer(text):
        return False
    return bool(_LINK_TRAILER.fullmatch(text) and _LINK_WORD.search(text))


def _may_open_trailer(text: str) -> bool:
    """False when the line's first word past its separators opens no link-out or address.
    Lowered, an ASCII word holds each letter as IGNORECASE would take it; any other passes."""
    rest = text.lstrip(_LEADING)
    head = rest[:9].lower()
    if not head.isascii():
        return True
    if head.startswith("guideline"):  # "[Guideline]", whose bracket is a separator too
        return text[: len(text) - len(rest)].endswith("[")
    words = _FIRST_LINK_WORDS_BY_OPENING.get(head[:2])
    return words is not None and head.startswith(words)


def without_toolbar(lines: list[Line]) -> list[Line]:
    """A section without the toolbar buttons that end it, a line each and two at least
    (furniture18: after a list copied without numbers each became an entry, a false CL102
    each; after a numbered one, words of the last entry). One such word alone is left: a
    source may be named so."""
    end = len(lines)
    buttons = 0
    while end > 0 and (lines[end - 1].blank or lines[end - 1].text.strip().lower() in _TOOLBAR):
        end -= 1
        buttons += not lines[end].blank
    return lines[:end] if buttons >= 2 else lines


def without_link_words(text: str) -> str:
    """An entry line with its link-outs dropped, their PubMed or DOI addresses kept."""
    # is_link_trailer(text), without its frame: called for every line of every entry.
    if _may_open_trailer(text) and _LINK_TRAILER.fullmatch(text) and _LINK_WORD.search(text):
        return " ".join(_addresses(text))
    start = _last_line_trailer(text) if _may_end_in_links(text) else None
    trailer = text[start:] if start is not None else ""
    if trailer and _LINK_WORD.search(trailer):
        return " ".join([text[:start], *_addresses(trailer)])
    return text


def _addresses(text: str) -> list[str]:
    """The addresses in link-outs, each once and without the ")" that closed a Markdown
    link around it: "[https://doi.org/X](https://doi.org/X)", an AI answer's entry, gave
    "https://doi.org/X https://doi.org/X)", whose ")" was read as the entry's title and
    compared with the record's (a false CL204, user22 P1 1)."""
    found: dict[str, None] = {}
    for address in _URL.findall(text):
        while address.endswith(")") and address.count(")") > address.count("("):
            address = address[:-1]
        found[address] = None
    return list(found)


def _last_line_trailer(text: str) -> int | None:
    """Where the first space or tab after a stop or semicolon is that only link-outs,
    separators and addresses follow to the end of the line ("... 2019. PubMed Google
    Scholar"), or failing that the first after an identifier ("PMID: 123 Google Scholar");
    None when there is none. A match of _LINK_TRAILER from such places finds what one
    pattern made of the space and the trailer found, without compiling the trailer's long
    pattern twice (8 M instructions of a short check's start-up)."""
    first = _first_trailer_after_stop(text)
    if first is not None:
        return first
    # After an identifier only where a link-out ends the line: most lines have none there.
    last = text.rstrip(_SEPARATORS).rsplit(None, 1)[-1:]
    if not last or last[0].lstrip("[(").lower() not in _LAST_LINK_WORDS:
        return None
    for space in _AFTER_IDENTIFIER.finditer(text):
        if _LINK_TRAILER.fullmatch(text, space.end()):
            return space.start()
    return None


def _first_trailer_after_stop(text: str) -> int | None:
    """The first place after a stop or semicolon and a space from which only a trailer
    follows, tried from the last place back: a trailer from one place is a trailer from each
    later one (the stop or semicolon and the space there are separators in it, as no link
    word or address holds "[.;]" before white space), so when the last place fails all do,
    and most lines are told so with one match, not one per sentence.

    A place is one space or tab after a stop or semicolon. One, not a run: the trailer's own
    class takes the rest of a run, where "[ \t]+" let the engine split a long run of spaces
    between the two every way (quadratic time). The places are found from the end back with
    str.rfind, only as far as the first that fails: finding every place of a long entry first
    cost more than the matches did (issue 13). A tab is looked for only in a text holding one.
    """
    tabbed = "\t" in text
    first = None
    # A pair ending the text is no place: the trailer's "+" needs a character after it.
    limit = len(text) - 1
    while True:
        at = max(text.rfind(". ", 0, limit), text.rfind("; ", 0, limit))
        if tabbed:
            at = max(at, text.rfind(".\t", 0, limit), text.rfind(";\t", 0, limit))
        if at < 0 or not _LINK_TRAILER.fullmatch(text, at + 2):
            return first
        # The next place back ends before this one starts: its pair lies in text[: at + 1].
        first = limit = at + 1


# The last words of the link-outs _LINK_WORD reads, told by a look-up: the separators after
# them stripped first.
_LAST_LINK_WORDS = frozenset(
    words(
        "pubmed central scholar crossref ref text abstract article pdf link site here cas doi"
        " pmc medline isi science science® scopus online ncbi math ads worldcat citation tab"
        " openurl summary mathscinet académico academico version"
    )
)
_SEPARATORS = " \t-|·,;/[]()."


def _may_end_in_links(text: str) -> bool:
    """Whether a trailer can end the line: most entries end with a full stop and hold no
    link, and are spared its scan (which tries the link words after every ". ")."""
    last = text[-1:]
    if not last or last in _TRAILER_ENDS or last.isspace() or text.endswith("]."):
        return True
    return "http" in text.lower()
