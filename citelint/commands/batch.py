"""Resolving the entries of many documents in one batch: PubMed is asked as few times as
possible however many files a run reads (each file's entries, its chapters' lists and its
inline citations, each resolution put back in its place)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from citelint.models import Document, Reference, Resolution
from citelint.rules.base import repeat_positions

if TYPE_CHECKING:
    from citelint.pubmed.label_search import LabelSearcher
    from citelint.pubmed.links import LinkCheck
    from citelint.pubmed.outcomes import Resolver
    from citelint.read.inline_view import InlineView


# Pending and Resolved are plain classes, as lookups.Lookups is: a dataclass compiles its
# methods when its module is imported, a cost every short run pays (issue 13).


def resolve_documents(documents: Sequence[Document], resolver: Resolver) -> dict[str, Resolved]:
    """The resolution of every reference entry, by document path."""
    pending = [Pending(doc.path, doc.references, chapters=chapter_lists(doc)) for doc in documents]
    found = resolve_batch(pending, resolver)
    return {item.path: resolved for item, resolved in zip(pending, found, strict=True)}


class Pending:
    """What resolving one document needs: its entries and the view of its inline citations."""

    def __init__(
        self,
        path: str,
        references: list[Reference],
        view: InlineView | None = None,
        document: Document | None = None,
        chapters: Sequence[list[Reference]] = (),
    ) -> None:
        self.path = path
        self.references = references
        self.view = view
        # The document itself, when it is checked in this process once resolved.
        self.document = document
        # The lists of the chapters before the last (Document.chapters), each its own.
        self.chapters = chapters


def chapter_lists(document: Document) -> list[list[Reference]]:
    """The lists of the document's chapters before the last, for ``Pending``."""
    return [chapter.references for chapter in document.chapters]


class Resolved:
    """What resolution found for one document, by entry or inline citation number."""

    def __init__(self, resolutions: dict[int, Resolution] | None = None) -> None:
        self.resolutions = resolutions if resolutions is not None else {}
        self.repeats: dict[int, Resolution] = {}  # by position (rules.base.repeat_positions)
        self.inline: dict[int, Resolution] = {}
        self.links: dict[int, LinkCheck] = {}  # label checks of the links
        # Each chapter's before the last (Pending.chapters), checked against its own list.
        self.chapters: list[Resolved] = []


def _cites_back(text: str) -> bool:
    """A cheap test for "op. cit." or "a. a. O." in an entry (short_notes reads it)."""
    return "cit." in text or "a. a. O" in text


def _back_references(references: list[Reference]) -> set[int]:
    """``short_notes.back_references``; such a note gives no year, and lists where every
    entry gives one (most) do not load the module (issue 13), unless a note names "the work
    cited" ("op. cit., p. 2001": its page may be read as the year)."""
    dated = all(
        reference.year is not None
        and (reference.authors or reference.journal)  # else maybe a dated remark
        for reference in references
    )
    # The entries' texts tested at once: neither phrase holds a line break to span two.
    if dated and not _cites_back("\n".join([reference.raw for reference in references])):
        return set()
    from citelint.read.short_notes import back_references

    return back_references(references)


def resolve_batch(
    pending: Sequence[Pending], resolver: Resolver, labels: bool = False
) -> list[Resolved]:
    """Resolutions of every entry and inline citation of ``pending``, in one batch, so PubMed
    is asked as few times as possible however many files there are; ``labels``: also check
    the inline links' labels (CL201, CL209)."""
    found = [Resolved() for _ in pending]
    batch: list[tuple[dict[int, Resolution], int]] = []
    references: list[Reference] = []
    for item, resolved in zip(pending, found, strict=True):
        _batch_list(item.references, resolved, batch, references)
        resolved.chapters = [Resolved() for _ in item.chapters]
        for chapter, chapter_resolved in zip(item.chapters, resolved.chapters, strict=True):
            _batch_list(chapter, chapter_resolved, batch, references)
        for ref in item.view.references if item.view is not None else ():
            batch.append((resolved.inline, ref.number))
            references.append(ref)
    for (target, number), resolution in zip(batch, resolver.resolve(references), strict=True):
        target[number] = resolution
    viewed = [pair for pair in zip(pending, found, strict=True) if pair[0].view is not None]
    if not viewed:
        return found
    # Imported here: the label checks load the support scoring, which most runs never need.
    from citelint.pubmed.links import check_links, inline_resolution

    for item, resolved in viewed:
        view = item.view
        for number, resolution in resolved.inline.items():
            resolved.inline[number] = inline_resolution(view.citation(number), resolution)
    if labels:
        views = {str(index): item.view for index, (item, _) in enumerate(viewed)}
        inline = {str(index): resolved.inline for index, (_, resolved) in enumerate(viewed)}
        # A LabelSearcher, told by its method: a runtime-checkable Protocol cost start-up.
        searcher: LabelSearcher | None = resolver if hasattr(resolver, "search_labels") else None  # type: ignore[assignment]
        checks = check_links(views, inline, searcher)
        for index, (_, resolved) in enumerate(viewed):
            resolved.links = checks.get(str(index), {})
    return found


def _batch_list(
    listed: list[Reference],
    resolved: Resolved,
    batch: list[tuple[dict[int, Resolution], int]],
    references: list[Reference],
) -> None:
    """Add a list's entries to the batch, each with where its resolution goes."""
    # An entry repeating a number is kept apart: its record in the number's place would
    # be judged against the first entry's fields and claims.
    repeated = repeat_positions(listed)
    # "Ibid., 230." and Chicago's short forms name an earlier note's work: not looked up.
    skipped = _back_references(listed)
    for position, ref in enumerate(listed):
        if position in skipped:
            continue
        if position not in repeated:
            batch.append((resolved.resolutions, ref.number))
            references.append(ref)
    for position in repeated:
        if position in skipped:
            continue
        batch.append((resolved.repeats, position))
        references.append(listed[position])
