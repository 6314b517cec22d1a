"""Patterns a line is spared when its opening words rule them out answer as the patterns do.

A short check need not compile the page-end patterns of lines.py and the link-out trailer
of link_trailers.py when no line of its list opens with one of their words (issue 13). Each
test below compares the spared test with the patterns run on every text.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import lines, link_trailers, reference_headings

_BOILERPLATE = lines.BOILERPLATE
_CLOSING = re.compile(lines.CLOSING_SECTION.pattern, re.IGNORECASE)
_FOOTER = re.compile(lines.FOOTER.pattern, re.IGNORECASE)
_TRAILER = re.compile(link_trailers._LINK_TRAILER.pattern, re.IGNORECASE)
_LINK_WORD = re.compile(link_trailers._LINK_WORD.pattern, re.IGNORECASE)
_SHORT_LIST = re.compile(reference_headings.SHORT_LIST.pattern, re.IGNORECASE)

# Pieces of page ends, link-outs and entries, put together in any order and case below.
_PIECES = [
    "Acknowledgements", "Acknowledgments:", "Appendix", "Appendices", "Funding",
    "Conflicts of interest", "Competing interests", "Author contributions", "About the authors",
    "Abbreviations", "Notes",
    "Supplementary material", "External links", "Further reading", "See also", "Copyright",
    "©", "(c) 2024", "(C)2019", "All rights reserved", "Share this", "share on", "Terms of use",
    "Terms of service", "Privacy policy", "Back to top", "Back to list", "Publisher's note",
    "Publisher’s note", "Download citations", "Download references", "Article info",
    "See more about", "Citing literature", "Related research", "People also read",
    "Cited by (3)", "Recommended articles", "Media gallery", "Cited By", "Related topics",
    "Topic 3450 Version 67.0", "Received: 12 September 2024", "Accepted 3 Jan. 2025",
    "Article published online: 03 March 2025",
    "Contributor information and disclosures", "Request permissions", "Subject areas",
    "PubMed", "PubMed Central", "Google Scholar", "Search in Google Scholar", "MathSciNet",
    "CrossRef", "Cross Ref", "Free Full Text", "View at: Publisher Site", "Cited Here", "Link",
    "PMC free article", "QxMD MEDLINE Link", "[Guideline]", "Abstract", "View Article", "CAS",
    "DOI", "PMC", "ISI", "Web of Science®", "View in Scopus", "Scopus (12)",
    "Taylor & Francis Online", "Europe PMC", "Semantic Scholar", "Download PDF", "PDF",
    "View in Article", "Summary", "PubMed/NCBI", "MATH", "Search ADS", "WorldCat",
    "Go to citation", "Open in a new tab", "OpenUrlCrossRefPubMed", "https://doi.org/10.1/x",
    "HTTP://EXAMPLE.ORG", "ſhare this", "İSI", "DıSCLAIMER", "Professional Medical Disclaimer",
    "Was this answer helpful?", "Have a follow-up question?", "ask a follow up question",
    "Related articles", "related posts", "Medical disclaimer", "Legal Disclaimer",
    "Share this page", "**", "_", "Was this helpful?", "Our experts continually monitor",
    "Current Version", "Written By", "Medically reviewed by", "Fact checked by", "fact-checked by",
    "See Our Editorial Process", "Meet Our Medical Expert Board", "\x1c", "\x85", "[[Guideline]",
    "Guidelines", "Smith J.",
    "Key references", "Selected sources:", "Cited articles", "Supporting publications",
    "Vitamin D and falls.", "Lancet. 2019;1:2.", "Research", "Guideline", "Casey", "gold", "|",
    " ", "\t", "-", "–", "•", ".", "]", "[", "(", ")", ";", ",", "/", "·", "\u2003", "\xa0",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join) | st.lists(
    st.sampled_from(_PIECES), max_size=5
).map(" ".join)


def _any_case(text: str, uppers: list[bool]) -> str:
    """The text with the letters ``uppers`` marks in upper case, the others as they were."""
    return "".join(c.upper() if i < len(uppers) and uppers[i] else c for i, c in enumerate(text))


@given(_TEXTS, st.lists(st.booleans(), max_size=40))
@example("  Notes:", [])
@example("\u2003Copyright 2024", [])
@example("ſee also", [])
def test_the_page_end_tests_answer_as_their_patterns(text: str, uppers: list[bool]) -> None:
    text = _any_case(text, uppers) if uppers else text
    expected = _BOILERPLATE.match(text) or _CLOSING.fullmatch(text) or _FOOTER.match(text)
    assert lines.ends_a_list(text) == (expected is not None)
    assert lines.is_boilerplate(text) == (_BOILERPLATE.match(text) is not None)


@given(_TEXTS, st.lists(st.booleans(), max_size=40))
@example("]. [PubMed]", [])
@example("[Guideline] [Full Text]", [])
@example(" | PubMed", [])
def test_the_link_trailer_test_answers_as_its_patterns(text: str, uppers: list[bool]) -> None:
    text = _any_case(text, uppers) if uppers else text
    expected = bool(_TRAILER.fullmatch(text) and _LINK_WORD.search(text))
    assert link_trailers.is_link_trailer(text) == expected
    short_list = _SHORT_LIST.fullmatch(text) is not None
    assert reference_headings.names_a_short_list(text) == short_list


def test_every_letter_ignorecase_takes_for_an_ascii_one_is_lowered_to_it_or_past_ascii() -> None:
    # What the tests of opening words rely on: str.lower() turns every character an IGNORECASE
    # pattern takes for an ASCII letter into that letter, or into none in ASCII ("ı", "ſ").
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        character = chr(code)
        if not ascii_letter.fullmatch(character):
            continue
        lowered = character.lower()
        for letter in string.ascii_lowercase:
            if re.fullmatch(letter, character, re.IGNORECASE):
                assert lowered == letter or not lowered.isascii(), character


def test_lstrip_strips_what_the_patterns_white_space_matches() -> None:
    space = re.compile(r"\s")
    for code in range(0x110000):
        character = chr(code)
        assert (space.fullmatch(character) is not None) == character.isspace(), hex(code)


@pytest.mark.parametrize("piece", _PIECES)
def test_each_piece_alone_in_either_case_and_after_separators_is_told_as_by_the_patterns(
    piece: str,
) -> None:
    for text in (piece, piece.upper(), piece.lower(), f" | {piece}", f"[{piece}]. PubMed"):
        expected = _BOILERPLATE.match(text) or _CLOSING.fullmatch(text) or _FOOTER.match(text)
        assert lines.ends_a_list(text) == (expected is not None), text
        assert lines.is_boilerplate(text) == (_BOILERPLATE.match(text) is not None), text
        trailer = bool(_TRAILER.fullmatch(text) and _LINK_WORD.search(text))
        assert link_trailers.is_link_trailer(text) == trailer, text
        short_list = _SHORT_LIST.fullmatch(text) is not None
        assert reference_headings.names_a_short_list(text) == short_list, text
