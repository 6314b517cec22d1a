"""WebMD's source line: the journal, a colon, the title in quotation marks and the date of
the issue after them:

    JAMA: "Effect of Intensive vs Standard Blood Pressure Control on Probable Dementia,"
    Jan. 28, 2019.

Read as one line of Vancouver, the journal stayed in the title and the day ("28") was taken
for the journal: a false CL203, or no paper found (user29a P1-8). Only a line whose quotes
are followed by a date and nothing else is read so: an agency's page ('Mayo Clinic: "High
blood pressure."') gives none and is left to the general reading.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.loci import YEAR

# The journal is the text before the last ": " ahead of the quotes ("CA: A Cancer Journal for
# Clinicians: "Title," 2021."); the date is a year, perhaps after a month and a day.
_JOURNAL_FIRST = LazyPattern(
    r"(?P<journal>[A-Z][^\"“”]{0,80}[\w.)]):\s+[\"“](?P<title>[^\"“”]{8,500}?)[,.]?[\"”][,.]?\s+"
    rf"(?:[A-Z][a-z]{{2,8}}\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{YEAR})\.?"
)
# A journal's name holds no sentence: "Smith J. Commentary: "..."" is an author's entry.
_SENTENCE_BREAK = LazyPattern(r"[.;]\s+\S")
# ... nor a list of names with their initials: 'Whelton PK, Carey RM: "Title," 2019.', or a
# name and "et al" (review29a P2: the authors were read as the journal); two names at least,
# as "PLOS ONE" and "Lancet HIV" read as one (review29c P1-1).
_NAMES = LazyPattern(r"[^\W\d_][\w'’-]+ [A-Z]{1,3}(?:,\s*[^\W\d_][\w'’-]+ [A-Z]{1,3})+")


def read_journal_first(text: str, fields: Reference) -> bool:
    """Read a WebMD source line (see the module); False, with nothing set, otherwise."""
    match = _JOURNAL_FIRST.fullmatch(text.strip())
    if match is None or _SENTENCE_BREAK.search(match["journal"]):
        return False
    if _NAMES.fullmatch(match["journal"]) or " et al" in match["journal"]:
        return False
    fields.journal = match["journal"].strip()
    fields.title = match["title"].strip()
    fields.year = int(match["year"])
    return True
