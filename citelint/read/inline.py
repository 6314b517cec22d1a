"""Inline citations: PubMed, PMC and DOI links and ``PMID: n`` mentions in the body text.

AI-written answers and care plans rarely keep a numbered list; they end a sentence or a table
cell with ``[ORBIT trial](https://pubmed.ncbi.nlm.nih.gov/31415926/)`` or ``(PMID: 31415926)``.
Each such citation is read with what it claims to be: the link text, or for a bare mention the
sentence or table row around it, which is also the claim the paper is cited for.

Positions are the file's own: the identifier's first character, so that a fix can replace it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from citelint.inline_citation import InlineCitation
from citelint.lazy_pattern import LazyPattern
from citelint.read.claims import clean_claim_text
from citelint.read.clues import may_cite
from citelint.read.links import (
    MENTION,
    MORE_PMIDS,
    URL,
    Definition,
    Identifier,
    identifier_words,
    in_address,
    in_mention,
    names_the_site,
    trim_address,
)
from citelint.read.links import link_definitions as link_definitions  # layout reads them here
from citelint.read.markers import is_abbreviation

Locate = Callable[[int], tuple[int, int]]

# "[text](address)" with an optional title; the address may hold balanced parentheses.
_LINK_OPEN = LazyPattern(r"(?<!!)\[((?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){1,400})\]\(")
_IMAGE = LazyPattern(
    r"!\[[^\[\]\n]{0,400}\]\([^()\s]{0,600}(?:\([^()\s]{0,100}\)[^()\s]{0,100})*\)"
)
_NOTHING = Identifier("", "", "", 0)
_REFERENCE_LINK = LazyPattern(r"(?<!!)\[([^\[\]\n]{1,300})\]\[([^\[\]\n]{0,100})\]")
_SENTENCE_END = LazyPattern(r"[.!?][\"”’')\]]*(?=\s)")
_LAST_WORD = LazyPattern(r"([\w.]+)\Z")
_WORD = LazyPattern(r"[^\W_]{2,}")
_DOUBLED_STOP = LazyPattern(r"([.!?])(?:\s*[.,;:])+(?=\s|$)")
_EMPTY_BRACKETS = LazyPattern(r"[(\[]\s*[,;:.\-–—]*\s*[)\]]")
_LEFTOVER_SEPARATORS = LazyPattern(r"\s*[,;]\s*(?=[,;)\]])|(?<=[(\[])\s*[,;]\s*")
# Address text the HTML flattener writes after a link's words; not part of the sentence.
_ADDRESS = LazyPattern(r"\s*" + URL.pattern, re.IGNORECASE)


class LinkSpan(NamedTuple):
    """An HTML ``<a>`` whose address names an identifier, in the flattened text's offsets.
    (A named tuple: a page has a hundred, and a frozen dataclass costs four times as much to
    make.)"""

    href: str
    text_start: int  # the link's words
    text_end: int
    end: int  # past the address the flattener writes after the words
    tag_line: int  # the opening tag in the source: line (1-based), column (0-based)
    tag_column: int
    tag: str  # the opening tag as written, to find the identifier inside it


@dataclass
class _Found:
    """An identifier found in a paragraph, as a link or a mention, and where it stands."""

    identifier: Identifier
    start: int  # span of the whole citation (link or mention) in the paragraph
    end: int
    link_text: str | None
    position: tuple[int, int]  # line and column of the identifier in the source


def find_inline(
    paragraph: str,
    base: int,
    locate: Locate,
    links: Sequence[LinkSpan] = (),
    definitions: Mapping[str, Definition] | None = None,
) -> list[InlineCitation]:
    """The inline citations of one paragraph, bullet or table row found at offset ``base``."""
    found = _html_links(paragraph, base, links)
    if not found and not definitions and not may_cite(paragraph):
        return []
    found += _markdown_links(paragraph, base, locate, found)
    found += _reference_links(paragraph, definitions or {}, locate, found)
    # An image's address is a picture, not a citation.
    images = [
        _Found(_NOTHING, m.start(), m.end(), None, (0, 0)) for m in _IMAGE.finditer(paragraph)
    ]
    found += _addresses(paragraph, base, locate, [*found, *images])
    found += _mentions(paragraph, base, locate, [*found, *images])
    if not found:
        return []
    found.sort(key=lambda item: item.start)
    table_row = paragraph.lstrip().startswith("|")
    sentences = [(0, len(paragraph))] if table_row else _sentences(paragraph, found)
    citations = []
    read: dict[tuple[int, int], _Sentence] = {}
    for item in found:
        start, end = _sentence_of(item, sentences, paragraph, found, read)
        mates, context, _ = _sentence_words(paragraph, (start, end), found, read)
        near = ""
        if item.link_text is None:
            previous = [other.end for other in mates if other.end <= item.start]
            near = _clean(paragraph, max([start, *previous]), item.start, mates)
            if not _WORD.search(near):
                near = context
        line, column = locate(base + _first_visible(paragraph, start, end))
        citations.append(
            InlineCitation(
                kind=item.identifier.kind,
                identifier=item.identifier.value,
                raw=item.identifier.raw,
                line=item.position[0],
                column=item.position[1],
                link_text=item.link_text,
                context=context,
                near=near,
                shared=len(mates) > 1,
                context_line=line,
                context_column=column,
            )
        )
    return citations


def _taken(found: Sequence[_Found], start: int, end: int) -> bool:
    return any(item.start < end and start < item.end for item in found)


def _html_links(paragraph: str, base: int, links: Sequence[LinkSpan]) -> list[_Found]:
    """``links`` are in order of where their words start, so a page's many paragraphs each
    look only at their own."""
    found = []
    first = bisect_left(links, base, key=lambda link: link.text_start)
    for link in links[first:]:
        if link.text_start >= base + len(paragraph):
            break
        identifier = in_address(trim_address(link.href))
        if identifier is None:
            continue
        words = paragraph[link.text_start - base : link.text_end - base]
        start, end = link.text_start - base, min(link.end, base + len(paragraph)) - base
        found.append(_Found(identifier, start, end, _link_text(words), _in_tag(link, identifier)))
    return found


def _in_tag(link: LinkSpan, identifier: Identifier) -> tuple[int, int]:
    """Line and column of the identifier inside the opening tag's ``href``."""
    index = link.tag.find(identifier.raw)
    if index < 0:
        return link.tag_line, link.tag_column + 1
    before = link.tag[:index]
    if "\n" not in before:
        return link.tag_line, link.tag_column + index + 1
    return link.tag_line + before.count("\n"), len(before) - before.rfind("\n")


