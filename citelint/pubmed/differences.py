"""Where an entry and the record of its paper differ, one phrase per field (CL203)."""

from __future__ import annotations

import re
from dataclasses import replace

from citelint.models import Reference, normalise
from citelint.pubmed.matching import (
    first_author_matches,
    first_page,
    is_group,
    journal_matches,
    last_page,
    year_matches,
)
from citelint.pubmed.run_on_titles import byline_read_into_title
from citelint.read.unindexed_sources import preprint_by_its_doi
from citelint.record import Record
from citelint.whole_numbers import roman

_SUPPLEMENT_PAGE = re.compile(r"^s(?=\d+$)")
_ROMAN_RANGE = re.compile(r"([ivxlc]{1,8})(?:\s*[-–—]\s*([ivxlc]{1,8}))?")
# The last sentence break of a "journal": "Back to the original concept. Front Physiol".
_LAST_SENTENCE = re.compile(r"[.?!]\s+(?=[^.?!]*[.?!]?\s*$)")


# Preprint servers: an entry citing a preprint of a paper PubMed has from its journal names
# the server and the preprint's year, which are no mistake.
_PREPRINT_SERVERS = ("medrxiv", "biorxiv", "arxiv", "research square", "ssrn", "preprints")


def differences(entry: Reference, record: Record) -> list[str]:
    """What the entry says that PubMed says otherwise, one phrase per field (CL203)."""
    if record.book:
        # A chapter of a book PubMed holds (StatPearls): its record is the chapter's latest
        # update, year and authors included, and its "journal" the book, which entries
        # give with its publisher ("In: StatPearls [Internet]. Treasure Island (FL): ...").
        # An entry of 2022 cites the chapter as it stood then: no field of it is a slip.
        return []
    found: list[str] = []
    preprint = a_preprint_of(entry, record)
    if _prints_the_records_locus(entry, record):
        # An entry (or a note) holding two works, "...Crit Care. 2021;27(4):454-9; Tayal D,
        # ... 2024;45(2):75-84.": its year, volume and pages were read from the other work.
        entry = replace(entry, year=None, volume=None, pages=None)
    if year_matches(entry, record) is False and not (
        preprint and entry.year and record.year and entry.year <= record.year
    ):
        found.append(f"year {entry.year} in the entry, {record.year} in PubMed")
    if journal_matches(entry, record) is False and not preprint:
        sentence = _title_sentence_before_journal(entry, record)
        if sentence:
            ours = f"{entry.title}. {sentence}"
            found.append(f"title '{ours}' in the entry, '{record.title.rstrip('.')}' in PubMed")
        else:
            theirs = record.journal_abbrev or record.journal
            found.append(f"journal '{entry.journal}' in the entry, '{theirs}' in PubMed")
    if first_author_matches(entry, record) is False and not byline_read_into_title(entry, record):
        found.append(_first_authors(entry, record))
    if (
        entry.volume
        and record.volume
        and not _same_volume(entry.volume, record.volume)
        and not _year_for_volume(entry)
        and not _issue_for_volume(entry, record)
    ):
        found.append(f"volume {entry.volume} in the entry, {record.volume} in PubMed")
    if not _ahead_of_print(entry, record):
        ours, theirs = first_page(entry.pages), first_page(record.pages)
        ours_last, theirs_last = last_page(entry.pages), last_page(record.pages)
        if (
            (ours and theirs and not _same_page(ours, theirs))
            or (
                ours_last
                and theirs_last
                and not _same_last_page(entry.pages, ours_last, theirs_last)
            )
            or _roman_pages_differ(entry.pages, record.pages)
        ):
            found.append(f"pages {entry.pages} in the entry, {record.pages} in PubMed")
    return found


