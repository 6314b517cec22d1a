"""Blocks told first (html_tags.PLAIN_STARTS, PLAIN_ENDS, the flattener's _start_item) are
flattened exactly as _start_block and _end_block flatten them."""

from __future__ import annotations

from typing import Any
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from citelint.read import html
from citelint.read.html import _Flattener

_PIECES = [
    "<p>", "</p>", '<p class="lead">', "<li>", "</li>", '<li value="7">', '<li class="x">',
    '<li class="mixed-citation">', '<li value=" 3 " class="a">', "<ol>", '<ol start="4">',
    "</ol>", "<ul>", "</ul>", "<blockquote>", "</blockquote>", "<h3>", "</h3>", "<dd>",
    "</dd>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", '<div class="csl-entry">',
    "</div>", '<div class="cit">', '<section class="references">', "</section>", "<footer>",
    "</footer>", "<hr>", "<br>", "<figure>", "</figure>", '<a href="#ref-2">', "</a>",
    "Smith J. A trial. ", "2", "\n",
]  # fmt: skip


class _Asking(_Flattener):
    """The flattener with no block told first: every one asked all of _start_block's and
    _end_block's questions, as before they were."""

    def _start_item(self, attrs: list[tuple[str, str | None]]) -> None:
        self._start_block("li", attrs)


def _flattened(flattener: _Flattener, text: str) -> tuple[Any, ...]:
    flattener.read(text)
    rows = list(zip(*flattener.anchors.split(), strict=True))
    return "".join(flattener.pieces), rows, flattener.spans


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@example(["<ol>", '<li value="7">', "Smith J. A trial. ", "<p>", "2", "</p>", "</li>", "</ol>"])
@example(["<table>", "<tr>", "<td>", "<li>", "2", "</li>", "<p>", "</td>", "</table>"])
def test_blocks_told_first_flatten_as_asked_ones(pieces: list[str]) -> None:
    text = "".join(pieces)
    told_first = _flattened(_Flattener(), text)
    with mock.patch.multiple(html, PLAIN_STARTS=frozenset(), PLAIN_ENDS=frozenset()):
        asked = _flattened(_Asking(), text)
    assert told_first == asked


def test_an_item_numbers_and_a_paragraph_breaks() -> None:
    flat, _, _ = _flattened(_Flattener(), '<ol start="4"><li>A.</li><li value="9">B.</li></ol>')
    assert flat.split() == ["4.", "A.", "9.", "B."]
    flat, _, _ = _flattened(_Flattener(), "<p>One.</p><p>Two.</p>")
    assert flat == "\n\nOne.\n\n\n\nTwo.\n\n"
