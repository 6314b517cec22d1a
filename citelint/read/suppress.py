"""Inline suppressions, the same in every format.

    <!-- citelint-disable-next-line CL102 -- cited in the sidebar -->   (Markdown, HTML)
    citelint-disable-next-line CL102 -- cited in the sidebar            (plain text, own line)
    Cited in the sidebar [4]. <!-- citelint-disable-line CL101 -->     (its own line)
    <!-- citelint-disable-file CL3 -->                                  (whole file)

No codes means every rule. A next-line suppression applies to the next line that is not blank,
so a blank line between the comment and the text it is about does not break it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from citelint.lazy_pattern import LazyPattern
from citelint.models import Document, Finding

if TYPE_CHECKING:
    from citelint.suppression import Suppression

_DIRECTIVE = LazyPattern(
    r"citelint-disable-(?P<scope>next-line|line|file)"
    # Any number of digits: a typo such as "CL1011" is then named by unknown_codes, where a
    # directive that did not match at all would have been ignored in silence.
    r"(?P<codes>(?:[\s,]+CL\d*)*)"
    r"(?:\s+--(?!>)\s*(?P<reason>.*?))?"  # "-->" closes the comment; it gives no reason
    r"\s*(?:-->|\*/)?\s*$",
    re.IGNORECASE,
)

FILE_WIDE = 0  # Suppression.line for a file-wide directive


# Letters other than ASCII ones that the directive's letters match in IGNORECASE: dotted
# and dotless i, long s.
_CASE_TWINS = ("\u0130", "\u0131", "\u017f")


def parse_suppressions(text: str) -> list[Suppression]:
    if not _may_hold_directive(text):
        return []  # most articles have none: no need to look at every line
    # Imported here: a page without a directive never makes the class (citelint.suppression).
    from citelint.suppression import Suppression

    # Lines as the readers count them: str.splitlines would also break at form feeds, U+2028
    # and the like, and a suppression after one would land on the wrong line.
    lines = text.split("\n")
    found: list[Suppression] = []
    for index, line in enumerate(lines):
        match = _DIRECTIVE.search(line)
        if not match:
            continue
        codes = tuple(code.upper() for code in re.findall(r"CL\d*", match["codes"], re.I))
        reason = (match["reason"] or "").strip() or None
        # The scope's first letter tells: lower() turns the "İ" that IGNORECASE lets stand for
        # "i" into two characters, and "FİLE" would have read as next-line.
        if match["scope"][0] in "fF":
            found.append(Suppression(FILE_WIDE, codes, reason, written=index + 1))
            continue
        if match["scope"][0] in "lL":  # this very line
            found.append(Suppression(index + 1, codes, reason, written=index + 1))
            continue
        target = index + 1
        while target < len(lines) and (
            not lines[target].strip() or _DIRECTIVE.search(lines[target])
        ):
            target += 1
        found.append(Suppression(target + 1, codes, reason, written=index + 1))
    return found


def unknown_codes(document: Document, known: Iterable[str]) -> list[str]:
    """A warning for each code of a suppression that starts no rule's code in ``known``
    ("CL999", a typo of "CL109"): such a comment suppresses nothing, and says so nowhere else."""
    known = tuple(known)
    return [
        f"{document.path}:{suppression.written}: citelint-disable names {code}, which is no "
        "rule's code: it suppresses nothing ('citelint rules' lists them)"
        for suppression in document.suppressions
        for code in suppression.codes
        if not any(rule.startswith(code) for rule in known)
    ]


def _may_hold_directive(text: str) -> bool:
    """Whether ``text`` may hold "citelint-disable" in any case, as _DIRECTIVE finds it.

    Its UTF-8 bytes are put in lower case rather than the text: bytes.lower() changes ASCII
    letters only, several times faster than str.lower() on a long text that is not all
    ASCII; the letters other than ASCII ones the pattern takes for its own are asked apart.
    """
    if b"citelint-disable" in text.encode("utf-8", "surrogatepass").lower():
        return True
    return not text.isascii() and any(twin in text for twin in _CASE_TWINS)


def is_suppressed(document: Document, finding: Finding) -> bool:
    for suppression in document.suppressions:
        if suppression.line not in (FILE_WIDE, finding.line):
            continue
        if not suppression.codes or any(finding.code.startswith(c) for c in suppression.codes):
            return True
    return False
