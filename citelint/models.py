"""Plain data that flows through citelint: parse -> resolve -> check -> report."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from operator import attrgetter
from typing import TYPE_CHECKING

from citelint.built_when_read import BuiltWhenRead
from citelint.lazy_pattern import LazyPattern

if TYPE_CHECKING:
    from citelint.inline_citation import InlineCitation
    from citelint.record import Record
    from citelint.suggestion import Suggestion
    from citelint.suppression import Suppression

# Record, Suggestion, InlineCitation and Suppression live in modules of their own
# (citelint.record, .suggestion, .inline_citation, .suppression): a short check never makes
# them, and making the four dataclasses cost 14.6 M of its 312 M instructions at start-up.
# Here they are only named in annotations.


_NOT_WORD = LazyPattern(r"[\W_]+")
# For ASCII text, as its bytes: letters and digits in lower case, any other character a
# space (bytes.translate reads a table, where str.translate looks each character up in a dict:
# a third of normalise's cost on a title). The upper half is never read.
_ASCII_WORDS = bytes(
    ord(chr(code).lower()) if chr(code).isalnum() else ord(" ") for code in range(128)
) + bytes(range(128, 256))


def normalise(text: str) -> str:
    """Text as compared: lower case words, accents and punctuation gone, single spaces.

    The one normaliser for titles, names and journals, so that matching against PubMed,
    duplicate detection (CL105), lock keys and finding fingerprints agree on when two
    texts are the same.
    """
    if text.isascii():  # nothing to decompose; resolving 10,000 entries calls this 300,000 times
        return " ".join(text.encode().translate(_ASCII_WORDS).decode().split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", plain.casefold()).split())


class Severity(IntEnum):
    """Ordered so that ``severity >= fail_level`` decides the exit code."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: object) -> Severity:
        if not isinstance(text, str):
            raise ValueError(f"severity must be error, warning or info, not {text!r}")
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (use error, warning or info)") from None


# Marker and Claim use slots: a long article holds tens of thousands of each.
@dataclass(slots=True)
class Marker:
    """One in-text citation marker such as ``[1, 3]`` or a bare ``2`` after a sentence."""

    numbers: list[int]
    line: int
    column: int
    raw: str
    # Why the marker cannot be read (CL106), e.g. "range 5-2 runs backwards".
    problem: str | None = None
    # In a table or a figure's or table's caption: Vancouver numbers such a citation where the
    # text first mentions the table or figure, so where it stands says nothing of the order.
    floating: bool = False
    # Where the marker stood in its claim's text, when words of the claim follow it ("A
    # pooled analysis [3] and a trial [4] ..."); None when it closes the claim. Tells the
    # claim checks which clause a citation closes.
    offset: int | None = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class Claim:
    """A sentence or bullet that carries citation markers."""

    text: str  # the claim with its markers removed
    line: int
    column: int
    markers: list[Marker] = field(default_factory=list)

    @property
    def numbers(self) -> list[int]:
        seen: list[int] = []
        for marker in self.markers:
            for number in marker.numbers:
                if number not in seen:
                    seen.append(number)
        return seen


# Not frozen: a frozen dataclass sets each field through object.__setattr__, and two or three
# Readings are made for every entry (4.5 times the cost of this one). Still compared and
# hashed by its fields, as a frozen one is; nothing changes a Reading once it is made.
@dataclass(unsafe_hash=True)
class Reading:
    """Another way to read an entry's text: where its authors end, its title ends and its
    journal begins, and which year is the publication's. PubMed's record decides which
    reading was meant (``citelint.pubmed.matching.best_reading``)."""

    title: str | None
    journal: str | None
    year: int | None
    authors: tuple[str, ...] = ()


@dataclass
class Reference:
    """One entry of the reference list, with what could be read from its text."""

    number: int  # the entry's own number, or its position when the list is unnumbered
    raw: str
    line: int
    column: int
    numbered: bool = True  # False when the number comes from the entry's position
    label: str | None = None  # "Research", "Guideline"... as pages copied from the web show
    title: str | None = None
    journal: str | None = None
    year: int | None = None
    authors: list[str] = field(default_factory=list)
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    pmid: str | None = None
    doi: str | None = None
    url: str | None = None
    # Other plausible readings of the text, best first; the fields above are the best one.
    # Built when first read (see BuiltWhenRead): set either a list or a ReadingsLater.
    alternatives: BuiltWhenRead = BuiltWhenRead()


