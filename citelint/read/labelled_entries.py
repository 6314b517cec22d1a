"""Reference entries that are nothing but one labelled link, and telling cheaply where none is.

"Sources" lists of AI answers are often such links ("- [DAPA-HF trial](https://...)"):
``link_entries`` reads an entry whose words (``entry_words``) are a link's label as an inline
citation. On a page whose entries link to PubMed or Crossref, every entry has labelled links
("PubMed", "Crossref") and none is its label: working out every entry's words only to find
that cost a third of reading such an HTML page (issue 13). An entry holding a plain word that
no label holds cannot be one, and most entries open with such a word (an author's name).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence

from citelint.inline_citation import InlineCitation
from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.claims import clean_claim_text
from citelint.read.found import words
from citelint.read.inline import LinkSpan, Locate, link_texts
from citelint.read.links import Definition, identifier_words

_WORD = LazyPattern(r"[^\W_]{2,}")
# In ASCII text _WORD's characters are letters and digits: each byte as lower() leaves it when
# it is one of them ("0" is byte 48, "A" 65, "a" 97), a space when it is not.
_LETTERS = b"abcdefghijklmnopqrstuvwxyz"
_ASCII_WORD_BYTES = (
    b" " * 48 + b"0123456789" + b" " * 7 + _LETTERS + b" " * 6 + _LETTERS + b" " * 133
)

# The plain words an identifier's mention may take away with its number ("PMID: 1", "PubMed
# ID no. 1", "PMCID: PMC 1", "doi: 10.1/x"; links.MENTION): such a word may be no entry word.
_MENTION_WORDS = frozenset(
    words("pmid pmids pmc pmcid doi id ids no number numbers identifier identifiers")
)


def link_entries(
    references: list[Reference], section: Sequence[InlineCitation], cited: bool
) -> tuple[list[Reference], list[InlineCitation]]:
    """Reference entries that are nothing but one labelled link, read as inline citations.

    "Sources" lists of AI answers are often such links ("- [DAPA-HF trial](https://...)"):
    the link text is a label, not a title, and comparing it with the record's title as a
    title would call every right link wrong. ``section`` holds the citations read from the
    reference section. An unnumbered list of only such links that no marker cites is no
    reference list at all: its links become plain inline citations. Otherwise the entries
    stay, without the label as their title, and their links are checked against the label.
    """
    owned: list[tuple[Reference, InlineCitation]] = []
    labelled = [citation for citation in section if citation.link_text]
    for entry in references if labelled else ():
        entry_text = entry_words(entry)
        for citation in labelled:
            if _plain(citation.link_text or "") == entry_text and entry_text:
                owned.append((entry, citation))
                break
    if not owned:
        return references, []
    whole_list = len(owned) == len(references) and not any(e.numbered for e in references)
    if whole_list and not cited:
        return [], [citation for _, citation in owned]
    for entry, citation in owned:
        entry.title = None
        citation.reference = entry.number
    return references, [citation for _, citation in owned]


def entry_words(entry: Reference) -> str:
    """An entry's words as ``link_entries`` compares them with a link's label."""
    return _plain(identifier_words(clean_claim_text(entry.raw)))


def link_labels(
    paragraph: str,
    base: int,
    locate: Locate,
    links: Sequence[LinkSpan] = (),
    definitions: Mapping[str, Definition] | None = None,
) -> set[str]:
    """The labels of the paragraph's labelled links, as ``link_entries`` compares them: what
    ``find_inline`` reads as link text, without working out the sentences around them."""
    return {_plain(text) for text in link_texts(paragraph, base, locate, links, definitions)}


def _plain(text: str) -> str:
    """The text's words (_WORD's runs) in lower case, single-spaced: how a link's label and an
    entry's whole text are compared."""
    if text.isascii():
        # An ASCII text's words are its runs of ASCII letters and digits: one byte-wise pass
        # lowers them and blanks the rest, where _WORD's scan cost as much as reading the
        # entry (every entry of a page with labelled links is read so).
        runs = text.encode("ascii").translate(_ASCII_WORD_BYTES).decode("ascii").split()
        return " ".join([run for run in runs if len(run) >= 2])
    return " ".join(_WORD.findall(text.lower()))


def longest_label(text: str, spans: list[tuple[int, int]], links: Sequence[LinkSpan]) -> int | None:
    """The most characters a label of a link in the ``spans`` of ``text`` may hold, as
    ``link_labels`` reads it: the words of an HTML link (``links``, in order of where their
    words start), which reading only shortens, or twice as many where lower() doubles a
    letter ("İ"); None where a Markdown link may stand, whose label is not told so quickly."""
    longest = 0
    for base, end in spans:
        if "](" in text[base:end] or "][" in text[base:end]:
            return None
        first = bisect_left(links, base, key=lambda link: link.text_start)
        for link in links[first:]:
            if link.text_start >= end:
                break
            longest = max(longest, link.text_end - link.text_start)
    return 2 * longest


def may_be_labelled(entries: Iterable[Reference], longest: int) -> bool:
    """Whether the words of some entry (``entry_words``) may be as short as ``longest``
    characters, the most a label can hold: where none may, no label is worth reading."""
    return any(_fewest_characters(entry.raw, longest) <= longest for entry in entries)


def _fewest_characters(raw: str, enough: int) -> int:
    """How many characters ``entry_words`` of an entry written ``raw`` holds at least: its
    sure words (see _sure_words), each a word of its own, with a space between them.
    Counted only until past ``enough``."""
    total = -1
    for word in _sure_words(raw):
        total += len(word) + 1
        if total > enough:
            break
    return max(total, 0)


def labels_name_an_entry(labels: set[str], entries: Iterable[Reference]) -> bool:
    """Whether some entry's words are one of ``labels``: ``labels & {entry_words(entry) for
    entry in entries}`` is not empty."""
    label_words = {word for label in labels for word in label.split()}
    return any(
        not _holds_other_word(entry.raw, label_words) and entry_words(entry) in labels
        for entry in entries
    )


def _holds_other_word(raw: str, label_words: set[str]) -> bool:
    """Whether ``entry_words`` of an entry written ``raw`` surely holds a word that is in
    none of ``label_words``."""
    return any(word not in label_words for word in _sure_words(raw))


def _sure_words(raw: str) -> Iterator[str]:
    """The words ``entry_words`` of an entry written ``raw`` surely holds, lowered.

    A run of two or more ASCII letters with white space on both sides is such a word, unless
    it may be dropped: every step of ``entry_words`` keeps it whole and apart from its
    neighbours (link syntax, emphasis, in-page targets and empty brackets are removed without
    the white space around them; addresses, which hold no white space, and mentions are
    replaced by a space), except a tag's removal, which may take words inside it, and a
    mention's, which may take its own words.
    """
    if "<" in raw:
        return  # "<span class=x>": clean_claim_text drops the words of a tag
    for token in raw.split():
        if len(token) < 2 or not (token.isascii() and token.isalpha()):
            continue
        lowered = token.lower()
        if lowered in _MENTION_WORDS or lowered.startswith("pubmed"):
            continue  # "PubMed ID", "PubMedID", "PubMed identifiers": a mention's words
        yield lowered