def _markdown_links(
    paragraph: str, base: int, locate: Locate, taken: Sequence[_Found]
) -> list[_Found]:
    found: list[_Found] = []
    for match in _LINK_OPEN.finditer(paragraph):
        address_end = _destination_end(paragraph, match.end())
        if address_end is None:
            continue
        address = paragraph[match.end() : address_end].strip()
        address = address.split()[0].strip("<>") if address else ""
        identifier = in_address(address)
        close = paragraph.find(")", address_end)
        if identifier is None or close < 0 or _taken([*taken, *found], match.start(), close + 1):
            continue
        offset = paragraph.find(address, match.end()) + identifier.offset
        at = Identifier(identifier.kind, identifier.value, identifier.raw, offset)
        # "([Wiley Online Library](...?utm_source=chatgpt.com))", or typed by hand: a site's
        # name, no label; a paper's title as ChatGPT writes a reading list ("[Interactions
        # between insulin and exercise](...?utm_source=chatgpt.com)") is one.
        text = _link_text(match[1])
        if names_the_site(text, address):
            text = None
        found.append(_Found(at, match.start(), close + 1, text, locate(base + offset)))
    return found


def _destination_end(text: str, start: int) -> int | None:
    """Where a link destination starting at ``start`` ends (its title may follow)."""
    depth = 0
    position = start
    while position < len(text):
        char = text[position]
        if char in " \n\t" and depth == 0 and position > start:
            return position
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return position
            depth -= 1
        position += 1
    return None


