"""Entries whose title stands in quotation marks: IEEE's, MLA's and Chicago's.

IEEE (engineering, imaging and informatics journals cited in medicine):

    N. Okafor, H. L. Tran, and P. Singh, "Title," IEEE Trans. Med. Imag., vol. 39, no. 4,
    pp. 1012–1020, Apr. 2020.

MLA: "Okafor, Nkem, et al. "Title." Journal of X, vol. 12, no. 3, 2020, pp. 1-9."

Chicago, notes-bibliography and author-date (medical humanities, history of medicine):

    Okafor, Nkem, and Hoa L. Tran. "Title." Journal of X 12, no. 3 (2020): 1–9.
    Okafor, Nkem, and Hoa L. Tran. 2020. "Title." Journal of X 12 (3): 1–9.

Read as one line of Vancouver, the names, the title and the journal ran together: no reading
had the title alone, so PubMed was asked for a title that no record has (a false CL201 on a
right entry). The entry is read this way only when all before the quoted title is a list of
names (and a year), so a title with a quoted word in it ('The "July effect" ...') is left to
the general reading.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reading, Reference
from citelint.read.journal_first_entries import read_journal_first
from citelint.read.loci import PAGES, YEAR, find_locus
from citelint.read.readings import Split, looks_like_group
from citelint.read.styled_entries import NOTICE_OPENING, YEAR_ON_LINE
from citelint.read.title_readings import tidy

# The title, its closing comma or stop inside the quotes (IEEE, Chicago) or after them.
# French and Spanish quote with guillemets, spaced inside: "« Title », Journal 12 ...".
_QUOTED = LazyPattern(r"(?:[\"“]|«\s*)(?P<title>[^\"“”«»]{8,500}?)[,.]?(?:[\"”]|\s*»)[,.]?\s+")
# Chicago author-date: the year after the names, "Tran. 2020. "Title.""
_NAMES_YEAR = LazyPattern(rf"^(?P<names>.+?)\.?\s+(?P<year>{YEAR})[a-z]?\.?$")
# IEEE's source: "J. Gerontol., vol. 12, no. 3, pp. 1–9, Mar. 2020"; each part may be missing
# but the volume, and an online paper may give an article number ("Art. no. 102345"), a
# supplement its number for the issue's ("vol. 46, suppl. 1, pp. S140–S157").
_IEEE_SOURCE = LazyPattern(
    r"^(?P<journal>[^\"“”]{2,200}?),\s*vol\.\s*(?P<volume>[A-Za-z]?\d+[A-Za-z]?)"
    r"(?:,\s*no\.\s*(?P<issue>[^,]{1,20})|,\s*(?P<supplement>[Ss]uppl\.\s*[^,]{1,20}))?"
    rf"(?:,\s*(?:pp?\.|[Aa]rt\.\s*no\.)\s*(?P<pages>{PAGES}))?"
    r",\s*(?:(?:[A-Z][a-z]{2,8}\.?(?:\s*[-–/]\s*[A-Z][a-z]{2,8}\.?)?|\d{1,2})\s+){0,2}"
    rf"(?P<year>{YEAR})\b"
)
# ... a Cochrane review's, with no volume: "Cochrane Database Syst. Rev., no. 1, Art. no.
# CD004816, Jan. 2013" (the title had run on into the source).
_IEEE_UNVOLUMED = LazyPattern(
    r"^(?P<journal>[^\"“”,]{2,200}?),\s*no\.\s*(?P<issue>[^,]{1,20})(?P<volume>)"
    rf",\s*(?:pp?\.|[Aa]rt\.\s*no\.)\s*(?P<pages>{PAGES})"
    r",\s*(?:(?:[A-Z][a-z]{2,8}\.?(?:\s*[-–/]\s*[A-Z][a-z]{2,8}\.?)?|\d{1,2})\s+){0,2}"
    rf"(?P<year>{YEAR})\b"
)
# ... a paper online before its issue, its date alone: "J. Am. Coll. Cardiol., Sep. 2024"
# (user31a P1-8: "Am. Coll. Cardiol., Sep" had been read as the journal), or its issue and
# date ("JAMA, no. 3, Jul. 2011": "3, Jul" had been read as the journal).
_IEEE_DATED = LazyPattern(
    r"(?P<journal>[^\"“”,]{2,200}?),\s*(?:no\.\s*(?P<issue>[^,]{1,20}),\s*)?"
    rf"(?:[A-Z][a-z]{{2,8}}\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{YEAR})(?P<volume>)(?P<pages>)"
)
# MLA's: "Cell Reports, vol. 39, no. 9, 2022, p. 110870", the year before the pages.
_MLA_SOURCE = LazyPattern(
    r"^(?P<journal>[^\"“”]{2,200}?),\s*vol\.\s*(?P<volume>[A-Za-z]?\d+[A-Za-z]?)"
    r"(?:,\s*(?:no\.|n[°º]|núm\.)\s*(?P<issue>[^,]{1,20}))?"
    r",\s*(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?"
    rf"(?P<year>{YEAR})(?:,\s*(?:pp?\.\s*)?(?P<pages>{PAGES}))?(?:[,.]|\s*$)"
)
# One name: "H. L. Tran", "J.-P. Martin", "Hoa L. Tran", "Nkem Okafor", "Mary-Jo van der Berg",
# "Yi-Jia Li".
_GIVEN = r"(?:[A-Z]\.(?:\s?-?[A-Z]\.)*|[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]*)*)"
_FAMILY = r"(?:(?:van|von|de|der|den|da|di|du|la|le|del|dos|ten|ter)\s+){0,3}[A-Z][\w'’\-]+"
_GIVEN_FIRST = LazyPattern(rf"(?P<given>{_GIVEN}(?:\s+{_GIVEN}){{0,3}})\s+(?P<family>{_FAMILY})")
# Words that open a title, never a family name: "Okafor N. The "July effect" in ..." is a
# Vancouver entry whose title quotes a phrase, not a name "Okafor N. The".
_TITLE_WORDS = frozenset(
    {"A", "An", "The", "In", "On", "Of", "For", "To", "With", "Is", "Are", "How", "Why"}
    | {"What", "When", "Do", "Does", "Can"}
)
# Chicago may date an issue: "12, no. 3 (March 2020): 1–9", "(Spring 2020)".
_DATED_ISSUE = LazyPattern(rf"\((?:[A-Z][a-z]{{2,8}}\.?\s+){{1,2}}({YEAR})\)")
# "and" in the languages of the articles read: "Park, Konge et Artino", "y", "e", "und".
_SEPARATOR = LazyPattern(r",\s*(?:(?:and|et|y|e|und)\s+|&\s*)?|\s+(?:and|et|y|e|und|&)\s+")
_ET_AL = LazyPattern(r"[,\s]*et\s+al\.?$")
# Harvard quotes its title after the year: "(2024) 'Who consumes ultra-processed food? A
# systematic review', Nutrition Research Reviews, 37(2), pp. 416-456." A paper in another
# language gives its English title in brackets after the quotes: "'Herzinsuffizienz ...:
# Was gibt es Neues?' [Heart failure ...: what is new?], Deutsche Medizinische ...".
_HARVARD_QUOTED = LazyPattern(
    r"['‘\"“](?P<title>[^\n]{8,500}?)['’\"”]"
    r"(?:\s*(?P<translated>\[[^\[\]\n]{8,500}\]))?[,.]\s+(?P<journal>[^'‘’\"“”]{2,200})"
)


def read_quoted(text: str, fields: Reference) -> bool:
    """Read an IEEE or Chicago entry (see the module); False, with nothing set, otherwise."""
    if '"' not in text and "“" not in text and "«" not in text:
        return False
    quoted = _QUOTED.search(text)
    if quoted is None:
        return False
    if text[: quoted.start()].rstrip().endswith(":") and read_journal_first(text, fields):
        return True
    before, source = text[: quoted.start()].strip(" ,"), text[quoted.end() :].strip(" .")
    year = None
    dated = _NAMES_YEAR.match(before)
    if dated:
        before, year = dated["names"], int(dated["year"])
    names = _names(before.rstrip("."))
    if not names and looks_like_group(before) and not any(map(str.isdigit, before)):
        names = [before.rstrip(".")]  # "Guideline Development Panel for ... . "Title.""
    if not names and not before and NOTICE_OPENING.match(quoted["title"]):
        names = []  # an erratum's notice, unsigned: '"Correction: Title," PLoS ONE, vol. 12'
    elif not names or not source:
        return False
    if not _read_source(source, fields):
        return False
    fields.authors = names
    fields.title = quoted["title"].strip()
    fields.year = fields.year or year
    return True


def _read_source(source: str, fields: Reference) -> bool:
    """The journal and locus after the title, in IEEE's or Chicago's shape."""
    # MLA's year before the pages; IEEE's after them (both give "vol.").
    mla = _MLA_SOURCE.match(source) if "vol." in source else None
    ieee = mla or _IEEE_SOURCE.match(source) or _IEEE_UNVOLUMED.match(source)
    ieee = ieee or _IEEE_DATED.fullmatch(source)
    if ieee and ieee["journal"][:1].isupper():
        fields.journal = ieee["journal"].strip()
        supplement = ieee.groupdict().get("supplement")
        fields.volume, fields.issue = ieee["volume"] or None, ieee["issue"] or supplement
        fields.pages = "".join(ieee["pages"].split()) if ieee["pages"] else None
        fields.year = int(ieee["year"])
        return True
    source = _DATED_ISSUE.sub(r"(\1)", source)
    locus = find_locus(source)
    if locus is None or locus.start == 0 or not (locus.volume or locus.pages):
        return False
    journal = source[: locus.start].strip(" ,;:")
    # A journal's name starts with a capital; "in teaching hospitals: ..." is a title's rest.
    if not journal[:1].isupper() or any(mark in journal for mark in '"“”'):
        return False
    fields.journal = journal
    fields.volume, fields.issue, fields.pages = locus.volume, locus.issue, locus.pages
    fields.year = locus.year
    return True


def _names(text: str) -> list[str]:
    """ "N. Okafor, H. L. Tran, and P. Singh" or Chicago's "Okafor, Nkem, and Hoa L. Tran" as
    ["Okafor N", "Tran HL", ...]; [] unless every part is a person's name."""
    text = _ET_AL.sub("", text)
    parts = [part.strip() for part in _SEPARATOR.split(text) if part.strip()]
    if not parts:
        return []
    names: list[str] = []
    # Chicago inverts the first name only: "Okafor, Nkem" (a family name, then given names).
    chicago = parts[0] not in _TITLE_WORDS and re.fullmatch(_FAMILY, parts[0])
    if len(parts) >= 2 and chicago and re.fullmatch(rf"{_GIVEN}(?:\s+{_GIVEN}){{0,3}}", parts[1]):
        names.append(_vancouver(parts[0], parts[1]))
        parts = parts[2:]
    for index, part in enumerate(parts):
        person = _GIVEN_FIRST.fullmatch(part)
        if person is None and names and index < len(parts) - 1 and _bare_family(part):
            names.append(part)  # "T. Ueda, Ahmadzai, and I. Walsh": PubMed gives no initials
            continue
        if person is None or person["family"] in _TITLE_WORDS:
            return []
        names.append(_vancouver(person["family"], person["given"]))
    return names


