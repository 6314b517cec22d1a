"""An entry's PMID, DOI and link, read from its text, then cut out of it with other clutter.

These patterns run on every entry of every article, so each is searched only from the first
place its match can start (the first of the words every match starts with), and each starts
with what its matches start with: a class of characters matched as written, which the regex
engine skips to fastest, with the rest ignoring case behind it ("(?i:...)").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.clues import Clues, lowercase
from citelint.read.readings import places_of

# "\bPMID..." led by its "p": (?<=\bp) checks the boundary before the letter just read.
_PMID = LazyPattern(
    r"[pPnN](?i:(?<=\bp)MID:?\s*(\d{1,9})\b"
    # EndNote's "PubMed PMID: 31013745." after any style: its "PubMed" is no title or journal
    # (user31a P1-5: a Nature entry's title was read as "PubMed").
    r"|(?<=\bp)ubmed\s+PMID:?\s*(\d{1,9})\b"
    r"|(?<=p)ubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})"
    r"|(?<=n)cbi\.nlm\.nih\.gov/pubmed/(\d{1,9})"
    # NCBI Bookshelf's (StatPearls): "[PMC free article: PMC2418606] [PubMed: 3714603]".
    r"|(?<=\[p)ubmed:\s*(\d{1,9})\]"
    # Springer's PubMed links: ".../entrez/query.fcgi?cmd=Retrieve&db=PubMed&list_uids=N".
    r"|(?<=n)cbi\.nlm\.nih\.gov/entrez/query\.fcgi\?[^\s]{0,200}?\blist_uids=(\d{1,9})\b)"
)
_HTTP = ("http",)
_PMID_WORDS = ("pmid", "pubmed")  # one of which every text _PMID matches holds
_PMID_STARTS = ("pmid", "pubmed", "ncbi")  # what every match starts with
# "\b(10\....)": the literal "1" found first, the boundary before it checked after it.
# A DOI of the SICI form holds "<...::...>": "10.1002/(SICI)1097-0258(19980430)17:8<857::AID-
# SIM777>3.0.CO;2-E" (a tag's brackets hold no "::").
SICI_PART = r"(?:<[^\s\"<>]{1,40}::[^\s\"<>]{1,40}>[^\s\"<>]*)?"
_DOI = LazyPattern(rf"(1(?<=\b1)0\.\d{{4,9}}/[^\s\"<>]+{SICI_PART})", re.IGNORECASE)
# What a publisher's page adds to the DOI in its address: De Gruyter's
# ".../document/doi/10.1515/hmbci-2022-0093/html", ".../10.1056/NEJMoa1911303/suppl_file/x.pdf".
PAGE_AFTER_DOI = LazyPattern(
    r"/(?:html|pdf|epdf|full|fulltext(?:\.html)?|abstract|references|suppl_file/\S*|"
    r"(?:figures?|tables?)/\w+)/?\Z",
    re.IGNORECASE,
)
# An address may hold a SICI DOI, "https://doi.org/10.1002/(SICI)...17:8<857::AID-SIM777>3.0.CO;2-E":
# cut at its "<", the rest had been read as the entry's journal.
URL = LazyPattern(rf"https?://[^\s<>\[\]\"]+{SICI_PART}", re.IGNORECASE)
# Nature's pages name the DOI without its "10.1038/": "nature.com/articles/s41586-020-2012-7",
# ".../articles/nature12345", ".../articles/nm.2345" are 10.1038/s41586-020-2012-7 and so on.
# Not "bjc2011123", whose DOI has dots the address drops (10.1038/bjc.2011.123), nor news
# ("d41586-..."), which PubMed does not hold.
NATURE_ARTICLE = LazyPattern(
    r"\bnature\.com/articles/(?P<id>s\d{5}-\d{3}-\d{4,5}-[0-9a-z]|(?:nature|ncomms|srep)\d{4,6}"
    r"|n[a-z]{1,6}\.\d{3,5})(?![\w-]|\.\d)",
    re.IGNORECASE,
)
NATURE_PREFIX = "10.1038/"
# Identifier clutter that would otherwise be read as part of the title or journal; PubMed's
# "Online ahead of print." after an entry, and Zotero's AMA "Title [published online ahead of
# print, 2022 Nov 14]. Journal."
# Harvard's date of access after its address, "(Accessed: 14 March 2024)", goes whole.
# Vancouver in Spanish, Portuguese, French, Italian and German: "[citado 3 mar 2024]",
# "[acesso em ...]", "[cité le ...]", "[zitiert am ...]", and the Cochrane Library's "[accessed
# 12 March 2024]" (user24 P2 4: "[ 12 March 2024]" was left); "Disponible en:", "Disponível
# em:", "Disponible sur :", "Disponibile su:", "Verfügbar unter:".
_CLUTTER = LazyPattern(
    r"(?=[dpareov\[(])(?:\(accessed\b[^()]{0,40}\)"
    r"|\b(?:doi|pmid|pmcid|available (?:from|at)|accessed|retrieved from"
    r"|epub(?: ahead of print)?|online ahead of print(?=\.?(?:\s|\Z)))\b:?|\bPMC ?\d+\b"
    r"|\b(?:disponible (?:en|sur)|disponível em|disponibile (?:su|in)|verfügbar unter)\s?:?"
    r"|\[(?:internet|(?:cited|accessed|citado|cité|citato|zitiert|acesso em|consultado|accedido)"
    r"[^\]]{0,40}"
    r"|pubmed|crossref|google scholar|epub ahead of print"
    r"|published online(?: ahead of print)?[^\[\]]{0,40})\])",
    re.IGNORECASE,
)
# Mayo Clinic's "2018; doi:... Accessed Jan. 5, 2025.": after the paper's own year, a date of
# access goes whole (user29a P1-3: its year was read as the paper's, "Jan. 5" as its journal).
# Where the entry gives no year before it, the access date is left as it was read.
_ACCESS_DATE = LazyPattern(
    r"\baccessed:?\s+(?:on\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[a-z]{3,9}\.?,?\s+)?"
    r"(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
_YEAR_BEFORE = LazyPattern(r"\b(?:19|20)\d{2}\b")
_CLUTTER_WORDS = (
    "doi",
    "pmid",
    "pmc",
    "available",
    "accessed",
    "retrieved",
    "epub",
    "online ahead",
    "disponib",
    "disponív",
    "verfügbar",
)
_CLUTTER_STARTS = (*_CLUTTER_WORDS, "[", "(accessed")  # what every match starts with
# _CLUTTER_STARTS as looked for: a pair of words behind a shorter piece both hold, which most
# entries lack ("pmid" goes with its PMID, cut out before), one scan sparing two; the rest
# alone. _CLUTTER_GATE: a piece of each of _CLUTTER_WORDS, held wherever one of them is.
_CLUTTER_PAIRS = (
    ("pm", ("pmid", "pmc")),
    ("dispon", ("disponib", "disponív")),
    ("accessed", ("accessed", "(accessed")),
)
_CLUTTER_ALONE = ("doi", "available", "retrieved", "epub", "online ahead", "verfügbar", "[")
_CLUTTER_GATE: tuple[str, ...]
_CLUTTER_GATE = ("doi", "pm", "available", "accessed", "retrieved", "epub", "online ahead")
_CLUTTER_GATE += ("dispon", "verfügbar")
_DOI_STARTS = ("10.",)  # what every _DOI match starts with
# Compiled once here rather than looked up in re's cache on every entry. Each half, led by
# its literal bracket, is found much faster than the two led by their class: a text with no
# "[ ]" is cut where the first half matches, just as by both.
_EMPTY_BRACKETS = LazyPattern(r"\(\s*\)|\[\s*\]")
_EMPTY_ROUND = LazyPattern(r"\(\s*\)")
_EMPTY_SQUARE = LazyPattern(r"\[\s*\]")
# Led by its first character itself, not by a look-ahead naming it: the engine skips to
# those characters faster still (same matches as "[.;:,](?:\s+[.;:,])+|\.{2}(?!\.)"). A
# colon glued to what follows leads pages, not left behind: UpToDate's "Cochrane Database
# Syst Rev 2005; :CD003235." has no volume.
_LEFT_PAIRS = ("..", " .", " ;", " :", " ,")  # see _first_left_punctuation
_LEFT_PUNCTUATION = LazyPattern(r"[.;:,](?:(?:\s+(?:[.;,]|:(?!\w)))+|(?<=\.)\.(?!\.))")


# A DOI broken at a line's end, as a PDF's lines break one: "doi:10.1056/" / "NEJMoa1210384",
# "10.1152/ajpheart.00590." / "2021", "https://doi.org/10." / "5761/atcs.ra.19-00158".
_BROKEN_DOI = LazyPattern(r"(?:\b10\.\d{4,9}/(?:\S*[/.\-_])?|(?:doi\.org/|doi:\s?)10\.)\Z", re.I)
_DOI_REACH = 200  # how far back from a line's end its broken DOI may start


if TYPE_CHECKING:  # an alias made at import costs start-up for a name only checkers read
    # The first matches of URL and _DOI in an entry's text (see read_identifiers).
    FirstMatches = tuple[re.Match[str] | None, re.Match[str] | None]


def _without_access_date(text: str) -> str:
    """``text`` less a date of access that follows the entry's own year (_ACCESS_DATE)."""
    found = _ACCESS_DATE.search(text) if "ccessed" in text else None
    if found is None or _YEAR_BEFORE.search(text, 0, found.start()) is None:
        return text
    return text[: found.start()] + " " + text[found.end() :]


