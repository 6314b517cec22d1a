"""Quick tests that spare a text the scans of patterns that cannot match it.

Reading an entry or a paragraph runs a dozen patterns, and most of them look for words that
most texts lack ("PMID", "doi", emphasis marks). A substring test costs a fraction of a
pattern's scan, so a pattern runs only where one of its words is present.
"""

from __future__ import annotations

from collections.abc import Iterable

# Letters the regex engine's IGNORECASE takes for an ASCII one that str.lower() does not
# turn into it: dotless "ı" and long "ſ", and the combining dot lower() leaves after "İ".
_CASE_TWINS = ("ı", "ſ", "\u0307")


# str.lower() of each Latin-1 character, which is one Latin-1 character: bytes.translate
# lowers a Latin-1 text ("Müller", "Fernández") by this table for a third of what str.lower()
# costs, which looks every non-ASCII character up in the Unicode tables.
_LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))


def lowercase(text: str) -> str:
    """``text.lower()``, faster for a Latin-1 text that is not ASCII (four entries in ten)."""
    latin1 = _latin1_lowered(text)
    return latin1 if latin1 is not None else text.lower()


def _latin1_lowered(text: str) -> str | None:
    """``text.lower()`` for a text wholly in Latin-1; None for one past it ("–", "“")."""
    if text.isascii():  # a flag, not a scan
        return text.lower()
    # Characters past Latin-1 are dropped, not raised on: an exception cost more than the
    # lowering it spares, and such texts ("1995–2008") are common on publishers' pages.
    latin1 = text.encode("latin-1", "ignore")
    if len(latin1) != len(text):
        return None
    return latin1.translate(_LATIN1_LOWER).decode("latin-1")


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (written in lower case) in any case, as an
    IGNORECASE pattern would find it; True whenever that cannot be told this quickly."""
    lowered = text.lower()
    # An ASCII text (isascii is a flag, not a scan) holds no twin.
    if not text.isascii() and any(twin in lowered for twin in _CASE_TWINS):
        return True
    # map over the bound __contains__: no generator frame resumed for each word.
    return any(map(lowered.__contains__, words))


# Words one of which every PubMed, PMC or DOI address and every PMID mention holds (Springer's
# and BMC's addresses name a DOI after "/article/" or "/articles/").
IDENTIFIER_WORDS = ("pmid", "pmc", "pubmed", "ncbi", "doi", "/article")


def may_cite(text: str) -> bool:
    """False when no link or mention of an identifier can be in the text (see read.inline):
    a quick test that spares most paragraphs the patterns' scans, and a page where no block
    passes it the import of the inline-citation reader (see read.layout)."""
    return holds_any(text, IDENTIFIER_WORDS)


class Clues:
    """``holds_any`` asked of one text many times: the text is lowered once.

    Also fit for the text as patterns cut it down, as long as nothing joins its letters
    anew: a word held by the cut text is held by the whole, so the test stays a quick "no"
    only where the pattern cannot match.
    """

    def __init__(self, text: str) -> None:
        latin1 = _latin1_lowered(text)
        self.lowered = latin1 if latin1 is not None else text.lower()
        # Every twin is past Latin-1: a Latin-1 text (an ASCII one too) holds none.
        self.anything = latin1 is None and any(twin in self.lowered for twin in _CASE_TWINS)
        # Whether each letter of the text stands lowered at its place (none lowered to two),
        # and a word in any case, as an IGNORECASE pattern matches it, lowered where it
        # stands (no twin): always in an ASCII text.
        self.aligned = not self.anything and len(self.lowered) == len(text)
        self._first: dict[tuple[str, ...], int] = {}
        self._holds: dict[tuple[str, ...], bool] = {}

    def holds_any(self, words: tuple[str, ...]) -> bool:
        """Kept: reading an entry's identifiers, then cutting them out, asks twice."""
        held = self._holds.get(words)
        if held is None:
            held = self._holds[words] = self.anything or any(map(self.lowered.__contains__, words))
        return held

    def first_place(self, words: tuple[str, ...]) -> int:
        """Where the first of ``words`` (in lower case) stands in the text, in any case: a
        pattern ignoring case whose every match starts with one of them can be searched
        from there (it still sees what stands before, as \\b must). 0 when none does, or
        when lowering the text moved its letters or a letter matches one of a word's in
        IGNORECASE but not once lowered. Kept: an entry asks twice for some."""
        place = self._first.get(words)
        if place is None:
            found = [at for word in words if (at := self.lowered.find(word)) >= 0]
            place = self._first[words] = min(found) if found and self.aligned else 0
        return place
