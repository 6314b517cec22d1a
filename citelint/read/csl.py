"""CSL items (CSL JSON, or the same in YAML as pandoc's ``references:``) made into fields.

Zotero, Manubot (``manual-references.json``, ``references.json``) and pandoc all write them:
``{"id": "...", "type": "article-journal", "title": ..., "container-title": ...,
"issued": {"date-parts": [[2019, 5]]}, "author": [{"family": ..., "given": ...}], ...}``.
"""

from __future__ import annotations

from typing import Any

from citelint.read.fielded import (
    Fields,
    author_name,
    clean_doi,
    clean_pmid,
    page_range,
    squash,
    year_of,
)


def csl_fields(item: dict[str, Any]) -> Fields:
    """The fields of one CSL item; values of the wrong shape are taken as absent."""
    return Fields(
        title=_text(item.get("title")),
        journal=_text(item.get("container-title"))
        or _text(item.get("container-title-short"))
        or _text(item.get("journalAbbreviation")),
        year=_year(item.get("issued")),
        authors=[name for name in map(_author, _list(item.get("author"))) if name],
        volume=_text(item.get("volume")),
        issue=_text(item.get("issue")),
        pages=page_range(_text(item.get("page")) or _text(item.get("page-first"))),
        pmid=clean_pmid(_text(item.get("PMID") or item.get("pmid"))),
        doi=clean_doi(_text(item.get("DOI") or item.get("doi"))),
        url=_text(item.get("URL") or item.get("url")),
        kind=_text(item.get("type")) or "",
    )


def _text(value: Any) -> str | None:
    if isinstance(value, list):  # some exporters write one-item lists
        value = value[0] if value else None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return squash(str(value))
    return None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _year(issued: Any) -> int | None:
    """ "issued" as CSL JSON ({"date-parts": [[2019, 5]]}, {"literal": ...}, {"raw": ...}),
    as old pandoc YAML ([{"year": 2019}]) or as a plain date."""
    if isinstance(issued, list) and issued:
        issued = issued[0]
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return year_of(str(parts[0][0]))
        for key in ("year", "literal", "raw"):
            if key in issued:
                return year_of(str(issued[key]))
        return None
    if isinstance(issued, (str, int)):
        return year_of(str(issued))
    return None


def _author(person: Any) -> str | None:
    if not isinstance(person, dict):
        return _text(person)
    family = _text(person.get("family"))
    if family:
        return author_name(family, _text(person.get("given")) or "")
    return _text(person.get("literal"))
