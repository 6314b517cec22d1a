"""A direct path for the most common entry shape, Vancouver's (NLM's) one line:

    Smith J, Doe AB, et al. Title: subtitle. J Name. 2019 Mar;13(2):150-8. doi:10.1/x. PMID: 1.

The general reader (entries.py) tries every style in turn on every entry: it reads the
identifiers, looks for a web page's lines, cuts identifiers and clutter out, tries Nature,
APA, MDPI, quoted and bracketed shapes, then finds the locus among eight patterns. For an
entry of this shape each of those steps is known beforehand to give nothing or exactly what
one match here gives: the text without its identifiers, its locus, its PMID and DOI. The
steps after the locus (authors, title and journal) are the general reader's own.

The path declines (None) whenever the text holds anything that could make one of those
steps act: a character other than letters, digits, single spaces and ",.:?!'’-" before the
locus; a word a clutter, PMID or link pattern starts with; punctuation identifiers leave
behind; a notice or an online-first date. The proof that the two paths read every entry
alike is benchmarks/entry_paths.py (every entry of the corpora, and mutated ones).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.entry_identifiers import without_page
from citelint.read.entry_tails import may_cut_unbracketed, without_tail
from citelint.read.loci import Locus
from citelint.read.styled_entries import mdpi_first_name

# Before the locus: words of letters, digits and ",.:?!'’-", single spaces between them; no
# ";" (the locus's own), brackets, quotes, slashes, "&", "<", "%", dashes or markup. Its first
# two characters are a letter and a letter, digit or apostrophe: no initial opens it
# (Elsevier's one line). The letters are Latin-1's: lowering keeps each one letter, and no
# ignore-case pattern takes one for another ("ſ" for "s"). The pattern sees "’" as "'", and
# "_", which \w holds, is refused apart.
# The classes spell out [^\W\d_] and \w within Latin-1 (the letters and "ª²³µ¹º¼½¾", which
# isalnum takes and \d does not): the regex engine tests such a class with one look into a
# table, where a class holding \w asks Unicode's tables of each character (a third of the
# match's cost), and a character past Latin-1 fails the match (it was refused after it).
# The head is one run of its class and spaces: "(?: word)*" cost the engine a turn of its
# group for each word. Two spaces together are refused apart ("  " in the line, where no
# locus or tail holds them), so the run is words with single spaces between them, and it
# ends at the last place the rest matches from (a greedy run gives back from its end), as
# the words did.
_LETTER = (
    "A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be"  # ª²³µ¹º¼½¾
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"  # À-Ö, Ø-ö, ø-ÿ
)
_HEAD = rf"[{_LETTER}][{_LETTER}0-9'][{_LETTER}0-9,.:?!'\- ]*"
_PAGE = r"[A-Za-z]{0,4}[0-9]+[A-Za-z]?"
# The locus as VANCOUVER reads it: "2019;13(2):150-8", "2019 Mar 5;13:e150", "2019;13:150–8",
# "2014; 24: 256- 264" (its pages read without their spaces, as find_locus reads them).
_LOCUS = (
    r"(?P<year>(?:1[89]|20)[0-9][0-9])(?: [A-Z][a-z][a-z](?: [0-9][0-9]?)?)?; ?"
    rf"(?P<volume>[0-9]{{1,4}})(?:\((?P<issue>[0-9]{{1,3}})\))?: ?"
    rf"(?P<pages>{_PAGE}(?:[-–] ?{_PAGE})?)"
)
# After it: nothing, or a stop, then perhaps "doi:10.1/x" and "PMID: 1.", each with a stop
# after it or not, then perhaps the DOI's link and PubMed's, as reference managers add them.
_DOI = r"10\.[0-9]{4,9}/[A-Za-z0-9./\-]*[A-Za-z0-9]"
_TAIL = (
    rf"(?:\.(?: doi: ?(?P<doi>{_DOI})\.?)?(?: PMID: (?P<pmid>[0-9]{{1,9}})\.?)?"
    rf"(?: (?P<doi_link>https://doi\.org/(?P<linked_doi>{_DOI})))?"
    r"(?: (?P<pubmed_link>https://pubmed\.ncbi\.nlm\.nih\.gov/(?P<linked_pmid>[0-9]{1,9})/))?)?"
)
# The head's last word ends in a stop, or not ("BMJ Open 2021;11:e045120").
_COMMON = LazyPattern(rf"{_HEAD} {_LOCUS}{_TAIL}")
# What a match of the clutter, PMID and link patterns before the tail starts with (lowered):
# "doi", "pmid", "pmc", "pubmed", "available from", "accessed", "retrieved from", "epub",
# "online ahead of print", "disponible", "disponível", "verfügbar". Links and DOIs need a
# "/", which the text before the tail lacks. "verfügbar" is looked for apart (_holds_clutter).
_CLUTTER_WORDS = (
    "doi", "pmid", "pmc", "pubmed", "available", "accessed", "retrieved", "epub", "online ahead",
    "dispon",
)  # fmt: skip
# Punctuation identifiers leave behind, which strip_identifiers tidies (_LEFT_PAIRS): "..",
# " .", " ;", " :", " ,". No ";" stands in the head, and after it only a DOI can hold one.
_LEFT_PAIRS_IN_HEAD = ("..", " .", " :", " ,")
# Entries opening with a notice ("Correction: ...") are Elsevier's unsigned one line.
_NOTICE_OPENINGS = ("Correction", "Erratum", "Corrigendum", "Retraction", "Expression")


_new_locus = tuple.__new__


class CommonEntry:
    """What the general reader's first steps give an entry of the common shape. (A plain
    class: making a NamedTuple or dataclass costs start-up.)"""

    __slots__ = ("doi", "line", "locus", "pmid", "text", "url")

    def __init__(
        self, line: str, text: str, locus: Locus, pmid: str | None, doi: str | None, url: str | None
    ) -> None:
        self.line = line  # the entry's text, as given
        self.text = text  # without its identifiers and its last stop (strip_identifiers')
        self.locus = locus
        self.pmid, self.doi, self.url = pmid, doi, url

    def identify(self, fields: Reference) -> None:
        """Set the identifiers found, as read_identifiers does."""
        if self.pmid is not None:
            fields.pmid = self.pmid
        if self.doi is not None:
            fields.doi = self.doi
        if self.url is not None:
            fields.url = self.url


def common_entry(lines: list[str]) -> CommonEntry | None:
    """The entry's common reading, or None for an entry the general reader must read."""
    if len(lines) != 1:
        lines = [line for line in lines if line.strip()]
        if len(lines) != 1:
            return None
    line = lines[0]
    if ";" not in line or "_" in line or "  " in line:  # every match holds a ";", no "  "
        return None
    seen = line.replace("’", "'") if "’" in line else line  # as the pattern sees it
    found = _COMMON.fullmatch(seen)
    if found is None or line.startswith(_NOTICE_OPENINGS):
        return None
    year = found.start("year")
    if _holds_left_pair(seen[:year], found):
        return None
    end = found.end("pages")
    text = line[:end]
    if _holds_clutter(seen[:end], text):  # the pages' letters too: "PMC123" goes as clutter
        return None
    # The head and locus hold no "[" or "]": without_tail is asked only where it may cut.
    if mdpi_first_name(text) or (may_cut_unbracketed(text) and without_tail(text) != (text, None)):
        return None  # "Comment on: ...", "Published online ...": the general reader's
    # The first of each in the text, as read_identifiers reads them.
    doi = found["doi"] or found["linked_doi"]
    pages = found["pages"].replace(" ", "")
    # What Locus(...) makes, rsc's default given, without its __new__'s Python frame.
    locus = _new_locus(
        Locus, (year, int(found["year"]), found["volume"], found["issue"], pages, False)
    )
    return CommonEntry(
        line,
        text,
        locus,
        found["pmid"] or found["linked_pmid"],
        without_page(doi) if doi else None,
        found["doi_link"] or found["pubmed_link"],
    )


