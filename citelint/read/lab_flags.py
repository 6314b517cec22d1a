"""The flags and labels a laboratory print-out sets between a value and its reference range:
"Sodium 131 mmol/L [L] [133-146]", "Chloride 110 H mmol/L [95-108]", "Potassium 5.9 mmol/L
Ref: [3.5-5.3]", "Sodium<TAB>131<TAB>Low<TAB>mmol/L<TAB>[133-146]". Left out, the value, its
unit and the test's name before them read as they do without (see lab_tests), so the range
is not taken for citations of entries 133 to 146 (user19 P1 12).

The one vocabulary of flags: lab_tests reads tokens with it, lab_ranges' pattern of a
value is built from it (``VALUE_FLAG``).

Told from a handful of tokens with no pattern: a short window, linear.
"""

from __future__ import annotations

import re

from citelint.read.found import words

# Flags an EHR prints after a value, bare or in brackets or parentheses: low, high, their
# panic values, abnormal, critical; an asterisk, an exclamation mark or an arrow. "A" and
# "C" only in brackets: bare, they are words or names too.
_BARE_FLAGS = frozenset(words("L H LL HH * ** ! !! ↑ ↓ ↑↑ ↓↓"))
_ENCLOSED_FLAGS = frozenset(words("L H LL HH A C"))
# Flags in words, in any case: "Low", "HIGH", "Abnormal", "Crit".
_FLAG_WORDS = frozenset(words("low high abnormal abn critical crit"))
# Labels before the range, in any case: "Ref:", "Ref range:", "Ref. range", "Reference
# range:", "Normal:", "Normal range", "Range:".
_LABEL_WORDS = frozenset(words("ref ref. ref: reference reference: range range: normal normal:"))
# Flags a print-out glues to a value or sets a space after it: "131*", "5.9H", "9.1L",
# "128 (L)", "6.1 ↑"; the longest first, as a pattern tries them.
_VALUE_FLAGS = ("(HH)", "(LL)", "(H)", "(L)", "HH", "LL", "H", "L", "**", "*", "↑", "↓")
# The same as a pattern's optional part after a value (an alternation: a class of arrows
# would build a table of every character).
VALUE_FLAG = r"(?:\s?(?:" + "|".join(map(re.escape, _VALUE_FLAGS)) + "))?"
# How many tokens after the value a print-out sets at most: "mmol/L [L] Ref range:".
_MOST_AFTER_VALUE = 5


def is_flag_or_label(token: str) -> bool:
    """Whether a token is a print-out's flag ("[L]", "(HH)", "H", "*", "Low") or a word of
    the label before a range ("Ref:", "range:", "Normal:")."""
    if token in _BARE_FLAGS:
        return True
    if len(token) >= 3 and token[0] + token[-1] in ("[]", "()"):
        return token[1:-1] in _ENCLOSED_FLAGS or token[1:-1].lower() in _FLAG_WORDS
    lower = token.lower()
    return lower in _FLAG_WORDS or lower in _LABEL_WORDS


def without_flags(tokens: list[str]) -> list[str]:
    """The tokens before a range with the flags and labels after the value left out: from
    the end back to the value (the first token opening with a digit), at most a few tokens;
    ``tokens`` itself when none is."""
    kept: list[str] = []
    end = len(tokens)
    while end > 0 and len(tokens) - end < _MOST_AFTER_VALUE:
        token = tokens[end - 1]
        if token[:1].isdigit():
            break
        if not is_flag_or_label(token):
            kept.append(token)
        end -= 1
    else:
        return tokens  # no value within reach: nothing to leave out
    if len(kept) == len(tokens) - end:
        return tokens
    return tokens[:end] + kept[::-1]


def without_glued_flag(token: str) -> str:
    """A value with the flag a print-out glues to it left out: "131*" -> "131", "5.9H" ->
    "5.9", "9.1L" -> "9.1", "128(L)" -> "128"; any other token as it is ("mmol/L", "<5")."""
    for flag in _VALUE_FLAGS:
        if token.endswith(flag) and len(token) > len(flag) and token[-len(flag) - 1].isdigit():
            return token[: -len(flag)]
    return token
