"""Plain text, as copied from web pages: bare citation numbers, labelled reference entries."""

from __future__ import annotations

from citelint.models import Document
from citelint.read.layout import read_layout
from citelint.read.margin_numbers import without_margin_numbers


def read_plain_text(text: str, path: str, *, claim_text: bool = True) -> Document:
    if "\f" in text:  # pdftotext's page breaks: "\f4. Packer M" is entry 4 (user29b P1-1)
        text = text.replace("\f", "")
    text = without_margin_numbers(text)
    layout = read_layout(text, markdown=False, claim_text=claim_text)
    return Document(
        path,
        "txt",
        text,
        layout.claims,
        layout.references,
        layout.references_line,
        inline=layout.inline,
        claim_words=layout.claim_words,
        chapters=layout.chapter_documents(path, "txt", text),
    )
