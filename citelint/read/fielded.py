"""References given field by field (JATS tags, CSL, BibTeX, MEDLINE, RIS), made into entries.

These sources say which words are the title and which the journal, so nothing is guessed
from text: each field goes to the resolver as the source gives it. The entry's ``raw`` text
is written from the fields in Vancouver order, for messages and for lock keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citelint.models import Reference

_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_PMID = re.compile(r"^\s*(?:pmid:?\s*)?(\d{1,9})\s*$", re.IGNORECASE)
_DOI = re.compile(r"(10\.\d{4,9}/\S+)")
# Kinds of work PubMed does not index, as CSL, JATS, BibTeX and RIS name them; an entry of
# such a kind without a PMID or DOI is reported as CL207 rather than looked for in vain.
_BOOK_KINDS = frozenset(
    [
        "book",
        "chapter",
        "thesis",
        "report",
        "entry-encyclopedia",
        "entry-dictionary",
        "inbook",
        "incollection",
        "booklet",
        "manual",
        "mastersthesis",
        "phdthesis",
        "techreport",
        "proceedings",
        "collection",
        "mvbook",
        "bookinbook",
        "reference",
        "standard",
        "legislation",
        "legal_case",
        "bill",
        "patent",
        "bibliography",
        "map",
    ]
)
_WEB_KINDS = frozenset(
    [
        "webpage",
        "web",
        "post",
        "post-weblog",
        "software",
        "dataset",
        "data",
        "database",
        "online",
        "misc",
        "elec",
        "blog",
        "personal_communication",
        "interview",
        "speech",
        "broadcast",
        "motion_picture",
        "graphic",
        "song",
    ]
)


@dataclass
class Fields:
    """What a fielded source says about one work, before it is numbered."""

    title: str | None = None
    journal: str | None = None
    year: int | None = None
    authors: list[str] = field(default_factory=list)
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    pmid: str | None = None
    doi: str | None = None
    url: str | None = None
    kind: str = ""  # the source's own word for the kind of work: "article-journal", "book"...
    raw: str = ""  # the entry as the source prints it, when it does


def initials(given: str) -> str:
    """ "John Andrew" -> "JA", "J. A." -> "JA", "Jean-Paul" -> "JP", "JA" -> "JA"."""
    given = given.strip()
    if given.isalpha() and given.isupper() and len(given) <= 3:
        return given
    return "".join(part[0] for part in re.split(r"[\s.\-‐]+", given) if part[:1].isalpha())


def author_name(family: str, given: str = "") -> str:
    """An author as PubMed writes one: "Smith JA"."""
    family = " ".join(family.split())
    letters = initials(given)
    return f"{family} {letters.upper()}" if letters else family


def year_of(text: str | int | None) -> int | None:
    if isinstance(text, int):
        return text if 1800 <= text <= 2099 else None
    found = _YEAR.search(text or "")
    return int(found[1]) if found else None


def page_range(first: str | None, last: str | None = None) -> str | None:
    """ "150", "158" -> "150-158"; a range given as one field keeps its own form."""
    first = (first or "").strip().replace("--", "-").replace("–", "-")
    last = (last or "").strip()
    if not first:
        return None
    return f"{first}-{last}" if last and "-" not in first else first


def clean_pmid(text: str | None) -> str | None:
    found = _PMID.match(text or "")
    return found[1] if found else None


def clean_doi(text: str | None) -> str | None:
    found = _DOI.search(text or "")
    return found[1].rstrip(".,;") if found else None


def label_of(kind: str) -> str | None:
    """The entry label that tells the resolver a work is no journal article."""
    kind = kind.strip().lower().replace(" ", "_")
    if kind in _BOOK_KINDS:
        return "Book"
    if kind in _WEB_KINDS:
        return "Web page"
    return None


def to_reference(
    fields: Fields, number: int, line: int, column: int, numbered: bool = True
) -> Reference:
    return Reference(
        number=number,
        raw=fields.raw or vancouver(fields),
        line=line,
        column=column,
        numbered=numbered,
        label=label_of(fields.kind),
        title=fields.title,
        journal=fields.journal,
        year=fields.year,
        authors=list(fields.authors),
        volume=fields.volume,
        issue=fields.issue,
        pages=fields.pages,
        pmid=fields.pmid,
        doi=fields.doi,
        url=fields.url,
    )


def vancouver(fields: Fields) -> str:
    """ "Smith J, Doe A. Title. Journal. 2010;13(2):150-8. doi:... PMID: ..." from the fields."""
    parts: list[str] = []
    if fields.authors:
        names = fields.authors[:6]
        parts.append(", ".join(names) + (", et al" if len(fields.authors) > 6 else ""))
    for text in (fields.title, fields.journal):
        if text:
            parts.append(text.rstrip("."))
    locus = str(fields.year or "")
    if fields.volume:
        locus += f";{fields.volume}"
    if fields.issue:
        locus += f"({fields.issue})"
    if fields.pages:
        locus += f":{fields.pages}"
    if locus:
        parts.append(locus)
    if fields.doi:
        parts.append(f"doi:{fields.doi}")
    if fields.pmid:
        parts.append(f"PMID: {fields.pmid}")
    if fields.url and not (fields.doi or fields.pmid):
        parts.append(fields.url)
    return ". ".join(parts) + ("." if parts else "")


def squash(text: str | None) -> str | None:
    """Single spaces, no space at either end, None for nothing."""
    joined = " ".join((text or "").split())
    return joined or None
