"""Format readers: article text in, one Document out. (Placeholder until the readers land.)"""

from __future__ import annotations

from pathlib import Path

from citelint.models import Document

SUPPORTED_SUFFIXES = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}


def read_path(path: Path, input_format: str | None = None) -> Document:
    raise NotImplementedError


def read_text(text: str, path: str, input_format: str) -> Document:
    raise NotImplementedError
