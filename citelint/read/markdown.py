"""Markdown: the plain-text reading, after hiding what cannot hold citations.

Code (fenced, indented, inline), HTML comments and front matter are blanked out with spaces
rather than removed, so every offset, line and column stays the file's own.
"""

from __future__ import annotations

import re
from functools import partial

from citelint.models import Document
from citelint.read.layout import read_layout

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_INDENTED_CODE = re.compile(r"(?: {4}|\t)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")
# A container of MkDocs Material (PyMdown Extensions): a content tab with its quoted title,
# '=== "Dosing"', or an admonition, "!!! tip", "??? note" (collapsible). Its body is indented
# four spaces, after a blank line or not: text, as an item's is, not code (user29a P1-11).
_CONTAINER = re.compile(r' {0,3}(?:===[!+]?[ \t]+"|[!?]{3}\+?[ \t]+[\w"])')
_BACKTICKS = re.compile(r"`+")
# A fenced div's fence, as pandoc, Quarto and R Markdown write them: "::: {#refs}", ":::
# callout-note", ":::". It holds no words of the page (pandoc's "{#refs}" is where the
# generated list goes: taken for an entry, it made a page citing by key read as numbered).
_DIV_FENCE = re.compile(r" {0,3}:{3,}[ \t]*(?:\{[^{}\n]*\}|[\w-]+)?[ \t]*:*[ \t]*")
# What a line that opens or is a code block opens with (see hide_code).
_BLOCK_OPENINGS = (" ", "\t", "`", "~")


def read_markdown(text: str, path: str, *, claim_text: bool = True) -> Document:
    visible = hide_code(text)
    # Claims keep the words of inline code, which are part of the sentence a reader sees.
    # Without a backtick both readings are the same text: one copy less of a long article.
    wording = partial(hide_code, text, keep_inline_code=True) if "`" in text else None
    # Blanking keeps every line and column: the layout tells them from ``visible``'s lines.
    layout = read_layout(visible, True, wording=wording, claim_text=claim_text)
    return Document(
        path,
        "md",
        text,
        layout.claims,
        layout.references,
        layout.references_line,
        inline=layout.inline,
        claim_words=layout.claim_words,
        chapters=layout.chapter_documents(path, "md", text),
    )


def hide_code(text: str, keep_inline_code: bool = False) -> str:
    """``text`` with code, comments and front matter replaced by spaces, newlines kept.

    With ``keep_inline_code`` only the backticks of inline code are blanked, not its words.
    """
    lines = text.split("\n")
    # A fence opens with up to three spaces, then backticks or tildes; an indented block with
    # four spaces or a tab: most pages have no line opening with any of them, and their lines
    # are spared the two patterns each. Asked before front matter is blanked: its lines, then
    # all spaces, open no block.
    blocks = any(line.startswith(_BLOCK_OPENINGS) for line in lines)
    _hide_front_matter(lines)
    if blocks:
        _hide_code_blocks(lines)
    if ":::" in text:
        lines = [_blank(line) if _DIV_FENCE.fullmatch(line) else line for line in lines]
    if "`" in text:  # a code span's backticks, told line by line without a call for each
        lines = [
            _hide_code_spans(line, keep_inline_code) if "`" in line else line for line in lines
        ]
    return hide_scripts(hide_comments("\n".join(lines)))


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _hide_front_matter(lines: list[str]) -> None:
    if not lines or lines[0].strip() != "---":
        return
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            for hidden in range(index + 1):
                lines[hidden] = _blank(lines[hidden])
            return


def _hide_code_blocks(lines: list[str]) -> None:
    fence: str | None = None
    previous_blank = True
    in_list = False  # indented lines in a list or a container continue it rather than start code
    in_code = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if fence is not None:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
            lines[index] = _blank(line)
            continue
        opening = _FENCE.match(line)
        if opening:
            fence = opening[1]
            lines[index] = _blank(line)
            continue
        if not stripped:
            previous_blank = True
            continue
        if _INDENTED_CODE.match(line) and (in_code or (previous_blank and not in_list)):
            lines[index] = _blank(line)
            in_code = True
        else:
            in_code = False
            if _LIST_ITEM.match(line) or _CONTAINER.match(line):
                in_list = True
            elif previous_blank and not line.startswith((" ", "\t")):
                in_list = False
        previous_blank = False


def _hide_code_spans(line: str, keep_words: bool) -> str:
    if "`" not in line:
        return line
    runs = [(match.start(), match.end()) for match in _BACKTICKS.finditer(line)]
    # The next run of the same length closes a code span; found in one pass from the end.
    closing: list[int | None] = [None] * len(runs)
    latest: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        closing[index] = latest.get(length)
        latest[length] = index
    pieces: list[str] = []
    cursor = 0
    index = 0
    while index < len(runs):
        close = closing[index]
        if close is None:
            index += 1
            continue
        start, end = runs[index][0], runs[close][1]
        if keep_words:
            words = line[runs[index][1] : runs[close][0]]
            pieces += [line[cursor:start], " " * (runs[index][1] - start), words]
            pieces.append(" " * (end - runs[close][0]))
        else:
            pieces += [line[cursor:start], " " * (end - start)]
        cursor = end
        index = close + 1
    pieces.append(line[cursor:])
    return "".join(pieces)


# Raw HTML a Markdown page may carry: what a script or a style sheet holds is no prose.
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)


def hide_scripts(text: str) -> str:
    """``text`` with ``<script>`` and ``<style>`` elements blanked, contents and all."""
    if "<" not in text:  # every element opens with one: most Markdown pages hold none
        return text
    return _SCRIPT.sub(lambda match: _blank(match.group()), text)


def hide_comments(text: str) -> str:
    pieces: list[str] = []
    cursor = 0
    while True:
        start = text.find("<!--", cursor)
        if start == -1:
            break
        end = text.find("-->", start + 4)
        end = len(text) if end == -1 else end + 3
        pieces += [text[cursor:start], _blank(text[start:end])]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
