"""DIN 1505, the German standard's journal article: the names "Surname, I.;" before a colon,
the title, then "In:" before the journal and its locus:

    Müller-Werdan, U.; Störk, S.: Title. In: Dtsch Med Wochenschr 147 (2022), Nr. 12, S. 765–772

"In:" leads a book's chapter elsewhere ("In: Jones A, ed. Book"), and such an entry was read
as a book (user24 P2 4). A journal's name and a volume after "In:" make it an article; a book
with its editors ("(Hrsg.)", "(eds)") or publisher stays a book: its "source" is refused here.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.loci import find_locus
from citelint.read.readings import Split
from citelint.read.title_readings import choose, reading

_IN_SOURCE = ". In: "
# "Müller-Werdan, U.", "van der Meer, J. J.", "Störk, S.-P."
_NAME = r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){0,3}, (?:[^\W\d_]\.[ \-]?){1,4}"
_NAME_PARTS = LazyPattern(
    r"([^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){0,3}), ((?:[^\W\d_]\.[ \-]?){1,4})"
)
# The names, "u. a." or "et al." after them, then the colon that ends them.
_NAMES = LazyPattern(rf"(?P<names>{_NAME}(?:\s*;\s*{_NAME})*)(?:\s*(?:u\. ?a\.|et al\.))?\s*:\s+")
# A journal's name: words, stops, hyphens and "&" only (no brackets, colon or digits).
_JOURNAL = LazyPattern(r"[^\W\d_][^\W\d_ .&'\-]*(?:[ .&'\-]+[^\W\d_]+)*\.?")
# What a book's source holds and a journal's name does not.
_BOOK_SOURCE = LazyPattern(r"\b(?:Hrsg|eds?|editors?|Verlag|Aufl)\b")


def read_din(text: str, fields: Reference) -> bool:
    """Read a DIN 1505 article into ``fields``; False, nothing set, for any other entry."""
    head, found, source = text.partition(_IN_SOURCE)
    if not found:
        return False
    names = _NAMES.match(head)
    locus = find_locus(source, spaces_only=True) if names else None
    if names is None or locus is None or not (locus.volume and locus.pages and locus.year):
        return False
    journal = source[: locus.start].strip(" .,;:")
    if not _JOURNAL.fullmatch(journal) or _BOOK_SOURCE.search(journal):
        return False
    title = head[names.end() :].strip(" .")
    if not title:
        return False
    people = [
        f"{surname} {initials.replace('.', '').replace(' ', '')}"
        for surname, initials in _NAME_PARTS.findall(names["names"])
    ]
    fields.year, fields.volume = locus.year, locus.volume
    fields.issue, fields.pages = locus.issue, locus.pages
    choose([reading(Split(title, journal, 0.0), people, None, fields.year)], fields)
    return True
