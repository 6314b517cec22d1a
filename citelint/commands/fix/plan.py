"""What ``citelint fix`` would change: the new numbering, and the check that nothing else moved."""

from __future__ import annotations

import re
from collections import Counter

from citelint.commands.fix.callouts import callout_places
from citelint.errors import CitelintError
from citelint.models import Document, Marker, Reference
from citelint.rules import get_rule
from citelint.rules.base import CheckContext

_NUMBER_PREFIX = re.compile(r"^\s*(?:\[\^?\d+\]:?|\(\d+\)|\d+[.)])\s*")
_IDENTIFIER_NOTE = re.compile(r"\s*(?:PMID:?\s*\d+|doi:?\s*10\.\d{4,9}/\S+)\.?", re.IGNORECASE)


class FixRefused(CitelintError):
    """The article cannot be renumbered safely; the message says why."""


def cited_markers(document: Document) -> list[Marker]:
    """Every marker of the article in reading order."""
    markers = [marker for claim in document.claims for marker in claim.markers]
    return sorted(markers, key=lambda marker: (marker.line, marker.column))


def first_citation_order(document: Document, markers: list[Marker] | None = None) -> list[int]:
    """Entry numbers in the order the text first cites them (or ``markers`` do)."""
    order: dict[int, None] = {}  # a dict keeps first insertion order and looks up fast
    for marker in cited_markers(document) if markers is None else markers:
        for number in marker.numbers:
            order.setdefault(number)
    return list(order)


def _floating_first(document: Document) -> set[int]:
    """Numbers first cited in a table or a legend: CL104 leaves them out of its order."""
    first: dict[int, Marker] = {}
    for marker in cited_markers(document):
        for number in marker.numbers:
            first.setdefault(number, marker)
    return {number for number, marker in first.items() if marker.floating}


def _in_order_but_tables(document: Document, cited: list[int]) -> bool:
    """Whether the text cites in order once the numbers a table or legend cites first are
    left out, as CL104 sees it: then nothing is to be fixed."""
    floating = _floating_first(document)
    held = [number for number in cited if number not in floating]
    return bool(floating) and held == sorted(held)


def _placed_at_callouts(document: Document) -> list[Marker] | str:
    """The markers in the order their citations count, a table's at its first call-out
    (ICMJE); or why that order cannot be told."""
    markers = cited_markers(document)
    if not any(marker.floating for marker in markers):
        return markers
    try:
        places = callout_places(document, markers)
    except ValueError as error:
        return f"{error}; number its references where it is first called out by hand"
    keys = [
        (*places.get(index, (marker.line, marker.column)), index)
        for index, marker in enumerate(markers)
    ]
    return [markers[key[-1]] for key in sorted(keys)]


def why_not_fixable(document: Document) -> str | None:
    """Why renumbering this article could lose or change a citation; None when it is safe."""
    for marker in cited_markers(document):
        if marker.problem:
            return f"line {marker.line}: marker {marker.raw!r} cannot be read ({marker.problem})"
    markers = cited_markers(document)
    if markers and not document.references:
        return "citations appear but no reference list was found"
    numbers = [entry.number for entry in document.references]
    repeated = sorted(number for number, count in Counter(numbers).items() if count > 1)
    if repeated:
        return f"the reference list repeats number {repeated[0]}"
    missing = sorted(set(range(1, len(numbers) + 1)) - set(numbers))
    if missing:
        return f"the reference list numbering skips {missing[0]}"
    in_place = sorted(document.references, key=lambda entry: (entry.line, entry.column))
    if [entry.number for entry in in_place] != sorted(numbers):
        return "the reference list is not in numerical order"
    if len({entry.numbered for entry in document.references}) > 1:
        return "the reference list mixes numbered and unnumbered entries"
    for marker in markers:
        for number in marker.numbers:
            if number not in numbers:
                return f"line {marker.line}: citation {number} has no entry in the reference list"
    cited = first_citation_order(document)
    if cited != sorted(cited) and not _in_order_but_tables(document, cited):
        placed = _placed_at_callouts(document)
        if isinstance(placed, str):
            return placed
    return None


def plan_renumbering(document: Document) -> dict[int, int] | None:
    """New number of each entry: cited ones in order of first citation, then the others.

    A table's or legend's citations count where the text first calls it out (ICMJE), as
    CL104 checks: an article whose text cites in order once they are left out is in order.

    Entries nobody cites keep their relative order after the cited ones, so nothing is
    dropped. None when the cited entries are already in order (as CL104 sees it) or the
    article cannot be fixed safely (``why_not_fixable`` says why).
    """
    if why_not_fixable(document) is not None or not document.references:
        return None
    cited = first_citation_order(document)
    if cited == sorted(cited) or _in_order_but_tables(document, cited):
        return None  # what CL104 asks for; entries never cited are CL102's business
    placed = _placed_at_callouts(document)
    if isinstance(placed, str):
        return None  # why_not_fixable says why
    cited = first_citation_order(document, placed)
    uncited = sorted(entry.number for entry in document.references if entry.number not in cited)
    return {old: new for new, old in enumerate(cited + uncited, start=1)}


def _work(entry: Reference) -> tuple[object, ...]:
    """What an entry is, whatever its number and identifiers: its text without number prefix,
    PMID or DOI, and what the reader parsed from it (so a journal line left behind shows)."""
    text = _IDENTIFIER_NOTE.sub("", _NUMBER_PREFIX.sub("", entry.raw))
    text = " ".join(text.split()).lower()
    return (
        text,
        entry.label,
        entry.title,
        entry.journal,
        entry.year,
        tuple(entry.authors),
        entry.volume,
        entry.issue,
        entry.pages,
        entry.url,
    )


def cited_works(document: Document) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """Each claim with the works it cites, and every work of the list."""
    works = {entry.number: repr(_work(entry)) for entry in document.references}
    claims = [
        (" ".join(claim.text.split()), sorted(works.get(n, f"?{n}") for n in claim.numbers))
        for claim in document.claims
    ]
    return claims, sorted(works.values())


def check_fixed(before: Document, after: Document) -> str | None:
    """Why ``after`` is not a faithful, in-order version of ``before``; None when it is."""
    problem = why_not_fixable(after)
    if problem is not None:
        return f"the fixed article would not read cleanly: {problem}"
    if plan_renumbering(after) is not None:
        return "the fixed article would still be out of citation order"
    rule = get_rule("CL104")
    if rule is not None and any(True for _ in rule.check(CheckContext(after))):
        return "the fixed article would still raise CL104"
    if cited_works(before) != cited_works(after):
        return "the fixed article would cite different works; nothing was changed"
    return None