def _first_authors(entry: Reference, record: Record) -> str:
    """CL203's phrase for first authors that differ. A group and its writers: the first
    writer is the one that differs. A record led by its group ("RECOVERY Collaborative
    Group") names its first person too, the one an entry of people is compared with
    (user23 P3 3: "'Lim WS' in the entry, 'RECOVERY Collaborative Group' in PubMed")."""
    ours, theirs = entry.authors[0], record.authors[0]
    if is_group(ours):
        ours = next(name for name in entry.authors if not is_group(name))
        theirs = next(name for name in record.authors if not is_group(name))
    elif is_group(theirs):
        person = next((name for name in record.authors if not is_group(name)), None)
        if person is not None:
            return (
                f"first author '{ours}' in the entry, '{theirs}' (first person '{person}') "
                "in PubMed"
            )
    return f"first author '{ours}' in the entry, '{theirs}' in PubMed"


def _prints_the_records_locus(entry: Reference, record: Record) -> bool:
    """Whether the entry's text prints the record's year, volume and first page, in that
    order and close together ("2021;27(4):454-9", "2021, 27, 454"), while its year, volume
    or pages as read are another's: then those were read from another work it holds."""
    page = first_page(record.pages)
    if not (record.year and record.volume and page and entry.raw):
        return False
    if entry.year == record.year and entry.volume == record.volume:
        return False  # nothing read from elsewhere: its pages, if they differ, are its own
    locus = (
        rf"\b{record.year}\b[^\d]{{0,25}}(?:\d+[^\d]{{1,8}})?\b{re.escape(record.volume)}\b"
        rf"[^\d]{{0,12}}(?:\d+[^\d]{{1,6}})?\b{re.escape(page)}\b"
    )
    return re.search(locus, entry.raw) is not None


def _ahead_of_print(entry: Reference, record: Record) -> bool:
    """Whether the entry cites the paper as it stood online ahead of print, where PubMed's
    record has since had its issue: an article number and no volume or issue ("Global Spine
    J. 2024 Jun 12:21925682241260651", the DOI's suffix) is no page of the printed paper's
    "15(3):1712-1724", and was reported as a wrong one (hunt17)."""
    if entry.volume or entry.issue or not entry.pages or not record.volume:
        return False
    return not last_page(entry.pages)  # one number, not a range


def a_preprint_of(entry: Reference, record: Record) -> bool:
    """Whether the entry cites the paper's preprint ("medRxiv. Preprint posted online ...")
    where PubMed's record is the paper in its journal. The server is looked for in the whole
    entry when its journal does not name it: "medRxiv. 2021. doi:... Preprint." is read with
    the journal '2021. Preprint' and the title "... trial. medRxiv" (a false CL203 'journal'
    once its search found the paper). Nature's "Preprint at https://doi.org/10.1101/..."
    names no server but by its DOI, which no journal's paper has (a false CL105 beside the
    paper's own entry); the DOI counts only where the entry names no journal ("Lancet.
    2021;397:100-10. doi:10.1101/..." is the Lancet's paper with a mistyped DOI: review33a)."""
    theirs = normalise(f"{record.journal} {record.journal_abbrev}")
    if preprint_by_its_doi(entry):
        return not any(server in theirs for server in _PREPRINT_SERVERS)
    ours = normalise(entry.journal or "")
    named = [server for server in _PREPRINT_SERVERS if server in ours]
    if not named and entry.raw:
        # Not a word of the paper's title: "The rise of preprints in medicine" names none.
        text, title = f" {normalise(entry.raw)} ", f" {normalise(record.title)} "
        named = [s for s in _PREPRINT_SERVERS if f" {s} " in text and f" {s} " not in title]
    return any(server not in theirs for server in named)


def _roman_pages_differ(ours: str | None, theirs: str | None) -> bool:
    """Whether the entry's and the record's pages are both roman ("ix-xiv", an editorial or
    front matter) and name another first page, or another last page when both give one:
    ``first_page`` reads no roman page, and a wrong one went unreported (user31a)."""
    one, two = _roman_range(ours), _roman_range(theirs)
    if one is None or two is None:
        return False
    return one[0] != two[0] or bool(one[1] and two[1] and one[1] != two[1])


