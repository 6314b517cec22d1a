"""Groups at the head of an entry: a group alone before the journal ("REMAP-CAP
Investigators. N Engl J Med ..."), a group's sentence after the people who wrote for it
("Horby P, et al. RECOVERY Collaborative Group. Title ..."), and a group's sentence before
them ("SPRINT Research Group. Wright JT Jr, Williamson JD, et al. A randomized trial ...",
Thieme's and many Vancouver lists, user24 P1 4). Read as a title, each was searched for and
found nowhere (a false CL201 or CL204). Moved together out of read/entries.py.
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.author_lists import leading_authors
from citelint.read.readings import looks_like_group, names_a_group_alone

# Words a group's name holds in lower case: "Writing Committee for the REMAP-CAP Investigators".
_GROUP_LINKS = frozenset(["of", "the", "for", "and", "on", "in", "&"])
_SECTION_NUMBER = LazyPattern(r"\d{1,2}\. ")
# NLM's Bookshelf note after a chapter's title, not a translated title's bracket (review24b).
_BOOKSHELF_NOTE = LazyPattern(r"(?i)\[(?:updated|cited)\b")
# A person's initials as lists write them: "JT", "J.T.", "J-P" (not a word of a title).
_INITIALS = LazyPattern(r"(?:^|\s)[A-Z](?:[A-Z]|[.-][A-Z]?){0,4}\.?(?=\s|$)")
# A trial's or study's group, by how its name ends: a title may end in "Department" or
# "Association", and one with authors after it is read so elsewhere.
_RESEARCH_GROUP_END = LazyPattern(
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


def group_is_no_title(fields: Reference) -> None:
    """ "REMAP-CAP Investigators. N Engl J Med 2021;384:1491-1502." gives a group, a journal
    and a locus, no title: the group read as the title was compared with the record's and
    called another paper's (a false CL204, user22 P1 6). Only a short name, every word
    capitalised, ending as a group's name does."""
    title = fields.title
    if title and fields.journal and not fields.authors and names_a_group_alone(title):
        fields.authors, fields.title = [title.rstrip(".")], None


def without_group_sentence(rest: str) -> str:
    """The title and source after the authors, without the group they wrote for in a
    sentence of its own: BMJ's "Horby P, et al. RECOVERY Collaborative Group. Title. J ...",
    Diabetes Care's "ElSayed NA, et al., on behalf of the American Diabetes Association. 9.
    Title. J ...". Left in, the group's name began the title searched for (a false CL201 or
    CL204). Kept when no title and journal follow it: then it may be the title."""
    sentence, stop, after = rest.partition(". ")
    if ". " not in after:  # most entries: "Title. Journal", no sentence before the title
        return rest  # no title and source can follow (the numbered one holds ". " too)
    numbered = _SECTION_NUMBER.match(after)  # "9. Pharmacologic Approaches ...": the title's
    title, stop_after, _ = after[numbered.end() if numbered else 0 :].partition(". ")
    # A title of a few words must follow, and a source after it: a dotted journal's first
    # word ("Am. J. Hum. Genet") is none, and the sentence read as a group was the title.
    if not stop or not stop_after or len(title.split()) < 3 or len(sentence) > 150:
        return rest
    if _BOOKSHELF_NOTE.match(after):
        return rest  # "Hyperkalemia in the Emergency Department. [Updated 2024 Mar 2]. In: ..."
    words = sentence.split()
    if words[:3] == ["on", "behalf", "of"]:
        return after
    capitalised = all(word[:1].isupper() or word in _GROUP_LINKS for word in words)
    short = len(words) <= 10  # "Writing Committee for the REMAP-CAP Investigators"
    return after if capitalised and short and looks_like_group(sentence) else rest
