"""Claim checks per second on long lists, and how time grows with claims and entries.

    python benchmarks/claim_throughput.py [--claims 500] [--entries 400]

Builds one article of N claims citing a list of M invented records (made from the words and
sentences of fixtures/support, shuffled, so every record is distinct), then runs the support
rules (CL301-CL306) as ``citelint check`` does once the records are resolved: "warm" means
the records are at hand (cache or lock), no network. Reports claims per second at 1x, 2x and
4x the size; the goal (issue 17) is at least 1,000 claims a second at 500 x 400 and time
linear in claims + entries.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from citelint.models import Claim, Document, Marker, Record, Reference, Resolution, Status
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.rules.base import CheckContext
from citelint.rules.support import SUPPORT_RULES
from citelint.support.profiles import split_sentences

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "fixtures" / "support" / "records", ROOT / "fixtures" / "entrez" / "pubmed"]


def sentences() -> list[str]:
    found = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.xml")):
            for record in parse_pubmed_articles(path.read_bytes()):
                found.extend(split_sentences(record.abstract))
    return found


def make_records(rng: random.Random, pool: list[str], count: int) -> list[Record]:
    words = sorted({w for s in pool for w in s.split() if w.isalpha() and len(w) > 6})
    records = []
    for index in range(count):
        # Each record: five shuffled sentences plus two invented words of its own, so a claim
        # written from it can be told apart from its neighbours.
        own = [f"{rng.choice(words)}{index}x", f"marker{index}ase"]
        body = rng.sample(pool, 5)
        body[2] = f"{body[2]} The {own[0]} and {own[1]} levels changed."
        records.append(
            Record(
                pmid=str(80000000 + index),
                title=f"{' '.join(rng.sample(words, 6))} {own[0]}",
                abstract=" ".join(body),
                publication_types=["Journal Article"],
            )
        )
    return records


def make_article(rng: random.Random, records: list[Record], count: int) -> CheckContext:
    doc = Document(path="bench.md", format="md", text="")
    for line in range(1, count + 1):
        cited = rng.randrange(len(records))
        sentence = split_sentences(records[cited].abstract)[2]
        text = " ".join(sentence.split()[:25])
        marker = Marker([cited + 1], line, len(text) + 2, f"[{cited + 1}]")
        doc.claims.append(Claim(text, line, 1, [marker]))
    resolutions = {}
    for number, record in enumerate(records, start=1):
        doc.references.append(Reference(number, record.title, count + number, 1))
        resolutions[number] = Resolution(number, Status.RESOLVED, record=record)
    return CheckContext(doc, resolutions)


def timed(claims: int, entries: int, pool: list[str]) -> tuple[float, int]:
    rng = random.Random(claims * 7919 + entries)
    records = make_records(rng, pool, entries)
    context = make_article(rng, records, claims)
    start = time.perf_counter()
    findings = [f for rule in SUPPORT_RULES for f in rule.check(context)]
    return time.perf_counter() - start, len(findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--entries", type=int, default=400)
    args = parser.parse_args()
    pool = sentences()
    timed(50, 40, pool)  # load word lists and compile patterns once, outside the timing
    print("scale  claims  entries  seconds  claims/s  findings")
    for scale in (1, 2, 4):
        claims, entries = args.claims * scale, args.entries * scale
        seconds, findings = timed(claims, entries, pool)
        print(
            f"{scale}x     {claims:6d}  {entries:7d}  {seconds:7.2f}  {claims / seconds:8,.0f}"
            f"  {findings:8d}"
        )


if __name__ == "__main__":
    main()