def _holds_left_pair(head: str, found: re.Match[str]) -> bool:
    """Whether the line holds one of _LEFT_PAIRS: ``head`` is the line up to the year; from
    the year on, ``found`` takes no comma, no white space before a stop, colon or semicolon,
    and no stop after a stop but inside a DOI. (A loop of ``in``: any() of map() calls
    __contains__ through a wrapper, twice the cost.)"""
    for pair in _LEFT_PAIRS_IN_HEAD:
        if pair in head:
            return True
    return ".." in (found["doi"] or "") or ".." in (found["linked_doi"] or "")


def _holds_clutter(seen: str, text: str) -> bool:
    """Whether ``text`` lowered holds one of _CLUTTER_WORDS or "verfügbar". ``seen`` is
    ``text`` as the pattern saw it, whose characters are Latin-1's but a dash in the pages:
    lowered as ASCII (bytes.lower), it holds an ASCII word wherever ``text.lower()`` does,
    since lower() keeps ASCII ASCII and the other letters other, at the same places; str's
    lower() asks Unicode's tables of each character of a text that is not ASCII."""
    # The dash as "?", in no word. (``in`` on bytes first tries the word as a number: the
    # exception it raises and drops costs more than lowering as str did.) An ASCII text
    # (most: isascii is a flag kept on the string) lowers as str alike, without the copies.
    if seen.isascii():
        lowered = seen.lower()
    else:
        lowered = seen.encode("latin-1", "replace").lower().decode("latin-1")
    for word in _CLUTTER_WORDS:
        if word in lowered:
            return True
    return "verf" in lowered and "verfügbar" in text.lower()  # "Ü" is no ASCII letter
