"""What PubMed is asked about an entry: whether its title is asked, the phrase, the telling words.

The ECitMatch line of its citation details is made in ``citations``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference, normalise

TITLE_WORDS = 5  # the longest words of a title, all required by the fallback search
# PubMed drops these from searches; they tell titles apart no better than short words do.
_STOPWORD_TEXT = """
    about after again among also because been before being between both could does doing down
    during each from further have having into more most other over same should some such than
    that their them then there these they this those through under until upon very were what
    when where which while with within without would your
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# What a title search leaves out of a title: anything but letters, digits and white space.
_NOT_A_WORD = LazyPattern(r"[^\w\s]|_")
# A subtitle: after a colon, or a dash set apart by spaces.
_SUBTITLE = LazyPattern(r":|\s[-–—]\s")
# What NEJM's online-first titles add to the final one PubMed keeps: "... with Covid-19 —
# Preliminary Report". Their words are not searched, and the rest is the record's title.
VERSION_NOTES = frozenset({"preliminary report", "final report", "interim report"})
# NLM spells a journal's name in ASCII letters, as Danish and Norwegian write theirs without
# their own: "Ugeskr Læger" is "Ugeskr Laeger", "Tidsskr Nor Lægeforen" "... Laegeforen",
# "Läkartidningen" "Lakartidningen" (user25 P1 7: ECitMatch was sent "Læger" and knew none).
NLM_LETTERS = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe"})


def nlm_journal(journal: str) -> str:
    """The journal's name in Latin letters as NLM spells it: accents off, æ and ø folded.
    Another script's letters are left as they are (NLM knows no such name anyway)."""
    if journal.isascii():
        return journal
    kept: list[str] = []
    for character in unicodedata.normalize("NFKD", journal.translate(NLM_LETTERS)):
        if unicodedata.combining(character) and kept and kept[-1].isascii():
            continue  # an accent on a Latin letter: "ä" is "a"
        kept.append(character)
    return unicodedata.normalize("NFC", "".join(kept))


def has_citation(entry: Reference) -> bool:
    """Whether the entry names journal, year and volume or first page: an ECitMatch line."""
    return bool(entry.journal and entry.year and (entry.volume or entry.pages))


def asks_title(entry: Reference) -> bool:
    """Whether the entry's title is searched for (as a phrase, or by its telling words)."""
    return bool(entry.title and (near_term(entry) or core_term(entry)))


def as_looked_up(entry: Reference) -> Reference:
    """The entry as the lookups should see it.

    Terse citations ("Smith J. Spine. 2019;44:1100-8.") give no title, and a reader then takes
    the journal name for one. A short "title" with a locus and no journal is such a journal.
    """
    # The title's words are counted last: most entries have a journal, and splitting every
    # title cost more than the rest of the test (the order changes no answer).
    terse = entry.title and not entry.journal and len(entry.title.split()) <= 6
    if terse and entry.year and (entry.volume or entry.pages):
        return replace(entry, journal=entry.title, title=None)
    return entry


def words_term(title: str, year: int | None = None) -> str | None:
    """The title's most telling words, all required; None when too few to be selective."""
    return _words_query(_telling(title), year)


def core_term(entry: Reference) -> str | None:
    """The word search for an entry: the telling words every reading's title shares, so a
    title read with a subtitle or journal too many, or a section head PubMed leaves out, is
    found all the same; the title's own words when the readings share too few."""
    from citelint.pubmed.matching import readings  # not loaded by a check that asks nothing

    titles = [r.title for r in readings(entry) if r.title]
    if not titles:
        return None
    # A reading cut to a word or two ("GENE SILENCING") shares nothing worth asking.
    others = [words for words in map(set, map(_telling, titles[1:])) if len(words) >= 3]
    shared = [w for w in _main_words(titles[0]) if all(w in words for words in others)]
    return _words_query(shared, entry.year) or words_term(titles[0], entry.year)


def _main_words(title: str) -> list[str]:
    """The title's telling words; only its main title's when that alone has as many as a
    search asks for and the subtitle has more. So long a subtitle is a society's printing
    PubMed's title may lack ("2019 ESC Guidelines for the diagnosis and management of
    chronic coronary syndromes: the Task Force for ... of the European Society of
    Cardiology"): its words ("cardiology") found no record (user23 esc3.md: CL201 "possibly
    fabricated"). A short one ("a randomised trial") is searched as before."""
    main = main_title(title)
    if main is not None:
        words, subtitle = _telling(main), _telling(title[len(main) + 1 :])
        if len(words) >= TITLE_WORDS and len(subtitle) > len(words):
            return words
    return _telling(title)


def main_title(title: str) -> str | None:
    """The title before its subtitle (after a colon, or a dash set apart by spaces); None
    for a title without one."""
    main = _SUBTITLE.split(title, maxsplit=1)[0]
    return main if main != title else None


