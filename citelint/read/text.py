"""Plain text, as copied from web pages: bare citation numbers, labelled reference entries."""

from __future__ import annotations

from citelint.models import Document
from citelint.read.layout import read_layout
from citelint.read.margin_numbers import without_margin_numbers


def read_plain_text(source: str, path: str, *, claim_text: bool = True) -> Document:
    """The document of a plain-text file; a PDF's text is first given one column, no form
    feeds and no margin line numbers (findings keep the file's lines and columns)."""
    text, locate = source, None
    if "\f" in source:  # pdftotext's pages: -layout's two columns side by side (user29b P1-4)
        from citelint.read.side_by_side import one_column  # here: few texts hold a form feed

        columns = one_column(source)
        if columns is not None:
            text, locate = columns  # its pages' form feeds gone with the split
        else:  # pdftotext's page breaks: "\f4. Packer M" is entry 4 (user29b P1-1)
            text = source.replace("\f", "")
    text = without_margin_numbers(text)
    layout = read_layout(text, markdown=False, locate=locate, claim_text=claim_text, plain=True)
    return Document(
        path,
        "txt",
        source,
        layout.claims,
        layout.references,
        layout.references_line,
        inline=layout.inline,
        claim_words=layout.claim_words,
        chapters=layout.chapter_documents(path, "txt", text),
    )
