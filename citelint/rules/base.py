"""What every rule is: a code, a name, a default severity, its documentation and a check."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING

from citelint.models import Document, Finding, Marker, Reference, Resolution, Severity

if TYPE_CHECKING:
    # Types only: the rule registry must stay cheap to import (`citelint rules`).
    from citelint.pubmed.links import LinkCheck
    from citelint.read.inline_view import InlineView
    from citelint.support.checker import Cited, SupportChecker


def repeat_positions(references: list[Reference]) -> list[int]:
    """Where in the list an entry repeats an earlier entry's number. Citations of 12 are read
    as the first "12." (a copy error), so only it is resolved by number; a repeat is often
    another paper (the copy error renumbered "13." as "12."), so it is looked up on its own and
    its resolution kept by position, never in place of the first entry's."""
    seen: set[int] = set()
    positions = []
    for position, entry in enumerate(references):
        if entry.number in seen:
            positions.append(position)
        seen.add(entry.number)
    return positions


def own_resolutions(
    references: list[Reference],
    resolutions: dict[int, Resolution],
    repeats: dict[int, Resolution],
) -> Iterator[tuple[Reference, Resolution | None]]:
    """Each entry with its own resolution, in list order: the number's for the first entry of
    each number, its position's for an entry repeating a number."""
    repeated = set(repeat_positions(references))
    for position, entry in enumerate(references):
        if position in repeated:
            yield entry, repeats.get(position)
        else:
            yield entry, resolutions.get(entry.number)


def verbatim_repeats(references: list[Reference]) -> set[int]:
    """Where in the list an entry repeats an earlier entry of its number word for word."""
    first: dict[int, str] = {}
    copies = set()
    for position, entry in enumerate(references):
        text = " ".join(entry.raw.split())
        if entry.number not in first:
            first[entry.number] = text
        elif first[entry.number] == text:
            copies.add(position)
    return copies


