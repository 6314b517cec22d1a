"""``citelint fix --links``: a wrong link's identifier replaced by the paper its label fits.

Only where the label check found the linked record wrong (CL209) or PubMed has no such PMID
(CL201), and a search with the label found exactly one paper that clearly fits it. The
identifier is replaced where the reader found it, nothing else; the fixed text is read again
and must hold the same citations, each with its old identifier or its new one.
"""

from __future__ import annotations

from citelint.commands.batch import Pending, resolve_batch
from citelint.commands.fix.plan import FixRefused
from citelint.commands.fix.source import line_starts
from citelint.inline_citation import InlineCitation
from citelint.models import Document, Status
from citelint.pubmed.label_fit import MISFITS
from citelint.pubmed.links import LinkCheck
from citelint.pubmed.outcomes import Resolver
from citelint.read import read_text
from citelint.read.inline_view import identifier_name, inline_view

Edit = tuple[int, int, str]


def link_edits(
    text: str, document: Document, resolver: Resolver
) -> tuple[list[Edit], list[InlineCitation]]:
    """The edits that put the suggested identifiers in place, and the citations they fix."""
    view = inline_view(document)
    if view is None:
        return [], []
    pending = Pending(document.path, document.references, view)
    [resolved] = resolve_batch([pending], resolver, labels=True)
    checks = resolved.links
    starts = line_starts(text)
    by_offset: dict[int, tuple[Edit, InlineCitation]] = {}
    clashing: set[int] = set()
    for number, check in checks.items():
        resolution = resolved.inline.get(number)
        citation = view.citation(number)
        replacement = _replacement(check, resolution.status if resolution else None)
        if replacement is None:
            continue
        if not 1 <= citation.line <= len(starts):
            continue
        offset = starts[citation.line - 1] + citation.column - 1
        if text[offset : offset + len(citation.raw)] != citation.raw:
            continue  # the source does not hold the identifier where it was read; leave it
        edit = (offset, offset + len(citation.raw), replacement)
        if offset in by_offset and by_offset[offset][0] != edit:
            clashing.add(offset)  # one definition, two uses that want different papers
        by_offset[offset] = (edit, citation)
    kept = [item for offset, item in sorted(by_offset.items()) if offset not in clashing]
    return [edit for edit, _ in kept], [citation for _, citation in kept]


def _replacement(check: LinkCheck, status: str | None) -> str | None:
    suggestion = check.suggestion
    if suggestion is None or not suggestion.replacement:
        return None
    wrong = check.fit is not None and check.fit.verdict == MISFITS
    if not wrong and status != Status.NOT_FOUND:
        return None
    return suggestion.replacement


def check_link_fix(before: Document, fixed_text: str, fixed: list[InlineCitation]) -> str:
    """Why the fixed text is not the same article with new identifiers; "" when it is."""
    after = read_text(fixed_text, before.path, before.format)
    if _reading(before) != _reading(after):
        return "the fixed article would read differently; nothing was changed"
    if len(after.inline) != len(before.inline):
        return "the fixed article would hold other links; nothing was changed"
    changed = {(c.line, c.column) for c in fixed}
    for old, new in zip(before.inline, after.inline, strict=True):
        if (old.line, old.column) != (new.line, new.column) or old.kind != new.kind:
            return "the fixed article's links would move; nothing was changed"
        if (old.line, old.column) not in changed and old.identifier != new.identifier:
            return "a link that was not to change would change; nothing was changed"
    return ""


def _reading(document: Document) -> tuple[object, ...]:
    """What the article says apart from its identifiers: claims, citations, entries."""
    claims = [(claim.text, claim.numbers) for claim in document.claims]
    entries = [
        (e.number, e.title, e.journal, e.year, tuple(e.authors), e.volume, e.pages)
        for e in document.references
    ]
    contexts = [(c.link_text, c.context) for c in document.inline]
    return (claims, entries, contexts)


def describe(citations: list[InlineCitation], edits: list[Edit]) -> str:
    shown = ", ".join(
        f"{identifier_name(citation)} → {edit[2]} (line {citation.line})"
        for citation, edit in zip(citations, edits, strict=True)
    )
    return f"replaced {len(edits)} wrong link{'s' if len(edits) != 1 else ''}: {shown}"


def refuse_if(problem: str) -> None:
    if problem:
        raise FixRefused(problem)
