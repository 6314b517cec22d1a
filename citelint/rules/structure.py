"""Rules CL101-CL107: does the article's numbering hold together, before any look-up.

CL105 lives in duplicates.py and CL107 in no_reference_list.py; all seven are listed here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from citelint.models import Finding, Marker, Reference, Severity
from citelint.rules.base import CheckContext, Rule
from citelint.rules.duplicates import DuplicateReference
from citelint.rules.no_reference_list import NoReferenceList


def markers_in_order(context: CheckContext) -> list[Marker]:
    return context.markers


# A range past the list's end ("[5-50]" of four entries) is one finding, not one a number:
# runs longer than this are told as one.
LONGEST_RUN_APART = 2


def _runs(numbers: list[int], longest_apart: int) -> Iterator[tuple[int, int]]:
    """The numbers (in their order) as runs of consecutive ones, (first, last) each; a run
    no longer than ``longest_apart`` as its numbers one by one."""
    start = 0
    for end in range(1, len(numbers) + 1):
        if end < len(numbers) and numbers[end] == numbers[end - 1] + 1:
            continue
        run = numbers[start:end]
        if len(run) > longest_apart:
            yield run[0], run[-1]
        else:
            yield from ((number, number) for number in run)
        start = end


def footnotes_only(context: CheckContext) -> bool:
    """Whether the article cites by Markdown footnotes alone ("[^4]"): pandoc and GitHub number
    them in the order first cited, so their labels' gaps and order are never seen."""
    markers = context.markers
    return bool(markers) and all(marker.raw.startswith("[^") for marker in markers)


def _entries(count: int) -> str:
    return "1 entry" if count == 1 else f"{count} entries"


