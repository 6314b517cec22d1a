"""Prove that the quick HTML tokenizer reads every page as the standard one, malformed or not.

    python benchmarks/html_equivalence.py [--old CHECKOUT] [--cases 100000] PATH...

Inputs: every HTML file under the PATHs as it is, then ``--cases`` pages made from them: a
window of a real page (or a short page of loose pieces) with one to eight mutations — awkward
markup inserted (unclosed tags, unquoted or glued attributes, "<" in text, comments, CDATA,
references with and without ";", uppercase tags, ``<br/>``, stray end tags, script, title,
svg, non-ASCII spaces, a tag cut at the very end...), spans deleted, doubled or uppercased.
For each input:

1. tokens: ``citelint.read.html_tokens.Tokenizer.read`` against the standard
   ``HTMLParser.feed`` and ``close``: every callback with its arguments, ``getpos()`` and
   ``get_starttag_text()`` (a tag's attributes are compared where the tokenizer is asked for
   them), and any exception;
2. flattening (with ``--old``): the old checkout's ``citelint/read/html.py`` against the new
   one: flat text, every anchor (flat offset, line, column, length) and identifier link, on
   the page as ``read_html`` prepares it and on the raw page.

It prints the number of inputs and differences, and the first differing input; exits 1 on
any difference. ``--parser FILE`` puts another version of ``html/parser.py`` (a newer
CPython's, say) in place of the standard one for the whole run, so the tokenizer can be
checked against versions other than the running Python's.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

# Awkward pieces of markup, inserted at random places.
PIECES = [
    "<p", "<a href=\"x", "<a href='x'", "<div class=references", "<", "a < b", "a<b", "<3",
    "<!-- note -->", "<!-->", "<!--", "-->", "<!---->", "<![CDATA[ x < y ]]>", "<!DOCTYPE html>",
    "<!doctype", "<!x>", "<?php echo 1 ?>", "<?", "</>", "</", "</ p>", "</p foo=\">\">", "</p>",
    "</P >", "</li>", "</a>", "</div>", "</ol>", "</sup>", "</script>", "</SCRIPT >", "</style>",
    "&amp;", "&amp", "&amp ", "&", "& ", "&#", "&#123;", "&#123", "&#x1F;", "&#X1f;", "&#12a;",
    "&#x;", "&nbsp;", "&nbsp", "&a.b-c;", "&T ", "&;", "&&", "AT&T", "<P>", "<DIV CLASS=\"x\">",
    "<A HREF=\"https://doi.org/10.1/X\">", "<br/>", "<br />", "<br/ >", "<BR>", "<img src=x/>",
    "<a href=x/>", "<a b='c'd>", "<a b=\"c\"d=\"e\">", "<a b=\"c\"/>", "<a b = \"c\" >", "<a b==c>",
    "<a b=>", "<a b= >", "<a =b>", "<a b/c>", "<a\u00a0b>", "<a b=\"\u00a0\">", "<a b=c\u00a0d>",
    "<a\nhref=\"https://pubmed.ncbi.nlm.nih.gov/1/\"\n>", "<a\thref=x\f>", "<a href=\"a&amp;b\">",
    "<a href=\"?a=1&b=2\">", "<a href='&#x41;'>", "<li value=\"3\">", "<li value=4>",
    "<ol start=\"2\">", "<ol start=x>", "<ul>", "<ol>", "<li>", "<div class=\"csl-entry\">",
    "<section id=\"bibliography\">", "<aside role=doc-endnotes>", "<sup>", "<sup>1</sup>", "<i>",
    "<table>", "<tr>", "<td>", "<th>", "</tr>", "</table>", "<script>", "<script type=x>",
    "<style>", "<title>", "</title>", "<textarea>", "<svg>", "</svg>", "<math>", "<xmp>",
    "<iframe>", "<noscript>", "<plaintext>", "<head>", "<nav>", "<code>", "<pre>", "</pre>",
    "<footer>", "<h2>", "</h2>", "<a>", "<x-y z>", "<o:p>", "<a:b c=d>", "<a b\x00c>", "\x00",
    "\n", "\r\n", "\t", "  ", "\u00a0", "\u2003", "\x0b", "\x0c", "é", "[1]", "1,2", "<a/b>",
    "<a b c d>", "<a b='>'>", "<a b=\">\" c>", "<a b=`c`>", "<a\"b>", "<a'b>", "<a b=c\"d>",
]  # fmt: skip


def load_parser(path: Path) -> None:
    """Put another html/parser.py in place of the standard one, before citelint imports it."""
    spec = importlib.util.spec_from_file_location("html.parser", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["html.parser"] = module
    spec.loader.exec_module(module)


def load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_old_html(checkout: Path) -> ModuleType:
    """The old checkout's html.py, with the old versions of the HTML modules it imports (the
    new ones may hold their data differently), the rest of the package shared."""
    helpers = ["html_anchors", "html_tokens", "html_loop"]
    saved = {name: sys.modules.get(f"citelint.read.{name}") for name in helpers}
    try:
        for name in helpers:
            path = checkout / f"citelint/read/{name}.py"
            if path.exists():
                sys.modules[f"citelint.read.{name}"] = load_module(f"old_{name}", path)
        return load_module("old_html", checkout / "citelint/read/html.py")
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(f"citelint.read.{name}", None)
            else:
                sys.modules[f"citelint.read.{name}"] = module


def recorders(asked: frozenset[str]) -> tuple[type, type]:
    from html.parser import HTMLParser

    from citelint.read.html_tokens import Tokenizer

    class Recording:
        events: list[tuple[Any, ...]]

        def note(self, *event: Any) -> None:
            self.events.append((*event, self.getpos()))  # type: ignore[attr-defined]

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.note("start", tag, attrs if tag in asked else [], self.get_starttag_text())  # type: ignore[attr-defined]

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.note("startend", tag, attrs if tag in asked else [], self.get_starttag_text())  # type: ignore[attr-defined]

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

        def handle_pi(self, data: str) -> None:
            self.note("pi", data)

        def unknown_decl(self, data: str) -> None:
            self.note("unknown", data)

    class Standard(Recording, HTMLParser):
        def __init__(self) -> None:
            self.events = []
            HTMLParser.__init__(self, convert_charrefs=False)

    class Quick(Recording, Tokenizer):
        attribute_tags = asked

        def __init__(self) -> None:
            self.events = []
            Tokenizer.__init__(self)

    return Standard, Quick


def tokens(parser: Any, text: str, quick: bool) -> list[tuple[Any, ...]]:
    try:
        if quick:
            parser.read(text)
        else:
            parser.feed(text)
            parser.close()
    except Exception as error:  # both versions must fail alike, if at all
        parser.events.append(("error", type(error).__name__, str(error)))
    return parser.events


def flat(module: ModuleType, text: str, quick: bool) -> tuple[Any, ...]:
    flattener = module._Flattener()
    try:
        if quick:
            flattener.read(text)
        else:
            flattener.feed(text)
            flattener.close()
    except Exception as error:
        return ("error", type(error).__name__, str(error))
    anchors = flattener.anchors
    if hasattr(anchors, "split"):  # one array of rows, since html4
        columns = anchors.split()
    else:
        columns = (anchors.starts, anchors.lines, anchors.columns, anchors.lengths)
    rows = list(zip(*columns, strict=True))
    # Each link's fields, whatever kind of record holds them (a dataclass, a named tuple).
    links = [
        (s.href, s.text_start, s.text_end, s.end, s.tag_line, s.tag_column, s.tag)
        for s in flattener.spans
    ]
    return "".join(flattener.pieces), rows, links


def mutate(rng: random.Random, pages: list[str]) -> str:
    if rng.random() < 0.2:
        pieces = PIECES + ["word ", "Text. ", "<hr>", "\n"]
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
    else:
        page = rng.choice(pages)
        start = rng.randrange(len(page))
        text = page[start : start + rng.choice([50, 200, 800, 3000])]
    for _ in range(rng.randint(1, 8)):
        at = rng.randint(0, len(text))
        roll = rng.random()
        if roll < 0.6:
            text = text[:at] + rng.choice(PIECES) + text[at:]
        elif roll < 0.75:
            text = text[:at] + text[at + rng.randint(1, 20) :]
        elif roll < 0.85:
            end = at + rng.randint(1, 40)
            text = text[:at] + text[at:end].upper() + text[at:]
        elif roll < 0.95:
            end = at + rng.randint(1, 40)
            text = text[:end] + text[at:end] + text[end:]
        else:
            text = text[:at]  # cut anywhere: inside a tag, a reference, a comment
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--old", type=Path, help="a checkout whose html.py flattens as before")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--parser", type=Path, help="another html/parser.py to check against")
    args = parser.parse_args()
    if args.parser:
        load_parser(args.parser)
    from citelint.read import html as new_html
    from citelint.read.html_markup import defuse_unclosed_tags

    old_html = load_old_html(args.old) if args.old else None
    standard, quick = recorders(new_html._Flattener.attribute_tags)
    files = [p for path in args.paths for p in ([path] if path.is_file() else path.rglob("*.htm*"))]
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(files)]
    rng = random.Random(args.seed)
    began = time.process_time()
    inputs = differing = 0
    first: str | None = None
    for number in range(len(pages) + args.cases):
        text = pages[number] if number < len(pages) else mutate(rng, pages)
        prepared = defuse_unclosed_tags(new_html.hide_comments(text))
        for version in (text, prepared):
            same = tokens(standard(), version, False) == tokens(quick(), version, True)
            if same and old_html is not None:
                same = flat(old_html, version, False) == flat(new_html, version, True)
            if not same:
                break
        inputs += 1
        if not same:
            differing += 1
            first = first or text
    compared = "tokens and old flattening" if old_html else "tokens"
    print(
        f"{inputs} inputs ({len(pages)} files, {args.cases} mutated), {differing} differing"
        f" [{compared}; {time.process_time() - began:.0f} s CPU]"
    )
    if first is not None:
        print("first differing input:", repr(first[:2000]))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
