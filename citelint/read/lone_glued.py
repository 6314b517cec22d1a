"""A superscript flattened mid-sentence onto a word, that the order of first citations does
not call for: "... the consensus definitions6 and the SOFA score ...5", where entry 6 is
cited first, before entry 5 (a fault CL104 reports). Read by order only, it is left out
and its entry reported never cited (a false CL102). It is read where nothing else can be:
on a page that glues its citations to its words, a number glued to a word of prose in
lower case, a word in lower case after it, that names an entry of the list cited nowhere
else. Names stay names: "IL6 and", "CD4 and", "BRCA1 and", "p53", "COVID19 and", "5mg
and", "type2 diabetes", "HbA1c and", "Phase3" are in capitals, short, or numbered words.
"""

from __future__ import annotations

from collections import Counter

from citelint.read.found import NUMBER, Found, words
from citelint.read.loose import NUMBERED_WORDS
from citelint.read.page_style import PageStyle

# The fewest letters of the word a lone number is glued to: "definitions6", "trials7";
# shorter ones are as often a gene's or a unit's name ("apoe4", "sglt2", "mmol2"), and are
# read only when the page writes them elsewhere as words of their own ("risk4 and", where
# "risk" stands alone in another sentence), down to _FEWEST_SHORT_LETTERS.
_FEWEST_LETTERS = 5
_FEWEST_SHORT_LETTERS = 3
# Words that number the things of a study, beside those of NUMBERED_WORDS: "cycle3",
# "patient2", "visit4" (a study's own numbering, not a citation).
_NUMBERING_WORDS = frozenset(
    words(
        "cycle cycles visit visits patient patients case cases cohort group groups sample"
        " samples subject subjects level levels segment segments section sections lead leads"
        " round rounds wave waves batch model models question questions items series part"
        " parts channel channels doses arms steps zones lines"
    )
)


def lone_glued_citations(
    paragraphs: list[tuple[str, list[Found]]], kept: list[list[Found]], style: PageStyle
) -> None:
    """Add to ``kept`` (each paragraph's citations, in place) the lone glued numbers of
    ``paragraphs`` (their texts and candidates) that name an entry cited nowhere else."""
    largest = style.largest
    if not style.glued or largest is None:
        return
    cited = {number for here in kept for marker in here for number in marker.numbers}
    lone = [
        (index, marker)
        for index, (text, markers) in enumerate(paragraphs)
        for marker in markers
        if _glued_in_prose(text, marker) and int(marker.raw) <= largest
    ]
    short = {marker.word for _, marker in lone if len(marker.word) < _FEWEST_LETTERS}
    if short:
        # "risk4 and": a short word is prose's only where the page writes it on its own.
        prose = _standing_alone(short, [text for text, _ in paragraphs])
        lone = [
            (index, m) for index, m in lone if len(m.word) >= _FEWEST_LETTERS or m.word in prose
        ]
    # A word met twice with a number is a name ("kinase6 and kinase7", "kinase3 ...
    # kinase3"); so is a number two words offer (no order tells which cites).
    names = Counter(marker.word for _, marker in lone)
    offered = Counter(marker.raw for _, marker in lone if int(marker.raw) not in cited)
    for index, marker in lone:
        number = int(marker.raw)
        if number in cited or names[marker.word] > 1 or offered[marker.raw] > 1:
            continue
        here = kept[index]
        if any(other.start < marker.end and marker.start < other.end for other in here):
            continue
        here.append(marker)
        here.sort(key=lambda found: found.start)


def _glued_in_prose(text: str, marker: Found) -> bool:
    """Whether a candidate is a lone number glued to a word of prose in lower case, a word
    in lower case after it: "definitions6 and"."""
    word = marker.word
    return (
        marker.kind == NUMBER
        and marker.raw.isdigit()
        and marker.raw[0] != "0"  # no entry 0, nor a code's "007"
        and len(word) >= _FEWEST_SHORT_LETTERS
        and word.isascii()
        and word.isalpha()
        and word.islower()
        and word not in NUMBERED_WORDS
        and word not in _NUMBERING_WORDS
        and word not in _MEASURES  # "mmol2 and"
        and text.endswith(word, 0, marker.start)
        and text[marker.end : marker.end + 1] == " "
        and text[marker.end + 1 : marker.end + 2].islower()
        and _next_word(text, marker.end + 1) not in _MEASURES
    )


def _standing_alone(candidates: set[str], texts: list[str]) -> set[str]:
    """The words of ``candidates`` that some text holds as a word of its own, in lower case,
    with no number or letter glued to it: "risk" in "the risk of death"."""
    found: set[str] = set()
    for text in texts:
        for word in candidates - found:
            start = text.find(word)
            while start != -1:
                end = start + len(word)
                before = text[start - 1 : start] if start else " "
                after = text[end : end + 1] or " "
                if not (before.isalnum() or before in "-_" or after.isalnum() or after in "-_"):
                    found.add(word)
                    break
                start = text.find(word, end)
    return found


def _next_word(text: str, start: int) -> str:
    """The letters from ``start`` on: the word after a number."""
    end = start
    while end < len(text) and end - start < _LONGEST_MEASURE and text[end].isalpha():
        end += 1
    return text[start:end]


# Longer than every word of _MEASURES.
_LONGEST_MEASURE = 8


# The units and times after a number that make it a quantity: a drug's dose
# that lost its space ("dexamethasone6 mg daily"), "for weeks12 days".
_MEASURES = frozenset(
    words(
        "mg g kg mcg ug ng ml l dl mmol umol mol iu u units unit mm cm m h hr hrs hours hour"
        " min mins minutes d days day weeks week wk wks months month mo years year yr yrs"
    )
)
