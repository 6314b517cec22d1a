"""Rule CL107: citations with no reference list, and the pages whose bracketed numbers are
not citations at all (a step, the page's own notes, an example)."""

from __future__ import annotations

from collections.abc import Iterator

from citelint.lazy_pattern import LazyPattern
from citelint.models import Finding, Marker, Severity
from citelint.rules.base import CheckContext, Rule


class NoReferenceList(Rule):
    code = "CL107"
    name = "no-reference-list"
    severity = Severity.ERROR
    summary = "Citations appear but no reference list is found."
    rationale = (
        "Numbered citations without a list give the look of evidence with none behind it. "
        "citelint finds a list under a heading such as References, Bibliography or Sources, "
        "or, with no heading, a numbered list that ends the article when its items read as "
        "references and the text cites them. With no reference heading either, one number "
        "other than 1 ('see step [2] above') is not taken for a citation, nor are marks "
        "the page defines further down as its own notes ('K 3.2 [1]' above '[1] hemolysed "
        "sample'), nor numbers that only open lines, as an order set's steps or a table's "
        "notes do ('[1] TIME ZERO: record the time', 'Note [2]: review at 48 hours')."
    )
    bad_example = "Exercise therapy reduces pain in lumbar stenosis [1].\n"
    good_example = (
        "Exercise therapy reduces pain in lumbar stenosis [1].\n\n## References\n\n"
        "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        document = context.document
        markers = context.markers
        if not markers or document.references:
            return
        if document.references_line is None and (
            not _cites_a_sequence(markers)
            or _defines_its_marks(document.text, markers)
            or _shows_its_marks(document.text, markers)
        ):
            return
        if document.format == "pandoc" and document.references_line is not None:
            message = (
                f"the bibliography named at line {document.references_line} has no entry "
                "for any citation key"
            )
        elif document.format == "pandoc":
            message = (
                "citation keys appear but no bibliography was found (name one with "
                "'bibliography:' in the front matter)"
            )
        elif document.list_loading:
            where = document.references_line
            message = (
                f"the reference section{f' at line {where}' if where else ''} was saved while "
                "its list was still loading: save the page again once the list shows"
            )
        elif document.references_line is not None:
            message = (
                f"the reference section at line {document.references_line} has no entries "
                "that citelint can read"
            )
        else:
            message = (
                "citations appear but no reference list was found "
                "(expected a heading such as 'References' followed by the entries)"
            )
        yield self.finding(context, markers[0].line, markers[0].column, message)


def _cites_a_sequence(markers: list[Marker]) -> bool:
    """Whether numbers in brackets on a page with no reference section read as citations:
    a page that cites starts at 1 or cites more than one entry. A lone "See step [2] above."
    in a contributor's guide or a note ("- fixed [3]") is not worth an error."""
    numbers = {number for marker in markers for number in marker.numbers}
    return 1 in numbers or len(numbers) > 1


# A line that opens with a bracketed number and then words: "[1] hemolysed sample".
_MARK_DEFINED = LazyPattern(r"[ \t]*\[(\d{1,3})\][ \t]+\S")


def _defines_its_marks(text: str, markers: list[Marker]) -> bool:
    """Whether every bracketed number the page cites opens a line of its own further down, on
    a page with no reference heading: the page's own notes ("HF clinic in 7 days [1]" and
    below it "[1] Per the transitions-of-care bundle, slot requested"; "K 3.2 [1]" and "[1]
    hemolysed sample"), which citelint did not read as a list because they read as no
    references. Such marks point at a remark, not at missing evidence (user28a P1-2)."""
    if any(not marker.raw.startswith("[") for marker in markers):
        return False
    defined: dict[int, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = _MARK_DEFINED.match(line)
        if match:
            defined.setdefault(int(match[1]), number)
    return all(
        defined.get(number, 0) > marker.line for marker in markers for number in marker.numbers
    )


def _shows_its_marks(text: str, markers: list[Marker]) -> bool:
    from citelint.rules.example_marks import shows_its_marks  # here: few pages need it

    return shows_its_marks(text, markers)