@dataclass
class Document:
    """One article as read: its claims, reference entries, suppressions and inline citations."""

    path: str
    format: str  # "txt", "md", "html", "docx", "jats", "pandoc"
    text: str
    claims: list[Claim] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    # Line of the "References" heading; None when the article has no reference list.
    references_line: int | None = None
    suppressions: list[Suppression] = field(default_factory=list)
    # How the article names a cited work when not by number: a pandoc citation key
    # ("@smith2020") or a JATS element id, by the number that stands for it here.
    keys: dict[int, str] = field(default_factory=dict)
    # PubMed, PMC and DOI links and PMID mentions outside the numbered reference list.
    inline: list[InlineCitation] = field(default_factory=list)
    # How many works a pandoc bibliography holds, cited or not: ``references`` leaves out
    # those nothing cites unless unused-bibliography is set. None for any other list.
    bibliography_size: int | None = None
    # The list is Word's footnotes or endnotes, one note per mark: a work cited twice has a
    # note each time (a note cannot be cited again), so two alike are no duplicate entries.
    notes_as_list: bool = False
    # The page was saved while its reference list was still loading (a publisher's
    # "Loading..." spinner where the list stands): why the list has no entries.
    list_loading: bool = False
    # Set by a reading that left the claims' words for later (``read_layout``): makes the
    # claims cut into sentences with their words, which ``word_claims`` puts in place.
    claim_words: Callable[[], list[Claim]] | None = field(default=None, compare=False, repr=False)
    # A document with a reference list after each chapter: the chapters before the last, each
    # with its own claims and list (the fields above hold the last chapter's part).
    chapters: list[Document] = field(default_factory=list, compare=False, repr=False)

    def word_claims(self) -> None:
        """Give the claims their words where the reading left them for later: done by what
        reads them (the rules weighing claims against records, fingerprints), so a run
        where nothing does never cuts a page into sentences. Nothing else changes: the
        markers are the same, only grouped by sentence."""
        if self.claim_words is not None:
            self.claims = self.claim_words()
            self.claim_words = None

    def part_at(self, line: int) -> Document:
        """The chapter before the last whose text or list holds ``line`` (see ``chapters``);
        the document itself for a line of the last part, or when it has one list."""
        for chapter in self.chapters:
            if chapter.references and line <= chapter.references[-1].line:
                return chapter
        return self

    def reference(self, number: int) -> Reference | None:
        for entry in self.references:
            if entry.number == number:
                return entry
        return None

    def cited_as(self, number: int) -> str:
        """A citation as the article writes it: "[3]", or "[@smith2020]" when cited by key."""
        return f"[{self.keys[number]}]" if number in self.keys else f"[{number}]"


class Status:
    """Outcome of resolving one reference entry."""

    RESOLVED = "resolved"
    NOT_FOUND = "not-found"
    AMBIGUOUS = "ambiguous"
    NOT_IN_PUBMED = "not-in-pubmed"  # guideline, book, web page
    UNVERIFIED = "unverified"  # offline, or the network failed


@dataclass
class Resolution:
    """What PubMed said of one reference entry, and why."""

    reference: int  # the entry number
    status: str
    record: Record | None = None
    reason: str = ""
    candidates: list[str] = field(default_factory=list)  # PMIDs, for ambiguous entries
    # The paper the entry's own PMID or DOI names when that differs from its title (CL204).
    identifier_record: Record | None = None
    # The entry's own PMID when PubMed answered that no record has it (CL204).
    unknown_pmid: str | None = None
    # Unverified however often PubMed is asked: no lookup can settle the entry as written (a
    # title in another language with nothing else to search by), only a change to it can.
    lasting: bool = False


# Not frozen: frozen, it made a short check's start-up 1.8 M instructions longer (see
# citelint.suggestion). Compared and hashed by its fields as a frozen one is.
@dataclass(unsafe_hash=True)
class Finding:
    """One problem a rule reports, at a line and column of a file."""

    path: str
    line: int
    column: int
    code: str
    severity: Severity
    message: str
    citation: int | None = None
    reference: int | None = None
    pmid: str | None = None
    evidence: str | None = None
    # What the finding is about in words that survive edits elsewhere in the file (the
    # reference's title, the claim's text); baseline and SARIF fingerprints hash it.
    subject: str | None = None
    suggestion: Suggestion | None = None

    # The order of every report: (path, line, column, code), made in C (a Python method was a
    # call for each finding of a run, sorted twice: issue 13). A class attribute, no field.
    sort_key = attrgetter("path", "line", "column", "code")

    def to_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity.label,
            "message": self.message,
            "citation": self.citation,
            "reference": self.reference,
            "pmid": self.pmid,
            "evidence": self.evidence,
            "suggestion": self.suggestion.to_dict() if self.suggestion else None,
        }
