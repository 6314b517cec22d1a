"""Numbers a source writes in words: "three trials", "two years", "half of the patients",
"one in five", "doubled" (for ``citelint.support.sources``)."""

from __future__ import annotations

import re

from citelint.support.numbers import _DAYS

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}
# The lookahead on first letters spares trying every number word at every word start.
_WORD_START = r"\b(?=[otfsenh])"
_WORD_NUMBER = re.compile(_WORD_START + r"(" + "|".join(_WORD_NUMBERS) + r")\b", re.IGNORECASE)
_WORD_DURATION = re.compile(
    _WORD_START + r"(" + "|".join(_WORD_NUMBERS) + r")[\s-]+(years?|months?|weeks?|days?|hours?)\b",
    re.IGNORECASE,
)


def number_words(text: str) -> tuple[list[float], list[float]]:
    """Numbers written as words ("three trials"), and durations so written, in days."""
    words = [float(_WORD_NUMBERS[m.group(1).lower()]) for m in _WORD_NUMBER.finditer(text)]
    if not words:
        return [], []
    spans = [
        _WORD_NUMBERS[m.group(1).lower()] * _DAYS[m.group(2).lower()[:2]]
        for m in _WORD_DURATION.finditer(text)
    ]
    return words, spans


# Shares in words, as percentages: "half of the patients", "a third", "two-thirds".
_FRACTIONS = {
    "half": 50.0,
    "third": 100 / 3,
    "thirds": 200 / 3,
    "quarter": 25.0,
    "fourth": 25.0,
    "quarters": 75.0,
    "fifth": 20.0,
    "tenth": 10.0,
}
_FRACTION_WORD = re.compile(
    r"\b(?:(?:a|one)[ -](third|quarter|fourth|fifth|tenth)|two[ -](thirds)|three[ -](quarters)|"
    r"one[ -](half)|(half)\s+(?:of|the)\b)",  # not the "a half" of "one and a half years"
    re.IGNORECASE,
)
# "One in five", "two out of three": a natural frequency in words.
_ONE_IN_WORDS = re.compile(
    _WORD_START + r"(" + "|".join(_WORD_NUMBERS) + r")\s+(?:in|out\s+of)\s+"
    r"(" + "|".join(_WORD_NUMBERS) + r")\b",
    re.IGNORECASE,
)
# A ratio in words: "doubled the risk" (2, up 100%), "halved" (down 50%), "threefold".
_MULTIPLE_WORD = re.compile(
    r"\b(doubl|tripl|halv)(?:ed|es|ing|e)\b|\b(two|three|four)[ -]?fold\b", re.IGNORECASE
)
_MULTIPLES = {"doubl": 2.0, "tripl": 3.0, "two": 2.0, "three": 3.0, "four": 4.0}
# The letters every fraction, or multiple, above holds one of: most abstracts have none.
_FRACTION_CUES = ("half", "third", "quarter", "fourth", "fifth", "tenth")
_MULTIPLE_CUES = ("doubl", "tripl", "halv", "fold")


def word_shares(text: str, spelled: bool) -> tuple[list[float], list[float]]:
    """Percentages a text gives in words ("half of the patients": 50, "one in five": 20,
    "halved": 50, "doubled": 100) and ratios ("doubled", "twofold": 2); "one in five" only
    looked for when the text has number words (``spelled``)."""
    lower = text.lower()
    fractions = any(cue in lower for cue in _FRACTION_CUES)
    multiples_cue = any(cue in lower for cue in _MULTIPLE_CUES)
    one_in = spelled and (" in " in lower or "out of" in lower)
    if not (fractions or multiples_cue or one_in):
        return [], []
    shares = [
        _FRACTIONS[next(word for word in match.groups() if word).lower()]
        for match in (_FRACTION_WORD.finditer(text) if fractions else ())
    ]
    for match in _ONE_IN_WORDS.finditer(text) if one_in else ():
        part, whole = (_WORD_NUMBERS[word.lower()] for word in match.groups())
        if 0 < part < whole:
            shares.append(100 * part / whole)
    multiples = []
    for match in _MULTIPLE_WORD.finditer(text) if multiples_cue else ():
        stem = (match.group(1) or match.group(2)).lower()
        if stem == "halv":
            shares.append(50.0)
            continue
        multiples.append(_MULTIPLES[stem])
        shares.append(100 * (_MULTIPLES[stem] - 1))
    return shares, multiples
