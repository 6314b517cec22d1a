"""Reading one reference entry: title, journal, year, authors, locus and identifiers.

Two shapes are common. Pages copied from the web put the title on one line and
"Journal, Year" on the next. Articles use a citation style on one line, most often Vancouver
("Smith J, Doe A. Title. J Name. 2010;13(2):150-8. doi:... PMID: ...") or APA
("Smith, J., & Doe, A. (2010). Title. Journal, 13(2), 150-158.").
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.apa_entries import apa_authors, read_apa
from citelint.read.author_list_shapes import full_names_alone
from citelint.read.author_lists import authors, leading_authors
from citelint.read.bare_addresses import with_schemes
from citelint.read.book_parts import book_part_is_no_title
from citelint.read.clues import Clues
from citelint.read.common_entry import CommonEntry, common_entry
from citelint.read.din_entries import read_din
from citelint.read.entry_identifiers import (
    URL,
    joined_lines,
    read_identifiers,
    strip_identifiers,
)
from citelint.read.entry_markup import clean_markup
from citelint.read.entry_tails import without_tail
from citelint.read.group_heads import group_is_no_title, people_after_group, without_group_sentence
from citelint.read.legal_entries import read_bluebook
from citelint.read.loci import (
    VANCOUVER,
    YEAR,
    Locus,
    find_locus,
    leading_year,
    trailing_year,
)
from citelint.read.manubot_entries import names_a_source, read_manubot
from citelint.read.nature_entries import NATURE_AUTHOR, ends_bracketed, read_nature
from citelint.read.note_lead_ins import without_lead_in
from citelint.read.one_break_readings import choose_readings
from citelint.read.quoted_entries import read_page_title, read_quoted
from citelint.read.readings import MAX_READINGS, Split, looks_like_group
from citelint.read.science_entries import (
    abbreviated_journal_last,
    at_a_science_locus,
    science_head,
)
from citelint.read.styled_entries import (
    MDPI,
    mdpi_authors,
    mdpi_first_name,
    read_elsevier_lines,
    stopped_lines,
)
from citelint.read.title_readings import (
    choose,
    journal_of,
    pages_of,
    ranked_readings,
    reading,
    tidy,
    title_first,
    without_preprint_tag,
)

# "Journal, Year", or "Journal · Year" as answer pages set a source's card.
_WEB_JOURNAL_LINE = LazyPattern(
    rf"^(?P<journal>[^\n]{{2,300}}?)(?:,|\s+[·•])\s*(?P<year>{YEAR})\.?$"
)
# APA: "Authors (2010). Title. Journal, 13(2), 150-158." and "(2018, May 17)"
# "Title (Journal, 2021)"
_BRACKETED_SOURCE = LazyPattern(rf"\s*\((?P<journal>[^()]{{2,150}}),\s*(?P<year>{YEAR})\)\.?$")
# Elsevier's Harvard: "Hogan, J.I., Duerr, R., et al., 2023. Title. Clin. Infect. Dis. 76,
# 342–345." (the year after the names, no brackets): read as a title, no year, no authors.
_HARVARD_HEAD = LazyPattern(
    rf"(?P<authors>{NATURE_AUTHOR}(?:(?:,| &|, &| and|, and) {NATURE_AUTHOR}){{0,30}}"
    rf"(?:,? et al\.)?),\s+(?P<year>{YEAR})[a-z]?\.\s+"
)
# ... and a group's: "RECOVERY Collaborative Group, 2021. Title. N. Engl. J. Med. 384, 693–704."
_HARVARD_GROUP = LazyPattern(
    rf"(?P<authors>[^\W\d_][^,.;:()]{{3,120}}),\s+(?P<year>{YEAR})[a-z]?\.\s+"
)

_YEAR_AFTER_COMMA = LazyPattern(rf",\s+{YEAR}")
_NAME_OR_JOURNAL = LazyPattern(r",\s*|\s+(?:and|&)\s+")
_DASHED_SOURCE = LazyPattern(r"\s+[—–]\s+")
# "et al., on behalf of the ...": the comma had kept the names from being read as names.
_ET_AL_ON_BEHALF = LazyPattern(r"\bet al\.?,\s+(?=on behalf of )")


def parse_entry(lines: list[str], into: Reference | None = None) -> Reference:
    """Read an entry given as its lines (one line for most styles, two for web pages).

    The fields read are set on ``into`` (the list's entry, with its number and place), or on a
    new Reference that knows nothing but its text.
    """
    lines = [without_lead_in(lines[0]), *lines[1:]] if lines else lines
    # Joined by a newline, which " // " holds none of: no match spans two lines, and one
    # line is joined without a copy (a generator's frame cost more than the search).
    text = "\n".join(lines)
    if "Downloaded " in text:  # a page break's stamp, before anything reads its address
        from citelint.read.download_stamps import without_stamps  # only for such entries

        lines = without_stamps(lines)
        text = "\n".join(lines)
    if " // " in text:
        lines = _gost_as_vancouver(lines)
    common = common_entry(lines)
    if common is not None:
        return _read_common(common, into)
    lines = with_schemes(lines)  # not before: a common entry's address ends it, read there
    if len(lines) > 1 and not lines[0].isascii():
        # Imported here: most entries' first line is ASCII, and never come here.
        from citelint.read.paired_entries import read_english_half

        paired = read_english_half(lines, into, parse_entry)
        if paired is not None:
            return paired
    lines = stopped_lines(_authors_first([clean_markup(line) for line in lines if line.strip()]))
    joined = joined_lines(lines)
    fields = into if into is not None else Reference(number=0, raw=joined, line=0, column=0)
    clues = Clues(joined)  # which identifier patterns can match, known by lowering it once
    first = read_identifiers(joined, fields, clues)
    if read_manubot(lines, fields) or read_elsevier_lines(lines, fields):
        return fields
    if not _read_web_page(lines, fields):
        # Each line as clean_markup leaves it, its words single-spaced, joined by spaces.
        text = strip_identifiers(joined, clues, spaces_only=True, first=first)
        if not read_nature(text, fields):
            _read_citation(text, fields)
    _names_are_no_title(fields)
    group_is_no_title(fields)
    book_part_is_no_title(fields)
    # A reader may set its journal as it found it (Harvard's quoted title, "medRxiv [Preprint]").
    if fields.journal and without_preprint_tag(fields.journal) != fields.journal:
        fields.journal = journal_of(fields.journal)
    return fields


def _gost_as_vancouver(lines: list[str]) -> list[str]:
    """A Russian GOST entry ("Title // Journal. – 2019. – Vol. 381, № 21. – P. 1995–2008.")
    as Vancouver writes it; other lines holding " // " (an address) as they are."""
    from citelint.read.gost_entries import as_vancouver  # only for lines holding " // "

    vancouver = as_vancouver(" ".join(line.strip() for line in lines))
    return [vancouver] if vancouver is not None else lines


def _read_common(common: CommonEntry, into: Reference | None) -> Reference:
    """An entry of the common Vancouver shape (common_entry.py), read from its locus on."""
    fields = into if into is not None else Reference(number=0, raw=common.line, line=0, column=0)
    common.identify(fields)
    _read_located(common.text, common.locus, None, fields, common=True)
    # Both act only on an entry that read no authors (most read some): asked nothing else.
    if not fields.authors:
        _names_are_no_title(fields)
        group_is_no_title(fields)
    return fields


def _names_are_no_title(fields: Reference) -> None:
    """ "Brennan LK, Yamamoto A. 2024;12:5." gives authors and a locus, no title: a title made
    of nothing but names would be searched for, found nowhere, and called fabricated."""
    if not fields.title or fields.journal or fields.authors:
        return
    names, rest = leading_authors(fields.title.rstrip(".") + ". ")
    if names and not rest:
        fields.authors, fields.title = names, None


def _authors_first(lines: list[str]) -> list[str]:
    """PubMed's own listing puts the title first, then a line of authors, then the source
    ("Title." / "Smith J, Doe A." / "Spine. 2019;44:1-9."): read as Vancouver."""
    for index, line in enumerate(lines[1:-1], start=1):
        if lines[index - 1].endswith(","):
            continue  # the names go on from the line before: a wrapped list, no title there
        names, rest = leading_authors(line.rstrip(".") + ". ")
        if names and not rest:
            if names_a_source(lines[index + 1]):
                return lines  # Manubot's, its source dated in brackets (user32a P1-4: CL204)
            return [line, *lines[:index], *lines[index + 1 :]]
    return lines


def _read_web_page(lines: list[str], fields: Reference) -> bool:
    """Web pages: title line(s), then "Journal, Year", perhaps then a line of links. An
    answer page's source may give them on one line after a dash: "[Title](link) — Journal,
    2021" (read as one text, the journal stayed in the title, and a PMID link beside a short
    title was called another paper's)."""
    if len(lines) == 1 and ("—" in lines[0] or "–" in lines[0]):
        parts = _DASHED_SOURCE.split(lines[0])
        # Only a linked title: "WHO – Global tuberculosis report, 2021" and "Sepsis in
        # adults – a narrative review. Lancet, 2020" are one title each (review13 F7).
        linked = len(parts) == 2 and URL.search(parts[0]) is not None
        title = " ".join(URL.sub(" ", parts[0]).split())  # its link read already
        if linked and title and "." not in title.rstrip("?!."):
            lines = [title, parts[1]]
    for index in range(len(lines) - 1, 0, -1):
        source = _WEB_JOURNAL_LINE.match(lines[index])
        if not source or VANCOUVER.search(lines[index]):
            continue
        title = " ".join(lines[:index])
        # A citation wrapped over lines starts with its authors; a web page with its title.
        if "." in lines[index].rstrip(".") and leading_authors(title)[0]:
            continue
        fields.title = tidy(title)
        fields.journal = tidy(source["journal"])
        fields.year = int(source["year"])
        return True
    return False


# An APA or Springer year, and nothing after it: "Chen, L. (2022)", "Chen L (2022, March 3)."
_APA_YEAR_AT_END = LazyPattern(r"\((?:1[89]|20)\d\d[a-z]?(?:,[^()]{1,20})?\)\.?\s*\Z")


def _read_citation(text: str, fields: Reference) -> None:
    """One-line styles: APA, Vancouver and its relatives, or title, journal and year alone."""
    if ". In: " in text and read_din(text, fields):  # "In:" leads most entries' books
        return
    if read_bluebook(text, fields):
        return
    cut, online = without_tail(text)
    # Springer's "(2019) Title. N Engl J Med 381:2497–2505. Comment in: N Engl J Med. 2019;
    # 381(26):2570-2571." is APA's shape: its notice is cut first (user30a P1-3: CL203). Not
    # where the cut ends at the year: "(2022). Comment on: statin adherence ..." is a title.
    styled = cut if len(cut) < len(text) and not _APA_YEAR_AT_END.search(cut) else text
    if read_apa(styled, fields) or _read_mdpi(styled, fields) or read_quoted(styled, fields):
        return
    if read_page_title(text, fields):
        return
    bracketed = _BRACKETED_SOURCE.search(text) if ends_bracketed(text) else None
    if bracketed and bracketed.start() > 0:
        fields.year = int(bracketed["year"])
        title = Split(text[: bracketed.start()], bracketed["journal"], 0.0)
        choose([reading(title, [], None, fields.year)], fields)
        return
    locus = find_locus(cut, spaces_only=True)  # as strip_identifiers leaves it
    _read_located(cut, locus, online, fields)


def _read_located(
    text: str, locus: Locus | None, online: int | None, fields: Reference, common: bool = False
) -> None:
    """A one-line entry's authors, title and journal, its locus and online date read.
    ``common``: the entry is of common_entry's shape, its locus Vancouver's."""
    head = text[: locus.start] if locus else text
    if online is not None and locus is None:
        fields.year = online  # the text ends in its journal: no locus will be found
    if locus is not None:
        fields.year, fields.volume = locus.year, locus.volume
        fields.issue, fields.pages = locus.issue, locus.pages
    science = (
        science_head(head)
        if locus is not None
        and ", " in head
        # A common locus opens with a year of four digits, then ";" or a space: never the
        # ", " Science's needs after its volume's one to four, which it is spared.
        and (
            (not common and at_a_science_locus(text, locus.start)) or abbreviated_journal_last(head)
        )
        else None
    )
    if science is not None:
        choose([reading(Split("", science[1], 0.0), science[0], None, fields.year)], fields)
        return
    names, rest = _head_names(head, locus, fields)
    if not names and locus is not None and locus.rsc:
        names, rest = _authors_then_journal(head)
        choose([reading(Split("", rest, 0.0), names, None, fields.year)], fields)
        return
    # No names before a year in brackets: a notice Cell's lists print unsigned ("(2021).
    # Correction: Title. Cell 184, 2000."); left, the year began the title.
    # Every leading year opens with "(" or its first digit (most rests with a title's word).
    early = leading_year(rest) if (names or rest[:1] == "(") and rest[:1] in "(12" else None
    if early:
        rest, year = early
        fields.year = fields.year or year
    if fields.year is None:
        late = trailing_year(rest)
        if late:
            rest, fields.year = late
    terse = bool(locus is not None and fields.volume)
    first = title_first(rest, fields.year) if not names else None
    if first is not None:
        # The other readings stay, after it, for PubMed's record to choose among.
        ranked = ranked_readings(rest, names, fields.year, terse).build_all()
        choose([first, *[r for r in ranked if r != first]][:MAX_READINGS], fields)
    else:
        choose_readings(rest, names, fields.year, terse, fields)


def _head_names(head: str, locus: Locus | None, fields: Reference) -> tuple[list[str], str]:
    """The names heading a one-line entry and the rest after them (its title, journal ...);
    an Elsevier Harvard head's year is taken into ``fields``."""
    harvard = _harvard_head(head)
    if harvard is not None:
        fields.year = fields.year or harvard[2]
        return harvard[0], head[harvard[1] :].strip(" .,;:")
    authored = head.strip(" .,;:")
    if "on behalf of" in authored:  # a gate: the pattern's \b tests each letter it passes
        authored = _ET_AL_ON_BEHALF.sub("et al. ", authored)
    names, rest = leading_authors(authored)
    if not names:  # people_after_group gives names that were read back as they are
        names, rest = people_after_group(names, rest)
    rest = without_group_sentence(rest) if names else rest
    if not names and locus is not None and (alone := full_names_alone(authored)):
        names, rest = alone[0], authored[alone[1] :]
    return names, rest


def _harvard_head(head: str) -> tuple[list[str], int, int] | None:
    """Elsevier's Harvard names and year (_HARVARD_HEAD, _HARVARD_GROUP): the names, where
    the title starts, and the year; None for other entries."""
    # What every match holds, a comma and spaces before a year: most entries do not. Looked
    # for in the whole head: a list of every author puts the year far in (review20 B3a).
    if _YEAR_AFTER_COMMA.search(head) is None:
        return None
    people = _HARVARD_HEAD.match(head) if head[:40].count(".,") else None
    if people is not None:
        return apa_authors(people["authors"]), people.end(), int(people["year"])
    group = _HARVARD_GROUP.match(head) if head[:1].isupper() else None
    if group is not None and looks_like_group(group["authors"]):
        return [group["authors"]], group.end(), int(group["year"])
    return None


def _read_mdpi(text: str, fields: Reference) -> bool:
    """MDPI's and the ACS's style (see styled_entries): the locus after the journal, the
    authors "Surname, I." separated by semicolons."""
    mdpi = MDPI.match(text) if mdpi_first_name(text) else None
    if mdpi is None:
        return False
    fields.year, fields.volume = int(mdpi["year"]), mdpi["volume"]
    fields.issue, fields.pages = mdpi["issue"], pages_of(mdpi["pages"])
    names = mdpi_authors(mdpi["authors"])
    choose_readings(mdpi["rest"], names, fields.year, True, fields)
    return True


def _authors_then_journal(text: str) -> tuple[list[str], str]:
    """ "Smith J, Doe A and Roe B, J. Am. Chem. Soc": the names, then the journal."""
    parts = _NAME_OR_JOURNAL.split(text.strip(" .,;:"))
    count = 0
    while count < len(parts) and authors(parts[count]):
        count += 1
    journal = ", ".join(parts[count:])
    return [p.strip() for p in parts[:count]], journal
