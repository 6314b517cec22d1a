"""Text made safe for a terminal or a log: one line, read in the order it is written.

A file name or an article's text may hold a newline (which forges an extra output line), an
escape sequence (which moves the cursor or recolours the terminal) or a bidi control such as
U+202E (which shows the rest of the line backwards). Each is written as a visible escape
instead, the way Python writes it in a string literal.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

# C0 and C1 controls, DEL, the bidi embedding, override, isolate and mark characters, and the
# line and paragraph separators that some terminals and editors break lines at.
_UNSAFE = LazyPattern(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """``text`` with every control and bidi character escaped (a newline reads ``\\n``)."""
    return _UNSAFE.sub(_escape, text)
