"""The project files above a page that may name the bibliography of every page: a Quarto
website or book names it once in ``_quarto.yml`` (or a folder's ``_metadata.yml``), a
bookdown book in ``_bookdown.yml`` or the front matter of its ``index.Rmd``, and the pages
name none of their own (user29a P1-13: each page's keys were "no bibliography", CL107).

Only a project's files count: a ``_metadata.yml`` or an ``index.Rmd`` with no project root
above it is none of the page's, as Quarto and bookdown render it.
"""

from __future__ import annotations

from pathlib import Path

_QUARTO = ("_quarto.yml", "_quarto.yaml")
_FOLDER_METADATA = ("_metadata.yml", "_metadata.yaml")
_BOOKDOWN = "_bookdown.yml"
_BOOK_INDEX = "index.Rmd"


def project_files(folder: Path) -> list[Path]:
    """The files that may name the page's bibliography, the nearest first: the folders'
    ``_metadata.yml`` up to the project's root, then its ``_quarto.yml``; or bookdown's
    ``_bookdown.yml`` and ``index.Rmd``. Empty when no project root stands above the page
    (the search stops at a repository's root, a folder holding ``.git``)."""
    metadata: list[Path] = []
    for place in (folder, *folder.parents):
        metadata += [place / name for name in _FOLDER_METADATA if (place / name).is_file()]
        quarto = [place / name for name in _QUARTO if (place / name).is_file()]
        if quarto:
            return [*metadata, *quarto]
        if (place / _BOOKDOWN).is_file():
            book = [place / _BOOKDOWN, place / _BOOK_INDEX]
            return [file for file in book if file.is_file()]
        if (place / ".git").exists():
            break
    return []
