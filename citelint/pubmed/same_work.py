"""Whether a PubMed record can be the paper an entry cites at all, and how well it fits: the
gate every candidate passes before its metadata is compared (``matching`` compares titles,
authors, years, journals and pages; this module decides with them)."""

from __future__ import annotations

import re

from citelint.models import Reference, normalise
from citelint.pubmed.matching import (
    NOTICE_TYPES,
    TITLE_MATCH,
    first_author_matches,
    first_page,
    journal_matches,
    readings,
    record_title_similarity,
    year_matches,
)
from citelint.pubmed.run_on_titles import names_read_into_title
from citelint.record import Record

# Titles thousands of letters and notices share ("Reply.", "Erratum."): one names no paper,
# so such an entry is judged as one without a title (review: a NEJM reply cited "Whitaker J,
# Osei K. Reply. N Engl J Med. 2023;389:1342-3." was taken for another journal's "Reply.").
_TITLES_OF_MANY = frozenset(
    ("reply", "in reply", "authors reply", "the authors reply", "response", "authors response")
    + ("letter", "comment", "correspondence", "erratum", "errata", "correction", "corrigendum")
    + ("editorial", "introduction", "foreword", "preface", "commentary")
)

# Titles this alike are one title cited with a slip, whatever else disagrees.
_NEARLY_ONE_TITLE = 97.0


def is_same_work(entry: Reference, record: Record, by_locus: bool = True) -> bool:
    """Whether the record can be the entry's paper at all.

    With a title, the title decides (metadata slips are CL203's business, not a reason to
    reject). Without one, nothing known may disagree, and the first author or the journal
    with volume or first page must agree: a year alone fits thousands of papers. A title
    many papers share ("Reply.") decides only where nothing known disagrees, and a record
    with another title ("Tranexamic Acid in Hip Fracture Surgery. Reply.") is judged as for
    an entry without one. A title that names another paper, on a citation whose first
    author, journal, year, volume and first page are all the record's, is the record's paper
    with another title (``cited_by_locus_alone``), unless ``by_locus`` is False: a record
    the entry's own PMID or DOI names is then another paper than its title's (CL204).
    """
    if record.book and not _names_the_book(entry, record):
        return False
    if not entry.title:
        return _same_by_details(entry, record)
    shared = normalise(entry.title) in _TITLES_OF_MANY
    similarity = record_title_similarity(entry.title, record)
    if similarity >= TITLE_MATCH and not _defining_word_differs(entry.title, record):
        if similarity < _NEARLY_ONE_TITLE and _author_and_journal_disagree(entry, record):
            return False
        return not shared or not _anything_disagrees(entry, record)
    if shared:
        return _same_by_details(entry, record)
    if _title_names_it(entry, record):
        return True
    return by_locus and cited_by_locus_alone(entry, record)


def _title_names_it(entry: Reference, record: Record) -> bool:
    """Whether a title unlike the record's is its title all the same: translated into the
    citing article's language, or shortened (see those modules)."""
    # Imported here: only a record whose title differs is read for a translation or a
    # shortened title.
    from citelint.pubmed.short_titles import shortened_title
    from citelint.pubmed.translated_titles import translated_title

    return translated_title(entry, record) or shortened_title(entry, record)


def _defining_word_differs(title: str, record: Record) -> bool:
    """Whether a title alike to the record's names another population, disease or drug
    ("preserved" for "reduced" ejection fraction, review23b P3-2): another paper's title,
    however few its other differences ("Empagliflozin" for "Dapagliflozin")."""
    from citelint.pubmed.defining_words import contradicts

    return contradicts(title, record.title)


def cited_by_locus_alone(entry: Reference, record: Record) -> bool:
    """Whether the entry's first author, journal, year, volume and first page are all the
    record's: its citation names this paper, whatever its title says. A made-up title on a
    real citation is then this paper with another title (CL203 names PubMed's, review23b
    P3-1), not "no record matches". Papers of one page, a letter and its reply, share no
    first author; a notice about the paper has its own page."""
    page = first_page(entry.pages)
    if not (entry.volume and page) or record.book:
        return False
    return (
        entry.volume == record.volume
        and page == first_page(record.pages)
        and (first_author_matches(entry, record) is True or names_read_into_title(entry, record))
        and journal_matches(entry, record) is True
        and year_matches(entry, record) is True
        and not NOTICE_TYPES.intersection(record.publication_types)
    )


