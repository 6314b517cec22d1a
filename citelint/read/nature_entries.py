"""Nature's one-line style: "Smith, J. A., Doe, B. & Lee, C. Title. Nat. Med. 12, 145–152
(2019)." and its books ("Title of the book (Springer, 2019)."). Moved out of read/entries.py,
which reads every other style."""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.loci import ROMAN_PAGES, YEAR
from citelint.read.readings import looks_like_group
from citelint.read.title_readings import pages_of, tidy

APA_AUTHOR = LazyPattern(r"([^\W\d_][\w'’\-]+(?: [^\W\d_][\w'’\-]+)*),\s*((?:[^\W\d_]\.\s*-?)+)")
# Nature: "Smith, J. A., Doe, B. & Lee, C. Title. Nat. Med. 12, 145–152 (2019)." A
# supplement's abstract gives its supplement and the ESC journals' abstract number: "Eur.
# Heart J. 43 (Suppl. 2), ehac544.1043 (2022)" (read as a title, its CL201 a false alarm).
NATURE_AUTHOR = r"[^\W\d_][\w'’\-]*(?: [\w'’\-]+){0,3}, (?:[A-Z]\.[ -]?){0,3}[A-Z]\."
# A title of one word is a letter's or a notice's ("Reply.", "Correction."): only those words,
# since a physics journal's entry has no title and its journal's first word ("Phys.") would
# pass for one. Not read, the authors after the first had run into the title (a false CL203,
# user33a P1-4).
_ONE_WORD_TITLE = (
    r"(?:(?:In |Author )?[Rr]eply|Response|Correction|Corrigendum|Erratum|Retraction"
    r"|Editorial|Commentary|Introduction|Foreword|Preface|Obituary)\."
)
_NATURE = LazyPattern(
    rf"^(?P<authors>{NATURE_AUTHOR}(?:(?:,| &|, &| and) {NATURE_AUTHOR}){{0,30}}"
    rf"(?: et al\.)?)\s+(?P<title>[^.?!]{{10,400}}[.?!]|{_ONE_WORD_TITLE})\s+"
    r"(?P<journal>[^()]{2,120}?)\s+"
    r"(?P<volume>\d+)(?:\s*\((?P<issue>[Ss]uppl\.?\s*\d{1,2})\))?,\s*"
    r"(?P<pages>[a-z]{2,4}\d{3,4}(?:\.\d{1,5})?|[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?"
    rf"|{ROMAN_PAGES})\s*"
    rf"\((?P<year>{YEAR})\)\.?$"
)
# ... and its books: "Smith, J. & Doe, B. Title of the book (Springer, 2019)."
_NATURE_BOOK = LazyPattern(
    rf"^(?P<authors>{NATURE_AUTHOR}(?:(?:,| &|, &| and) {NATURE_AUTHOR}){{0,30}}"
    r"(?: et al\.)?)\s+(?P<title>[^()]{10,400}?)\s*\((?P<journal>[^()]{2,80}),\s*"
    rf"(?P<year>{YEAR})\)\.?$"
)
# ... and its preprints, the address after "Preprint at" read apart: "Smith, J. et al. Title.
# Preprint at https://doi.org/10.1101/... (2020)." (user32a: no authors, the names in the title)
_NATURE_PREPRINT = LazyPattern(
    rf"^(?P<authors>{NATURE_AUTHOR}(?:(?:,| &|, &| and) {NATURE_AUTHOR}){{0,30}}"
    r"(?: et al\.)?)\s+(?P<title>[^.?!]{10,400}[.?!])\s+(?P<journal>Preprint at\b[^()]{0,80}?)\s*"
    rf"\((?P<year>{YEAR})\)\.?$"
)
_REPLY_WORDS = ("Reply. ", "In reply. ", "Author reply. ")


def ends_bracketed(text: str) -> bool:
    """Whether the text ends as every match of _NATURE, _NATURE_BOOK and _BRACKETED_SOURCE
    does, "(2019)" or "(Journal, 2019)." ($ also matches before a last newline): most
    entries do not, and are spared their scans."""
    return text.endswith((")", ").", ")\n", ").\n"))


def read_nature(text: str, fields: Reference) -> bool:
    if not ends_bracketed(text):
        return False
    nature = _NATURE.match(text) or _NATURE_BOOK.match(text)
    if nature is None and "Preprint at" in text:
        nature = _NATURE_PREPRINT.match(text)
    group = ""
    head, _, rest = text.partition(", ")
    if nature and " " in head and looks_like_group(head):
        # "ARDS Definition Task Force, V. M. Ranieri, ...": a group, not a surname before
        # its initials; Science's names (initials first) follow it.
        nature = None
    if not nature:
        # A group, then its writers: "REMAP-CAP Investigators, Gordon, A. C., ... & Rowan,
        # K. M. Title. ..." (user28b P1-6: read by the general reader, the group and the
        # first surname made one name and the rest of the names the title's start).
        if len(head) <= 120 and rest and looks_like_group(head):
            group, nature = head, _NATURE.match(rest)
        if not nature:
            return False
    fields.authors = [group] if group else []
    fields.authors += [
        f"{name} {initials.replace('.', '').replace(' ', '').replace('-', '')}".strip()
        for name, initials in APA_AUTHOR.findall(nature["authors"])
    ]
    fields.title, fields.journal = _reply_in_title(tidy(nature["title"]), tidy(nature["journal"]))
    fields.year = int(nature["year"])
    if "volume" in nature.groupdict():
        fields.volume, fields.pages = nature["volume"], pages_of(nature["pages"])
        fields.issue = nature["issue"] or fields.issue
    return True


def _reply_in_title(title: str | None, journal: str | None) -> tuple[str | None, str | None]:
    """A letter answering the paper it is titled like ends its title with "Reply." (Nature's
    "Title. Reply. N. Engl. J. Med. 384, e30 (2021)."): the title's, not the journal's."""
    if title is None or journal is None:  # quotes and stops alone, which tidy leaves empty
        return title, journal
    for word in _REPLY_WORDS:
        if journal.startswith(word) and len(journal) > len(word) + 2:
            return f"{title}. {word[:-2]}", journal[len(word) :].strip()
    return title, journal
