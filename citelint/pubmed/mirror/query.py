"""The mirror answering ESearch, EFetch and ECitMatch, so the resolver needs no other code.

``MirrorClient`` has the three methods of ``EntrezClient`` and gives the same kinds of answer,
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

from citelint.models import Record
from citelint.pubmed.client import Citation, CitationMatch
from citelint.pubmed.closing import Closing
from citelint.pubmed.errors import EntrezUnavailable
from citelint.pubmed.mirror.store import connect, decode, describe, read_meta, words
from citelint.pubmed.mirror.terms import Node, Term, TermError, flatten, parse
from citelint.pubmed.pubmed_xml import ESearchResult

# Search fields answered from the full-text index, and the column each one searches.
_TEXT_COLUMNS = {"ti": "title", "title": "title", "au": "authors", "author": "authors"}
_ID_KINDS = {"doi": ("doi",), "aid": ("doi", "pii", "pmc"), "lid": ("doi", "pii")}
_INDEX_WORDS = 4  # the longest words of a search term that the index is asked for
# A title phrase's words are asked, rarest first, until about this many titles could hold
# them all: each further word costs a read of its (longer) list of titles, each title found a
# read of the title.
_CANDIDATES = 20
# Index answers that can be no longer than this (the asked title word in fewest titles) are
# read whole and sorted here: SQLite reads its lists backwards several times slower. Longer
# ones are read newest first, a batch at a time, so that a search stops when it has enough.
_UNORDERED = 50_000
# OR-ed title phrases whose asked words are each in no more titles than this are answered
# together, so that what they find stays a short list.
_TOGETHER = 2000
_SHORT = 3  # words this short are in too many titles to narrow a search
_BATCH = 500  # ids per SQL statement
_CACHE_KIB = 65536  # SQLite's page cache for reading the mirror
# Read through a memory map: pages come straight from the operating system's cache, with no
# copy and no system call each. SQLite maps at most its own limit (2 GiB by default) of a
# larger file and reads the rest as before.
_MAP_BYTES = 1 << 31
# Words in so many titles that asking the index for them narrows nothing.
_COMMON = """
    about after also among and are been between both for from into that the their there these
    this those through was were which while with within without
