"""The HTML flattener's quick scans answer as the plain versions they replaced."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read.html import _Flattener
from citelint.read.html_markup import defuse_unclosed_tags

_TAG_OPENING = re.compile(r"<(?=[A-Za-z!?/])[^<>]*(>)?")


def _defused_one_tag_at_a_time(text: str) -> str:
    """The plain version: every tag opening found in turn, the unclosed ones blanked."""
    pieces: list[str] = []
    cursor = 0
    for match in _TAG_OPENING.finditer(text):
        if match[1] is None:
            pieces += [text[cursor : match.start()], " "]
            cursor = match.start() + 1
    pieces.append(text[cursor:])
    return "".join(pieces)


@given(st.lists(st.sampled_from(["<", ">", "a", "<a", "</", "<!", "<?", "<1", "\n", " ", "é"])))
@example(["<a", "<", "a", ">"])
def test_unclosed_tags_are_defused_as_the_plain_loop_defuses_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert defuse_unclosed_tags(text) == _defused_one_tag_at_a_time(text)


def _anchors_line_by_line(text: str) -> list[tuple[int, int, int, int]]:
    """The plain version: each text piece split at its newlines, one anchor a line."""
    flattener = _Flattener()
    rows: list[tuple[int, int, int, int]] = []
    length = 0

    def handle_data(data: str) -> None:
        nonlocal length
        line, column = flattener.getpos()
        for index, piece in enumerate(data.split("\n")):
            if index:
                line, column = line + 1, 0
            rows.append((length, line, column, len(piece)))
            length += len(piece) + 1
        length -= 1

    flattener.handle_data = handle_data  # type: ignore[method-assign]
    flattener.emit = lambda flat: None  # type: ignore[method-assign]
    # The standard tokenizer's loop: it hands every text piece to handle_data (the quick
    # loop writes the commonest ones itself).
    flattener.feed(text)
    flattener.close()
    return rows


@given(st.lists(st.sampled_from(["x", "\n", "\t", " ", "\r", "<i>", "</i>", "é", "\n\n"])))
def test_text_is_anchored_line_by_line_as_the_plain_split_anchors_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    flattener = _Flattener()
    flattener.read(text)
    rows = list(zip(*flattener.anchors.split(), strict=True))
    assert rows == _anchors_line_by_line(text)
    assert "".join(flattener.pieces) == text.replace("<i>", "").replace("</i>", "").translate(
        str.maketrans("\t\n", "  ")
    )
    for start, line, column, length in rows:  # each anchored piece is its source line's own
        source = text.split("\n")[line - 1][column : column + length]
        assert "".join(flattener.pieces)[start : start + length] == source.replace("\t", " ")


def _flat(page: str) -> str:
    flattener = _Flattener()
    flattener.read(page)
    return "".join(flattener.pieces)


def test_paragraphs_after_a_closed_entry_div_are_paragraphs_again() -> None:
    # Inside a bibliography entry (pandoc's csl-entry) a paragraph is an indented line of the
    # entry; once the entry's div is closed, even inside other divs, paragraphs stand alone.
    entry = '<div class="csl-entry"><p>Smith J. A trial.</p></div>'
    page = f"<div><div>{entry}<p>Claim one [1].</p></div><p>Claim two [2].</p></div>"
    flat = _flat(page)
    assert "\n Smith J. A trial." in flat or flat.lstrip().startswith("Smith J. A trial.")
    assert "\n\nClaim one [1].\n\n" in flat
    assert "\n\nClaim two [2].\n\n" in flat


def test_a_link_written_with_two_addresses_goes_to_the_last() -> None:
    # As the standard library's attribute list gives them to dict(): the later one wins.
    first, last = "https://pubmed.ncbi.nlm.nih.gov/111/", "https://pubmed.ncbi.nlm.nih.gov/222/"
    flat = _flat(f'<p>Aspirin <a href="{first}" href="{last}">x</a>.</p>')
    assert last in flat and first not in flat
