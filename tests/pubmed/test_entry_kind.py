"""The resolver's Entry reads its kind from the identifiers it already holds, when first
asked: the kind entry_kind gives, on every entry of every fixture article."""

from __future__ import annotations

from test_resolver_unanswered import ENTRIES, entry, fixture_references

from citelint.pubmed.queries import as_looked_up
from citelint.pubmed.resolver import _entry
from citelint.read.identifiers import NOT_INDEXED, entry_kind


def test_every_fixture_entry_has_the_kind_entry_kind_gives() -> None:
    # Hand-made shapes as well: a DOI with a PMC link, an empty DOI field, a PMC id alone.
    odd = [
        entry(1, "Guideline. doi:10.1000/x. PMC1234567", title="Guideline"),
        entry(2, "A book. Oxford Press; 2019.", title="A book", doi=" . "),
        entry(3, "Web page. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7654321/", title="Web"),
    ]
    groups = [references for _, references in fixture_references()] + [ENTRIES, odd]
    kinds: set[str] = set()
    for references in groups:
        for reference in map(as_looked_up, references):
            looked_up = _entry(reference)
            kind = entry_kind(reference)
            assert looked_up.plainly_unindexed() == (kind == NOT_INDEXED)
            assert looked_up.kind == kind
            kinds.add(kind)
    assert len(kinds) == 3  # articles, maybe-not-indexed and not-indexed entries among them
