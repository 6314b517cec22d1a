"""link_trailers' link-out words are grouped by their first letter, given as a class of its
cases (issue 13): every match, of a word alone and of a whole trailer, is the one the plain
list of words read ignoring case found."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import link_trailers

# The words as they were listed, each in its place, case ignored by the flag alone.
PLAIN_WORDS = (
    r"(?:pubmed(?:\s+central)?|(?:search\s+in\s+)?google\s+scholar|mathscinet|cross\s?ref|"
    r"green\s+version|(?:free\s+|view\s+)?full\s+text|view\s+at:|publisher\s+site|cited\s+here|"
    r"link|pmc\s+free\s+article|(?:qxmd\s+)?medline\s+link|\[guideline\]|"
    r"(?:view\s+)?(?:abstract|article)|cas|doi|pmc|medline|isi|web\s+of\s+science(?:\s?®)?|"
    r"(?:view\s+in\s+)?scopus|taylor\s+&\s+francis\s+online|europe\s+pmc|semantic\s+scholar|"
    r"(?:download\s+|view\s+)?pdf|view\s+in\s+article|summary|scopus\s+\(\d+\)|ncbi|math|"
    r"(?:search\s+)?ads|worldcat|go\s+to\s+citation|open\s+in\s+a\s+new\s+tab|openurl|"
    r"ver\s+art[ií]culo|google\s+acad[eé]mico)(?:(?!\w)|(?-i:(?=[A-Z])))"
)
PLAIN_WORD = re.compile(PLAIN_WORDS, re.IGNORECASE)
PLAIN_TRAILER = re.compile(
    r"(?:[\s\-|·,;/\[\]()]|[–—•]|(?<=[\]\s])\.|" + PLAIN_WORDS + r"|https?://[^\s<>\[\]]+)+",
    re.IGNORECASE,
)
WORD = re.compile(link_trailers._LINK_WORD.pattern, re.IGNORECASE)
TRAILER = re.compile(link_trailers._LINK_TRAILER.pattern, re.IGNORECASE)

WORDS = [
    "PubMed", "pubmed  Central", "Search in Google Scholar", "Google Scholar", "MathSciNet",
    "CrossRef", "Cross ref", "Green Version", "Free Full Text", "View Full Text", "Full Text",
    "View at:", "Publisher Site", "Cited Here", "Link", "PMC free article", "QxMD MEDLINE Link",
    "MEDLINE Link", "[Guideline]", "View Abstract", "View Article", "Abstract", "Article", "CAS",
    "DOI", "PMC", "Medline", "ISI", "Web of Science", "Web of Science®", "Web of Science ®",
    "View in Scopus", "Scopus", "Taylor & Francis Online", "Europe PMC", "Semantic Scholar",
    "Download PDF", "View PDF", "PDF", "View in Article", "Summary", "Scopus (12)", "NCBI", "MATH",
    "Search ADS", "ADS", "WorldCat", "Go to citation", "Open in a new tab", "OpenUrl",
    "Ver artículo", "Ver articulo", "Google Académico", "Google academico",
]  # fmt: skip
# Near misses, the letters IGNORECASE takes for "s", "i" and "k", and what follows a word.
PIECES = [
    *WORDS, "search", "view", "google", "open", "math", "pmc", "in", "ſcopus", "İSI", "ısı",
    "\u212a", "ſ", "İ", "ı", "x", "S", "s", " ", "  ", "\t", "|", ",", ".", "[", "]", "(", ")",
    "–", "•", "https://doi.org/10.1/x", "HTTP://a.org/b", "1", "Pub", "Med",
]  # fmt: skip


def assert_same(plain: re.Pattern[str], grouped: re.Pattern[str], text: str) -> None:
    for start in range(len(text) + 1):
        was, now = plain.match(text, start), grouped.match(text, start)
        assert (was and was.span()) == (now and now.span()), (text, start)
        was, now = plain.fullmatch(text, start), grouped.fullmatch(text, start)
        assert (was and was.span()) == (now and now.span()), (text, start)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]


def test_every_word_reads_as_listed_in_either_case() -> None:
    for word in WORDS:
        for text in (word, word.lower(), word.upper(), f"{word}X", f"{word}x", f"x {word}."):
            assert_same(PLAIN_WORD, WORD, text)
            assert_same(PLAIN_TRAILER, TRAILER, text)


def test_a_first_letter_is_taken_in_every_case_ignorecase_takes_it() -> None:
    # Past U+2200 no character is taken for an ASCII letter ignoring case ("K", U+212A, is
    # the last): each group's class is the whole of its letter's cases.
    openings = {word.lower()[1:] for word in WORDS} | {"ttps://a.org/b"}
    for code in range(0x2200):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        for rest in openings:
            text = char + rest
            assert bool(PLAIN_WORD.match(text)) == bool(WORD.match(text)), text
            assert bool(PLAIN_TRAILER.fullmatch(text)) == bool(TRAILER.fullmatch(text)), text


@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
@example("ArticlePubMedGoogle ScholarCrossref")
@example("[QxMD MEDLINE Link]. [Full Text].")
@example("ſearch in Google Scholar | İSI")
def test_words_and_trailers_match_as_the_plain_list_does(text: str) -> None:
    assert_same(PLAIN_WORD, WORD, text)
    assert_same(PLAIN_TRAILER, TRAILER, text)
