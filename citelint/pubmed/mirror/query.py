"""The mirror answering ESearch, EFetch, ECitMatch and ELink, so the resolver needs no other
code.

``MirrorClient`` has the four methods of ``EntrezClient`` and gives the same kinds of answer,
so ``EntrezResolver`` settles entries from the mirror exactly as it does online: the same
queries, the same verification, the same ``decide``. Searches the mirror cannot answer (an
untagged term, a field it does not hold) and database trouble raise ``EntrezError``, which
makes the entries behind them unverified, never "not found".

Title searches find candidates with the full-text index (the phrase's rarest words, all
required) and then keep only records whose title holds the words as one phrase, which is what
``"..."[ti]`` asks of PubMed. Results come newest first, as PubMed lists them.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from citelint.pubmed.client import Citation, CitationMatch
from citelint.pubmed.closing import Closing
from citelint.pubmed.errors import EntrezUnavailable
from citelint.pubmed.mirror.store import (
    connect,
    decode,
    describe,
    read_meta,
    rows_in,
    stored_number,
    words,
)
from citelint.pubmed.mirror.terms import Node, Term, TermError, flatten, parse
from citelint.pubmed.mirror.titles import TitleIndex, column_of
from citelint.pubmed.pubmed_xml import ESearchResult
from citelint.record import Record

_ID_KINDS = {"doi": ("doi",), "aid": ("doi", "pii", "pmc"), "lid": ("doi", "pii")}
_PLACES = 150  # ECitMatch questions per SQL statement (5 values each)
# Fields of the places table a search may ask beside a first author ("Störk S"[1au] AND
# 146[vi] AND 183[pg], or "journal"[ta] AND "author"[1au]): queries.author_term's searches.
_PLACE_TAGS = ("1au", "vi", "pg", "ta")
_CACHE_KIB = 65536  # SQLite's page cache for reading the mirror


class MirrorClient(Closing):
    """ESearch, EFetch and ECitMatch, answered by a mirror database opened read-only."""

    requests_made = 0  # the mirror never asks anyone

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = connect(path, write=False)
        # Upper levels of the indexes stay in memory across a run's thousands of lookups.
        self.db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self.meta = read_meta(self.db)
        self.journal_numbers: dict[str, list[int]] = {}
        self.titles = TitleIndex(self.db, int(self.meta.get("records", "0") or 0))

    @property
    def abstracts(self) -> bool:
        """Whether the mirror holds abstracts and MeSH headings (built with --abstracts)."""
        return self.meta.get("abstracts") == "yes"

    def close(self) -> None:
        self.db.close()

    def esearch(self, term: str, retmax: int = 20, sort: str | None = None) -> ESearchResult:
        """PMIDs for a search, newest first whatever ``sort`` asks; ``count`` is exact up to
        ``retmax`` and at least retmax + 1 beyond, which is all a page of results tells."""
        with self._reading():
            found = self._evaluate(parse(term), retmax + 1)
        ids = sorted(found, reverse=True)[:retmax]
        return ESearchResult(
            count=len(found), ids=[str(pmid) for pmid in ids], query_translation=term
        )

    def efetch(self, pmids: Iterable[str]) -> list[Record]:
        """The records of these PMIDs, in the order asked; unknown ones are absent."""
        wanted = [n for n in map(stored_number, dict.fromkeys(pmids)) if n is not None]
        found: dict[int, Record] = {}
        with self._reading():
            query = "SELECT pmid, title, data FROM records WHERE pmid IN"
            for pmid, title, data in rows_in(self.db, query, wanted):
                found[pmid] = decode(pmid, title, data)[0]
        return [found[pmid] for pmid in wanted if pmid in found]

    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, CitationMatch]:
        """Journal, year, volume, first page and first author, each given one agreeing."""
        with self._reading():
            places = self._places(citations)
        answers = {}
        for number, citation in enumerate(citations):
            author = words(citation.author)
            found = sorted(
                pmid for pmid, first in places.get(number, ()) if first.startswith(author)
            )
            pmids = [str(pmid) for pmid in found]
            # No journal of that name: ECitMatch's NOT_FOUND;INVALID_JOURNAL, no PMID either.
            unknown = not pmids and not self._journals(words(citation.journal))
            answers[citation.key] = CitationMatch(citation.key, pmids, len(pmids) > 1, unknown)
        return answers

    def pmc_pmids(self, pmc_ids: Iterable[str]) -> dict[str, list[str]]:
        """The records filed under these PMC ids, as ELink's pmc_pubmed links give them:
        "PMC6869436" -> ["31535829"], [] for none (``EntrezClient.pmc_pmids``)."""
        wanted = list(dict.fromkeys(pmc.upper() for pmc in pmc_ids))
        found: dict[str, list[int]] = {pmc: [] for pmc in wanted}
        keys = [f"pmc:{pmc.lower()}" for pmc in wanted]
        with self._reading():
            for key, pmid in rows_in(self.db, "SELECT key, pmid FROM ids WHERE key IN", keys):
                found[key.removeprefix("pmc:").upper()].append(pmid)
        return {pmc: [str(pmid) for pmid in sorted(pmids)] for pmc, pmids in found.items()}

    # -- ECitMatch ----------------------------------------------------------------------

    def _places(self, citations: Sequence[Citation]) -> dict[int, list[tuple[int, str]]]:
        """PMID and first author of the records at each citation's place, by its number. The
        citations giving year, volume and first page (most) are asked together, in index
        order; the others one by one, by what they give."""
        found: dict[int, list[tuple[int, str]]] = {}
        whole = []
        for number, citation in enumerate(citations):
            journals = self._journals(words(citation.journal))
            year, volume = citation.year.strip(), citation.volume.strip()
            page = words(citation.first_page).replace(" ", "")
            if (year_number := stored_number(year)) is not None and volume and page:
                whole += [(journal, year_number, page, volume, number) for journal in journals]
            elif journals:
                found[number] = self._place(journals, year, volume, page)
        whole.sort()  # neighbouring questions read neighbouring pages
        for start in range(0, len(whole), _PLACES):
            batch = whole[start : start + _PLACES]
            rows = self.db.execute(
                "WITH asked (journal, year, page, volume, number) AS (VALUES"
                f" {','.join(['(?, ?, ?, ?, ?)'] * len(batch))})"
                " SELECT asked.number, places.pmid, places.author FROM asked JOIN places"
                " ON places.journal = asked.journal AND places.year = asked.year"
                " AND places.page = asked.page AND places.volume = asked.volume",
                [value for question in batch for value in question],
            )
            for number, pmid, author in rows:
                found.setdefault(number, []).append((pmid, author))
        return found

    def _place(
        self, journals: list[int], year: str, volume: str, page: str
    ) -> list[tuple[int, str]]:
        """PMID and first author of the records in these journals agreeing with what is given."""
        where = [f"journal IN ({','.join('?' * len(journals))})"]
        values: list[object] = list(journals)
        for column, value in (("year", year), ("volume", volume), ("page", page)):
            if value:
                where.append(f"{column} = ?")
                number = stored_number(value) if column == "year" else None
                values.append(value if number is None else number)
        rows = self.db.execute(
            f"SELECT pmid, author FROM places WHERE {' AND '.join(where)}", values
        )
        return rows.fetchall()

    def _journals(self, name: str) -> list[int]:
        """The journals known by this name; many citations name the same few journals."""
        if name not in self.journal_numbers:
            rows = self.db.execute("SELECT journal FROM journal_names WHERE name = ?", (name,))
            self.journal_numbers[name] = [row[0] for row in rows]
        return self.journal_numbers[name]

    # -- ESearch ------------------------------------------------------------------------

    def _evaluate(self, node: Node, limit: int | None) -> set[int]:
        """The PMIDs a search finds; with ``limit``, only the ``limit`` newest of each part
        (enough for the newest ``limit`` of the whole, and to know there are more)."""
        if isinstance(node, Term):
            return self._and([node], limit)
        if node.operator == "OR":
            return self._any(flatten(node, "OR"), limit)
        if node.operator == "AND":
            return self._and(flatten(node, "AND"), limit)
        return self._evaluate(node.left, None) - self._evaluate(node.right, None)

    def _any(self, parts: list[Node], limit: int | None) -> set[int]:
        """The records any part finds. Identifier lookups are asked in one question, and so are
        title phrases of rare words (``TitleIndex.any_phrase``); the others one by one."""
        ids = [p for p in parts if isinstance(p, Term) and p.tag in _ID_KINDS]
        phrases = self.titles.together(parts)  # none, or two and more
        taken = {id(part) for part in ids} | {id(phrase.term) for phrase in phrases}
        found = self._identified(ids) if ids else set()
        if phrases:
            found |= self.titles.any_phrase(phrases)
        rest = [part for part in parts if id(part) not in taken]
        return found.union(*(self._evaluate(part, limit) for part in rest))

    def _and(self, parts: list[Node], limit: int | None) -> set[int]:
        text = [p for p in parts if isinstance(p, Term) and column_of(p.tag)]
        dates = [p for p in parts if isinstance(p, Term) and p.tag in ("dp", "pdat")]
        placed = _placed(parts)
        others = [p for p in parts if p not in text and p not in dates and p not in placed]
        if dates and not (text or others or placed):
            raise TermError("the PubMed mirror cannot answer a search by date alone")
        found: set[int] | None = None
        if text:
            found = self.titles.search(text, None if others or dates or placed else limit)
        if placed:
            found = self._first_author_at(placed, found)
        for part in others:
            hits = self._lookup(part) if isinstance(part, Term) else self._evaluate(part, None)
            found = hits if found is None else found & hits
        for date in dates:
            found = self._in_years(found or set(), date)
        return found or set()

    def _first_author_at(self, terms: list[Term], within: set[int] | None) -> set[int]:
        """The records whose first author, and journal, volume and first page where asked,
        are the terms': E-utilities answers these (an own-language title's paper is searched
        so) and the mirror had refused them, an unverified entry online verifies (user33a
        P1-1). The author's words in the index propose the records; ``places`` decides."""
        asked = {term.tag: words(term.text) for term in terms}
        proposed = self.titles.search([Term(terms[0].text, "au", False)], None)
        if within is not None:
            proposed &= within
        journals = set(self._journals(asked["ta"])) if "ta" in asked else None
        volume_asked = asked.get("vi")
        # A stored first page holds no space (matching.first_page).
        page_asked = asked["pg"].replace(" ", "") if "pg" in asked else None
        query = "SELECT pmid, journal, volume, page, author FROM places WHERE pmid IN"
        return {
            pmid
            for pmid, journal, volume, page, author in rows_in(self.db, query, list(proposed))
            if author.startswith(asked["1au"])
            and (journals is None or journal in journals)
            and (volume_asked is None or volume_asked == words(volume))
            and (page_asked is None or page_asked == page)
        }

    def _in_years(self, pmids: set[int], term: Term) -> set[int]:
        """The records among ``pmids`` published in the year, or years ``first:last``, named."""
        first, _, last = term.text.strip().partition(":")
        if stored_number(first[:4]) is None or (last and stored_number(last[:4]) is None):
            raise TermError(f"the PubMed mirror cannot read the date {term.text!r}")
        low, high = int(first[:4]), int((last or first)[:4])
        kept = set()
        query = "SELECT pmid, title, data FROM records WHERE pmid IN"
        for pmid, title, data in rows_in(self.db, query, list(pmids)):
            year = decode(pmid, title, data)[0].year
            if year is not None and low <= year <= high:
                kept.add(pmid)
        return kept

    def _lookup(self, term: Term) -> set[int]:
        value = term.text.strip()
        if term.tag in ("pmid", "uid"):
            rows = self.db.execute("SELECT pmid FROM records WHERE pmid = ?", (value,))
            return {row[0] for row in rows} if value.isdigit() else set()
        if term.tag in _ID_KINDS:
            return self._identified([term])
        shown = f"[{term.tag}]" if term.tag else "untagged"
        raise TermError(f"the PubMed mirror cannot answer {shown} searches")

    def _identified(self, terms: list[Term]) -> set[int]:
        """The records filed under any of these DOIs, PIIs or PMC ids."""
        keys = [
            f"{kind}:{term.text.strip().lower()}" for term in terms for kind in _ID_KINDS[term.tag]
        ]
        return {row[0] for row in rows_in(self.db, "SELECT pmid FROM ids WHERE key IN", keys)}

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Database trouble met while answering becomes an ``EntrezError``: unverified."""
        try:
            yield
        except sqlite3.Error as error:
            raise EntrezUnavailable(f"{self.path}: {describe(error)}") from None


def _placed(parts: list[Node]) -> list[Term]:
    """The first author's term, then the journal, volume and page terms beside it; none
    without a first author (a journal or page alone would read the whole places table)."""
    terms = [p for p in parts if isinstance(p, Term) and p.tag in _PLACE_TAGS]
    authors = [term for term in terms if term.tag == "1au"]
    if len(authors) != 1 or len({term.tag for term in terms}) != len(terms):
        return []
    return authors + [term for term in terms if term.tag != "1au"]
