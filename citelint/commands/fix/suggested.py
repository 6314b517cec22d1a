"""``citelint fix --suggested``: cite the entry CL303 found a claim likely meant.

Only suggestions naming one entry are applied (two entries fitting equally give none), and
only where the marker's numbers read as the reader read them; each change rewrites the
cited number in its marker and nothing else.
"""

from __future__ import annotations

from citelint.commands.fix.edit import apply_edits, rewrite_source
from citelint.commands.fix.plan import FixRefused
from citelint.commands.fix.source import line_starts, marker_span
from citelint.models import Document, Finding, Marker
from citelint.pubmed.outcomes import Resolver
from citelint.read import read_text
from citelint.rules.base import CheckContext
from citelint.rules.support import BetterReference


def suggested_findings(document: Document, resolver: Resolver) -> list[Finding]:
    """CL303 findings of ``document`` that name exactly one entry to cite instead."""
    resolved = resolver.resolve(document.references)
    context = CheckContext(document, {resolution.reference: resolution for resolution in resolved})
    return [
        finding
        for finding in BetterReference().check(context)
        if finding.suggestion is not None
        and finding.suggestion.reference is not None
        and finding.citation is not None
    ]


def apply_suggestions(text: str, path: str, fmt: str, resolver: Resolver) -> tuple[str, list[str]]:
    """``text`` with each suggested citation changed, and what was changed."""
    document = read_text(text, path, fmt)
    starts = line_starts(text)
    html = document.format == "html"
    edits: list[tuple[int, int, str]] = []
    done: list[str] = []
    for finding in suggested_findings(document, resolver):
        marker = _marker_at(document, finding.line, finding.column)
        if marker is None or finding.suggestion is None or finding.citation is None:
            continue
        new = finding.suggestion.reference
        if new is None or new in marker.numbers:
            continue  # already cites it: changing would drop a citation
        start, end = marker_span(text, starts, marker, html)
        mapping = {number: number for number in marker.numbers}
        mapping[finding.citation] = new
        edits.append((start, end, rewrite_source(marker, mapping, text[start:end], html)))
        done.append(f"line {finding.line}: cited [{finding.citation}] changed to [{new}]")
    if not edits:
        return text, []
    fixed = apply_edits(text, edits)
    after = read_text(fixed, path, fmt)
    if len(after.claims) != len(document.claims):
        raise FixRefused("applying the suggestions would change how the claims read")
    return fixed, done


def _marker_at(document: Document, line: int, column: int) -> Marker | None:
    for claim in document.claims:
        for marker in claim.markers:
            if (marker.line, marker.column) == (line, column):
                return marker
    return None
