"""A quicker driver for the standard library's HTML tokenizer, with the same results.

``html.parser.HTMLParser`` spends most of its time on plain, well-formed markup: it matches
each start tag twice with long tolerant patterns, splits every attribute, and counts lines
in a method call per piece. ``Tokenizer.read(text)`` walks the text itself and handles at
once only what every version of the standard tokenizer reads the same way: text, start tags
whose names, attributes and spaces are plain ASCII (``<a href="#r1" class=x>``, ``<br/>``),
end tags like ``</p>`` and references like ``&amp;`` or ``&#8211;``. Anything else — a
comment, a declaration, a tag with odd characters, a tag that changes how the standard
tokenizer reads what follows (script, style, title, textarea, svg, math...) — is passed to
the standard tokenizer's own method for that piece, at the same place, with the same line
and column; and where even that method cannot decide (an unclosed tag, a reference at the
very end), the rest of the text is handed to ``feed`` and ``close``. So every callback,
every ``getpos()`` and every place a malformed tag ends are the standard library's.

Two differences: a start tag whose name is not in ``attribute_tags`` is handed an empty
attribute list (its attributes are never read, and splitting them costs more than anything
else here); and a "<![" section with no keyword the standard tokenizer knows, where it raises
AssertionError, is skipped as a bogus comment, as a browser does.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SPACE = "[ \t\n\r\f]"
# An attribute value: quoted, or bare without spaces (Unicode ones included), quotes or the
# characters that make tokenizers disagree ("=", "<", ">", "`").
_VALUE = r"""(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+)"""
_ATTRIBUTE = rf"{_SPACE}+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:{_SPACE}*={_SPACE}*{_VALUE})?"
# One plain piece: text (1), a start tag (name 2, attributes 3, "/" 4), an end tag (5), a
# named reference (6) or a numbered one (7), both closed by ";".
_TOKEN = re.compile(
    r"([^<&]+)"
    rf"|<([a-zA-Z][-a-zA-Z0-9]*)((?:{_ATTRIBUTE})*){_SPACE}*(/?)>"
    rf"|</([a-zA-Z][-.a-zA-Z0-9:_]*){_SPACE}*>"
    r"|&(?:([a-zA-Z][-.a-zA-Z0-9]*);|#([0-9]+|[xX][0-9a-fA-F]+);)"
)
_ATTRIBUTES = re.compile(rf"([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:{_SPACE}*={_SPACE}*({_VALUE}))?")
# Tags after which the standard tokenizer reads differently (raw text, escapable raw text,
# foreign content), in one version or another: such tags go through its own method.
_MODAL = frozenset(
    [
        "script",
        "style",
        "xmp",
        "iframe",
        "noembed",
        "noframes",
        "noscript",
        "plaintext",
        "textarea",
        "title",
        "svg",
        "math",
    ]
)


class Tokenizer(HTMLParser):
    # Start tags whose attributes the handler reads; every other one is handed [].
    attribute_tags: frozenset[str] = frozenset()

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self._tag_text: str | None = None
        modal = set(self.CDATA_CONTENT_ELEMENTS) | set(getattr(self, "RCDATA_CONTENT_ELEMENTS", ()))
        self._modal = _MODAL | modal

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        # The standard tokenizer raises AssertionError on a "<![" section it has no keyword
        # for ("<![end.if]>" in a damaged Word export); a browser reads it as a bogus comment.
        # It moves the position past the name it scanned before raising: put it back.
        position = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position
            return self.parse_bogus_comment(i, report)

    def get_starttag_text(self) -> str | None:
        if self._tag_text is not None:
            return self._tag_text
        return super().get_starttag_text()

    def read(self, text: str) -> None:
        """Tokenize the whole text, as ``feed(text)`` and then ``close()`` would."""
        self.rawdata = text
        end = self._walk(text)
        self.rawdata = ""
        self.feed(text[end:])
        self.close()

    def _walk(self, text: str) -> int:
        """Handle the text from its start; return where the standard tokenizer must go on."""
        size = len(text)
        at = 0
        # Newer standard tokenizers track svg and math content in this list; while it holds
        # anything, every tag goes through them.
        foreign: list[object] = getattr(self, "_open_elements", [])
        while at < size:
            if not self.cdata_elem and not foreign:
                at = self._run(text, at)
                if at == size:
                    break
            after = self._step(text, at)
            if after < 0:
                return at
            self._move(text, at, after)
            at = after
        return at

    def _run(self, text: str, at: int) -> int:
        """Handle plain pieces from ``at`` on; return where the first other one starts."""
        match = _TOKEN.match
        data, end_tag, start_tag = self.handle_data, self.handle_endtag, self._start_tag
        size = len(text)
        # Lines are tracked per line, not per piece: until a piece starts past the next
        # newline, only the column moves.
        line_start = at - self.offset
        find = text.find
        newline = _next(text, "\n", at)
        # Text runs to the next "<" or "&": found with str.find, many times quicker than the
        # pattern's character class, and each kept until passed, so no text is searched twice.
        # (Found inline, not by _next: a call per piece cost as much as the search.)
        less = ampersand = -1
        while at < size:
            if at > newline:
                self.lineno += text.count("\n", newline, at)
                line_start = text.rindex("\n", newline, at) + 1
                newline = _next(text, "\n", at)
            self.offset = at - line_start
            if at > less:
                less = find("<", at)
                if less < 0:
                    less = size
            if at > ampersand:
                ampersand = find("&", at)
                if ampersand < 0:
                    ampersand = size
            if at < less and at < ampersand:
                after = less if less < ampersand else ampersand
                data(text[at:after])
                at = after
                continue
            # Each piece is matched where it must start: a search (finditer) would scan past
            # a run of "<" or "&" for the next piece after each of them, quadratic in the run.
            found = match(text, at)
            if found is None:
                break
            kind = found.lastindex
            if kind == 4:
                if not start_tag(found):
                    break
            elif kind == 5:
                end_tag(found[5].lower())
            elif kind == 6:
                self.handle_entityref(found[6])
            else:
                self.handle_charref(found[7])
            at = found.end()
        self._move(text, line_start + self.offset, at)
        return at

    def _move(self, text: str, start: int, end: int) -> None:
        newlines = text.count("\n", start, end)
        if newlines:
            self.lineno += newlines
            self.offset = end - text.rindex("\n", start, end) - 1
        else:
            self.offset += end - start

    def _step(self, text: str, at: int) -> int:
        """Read one piece the plain loop does not, as the standard tokenizer's loop does;
        return its end, or -1 where only the standard tokenizer may go on."""
        self._tag_text = None
        # In plain text the pattern finds "<" and "&"; in raw text, what ends it.
        found = self.interesting.search(text, at)
        mark = len(text) if found is None else found.start()
        if found is None and self.cdata_elem:
            return -1
        if at < mark:
            self.handle_data(text[at:mark])
            return mark
        return self._markup(text, at) if text[at] == "<" else self._reference(text, at)

    def _markup(self, text: str, at: int) -> int:
        following = text[at + 1 : at + 2]
        if following.isascii() and following.isalpha():
            return self.parse_starttag(at)
        if following == "/":
            return self.parse_endtag(at)
        if text.startswith("<!--", at):
            return self.parse_comment(at)
        if following == "?":
            return self.parse_pi(at)
        if following == "!":
            return self.parse_html_declaration(at)
        if at + 1 < len(text):
            self.handle_data("<")
            return at + 1
        return -1

    def _start_tag(self, tag: re.Match[str]) -> bool:
        """Hand a plain start tag over; False, having done nothing, when the standard
        tokenizer must read it."""
        name = tag[2].lower()
        if name in self._modal:
            return False
        attributes: list[tuple[str, str | None]] = []
        if tag[3] and name in self.attribute_tags:
            if "&" in tag[3]:  # references in values are read differently by versions
                return False
            # A value is never empty as written: quoted, it holds its quotes.
            for key, value in _ATTRIBUTES.findall(tag[3]):
                if not value:
                    attributes.append((key.lower(), None))
                elif value[0] in "\"'":
                    attributes.append((key.lower(), value[1:-1]))
                else:
                    attributes.append((key.lower(), value))
        self._tag_text = tag[0]
        if tag[4]:
            self.handle_startendtag(name, attributes)
        else:
            self.handle_starttag(name, attributes)
        return True

    def _reference(self, text: str, at: int) -> int:
        found = _TOKEN.match(text, at)  # at a "&": a reference closed by ";"
        if found is not None:
            if found.lastindex == 6:
                self.handle_entityref(found[6])
            else:
                self.handle_charref(found[7])
            return found.end()
        following = text[at + 1 : at + 2]
        if following and following != "#" and not (following.isascii() and following.isalpha()):
            self.handle_data("&")
            return at + 1
        return -1


def _next(text: str, character: str, at: int) -> int:
    """Where ``character`` first stands from ``at`` on; the text's length if nowhere."""
    found = text.find(character, at)
    return len(text) if found < 0 else found