def _roman_range(pages: str | None) -> tuple[int, int] | None:
    """The first and last page of a roman range ("ix-xiv" -> (9, 14), "IX" -> (9, 0)); None
    when the pages are not roman."""
    found = _ROMAN_RANGE.fullmatch((pages or "").strip().lower())
    if found is None:
        return None
    first, last = _roman_value(found[1]), _roman_value(found[2] or "")
    if not first or (found[2] and not last):
        return None
    return first, last


def _roman_value(numeral: str) -> int:
    """The value of a roman numeral in lower case written as numerals are ("xiv" -> 14); 0
    for none or a run of letters no numeral is ("lc", "iiii")."""
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for index, letter in enumerate(numeral):
        value = values[letter]
        following = values[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total if total and roman(total) == numeral else 0


def _same_page(ours: str, theirs: str) -> bool:
    """The same page, or the same number with a supplement's "S" on one side only: a citation
    gives "S12-S20" where PubMed has "12-20", or the reverse (pages as ``first_page`` and
    ``last_page`` give them, in lower case)."""
    return ours == theirs or _SUPPLEMENT_PAGE.sub("", ours) == _SUPPLEMENT_PAGE.sub("", theirs)


def _same_last_page(pages: str | None, ours: str, theirs: str) -> bool:
    """The same last page, or, where PubMed's range runs past a power of ten ("e895-e1032"),
    an abbreviated end printing the digits that end it ("e895-32"): how many digits such a
    list keeps varies. Within the first page's length, "1012-8" is 1018, not 1028. The
    printed digits must be the first page past the power of ten that ends so: "895-32" is
    1032, never 1232 (99-1232 pages further on)."""
    if _same_page(ours, theirs):
        return True
    printed = re.match(r"[^-–—]*[-–—]\s*[A-Za-z]{0,4}(\d+)", pages or "")
    first = re.search(r"\d+", pages or "")
    record_last = re.search(r"\d+", theirs)
    if printed is None or first is None or record_last is None:
        return False
    crosses = len(printed[1]) < len(first[0]) < len(record_last[0])
    past_the_power = int(record_last[0]) - 10 ** len(first[0])
    return (
        crosses and record_last[0].endswith(printed[1]) and past_the_power < 10 ** len(printed[1])
    )


def _same_volume(ours: str, theirs: str) -> bool:
    """The same volume, or the same number with a series' letter or a supplement on one side
    only: "101" for "101-B" (Bone Joint J), "21" for "21 Suppl 1"."""
    if normalise(ours) == normalise(theirs):
        return True
    ours_number, theirs_number = re.match(r"\d+", ours), re.match(r"\d+", theirs)
    return bool(ours_number and theirs_number and ours_number[0] == theirs_number[0])


def _year_for_volume(entry: Reference) -> bool:
    """Whether the entry's "volume" is its year: Wiley cites a Cochrane review as
    "Cochrane Database of Systematic Reviews, 2023(6), CD012345", where PubMed's volume is
    the issue's number, 6. The year itself is compared on its own."""
    return entry.year is not None and entry.volume == str(entry.year)


def _issue_for_volume(entry: Reference, record: Record) -> bool:
    """Whether the entry's "volume" is the issue of a record whose volume is its year:
    PubMed holds a Cochrane review of 2013 as "2013;2013(1):CD004816", which the Lancet's
    lists cite "Cochrane Database Syst Rev 2013; 1: CD004816" (user21 P1 3)."""
    return (
        record.year is not None
        and record.volume == str(record.year)
        and bool(record.issue)
        and normalise(entry.volume or "") == normalise(record.issue or "")
    )


def _title_sentence_before_journal(entry: Reference, record: Record) -> str | None:
    """The title's second sentence where the entry was read with it before its journal:
    "Runners. Back to the original concept. Front Physiol" against PubMed's "Runners. Back
    to the old days?" is the title's fault, not the journal's (hunt14)."""
    breaks = list(_LAST_SENTENCE.finditer(entry.journal or ""))
    if not breaks:
        return None
    cut = breaks[-1]
    journal = entry.journal[cut.end() :]  # type: ignore[index]
    if not journal_matches(replace(entry, journal=journal), record):
        return None
    return entry.journal[: cut.start() + 1].strip()  # type: ignore[index]