def _reference_links(
    paragraph: str, definitions: Mapping[str, Definition], locate: Locate, taken: list[_Found]
) -> list[_Found]:
    if not definitions:
        return []
    found: list[_Found] = []
    for match in _REFERENCE_LINK.finditer(paragraph):
        label = (match[2] or match[1]).strip().lower()
        definition = definitions.get(label)
        if definition is None or _taken([*taken, *found], match.start(), match.end()):
            continue
        position = locate(definition.offset)
        # "([Wiley Online Library][3])": judged by the words around it, as a bare address.
        # The definition's title is the linked page's own, so it would fit any link.
        text = _link_text(match[1])
        if names_the_site(text, definition.address):
            text = None
        found.append(_Found(definition.identifier, match.start(), match.end(), text, position))
    return found


def _addresses(paragraph: str, base: int, locate: Locate, taken: list[_Found]) -> list[_Found]:
    found: list[_Found] = []
    for match in URL.finditer(paragraph):
        address = trim_address(match[0])
        end = match.start() + len(address)
        identifier = in_address(address)
        if identifier is None or _taken([*taken, *found], match.start(), end):
            continue
        offset = match.start() + identifier.offset
        at = Identifier(identifier.kind, identifier.value, identifier.raw, offset)
        # An address in angle brackets (a Markdown autolink) takes its brackets along.
        start = match.start() - 1 if paragraph[match.start() - 1 : match.start()] == "<" else None
        found.append(
            _Found(
                at, start if start is not None else match.start(), end, None, locate(base + offset)
            )
        )
    return found


def _mentions(paragraph: str, base: int, locate: Locate, taken: list[_Found]) -> list[_Found]:
    found: list[_Found] = []
    for match in MENTION.finditer(paragraph):
        identifier = in_mention(match)
        end = identifier.offset + len(identifier.raw)
        if not identifier.value or _taken([*taken, *found], match.start(), end):
            continue
        found.append(_Found(identifier, match.start(), end, None, locate(base + identifier.offset)))
        while identifier.kind == "pmid" and (more := MORE_PMIDS.match(paragraph, end)):
            identifier = Identifier("pmid", more[1], more[1], more.start(1))
            start, end = end, more.end()
            found.append(_Found(identifier, start, end, None, locate(base + identifier.offset)))
    return found


def _link_text(words: str) -> str | None:
    """The link's words as a reader sees them; None when they are only the identifier."""
    text = clean_claim_text(words)
    return text if _WORD.search(identifier_words(text)) else None


def _sentences(paragraph: str, found: Sequence[_Found]) -> list[tuple[int, int]]:
    # Addresses are blanked first: their dots and slashes end no sentence.
    masked = list(paragraph)
    for item in found:
        for index in range(item.start, item.end):
            if masked[index] not in " \n":
                masked[index] = "x"
    text = "".join(masked)
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        stop = match.end()
        word = _LAST_WORD.search(text[max(0, match.start() - 12) : match.start()])
        if text[match.start()] == "." and word and is_abbreviation(word[1]):
            continue
        spans.append((start, stop))
        start = stop
    spans.append((start, len(paragraph)))
    return [span for span in spans if paragraph[span[0] : span[1]].strip()]


# A sentence's citations, its words as a claim's context, and how many words that is.
_Sentence = tuple[list[_Found], str, int]


