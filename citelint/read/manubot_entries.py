"""Entries as Manubot's HTML prints them: a title, a line of authors, then the journal with
the date in brackets (pandoc's citeproc with Manubot's style):

    Gait at home and in the clinic in Parkinson disease
    Hanna Kowalski, Jun Watanabe, Peter Obi
    Movement Disorders (2018-01-10) https://doi.org/10.1002/mds.27200
    DOI: 10.1002/mds.27200 · PMID: 29000001

Read as one line of text, the authors and the journal ran into the title.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference

# The journal (a report or web page has none) and the date, to the month or the day
# ("Movement Disorders (2018-01-10)"), or the year alone, then the work's link or nothing
# ("JAMA Psychiatry (2000) https://..."). NLM's name may end in its own bracketed place
# ("Journal of comparative psychology (Washington, D.C. : 1983) (2021)"; user33a P1-2).
_SOURCE = LazyPattern(
    r"(?:(?P<journal>[^()]{2,200}?(?: \([^()]{2,80}\))?) )?\((?P<year>(?:1[89]|20)\d{2})"
    r"(?:-[01]\d(?:-[0-3]\d)?\)(?:\s|\Z)|\)(?:\s+https?://\S+|\s*\Z))"
)
# A name on the authors' line: a few words, the first capitalised ("Hanna Kowalski", "WH
# Fraser", "H O'Brien").
_NAME = LazyPattern(r"[^\W\d_][\w'’.\-]*(?: [\w'’.\-]+){0,4}")
# A group named as an author: "GBD 2016 Parkinson's Disease Collaborators".
_GROUP = LazyPattern(r"\b(?:collaborators|group|consortium|investigators)\b", flags=2)
# A style that shortens the list ends it in "et al." ("Hanna Kowalski, Jun Watanabe, et al."):
# no name, but no reason to read the line as the title's end either (user19 P1 3).
_ET_AL = LazyPattern(r",?\s+et al\.?\Z")


def names_a_source(line: str) -> bool:
    """Whether the line is a Manubot entry's journal and date ("Movement Disorders
    (2018-01-10) https://...")."""
    return "(" in line and _SOURCE.match(line) is not None


def read_manubot(lines: list[str], fields: Reference) -> bool:
    """Read the title, authors, journal and year of an entry in Manubot's shape (see the
    module); False, with nothing set, for an entry in any other."""
    for index in range(2, len(lines)):
        source = _SOURCE.match(lines[index])
        if source is None:
            continue
        authors = _ET_AL.sub("", lines[index - 1])
        # A long list keeps its first names and the last after an ellipsis: "Henrik Aalto,
        # Priya Raman, … Ana Beltrán" (CSL's et-al-use-last).
        shown = [name.removeprefix("… ") for name in authors.split(", ")]
        if not _GROUP.search(authors) and not all(
            _NAME.fullmatch(name) and name[0].isupper() for name in shown
        ):
            continue
        title = " ".join(lines[: index - 1])
        names = [name.strip(" …") for name in authors.split(", ") if name.strip(" …")]
        if _GROUP.search(names[0]):
            fields.authors = [authors]
        else:
            # People, perhaps then their group: "Timothy A Brighton, ..., … ASPIRE Investigators"
            fields.authors = names
        fields.title = title.strip().rstrip(".")
        fields.journal = source["journal"].strip() if source["journal"] else None
        fields.year = int(source["year"])
        return True
    return False