def _bare_family(part: str) -> bool:
    """A family name alone, as PubMed lists an author it has no initials for (user31a
    P1-6); taken as one only between two names."""
    return part not in _TITLE_WORDS and re.fullmatch(_FAMILY, part) is not None


def _vancouver(family: str, given: str) -> str:
    """ "Tran", "Hoa L." -> "Tran HL", as PubMed writes an author."""
    letters = "".join(word[0] for word in re.split(r"[\s.\-]+", given) if word)
    return f"{family} {letters.upper()}"


def harvard_quoted(rest: str) -> Split | None:
    """Harvard's quoted title and its journal, ``rest`` being what follows the year and
    precedes the locus; None for a title not quoted. The title is what the quotes hold, so
    a question mark or full stop in it ends nothing (they split it from its journal)."""
    if rest[:1] not in "'‘\"“":
        return None
    quoted = _HARVARD_QUOTED.fullmatch(rest.strip(" .,;:"))
    if quoted is None:
        return None
    # The translation stays with the title, as Vancouver's "Title [Translation]" is read.
    translated = quoted["translated"]
    title = f"{quoted['title']} {translated}" if translated else quoted["title"]
    return Split(title, quoted["journal"], 0.0)


# A page's own title, quoted after its address as ChatGPT lists its sources, ends in the
# name of its site: "Title | New England Journal of Medicine", "Title | Cardiology | JAMA |
# JAMA Network", "Title - PubMed".
_PAGE_TITLE = LazyPattern(r"[\"“](?P<title>[^\"“”]{8,500})[\"”]")
_BAR = " | "
_DASH = LazyPattern(r"\s[-–—]\s")
# Wolters Kluwer's journals (journals.lww.com) title a page "Title : Journal", the journal
# after a colon with a space before it; a site's name may follow ("... : Spine | LWW").
_LWW_JOURNAL = " : "


