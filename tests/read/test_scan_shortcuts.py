"""Scans that skip ahead answer as the plain patterns they stand for.

Each fast path below rests on a fact about its pattern (where a match must start, what it must
hold); if the pattern is widened and the fact no longer holds, these fail on the first texts
that show it, where real entries would only lose a locus or an author without a sound.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import entry_identifiers, loci, loose, readings


def texts(pieces: list[str], most: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2003"]


@given(texts(["et", "Et", "ET", "al", "aL", ".", ",", "_", "é", "Smith J", "1", "\u0131"] + SPACES))
def test_et_al_is_cut_from_the_end_as_its_pattern_cuts_it(segment: str) -> None:
    assert readings._without_et_al(segment) == readings._ET_AL.sub("", segment)


@given(
    texts(
        ["2010", "2019a", " Mar", " Jan.", " - Feb", "/Feb.", " 5", " 12", ";", ": ", "(2)"]
        + [":150-8", " Suppl 1", "x", "J Med. ", ".", " Spring", " September.", " "]
        + SPACES,
        most=20,
    )
)
# The farthest a ";" may stand from the start of its match, where the fast path looks back.
@example("Spine J. 2010a September. - September. 19 ;13(2):150-8.")
def test_vancouver_loci_are_found_as_the_pattern_finds_them(entry: str) -> None:
    plain = [(m.span(), m.groups()) for m in loci.VANCOUVER.finditer(entry)]
    assert [(m.span(), m.groups()) for m in loci._vancouver(entry)] == plain


@given(texts(["..", ".", " .", " ;", " :", " ,", "x", "Clark L.", ", ", "...", ";"] + SPACES))
def test_left_punctuation_is_tidied_as_the_pattern_tidies_it(entry: str) -> None:
    left = entry_identifiers._first_left_punctuation(entry)
    pattern = entry_identifiers._LEFT_PUNCTUATION
    fast = entry if left is None else entry[:left] + pattern.sub(".", entry[left:])
    assert fast == pattern.sub(".", entry)


# What _GLUED_READ stands for: a stop, then bare citation numbers, then a space or the end;
# it refuses at once the decimals _may_follow_number would refuse one by one.
_GLUED = re.compile(
    rf"(?P<stop>[.!?,][\"”’']?)(?P<numbers>{loose._BARE_ITEM}(?:,{loose._BARE_ITEM})*)(?=\s|\Z)"
)


@given(
    texts(
        ["1", "12", "2019", "0.5", ".", ",", "!", "?", "'", "”", "m2", "%", ")", "word", "-"]
        + ["–", "1-3", "3,4", "0.1234567890", "12345678901", "\u0663", "²"]
        + SPACES
    )
)
def test_numbers_glued_to_a_stop_are_read_as_the_plain_pattern_reads_them(text: str) -> None:
    def kept(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [
            found.span()
            for found in pattern.finditer(text)
            if not text[found.start() - 1 : found.start()].isdecimal()
            or loose._may_follow_number(text, found)
        ]

    assert kept(loose._GLUED_READ) == kept(_GLUED)
