"""APA and Harvard entries, the year in brackets after the names: "Smith, J., & Doe, A. B.
(2015). Title. Journal, 13(2), 150-158." and "Smith J, Doe A (2015) Title. J Name 13,
150-158." (moved from entries.py, which read them, to keep it a readable size)."""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.author_lists import leading_authors
from citelint.read.loci import APA_TAIL, YEAR, find_locus, frontiers_locus_at
from citelint.read.nature_entries import APA_AUTHOR
from citelint.read.one_break_readings import choose_readings
from citelint.read.quoted_entries import harvard_quoted
from citelint.read.readings import breaks, looks_like_group
from citelint.read.title_readings import (
    choose,
    choose_ranked,
    pages_of,
    ranked_readings,
    reading,
    readings_of,
    tidy,
)

# "\s\((?P<year>...", searched from its bracket (a literal the engine skips to fastest), the
# space before it checked behind: a match starts one place later, at the bracket.
# Wikipedia dates its entries: "(November 2012)", "(2 November 2012)", "(November 2, 2012)".
# A month or season before an APA or Wikipedia year: "(April 2020)", "(Mar–Apr 2019)". Other
# words are not ("(Version 2020)", "(Update 2020)" end a Vancouver title).
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn"
    r"|Fall|Winter)"
)
_APA_YEAR = LazyPattern(
    rf"\((?<=\s\()(?:(?:\d{{1,2}} )?{_MONTH}(?:[-–]{_MONTH})?(?: \d{{1,2}},)? )?"
    rf"(?P<year>{YEAR})[a-z]?(?:,\s*[^()]{{1,30}})?\)\.?\s+"
)
_AND = LazyPattern(r"^(?:and|&)\s+")


def read_apa(text: str, fields: Reference) -> bool:
    """APA and Harvard: "Smith, J., & Doe, A. B. (2015). Title. Journal, 13(2), 150-158." or
    "Smith J, Doe A (2015) Title. J Name 13, 150-158." A group ("American Psychiatric
    Association. (2013).") or a title ("Correction. (2024).") may stand where the authors do."""
    year = _APA_YEAR.search(text)
    if year is None or frontiers_locus_at(text, year.start()):
        return False  # "Clin Infect Dis. (2023) 76:342–5" ends in Frontiers' locus
    if text.rfind("[", 0, year.start()) > text.rfind("]", 0, year.start()):
        # A corrigendum's title citing its paper: 'Corrigendum to "Title" [J Hepatol 80
        # (2024) 212-221]. J Hepatol. 2024.' The bracketed year is the paper's, no APA year.
        return False
    before, rest = text[: year.start() - 1].strip(), text[year.end() :].strip()
    names = apa_authors(before)
    tail = APA_TAIL.search(rest)
    locus = None if tail else find_locus(rest, spaces_only=True)
    if not names and not (tail or locus or before.endswith(".")):
        return False
    if not names and locus and locus.year and leading_authors(before)[0]:
        return False  # "Lee LS. Title (April 2020). J. 2020;26:65-71": the date ends a title
    fields.year = int(year["year"])
    if tail:
        fields.volume, fields.issue = tail["volume"], tail["issue"]
        fields.pages = pages_of(tail["pages"])
        rest = rest[: tail.start()]
    elif locus:
        fields.volume, fields.issue, fields.pages = locus.volume, locus.issue, locus.pages
        rest = rest[: locus.start]
    # Harvard's group before the year: "RECOVERY Collaborative Group (2021) 'Title', ...".
    group = [tidy(before) or before] if not names and looks_like_group(before) else []
    quoted = harvard_quoted(rest) if names or group else None
    if quoted:
        readings = readings_of(rest, names or group, fields.year, False)
        choose([reading(quoted, names or group, None, fields.year), *readings], fields)
    elif names:
        choose_readings(rest, names, fields.year, False, fields)
    elif group and (len(breaks(rest)) > 0 or _title_alone(rest, before, tail or locus)):
        choose_ranked(ranked_readings(rest, group, fields.year, False), fields)
    else:
        choose_ranked(ranked_readings(f"{before} {rest}", [], fields.year, False), fields)
    return True


def _title_alone(rest: str, before: str, located: object) -> bool:
    """Whether a group's APA entry gives a title and nothing more but its link: "SPRINT
    Research Group. (2015). A randomized trial of .... https://..." (user29a P1-4: the group
    was read into the title, and the right DOI called another paper's). A title that names a
    study stands before its year with a journal after it, or with nothing after the year."""
    return not located and before.endswith(".") and len(rest.split()) >= 4


def apa_authors(text: str) -> list[str]:
    """ "Smith, J., & Doe, A. B." as ["Smith J", "Doe AB"]; Vancouver names as they are."""
    people = APA_AUTHOR.findall(text)
    if people:
        # Harvard's "Okafor, N. and Tran, H.L.": the word "and" is no part of the name.
        return [
            f"{_AND.sub('', name)} {initials.replace('.', '').replace(' ', '')}"
            for name, initials in people
        ]
    names, rest = leading_authors(text.rstrip(".") + ". ")
    return names if not rest else []
