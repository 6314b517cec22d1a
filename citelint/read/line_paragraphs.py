"""Paragraphs a block of text holds with no blank line between them, as EHR exports and text
pasted from some editors set them: each paragraph one line, ending a sentence, the next
opening as one does. The page reads the block as one paragraph; a gate that asks what "this
paragraph" prints (a laboratory's ranges: see citelint.read.printed_ranges) asks it of the
line's own paragraph, so the labs of a case report license nothing in its Discussion.

Every pattern here is anchored on a literal, so a long line costs linear time.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern

# A line that ends a sentence: a stop, perhaps a closing quote or bracket after it, or a
# citation after it, glued ("... shock.4,5") or in brackets ("... shock [4]." / "shock. [4]").
_ENDS_A_SENTENCE = LazyPattern(
    r"(?:[.!?][\"”’)\]]?|[^\W\d_][.!?]\d{1,3}(?:[,–-]\d{1,3}){0,8}"
    r"|[.!?]? ?\[\d{1,3}(?:[,–-] ?\d{1,3}){0,8}\]\.?)[ \t]*\Z"
)


def own_paragraph(text: str, at: int) -> tuple[int, int]:
    """The span of the paragraph holding ``at`` in a block ``text``: the lines from after the
    last line before it that ends a sentence, a line opening in a capital after it, to the
    end of the first such line from ``at`` on. A block with no such line is one paragraph."""
    start = 0
    cursor = text.rfind("\n", 0, at)
    while cursor > 0:
        if _breaks_after(text, cursor):
            start = cursor + 1
            break
        cursor = text.rfind("\n", 0, cursor)
    end = text.find("\n", at)
    while end != -1 and not _breaks_after(text, end):
        end = text.find("\n", end + 1)
    return start, len(text) if end == -1 else end


def _breaks_after(text: str, newline: int) -> bool:
    """Whether the line ending at ``newline`` ends a paragraph: it ends a sentence and the
    next line opens in a capital."""
    following = text[newline + 1 : newline + 2]
    if not following.isupper():
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    return _ENDS_A_SENTENCE.search(text, max(line_start, newline - 40), newline) is not None
