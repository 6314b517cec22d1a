"""Labels a copied page puts with its reference entries: a kind on the line above an entry
("Research", "**Guideline**"), its label; and labels that are no part of them: Wiley's
position glued to the first author ("1Jencks SF"), a Cochrane review's study labels on the
line above each entry ("Kwan 2025 {published data only}")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from citelint.lazy_pattern import LazyPattern
from citelint.read.lines import Line, emphasised
from citelint.read.reference_headings import names_a_group_within_a_list

_LABEL = re.compile(
    r"\s*(?P<label>research|studies|study|guidelines?|(?:clinical |practice )guidelines?|"
    r"(?:systematic |narrative |literature )?review|meta-?analysis|"
    r"(?:randomi[sz]ed )?(?:controlled |clinical )?trial|rct|cohort study|case (?:report|series)|"
    r"observational study|consensus(?: statement)?|expert opinion|book(?: chapter)?|textbook|"
    r"web ?(?:site|page)|editorial|letter|commentary|preprint)\s*",
    re.IGNORECASE,
)
LONGEST_LABEL = len("randomized controlled trial")  # the longest word _LABEL's group reads
# A study as a Cochrane review names it, above its entry: "Kwan 2025 {published data only}".
_STUDY_LABEL = LazyPattern(
    r"[ \t]*(?P<name>(?:(?:van|von|de|der|den|da|di|du|le|la|el|al) )*[A-Z][\w'’\-]{1,30})"
    r"(?: [A-Z][\w'’\-]{1,30})? (?:1[89]|20)\d{2}[a-z]?(?: \{[^{}\n]{1,60}\})?[ \t]*"
)
# An ongoing study as the Library names it, by its registration, above its record's entry
# ("ISRCTN40176285 {unpublished data only}" above "ISRCTN40176285. Full weight ...").
_REGISTRATION_LABEL = LazyPattern(
    r"[ \t]*(?P<name>NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|ChiCTR-?[A-Z]{0,4}-?\d{6,12}|DRKS\d{8}"
    r"|UMIN\d{9}|jRCTs?\d{7,10}|PACTR\d{15}|CTRI/\d{4}/\d{2,4}/\d{4,7})"
    r"(?: \{[^{}\n]{1,60}\})?[ \t]*"
)


def labels_glued(groups: Iterable[list[Line]]) -> bool:
    """Whether every entry opens with its position glued to its first author, as Wiley's
    pages copy ("1Jencks SF", "2van Walraven C"): labels to cut, not part of a name. One
    entry may open "3M Company"; a whole list counting up from 1 is no chance."""
    count = 0
    for count, group in enumerate(groups, start=1):
        first = group[0].content.lstrip()
        label = str(count)
        if not (first.startswith(label) and first[len(label) : len(label) + 1].isalpha()):
            return False
    return count >= 2


def _labels(text: str, below: str) -> bool:
    """Whether ``text`` is the study label of the entry ``below``, whose first author it names
    ("Burton 2015" above "Burton E, Cavalheri V, ..."): an answer's source card may end in a
    journal and year ("JAMA 2020") before the next card's title."""
    # The label and the entry open with the same name: most lines are told apart by their
    # first character, and a short check need not compile the pattern (5 M instructions).
    first = text.lstrip(" \t")[:1]
    if not first or not below.lstrip().startswith(first):
        return False
    label = _STUDY_LABEL.fullmatch(text)
    if label is not None:
        return below.lstrip().startswith(label["name"] + " ")
    return _labels_a_record(text, below.lstrip())


def _labels_a_record(text: str, below: str) -> bool:
    """Whether ``text`` is an ongoing study's label naming its registration, as the record
    ``below`` opens ("NCT06233418 {unpublished data only}" above "NCT06233418. Weight ...")."""
    label = _REGISTRATION_LABEL.fullmatch(text)
    if label is None or not below.startswith(label["name"]):
        return False
    after = below[len(label["name"]) : len(label["name"]) + 1]
    return not after.isalnum()


def without_study_labels(lines: list[Line]) -> list[Line]:
    """The lines less a Cochrane review's study labels, each on the line above its entry
    ("Fairhall 2024 {published data only}", "Burton 2015"), and the headings of its kinds of
    references ("Additional references"): no entries, and no part of the entry below."""
    content = [line for line in lines if not line.blank]
    labels = {
        line.number
        for line, below in zip(content, content[1:], strict=False)
        if _labels(line.text, below.text)
    }
    if len(labels) < 2:
        return lines
    return [
        line
        for line in lines
        if line.number not in labels and not names_a_group_within_a_list(line.text.strip())
    ]


def label_of(text: str) -> str | None:
    """The label of a line such as "Research" or "**Guideline**", or None."""
    emphasis = emphasised(text)
    plain = emphasis[2] if emphasis else text
    # _LABEL's "\s*" is what strip() strips; between them a label is at most LONGEST_LABEL
    # characters (IGNORECASE takes one character for one): most entry lines are longer.
    if len(plain) > LONGEST_LABEL and len(plain.strip()) > LONGEST_LABEL:
        return None
    return plain.strip() if _LABEL.fullmatch(plain) else None
