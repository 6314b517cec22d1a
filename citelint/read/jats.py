"""JATS XML (``.xml``/``.nxml`` whose root is ``<article>``), as journals and PMC keep articles.

Citations are the ``<xref ref-type="bibr" rid="...">`` elements: several side by side make
one marker, and two with a dash between ("<xref>3</xref>–<xref>6</xref>") a range. The
entries are the ``<ref>`` elements, read from their tags. A claim is the sentence around
its xrefs. Lines and columns are the XML file's own.

Numbers: an entry's ``<label>`` when every entry has a numeric one, else its place in the
list. Articles cited by author and year ("Smith et al., 2010") are numbered in order of
first citation, so that the list's alphabetical order is not taken for a wrong order.
An article without ``<ref>`` elements (a converted page whose list is a plain ``<list>``)
is read from its text as Markdown is, and one with entries but no xrefs takes its
citation markers from the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from citelint.errors import InputError
from citelint.models import Claim, Document
from citelint.read.claims import build_claims, marker_claims
from citelint.read.fielded import to_reference
from citelint.read.jats_flat import Flat, Xref, flatten
from citelint.read.jats_refs import Ref, read_refs
from citelint.read.layout import read_layout
from citelint.read.markers import Found, read_numbers
from citelint.read.xmltree import Element, parse_xml

# What may stand between two xrefs of one marker: separators and, for a range, a dash
# (Wiley's files set it as Unicode's hyphen, U+2010, or a non-breaking one, U+2011).
_JOINER = re.compile(r"[\s,;\-‐‑–—‒−]{0,6}")
_DASH = re.compile(r"[\-‐‑–—‒−]")


def read_jats(text: str, path: str) -> Document:
    try:
        root = parse_xml(text, path)
        if root.tag != "article":
            raise InputError(path, f"the root element is <{root.tag}>, not a JATS <article>")
        return _read_article(root, text, path)
    except RecursionError:
        raise InputError(path, "XML nested too deeply to be an article") from None


def _read_article(root: Element, text: str, path: str) -> Document:
    lists = read_refs(root)
    refs, list_line = lists.refs, lists.line
    if not refs:
        flat = flatten(root)
        layout = read_layout(flat.text, markdown=True, locate=flat.locate)
        return Document(
            path, "jats", text, layout.claims, layout.references, layout.references_line
        )
    flat = flatten(root, skip=frozenset(["ref-list"]))
    ids = {identifier: index for index, ref in enumerate(refs) for identifier in ref.ids}
    aside = lists.supplementary
    cites = [x for x in flat.xrefs if _cites(x, ids) and not (aside and aside >= set(x.rids))]
    document = Document(path, "jats", text, references_line=list_line)
    if not cites:
        document.claims = read_layout(flat.text, markdown=True, locate=flat.locate).claims
        numbers, numbered = _list_numbers(refs), True
    elif _author_year(flat, cites):
        numbers, numbered = _first_cited_numbers(refs, cites, ids), False
    else:
        numbers, numbered = _list_numbers(refs), True
    if cites:
        numbering = _Numbering(flat, ids, numbers, document.keys, not numbered)
        document.claims = _claims(flat, cites, numbering)
    document.references = [
        to_reference(ref.fields, number, ref.line, ref.column, numbered)
        for ref, number in zip(refs, numbers, strict=True)
    ]
    return document


def _cites(xref: Xref, ids: dict[str, int]) -> bool:
    if xref.ref_type:
        return xref.ref_type == "bibr"
    return any(rid in ids for rid in xref.rids)


def _author_year(flat: Flat, cites: list[Xref]) -> bool:
    """Most xrefs say "Smith et al., 2010" rather than "3"."""
    wordy = sum(1 for x in cites if read_numbers(_bare(flat.text[x.start : x.end])) is None)
    return wordy * 2 > len(cites)


def _bare(text: str) -> str:
    return text.strip().strip("[]()").strip() or "1"  # an empty xref is printed as its number


def _list_numbers(refs: list[Ref]) -> list[int]:
    labels = [ref.label_number for ref in refs]
    numbers = [label for label in labels if label is not None]
    return numbers if len(numbers) == len(labels) else list(range(1, len(refs) + 1))


def _first_cited_numbers(refs: list[Ref], cites: list[Xref], ids: dict[str, int]) -> list[int]:
    numbers: list[int | None] = [None] * len(refs)
    count = 0
    for xref in cites:
        for rid in xref.rids:
            index = ids.get(rid)
            if index is not None and numbers[index] is None:
                count += 1
                numbers[index] = count
    given: list[int] = []
    for number in numbers:
        if number is None:
            count += 1
            number = count
        given.append(number)
    return given


class _Numbering:
    """The entry numbers each xref names."""

    def __init__(
        self,
        flat: Flat,
        ids: dict[str, int],
        numbers: list[int],
        keys: dict[int, str],
        by_name: bool,
    ) -> None:
        self.flat = flat
        self.numbers = {identifier: numbers[index] for identifier, index in ids.items()}
        self.keys = keys
        self.by_name = by_name  # author-year: the xref's text is no number
        self.next_free = max(numbers, default=0) + 1

    def of(self, xref: Xref) -> list[int]:
        mapped = [self.numbers[rid] for rid in xref.rids if rid in self.numbers]
        shown = self.flat.text[xref.start : xref.end]
        read = None if self.by_name else read_numbers(_bare(shown))
        if read is not None and read[1] is None and set(mapped) <= set(read[0]):
            return read[0]  # "<xref rid='B3'>3-5</xref>" cites 3, 4 and 5
        if mapped:
            return mapped
        # An xref to an entry that is not in the list: CL101 should name it as printed.
        number = self.next_free
        self.next_free += 1
        self.keys[number] = " ".join(shown.split()) or " ".join(xref.rids)
        return [number]


def _claims(flat: Flat, cites: list[Xref], numbering: _Numbering) -> list[Claim]:
    starts = [start for start, _ in flat.blocks]
    by_block: dict[int, list[Xref]] = {}
    for xref in cites:
        block = bisect_right(starts, xref.start) - 1
        if block >= 0 and xref.end <= flat.blocks[block][1]:
            by_block.setdefault(block, []).append(xref)
    claims: list[Claim] = []
    for block, xrefs in sorted(by_block.items()):
        start, end = flat.blocks[block]
        text = flat.text[start:end]
        groups = _groups(flat, xrefs)
        markers = [_marker(flat, group, numbering, start) for group in groups]
        if all(xref.supplement for xref in xrefs):  # cited, but no claim to check
            made = marker_claims(start, markers, flat.locate)
        else:
            made = build_claims(text, start, markers, flat.locate)
        _mark_floating(made, [any(xref.floating for xref in group) for group in groups])
        claims += made
    return claims


def _mark_floating(claims: list[Claim], floating: list[bool]) -> None:
    """Flag the markers of a table's or figure's citations, which CL104 numbers where the
    text calls the float out: PMC's and publishers' files put floats after the back matter
    (<floats-group>), where their citations came last (a false CL104, user33b P1-3)."""
    made = [marker for claim in claims for marker in claim.markers]
    if len(made) == len(floating):  # each group one marker, in order
        for marker, flag in zip(made, floating, strict=True):
            marker.floating = flag


def _groups(flat: Flat, xrefs: list[Xref]) -> list[list[Xref]]:
    groups: list[list[Xref]] = []
    for xref in xrefs:
        if groups and _JOINER.fullmatch(flat.text[groups[-1][-1].end : xref.start]):
            groups[-1].append(xref)
        else:
            groups.append([xref])
    return groups


def _marker(flat: Flat, group: list[Xref], numbering: _Numbering, base: int) -> Found:
    numbers: list[int] = []
    problem: str | None = None
    for index, xref in enumerate(group):
        found = numbering.of(xref)
        between = flat.text[group[index - 1].end : xref.start] if index else ""
        if numbers and found and _DASH.search(between):
            first, last = numbers[-1], found[0]
            if first > last:
                problem = problem or f"the range {first}-{last} runs backwards"
            numbers += range(first + 1, last)
        numbers += found
    start, end = group[0].start, group[-1].end
    if start > 0 and end < len(flat.text) and flat.text[start - 1] + flat.text[end] in ("[]", "()"):
        start, end = start - 1, end + 1
    raw = " ".join(flat.text[start:end].split())
    return Found(start - base, end - base, raw, list(dict.fromkeys(numbers)), problem)