def joined_lines(lines: list[str]) -> str:
    """An entry's lines joined by spaces, but a DOI broken at a line's end joined whole (a
    space in it cut it short, or lost it): where the next line goes on with a letter or digit
    after "/" or "-", or with a digit after "." (a DOI ending a sentence is followed by
    "Epub", "PMID" or "eCollection", never by digits)."""
    text = lines[0] if lines else ""
    for line in lines[1:]:
        broken = (
            text.endswith(("/", "-", "_"))
            and line[:1].isalnum()
            or text.endswith(".")
            and line[:1].isdigit()
        ) and _BROKEN_DOI.search(text, max(0, len(text) - _DOI_REACH)) is not None
        text += line if broken else " " + line
    return text


def read_identifiers(text: str, fields: Reference, clues: Clues) -> FirstMatches:
    """Each pattern is searched from the first place its match can start: identifiers
    stand at an entry's end, after the authors and the title. Returns the first matches of
    URL and _DOI in ``text``, for strip_identifiers (None where there is none, and for the
    DOI where it was read from the text with its escaped slashes read)."""
    pmid = None
    if clues.holds_any(_PMID_WORDS):
        pmid = _PMID.search(text, clues.first_place(_PMID_STARTS))
    if pmid:
        # Each alternative has one group, and only the one that matched has a value.
        fields.pmid = pmid[pmid.lastindex or 0]
    doi_text = text
    # A DOI link with its slash escaped: "doi.org/10.1038%2Fnature12345" ("%" found fastest).
    if "%" in text and "%2" in text:
        doi_text = text.replace("%2F", "/").replace("%2f", "/")
    doi_place = doi_text.find("10.")
    doi = _DOI.search(doi_text, doi_place) if doi_place >= 0 else None
    if doi:
        fields.doi = without_page(unwrap(doi[1]))
    url = URL.search(text, clues.first_place(_HTTP)) if clues.holds_any(_HTTP) else None
    if url:
        fields.url = unwrap(url[0])
        nature = None if fields.doi else NATURE_ARTICLE.search(fields.url)
        if nature:
            fields.doi = NATURE_PREFIX + nature["id"]
    return url, doi if doi_text is text else None


