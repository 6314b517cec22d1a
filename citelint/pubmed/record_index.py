"""A PubMed record's words, prepared once for judging any number of labels that may name it.

Its tokens, whole and in hyphen parts, of the whole record and of the title; its words in
order (for acronyms spelled out); the tokens outside the abstract's background, where the
record names its own trial rather than an earlier one; its authors' surnames and journals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citelint.pubmed import matching
from citelint.record import Record
from citelint.support.scoring import RecordProfile, profile_record

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")


@dataclass
class RecordIndex:
    """A record's words, prepared once for judging any number of labels."""

    record: Record
    profile: RecordProfile
    tokens: set[str]  # compact lower-case tokens and their hyphen parts, whole record
    title_tokens: set[str]
    words: list[str]  # lower-case words in order, for acronyms spelled out
    # Tokens of the title and of the abstract outside its background: where the record names
    # its own trial rather than an earlier one ("unlike DAPA-HF, ...").
    own_tokens: set[str]
    surnames: list[str]
    journals: list[str]


def index_record(record: Record) -> RecordIndex:
    """The words of ``record`` that labels are judged against."""
    authors = " ".join(record.authors)
    # A translated paper's own-language title ("Dieta mediterranea ...") is its title too: a
    # link may be labelled with it.
    titles = f"{record.title} {record.vernacular_title}".strip()
    text = " ".join([titles, record.abstract, authors, " ".join(record.mesh_terms)])
    return RecordIndex(
        record=record,
        profile=profile_record(record),
        tokens=_tokens(text),
        title_tokens=_tokens(titles),
        words=[w.lower() for w in _TOKEN.findall(f"{titles} {record.abstract}")],
        own_tokens=_tokens(f"{titles} {_beyond_background(record)}"),
        surnames=[matching.surname(name) for name in record.authors],
        journals=[
            matching.normalise(name) for name in (record.journal_abbrev, record.journal) if name
        ],
    )


# Sections of a structured abstract that recall earlier work (an objective names the paper's
# own: "To assess ... in DAPA-HF"), and a section's label as a plain abstract writes it.
_BACKGROUND = re.compile(
    r"(?:BACKGROUND|INTRODUCTION|CONTEXT|RATIONALE|IMPORTANCE)(?:\s+AND\s+[A-Z ]+)?", re.I
)
_SECTION_LABEL = re.compile(r"(?:^|(?<=[.?!)]\s))([A-Z][A-Z ,&/-]{2,40}):\s")


def _beyond_background(record: Record) -> str:
    """The abstract without its background sections; all of it when it names none."""
    sections = [(label, text) for label, text in record.abstract_sections if label]
    if not sections:
        parts = _SECTION_LABEL.split(record.abstract)
        # [before the first label, label, text, label, text, ...]
        sections = list(zip(parts[1::2], parts[2::2], strict=False))
        if not sections:
            return record.abstract
    return " ".join(text for label, text in sections if not _BACKGROUND.fullmatch(label.strip()))


def _tokens(text: str) -> set[str]:
    found: set[str] = set()
    for token in _TOKEN.findall(text):
        lower = token.lower()
        found.add(compact(lower))
        found.update(compact(part) for part in re.split(r"[-']", lower) if part)
    return found


def compact(text: str) -> str:
    """``text`` in lower case, letters and digits only: "DAPA-HF" as "dapahf"."""
    return re.sub(r"[^0-9a-z]", "", text.lower())
