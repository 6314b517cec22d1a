"""What the tests that check documents against the fake E-utilities server (fake_eutils)
share: a fake PubMed holding a module's own records, a review citing one entry, and the
findings of a document whose lookups all ask the fake server."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from fake_eutils import FakeEutils

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Document, Finding
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.resolver import EntrezResolver
from citelint.read import read_text
from citelint.record import Record


def holding(records: Iterable[Record]) -> FakeEutils:
    """A fake PubMed holding ``records`` and nothing else; it serves inside a with block."""
    server = FakeEutils(records_dir=None)
    for record in records:
        server.add_record(record)
    return server


def holding_set(path: Path) -> FakeEutils:
    """A fake PubMed holding the records of one PubMed XML file (a PubmedArticleSet)."""
    server = FakeEutils(records_dir=None)
    server.add_articles(path.read_bytes())
    return server


def cited_once(entry: str) -> Document:
    """A Markdown review whose one claim cites ``entry``, its list's only entry."""
    text = f"# Review\n\nThe finding held in adults [1].\n\n## References\n\n1. {entry}\n"
    return read_text(text, "review.md", "md")


def lint_online(
    server: FakeEutils, document: Document, select: list[str] | None = None
) -> list[Finding]:
    """The findings of the rules ``select`` names (every rule without it) on ``document``.
    Each question is asked of ``server`` once: a failed request would show, not be retried."""
    client = EntrezClient(ClientSettings(base_url=server.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        return lint_documents([document], Config(select=select), resolver).findings
