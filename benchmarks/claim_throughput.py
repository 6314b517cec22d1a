"""Claim checks per second on long lists, and how time grows with claims and entries.

    python benchmarks/claim_throughput.py [--claims 500] [--entries 400] [--profile]

Writes one Markdown article of N claims citing a list of M invented records (made from the
sentences of fixtures/support and fixtures/entrez, shuffled, each record with words of its own
so that no two are alike) and a ``citelint.lock`` holding every record, then runs what
``citelint check --select CL3 --offline`` runs: the article is read, its references are
resolved from the lock (warm: no cache, no network) and the support rules CL301-CL306 check
every claim, suppressions and severities applied. Reported at 1x, 2x and 4x the size: wall
and CPU seconds of the rules (the issue 17 goal: at least 1,000 claims a second at 500 x 400,
time linear in claims + entries), and of the whole check including reading and the lock.
The machine's load average is printed, since other processes share the cores.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from citelint.commands.batch import Resolved
from citelint.commands.pipeline import check_document, read_documents, selected_rules
from citelint.config import Config
from citelint.models import Claim, Document, Marker, Reference
from citelint.pubmed.lock import LockFile
from citelint.pubmed.lock_resolver import LockResolver
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.record import Record
from citelint.support.profiles import split_sentences

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "fixtures" / "support" / "records", ROOT / "fixtures" / "entrez" / "pubmed"]
SENTENCES_PER_RECORD = 9
# The reader takes entry numbers of up to three digits; longer lists are built in memory.
MAX_READ_ENTRIES = 999


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
        # Each record: shuffled sentences (about a real abstract's length) and invented words
        # of its own, so a claim written from it can be told apart from its neighbours and
        # the word weights cannot all come from a warm memo.
        own = [f"{rng.choice(words)}{index}x", f"marker{index}ase", f"z{index}mab"]
        body = rng.sample(pool, SENTENCES_PER_RECORD)
        body[2] = f"{body[2]} The {own[0]} and {own[1]} levels changed with {own[2]}."
        records.append(
            Record(
                pmid=str(80000000 + index),
                title=f"{' '.join(rng.sample(words, 6))} {own[0]}",
                abstract=" ".join(body),
                journal="J Bench",
                year=2020,
                publication_types=["Journal Article"],
            )
        )
    return records


def write_article(
    folder: Path, rng: random.Random, records: list[Record], count: int
) -> tuple[Path, list[tuple[str, int]]]:
    lines = ["# Benchmark article", ""]
    claims = []
    for _ in range(count):
        cited = rng.randrange(len(records)) + 1
        sentence = split_sentences(records[cited - 1].abstract)[2]
        text = " ".join(sentence.split()[:25]).rstrip(".,;:")
        claims.append((text, cited))
        lines += [f"{text} [{cited}].", ""]
    lines += ["## References", ""]
    for number, record in enumerate(records, start=1):
        lines.append(entry_text(number, record))
    path = folder / "article.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, claims


def entry_text(number: int, record: Record) -> str:
    return (
        f"{number}. Bench A, Mark B. {record.title}. J Bench. 2020;1:{number}-{number + 9}. "
        f"PMID: {record.pmid}"
    )


def in_memory(path: Path, claims: list[tuple[str, int]], records: list[Record]) -> Document:
    """The document the reader would make, for lists longer than it reads (999 entries)."""
    doc = Document(path=str(path), format="md", text=path.read_text(encoding="utf-8"))
    for line, (text, cited) in enumerate(claims, start=3):
        marker = Marker([cited], line, len(text) + 2, f"[{cited}]")
        doc.claims.append(Claim(text, line, 1, [marker]))
    for number, record in enumerate(records, start=1):
        doc.references.append(Reference(number, entry_text(number, record), 9000 + number, 1))
    return doc


@dataclass
class Timing:
    rules_wall: float
    rules_cpu: float
    total_wall: float
    total_cpu: float
    claims: int
    findings: int


def timed(folder: Path, claims: int, entries: int, pool: list[str]) -> Timing:
    rng = random.Random(claims * 7919 + entries)
    records = make_records(rng, pool, entries)
    path, written = write_article(folder, rng, records, claims)
    config = Config(select=["CL3"], offline=True)
    readable = entries <= MAX_READ_ENTRIES
    documents = (
        read_documents([path], config)[0] if readable else [in_memory(path, written, records)]
    )
    lock = LockFile()
    by_pmid = {record.pmid: record for record in records}
    for reference in documents[0].references:
        lock.update(reference, by_pmid[str(80000000 + reference.number - 1)])
    lock_path = folder / "citelint.lock"
    lock.save(lock_path)

    wall, cpu = time.perf_counter(), time.process_time()
    if readable:
        documents, _ = read_documents([path], config)
    doc = documents[0]
    resolver = LockResolver(LockFile.load(lock_path))
    resolutions = {r.reference: r for r in resolver.resolve(doc.references)}
    rules_wall, rules_cpu = time.perf_counter(), time.process_time()
    findings, _ = check_document(doc, None, Resolved(resolutions), config, selected_rules(config))
    end_wall, end_cpu = time.perf_counter(), time.process_time()
    return Timing(
        end_wall - rules_wall,
        end_cpu - rules_cpu,
        end_wall - wall,
        end_cpu - cpu,
        len(doc.claims),
        len(findings),
    )


def cold_cli(folder: Path, claims: int, entries: int, pool: list[str]) -> None:
    """The whole command in a new process: imports, word table and memos all cold."""
    timed(folder, claims, entries, pool)  # writes the article and its lock
    command = [
        sys.executable, "-m", "citelint", "check", "--select", "CL3", "--offline",
        "--no-progress", "--lock", str(folder / "citelint.lock"), str(folder / "article.md"),
    ]  # fmt: skip
    before = os.times()
    wall = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - wall
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    print(
        f"citelint check in a fresh process, {claims} claims x {entries} entries: "
        f"{wall:.2f} s wall, {cpu:.2f} s CPU (start-up, reading and the lock included)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--entries", type=int, default=400)
    parser.add_argument("--profile", action="store_true", help="cProfile the 1x run")
    parser.add_argument(
        "--cli",
        action="store_true",
        help="also time 'citelint check --select CL3 --offline --lock' in a fresh process",
    )
    args = parser.parse_args()
    pool = sentences()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        timed(folder, 50, 40, pool)  # load modules, word lists and patterns outside timing
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            timed(folder, args.claims, args.entries, pool)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            return
        print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores shared)")
        print(
            "scale  claims  entries  rules s (cpu)   claims/s wall (cpu)  "
            "whole check s (cpu)  findings"
        )
        for scale in (1, 2, 4):
            claims, entries = args.claims * scale, args.entries * scale
            t = timed(folder, claims, entries, pool)
            print(
                f"{scale}x     {t.claims:6d}  {entries:7d}  "
                f"{t.rules_wall:5.2f} ({t.rules_cpu:5.2f})"
                f"   {t.claims / t.rules_wall:7,.0f} ({t.claims / t.rules_cpu:7,.0f})"
                f"   {t.total_wall:6.2f} ({t.total_cpu:5.2f})      {t.findings:6d}"
                + ("" if entries <= MAX_READ_ENTRIES else "  (not read: built in memory)")
            )
        print(f"load average after: {os.getloadavg()[0]:.2f}")
        if args.cli:
            cold_cli(folder, args.claims, args.entries, pool)


if __name__ == "__main__":
    main()