"""
_STOPWORDS = frozenset(_COMMON.split())


class MirrorClient(Closing):
    """ESearch, EFetch and ECitMatch, answered by a mirror database opened read-only."""

    requests_made = 0  # the mirror never asks anyone

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = connect(path, write=False)
        # Upper levels of the indexes stay in memory across a run's thousands of lookups.
        self.db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self.db.execute(f"PRAGMA mmap_size = {_MAP_BYTES}")
        self.meta = read_meta(self.db)
        self.titles = max(int(self.meta.get("records", "0") or 0), 1)
        self.journal_numbers: dict[str, list[int]] = {}
        # Words of titles -> how many titles hold them (title_words), as far as asked so far.
        self.title_counts: dict[str, int] = {}

    @property
    def abstracts(self) -> bool:
        """Whether the mirror holds abstracts and MeSH headings (built with --abstracts)."""
        return self.meta.get("abstracts") == "yes"

    def close(self) -> None:
        self.db.close()

    def esearch(self, term: str, retmax: int = 20, sort: str | None = None) -> ESearchResult:
        """PMIDs for a search, newest first whatever ``sort`` asks; ``count`` is exact up to
        ``retmax`` and at least retmax + 1 beyond, which is all a page of results tells."""
        node = parse(term)
        with self._reading():
            # The counts of all the search's title words in one question, not one per title.
            self._count([word for part in _terms(node) for word in _title_words(part)])
            found = self._evaluate(node, retmax + 1)
        ids = sorted(found, reverse=True)[:retmax]
        return ESearchResult(
            count=len(found), ids=[str(pmid) for pmid in ids], query_translation=term
        )

    def efetch(self, pmids: Iterable[str]) -> list[Record]:
        """The records of these PMIDs, in the order asked; unknown ones are absent."""
        wanted = [int(pmid) for pmid in dict.fromkeys(pmids) if pmid.isdigit()]
        found: dict[int, Record] = {}
        with self._reading():
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start : start + _BATCH]
                rows = self.db.execute(
                    "SELECT pmid, title, data FROM records WHERE pmid IN"
                    f" ({','.join('?' * len(batch))})",
                    batch,
                )
                for pmid, title, data in rows:
                    found[pmid] = decode(pmid, title, data)[0]
        return [found[pmid] for pmid in wanted if pmid in found]

    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, CitationMatch]:
        """Journal, year, volume, first page and first author, each given one agreeing."""
        # In index order: neighbouring questions read neighbouring pages.
        ordered = sorted(citations, key=lambda c: (words(c.journal), c.year, c.first_page))
        with self._reading():
            return {citation.key: self._citation(citation) for citation in ordered}

    # -- ECitMatch ----------------------------------------------------------------------

    def _citation(self, citation: Citation) -> CitationMatch:
        journals = self._journals(words(citation.journal))
        if not journals:
            return CitationMatch(citation.key, [])  # ECitMatch: NOT_FOUND;INVALID_JOURNAL
        where = [f"journal IN ({','.join('?' * len(journals))})"]
        values: list[object] = list(journals)
        for column, value in (
            ("year", citation.year.strip()),
            ("volume", citation.volume.strip()),
            ("page", words(citation.first_page).replace(" ", "")),
        ):
            if value:
                where.append(f"{column} = ?")
                values.append(int(value) if column == "year" and value.isdigit() else value)
        author = words(citation.author)
        rows = self.db.execute(
            f"SELECT pmid, author FROM places WHERE {' AND '.join(where)}", values
        )
        found = sorted(pmid for pmid, first in rows if first.startswith(author))
        pmids = [str(pmid) for pmid in found]
        return CitationMatch(citation.key, pmids, ambiguous=len(pmids) > 1)

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
            parts = flatten(node, "OR")
            phrases = [part for part in parts if self._batched(part)]
            if len(phrases) < 2:
                phrases = []
            rest = [part for part in parts if not any(part is phrase for phrase in phrases)]
            found = self._any_phrase(phrases) if phrases else set()
            return found.union(*(self._evaluate(part, limit) for part in rest))
        if node.operator == "AND":
            return self._and(flatten(node, "AND"), limit)
        return self._evaluate(node.left, None) - self._evaluate(node.right, None)

    def _and(self, parts: list[Node], limit: int | None) -> set[int]:
        text = [p for p in parts if isinstance(p, Term) and _column(p.tag)]
        dates = [p for p in parts if isinstance(p, Term) and p.tag in ("dp", "pdat")]
        others = [p for p in parts if p not in text and p not in dates]
        if dates and not (text or others):
            raise TermError("the PubMed mirror cannot answer a search by date alone")
        found: set[int] | None = None
        if text:
            found = self._text_search(text, None if others or dates else limit)
        for part in others:
            hits = self._lookup(part) if isinstance(part, Term) else self._evaluate(part, None)
            found = hits if found is None else found & hits
        for date in dates:
            found = self._in_years(found or set(), date)
        return found or set()

    def _batched(self, part: Node) -> bool:
        """Whether a part of an OR is a title phrase whose asked words are in few titles: such
        parts are answered together (``_any_phrase``)."""
        if not isinstance(part, Term) or not (tokens := _title_words(part)):
            return False
        self._count(tokens)
        return self.title_counts[self._rarest(tokens)[0]] <= _TOGETHER

    def _any_phrase(self, terms: list[Term]) -> set[int]:
        """Records whose titles hold any of these phrases, all asked of the index at once and
        their titles read at once: one question for a batch of titles, not one for each.
        All the records are found, not only the newest: as many or more than each phrase
        alone gives, which keeps the newest of the whole and whether there are more."""
        asked, phrases = [], []
        for term in terms:
            tokens = words(term.text).split()
            asked.append(" AND ".join(f'title : "{token}"' for token in self._rarest(tokens)))
            phrases.append((tokens, _column(term.tag)[1]))  # type: ignore[index]
        query = " OR ".join(f"({part})" for part in asked)
        rows = self.db.execute("SELECT rowid FROM words WHERE words MATCH ?", (query,))
        candidates = [row[0] for row in rows.fetchall()]
        found: set[int] = set()
        for start in range(0, len(candidates), _BATCH):
            batch = candidates[start : start + _BATCH]
            found.update(self._with_phrases(batch, phrases, every=False))
        return found

    def _in_years(self, pmids: set[int], term: Term) -> set[int]:
        """The records among ``pmids`` published in the year, or years ``first:last``, named."""
        first, _, last = term.text.strip().partition(":")
        if not first[:4].isdigit() or (last and not last[:4].isdigit()):
            raise TermError(f"the PubMed mirror cannot read the date {term.text!r}")
        low, high = int(first[:4]), int((last or first)[:4])
        kept = set()
        wanted = list(pmids)
        for start in range(0, len(wanted), _BATCH):
            batch = wanted[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            rows = self.db.execute(
                f"SELECT pmid, title, data FROM records WHERE pmid IN ({marks})", batch
            )
            for pmid, title, data in rows:
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
            keys = [f"{kind}:{value.lower()}" for kind in _ID_KINDS[term.tag]]
            rows = self.db.execute(
                f"SELECT pmid FROM ids WHERE key IN ({','.join('?' * len(keys))})", keys
            )
            return {row[0] for row in rows}
        shown = f"[{term.tag}]" if term.tag else "untagged"
        raise TermError(f"the PubMed mirror cannot answer {shown} searches")

    def _text_search(self, terms: list[Term], limit: int | None) -> set[int]:
        """Records holding every term's words in its column, and each title phrase whole."""
        query, phrases = [], []
        known: list[int] = []  # how many titles hold each asked title word, where counted
        for term in terms:
            tokens = words(term.text).split()
            if not tokens:
                return set()
            column, distance = _column(term.tag) or ("title", None)
            phrase = _is_phrase(column, distance, tokens, term)
            asked = self._rarest(tokens) if phrase else _telling(tokens)
            query.extend(f'{column} : "{token}"' for token in asked)
            if phrase:
                phrases.append((tokens, distance))
            if column == "title":
                self._count(asked)
                known.extend(self.title_counts[token] for token in asked)
        ordered = not known or min(known) > _UNORDERED
        found: set[int] = set()
        for batch in self._matches(" AND ".join(query), ordered):
            found.update(self._with_phrases(batch, phrases) if phrases else batch)
            if limit is not None and len(found) >= limit:
                break
        return found

    def _rarest(self, tokens: list[str]) -> list[str]:
        """The words of a title phrase the index is asked for: the rarest, and the next rarest
        while more than about _CANDIDATES titles could hold all asked so far. The phrase is
        checked whole afterwards, so any of its words finds its records; a common word's list
        of titles is long, and reading it is most of a search's time."""
        self._count(tokens)
        ranked = sorted(dict.fromkeys(tokens), key=self.title_counts.__getitem__)
        asked: list[str] = []
        expected = float(self.titles)  # titles holding every word asked, were they independent
        for word in ranked:
            if asked and expected <= _CANDIDATES:
                break
            asked.append(word)
            expected *= self.title_counts[word] / self.titles
        return asked

    def _count(self, tokens: Iterable[str]) -> None:
        """How many titles hold each of these words, into ``title_counts`` (a run asks the
        same common words again and again)."""
        unknown = list({token for token in tokens if token not in self.title_counts})
        for start in range(0, len(unknown), _BATCH):
            batch = unknown[start : start + _BATCH]
            rows = self.db.execute(
                "SELECT word, titles FROM title_words WHERE word IN"
                f" ({','.join('?' * len(batch))})",
                batch,
            )
            counts = dict(rows.fetchall())
            # A word not counted is in no title (or came with an update by an older citelint).
            self.title_counts.update((word, counts.get(word, 0)) for word in batch)

    def _matches(self, query: str, ordered: bool) -> Iterator[list[int]]:
        """The index's answer, newest first, a batch at a time."""
        if not ordered:
            rows = self.db.execute("SELECT rowid FROM words WHERE words MATCH ?", (query,))
            found = sorted((row[0] for row in rows.fetchall()), reverse=True)
            for start in range(0, len(found), _BATCH):
                yield found[start : start + _BATCH]
            return
        cursor = self.db.execute(
            "SELECT rowid FROM words WHERE words MATCH ? ORDER BY rowid DESC", (query,)
        )
        while batch := cursor.fetchmany(_BATCH):
            yield [row[0] for row in batch]

    def _with_phrases(
        self, pmids: list[int], phrases: list[tuple[list[str], int | None]], every: bool = True
    ) -> list[int]:
        """The records whose titles hold each phrase (or, not ``every``, any of them): whole,
        or (``[ti:~N]``) its words at most N apart in any order."""
        rows = self.db.execute(
            f"SELECT pmid, title FROM records WHERE pmid IN ({','.join('?' * len(pmids))})",
            pmids,
        )
        # A title lacking one of a phrase's words is turned down before any window is looked at:
        # most titles the index proposes for a batch of phrases fail so, for all but one.
        checks = [(frozenset(tokens), tokens, distance) for tokens, distance in phrases]
        test = all if every else any
        kept = []
        for pmid, title in rows:
            held = words(title).split()
            present = set(held)
            if test(
                needed <= present and _holds(held, tokens, distance)
                for needed, tokens, distance in checks
            ):
                kept.append(pmid)
        return kept

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """Database trouble met while answering becomes an ``EntrezError``: unverified."""
        try:
            yield
        except sqlite3.Error as error:
            raise EntrezUnavailable(f"{self.path}: {describe(error)}") from None


