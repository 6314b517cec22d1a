"""What a page's markup names: the classes of entries, lists, pop-ups and spinners, links to
PubMed or a DOI, and the unclosed tags defused before the page is read (see html.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citelint.models import Reference

# Containers whose blocks are pieces of one line of an entry: its authors as a list of their
# own (HighWire's pages), or its fields each in a div (Silverchair's: JAMA, Oxford Academic).
# As blocks they would split the entry at each name or field.
ONE_LINE = re.compile(r"\b(?:cit-(?:auth|ed)-list|mixed-citation|element-citation)\b")
# In-page links to an entry ("#ref-3", "#r3", "#B3", "#bib3", "#CR3", "#cit0003"),
# not to a note, a figure, a table or a section; and a link text of numbers.
ENTRY_TARGET = re.compile(
    r"#(?:ref(?:erence)?|r|b|bb|bib|bibr|cr|cit|cite|citation)[-_:.]?\d{1,5}",
    re.IGNORECASE,
)
# (Not NEJM's "back-references", the "Go to Citation" links after each entry.)
REFERENCE_CONTAINER = re.compile(
    r"\b(?:footnotes|(?<!back-)references|bibliography|endnotes|ref-?list|doc-endnotes"
    r"|doc-bibliography)\b",
    re.IGNORECASE,
)
# One entry of a bibliography built of divs (pandoc's citeproc, as Manubot pages are): inside
# it, blocks are lines of the entry, as the paragraphs of a list item are.
ENTRY = re.compile(r"\b(?:csl-entry|doc-biblioentry)\b", re.IGNORECASE)
# Containers of a saved page that are neither its prose nor its list, skipped whole:
# - the pop-up of a citation on Atypon's pages (the Lancet, cell.com), "<a class="dropBlock
#   reference-citations">2</a><div class="dropBlock__holder">entry, PubMed, Crossref</div>",
#   kept open in a page saved after it was shown: its links had become the claim's citations;
# - Springer Nature's "reading companion" sidebar, a second copy of the list: it had become
#   the list, and the true list's links inline citations;
# - ScienceDirect's spinner, "Loading...", where a list saved before it loaded stands: it had
#   been read as the list's one entry.
FURNITURE = re.compile(r"\b(?:dropBlock__holder|c-reading-companion|u-loading-spinner)\b")
FURNISHED = frozenset(["div", "aside", "section"])
IDENTIFIER_LINK = re.compile(r"pubmed|ncbi\.nlm\.nih\.gov|doi\.org", re.IGNORECASE)
# A "<" that opens a tag not closed before the next "<" (or the end). The look ahead stops
# at the first "<" or ">", so no two scan the same characters: linear in the text; and a
# closed tag, the usual one, is matched at once, without stepping back through it.
_UNCLOSED_TAG = re.compile(r"<(?=[A-Za-z!?/])(?![^<>]*>)")
# What may follow its "<" ([A-Za-z!?/]; spelled out: the string module costs a start-up).
_TAG_OPENERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!?/")


def is_label(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a div is a label ("1" before an entry): named so by its class."""
    return any(name == "class" and "label" in (value or "").split() for name, value in attrs)


def substack_note(tag: str, attributes: dict[str, str]) -> bool:
    """A Substack post's note, one <div class="footnote" data-component-name="FootnoteToDOM">
    each, at the end with no heading (user25 P1 4: CL107): the notes, one after another, are
    the list, as Frontiers' <div class="References"> are. Its component's name alone says so:
    other pages' "footnote" divs hold asides."""
    return tag == "div" and attributes.get("data-component-name") == "FootnoteToDOM"


def loading_list(spinner: int, references: list[Reference], heading: int | None) -> bool:
    """Whether the page was saved with its list still loading: no entry, and a spinner where
    the list stands, under its heading (review21b: one under "Comments" on a page with no list
    said so falsely)."""
    return not references and heading is not None and spinner >= heading


def is_identifier_link(href: str) -> bool:
    """Whether the address is PubMed's or a DOI's, as IDENTIFIER_LINK finds: asked of a
    plain ASCII address in lower case (a pattern ignoring case tries every character)."""
    if href.isascii():  # no letter of another script folds to these
        lower = href.lower()
        return "pubmed" in lower or "ncbi.nlm.nih.gov" in lower or "doi.org" in lower
    return IDENTIFIER_LINK.search(href) is not None


def defuse_unclosed_tags(text: str) -> str:
    """Replace each "<" that opens a tag never closed before the next "<" with a space."""
    return defused_and_split(text)[0]


def defused_and_split(text: str) -> tuple[str, list[str] | None]:
    """The text defused, and split at its "<" when defusing changed nothing (the flattener
    splits a page so too: the usual page is split once)."""
    parts = text.split("<")
    # Each part after the first follows a "<": an unclosed tag's part holds no ">".
    unclosed = [index for index, part in enumerate(parts) if ">" not in part]
    if not any(index and parts[index][:1] in _TAG_OPENERS for index in unclosed):
        return text, parts
    return _UNCLOSED_TAG.sub(" ", text), None
