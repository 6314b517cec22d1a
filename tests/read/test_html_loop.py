"""The flattener's plain loop writes what the standard tokenizer's callbacks write."""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from citelint.read.html import _Flattener
from citelint.read.html_loop import _plain_attributes
from citelint.read.html_markup import (
    IDENTIFIER_LINK,
    defuse_unclosed_tags,
    defused_and_split,
    is_identifier_link,
)

# Plain pieces the loop reads itself, and awkward ones it hands to the standard tokenizer.
_PIECES = [
    "<p>", "</p>", "<li>", "</li>", '<li id="B3">', '<li value="4">', "<ol>", "</ol>", "<ul>",
    "</ul>", "<i>", "</i>", "<sup>", "</sup>", "<a>", "</a>", '<a href="#ref-3">',
    '<a href="#B3" class="xref">', '<a href="https://pubmed.ncbi.nlm.nih.gov/1/">',
    '<a href="https://doi.org/10.1/x" class="ext">', '<a href="x" href="#r2">', '<a href="">',
    '<a href="a&amp;b">', '<a href="x"class="y">', '<a  href="x">', '<a href="x" >',
    '<div class="csl-entry">', "</div>", '<section id="references">', "</section>", "<table>",
    "<tr>", "<td>", "</tr>", "</table>", "<h2>", "</h2>", "<br>", "<br/>", "<hr>", "<nav>",
    "</nav>", "<script>", "</script>", "<title>", "</title>", "<P>", "</LI>", '<span id="x">',
    "<", ">", "&", "&amp;", "&#8211;", "[", "]", "1", "2, 3", "Text. ", "\n", "\t", " ", "é",
    '<ul class="cit-auth-list">', '<a b="c">', '<li id="a"b>', '<li id=">', "<!-- c -->",
    '<a href=" #B5">', '<a title="a"b">', '<a href="a>b">', '<a href="#B\n5">', '<li id="a\nb">',
    '<a href="x\ty">', "&nbsp;", "&#x2013;", "&x", "\n\n",
]  # fmt: skip


def _flattened(text: str, quick: bool) -> tuple[Any, ...]:
    flattener = _Flattener()
    if quick:
        flattener.read(text)
    else:
        flattener.feed(text)
        flattener.close()
    rows = list(zip(*flattener.anchors.split(), strict=True))
    return "".join(flattener.pieces), rows, flattener.spans


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@example(['<a href="#ref-3">', "1", "</a>", "<ol>", "<li>", "x", "</li>", "</ol>", "<i>"])
@example(["Text. ", "<sup>", '<a href="#B3" class="xref">', "2, 3", "</a>", "</sup>"])
def test_the_plain_loop_flattens_as_the_standard_tokenizer(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _flattened(text, quick=True) == _flattened(text, quick=False)
    defused, parts = defused_and_split(text)
    flattener = _Flattener()
    flattener.read(defused, parts)  # the split handed over, as read_html does
    rows = list(zip(*flattener.anchors.split(), strict=True))
    assert ("".join(flattener.pieces), rows, flattener.spans) == _flattened(defused, False)


@given(st.lists(st.sampled_from(["<", ">", "a", "<a", "</", "<!", "<1", "\n", "é"])))
def test_a_page_is_split_only_when_defusing_changes_nothing(pieces: list[str]) -> None:
    text = "".join(pieces)
    defused, parts = defused_and_split(text)
    assert defused == defuse_unclosed_tags(text)
    assert parts is None or (defused == text and parts == text.split("<"))


@given(
    st.text(
        st.sampled_from(list("pubmedncbi.nlmhgovdoirPUBMEDOIK/:#-1\u0130\u0131\u017f\u212a")),
        max_size=30,
    )
)
@example("https://PubMed.ncbi.nlm.nih.gov/1/")
@example("https://doi.\u212aorg/x")
def test_identifier_links_are_told_as_the_pattern_tells_them(href: str) -> None:
    assert is_identifier_link(href) == bool(IDENTIFIER_LINK.search(href))


def test_plain_attributes_are_only_the_plainly_written() -> None:
    assert _plain_attributes('href="#r1" class="xref"') == [("href", "#r1"), ("class", "xref")]
    assert _plain_attributes('id=""') == [("id", "")]
    for written in ['href="x"class="y"', ' href="x"', 'href="a&amp;b"', "href=x", 'data-x="1"']:
        assert _plain_attributes(written) is None


def test_one_plain_attribute_is_read_as_the_list_of_several_would_read_it() -> None:
    # One '="' and one closing quote: read without splitting, as the split would read it.
    assert _plain_attributes('href="#B5"') == [("href", "#B5")]
    assert _plain_attributes('href="x y"') == [("href", "x y")]
    # A space after '="' or a second quote would split the value: such tags are read the
    # pattern's way, never as a shorter value.
    for written in ['href=" #B5"', 'title="a"b"', 'href="', 'href=""x"', 'href=" "']:
        assert _plain_attributes(written) is None


def test_a_link_with_a_space_first_in_its_address_is_read_as_the_standard_tokenizer_reads_it() -> (
    None
):
    text = '<p>Falls fell <a href=" #B5">[5]</a>, <a href="#B6">[6]</a>.</p>'
    quick = _flattened(text, quick=True)
    assert quick == _flattened(text, quick=False)
    # " #B5" is no in-page address; "#B6" is, and its "[" (a link's words in brackets
    # already) is a space, as long as it, so every place stays right.
    assert quick[0] == "\n\nFalls fell [5],  [6].\n\n"