def named_in_its_own_script(entry: Reference, record: Record) -> bool:
    """Whether a title in another script ("中国心力衰竭诊断和治疗指南2018") is that of the
    record the entry's own PMID or DOI names, which PubMed titles in English translation
    ("[Chinese guidelines for ...]"): no word can be compared, so the identifier settles it
    where its year, volume and first page do not disagree (user24 odd/zh_gb2312.html: a
    false CL204 "not the paper the entry's title names" on a right DOI)."""
    from citelint.pubmed.matching import in_another_script

    if not (entry.title and in_another_script(entry.title)):
        return False
    if not (record.title.startswith("[") or record.vernacular_title):
        return False
    page = first_page(entry.pages)
    return (
        year_matches(entry, record) is not False
        and not (entry.volume and record.volume and entry.volume != record.volume)
        and not (page and record.pages and page != first_page(record.pages))
    )


def title_is_not_its_papers(entry: Reference, record: Record) -> bool:
    """Whether the record is the entry's paper by its citation alone (``cited_by_locus_alone``)
    and the entry's title is none PubMed's record has: CL203 says the paper has another
    title."""
    if not entry.title or normalise(entry.title) in _TITLES_OF_MANY:
        return False
    if not cited_by_locus_alone(entry, record) or names_read_into_title(entry, record):
        return False  # (its title is the record's, after the names read into it)
    similarity = record_title_similarity(entry.title, record)
    if similarity >= TITLE_MATCH and not _defining_word_differs(entry.title, record):
        return False
    return not _title_names_it(entry, record)


def _names_the_book(entry: Reference, record: Record) -> bool:
    """Whether the entry names the book of a chapter PubMed holds ("In: StatPearls
    [Internet]"): a chapter of one title is in many books, and the fields of a book's record
    are not compared (``differences``), so the book must be the entry's own."""
    book = normalise(re.sub(r"\s*\[[^\]]*\]", "", record.journal or ""))
    return bool(book) and f" {book} " in f" {normalise(entry.raw or '')} "


def _author_and_journal_disagree(entry: Reference, record: Record) -> bool:
    """Whether the first author and the journal both say another paper: with a title a word
    apart ("Heart failure with improved ejection fraction" for "... preserved ..."), such a
    record is another paper, and its differences were listed as the entry's slips (user23
    P1-12, a StatPearls chapter matched to a paper of the same list)."""
    return first_author_matches(entry, record) is False and journal_matches(entry, record) is False


def _anything_disagrees(entry: Reference, record: Record) -> bool:
    return False in (
        first_author_matches(entry, record),
        year_matches(entry, record),
        journal_matches(entry, record),
    )


def _same_by_details(entry: Reference, record: Record) -> bool:
    """``is_same_work`` for an entry whose title does not decide (see there)."""
    if first_author_matches(entry, record) is False or year_matches(entry, record) is False:
        return False
    if first_author_matches(entry, record):
        return True
    located = bool(entry.volume and entry.volume == record.volume) or bool(
        first_page(entry.pages) and first_page(entry.pages) == first_page(record.pages)
    )
    return bool(journal_matches(entry, record)) and located


def fit(entry: Reference, record: Record, by_locus: bool = True) -> float | None:
    """How well the record fits the entry's best-agreeing reading; None when no reading of
    the entry can be the record's paper (``by_locus`` as for ``is_same_work``)."""
    scores = [
        score(option, record)
        for option in readings(entry)
        if is_same_work(option, record, by_locus)
    ]
    return max(scores) if scores else None


def score(entry: Reference, record: Record) -> float:
    """Higher is a better fit; used to rank records that all pass ``is_same_work``."""
    total = record_title_similarity(entry.title, record) if entry.title else 0.0
    for agrees in (
        year_matches(entry, record),
        first_author_matches(entry, record),
        journal_matches(entry, record),
    ):
        total += 10.0 if agrees else 0.0
    if entry.volume and entry.volume == record.volume:
        total += 5.0
    if first_page(entry.pages) and first_page(entry.pages) == first_page(record.pages):
        total += 5.0
    if entry.year is not None and entry.year == record.year:
        total += 1.0  # exact year beats online-first year
    if NOTICE_TYPES.intersection(record.publication_types):
        total -= 20.0
    return total


def named_by_address(entry: Reference, tied: list[Record]) -> list[Record]:
    """Among tied records, the one whose DOI the entry's address holds, whole or by what
    follows its prefix: a statement co-published in several journals (PRISMA 2020 in BMJ,
    PLoS Med and J Clin Epidemiol) linked as "bmj.com/content/372/bmj.n71" is the BMJ's
    (10.1136/bmj.n71; user31a P1-9), as "thelancet.com/.../PIIS0140-6736(20)..." is the
    Lancet's. ``tied`` as it was unless exactly one record's DOI is there."""
    address = (entry.url or "").lower()
    if not address:
        return tied
    named = [
        record
        for record in tied
        if record.doi
        and len(suffix := record.doi.lower().partition("/")[2]) >= 6
        and suffix in address
    ]
    return named if len(named) == 1 else tied