def without_page(doi: str) -> str:
    """The DOI without the page its address names after it ("10.3389/fphys.2018.01034/full"
    on Frontiers' page): only a DOI holding a second "/" may have one."""
    return PAGE_AFTER_DOI.sub("", doi) if doi.count("/") > 1 else doi


def unwrap(identifier: str) -> str:
    """Drop punctuation that ends the sentence around a DOI or URL, keeping its own brackets."""
    identifier = identifier.rstrip(".,;:")
    if not identifier.endswith((")", "]")):
        return identifier  # most: the loop below would change nothing
    for opening, closing in ("()", "[]"):
        while identifier.endswith(closing) and identifier.count(closing) > identifier.count(
            opening
        ):
            identifier = identifier[:-1].rstrip(".,;:")
    return identifier


def strip_identifiers(
    text: str, clues: Clues, spaces_only: bool = False, first: FirstMatches = (None, None)
) -> str:
    """``clues`` are those of ``text``: each pattern runs only on text holding the words it
    needs, and only where one of them stands (see sub_at). ``spaces_only``: the caller
    knows that the text holds no white space but spaces. ``first``: the first matches of
    URL and _DOI in ``text`` where the caller knows them (read_identifiers found them):
    neither is looked for again. The text returned holds no white space but single spaces."""
    first_url, first_doi = first
    # Lowering the text kept each letter where it stood, and each was cut out or kept as a
    # whole since: the text as it is cut down, lowered, has its letters where it has them.
    aligned = clues.aligned
    whole = text  # the text clues.lowered is of, kept while no pattern cuts it (most)
    # A link's closing bracket is the text's own when the link does not open one.
    if first_url is not None and aligned:
        text = _cut_from(URL, text, first_url, clues.lowered, _HTTP[0])
    elif clues.holds_any(_HTTP):
        text = sub_at(URL, text, places(clues.lowered, _HTTP, aligned), _left_of_link)
    if first_doi is not None and text is whole:
        text = _cut_from(_DOI, text, first_doi, text, _DOI_STARTS[0])  # no link before it
    else:
        doi_places = places_of(text, _DOI_STARTS)
        if doi_places:
            text = sub_at(_DOI, text, doi_places, _left_of_link)
    if clues.holds_any(_PMID_WORDS):
        lowered = clues.lowered if text is whole else lowercase(text)
        text = sub_at(_PMID, text, places(lowered, _PMID_STARTS, aligned), " ")
    # A wider gate than _CLUTTER_WORDS (a text holding "pm" but neither "pmid" nor "pmc"
    # passes): where none of those words stands the places found are none, and the text stays.
    if "[" in text or clues.holds_any(_CLUTTER_GATE):
        text = _without_access_date(text)
        lowered = clues.lowered if text is whole else lowercase(text)
        starts = _clutter_starts(lowered) if aligned else _CLUTTER_STARTS
        text = sub_at(_CLUTTER, text, places(lowered, starts, aligned), " ")
    if "(" in text or "[" in text:  # what every match of the two patterns starts with
        text = (_EMPTY_BRACKETS if _EMPTY_SQUARE.search(text) else _EMPTY_ROUND).sub(" ", text)
    # What the identifiers leave behind (". .", ". ;"), but not a name's "Clark L., Beadle D.".
    left = _first_left_punctuation(text, spaces_only)
    if left is not None:
        text = text[:left] + _LEFT_PUNCTUATION.sub(".", text[left:])
    # Every cut put spaces or punctuation where it cut, so text given spaces_only still holds
    # no white space but spaces: where no two stand together, the split and join would
    # only drop a space at either end, which the strip drops too.
    if not spaces_only or "  " in text:
        text = " ".join(text.split())
    return text.strip(" .;:,")


