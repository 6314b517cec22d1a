"""A chapter's title without the book it is in: "Hypokalemia. In: StatPearls [Internet].
Treasure Island (FL): StatPearls Publishing; 2024 Jan-." is the chapter "Hypokalemia" of the
book "StatPearls".

An entry with no journal's locus is read as a title and a source; a chapter's "In: ..."
ran into its title, which was then searched for with the book's, its publisher's and its
place's words (user23: StatPearls' "Updated 2023 Aug 8." left "In: StatPearls ..." in the
title, and "Updated" read as the journal).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.author_lists import authors

_IN_BOOK = ". In: "
# The editors a chapter's book is given with: "In: Jones A, Lee B, eds. Critical Care", "In:
# Adam MP, Feldman J, et al., editors. GeneReviews", "In: Jones A, Lee B (eds). Harrison's",
# "In: Jones A. ed. Harrison's" (review24b P2-3: the editors were read as the book).
_EDITORS = LazyPattern(
    r"(?:[^.]|\bet al\.|\b[A-Z]\.){2,200}?,? "
    r"(?:\((?:eds?|editors?)\.?\)[.,]?(?:\s+|$)|(?:eds?|editors?)(?:\.\s+|\.?$))"
)
# What follows a book's name: its medium, edition or publisher, after a full stop.
_BOOK_END = LazyPattern(r"\s*(?:\[[^\]]{0,30}\])?\s*\.(?:\s|$)")
_SHORTEST_TITLE = 3
# NLM's Bookshelf note after a chapter's title: "Title. [Updated 2023 Aug 8]. In: ...".
# GeneReviews' has the chapter's first posting before it: "Title. 2001 Mar 26 [Updated ...]".
_UPDATED = LazyPattern(
    r"(?:\. (?:19|20)\d\d(?: [A-Z][a-z]{2,8}(?: \d{1,2})?)?)?"
    r"\.?\s*\[(?:updated|cited)\b[^\]]{0,40}\]$",
    re.IGNORECASE,
)


def book_part_is_no_title(fields: Reference) -> None:
    """Cut "In: Book ..." off a chapter's title read with it, the book read as its source
    (whatever was read as the journal stood after the book, among its publication's
    details). Left as it was when the chapter's own title would be too short to be one.
    A meeting's abstract printed in a journal ("In: ASCO Annual Meeting Proceedings. J Clin
    Oncol. 2019;37(15 Suppl):9000.") keeps that journal: a volume was read after the book."""
    title = fields.title
    if not title or _IN_BOOK not in title:
        return
    chapter, _, book = title.partition(_IN_BOOK)
    chapter = _UPDATED.sub("", chapter) if "[" in chapter else chapter
    if not chapter and len(fields.authors) == 1 and not authors(fields.authors[0]):
        # Nothing but the Bookshelf note before the book: the chapter of a book naming no
        # authors ("Hyperkalemia in the Emergency Department. [Updated 2024 Mar 2]. In:
        # StatPearls ..."), whose title was read as a group's name (review24b); a person's
        # name there ("Castro D. [Updated ...]. In: ...") is left as it was.
        chapter, fields.authors = fields.authors[0], []
    if len(chapter) < _SHORTEST_TITLE:
        return
    editors = _EDITORS.match(book)
    if editors:
        # "In: Adam MP, editor" alone: the book was read as the journal after them.
        book = book[editors.end() :] or (fields.journal or "")
    end = _BOOK_END.search(book)
    name = (book[: end.start()] if end else book).strip(" .,;:")
    fields.title = chapter
    if name and fields.volume is None:
        fields.journal = name