def _sentence_words(
    paragraph: str,
    span: tuple[int, int],
    found: Sequence[_Found],
    read: dict[tuple[int, int], _Sentence],
) -> _Sentence:
    """Made once per sentence: a sentence holding k links, read for each, cost k² time."""
    if span not in read:
        start, end = span
        mates = [other for other in found if start <= other.start < end]
        words = _clean(paragraph, start, end, mates)
        read[span] = (mates, words, len(_WORD.findall(words)))
    return read[span]


def _sentence_of(
    item: _Found,
    sentences: list[tuple[int, int]],
    paragraph: str,
    found: Sequence[_Found],
    read: dict[tuple[int, int], _Sentence],
) -> tuple[int, int]:
    """The sentence a citation backs: its own, or the one before when it merely trails it
    ("... heart failure. (PMID: 31535829)")."""
    index = next(
        (i for i, (start, end) in enumerate(sentences) if start <= item.start < end),
        len(sentences) - 1,
    )
    start, end = sentences[index]
    if index == 0:
        return start, end
    mates, _, words = _sentence_words(paragraph, (start, end), found, read)
    if item.link_text is not None and words >= 3:
        before = sentences[index - 1]
        if _words_beside(paragraph, start, end, mates) or any(
            before[0] <= other.start < before[1] for other in found
        ):
            # A link with words of its own backs its own sentence; so does a link alone
            # after a sentence that cites its own source (review22b P1-4).
            return start, end
    if words < 3 or not _WORD.search(_clean(paragraph, start, item.start, mates)):
        return sentences[index - 1][0], end
    return start, end


def _words_beside(paragraph: str, start: int, end: int, mates: Sequence[_Found]) -> bool:
    """Whether the sentence holds a word outside its links. A sentence that is one link
    alone, "(HR 0.62). [Solomon et al., NEJM](...)" as answers set their citation pills,
    trails the sentence before: its label's "et al." had made it a sentence of its own with
    words enough, and the claim was never checked (user22 P1 14)."""
    cursor = start
    for item in sorted(mates, key=lambda other: other.start):
        if _WORD.search(paragraph, cursor, max(cursor, item.start)):
            return True
        cursor = max(cursor, item.end)
    return bool(_WORD.search(paragraph, cursor, max(cursor, end)))


def _clean(paragraph: str, start: int, end: int, found: Sequence[_Found]) -> str:
    """The words between ``start`` and ``end``: link words kept, addresses and mentions gone."""
    pieces: list[str] = []
    cursor = start
    for item in sorted(found, key=lambda other: other.start):
        if item.end <= start or item.start >= end:
            continue
        pieces.append(paragraph[cursor : max(cursor, item.start)])
        if item.link_text is not None:
            pieces.append(item.link_text)
        cursor = max(cursor, item.end)
    pieces.append(paragraph[cursor:end] if cursor < end else "")
    text = identifier_words(_ADDRESS.sub(" ", "".join(pieces)))
    for _ in range(2):
        text = _EMPTY_BRACKETS.sub("", _LEFTOVER_SEPARATORS.sub("", text))
    text = _DOUBLED_STOP.sub(r"\1", clean_claim_text(text))
    return text.strip(" ,;:([—–-").lstrip(")] ")


def _first_visible(paragraph: str, start: int, end: int) -> int:
    position = start
    while position < end and (paragraph[position].isspace() or paragraph[position] in "|.,;:"):
        position += 1
    return position if position < end else start


def link_texts(
    paragraph: str,
    base: int,
    locate: Locate,
    links: Sequence[LinkSpan] = (),
    definitions: Mapping[str, Definition] | None = None,
) -> list[str]:
    """The texts of the paragraph's labelled links, as ``find_inline`` reads them, without
    working out the sentences around them (labelled_entries.link_labels compares them)."""
    found = _html_links(paragraph, base, links)
    found += _markdown_links(paragraph, base, locate, found)
    found += _reference_links(paragraph, definitions or {}, locate, found)
    return [item.link_text for item in found if item.link_text]