def read_page_title(text: str, fields: Reference) -> bool:
    """An entry that is an address and the page's quoted title (see _PAGE_TITLE), or a linked
    page title alone, as a link picker copies it ("Title | Dementia and Cognitive Impairment |
    JAMA | JAMA Network", user29a P1-14): the title without its site's name, which is no part
    of the paper's title (user19 P1 5: read with it, the right DOI was called another
    paper's). The whole text stays a reading of its own. False, with nothing set, for any
    other entry."""
    quoted = _PAGE_TITLE.fullmatch(text.strip()) if fields.url else None
    if quoted is not None:
        whole = quoted["title"].strip()
    elif _BAR in text and ". " not in text.partition(_BAR)[0] and not YEAR_ON_LINE.search(text):
        # No year, no full stop before the bar: no citation ("Okafor H. Title. JAMA | PubMed").
        whole = text.strip()
    elif fields.url and _linked_dashed_title(text):
        # An answer's linked page title after a dash: "Title - Cochrane Library" (user32a P1-7).
        whole = text.strip()
    else:
        return False
    title = _without_site(whole, fields.url or "")
    if title == whole:
        return False
    fields.title = tidy(title)
    fields.alternatives = [Reading(tidy(whole) or whole, None, None, ())]
    return True


def _linked_dashed_title(text: str) -> bool:
    """Whether a linked entry is a page title alone with a dash in it: no full stop before
    its last dash and no year, as no citation is."""
    dashes = list(_DASH.finditer(text))
    if not dashes:
        return False
    return ". " not in text[: dashes[-1].start()] and not YEAR_ON_LINE.search(text)


def _without_site(title: str, address: str) -> str:
    """The page title without the site's name after its last bar or dash. After bars,
    every part that reads as a name goes ("| Cardiology | JAMA | JAMA Network"), the title's
    first part never; a dash is common inside titles, so only a name of the address's own
    site goes after one ("- Mayo Clinic" on mayoclinic.org)."""
    # Imported here, for the few entries that are a quoted page title: a page with no link
    # loads no link reader (test_startup).
    from citelint.read.links import names_the_site, reads_as_site_name

    parts = title.split(_BAR)
    cut = len(parts)
    while cut > 1 and reads_as_site_name(parts[cut - 1]):
        cut -= 1
    title = _BAR.join(parts[:cut]).strip()
    if _LWW_JOURNAL in title and "lww.com" in address.lower():
        head, _, journal = title.rpartition(_LWW_JOURNAL)
        if reads_as_site_name(journal):
            return head.strip()
    if cut < len(parts):
        return title
    dashes = list(_DASH.finditer(title))
    if dashes:
        site = title[dashes[-1].end() :].strip()
        if len(site.split()) <= 4 and names_the_site(site, address):
            return title[: dashes[-1].start()].strip()
    return title
