"""The quick HTML tokenizer: the standard tokenizer's callbacks and positions, malformed or not."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citelint.read.html_tokens import Tokenizer

ASKED = frozenset(["a", "li"])


class _Recording:
    events: list[tuple[Any, ...]]

    def note(self, *event: Any) -> None:
        self.events.append((*event, self.getpos()))  # type: ignore[attr-defined]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text()  # type: ignore[attr-defined]
        self.note("start", tag, attrs if tag in ASKED else [], text)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text = self.get_starttag_text()  # type: ignore[attr-defined]
        self.note("startend", tag, attrs if tag in ASKED else [], text)

    def handle_endtag(self, tag: str) -> None:
        self.note("end", tag)

    def handle_data(self, data: str) -> None:
        self.note("data", data)

    def handle_entityref(self, name: str) -> None:
        self.note("entity", name)

    def handle_charref(self, name: str) -> None:
        self.note("char", name)

    def handle_comment(self, data: str) -> None:
        self.note("comment", data)

    def handle_decl(self, decl: str) -> None:
        self.note("decl", decl)


class _Standard(_Recording, HTMLParser):
    def __init__(self) -> None:
        self.events = []
        HTMLParser.__init__(self, convert_charrefs=False)


class _Quick(_Recording, Tokenizer):
    attribute_tags = ASKED

    def __init__(self) -> None:
        self.events = []
        Tokenizer.__init__(self)


def standard(text: str) -> list[tuple[Any, ...]]:
    parser = _Standard()
    parser.feed(text)
    parser.close()
    return parser.events


def quick(text: str) -> list[tuple[Any, ...]]:
    parser = _Quick()
    parser.read(text)
    return parser.events


PAGES = [
    '<p class="lead">Aspirin<sup><a href="#r1" class=xref>1</a></sup>.</p>\n<ol start=3>',
    "<ul>\n  <li value='4'>One &amp; two &#8211; three&#x2014;four</li>\n</ul>",
    "<br/><br /><BR><img src=x/><hr>text</P>",
    "<!DOCTYPE html><html><head><title>T [9]</title><script>if (a < b && c) {}</script>",
    '<style>p>a{x:1}</style><a href="https://doi.org/10.1/x?a=1&amp;b=2">doi</a>',
    "a < b, a<b, AT&T, R & D, &nbsp &nbsp; &#12a; &#x; &; &&",
    "<a b='c'd><a b=\"c\"/><a b==c><a =b><a b/c><a\u00a0b><a b=c\u00a0d>",
    "<svg><title>x</title><p>y</p></svg><math><mi>z</mi></math>after",
    "<![CDATA[ x < y ]]><?php echo 1 ?></ p></p foo='>'></>",
    "<table><tr><td>1<td>2<tr><th>3</table>\r\n<textarea><b>raw</b></textarea>",
    '<A HREF="https://pubmed.ncbi.nlm.nih.gov/1/"\n  CLASS="x"\n>PubMed</A>',
]
# Cut at the very end: the standard tokenizer decides these only when it is closed.
CUT = ["<p", "<a href='x", "text &amp", "text &#12", "</p", "<!-- open", "<!DOCTYPE", "<", "&"]


@pytest.mark.parametrize("text", PAGES + CUT + [page + cut for page in PAGES for cut in CUT])
def test_callbacks_and_positions_are_the_standard_ones(text: str) -> None:
    assert quick(text) == standard(text)


def test_attributes_are_split_only_for_the_tags_asked() -> None:
    class Bare(Tokenizer):
        attribute_tags = frozenset(["a"])
        seen: list[tuple[str, list[tuple[str, str | None]]]] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.seen.append((tag, attrs))

    Bare().read('<p class="x"><a href="#r1" title=\'t\' hidden>1</a>')
    assert Bare.seen == [("p", []), ("a", [("href", "#r1"), ("title", "t"), ("hidden", None)])]


def test_the_opening_tag_text_is_kept_for_links() -> None:
    parser = _Quick()
    parser.read('x <a\n  href="#r1">1</a>')
    assert parser.events[1] == ("start", "a", [("href", "#r1")], '<a\n  href="#r1">', (1, 2))
    assert parser.events[2] == ("data", "1", (2, 13))


@pytest.mark.parametrize("run", ["<", "&", "< ", "&# "])
def test_a_long_run_of_what_starts_no_piece_is_read_as_the_standard_one_reads_it(
    run: str,
) -> None:
    # Matched in place: a search for the next piece after each "<" scanned the whole run.
    text = "<p>" + run * 2_000 + "</p>"
    assert quick(text) == standard(text)


# Pieces whose mixes put newlines inside text, tags, references and raw text, where the
# plain loop tracks its line once per line and the column once per piece.
_PIECES = [
    "\n", "\r\n", "text", " words\nmore ", "<p>", "</p>", "<a\nhref='x'\n>", "<li value=3>",
    "<br/>", "&amp;", "&#12;", "&", "<", "<script>", "a\n</script>", "<title>\n", "</title>",
    "<!-- \n -->", "<x\ny", "</p\n>", "\t", "é\n",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_lines_and_columns_are_the_standard_ones_across_newlines(text: str) -> None:
    assert quick(text) == standard(text)


@given(st.lists(st.sampled_from(["a", "\n", "<", ">", " x=", "'", '"', "=", "y"]), max_size=12))
def test_attributes_split_at_once_are_the_standard_ones(pieces: list[str]) -> None:
    text = "<a" + "".join(pieces) + ">"
    assert quick(text) == standard(text)
