"""An entry a PDF's page break cuts after its authors, as the page is copied as text.

The copy puts the page's foot, the next page's head and blank lines between the entry's
authors and the rest of it ("2. Nidorf SM, Fiolet ATL, et al." / "" / "Page 7 of 9" /
"Heart 2024;110:e1-e9. doi:..." / "" / "Colchicine in patients with ... 2020;383:1838-47.").
The paragraphs after the blank line read as the page's furniture between entries and were
dropped, the rest of the entry with them: the entry was left with its authors alone and went
unchecked (user30a P2-3). The last of those paragraphs goes on with the entry when the entry
is its authors alone, something was there to cut (a paragraph or a dropped line before it),
and it carries the entry's year.
"""

from __future__ import annotations

from collections.abc import Callable

from citelint.read.author_lists import authors
from citelint.read.lines import Line
from citelint.read.list_entries import YEAR_IN

NumberOf = Callable[[Line], "tuple[int, int] | None"]


def entry_goes_on(lines: list[Line], furniture: set[int], number_of: NumberOf) -> set[int]:
    """The numbers of the lines, among ``furniture`` (numbers of ``lines`` taken for the
    page's furniture between entries), that go on with the entry above them (see the module)."""
    going_on: set[int] = set()
    index = 0
    while index < len(lines):
        if lines[index].number not in furniture:
            index += 1
            continue
        begin = index
        while index < len(lines) and (lines[index].blank or lines[index].number in furniture):
            index += 1
        end = index
        while end > begin and lines[end - 1].blank:
            end -= 1
        if index < len(lines) and number_of(lines[index]) is not None:
            going_on |= _rest_of_entry(lines, begin, end, number_of)
    return going_on


def _rest_of_entry(lines: list[Line], begin: int, end: int, number_of: NumberOf) -> set[int]:
    """The numbers of the last paragraph of ``lines[begin:end]`` (paragraphs taken for
    furniture, an entry's line above, the next entry after) when it goes on with the entry."""
    last = end - 1
    while last > begin and not lines[last - 1].blank:
        last -= 1
    paragraph = lines[last:end]
    if not paragraph[0].text[:1].isupper() or not any(
        YEAR_IN.search(line.text) for line in paragraph
    ):
        return set()
    above = _entry_above(lines, begin, number_of)
    if above is None or not _authors_alone(above[1]):
        return set()
    cut = last > begin or paragraph[0].number - lines[above[0]].number > last - above[0]
    return {line.number for line in paragraph} if cut else set()


def _entry_above(lines: list[Line], begin: int, number_of: NumberOf) -> tuple[int, str] | None:
    """The index of the last line of the entry above ``lines[begin]`` and the entry's text
    less its number; None when no numbered line opens it."""
    index = begin - 1
    while index >= 0 and lines[index].blank:
        index -= 1
    last = index
    texts: list[str] = []
    while index >= 0 and not lines[index].blank:
        number = number_of(lines[index])
        if number is not None:
            texts.insert(0, lines[index].text[number[1] :])
            return last, " ".join(text.strip() for text in texts)
        texts.insert(0, lines[index].text)
        index -= 1
    return None


def _authors_alone(text: str) -> bool:
    """Whether an entry's text is its author list and nothing else ("Nidorf SM, Fiolet ATL,
    Mosterd A, et al.")."""
    names = text.rstrip(" .").removesuffix(", et al").removesuffix(" et al")
    return bool(names) and bool(authors(names))
