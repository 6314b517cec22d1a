"""find_locus answers as the plain search it stands for: every pattern run over the whole text.

find_locus spares most entries several scans (Vancouver's from a little before its ";", the
at-end patterns by whether a year stands before a comma or a bracket, Harvard's when no text
ending where the entry does can match it, or when a Vancouver locus reaching the end outranks
every Harvard one). Each shortcut rests on a fact about the patterns; these tests fail on the
first texts where one no longer holds.
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
    for pattern in (loci._BMC, loci._CHICAGO, loci._NATURE, loci._HARVARD, loci._RSC):
        for match in pattern.finditer(text):
            if match.end() < end:
                continue
            if pattern is loci._HARVARD and loci._MONTH.search(text, 0, match.start()):
                continue
            if found is None or _rank(match) > _rank(found):
                found, rsc = match, pattern is loci._RSC
    if found is None:
        return None
    year, pages = found["year"], found["pages"]
    return loci.Locus(
        found.start(),
        int(year) if year else None,
        found["volume"],
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
]  # fmt: skip


@given(st.lists(st.sampled_from(LOCUS_PIECES), max_size=24).map("".join))
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
def test_loci_are_found_as_every_pattern_over_the_whole_text_finds_them(text: str) -> None:
    expected = plain_find_locus(text)
    assert loci.find_locus(text) == expected
    single = " ".join(text.split())
    assert loci.find_locus(single, spaces_only=True) == plain_find_locus(single)
