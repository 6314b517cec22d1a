"""Scans that skip ahead answer as the plain patterns they stand for.

Each fast path below rests on a fact about its pattern (where a match must start, what it must
hold); if the pattern is widened and the fact no longer holds, these fail on the first texts
that show it, where real entries would only lose a locus or an author without a sound.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.models import Reference
from citelint.read import author_lists, entry_identifiers, entry_markup, glued_words, loci, loose
from citelint.read.clues import Clues, holds_any


def texts(pieces: list[str], most: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


SPACES = [" ", "  ", "\t", "\n", "\u00a0", "\u2003"]


@given(texts(["et", "Et", "ET", "al", "aL", ".", ",", "_", "é", "Smith J", "1", "\u0131"] + SPACES))
def test_et_al_is_cut_from_the_end_as_its_pattern_cuts_it(segment: str) -> None:
    assert author_lists._without_et_al(segment) == author_lists._ET_AL.sub("", segment)


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
# it refuses at once the decimals _may_follow_number would refuse one by one. The numbers are
# separated by commas, or all by a comma and a space ("1, 2", as copied links are).
_ITEM = glued_words.BARE_ITEM
_GLUED = re.compile(
    rf"(?P<stop>[.!?,][\"”’']?)(?P<numbers>{_ITEM}(?:(?:, {_ITEM})+|(?:,{_ITEM})*))(?=\s|\Z)"
)


@given(
    texts(
        ["1", "12", "2019", "0.5", ".", ",", "!", "?", "'", "”", "m2", "%", ")", "word", "-"]
        + ["–", "1-3", "3,4", ", 5", "0.1234567890", "12345678901", "\u0663", "²"]
        + SPACES
    )
)
# A stop, a closing quote, then the numbers: random draws rarely put the three together.
@example("disease.\"1 Then x.’2 and y.”3 and z.'12,13 w")
# Spaced lists after a year, a decimal and a unit, which the look-behinds let through.
@example("in 2019.1, 2 Then 0.96.3, 4 and m2.5, 6 but 1.5, 2 Gy and 45.3, 4-5 X")
def test_numbers_glued_to_a_stop_are_read_as_the_plain_pattern_reads_them(text: str) -> None:
    def kept(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [
            found.span()
            for found in pattern.finditer(text)
            if not text[found.start() - 1 : found.start()].isdecimal()
            or loose._may_follow_number(text, found)
        ]

    assert kept(loose._GLUED_READ) == kept(_GLUED)


# -- entry reading's shortcuts (issue 13, entries4) -------------------------------------------


@given(texts(["et", "al", "Al", "aL", "AL", ".", ",", " ", "Smith J", "Doe AB", "ı", "İ", "&"]))
def test_authors_cut_et_al_as_the_gated_pattern_did(segment: str) -> None:
    # authors() now asks _without_et_al of every segment, where it was asked only of those
    # holding "al" once lowered: for the others it must leave the segment as it is.
    if "al" not in segment.lower():
        assert author_lists._without_et_al(segment) == segment


@given(st.text(alphabet="etalET. İıẞ", max_size=9))
def test_a_part_longer_than_et_al_is_never_et_al(part: str) -> None:
    spelled = ("et al", "et al.", "")
    assert (len(part) <= 6 and part.lower() in spelled) == (part.lower() in spelled)


@given(texts(["^", " ", "a", "b ", "^ a b ", "\t", "x"]))
def test_back_links_are_looked_for_only_where_a_caret_stands(text: str) -> None:
    cleaned = entry_markup.clean_markup(text)
    assert cleaned == " ".join(entry_markup._BACK_LINKS.sub("", text).split())


@given(texts(["pmid", "PMID", "pubmed", "ncbi", "http", "doi", "ı", "İ", "ſ", " ", "x"]))
def test_clues_kept_per_entry_answer_as_a_fresh_look(text: str) -> None:
    clues = Clues(text)
    for words in (("http",), ("pmid", "pubmed"), ("doi", "pmc", "epub")):
        assert clues.holds_any(words) == holds_any(text, words) == clues.holds_any(words)


IDENTIFIER_PIECES = [
    "PMID: 12", "pmid 3", "PubMed", "pubmed.ncbi.nlm.nih.gov/77", "ncbi.nlm.nih.gov/pubmed/5",
    "doi:", "DOI", "10.1000/x.y", "10.1", "https://doi.org/10.2/z).", "HTTP://a.b/c]", "http",
    "[Internet]", "[cited 2024]", "[pubmed]", "PMC12", "pmcid", "Available from:",
    "accessed", "Retrieved from", "Epub", "EPUB", "[", "]", "(", ")", "()", "ı", "İ", "ſ", "K",
    ".", ",", ";", ":", " ", "x", "a", "é",
]  # fmt: skip


def strip_plainly(text: str) -> str:
    """What strip_identifiers stands for: each pattern substituted over the whole text."""
    ids = entry_identifiers
    text = ids.URL.sub(ids._left_of_link, text)
    text = ids._DOI.sub(ids._left_of_link, text)
    text = ids._PMID.sub(" ", text)
    text = ids._CLUTTER.sub(" ", text)
    text = ids._EMPTY_BRACKETS.sub(" ", text)
    text = ids._LEFT_PUNCTUATION.sub(".", text)
    return " ".join(text.split()).strip(" .;:,")


@given(texts(IDENTIFIER_PIECES, most=24))
@example("PMID: 12 pmid 3 x PMID: 12")
@example("ıdoi: x doi: [Internet] 10.1000/x.y")
@example("PMıD: 12 x")  # matched ignoring case, but not where "pmid" stands once lowered
@example("İ x doi: 3")  # lowered, "İ" takes two places and moves "doi" one on
def test_identifiers_are_cut_where_their_words_stand_as_the_plain_patterns_cut_them(
    text: str,
) -> None:
    cut = entry_identifiers.strip_identifiers(text, Clues(text), spaces_only=True)
    assert cut == strip_plainly(text)
    assert entry_identifiers.strip_identifiers(text, Clues(text)) == cut


@given(texts([*IDENTIFIER_PIECES, "10.3%2Fq", "%2f", "https://x.org/10.4/r"], most=24))
@example("10.1/a 10.2/b http://x.org/1 HTTP://y.org/2 10.3/c")
@example("10.1.2 10.5/a")  # the first place is no DOI's
@example("ı http://x.org/a http://y.org/b")  # letters lowered out of place: links found anew
@example("10.1%2Fa 10.2/b")  # the DOI read, its slash unescaped, is not the text's own
def test_the_first_link_and_doi_read_are_cut_as_places_found_again_would_cut_them(
    text: str,
) -> None:
    clues = Clues(text)
    fields = Reference(number=0, raw=text, line=0, column=0)
    first = entry_identifiers.read_identifiers(text, fields, clues)
    shared = entry_identifiers.strip_identifiers(text, clues, spaces_only=True, first=first)
    assert shared == entry_identifiers.strip_identifiers(text, Clues(text), spaces_only=True)


@given(texts(["..", ".", " .", " ;", " :", " ,", "x", "Clark L.", ", ", "...", ";", " ", "  "]))
def test_left_punctuation_in_spaced_text_is_found_without_asking_isprintable(entry: str) -> None:
    left = entry_identifiers._first_left_punctuation(entry, spaces_only=True)
    pattern = entry_identifiers._LEFT_PUNCTUATION
    fast = entry if left is None else entry[:left] + pattern.sub(".", entry[left:])
    assert fast == pattern.sub(".", entry)


@given(
    texts(
        ["2010", "2019a", " Mar", " Jan.", " - Feb", "/Feb.", " 5", " 12", ";", ": ", "(2)"]
        + [":150-8", " Suppl 1", "x", "J Med. ", ".", " Spring", " September.", " "],
        most=20,
    ).map(lambda text: " ".join(text.split(" ")))
)
@example("Spine J. 2010a September. - September. 19 ;13(2):150-8.")
def test_vancouver_loci_in_single_spaced_text_are_found_as_the_pattern_finds_them(
    entry: str,
) -> None:
    entry = " ".join(entry.split())  # as strip_identifiers leaves every entry
    plain = [(m.span(), m.groups()) for m in loci.VANCOUVER.finditer(entry)]
    assert [(m.span(), m.groups()) for m in loci._vancouver(entry, spaces_only=True)] == plain


def test_every_white_space_character_but_the_space_is_unprintable() -> None:
    # What entry_markup._single_spaced rests on: a printable text's only white space is spaces.
    spaces = [chr(code) for code in range(0x110000) if chr(code).isspace()]
    assert [char for char in spaces if char.isprintable()] == [" "]


@given(texts(["Smith J", "x", ".", "é", "\u200b", *SPACES]))
@example(" x")
@example("x ")
@example("x  y")
@example("x\u2003y")
def test_lines_single_spaced_already_are_left_as_they_are(line: str) -> None:
    assert entry_markup._single_spaced(line) == " ".join(line.split())
