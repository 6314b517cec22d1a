"""A publisher's download stamp inside a reference entry, as a PDF or a browser copy puts it.

Publishers print on each page of a downloaded article who fetched it and when: "Downloaded
from https://www.nejm.org on May 3, 2024. For personal use only." (NEJM, Science and
ClinicalKey add "No other uses without permission" and their copyright), "Downloaded from
jamanetwork.com by a Harvard University User on 05/03/2024", Oxford's and HighWire's "... by
guest on 14 March 2024", Wiley's "... Wiley Online Library on [03/05/2024]. See the Terms and
Conditions ...". A page break inside an entry leaves the stamp inside it, often on the same
line as the entry's words: read as the entry's, its address became the entry's link and its
words the title's start (a title PubMed never matched).

A stamp is told by its own words only when it carries one of the publisher's marks (personal
use, a guest or a user, Wiley's library, "Protected by copyright", or Science's institution
after the site's bare address): an author's own note "Downloaded from https://www.who.int/...
on 3 May 2024" ending a web page's entry says where the page is and stays.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

_DATE = (
    r"\[?(?:\d{1,2}[ ]+[A-Z][a-z]{2,8}\.?,?[ ]+\d{4}|[A-Z][a-z]{2,8}\.?[ ]+\d{1,2},?[ ]+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})\]?"
)
_MARKED_BY = r"by[ ]+(?:guest|[^\n]{1,80}?[ ]User)"
# The sentences publishers put after the stamp's date, any of which a PDF may wrap onto a line
# of their own.
_AFTER_DATE = (
    r"(?:[.,]?\s+For personal use only)?"
    r"(?:[.,]?\s+No other uses without permission)?"
    r"(?:[.,]?\s+(?:Protected by copyright|Copyright[ ]*(?:©|\(c\))?[ ]*\d{4}[^\n]{0,100}?"
    r"All rights reserved))?"
    r"(?:[.,]?\s+See the Terms and Conditions[ ]+\(\S+\)[ ]+on Wiley Online Library for rules"
    r" of use; OA articles are governed by the applicable Creative Commons License)?\.?"
)
STAMP = LazyPattern(
    r"Downloaded[ ]+(?:for[ ]+[^\n]{1,80}?[ ]+)?from[ ]+\S+"
    rf"(?:[ ]+(?:{_MARKED_BY}|at[ ]+[^\n]{{1,80}}?|by[ ]+[^\n]{{1,80}}?))?"
    rf"[ ]+on[ ]+{_DATE}(?:[ ]+by[ ]+guest)?{_AFTER_DATE}"
)
_STAMP_TAIL = LazyPattern(_AFTER_DATE)
_MARKS = (
    "For personal use only",
    "by guest",
    " User on ",
    "Wiley Online Library",
    "Protected by copyright",
)
_START = "Downloaded "
# Science's stamp names no mark but the reader's institution after the site's bare address:
# "Downloaded from https://www.science.org at University of Leeds on May 03, 2024". An
# author's note gives the page's own address, with its path, and no institution.
_SITE_AT = LazyPattern(r"from[ ]+(?:https?://)?[\w-]+(?:\.[\w-]+)+/?[ ]+at[ ]")


def is_stamp(text: str) -> bool:
    """Whether ``text`` (a line, stripped) is a publisher's download stamp and nothing else."""
    if not text.startswith(_START):
        return False
    match = STAMP.fullmatch(text)
    return match is not None and _marked(match[0])


def is_stamp_tail(text: str) -> bool:
    """Whether ``text`` (a line, stripped, after a stamp's line) is the rest of the stamp, as a
    PDF wraps it: "No other uses without permission. Copyright © 2024 ..."."""
    if text[:1] not in ("N", "C", "P", "S", "F"):
        return False  # most lines after a stamp: an entry's words
    match = _STAMP_TAIL.fullmatch(" " + text)
    return match is not None and len(text) > 1


def without_stamps(lines: list[str]) -> list[str]:
    """An entry's ``lines`` less any publisher's download stamp in them (see the module); a
    stamp may run onto the next line, as a PDF wraps it. Lines left empty are dropped."""
    joined = "\n".join(lines)
    kept = STAMP.sub(_unless_unmarked, joined)
    if kept == joined:
        return lines
    return [" ".join(line.split()) for line in kept.split("\n") if line.strip()]


def _unless_unmarked(match: re.Match[str]) -> str:
    return " " if _marked(match[0]) else match[0]


def _marked(stamp: str) -> bool:
    return any(mark in stamp for mark in _MARKS) or (
        " at " in stamp and _SITE_AT.search(stamp) is not None
    )
