"""A PubMed, PMC or DOI link, or a PMID mention, outside a numbered reference list.

Kept out of citelint.models: only citelint.read.inline, loaded for a page that has such links,
makes one, and making the class costs start-up 4 M instructions.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class InlineCitation:
    """A PubMed, PMC or DOI link, or a ``PMID: n`` mention, outside a numbered reference list.

    ``line`` and ``column`` are where the identifier itself is written in the source (the
    digits of the PMID inside a link's address), so a fix can replace exactly ``raw`` there.
    """

    kind: str  # "pmid", "pmc" or "doi"
    identifier: str  # "31535829", "PMC6869436" or "10.1056/nejmoa1911303" (DOIs lower case)
    raw: str  # the identifier as the source writes it at line and column
    line: int
    column: int
    # The link text; None for a bare mention or address, whose words around it speak for it.
    link_text: str | None
    # The sentence or table row the citation sits in, as a reader sees it: the claim it backs.
    context: str
    # The words just before a bare mention, back to the previous citation in its sentence.
    near: str = ""
    # Other citations share the sentence or row, so its words may be about them.
    shared: bool = False
    # The entry number when the citation is a reference list entry made of one link.
    reference: int | None = None
    context_line: int = 0  # where the sentence or row starts (for the claim checks)
    context_column: int = 0
