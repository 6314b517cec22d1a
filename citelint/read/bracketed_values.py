"""A note's value in brackets, not a citation: "CHA2DS2-VASc [4], HAS-BLED [2]", "Follow-up
in [2] weeks". Only where no entry has that number (past the list's end, or no list): there
the brackets were CL101's "no entry" or CL107's "no list" (user20), and a citation so placed
is unlikely, while a list that holds the number may be cited so.

Told from a few characters after the brackets and the word before them: linear.
"""

from __future__ import annotations

from citelint.read.found import Found, lone_past_the_list
from citelint.read.lab_ranges import time_after
from citelint.read.lab_tests import is_score


def bracketed_value(text: str, marker: Found, largest: int | None) -> bool:
    """Whether brackets holding one number past the list's end (or on a page with no list)
    hold a value: a time follows them ("in [2] weeks") or a score's name stands right before
    them ("CHA2DS2-VASc [4]", "NYHA [3]", "HAS-BLED score [2]")."""
    if not lone_past_the_list(marker, largest):
        return False  # most citations: asked no more
    if time_after(text, marker.end):
        return True
    before = text[max(0, marker.start - 30) : marker.start].split()[-2:]
    if before and before[-1].lower() == "score":
        before = before[:-1]
    return bool(before) and is_score(before[-1])
