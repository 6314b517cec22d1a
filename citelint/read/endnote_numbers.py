"""Reference lists numbered as endnotes: Word's "1 Smith J. Title..." copied as text, and the
Lancet's and the BMJ's PDFs' "1 Horby P, Lim WS, et al." wrapped over lines of their own."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.lines import Line

# An endnote as Word copies it as text: its number, a space or tab, its text ("1 Smith J").
_ENDNOTE = re.compile(r"[ \t]*(\d{1,3})[ \t]+(?=\S)")
# The opening of an author list: "Packer M, Anker SD", "Packer M et al", "Nowak, P.;":
# a wrapped line's "2 Diabetes after hip fracture" opens none.
_OPENING_AUTHORS = LazyPattern(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
    r"(?: [A-Z]{1,3}(?:, [A-Z][\w'’-]+ [A-Z]{1,3}[,.]| et al\b)|, (?:[A-Z]\.[ -]?){1,3}[,;&]?)"
)


def endnote_lines(content: list[Line]) -> bool:
    """Whether every line is an endnote as Word copies it ("1 Smith J. Title..."), numbered
    1, 2, 3...: so numbered, a number and a space are no table row or quantity."""
    numbers = [endnote_number(line.text) for line in content]
    if len(numbers) < 2 or None in numbers:
        return False
    return [number[0] for number in numbers if number] == list(range(1, len(numbers) + 1))


def endnote_number(text: str) -> tuple[int, int] | None:
    match = _ENDNOTE.match(text)
    return (int(match[1]), match.end()) if match else None


def wrapped_endnotes(content: list[Line]) -> dict[str, tuple[int, int]]:
    """The first lines of entries numbered as the Lancet's and the BMJ's PDFs print them, a
    number and a space ("1 Horby P, Lim WS, et al."), each wrapped over lines of its own
    (a PDF's copy), by their text: a line so numbered where the list's next number is due,
    going on with a capital, after a line that ends as an entry does ("... 693–704.",
    "[Epub ahead of print]", an address) or going on with an author list ("Packer M, Anker
    SD, ..."). A wrapped line starting with a number ("... in type" / "2 Diabetes after
    ...") is none. Empty unless the list starts so, and two entries at least run 1, 2, 3 ..."""
    heads: dict[str, tuple[int, int]] = {}
    due = 1
    for index, line in enumerate(content):
        number = endnote_number(line.text)
        if number is None or number[0] != due or not line.text[number[1] :][:1].isupper():
            continue
        if (
            index
            and not _ends_an_entry(content[index - 1].text)
            and not _OPENING_AUTHORS.match(line.text, number[1])
        ):
            continue
        heads[line.text] = number
        due += 1
    if due < 3 or content[0].text not in heads or len(heads) == len(content):
        return {}
    return heads


def lone_endnote(content: list[Line]) -> dict[str, tuple[int, int]]:
    """A list of one entry labelled as the BMJ's and the Lancet's PDFs print it, "1" and a
    space before its author list ("1 Horby P, Lim WS, et al. ..."), or glued to it as a
    superscript copies ("1Horby P, ..."), as ``wrapped_endnotes`` gives it: that needs two
    entries, and read unnumbered, the "1" began the title."""
    if len(content) != 1:
        return {}
    text = content[0].text
    number = endnote_number(text) or ((1, 1) if text[:1] == "1" else None)
    if number is None or number[0] != 1 or not _OPENING_AUTHORS.match(text, number[1]):
        return {}
    return {text: number}


def _ends_an_entry(text: str) -> bool:
    """Whether a line ends as an entry may: with a stop, a bracket ("[Epub ahead of print]"),
    a digit, or an address ("https://www.nice.org.uk/guidance/ng106/chapter/Recommendations")."""
    text = text.rstrip()
    if text[-1:] in ".)]" + "0123456789":
        return True
    last = text.rpartition(" ")[2]
    return last.startswith(("http://", "https://", "www.")) and len(last) > 12
