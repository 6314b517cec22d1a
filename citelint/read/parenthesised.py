"""Numbers in parentheses as citations: "events (1).", "LDL (2, 3)", "a little (4–6)".

Radiology, J Nucl Med, many medRxiv preprints and some Vancouver journals cite this way. Most
numbers in parentheses are something else: a standard deviation or a count after a number
("63 (12)", "5 mg (2)"), an item of an enumeration ("(1) age, (2) sex"), a tally
("adenocarcinoma (14), carcinoid (3)"), an equation's number, an affiliation in a byline.
So a page's parenthesised numbers are read only when the page itself says that is how it
cites (page_style.cites_in_parentheses): it reads no citation in any other way, it has a
reference list, and their first appearances run in the list's order and cover most of it.
Each one must also stand where a citation may stand: after a word, in a sentence, not after
a number, not as an item of a list; one in a table's cell or after a linking word only where
the order calls for it.

Every pattern here is bounded or anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.found import NAMED, PARENTHESISED, Found
from citelint.read.page_style import cites_in_parentheses, plausible_in_parentheses

# The kind of a doubtful candidate, read only where the order of first citations calls for it.
DOUBTFUL = "doubtful"
# "(1)", "(2, 3)", "(4–6)", "(7-9, 12)": numbers of up to three digits, their separators and
# nothing else (no decimal point, per cent sign, letter or equals sign).
PARENTHESISED_NUMBERS = LazyPattern(
    r"\((\d{1,3}(?:[ \t]{0,2}[-–—,;][ \t]{0,2}\d{1,3}){0,30})\)(?![\w\-/])"
)

# The label that opens back matter, whole: "Disclosures of conflicts of interest:",
# "Funding:", "Author Contributions", "Acknowledgments". Whole, with its colon right after it
# or alone on its line: "Funding sources of trials: ..." and a heading "Conflicts of Interest
# in Guideline Panels" open text that cites.
_BACK_MATTER = LazyPattern(
    r"^[ \t]*(?:Disclosures?(?: of (?:potential )?conflicts? of interests?)?|"
    r"(?:Potential )?Conflicts? of interests?|Competing interests?|"
    r"Declarations? of (?:competing )?interests?|Financial (?:disclosures?|support)|"
    r"Funding(?: sources?| statement| information)?|Sources? of funding|Acknowledge?ments?|"
    r"Authors?['’]? contributions?)[ \t]*(?::|$)",
    re.IGNORECASE | re.MULTILINE,
)
# What only a statement of the authors' interests says, as a sentence of its own: JNM's "No
# other potential conflict of interest relevant to this article was reported.", Radiology's
# "No relevant relationships", "The authors declare no competing interests". Not inside a
# sentence: "in most trials the authors declared no conflicts of interest (4)" cites.
_DISCLOSURE = LazyPattern(
    r"(?:^|(?<=[.!?] ))(?:No (?:other )?potential conflicts? of interest|No relevant "
    r"(?:financial )?relationships|The authors? (?:have|has|declare[sd]?|report(?:s|ed)?) no "
    r"(?:\w+ ){0,2}(?:conflicts? of interest|competing interests?|financial relationships))",
    re.MULTILINE,
)
# A line of a paragraph, without its line break.
_LINE = LazyPattern(r"[^\n]+")


def parenthesised_citations(
    paragraphs: list[tuple[int, str]],
    references: list[Reference],
    strays: list[list[Found]] | None = None,
    supplement: frozenset[int] = frozenset(),
) -> list[list[Found]] | None:
    """The parenthesised citations of each paragraph (given its offset on the page and its
    text), or None when the page does not cite that way. ``strays``, each paragraph's few
    citations read in other ways, are read with them only as doubtful ones are: where the
    order of first citations calls for them. ``supplement``: entries only the supplement
    cites, as the page says (Science's), which the text's numbers need not cover."""
    if not references:
        return None
    # Most pages have no number in parentheses at all: told before anything is read.
    if not any("(" in text and PARENTHESISED_NUMBERS.search(text) for _, text in paragraphs):
        return None
    if strays and _counts_again_from_one(paragraphs, strays):
        return None
    # Loaded only for a page with numbers in parentheses (start-up time: see speed20).
    from citelint.read.parenthesised_candidates import paragraph_candidates

    candidates = [paragraph_candidates(text) for _, text in paragraphs]
    if any(_BACK_MATTER.search(text) or _DISCLOSURE.search(text) for _, text in paragraphs):
        candidates = _without_back_matter([text for _, text in paragraphs], candidates)
    if strays and any(strays):
        candidates = [
            _with_strays(sure, doubtful, others) if others else (sure, doubtful)
            for (sure, doubtful), others in zip(candidates, strays, strict=True)
        ]
    # The page is judged from the numbers that stand as citations do, in order of place, and
    # from the entries its text may cite: not those only its supplement cites (Science's).
    in_text = [entry for entry in references if entry.number not in supplement]
    largest = max(entry.number for entry in references)
    placed = [
        (text, marker)
        for (_, text), (sure, _) in zip(paragraphs, candidates, strict=True)
        for marker in sure
        if not _quantity_in_a_sentence(text, marker, largest)
    ]
    at_stops = all(
        _ends_a_sentence(text, marker.end) or text.startswith(".(", marker.start - 1)
        for text, marker in placed
        if marker.kind != NAMED  # "(ref. 1), and": named, a citation wherever it stands
    )
    # Numbers named as references ("(ref. 1)") speak for the page's bare "(n)" only where those
    # close their sentences as citations do: counts in parentheses mid-sentence ("patients on
    # apixaban (9) two days before") beside "(ref. n)" are none (review31b P1-2).
    evidence = [marker for _, marker in placed if at_stops or marker.kind != NAMED]
    if not in_text or not cites_in_parentheses(evidence, in_text, at_stops):
        return None
    return _with_doubtful(candidates, largest)


def _counts_again_from_one(paragraphs: list[tuple[int, str]], strays: list[list[Found]]) -> bool:
    """Whether every number in parentheses counts 1, 2, 3 ... one by one after the text has
    named entry 1 as a reference ("(ref. 1)"): a plan's items numbered from one ("Daily
    weights (1). Fluid restriction (2). ..."), not citations, though the named references
    before them would pass for the parentheses' order of citation (review32a P2)."""
    if not any(m.kind == NAMED and 1 in m.numbers for found in strays for m in found):
        return False  # most pages: told before any paragraph is scanned
    named_one = False
    counted = 0
    for (_, text), found in zip(paragraphs, strays, strict=True):
        names_one = [m.start for m in found if m.kind == NAMED and 1 in m.numbers]
        for match in PARENTHESISED_NUMBERS.finditer(text):
            named_one = named_one or any(start < match.start() for start in names_one)
            if not named_one or match[1] != str(counted + 1):
                return False
            counted += 1
        named_one = named_one or bool(names_one)
    return counted >= _FEWEST_COUNTED


# Items counted from one: fewer may be citations of entries 1 and 2 named again in numbers.
_FEWEST_COUNTED = 3


def _with_strays(
    sure: list[Found], doubtful: list[Found], strays: list[Found]
) -> tuple[list[Found], list[Found]]:
    """A paragraph's candidates with its few citations read in other ways: numbers the text
    names as references ("(ref. 1)", "(refs 2-3)") cite as the parentheses beside them do,
    so they count as the page's evidence and are read (user31b P1-3); the rest are doubtful."""
    named = [marker for marker in strays if marker.kind == NAMED]
    if not named:
        return sure, [*doubtful, *strays]
    others = [marker for marker in strays if marker.kind != NAMED]
    return sorted([*sure, *named], key=lambda marker: marker.start), [*doubtful, *others]


def _quantity_in_a_sentence(text: str, marker: Found, largest: int) -> bool:
    """Whether a number in parentheses is far past the list's end inside a sentence, where
    this page's citations do not stand: a quantity, no evidence for or against the page
    citing in parentheses ("the lower left first molar (36) after", a dental case's FDI
    tooth: user31b P2-4). One far past at a sentence's end stands as a citation would."""
    if marker.kind != PARENTHESISED or plausible_in_parentheses(marker, largest):
        return False
    return not _ends_a_sentence(text, marker.end)


def _ends_a_sentence(text: str, end: int) -> bool:
    """Whether parentheses ending at ``end`` end a sentence or a line: "... as first-line
    therapy (1).", "(2);", a bullet's "- Metformin first-line (1)". (Those glued after a
    sentence's stop, "therapy.(1)", are read there only when they close it.)"""
    after = text[end : end + 1]
    return after in ("", "\n", ".", ";", "!", "?") or (
        after in (" ", "\t") and text[end:].lstrip(" \t")[:1] in ("", "\n")
    )


def _without_back_matter(
    texts: list[str], candidates: list[tuple[list[Found], list[Found]]]
) -> list[tuple[list[Found], list[Found]]]:
    """The candidates less those of back matter: a line that opens with its label
    ("Disclosures of conflicts of interest: ... Consulting fees from Nodule Analytics (2).",
    "Funding: ..."), the line after a label standing alone as a heading ("Disclosures"),
    and a line that states the authors' interests in a journal's words ("... received
    consulting fees from Isotope Partners (2). No other potential conflict of interest
    relevant to this article was reported.", where the page's heading is not in the text).
    Their numbers count grants and relationships. Only those: the Lancet's summary box has
    its "Funding" before the text, which cites on."""
    heading = False  # whether the last line of words was a back-matter heading
    kept = []
    for text, (sure, doubtful) in zip(texts, candidates, strict=True):
        spans: list[tuple[int, int]] = []
        for line in _LINE.finditer(text):
            label = _BACK_MATTER.match(text, line.start(), line.end())
            if heading or label or _DISCLOSURE.search(text, line.start(), line.end()):
                spans.append(line.span())
            # A label alone on its line heads the line after it: "Disclosures", then "C.I. ...".
            heading = bool(label and not text[label.end() : line.end()].strip())
        kept.append(
            (_outside(sure, spans), _outside(doubtful, spans)) if spans else (sure, doubtful)
        )
    return kept


def _outside(markers: list[Found], spans: list[tuple[int, int]]) -> list[Found]:
    return [m for m in markers if not any(start <= m.start < end for start, end in spans)]


def _with_doubtful(
    candidates: list[tuple[list[Found], list[Found]]], largest: int
) -> list[list[Found]]:
    """Each paragraph's citations on a page that cites in parentheses: those that stand as
    citations do, up to a little past the list's end (CL101's to report), and the doubtful
    ones ("as in (6)", a table's "Lee et al (12)") that first cite entries nothing
    else cites, where the order of first citations calls for them: the next entries after
    the highest cited before. Left out, they would leave those entries uncited; where the
    order does not call for them they are counts, and as citations would be out of order."""
    sure_numbers = {
        number for sure, _ in candidates for marker in sure for number in marker.numbers
    }
    highest = 0
    cited: set[int] = set()
    page: list[list[Found]] = []
    for sure, doubtful in candidates:
        here: list[Found] = []
        markers = sorted([*sure, *doubtful], key=lambda marker: marker.start)
        for index, marker in enumerate(markers):
            if here and marker is here[-1]:
                continue  # read with the one before it, as a swapped pair
            taken = [marker]
            if marker.kind == NAMED:
                pass  # read already: every number is an entry of the list
            elif marker.kind == PARENTHESISED:
                if not plausible_in_parentheses(marker, largest):
                    continue
            elif not _called_for(marker.numbers, cited, sure_numbers, highest, largest):
                taken = _swapped(markers[index : index + 2], cited, sure_numbers, highest, largest)
                if not taken:
                    continue
            here += taken
            numbers = [number for found in taken for number in found.numbers]
            cited.update(numbers)
            highest = max(highest, *numbers)
        page.append(here)
    return page


def _swapped(
    pair: list[Found], cited: set[int], sure: set[int], highest: int, largest: int
) -> list[Found]:
    """Two doubtful numbers, the second the lower, that are the next two entries nothing else
    cites: "studied in mice (5) and humans (4)" after (3) is a swapped pair of citations,
    CL104's to report. Read one by one, 5 would wait for 4, and stay uncited (a false CL102)."""
    if len(pair) < 2 or any(found.kind != DOUBTFUL or len(found.numbers) != 1 for found in pair):
        return []
    first, second = pair[0].numbers[0], pair[1].numbers[0]
    if first <= second or not _called_for([first, second], cited, sure, highest, largest):
        return []
    return pair


def _called_for(
    numbers: list[int], cited: set[int], sure: set[int], highest: int, largest: int
) -> bool:
    """Whether the order of first citations calls for a doubtful reading: it names entries of
    the list, and those it cites first are cited nowhere else and follow ``highest``."""
    new = sorted(set(numbers) - cited)
    if not new or max(numbers) > largest or not sure.isdisjoint(new):
        return False
    return new[0] == highest + 1 and new[-1] - new[0] == len(new) - 1