def _terms(node: Node) -> Iterator[Term]:
    if isinstance(node, Term):
        yield node
    else:
        yield from _terms(node.left)
        yield from _terms(node.right)


def _is_phrase(column: str, distance: int | None, tokens: list[str], term: Term) -> bool:
    """Whether a term asks for its words side by side in the title (checked whole)."""
    return column == "title" and len(tokens) > 1 and (term.quoted or distance is not None)


def _title_words(term: Term) -> list[str]:
    """The words of a title phrase, which a search asks the title counts about."""
    found = _column(term.tag)
    tokens = words(term.text).split()
    return tokens if found and _is_phrase(*found, tokens, term) else []


def _column(tag: str) -> tuple[str, int | None] | None:
    """The index column a search field asks, and its proximity (``ti:~2``: 2), if any."""
    field, _, near = tag.partition(":~")
    if field not in _TEXT_COLUMNS or (near and not near.isdigit()) or (":" in field):
        return None
    return _TEXT_COLUMNS[field], int(near) if near else None


def _holds(title: list[str], tokens: list[str], distance: int | None) -> bool:
    """A phrase whole in the title, or (with ``distance``) its words within a window of
    len(tokens) + distance, in any order, as PubMed's proximity search finds them."""
    if distance is None:
        return f" {' '.join(tokens)} " in f" {' '.join(title)} "
    needed = {token: tokens.count(token) for token in tokens}
    width = len(tokens) + distance
    for start in range(max(1, len(title) - width + 1)):
        window = title[start : start + width]
        if all(window.count(token) >= count for token, count in needed.items()):
            return True
    return False


def _telling(tokens: list[str]) -> list[str]:
    """The words of a phrase worth asking the index for: the longest, common ones left out."""
    useful = [t for t in dict.fromkeys(tokens) if len(t) > _SHORT and t not in _STOPWORDS]
    return sorted(useful, key=len, reverse=True)[:_INDEX_WORDS] or list(dict.fromkeys(tokens))
