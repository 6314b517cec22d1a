"""Telling the right abstract from the closest wrong one, against standard retrieval scorers.

    python benchmarks/close_wrong.py

For every true claim of the labelled set (fixtures/support, with the shared records of
fixtures/entrez/pubmed), the "closest wrong" abstract is the other record whose title and
abstract are most word-similar to the right record's (TF-IDF cosine over the whole set), the
way a neighbouring paper of a reference list is. Reported per half of the set (calibration,
held-out, external), and for the hard close-but-wrong groups (fixtures/support/hard.py) apart:

- AUROC of the support score, right abstract against the closest wrong one, and against a
  random wrong one (every other record);
- the same AUROCs for BM25 (k1 1.2, b 0.75) and TF-IDF cosine over the whole abstract, as
  baselines on the same pairs;
- how many closest-wrong citations pass at the threshold that keeps 98% of right citations,
  and CL302's false alarms on right citations at the shipped threshold.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support_quality import Labelled, auroc, load  # noqa: E402

from citelint.record import Record
from citelint.support.scoring import SUPPORT_THRESHOLD, assess_profile, profile_record  # noqa: E402

_WORD = re.compile(r"[a-z0-9]+")
# A short English stop list, as retrieval baselines commonly use.
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "to",
        "was",
        "were",
        "with",
        "this",
        "these",
        "those",
        "than",
        "then",
        "there",
        "their",
        "which",
        "who",
        "whom",
        "we",
        "our",
        "not",
        "no",
        "but",
        "been",
    ]
)


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def record_text(record: Record) -> str:
    return f"{record.title} {record.abstract}"


class Baselines:
    """BM25 and TF-IDF cosine with document frequencies over the whole record set."""

    def __init__(self, records: dict[str, Record]) -> None:
        self.docs = {pmid: Counter(words(record_text(r))) for pmid, r in records.items()}
        self.size = len(self.docs)
        frequency: Counter[str] = Counter()
        for counts in self.docs.values():
            frequency.update(counts.keys())
        self.df = frequency
        self.average = sum(sum(c.values()) for c in self.docs.values()) / self.size
        self.vectors = {pmid: self._vector(counts) for pmid, counts in self.docs.items()}

    def idf(self, word: str) -> float:
        return math.log(1 + (self.size - self.df[word] + 0.5) / (self.df[word] + 0.5))

    def _vector(self, counts: Counter[str]) -> dict[str, float]:
        vector = {w: (1 + math.log(n)) * self.idf(w) for w, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return {w: v / norm for w, v in vector.items()}

    def bm25(self, claim: str, pmid: str) -> float:
        counts = self.docs[pmid]
        length = sum(counts.values())
        score = 0.0
        for word in set(words(claim)):
            n = counts.get(word, 0)
            if n:
                tf = n * 2.2 / (n + 1.2 * (0.25 + 0.75 * length / self.average))
                score += self.idf(word) * tf
        return score

    def tfidf(self, claim: str, pmid: str) -> float:
        query = self._vector(Counter(words(claim)))
        document = self.vectors[pmid]
        return sum(weight * document.get(word, 0.0) for word, weight in query.items())

    def closest(self, pmid: str, candidates: Sequence[str]) -> str:
        """The candidate whose record is most word-similar to record ``pmid``."""
        mine = self.vectors[pmid]

        def similarity(other: str) -> float:
            theirs = self.vectors[other]
            return sum(v * theirs.get(w, 0.0) for w, v in mine.items())

        return max((c for c in candidates if c != pmid), key=lambda c: (similarity(c), c))


Scorer = Callable[[str, str], float]


def figures(
    items: list[dict], pool: Sequence[str], baselines: Baselines, scorers: dict[str, Scorer]
) -> dict[str, tuple[float, float]]:
    """Per scorer: (AUROC against the closest wrong abstract, against a random wrong one)."""
    result = {}
    for name, score in scorers.items():
        right, close, random = [], [], []
        for item in items:
            about = item["about"]
            right.append(score(item["claim"], about))
            close.append(score(item["claim"], baselines.closest(about, pool)))
            random.extend(score(item["claim"], other) for other in pool if other != about)
        result[name] = (auroc(right, close), auroc(right, random))
    return result


def passing(items: list[dict], pool: Sequence[str], baselines: Baselines, score: Scorer) -> str:
    """Closest-wrong citations passing at the threshold that keeps 98% of right ones."""
    right = sorted(score(item["claim"], item["about"]) for item in items)
    keep = right[int(0.02 * len(right))]
    close = [score(i["claim"], baselines.closest(i["about"], pool)) for i in items]
    passed = sum(1 for s in close if s >= keep)
    return f"{passed}/{len(close)} pass at {keep:.3f}"


def main() -> None:
    data: Labelled = load()
    pool = sorted(p for p, r in data.records.items() if r.abstract.strip())
    baselines = Baselines({p: data.records[p] for p in pool})
    profiles = {p: profile_record(data.records[p]) for p in pool}
    cache: dict[tuple[str, str], float] = {}

    def citelint(claim: str, pmid: str) -> float:
        key = (claim, pmid)
        if key not in cache:
            cache[key] = assess_profile(claim, profiles[pmid]).score
        return cache[key]

    scorers: dict[str, Scorer] = {
        "citelint": citelint,
        "BM25": baselines.bm25,
        "TF-IDF": baselines.tfidf,
    }
    true = [i for i in data.items if i["kind"] == "true" and i["about"] in profiles]
    parts = {
        "calibrate half": [i for i in true if i["split"] == "calibrate"],
        "held-out half": [i for i in true if i["split"] == "holdout"],
        "external group": [i for i in true if i["split"] == "external"],
        "hard groups, calibrate": [
            i for i in true if i.get("hard_pair") and i["split"] == "calibrate"
        ],
        "hard groups, held-out": [
            i for i in true if i.get("hard_pair") and i["split"] == "holdout"
        ],
        "hard groups, short claims without numbers": [i for i in true if i.get("short")],
    }
    print(f"{len(true)} true claims, {len(pool)} records with abstracts")
    print("AUROC right vs closest wrong abstract (vs random wrong)")
    for name, items in parts.items():
        if not items:
            continue
        found = figures(items, pool, baselines, scorers)
        shown = "  ".join(f"{s} {a:.3f} ({r:.3f})" for s, (a, r) in found.items())
        alarms = sum(1 for i in items if citelint(i["claim"], i["about"]) < SUPPORT_THRESHOLD)
        print(f"  {name} ({len(items)} claims): {shown}")
        print(
            f"    citelint: {passing(items, pool, baselines, citelint)}; CL302 threshold "
            f"{SUPPORT_THRESHOLD} flags {alarms}/{len(items)} right citations"
        )


if __name__ == "__main__":
    main()