class CheckContext:
    """Everything a rule may look at for one document."""

    # A plain class: a dataclass compiles its methods when its module is imported, a cost
    # every short check and `citelint rules` pay (issue 13).
    def __init__(
        self,
        document: Document,
        resolutions: dict[int, Resolution] | None = None,
        options: dict[str, float] | None = None,
        checker: SupportChecker | None = None,
        inline: InlineView | None = None,
        links: dict[int, LinkCheck] | None = None,
        repeats: dict[int, Resolution] | None = None,
    ) -> None:
        self.document = document
        # Resolution of each entry by entry number; empty when nothing was resolved.
        self.resolutions = resolutions if resolutions is not None else {}
        # Of an entry repeating a number, by its position in the list (see repeat_positions).
        self.repeats = repeats if repeats is not None else {}
        # Rule options from configuration, e.g. {"support-threshold": 0.3}.
        # Checked by citelint.config to be known and between 0 and 1.
        self.options = options if options is not None else {}
        # Made by the first rule that scores support, then shared by the others and the audit.
        self.checker = checker
        # Set when the context views a document's inline citations (links, PMID mentions):
        # the document is then the view's, its entries and claims numbered by citation.
        self.inline = inline
        self.links = links if links is not None else {}  # label checks, by citation

    def name(self, number: int, pmid: str | None = None) -> str:
        """How a finding names entry ``number``: "reference 3 (PMID 123)" ("reference @key" by
        the article's own name for it, see ``Document.keys``), or for an inline
        citation "the link 'ORBIT' (PMID 123)"."""
        if self.inline is not None:
            return self.inline.name(number, pmid)
        keys = self.document.keys  # how the article names it: "@key", Word's endnote "ii"
        shown = keys.get(number, number) if keys else number
        return f"reference {shown}" + (f" (PMID {pmid})" if pmid else "")

    def names(self, numbers: list[int]) -> str:
        """Several entries: "references 1, 3", or the inline citations' names."""
        if self.inline is not None:
            names = [self.inline.name(number) for number in numbers]
            return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        keys = self.document.keys
        return "references " + ", ".join(str(keys.get(number, number)) for number in numbers)

    def entries_with(self, *statuses: str) -> Iterator[tuple[Reference, Resolution]]:
        """The document's entries whose resolution has one of ``statuses``, with it, in the
        list's order; an entry repeating a number with its own (a copy error does not make it
        the first one's paper)."""
        if len(statuses) == 1:
            return iter(self._by_status.get(statuses[0], ()))
        return (
            (entry, resolution)
            for entry, resolution in self._own_resolutions
            if resolution is not None and resolution.status in statuses
        )

    @cached_property
    def _by_status(self) -> dict[str, list[tuple[Reference, Resolution]]]:
        """``_own_resolutions`` by status, made once: the rules asking for one status each
        (eight of them) would each walk every entry, most for none (issue 13)."""
        by_status: dict[str, list[tuple[Reference, Resolution]]] = {}
        for entry, resolution in self._own_resolutions:
            if resolution is not None:
                by_status.setdefault(resolution.status, []).append((entry, resolution))
        return by_status

    @cached_property
    def _own_resolutions(self) -> list[tuple[Reference, Resolution | None]]:
        """Made once for the eight CL2xx rules that walk them. An entry copied word for word
        under its number again is left out: its findings would be the first's, repeated (CL103
        and CL105 report the copy)."""
        references = self.document.references
        pairs = own_resolutions(references, self.resolutions, self.repeats)
        if not self.repeats:
            return list(pairs)
        copies = verbatim_repeats(references)
        return [pair for position, pair in enumerate(pairs) if position not in copies]

    @cached_property
    def markers(self) -> list[Marker]:
        """The document's citation markers in the order they stand (line, then column): made
        once for the numbering rules that all walk them, which only read them."""
        markers = [marker for claim in self.document.claims for marker in claim.markers]
        return sorted(markers, key=attrgetter("line", "column"))

    def support(self) -> SupportChecker:
        """The document's claims scored against its resolved records, each pair only once."""
        if self.checker is None:
            # Imported here: runs without a CL3xx rule never load the scoring code.
            from citelint.support.checker import SupportChecker

            self.checker = SupportChecker(self.document, self.resolutions)
        return self.checker


class Rule:
    """Base class of every rule.

    A rule's page in ``rules/`` is generated from these attributes, and ``citelint rules``
    prints the same text, so the documentation lives beside the code that it describes.
    ``bad_example`` must raise the rule and ``good_example`` must not; the catalogue test runs
    both. Examples that need PubMed name records from ``fixtures/records`` by PMID.
    """

    code: str = ""
    name: str = ""
    severity: Severity = Severity.WARNING
    summary: str = ""
    rationale: str = ""
    bad_example: str = ""
    good_example: str = ""
    # Rules that need PubMed records; they are skipped when nothing could be resolved.
    needs_resolution: bool = False
    # Rules that read the cited records themselves (CL3xx); skipped when no entry resolved
    # to a record, as offline without a lock or cache, so such runs never load the scoring.
    needs_records: bool = False

    @property
    def checks_inline(self) -> bool:
        """Whether the rule also reads inline citations; numbering rules (CL1xx) do not."""
        return not self.code.startswith("CL1")

    def check(self, context: CheckContext) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        context: CheckContext,
        line: int,
        column: int,
        message: str,
        **extra: object,
    ) -> Finding:
        return Finding(
            path=context.document.path,
            line=line,
            column=column,
            code=self.code,
            severity=self.severity,
            message=message,
            **extra,  # type: ignore[arg-type]
        )


def cited_extra(
    cited: Cited, evidence: str | None = None, subject: str | None = None
) -> dict[str, object]:
    """The fields a claim finding about one cited record carries."""
    return {
        "citation": cited.number,
        "reference": cited.number,
        "pmid": cited.record.pmid,
        "evidence": evidence if evidence is not None else cited.support.evidence,
        # Fingerprints tell two findings about one paper apart by the claim they concern.
        "subject": subject if subject is not None else cited.claim.text,
    }