class MissingReference(Rule):
    code = "CL101"
    name = "missing-reference"
    severity = Severity.ERROR
    summary = "An in-text citation number has no entry in the reference list."
    rationale = (
        "A citation that points at nothing cannot be checked by a reader, and it is the "
        "commonest trace of text that was edited, merged or generated without its sources: "
        "the claim was written first and the reference never existed. In a document with a "
        "numbered list after each chapter, each chapter's citations are checked against its "
        "own list; a chapter before the last that cites a number its list lacks is not read "
        "at all, as that number may be the next chapter's."
    )
    bad_example = (
        "Exercise therapy reduces pain in lumbar stenosis [1]. Decompression helps when it "
        "fails [2].\n\n## References\n\n1. Smith J. Exercise for lumbar stenosis. "
        "Spine J. 2015;15(3):100-9.\n"
    )
    good_example = (
        "Exercise therapy reduces pain in lumbar stenosis [1].\n\n## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        references = context.document.references
        if not references:
            return  # CL107 reports the missing list once, rather than every citation here
        numbers = {entry.number for entry in references}
        pandoc = context.document.format == "pandoc"
        size = context.document.bibliography_size
        count = _entries(len(references) if size is None else size)
        listed = f"({'the bibliography' if pandoc else 'the list'} has {count})"
        for marker in markers_in_order(context):
            if marker.problem:
                continue  # CL106 reports it; its numbers are only a guess
            if numbers.issuperset(marker.numbers):
                continue  # most markers: one test in C, no list made
            missing = [n for n in dict.fromkeys(marker.numbers) if n not in numbers]
            # Pandoc keys are no run: each is told apart.
            for first, last in _runs(missing, len(missing) if pandoc else LONGEST_RUN_APART):
                cited = context.document.cited_as
                said = (
                    f"citation {cited(first)} has no entry in the reference list"
                    if first == last
                    else f"citations {cited(first)} to {cited(last)} have no entries in the "
                    "reference list"
                )
                yield self.finding(
                    context, marker.line, marker.column, f"{said} {listed}", citation=first
                )


class UnusedReference(Rule):
    code = "CL102"
    name = "unused-reference"
    severity = Severity.WARNING
    summary = "A reference entry is never cited."
    rationale = (
        "An entry nobody cites is padding: it lends the article an air of support it does not "
        "use, and often means the citation that should point at it points somewhere else. "
        "Where each chapter has a list of its own, a list is checked against its own "
        "chapter's citations, and the finding names the line of the list's heading."
    )
    bad_example = (
        "Exercise therapy reduces pain in lumbar stenosis [1].\n\n## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
        "2. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n"
    )
    good_example = (
        "Exercise therapy reduces pain in lumbar stenosis [1], and surgery helps when it "
        "fails [2].\n\n## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
        "2. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if not context.document.claims:
            return  # an article without any citation is a reading list, not a misnumbering
        cited = {number for marker in markers_in_order(context) for number in marker.numbers}
        # Science's entries that only the supplement cites, as the page says (word19).
        # Imported here: listing the rules loads no reader (test_startup).
        from citelint.read.supplement_refs import cited_in_supplement

        cited |= cited_in_supplement(context.document.text)
        for entry in context.document.references:
            if entry.number not in cited:
                yield self.finding(
                    context,
                    entry.line,
                    entry.column,
                    f"reference {context.document.keys.get(entry.number, entry.number)} is "
                    "never cited in the text",
                    reference=entry.number,
                )


class NumberingGap(Rule):
    code = "CL103"
    name = "numbering-gap"
    severity = Severity.ERROR
    summary = "The list's numbering skips or repeats a number."
    rationale = (
        "When the list skips or repeats a number, every citation after that point may name "
        "the wrong paper; it usually means an entry was deleted or pasted twice. Markdown "
        "footnotes ('[^4]') cited alone are numbered by the page that shows them, so only a "
        "label used twice is told."
    )
    bad_example = (
        "Exercise helps [1], and so does surgery [3].\n\n## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
        "3. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n"
    )
    good_example = (
        "Exercise helps [1], and so does surgery [2].\n\n## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
        "2. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        entries = [entry for entry in context.document.references if entry.numbered]
        seen: dict[int, Reference] = {}
        expected = 1
        later = Counter(entry.number for entry in entries)
        named_only = footnotes_only(context)
        for entry in entries:
            number = entry.number
            later[number] -= 1
            skipped = range(expected, number)
            if number > expected and all(later[missing] for missing in skipped):
                # Entries swapped ("4, 3"): reported once, where the numbering goes back.
                skipped = range(0)
            if number in seen:
                # Say which entry the citations are judged with: the repeat, often another
                # paper, is looked up on its own but backs no claim until renumbered.
                message = (
                    f"reference number {number} is used twice (first at line "
                    f"{seen[number].line}); citations of {number} are read as that entry's"
                )
            elif named_only:
                message = ""
            elif skipped:
                missing = str(expected) if number == expected + 1 else f"{expected}-{number - 1}"
                where = "starts at" if not seen else f"jumps from {expected - 1} to"
                message = f"the reference list {where} {number}: {missing} is missing"
            elif number < expected:
                message = f"reference {number} comes after {expected - 1}: the numbering goes back"
            else:
                message = ""
            if message:
                yield self.finding(context, entry.line, entry.column, message, reference=number)
            seen.setdefault(number, entry)
            expected = max(expected, number + 1)


class CitationOrder(Rule):
    code = "CL104"
    name = "citation-order"
    severity = Severity.WARNING
    summary = "References are not numbered in order of first citation."
    rationale = (
        "Vancouver style, which most medical journals use, numbers references in the order "
        "they are first cited. A number out of sequence is a sign that text was moved or that "
        "a citation points at the wrong entry. Markdown footnotes ('[^4]') cited alone are "
        "numbered in the order first cited by the page that shows them, whatever their labels."
    )
    bad_example = (
        "Surgery helps when exercise fails [2]. Exercise therapy reduces pain [1].\n\n"
        "## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
        "2. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n"
    )
    good_example = (
        "Exercise therapy reduces pain [1]. Surgery helps when exercise fails [2].\n\n"
        "## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
        "2. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if footnotes_only(context):
            return
        markers = markers_in_order(context)
        # A table's or caption's citations are numbered where the text first mentions the
        # table, not where they stand: a number first cited there is out of the order check
        # (prose that cites it before the table is held to the order).
        first_marker: dict[int, Marker] = {}
        for marker in markers:
            for number in marker.numbers:
                first_marker.setdefault(number, marker)
        floating = {number for number, marker in first_marker.items() if marker.floating}
        listed = {entry.number for entry in context.document.references} - floating
        first_cited: list[tuple[int, Marker]] = []
        cited: set[int] = set()  # the numbers of first_cited
        for marker in markers:
            if marker.problem:
                continue  # CL106 reports it; "[5-2]" names no order
            for number in marker.numbers:
                if number in listed and number not in cited:
                    first_cited.append((number, marker))
                    cited.add(number)
        # Entries that are never cited (CL102) or missing (CL101) do not count against order.
        expected = sorted(number for number, _ in first_cited)
        for (number, marker), wanted in zip(first_cited, expected, strict=True):
            if number != wanted:
                yield self.finding(
                    context,
                    marker.line,
                    marker.column,
                    f"citation [{number}] is the first citation of reference {number}, but "
                    f"reference {wanted} has not been cited yet; number references in the "
                    "order they are first cited",
                    citation=number,
                )
                return


class MalformedCitation(Rule):
    code = "CL106"
    name = "malformed-citation"
    severity = Severity.ERROR
    summary = "A marker cannot be read, or a range runs backwards."
    rationale = (
        "A marker like [5-2] or [1,,2] has no single reading: a reader cannot tell which "
        "references are meant, and neither can citelint, so it cannot check them."
    )
    bad_example = (
        "Exercise therapy reduces pain in lumbar stenosis [2-1].\n\n## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
        "2. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n"
    )
    good_example = (
        "Exercise therapy reduces pain in lumbar stenosis [1-2].\n\n## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
        "2. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        for marker in markers_in_order(context):
            if marker.problem:
                yield self.finding(
                    context,
                    marker.line,
                    marker.column,
                    f"citation marker '{marker.raw}' cannot be read: {marker.problem}",
                )


STRUCTURE_RULES: list[Rule] = [
    MissingReference(),
    UnusedReference(),
    NumberingGap(),
    CitationOrder(),
    DuplicateReference(),
    MalformedCitation(),
    NoReferenceList(),
]
