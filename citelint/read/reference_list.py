"""Where the reference list is: under the last heading called References, Bibliography,
Sources... (a Markdown heading, or in plain text a line alone), or with no heading, the list
that ends the article. It ends at the next heading or at boilerplate such as a disclaimer.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.lines import (
    Line,
    filled_above,
    heading_text,
)
from citelint.read.list_entries import (
    YEAR_IN,
    EntryNumbers,
    endnote_lines,
    entry_number,
)
from citelint.read.list_preamble import past_preamble
from citelint.read.reference_headings import (
    CITING_BOX,
    heading_names_a_list,
    names_a_review_group,
    names_a_short_list,
    names_sources,
    titles_a_list,
)
from citelint.read.section_end import is_numbered_list, section_end

# A Markdown page's notes section, whose entries are numbered or footnote definitions.
_NOTES_HEADING = LazyPattern(r"(?:\d{1,2}\.?|[IVX]{1,4}\.)?\s*(?:foot|end)?notes\s*:?", re.I)
_BRACKET_ENTRY = LazyPattern(r"[ \t]*\[\d{1,4}\][ \t]+\S")
# A list without a heading is the reference list when at most this many lines follow it
# (a copyright line, a "provided courtesy of" note) ...
TRAILING_LINES = 6
# A line of a few words with no closing punctuation: a heading in plain text.
_PLAIN_HEADING = LazyPattern(r"(?:[#*_]+\s*)?[A-Z][^.!?:;,\n]{0,50}?(?:\s*[#*_]+)?")
_LOCATOR = re.compile(r"https?://|www\.|\bdoi\b|\bpmid\b", re.IGNORECASE)
# "Smith JA," "Smith, J. A.," "et al", "12(3):45-52", "12, 45–52", "2019;12:45"
_CITATION_PARTS = LazyPattern(
    r"\b[A-Z][\w'’-]+,? (?:[A-Z]\.? ?){1,3}[,.&]|\bet al\b|\d+\s*(?:\(\w+\))?\s*[:,]\s*"
    r"[A-Za-z]?\d+\s*[-–]\s*[A-Za-z]?\d+|;\s*\d+\s*[:(]"
)
# The rule above a Word document's endnotes, copied as text.
_ENDNOTE_RULE = LazyPattern(r"[ \t]*_{5,}[ \t]*")
# ... and at least this share of its items read as references.
REFERENCE_SHARE = 0.6


def reference_part(
    lines: list[Line], headings: set[int], markdown: bool, numbers: EntryNumbers
) -> tuple[tuple[int, int], int] | None:
    """The last reference list's section (first and past-the-end line index of its
    entries), and the line where the part of the page it answers starts: 0, but on a page
    with a list per chapter or appendix, each numbered from 1, the end of the list before it
    (the chapters before cite their own lists, which are not read).

    A later heading of the same words whose section holds no entry is not the list: a
    publisher's "Citations" box of counts ("Crossref 3 Scopus 4") after the references.
    ``numbers`` keeps each line's entry number for cutting the list into entries.
    """
    starts = _list_headings(lines, headings, markdown)
    named = {start: heading_text(lines, start - 1, headings, markdown).strip() for start in starts}
    titled = [start for start in starts if titles_a_list(named[start])]
    sources = _sources_after_a_list(lines, headings, markdown, named, titled, numbers)
    # "Citations" after a page's References heads the papers that cite this one; without a
    # References before it, it heads the page's own list (an AI answer below its Sources).
    others = [start for start in starts if not names_a_short_list(named[start])]
    starts = [
        start
        for start in starts
        if not (CITING_BOX.fullmatch(named[start]) and titled and titled[0] < start)
        and not (names_a_short_list(named[start]) and others and others[0] < start)
        and start not in sources
    ]
    if not starts:
        return None
    last = starts[-1], section_end(lines, starts[-1], headings, markdown, numbers)
    for start in reversed(starts[-3:]):
        end = (
            section_end(lines, start, headings, markdown, numbers) if start != last[0] else last[1]
        )
        if _holds_entries(lines[start:end]):
            section = _notes_from_definitions(lines, (start, end), named[start], markdown)
            section = past_preamble(lines, section)
            section = _with_group_heading(lines, section, start, named[start])
            return section, _part_start(lines, headings, markdown, starts, (start, end), numbers)
    section = _notes_from_definitions(lines, last, named[last[0]], markdown)
    return past_preamble(lines, section), 0


def _list_headings(lines: list[Line], headings: set[int], markdown: bool) -> list[int]:
    """The lines after each heading that names a list. A Cochrane review's groups of
    references ("References to studies included in this review", "Additional references")
    are parts of one list: the first heads it when no heading precedes, and the list's
    section runs on through the others."""
    starts: list[int] = []
    for index, line in enumerate(lines):
        if line.blank or len(line.text) > 80:
            continue
        text = heading_text(lines, index, headings, markdown).strip()
        if heading_names_a_list(text) or (not starts and names_a_review_group(text)):
            starts.append(index + 1)
    return starts


def _with_group_heading(
    lines: list[Line], section: tuple[int, int], heading_end: int, name: str
) -> tuple[int, int]:
    """The section from its heading on when that heading is the first of a Cochrane review's
    groups of references and another group follows: each group's heading is then one of the
    list's subheadings, as under a "References" heading, which tell its included studies by
    name and year from its numbered "Additional references"."""
    start, end = section
    if start != heading_end or not names_a_review_group(name):
        return section
    later = any(names_a_review_group(line.text.strip("#*_ \t")) for line in lines[start:end])
    return (start - 1, end) if later else section


def _part_start(
    lines: list[Line],
    headings: set[int],
    markdown: bool,
    starts: list[int],
    section: tuple[int, int],
    numbers: EntryNumbers,
) -> int:
    """The end of the list before the last one when each is numbered from 1 with entries of
    its own (a guideline's "References" after each chapter); else 0. The same list twice
    (a page's copy of it) is one list."""
    first = first_numbered_entry(lines[section[0] : section[1]])
    if first is None:
        return 0
    for start in reversed([start for start in starts if start < section[0]]):
        end = section_end(lines, start, headings, markdown, numbers)
        if end >= section[0]:
            return 0  # a section holding the last list: no list of its own
        before = first_numbered_entry(lines[start:end])
        if before is not None:
            # A chapter stands between the two lists: two lists one after the other are a
            # page's notes and references, each of the whole text.
            chapter = any(not line.blank for line in lines[end : section[0] - 1])
            return end if before != first and chapter else 0
    return 0


def first_numbered_entry(lines: list[Line]) -> str | None:
    """The text of a list's first entry when the list, right under its heading, is numbered
    from 1 and that entry gives a year: not a page's outline ("References" among the
    section names) whose section runs on to "1. Introduction"."""
    first = next((index for index, line in enumerate(lines) if not line.blank), None)
    if first is None or (entry_number(lines[first].text) or (0,))[0] != 1:
        return None
    entry = " ".join(line.text for line in lines[first : first + 3])
    return lines[first].text.strip() if YEAR_IN.search(entry) else None


def _sources_after_a_list(
    lines: list[Line],
    headings: set[int],
    markdown: bool,
    named: dict[int, str],
    titled: list[int],
    numbers: EntryNumbers,
) -> set[int]:
    """The "Sources" sections after the page's first References-like list that hold fewer
    entries than it: a table's or figure's data sources ("Fontes:" under a table), not the
    page's list. An answer's longer Sources list after a short References stays the list."""
    listed = next((start for start in titled if not names_sources(named[start])), None)
    if listed is None:
        return set()
    # Most pages have no Sources heading after their References: their list is not counted.
    after = [start for start in named if start > listed and names_sources(named[start])]
    if not after:
        return set()
    listed_lines = lines[listed : section_end(lines, listed, headings, markdown, numbers)]
    return {
        start
        for start in after
        if _at_least(
            listed_lines,
            _entry_lines(lines[start : section_end(lines, start, headings, markdown, numbers)]),
        )
    }


def _notes_from_definitions(
    lines: list[Line], section: tuple[int, int], name: str, markdown: bool
) -> tuple[int, int]:
    """A Markdown "Footnotes" section from its first numbered entry or footnote definition
    ("[^1]: ...") on. The heading may be the page's title, with the text that cites the notes
    under it: that text is the body, not entries."""
    start, end = section
    if not markdown or not _NOTES_HEADING.fullmatch(name):
        return section
    first = next((i for i in range(start, end) if entry_number(lines[i].text)), None)
    return section if first is None else (first, end)


def _entry_lines(lines: list[Line]) -> int:
    """How many lines of a section look like entries, as _holds_entries tells one."""
    return sum(1 for line in lines if not line.blank and _looks_like_entry(line.text))


def _at_least(lines: list[Line], count: int) -> bool:
    """Whether ``count`` lines or more of a section look like entries (counting stops there)."""
    for line in lines:
        if count <= 0:
            break
        if not line.blank and _looks_like_entry(line.text):
            count -= 1
    return count <= 0


def _looks_like_entry(text: str) -> bool:
    return bool(entry_number(text) is not None or YEAR_IN.search(text) or _LOCATOR.search(text))


def _holds_entries(lines: list[Line]) -> bool:
    """Whether a section has a numbered entry, a year, or a link or identifier in it."""
    return _at_least(lines, 1)


def bracketed_list(lines: list[Line]) -> tuple[int, int] | None:
    """Lines "[1] Smith J. ..." ending an article with no heading above them are its list."""
    end = filled_above(lines, len(lines)) + 1  # after the last line that is not blank
    start, entries = end, 0
    while start > 0:
        line = lines[start - 1]
        if _BRACKET_ENTRY.match(line.text):
            entries += 1
        elif not line.blank and not line.text[:1].isspace():
            break
        start -= 1
    while start < end and not _BRACKET_ENTRY.match(lines[start].text):
        start += 1
    return (start, end) if entries >= 2 else None


def endnote_list(lines: list[Line]) -> tuple[int, int] | None:
    """The lines after Word's endnote rule ("________") that ends a document copied as
    text, when each is an endnote numbered in order ("1 Smith J. ...")."""
    rule = next(
        (
            index
            for index in range(len(lines) - 1, -1, -1)
            if _ENDNOTE_RULE.fullmatch(lines[index].text)
        ),
        None,
    )
    if rule is None:
        return None
    content = [line for line in lines[rule + 1 :] if not line.blank]
    return (rule + 1, len(lines)) if endnote_lines(content) else None


def last_numbered_list(
    lines: list[Line], headings: set[int], markdown: bool, numbers: EntryNumbers
) -> tuple[int, int] | None:
    """The last list numbered from 1, when little but page furniture follows it: the
    reference list of an article without a heading if its items read as references
    (``looks_like_references``) and the text cites them."""
    start = next(
        (
            index
            for index in range(len(lines) - 1, -1, -1)
            if index not in headings and (entry_number(lines[index].text) or (0,))[0] == 1
        ),
        None,
    )
    if start is None or _under_a_heading(lines, start, headings):
        return None
    end = section_end(lines, start, headings, markdown, numbers)
    after = [line for line in lines[end:] if not line.blank]
    if len(after) > TRAILING_LINES or any(entry_number(line.text) for line in after):
        return None
    return start, end


def notes_section(
    lines: list[Line], headings: set[int], markdown: bool, numbers: EntryNumbers
) -> tuple[int, int] | None:
    """The entries under the last "Notes" heading of a page with no other list's heading,
    when they are not numbered (a numbered list is last_numbered_list's): a Chicago page's
    notes, or an answer's sources, one a line (left19). Found by its heading alone, the
    section is kept only if its entries read as references (as any list found by its shape
    must): a "Notes" section of remarks is no list."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.blank or len(line.text) > _LONGEST_NOTES_HEADING:
            continue
        name = heading_text(lines, index, headings, markdown).strip().strip("#*_ \t")
        if not _NOTES_HEADING.fullmatch(name):
            continue
        start = index + 1
        end = section_end(lines, start, headings, markdown, numbers)
        if is_numbered_list(lines, start, end, numbers) or not _holds_entries(lines[start:end]):
            return None
        return start, end
    return None


# "**Endnotes:**", "## 4. Notes": the longest line a notes heading is.
_LONGEST_NOTES_HEADING = 24


def _under_a_heading(lines: list[Line], start: int, headings: set[int]) -> bool:
    """Whether a heading stands right above the list: "Further reading" or "Key points"
    name a list that is not the article's references. "Notes" may head Chicago's notes,
    which are the article's references when they read as such (as any list found by its
    shape must)."""
    above = filled_above(lines, start)
    if above < 0:
        return False
    text = lines[above].text.strip()
    if _NOTES_HEADING.fullmatch(text.strip("#*_ \t")):
        return False
    return above in headings or bool(_PLAIN_HEADING.fullmatch(text))


def looks_like_references(references: list[Reference], fewest: int = 2) -> bool:
    """Whether most items read as references: a year, and authors' initials, a volume and
    pages, "et al" or an identifier. Chicago's notes naming an earlier note's work ("Ibid.,
    8.", "McMahon, "Eroticism," 230.") are not counted either way. A page's one numbered
    item is too little to tell (``fewest``); a chapter's list under its heading is not."""
    if len(references) < fewest:
        return False
    back: set[int] = set()
    if any(entry.year is None for entry in references):
        # Imported here: such notes give no year, and most lists give one in every entry.
        from citelint.read.short_notes import back_references

        back = back_references(references)
    cited = [
        entry
        for entry in references
        if YEAR_IN.search(entry.raw)
        and (entry.pmid or entry.doi or entry.authors or _CITATION_PARTS.search(entry.raw))
    ]
    own = len(references) - len(back)
    return own > 0 and len(cited) >= REFERENCE_SHARE * own


# A footnote is a remark of a sentence or more; an answer page's sources ("[2] Hypertension -
# Symptoms and causes - Mayo Clinic") are titles, shorter, and stay its list.
_FEWEST_NOTE_WORDS = 10


def only_notes(references: list[Reference]) -> bool:
    """Whether every item reads as a remark and none as a reference, as a page's footnotes
    do ("[4] At the time of publication (August 2011), spironolactone did not have a UK
    marketing authorisation ..."): no authors, journal, year, identifier or link in any."""
    return bool(references) and all(
        len(entry.raw.split()) >= _FEWEST_NOTE_WORDS
        and not (entry.authors or entry.journal or entry.year or entry.url or entry.doi)
        and not entry.pmid
        and _says_something(entry.raw)
        for entry in references
    )


# A remark is a sentence: it has a verb such as these. A source's long title ("Dapagliflozin
# in patients with heart failure and reduced ejection fraction | New England Journal of
# Medicine") seldom does, and a site's title never is a remark (review30b P1-1: an AI
# answer's sources were read as notes, and nothing was looked up).
_REMARK_VERBS = frozenset(
    [
        "is", "are", "was", "were", "did", "does", "do", "had", "has", "have", "should", "may",
        "must", "can", "could", "would", "will", "not",
    ]
)  # fmt: skip


def _says_something(text: str) -> bool:
    if " | " in text:
        return False
    return not _REMARK_VERBS.isdisjoint(text.lower().split())
