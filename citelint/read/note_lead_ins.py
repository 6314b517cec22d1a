"""A note's signal before the work it cites: "Vgl. McDonagh TA, ...", "Cf. Smith J, ...",
"See also ...", "Siehe ...", "Véase ...", and after an "Ibid." to the note before, "Ibid.; see
also Packer M, ...". Notes sections (Markdown footnotes, Chicago's notes) print them; left in,
the signal began the title and the authors were lost, and the entry searched by that title
was "not found" (a false CL201, user24 P1 18). Only stripped when the words after it read as
authors: "See K, Smith J." is an author named See, as "K, Smith J." reads as none.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.read.author_lists import leading_authors

# The first letters of every signal below: a cheap test before the pattern (most entries).
_STARTS = ("vgl", "cf", "see", "sieh", "vé", "voi", "ibid", "ibíd", "ebd")
_LEAD_IN = LazyPattern(
    r"(?:(?:ibid|ibíd|ebd|ebenda)\.?\s*;\s*)?"
    r"(?:vgl\.(?:\s+auch)?|cf\.|see(?:\s+also)?|siehe(?:\s+auch)?|véase(?:\s+también)?"
    r"|voir(?:\s+aussi)?)\s+(?=[^\W\d_])",
    re.I,
)


def without_lead_in(line: str) -> str:
    """The line without a note's leading signal, when the words after it begin with authors."""
    if not line[:4].lower().startswith(_STARTS):
        return line
    found = _LEAD_IN.match(line)
    if found is None:
        return line
    rest = line[found.end() :]
    return rest if leading_authors(rest)[0] else line
