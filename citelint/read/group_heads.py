"""A group's name, a full stop, then the people who wrote for it: "SPRINT Research Group.
Wright JT Jr, Williamson JD, Whelton PK, et al. A randomized trial of ..." (Thieme's and
many Vancouver lists, user24 P1 4). The author reader stops at the group's full stop; left
there, the people's names began the title searched for (a false CL201)."""

from __future__ import annotations

import re

from citelint.read.author_lists import leading_authors
from citelint.read.readings import looks_like_group

# A person's initials as lists write them: "JT", "J.T.", "J-P" (not a word of a title).
_INITIALS = re.compile(r"(?:^|\s)[A-Z](?:[A-Z]|[.-][A-Z]?){0,4}\.?(?=\s|$)")
# A trial's or study's group, by how its name ends: a title may end in "Department" or
# "Association", and one with authors after it is read so elsewhere.
_RESEARCH_GROUP_END = re.compile(
    r"\b(?:Group|Groups|Collaborators|Collaborative|Investigators|Committees?|Consortium|"
    r"Trialists|Collaboration|Network|Task Force|Panel)$"
)
# "Writing Committee for the REMAP-CAP Investigators"; a longer sentence is a title.
_MOST_GROUP_WORDS = 10
# The title that follows must have a few words.
_LEAST_TITLE_WORDS = 3


def people_after_group(names: list[str], rest: str) -> tuple[list[str], str]:
    """``names`` and ``rest`` with a group's sentence and the people after it read as the
    authors; unchanged unless no names were read and ``rest`` opens so."""
    if names:
        return names, rest
    group, stop, after = rest.partition(". ")
    if not stop or len(group.split()) > _MOST_GROUP_WORDS or not looks_like_group(group):
        return names, rest
    if not _RESEARCH_GROUP_END.search(group):
        return names, rest
    people, title_on = leading_authors(after)
    if not people or len(title_on.split(". ", 1)[0].split()) < _LEAST_TITLE_WORDS:
        return names, rest
    if not all(_INITIALS.search(person) for person in people):
        return names, rest
    return [group, *people], title_on
