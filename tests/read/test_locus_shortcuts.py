"""find_locus answers as the plain search it stands for: every pattern run over the whole text.

find_locus spares most entries several scans (Vancouver's from a little before its ";", the
at-end patterns by whether a year stands before a comma or a bracket, Harvard's when no text
ending where the entry does can match it, Harvard's and Medscape's when a Vancouver locus
reaching the end outranks every one of theirs). Each shortcut rests on a fact about the
patterns; these tests fail on the first texts where one no longer holds.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import loci


def plain_find_locus(text: str) -> loci.Locus | None:
    """Every match of every pattern, ranked as find_locus ranks them."""
    found: re.Match[str] | None = None
    rsc = False
    end = len(text.rstrip(" .;"))
    for match in loci.VANCOUVER.finditer(text):
        located = match["volume"] or match["pages"]
        if (located or match.end() >= end) and (found is None or _rank(match) > _rank(found)):
            found = match
    for match in loci._COCHRANE_ISSUE.finditer(text):
        if match.end() >= end and (found is None or _rank(match) > _rank(found)):
            found = match
    vancouver_reaches_end = found is not None and found.end() >= end
    for pattern in loci._AT_END:
        for match in pattern.finditer(text):
            if match.end() < end:
                continue
            if pattern is loci._HARVARD and loci._MONTH.search(text, 0, match.start()):
                continue
            if found is None or _rank(match) > _rank(found):
                found, rsc = match, pattern is loci._RSC
    # A locus ahead of print ("2010 Nov 22:e12") is looked for unless a Vancouver one ends
    # the entry.
    if not vancouver_reaches_end and loci._DAY_COLON.search(text):
        for match in loci._AHEAD.finditer(text):
            if match.end() >= end and (found is None or _rank(match) > _rank(found)):
                found, rsc = match, False
    if found is None:
        return None
    year, pages = found["year"], found["pages"]
    return loci.Locus(
        found.start(),
        int(year) if year else None,
        found["volume"] or None,  # Cochrane's has none
        found["issue"] or None,
        re.sub(r"\s+", "", pages) if pages else None,
        rsc=rsc,
    )


def _rank(match: re.Match[str]) -> tuple[int, bool, int]:
    return (match.end(), bool(match["year"]), -match.start())


LOCUS_PIECES = [
    "2010", "2017", "1998", "2019a", " Mar", " Jan.", " 5", ";", ":", ",", ", ", "(2)", "(2010)",
    "13", "82", "4a", "150-8", "150–158", "S1", "e12", " Suppl 1", " Suppl", "no. 2", "pp. ",
    "J Med", "J. ", "Nature", "x", "Accessed January", ")", "(", ".", " ", "  ", "\t", "\u0663",
    ". ", " Nov 22", "367 (21):1979-87", "Issue 9. Art. No.: CD005465", "; Issue 1: CD004816",
    "Issue", " 1:", "CD004816",
]  # fmt: skip


@given(st.lists(st.sampled_from(LOCUS_PIECES), max_size=24).map("".join))
# Ahead of print: the plain search missed this path until hypothesis found this text.
@example("2010 Nov 22:2010")
# A Cochrane review's issue where Vancouver's volume stands, with a Harvard locus inside it.
@example("Cochrane Database Syst Rev. 2013; Issue 1: CD004816.")
@example("Rev. 2013 Jan 31; Issue 1: CD004816, 2017")
# A Harvard locus with its year after a Vancouver one that ends where the entry does.
@example("J Med. 2010;13:150-8, 2017.")
@example("J Med 2010;13 82:150, 2017")
@example("J Med. 2010; 13, 150-8, 2017")
# Harvard ending where the entry does, with no Vancouver locus; and with one ending earlier.
@example("J Med 82, 150-158, 2017.")
@example("J Med. 2010;13:150-8. J Med 82, 150-158, 2017")
@example("J Med. 2010;13 Suppl 1 82:150-8")
@example("J Med. 2010;13:150-8J 8:1")  # a Vancouver locus ending 4 characters before the end
# ... 2 and 3 before it: ",5" after its issue; "),7" after "2010;5" inside a Harvard issue.
# Harvard is tried unless a Vancouver locus reaches the very end. (None ends 1 before a Harvard
# locus: Harvard's "," or ":" and a page stand past any Vancouver volume or issue.)
@example("J Med. 2010;13 Suppl 1(2),5")
@example("J Med. 7(x 2010;5),7")
# Medscape's locus, alone and beside a Vancouver one ending where the entry does, or not.
@example("N Engl J Med. 2012 Nov 22. 367 (21):1979-87.")
@example("J Med. 2012. 2013;367(21):1979-87")
@example("J Med. 2012. 367 (21):1979-87; 2013;5")
@example("J Med. 2013;5. 2012. 367:19-87")
@example("J Med. 2012. 36 2013;7:19")
@example("Cochrane Database Syst Rev 2018, Issue 9. Art. No.: CD005465.")
@example("Cochrane Database Syst Rev. 2013; Issue 1. Art. No.: CD004816.")
def test_loci_are_found_as_every_pattern_over_the_whole_text_finds_them(text: str) -> None:
    expected = plain_find_locus(text)
    assert loci.find_locus(text) == expected
    single = " ".join(text.split())
    assert loci.find_locus(single, spaces_only=True) == plain_find_locus(single)
