"""One reference entry made from its lines: its text less link-outs and repeated labels,
its place on the page, its fields parsed."""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.entries import parse_entry
from citelint.read.lines import Line, Locate
from citelint.read.link_trailers import without_link_words
from citelint.whole_numbers import whole_number

# "1. ", "[1] ", "1) ", or glued to the authors when the label had a span of its own, as an
# Elsevier page's does ("[1]M. Ortega-Salas", "1.M. Ortega-Salas").
_LABEL_AGAIN = LazyPattern(r"(?:\[(\d{1,4})\]|(\d{1,4})[.)])(?:\s+|\Z|(?=[^\W\d_]|[\"“]))")


def make_reference(
    number: int,
    lines: list[Line],
    label: str | None,
    numbered: bool,
    locate: Locate,
    glued_label: bool = False,
) -> Reference:
    if len(lines) == 1:  # most entries: one text, without a comprehension's frame
        texts = [without_link_words(lines[0].content.strip())]
    else:
        texts = [without_link_words(line.content.strip()) for line in lines]
    if glued_label:
        texts[0] = texts[0][len(str(number)) :]  # "1Jencks SF": see labels_glued
    opening = texts[0][:1]
    # Every match opens with "[" or a digit (\d: what isdecimal tells); most entries open
    # with a name, and are spared the match.
    again = _LABEL_AGAIN.match(texts[0]) if opening == "[" or opening.isdecimal() else None
    if again and whole_number(again[1] or again[2]) == number:
        # "1. 1. Smith A": a page's own label after its list's number (<ol><li><span>1.</span>),
        # glued to the authors' span or not ("1. [1]M. Ortega-Salas").
        texts[0] = texts[0][again.end() :]
    first = lines[0].text
    line, column = locate(lines[0].start + len(first) - len(first.lstrip()))
    # " ".join of one text gives that text itself (of an empty one, ""): no list is built.
    raw = texts[0] if len(texts) == 1 else " ".join([t for t in texts if t])
    entry = Reference(
        number=number,
        raw=raw,
        line=line,
        column=column,
        numbered=numbered,
        label=label,
    )
    return parse_entry(texts, into=entry)