def _words_query(words: list[str], year: int | None) -> str | None:
    """All of the longest words; one or two telling words ("Marine heatwaves") are selective
    only with the year, one either way, and without it are not asked at all."""
    if len(words) >= 3:
        longest = sorted(words, key=len, reverse=True)[:TITLE_WORDS]
        return "(" + " AND ".join(f"{word}[ti]" for word in longest) + ")"
    if words and year is not None:
        asked = " AND ".join(f"{word}[ti]" for word in words)
        return f"({asked} AND {year - 1}:{year + 1}[dp])"
    return None


def near_term(entry: Reference) -> str | None:
    """The entry's title as a proximity search: its words side by side, in any order.

    PubMed's phrase index holds phrases common in the literature, not titles, so a quoted
    title tagged [ti] mostly finds nothing (QuotedPhraseNotFound); "<words>"[ti:~0] asks for
    the words next to each other in a title instead. A title of one or two telling words
    ("Editorial", "Marine heatwaves") fits thousands of papers, so its year narrows it.
    """
    words = _query_words(entry.title or "")
    if not words:
        return None
    term = f'"{" ".join(words)}"[ti:~0]' if len(words) > 1 else f"{words[0]}[ti]"
    if len(_telling(entry.title or "")) >= 3:
        return term
    if entry.year is not None:
        return f"({term} AND {entry.year - 1}:{entry.year + 1}[dp])"
    return term if len(words) > 1 else None


def _query_words(title: str) -> list[str]:
    # Only words: quotes, brackets, tags and operators inside a title would change the query.
    return _NOT_A_WORD.sub(" ", title).split()


def _telling(title: str) -> list[str]:
    words = normalise(title).split()
    if " ".join(words[-2:]) in VERSION_NOTES:
        words = words[:-2]
    return [w for w in dict.fromkeys(words) if len(w) >= 4 and w not in _STOPWORDS]


# A first author as PubMed's [1au] takes it: the family name and initials, ASCII letters kept.
_AUTHOR_CHARACTERS = LazyPattern(r"[^\w\s'-]")


def _first_author(entry: Reference) -> str:
    """The entry's first author as a search asks for it: the characters an author field may
    hold, single-spaced."""
    return " ".join(_AUTHOR_CHARACTERS.sub(" ", entry.authors[0]).split())


def first_author_term(entry: Reference) -> str | None:
    """The papers of the entry's first author from a year either side of its own: how a
    title with one word PubMed spells otherwise ("paediatrics" for "pediatrics", user27
    P1-1) is found, where the word search asks for every word. Only those with a title near
    the entry's are proposed (``Batches.take_titles``). Asked as any author ([au]), which a
    PubMed mirror answers too; the comparison says whether it is the first. None without an
    author or year."""
    if not (entry.authors and entry.year):
        return None
    author = _first_author(entry)
    if len(author) < 2:
        return None
    return f'("{author}"[au] AND {entry.year - 1}:{entry.year + 1}[dp])'


def first_author_words_term(entry: Reference) -> str | None:
    """``first_author_term`` narrowed to titles holding any of the entry's telling words: a
    senior author's papers overflow the first page (fix27a), but a title with one word PubMed
    spells otherwise shares the others. None without such words."""
    base = first_author_term(entry)
    words = sorted(_telling(entry.title or ""), key=len, reverse=True)[:TITLE_WORDS]
    if base is None or not words:
        return None
    return f"({base} AND ({' OR '.join(f'{word}[ti]' for word in words)}))"


def author_term(entry: Reference, unknown_journal_page: str | None = None) -> str | None:
    """The papers of the entry's first author in its journal and year: how a paper whose
    title is in another language (PubMed's title is its English translation) is found when
    one of its volume and pages is wrong. None without a first author, journal or year.

    ``unknown_journal_page``: the entry's first page, given when ECitMatch knew no journal by
    the entry's name for it, which NLM may name with its place ("G Ital Cardiol" for "G Ital
    Cardiol (Rome)", user24 P2 9): the author's paper of that year with the entry's volume and
    that page is asked for instead, and its journal is compared with the entry's as any
    record's is."""
    if not (entry.authors and entry.journal and entry.year):
        return None
    author = _first_author(entry)
    journal = " ".join(_NOT_A_WORD.sub(" ", nlm_journal(entry.journal)).split())
    if len(author) < 2 or not journal:
        return None
    if unknown_journal_page is not None:
        volume = " ".join(_NOT_A_WORD.sub(" ", entry.volume or "").split())
        page = " ".join(_NOT_A_WORD.sub(" ", unknown_journal_page).split())
        if not (volume and page):
            return None
        return f'({entry.year}[dp] AND "{author}"[1au] AND {volume}[vi] AND {page}[pg])'
    return f'("{journal}"[ta] AND {entry.year}[dp] AND "{author}"[1au])'
