"""Which earlier entry of a reference list an entry is the same work as, and rule CL105."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from citelint.lazy_pattern import LazyPattern
from citelint.models import Finding, Marker, Reference, Resolution, Severity, Status, normalise
from citelint.rules.base import CheckContext, Rule

# Titles this similar (0-100, after case and punctuation are dropped) name the same work.
DUPLICATE_TITLE_SIMILARITY = 95
# The numbers that tell works of one title apart: digits, roman numerals ("part i" and "part
# ii" of one review, "type i" and "type ii" interferons) and a part's letter ("part a").
_NUMBERS = LazyPattern(r"\d+|\b(?:i{1,3}|iv|vi{0,3}|ix|x)\b|(?<=\bpart )[a-z]\b")
# Words that make a title say the opposite of one without them: "patients with heart failure
# and no type 2 diabetes" is another subgroup analysis than "... and type 2 diabetes".
_NEGATING_WORDS = frozenset({"no", "not", "non", "without", "nor", "never"})
# A notice's title: the paper's own after "Retraction-" (the Lancet's), "Retraction Note:",
# "Erratum to:", "Correction:" or "Expression of Concern:" is another work than the paper
# (user23 P1-3). "RETRACTED:" and "RETRACTED ARTICLE:" mark the paper itself, and
# "Correction of hyponatremia" is a title of its own.
_NOTICE_TITLE = LazyPattern(
    r"(?:notice of retraction|retraction(?: note| notice)?|errat(?:um|a)|correction|corrigendum"
    r"|expression of concern)(?:\s+(?:to|for|of|on))?\s*[:\-\u2010\u2013\u2014]",
    re.IGNORECASE,
)
_AUTHOR_WORDS = LazyPattern(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SMALL_WORDS = frozenset({"of", "the", "and", "in", "for"})
_JOURNAL_FILLERS = _SMALL_WORDS | {"j", "journal"}
_LEADING_PAGE = LazyPattern(r"[a-z]*\d+", re.IGNORECASE)
# Shorter titles ("Introduction", "Guidelines") are too generic to call duplicates.
SHORTEST_COMPARED_TITLE = 20
# Titles are compared pairwise; past this many entries (no real article has them) only
# identical identifiers are looked for, so a huge generated list stays fast.
LONGEST_FUZZY_LIST = 1000
# fuzz.ratio: how alike two titles are (0-100), 0 below ``score_cutoff``.
TitleRatio = Callable[..., float]
# An entry's kind, by the identifiers it gives: one bit for a PMID, one for a DOI. Titles of
# two entries are compared only when their kinds share no bit (see SeenReferences._comparable).
_GIVES_PMID = 2
_GIVES_DOI = 1


class SeenReferences:
    """The entries so far, indexed so that each new entry is compared in about constant time."""

    def __init__(self) -> None:
        self.by_pmid: dict[str, Reference] = {}
        self.by_doi: dict[str, Reference] = {}
        self.entries: list[Reference] = []  # those with a title worth comparing
        self.titles: list[str] = []
        self.years: list[int | None] = []
        self.kinds: list[int] = []
        # The titles' indexes in order of the titles' length (equal lengths in the order of
        # the list), each length beside its index: a title 95% alike another differs in
        # length by at most 5% of both together, so only a window of them is compared. One
        # window for every kind, the kinds told apart after: four shelves, one a kind, cost
        # a window's bisections for each kind an entry is compared with (issue 13).
        self.sizes: list[int] = []
        self.by_size: list[int] = []

    def add(self, entry: Reference, title: str) -> None:
        """``title`` is the entry's title as ``normalise`` gives it."""
        if entry.pmid:
            self.by_pmid.setdefault(entry.pmid, entry)
        if entry.doi:
            self.by_doi.setdefault(entry.doi.lower(), entry)
        size = len(title)
        if size >= SHORTEST_COMPARED_TITLE:
            at = bisect_right(self.sizes, size)
            self.sizes.insert(at, size)
            self.by_size.insert(at, len(self.titles))
            self.entries.append(entry)
            self.titles.append(title)
            self.years.append(entry.year)
            self.kinds.append(_kind(entry))

    def same_as(self, entry: Reference, title: str) -> tuple[Reference, str] | None:
        if entry.pmid and entry.pmid in self.by_pmid:
            return self.by_pmid[entry.pmid], f"same PMID {entry.pmid}"
        if entry.doi and entry.doi.lower() in self.by_doi:
            return self.by_doi[entry.doi.lower()], f"same DOI {entry.doi}"
        if len(title) < SHORTEST_COMPARED_TITLE or len(self.titles) > LONGEST_FUZZY_LIST:
            return None
        indexes = self._comparable(entry, len(title))
        # When no title comes close in length the comparison is skipped, and short runs
        # never load rapidfuzz.
        if not indexes:
            return None
        ratio, titles = _title_ratio(), self.titles
        scored: list[tuple[float, int]] = []
        for index in indexes:
            score = ratio(title, titles[index], score_cutoff=DUPLICATE_TITLE_SIMILARITY)
            if score:
                scored.append((-score, index))
        # Best first, equal scores in the order of the list.
        numbers: list[str] | None = None  # read when a title first comes close, once
        for _, index in sorted(scored):
            other = self.entries[index]
            if numbers is None:
                numbers = _numbers(title)
            if numbers != _numbers(titles[index]):
                continue  # "type 1 diabetes" and "type 2 diabetes" are different works
            if different_works(entry, title, other, titles[index]):
                continue
            return other, "same title"
        return None

    def _comparable(self, entry: Reference, size: int) -> list[int]:
        """The indexes of the titles so far that can be 95% alike a title ``size`` long:
        those whose length ``other`` has 20 * |other - size| <= other + size (19 * size <=
        21 * other and 19 * other <= 21 * size), found by bisection, as comparing every title
        with every other made long lists slow. Titles of entries that give a PMID where
        ``entry`` gives one, or a DOI where it does, are left out: different identifiers
        are two papers that share a title (the same identifier is found first, by
        ``by_pmid`` and ``by_doi``). So are those of entries more than a year apart from
        ``entry``: a yearly report under one title, each year's a work of its own. Told here,
        before the titles are compared: nine in ten titles of a list's window are left out
        so, and the test costs a fraction of a comparison. The indexes come in no particular
        order: ``same_as`` orders what matches."""
        sizes = self.sizes
        window = self.by_size[
            bisect_left(sizes, -(-19 * size // 21)) : bisect_right(sizes, 21 * size // 19)
        ]
        if not window:
            return window
        kind, kinds, year = _kind(entry), self.kinds, entry.year
        if not year:
            return [index for index in window if not kind & kinds[index]]
        years, low, high = self.years, year - 1, year + 1
        return [
            index
            for index in window
            if not kind & kinds[index] and (not (other := years[index]) or low <= other <= high)
        ]


@cache
def _title_ratio() -> TitleRatio:
    """rapidfuzz's ratio, imported on first need (short runs never load it), and once: an
    import statement run for every entry cost ~5K instructions, more than comparing two
    titles (~3K). Called for each title of the window rather than process.extract once for
    the window: windows hold a title or two, and extract cost ~20K instructions a call to
    set up and hand back its list (issue 13)."""
    from rapidfuzz import fuzz

    return fuzz.ratio


def different_works(entry: Reference, title: str, other: Reference, other_title: str) -> bool:
    """Whether two entries of alike titles still name two papers: one title negates what the
    other says ("... and type 2 diabetes" and "... and no type 2 diabetes", subgroup analyses
    of one trial), or the entries disagree on the first author, the journal or the first
    page. A field only one entry gives, or neither, is no disagreement; nor is the volume,
    which a copy of an entry mistypes as often as it differs between two papers."""
    if _negations(title) != _negations(other_title):
        return True
    if _is_notice(entry) != _is_notice(other):
        return True
    # Imported here, for the few alike titles: an offline run loads no lookup code for this.
    from citelint.pubmed.matching import is_group

    mine, theirs = _surnames(entry), _surnames(other)
    groups = any(is_group(e.authors[0]) for e in (entry, other) if e.authors)
    if mine and theirs and not mine & theirs and not groups:
        return True  # a copy may lead with the trial's group where the other names its writer
    if entry.journal and other.journal and not _same_journal(entry.journal, other.journal):
        return True
    from citelint.read.unindexed_sources import preprint_by_its_doi  # for alike titles only

    if preprint_by_its_doi(entry) != preprint_by_its_doi(other):
        return True  # Nature's "Preprint at <DOI>" beside the paper it became (user32a CL105)
    return bool(
        entry.pages and other.pages and _first_page(entry.pages) != _first_page(other.pages)
    )


def _is_notice(entry: Reference) -> bool:
    """Whether the entry's title is a notice's about a paper of that title (_NOTICE_TITLE)."""
    return bool(entry.title) and _NOTICE_TITLE.match(entry.title.lstrip()) is not None


def _negations(title: str) -> set[str]:
    """The title's negating words, a word made with "non" counting as "non": a copy writing
    "noninferiority" says what one writing "non-inferiority" says (both "non" after
    ``normalise``), while "non-small cell" still negates "small cell"."""
    return {
        "non" if word.startswith("non") else word
        for word in title.split()
        if word in _NEGATING_WORDS or word.startswith("non")
    }


def _surnames(entry: Reference) -> set[str]:
    """The words of the first author that are no initials ("Kristensen SL", "S.L. Kristensen"
    and "KRISTENSEN" give "kristensen"; a group gives its words)."""
    if not entry.authors:
        return set()
    words = _AUTHOR_WORDS.findall(entry.authors[0])
    return {
        normalise(word)
        for word in words
        if len(word) > 1 and not (word.isupper() and len(word) <= 3)
    }


def _same_journal(one: str, two: str) -> bool:
    """Whether two journal names can be one journal: written in full or abbreviated ("N Engl
    J Med" and "New England Journal of Medicine"), or by its initials ("NEJM", "JAMA",
    "PNAS" for "Proc Natl Acad Sci U S A")."""
    # Imported here, for the few alike titles: an offline run loads no lookup code for this.
    from citelint.pubmed.initialisms import spelled_out, written_as_initials

    ones = [one, *filter(None, [spelled_out(one)])]
    twos = [two, *filter(None, [spelled_out(two)])]
    return any(written_as_initials(a, b) or _abbreviated_alike(a, b) for a in ones for b in twos)


def _abbreviated_alike(one: str, two: str) -> bool:
    """Word by word, each word of one name a prefix of the other's."""
    first = [word for word in normalise(one).split() if word not in _JOURNAL_FILLERS]
    second = [word for word in normalise(two).split() if word not in _JOURNAL_FILLERS]
    if len(first) != len(second):
        return first == second or "".join(first) == "".join(second)
    return all(a.startswith(b) or b.startswith(a) for a, b in zip(first, second, strict=True))


def _first_page(pages: str) -> str:
    """The first page of pages ("1995-2008" and "1995" give "1995", "e012" "e012"), so that
    a range written in full and abbreviated agree."""
    found = _LEADING_PAGE.search(pages)
    return found.group(0).lower() if found else pages.lower()


def _kind(entry: Reference) -> int:
    return (_GIVES_PMID if entry.pmid else 0) | (_GIVES_DOI if entry.doi else 0)


def _numbers(title: str) -> list[str]:
    return _NUMBERS.findall(title)


def notes_cited_once(markers: list[Marker]) -> set[int]:
    """The numbers that Markdown footnote marks ("[^3]") cite, each once and by nothing
    else: notes written a mark each, as Word's are (and as pandoc makes them of Word's), where
    a work cited again takes a note of its own, no duplicate entry (word19)."""
    marks: Counter[int] = Counter()
    other: set[int] = set()
    for marker in markers:
        if marker.raw.startswith("[^"):
            marks.update(marker.numbers)
        else:
            other.update(marker.numbers)
    return {number for number, count in marks.items() if count == 1 and number not in other}


def verified_records(pairs: Iterable[tuple[Reference, Resolution]]) -> dict[int, str]:
    """The PMID of each entry (by ``id``) PubMed's record matched with no difference at all:
    two entries of other texts resolved so to one PMID are one work cited twice (user23 P2-4:
    "Wang Yeming, Zhang Dingyu" and "Yeming Wang, Dingyu Zhang", one trial, no CL105). A match
    with any difference, a notice, or an identifier naming another paper is left out: then
    the record may be another entry's paper, and a false CL105 the worse slip."""
    # Imported here: an offline run resolves nothing and loads no lookup code.
    from citelint.pubmed.differences import a_preprint_of, differences
    from citelint.pubmed.matching import NOTICE_TYPES, best_reading

    verified: dict[int, str] = {}
    for entry, resolution in pairs:
        record = resolution.record
        if record is None or resolution.identifier_record is not None or record.book:
            continue
        # A bare identifier ("[@pubmed:33967209]") names no text to compare; a preprint is
        # the paper's, and citing both is no slip.
        if not entry.title or a_preprint_of(entry, record):
            continue
        if NOTICE_TYPES.intersection(record.publication_types):
            continue
        if not differences(best_reading(entry, record), record):
            verified[id(entry)] = record.pmid
    return verified


class DuplicateReference(Rule):
    code = "CL105"
    name = "duplicate-reference"
    severity = Severity.WARNING
    summary = "Two entries are the same work."
    rationale = (
        "Citing one paper under two numbers makes the evidence look broader than it is, and "
        "one of the two numbers was usually meant for a different paper. Two entries are one "
        "work when their titles, authors, journal and year agree however each is written, or, "
        "online, when PubMed's record matched both without any difference; a paper and its "
        "retraction or correction notice, and a preprint and its paper, are two works."
    )
    bad_example = (
        "Oral antibiotics were as good as intravenous ones [1], also in older adults [2].\n\n"
        "## References\n\n"
        "1. Okafor C, Lindgren P. Oral versus intravenous antibiotics for bone and joint "
        "infection: a non-inferiority trial. N Engl J Med. 2019;380(5):425-36.\n"
        "2. Okafor, C., & Lindgren, P. (2019). Oral versus intravenous antibiotics for bone and "
        "joint infection: A noninferiority trial. NEJM, 380(5), 425–436.\n"
    )
    good_example = (
        "Dapagliflozin helped with diabetes [1] and without it [2].\n\n## References\n\n"
        "1. Kristensen SL, Jhund PS. Dapagliflozin in heart failure with reduced ejection "
        "fraction and type 2 diabetes: a trial analysis. Eur J Heart Fail. 2021;23(4):520-9.\n"
        "2. Kristensen SL, Jhund PS. Dapagliflozin in heart failure with reduced ejection "
        "fraction and no type 2 diabetes: a trial analysis. Eur J Heart Fail. 2021;23(5):601-10.\n"
    )

    def check(self, context: CheckContext) -> Iterator[Finding]:
        if context.document.notes_as_list:
            return  # a note per mark: citing a work again takes a note of its own
        seen = SeenReferences()
        notes: set[int] | None = None  # asked only of a duplicate: most lists have none
        # Offline, nothing resolved: no lookup code is loaded to match records.
        resolved = list(context.entries_with(Status.RESOLVED)) if context.resolutions else []
        verified = verified_records(resolved) if resolved else {}
        by_record: dict[str, Reference] = {}  # the first entry each verified PMID resolved
        for entry in context.document.references:
            title = normalise(entry.title or "")
            reason = seen.same_as(entry, title)
            pmid = verified.get(id(entry))
            if pmid is not None:
                if reason is None and pmid in by_record:
                    reason = by_record[pmid], f"both PMID {pmid} in PubMed"
                by_record.setdefault(pmid, entry)
            if reason:
                other, why = reason
                notes = notes_cited_once(context.markers) if notes is None else notes
                if entry.number in notes and other.number in notes:
                    seen.add(entry, title)
                    continue  # "[^2]" and "[^5]" on one work: a note per mark
                yield self.finding(
                    context,
                    entry.line,
                    entry.column,
                    f"reference {entry.number} is the same work as reference {other.number} "
                    f"({why})",
                    reference=entry.number,
                    pmid=entry.pmid,
                )
            seen.add(entry, title)
