"""Numbers a paragraph names as references in words ("as in ref. 15", "(references 2 and
3)"), which loose_numbers adds to those it reads outside marker syntax."""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.found import NAMED, Found, read_numbers

# "ref. 15", "refs. 21,22", "Refs. 3–5", "refs. 4 and 5": numbers named as references in
# words. One reference is one number: "(ref. 4-10)" and "(ref. 3.5-5.1)" are a laboratory's
# reference ranges. Nor a number going on with letters or digits, nor a supplement's list.
_NAMED_RUN = r"\d{1,3}(?:(?:[-–]|, ?| and )\d{1,3}){0,20}"
_NO_RANGE_AFTER = r"(?![\w\-–]|[.,]\d|\s*(?:[-–]|to\b)\s*\d)"  # nor a laboratory's "(ref. 4 - 10)"
_NAMED = LazyPattern(
    r"(?<![\w.])(?<![Ss]upplementary )[Rr]ef(?:\.[ \u00a0](?P<one>\d{1,3})"
    rf"|s\.[ \u00a0](?P<many>{_NAMED_RUN})){_NO_RANGE_AFTER}"
)
# The same without the stop, or in full: "(refs 2-3)", "(see refs 2, 3)", "(ref 2, ref 3)",
# "(references 2 and 3)", as Vancouver letters and BMJ pages write them (user31b P1-2). With
# no stop to end an abbreviation, only where the numbers close their clause (a bracket, a
# comma, a semicolon or a sentence's stop follows): "reference 2 weeks earlier" measures.
# The letter first, then the look behind it: a pattern opening on a letter is looked for by
# that letter, not tried at every place of the paragraph (half the instructions).
_NAMED_IN_WORDS = LazyPattern(
    r"[Rr](?<![\w.][Rr])(?<![Ss]upplementary [Rr])ef(?:erence)?(?:[ \u00a0](?P<one>\d{1,3})"
    rf"|s[ \u00a0](?P<many>{_NAMED_RUN})){_NO_RANGE_AFTER}(?=[),;\]]|\.(?!\w)|\Z)"
)


def with_named(text: str, found: list[Found], in_words: bool) -> list[Found]:
    """``found`` and the numbers ``text`` names as references ("as in ref. 15", "(refs
    2-3)"), in order. No other reading takes them: the stop after "ref" ends an
    abbreviation, and a number after a word and a space is none of theirs. ``in_words``:
    whether ``text`` may name them without a stop ("ref 2", "references 2 and 3")."""
    named = []
    matches = list(_NAMED.finditer(text)) if "ef." in text or "efs." in text else []
    if in_words:
        matches += [m for m in _NAMED_IN_WORDS.finditer(text) if not _after_a_value(text, m)]
    for match in matches:
        group = "one" if match["one"] else "many"
        start, end = match.span(group)
        raw = match[group]
        read = read_numbers(raw.replace(" and ", ","))
        if read is not None and not any(m.start < end and start < m.end for m in found):
            named.append(Found(start, end, raw, *read, kind=NAMED, word="ref."))
    return sorted(found + named, key=lambda marker: marker.start) if named else found


# A value and its unit right before the brackets: "troponin T was 45 ng/L (ref 14)", "CRP 80
# mg/L (reference 5)" give the laboratory's limit, no reference (review31b P1-3).
_VALUE_BEFORE = LazyPattern(
    r"(?<![\w.\-])\d[\d.,]*\s*(?:%|[A-Za-zµμ]{0,5}/[A-Za-z\d.]{1,5}|(?:mg|g|ng|µg|μg|mcg|mmol|"
    r"µmol|mEq|U|IU|mL|ml|L|dL|mm|cm|kg|ms|bpm|mmHg|mm Hg))\s*[(\[]\s*\Z"
)


def _after_a_value(text: str, match: re.Match[str]) -> bool:
    return _VALUE_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None
