"""How a page cites its references, judged once from every possible marker on it: whether it
cites with bare numbers after its sentences or with numbers glued to its words, and how far
its reference list goes. An unsure reading must name plausible entries: a number far past the
end of the list is a quantity, not a citation.
"""

from __future__ import annotations

from collections import Counter

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.found import BARE, GLUED, NAMED, NUMBER, WORD, Found

# How far past the list's last entry an unsure number may go and still be read as a citation
# of a missing entry: a few, or a tenth of the list.
PAST_THE_END = 3
# Without a list, unsure numbers above this are quantities.
LARGEST_WITHOUT_LIST = 30
# A page cites with bare or glued numbers when they are not swamped by sure markers: at
# least one such number for every this many sure ones.
SURE_PER_UNSURE = 4


class PageStyle:
    """How a page cites its references, as ``page_style`` judges it."""

    # A plain class: a dataclass compiles its methods when its module is imported, a cost
    # every short check pays (issue 13).
    def __init__(self, largest: int | None, bare: bool, glued: bool) -> None:
        self.largest = largest  # the largest entry number of the list; None with no list
        self.bare = bare  # the page cites with numbers standing alone after its sentences
        self.glued = glued  # the page cites with numbers glued to its words (superscripts)


def page_style(candidates: list[Found], references: list[Reference]) -> PageStyle:
    """How the page cites, judged from every possible marker on it and its reference list."""
    largest = max((entry.number for entry in references), default=None)
    style = PageStyle(largest, bare=False, glued=False)
    # "by 26%1 and": a number glued after a percentage, which names nothing, is evidence the
    # page cites with glued numbers as "by 25%2," is (user32b P1-4): counted apart.
    counts = Counter(
        _AFTER_PERCENT if marker.kind == NUMBER and marker.word == "%" else marker.kind
        for marker in candidates
        if plausible(marker, style)
    )
    sure = counts["sure"]
    style.bare = counts[BARE] > 0 and counts[BARE] * SURE_PER_UNSURE >= sure
    glued = counts[WORD] + counts[GLUED] + counts[_AFTER_PERCENT]
    style.glued = glued >= 2 and glued * SURE_PER_UNSURE >= sure
    return style


# The key a number glued after a percentage is counted under (no marker kind is named so).
_AFTER_PERCENT = "after a percentage"


def plausible(marker: Found, style: PageStyle) -> bool:
    """Numbers an unsure marker could mean as entries: up to a little past the list's end."""
    if marker.kind == "sure":
        return True
    if style.largest is None:
        return max(marker.numbers) <= LARGEST_WITHOUT_LIST
    return max(marker.numbers) <= style.largest + max(PAST_THE_END, style.largest // 10)


# A page cites with numbers in parentheses when their first appearances name at least this
# many entries in the list's order, one of them in a list or a range ("(2, 3)", "(4-6)"),
# which no count or item is ...
FEWEST_IN_ORDER = 3
# ... or this many without one: small counts after words ("falls (1) ... visits (2)") also
# rise one by one, and a short list would take them as its citations.
FEWEST_SINGLY = 6
# ... when nearly every number first appears in that order: the next entry after the highest
# cited so far, or a run from it ("(4-6)" after 3). Two first appearances of ten may be out of
# it (a swapped pair is two), as an article's own misnumbering may make them.
IN_ORDER_SHARE = 0.8
# ... and when they cite most of the list: an article cites nearly all of its entries, so a
# reading that finds fewer is missing some of its citations (and would call the rest
# uncited), or is reading counts that happen to fit.
COVERED_SHARE = 0.8


# A short list, of fewer entries than FEWEST_SINGLY cited one by one (a note's or a Word
# summary's three to five), is read only on stronger evidence: every entry cited, all in
# order, no number in parentheses past the list's end, and each one ending a sentence
# (``at_stops``), where a tally's counts or an enumeration's items seldom stand ("falls (1),
# bleeding (2)", "(1) age, (2) sex"). At least this many entries.
FEWEST_SHORT = 2


def cites_in_parentheses(
    candidates: list[Found], references: list[Reference], at_stops: bool = False
) -> bool:
    """Whether a page that reads no other citation cites with numbers in parentheses, judged
    from those of its numbers in parentheses that stand where citations stand (in order of
    place) and from its reference list: the order of first citation that Vancouver numbering
    gives is what no run of counts, scores or enumerations has. ``at_stops``: whether each
    of them ends a sentence (see FEWEST_SHORT)."""
    listed = {entry.number for entry in references}
    highest, in_order, out_of_order = 0, 0, 0
    grouped = False  # whether a list or a range first cites entries in order
    past = False  # whether a number past the list's end stands as a citation would
    cited: set[int] = set()
    for marker in candidates:
        if not listed.issuperset(marker.numbers):
            past = True
            continue  # a number past the list's end is no evidence of the list's order
        new = sorted(set(marker.numbers) - cited)
        if not new:
            continue
        if marker.kind == NAMED:
            # "(refs 2-3)" before "(ref. 1)": the text names them as references, so their
            # order is the article's to answer for (CL104), not a sign of counts (user31b).
            in_order += len(new)
        elif new[0] == highest + 1 and new[-1] - new[0] == len(new) - 1:
            in_order += len(new)
            grouped = grouped or len(marker.numbers) > 1
        elif not cited:
            return False  # the first citation of a page so numbered is its entry 1
        else:
            out_of_order += len(new)
        cited.update(new)
        highest = max(highest, new[-1])
    # A short list cited one by one, each number ending a sentence: every entry, in order.
    whole = at_stops and not (grouped or out_of_order or past)
    if whole and in_order == len(listed) >= FEWEST_SHORT:
        return True
    return _cites_most(in_order, out_of_order, cited, listed, grouped)


def _cites_most(
    in_order: int, out_of_order: int, cited: set[int], listed: set[int], grouped: bool
) -> bool:
    """Whether first citations name enough entries, nearly all in order, and most of the list."""
    return (
        in_order >= (FEWEST_IN_ORDER if grouped else FEWEST_SINGLY)
        and in_order >= IN_ORDER_SHARE * (in_order + out_of_order)
        and len(cited) >= COVERED_SHARE * len(listed)
    )


def plausible_in_parentheses(marker: Found, largest: int) -> bool:
    """Whether a number in parentheses on a page that cites that way names an entry or one a
    little past the list's end (CL101's to report), not a quantity far beyond it."""
    return plausible(marker, PageStyle(largest, bare=False, glued=False))


# After a citation glued to a word, the rest of a list a space or a comma separates, then a
# sentence's stop: "in PD113 114.", "eGFR12, 17."
_THEN_STOP = LazyPattern(r"(?:,? ?\d{1,3})*\.")


def cites_before_stops(paragraphs: list[tuple[str, list[Found]]]) -> bool:
    """Whether the page may set its glued citations before a sentence's full stop, as
    Vancouver journals do ("in PD113 114.", "from age 458."), given each paragraph's text
    and citations. Not where every glued citation the page has stands after the stop, as
    AMA's do ("mortality.1"): on such a page the digits before a stop end a value or a name
    ("HR 112.", "on POD2."), not a number or a word with a citation glued on."""
    after = 0
    for text, citations in paragraphs:
        for marker in citations:
            if marker.kind == GLUED:
                after += 1
            elif marker.kind == WORD and _THEN_STOP.match(text, marker.end):
                return True
    return after == 0