def _cut_from(pattern: LazyPattern, text: str, first: re.Match[str], where: str, word: str) -> str:
    """``sub_at(pattern, text, places_of(where, (word,)), _left_of_link)`` for URL and _DOI,
    whose every match starts where ``word`` stands in ``where`` (the text, or the text
    lowered, its letters where the text's stand), the first match given: no match starts
    at a place before it, and the places after it are looked for from its end."""
    later = []
    at = where.find(word, first.end())
    while at >= 0:
        later.append(at)
        at = where.find(word, at + 1)
    rest = sub_at(pattern, text, later, _left_of_link) if later else text
    # The later cuts leave the text before the first match's end as it was.
    return text[: first.start()] + _left_of_link(first) + rest[first.end() :]


def _clutter_starts(lowered: str) -> tuple[str, ...]:
    """The words of _CLUTTER_STARTS that ``lowered`` may hold: each pair only where the
    piece both words hold stands (places_of finds each word's places from these)."""
    words: tuple[str, ...] = _CLUTTER_ALONE
    for piece, pair in _CLUTTER_PAIRS:
        if piece in lowered:
            words += pair
    return words


def _first_left_punctuation(text: str, spaces_only: bool = False) -> int | None:
    """Where the first match of _LEFT_PUNCTUATION can start, None where none can: each holds
    "..", or white space right before its second mark. A text with no white space but
    spaces (isprintable is False for every other character that is white space to \\s)
    holds that as " ." / " ;" / " :" / " ,", a run of spaces and the first mark before it:
    most entries hold none, and the rest hold them near their end, where identifiers stood.
    The pattern looks at nothing before its match, so the text before is left as it is."""
    if not (spaces_only or text.isprintable()):
        return 0
    # "in" tells a pair the text lacks at the cost of find's scan without its reading of
    # arguments (most pairs, most entries); find is asked where each held pair first stands.
    held = [pair for pair in _LEFT_PAIRS if pair in text]
    if not held:
        return None
    first = min(map(text.find, held))
    while first and text[first - 1] == " ":
        first -= 1
    return max(0, first - 1)


def _left_of_link(link: re.Match[str]) -> str:
    return " " + link[0][len(unwrap(link[0])) :]


def places(lowered: str, words: tuple[str, ...], aligned: bool) -> list[int] | None:
    """Every place where one of ``words`` starts in ``lowered``, in order; None when the
    places are not those of the text it was lowered from (see Clues.aligned)."""
    return places_of(lowered, words) if aligned else None


def sub_at(
    pattern: LazyPattern,
    text: str,
    places: list[int] | None,
    replace: Callable[[re.Match[str]], str] | str,
) -> str:
    """``pattern.sub(replace, text)`` for a pattern whose every match starts at one of
    ``places``: the pattern is tried at each of them (a look-behind or \\b still sees what
    stands before it) rather than scanned for over the text, which costs many times the
    look for the words that gave them. None of these patterns matches an empty text, the
    one case where the two would differ. ``places`` None: the text is scanned whole. A
    ``replace`` given as text is put as it is (it holds no backslash or group)."""
    if places is None:
        return pattern.sub(replace, text)
    pieces: list[str] = []
    end = 0
    for place in places:
        match = pattern.match(text, place) if place >= end else None
        if match is not None:
            pieces += [
                text[end:place],
                replace if isinstance(replace, str) else replace(match),
            ]
            end = match.end()
    return "".join([*pieces, text[end:]]) if pieces else text
