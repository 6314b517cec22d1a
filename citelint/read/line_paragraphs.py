"""Paragraphs a block of text holds with no blank line between them, as EHR exports and text
pasted from some editors set them: each paragraph one line, ending a sentence, the next
opening as one does. The page reads the block as one paragraph; a gate that asks what "this
paragraph" prints (a laboratory's ranges: see citelint.read.printed_ranges) asks it of the
line's own paragraph, so the labs of a case report license nothing in its Discussion.

Each line is looked at once, in a window of its last characters: linear.
"""

from __future__ import annotations

# What may close a sentence after its stop: a quote or a bracket.
_CLOSERS = "\"')]”’"
# What a list of citation numbers is made of: "4,5", "8-10", "3–5".
_LIST_CHARACTERS = frozenset("0123456789,-– ")


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
    if not text[newline + 1 : newline + 2].isupper():
        return False
    line_start = text.rfind("\n", 0, newline) + 1
    return _ends_a_sentence(text[max(line_start, newline - 40) : newline].rstrip(" \t"))


def _ends_a_sentence(tail: str) -> bool:
    """Whether the end of a line ends a sentence: a stop, perhaps a quote or a bracket after
    it ("... shock.", "... (n = 12)."), a citation glued after it ("... shock.4,5") or a
    citation in brackets ("... shock [4].", "... shock. [4]"); not a decimal ("was 2.1")."""
    if tail.rstrip(_CLOSERS)[-1:] in (".", "!", "?"):
        return True
    if tail.endswith("]"):
        opening = tail.rfind("[")
        inside = tail[opening + 1 : -1]
        return opening != -1 and inside[:1].isdigit() and set(inside) <= _LIST_CHARACTERS
    numbers = tail.rstrip("0123456789,-–")
    return numbers != tail and numbers[-1:] in (".", "!", "?") and numbers[-2:-1].isalpha()


def line_sentence_ends(text: str) -> list[int]:
    """The line ends of a block that end a sentence though no stop does, as notes exported
    without blank lines set them: before a line opening with a section's label ("Plan:",
    "Assessment and plan: ..."), after a line that is a label alone ("Assessment:"), and
    after a line ending in a citation in brackets when the next opens in a capital ("... with
    RVR [1]" then "Heart failure ..."). Stops are the sentence finder's business."""
    ends: list[int] = []
    line_start = 0
    newline = text.find("\n")
    while newline != -1:
        line = text[line_start:newline].strip()
        if (line and _label_length(line) == len(line)) or _label_length(
            text[newline + 1 : newline + 1 + _LONGEST_LABEL].lstrip(" \t")
        ) > 0:
            ends.append(newline)
        elif text[newline + 1 : newline + 2].isupper():
            if _ends_in_citation(line):
                ends.append(newline)
            elif (
                0 < len(line) <= _LONGEST_HEADING  # most lines are longer: asked no more
                and line_start > 0
                and _heading_alone(text, line_start, line)
            ):
                # "Assessment and plan" alone on its line: it ends the line above and its own.
                ends += [line_start - 1, newline]
        line_start = newline + 1
        newline = text.find("\n", line_start)
    return ends


# The longest label looked at: "Past medical history:", "Assessment and plan:".
_LONGEST_LABEL = 40
_MOST_LABEL_WORDS = 4


def _label_length(line: str) -> int:
    """The length of the section label a line opens with, colon included ("Plan:",
    "Assessment and plan:"), when a space or the line's end follows it; 0 for none. A label
    opens in a capital and holds words only: "Note 2:", "10:30", "https://" are none."""
    colon = line.find(":", 0, _LONGEST_LABEL)
    if colon < 1 or not line[0].isupper() or line[colon + 1 : colon + 2] not in ("", " ", "\t"):
        return 0
    words = line[:colon].split()
    if len(words) > _MOST_LABEL_WORDS:
        return 0
    if not all(word.replace("/", "").replace("-", "").replace("&", "").isalpha() for word in words):
        return 0
    return colon + 1


# A heading alone on its line is short: a line wrapped mid-sentence fills its column.
_LONGEST_HEADING = 32
# Words a heading never ends in and a line broken mid-sentence may.
_GOES_ON = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)


def _heading_alone(text: str, line_start: int, line: str) -> bool:
    """Whether a line is a section's heading with no colon ("Assessment and plan", "Hospital
    course", "MEDICATIONS") between two lines of a note: a few words of letters, the first a
    capital and the rest in lower case, or all in capitals; no stop; neither it nor the line
    above ending in a word that goes on (notes18: the heading joined the next claim's text).
    A line in title case ("Treated In Hospital") may be a wrapped title's: none."""
    words = line.split()
    if len(words) > _MOST_LABEL_WORDS:
        return False
    if not line.isupper() and (
        not line[0].isupper() or any(not word.islower() for word in words[1:])
    ):
        return False
    if not all(word.replace("/", "").replace("-", "").isalpha() for word in words):
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    last_above = above.rsplit(None, 1)[-1].lower() if above else ""
    return (
        words[-1].lower() not in _GOES_ON
        and last_above not in _GOES_ON
        and not above.endswith((",", ";", "-", "–"))
    )


def _ends_in_citation(line: str) -> bool:
    """Whether a line ends in a citation in brackets with no stop before it ("... RVR [1]",
    "... today [2, 3]"); one after a stop ends its sentence already."""
    if not line.endswith("]"):
        return False
    opening = line.rfind("[")
    inside = line[opening + 1 : -1]
    return (
        opening > 0
        and inside[:1].isdigit()
        and set(inside) <= _LIST_CHARACTERS
        and line[:opening].rstrip()[-1:] not in (".", "!", "?")
    )
