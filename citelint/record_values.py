"""What a stored PubMed record's values must be: ``Record.from_dict`` checks every value of a
cache row or a lock file (a lock arrives in pull requests) against its field's test here."""

from __future__ import annotations

from collections.abc import Callable


def is_text(value: object) -> bool:
    return isinstance(value, str)


def is_pmid(value: object) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit()


def is_text_or_null(value: object) -> bool:
    return value is None or isinstance(value, str)


def is_text_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def is_year(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def is_sections(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(pair, (list, tuple))
        and len(pair) == 2
        and is_text_or_null(pair[0])
        and isinstance(pair[1], str)
        for pair in value
    )


def is_flag(value: object) -> bool:
    return isinstance(value, bool)


# Every field of Record: what its stored value must be, and how a problem names it.
RECORD_VALUES: dict[str, tuple[Callable[[object], bool], str]] = {
    "pmid": (is_pmid, "a PubMed ID (text of digits)"),
    "title": (is_text, "text"),
    "journal": (is_text, "text"),
    "journal_abbrev": (is_text, "text"),
    "year": (is_year, "a whole number or null"),
    "authors": (is_text_list, "a list of text"),
    "volume": (is_text_or_null, "text or null"),
    "issue": (is_text_or_null, "text or null"),
    "pages": (is_text_or_null, "text or null"),
    "abstract": (is_text, "text"),
    "abstract_sections": (is_sections, "a list of [label, text] pairs"),
    "publication_types": (is_text_list, "a list of text"),
    "mesh_terms": (is_text_list, "a list of text"),
    "doi": (is_text_or_null, "text or null"),
    "pmc": (is_text_or_null, "text or null"),
    "retraction_in": (is_text_list, "a list of text"),
    "concern_in": (is_text_list, "a list of text"),
    "erratum_in": (is_text_list, "a list of text"),
    "republished_in": (is_text_list, "a list of text"),
    "registrations": (is_text_list, "a list of text"),
    "book": (is_flag, "true or false"),
    "vernacular_title": (is_text, "text"),
    "online_year": (is_year, "a whole number or null"),
}
