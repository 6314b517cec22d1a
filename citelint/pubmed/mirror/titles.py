"""Title and author searches in the mirror: the full-text index, then the phrase check.

The index (FTS5, ``detail=column``) knows which words each title holds, not where. A phrase
search (``"..."[ti]``, or ``"..."[ti:~N]`` for its words at most N apart in any order) asks
the index for some of the phrase's words, all required, and then reads the titles it proposes
and keeps those that hold the phrase. Which words are asked changes the cost, never the
answer: the rarest, by the counts of ``title_words``, until few titles could hold them all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from citelint.pubmed.mirror.store import rows_in, words
from citelint.pubmed.mirror.terms import Node, Term

# Search fields answered from the full-text index, and the column each one searches.
_TEXT_COLUMNS = {"ti": "title", "title": "title", "au": "authors", "author": "authors"}
_INDEX_WORDS = 4  # the longest words of a word search that the index is asked for
# A title phrase's words are asked, rarest first, until about this many titles could hold
# them all: each further word costs a read of its (longer) list of titles, each title found a
# read of the title.
_CANDIDATES = 20
# Index answers that can be no longer than this (the asked title word in fewest titles) are
# read whole and sorted here: SQLite reads its lists backwards several times slower. Longer
# ones are read newest first, a batch at a time, so that a search stops when it has enough.
_UNORDERED = 50_000
# OR-ed title phrases whose rarest word is in no more titles than this are answered together,
# so that what they find stays a short list.
_TOGETHER = 2000
_SHORT = 3  # words this short are in too many titles to narrow a search
_BATCH = 500  # ids per SQL statement
# Words in so many titles that asking the index for them narrows nothing.
_COMMON = """
    about after also among and are been between both for from into that the their there these
    this those through was were which while with within without
"""
_STOPWORDS = frozenset(_COMMON.split())

Phrase = tuple[list[str], int | None]  # a phrase's words, and how far apart they may be


@dataclass
class Together:
    """A title phrase of an OR answered with the others (``TitleIndex.any_phrase``)."""

    term: Term
    tokens: list[str]
    distance: int | None
    asked: list[str]  # the words the index is asked for


class TitleIndex:
    """Searches of the ``words`` index, with the title counts a run has asked for so far."""

    def __init__(self, db: sqlite3.Connection, titles: int) -> None:
        self.db = db
        self.titles = max(titles, 1)
        # Word -> how many titles hold it (title_words), as far as asked so far: a run asks
        # the same common words again and again.
        self.counts: dict[str, int] = {}

    def count(self, tokens: Iterable[str]) -> None:
        """Look up how many titles hold each of these words not looked up before."""
        unknown = list({token for token in tokens if token not in self.counts})
        query = "SELECT word, titles FROM title_words WHERE word IN"
        found = dict(rows_in(self.db, query, unknown))
        # A word not counted is in no title (or came with an update by an older citelint).
        self.counts.update((word, found.get(word, 0)) for word in unknown)

    def search(self, terms: list[Term], limit: int | None) -> set[int]:
        """Records holding every term's words in its column, and each title phrase whole;
        with ``limit``, at least the ``limit`` newest (or all, if fewer)."""
        query, phrases = [], []
        known: list[int] = []  # how many titles hold each asked title word
        for term in terms:
            tokens = words(term.text).split()
            if not tokens:
                return set()
            column, distance = column_of(term.tag) or ("title", None)
            phrase = _is_phrase(column, distance, tokens, term)
            asked = self._rarest(tokens) if phrase else _telling(tokens)
            query.extend(f'{column} : "{token}"' for token in asked)
            if phrase:
                phrases.append((tokens, distance))
            if column == "title":
                self.count(asked)
                known.extend(self.counts[token] for token in asked)
        ordered = not known or min(known) > _UNORDERED
        found: set[int] = set()
        for batch in self._matches(" AND ".join(query), ordered):
            found.update(self._with_phrases(batch, phrases) if phrases else batch)
            if limit is not None and len(found) >= limit:
                break
        return found

    def together(self, parts: list[Node]) -> list[Together]:
        """The OR-ed title phrases whose rarest word is in few titles, if two or more: they are
        answered together (``any_phrase``). Their words are counted in one question."""
        phrases = [(part, title_words(part)) for part in parts if isinstance(part, Term)]
        self.count(token for _, tokens in phrases for token in tokens)
        chosen = []
        for term, tokens in phrases:
            column = column_of(term.tag)
            if column and tokens and self.counts[(asked := self._rarest(tokens))[0]] <= _TOGETHER:
                chosen.append(Together(term, tokens, column[1], asked))
        return chosen if len(chosen) > 1 else []

    def any_phrase(self, phrases: list[Together]) -> set[int]:
        """Records whose titles hold any of these phrases, asked of the index in one question
        and their titles read together. Every such record is found, not only the newest: as
        many as each phrase alone gives or more, so the newest of the whole, and whether there
        are more, stay the same."""
        query = " OR ".join(
            "(" + " AND ".join(f'title : "{token}"' for token in phrase.asked) + ")"
            for phrase in phrases
        )
        rows = self.db.execute("SELECT rowid FROM words WHERE words MATCH ?", (query,))
        candidates = [row[0] for row in rows.fetchall()]
        found: set[int] = set()
        checked = [(phrase.tokens, phrase.distance) for phrase in phrases]
        for start in range(0, len(candidates), _BATCH):
            batch = candidates[start : start + _BATCH]
            found.update(self._with_phrases(batch, checked, every=False))
        return found

    def _rarest(self, tokens: list[str]) -> list[str]:
        """The words of a title phrase the index is asked for: the rarest, and the next rarest
        while more than about _CANDIDATES titles could hold all asked so far. The phrase is
        checked whole afterwards, so any of its words finds its records; a common word's list
        of titles is long, and reading it is most of a search's time."""
        self.count(tokens)
        ranked = sorted(dict.fromkeys(tokens), key=self.counts.__getitem__)
        asked: list[str] = []
        expected = float(self.titles)  # titles holding every word asked, were they independent
        for word in ranked:
            if asked and expected <= _CANDIDATES:
                break
            asked.append(word)
            expected *= self.counts[word] / self.titles
        return asked

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
        self, pmids: list[int], phrases: list[Phrase], every: bool = True
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


def title_words(term: Term) -> list[str]:
    """The words of a title phrase (checked whole, so the counts choose what is asked)."""
    found = column_of(term.tag)
    tokens = words(term.text).split()
    return tokens if found and _is_phrase(*found, tokens, term) else []


def column_of(tag: str) -> tuple[str, int | None] | None:
    """The index column a search field asks, and its proximity (``ti:~2``: 2), if any."""
    field, _, near = tag.partition(":~")
    if field not in _TEXT_COLUMNS or (near and not near.isdigit()) or (":" in field):
        return None
    return _TEXT_COLUMNS[field], int(near) if near else None


def _is_phrase(column: str, distance: int | None, tokens: list[str], term: Term) -> bool:
    """Whether a term asks for its words side by side in the title (checked whole)."""
    return column == "title" and len(tokens) > 1 and (term.quoted or distance is not None)


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
