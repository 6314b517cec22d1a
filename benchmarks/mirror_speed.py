"""How fast is the PubMed mirror to build, how large is it, how fast does it resolve?

Writes synthetic PubMed XML in NLM's baseline layout (benchmarks/synthetic_pubmed.py), builds
a mirror from it without and with abstracts (``citelint mirror build`` in a child process,
so its peak memory is its own), and resolves 10,000 varied references against it: cited with
PMID, with DOI, Vancouver without identifiers, terse (no title), with title slips, made up,
naming another paper's PMID, and web pages. Goals: a build of >= 20,000 records/s on one
core, resolution of >= 5,000 references/s.

    .venv/bin/python benchmarks/mirror_speed.py                  # 100,000 records
    .venv/bin/python benchmarks/mirror_speed.py --records 1000000
    .venv/bin/python benchmarks/mirror_speed.py --build-jobs 1 2   # each with --jobs 1, 2

The machine may be shared: a calibration loop is timed first, so figures from a busy machine
can be read as such (about 8 us on an idle modern core), and each build prints the load
average before and after it. A build's CPU time includes its worker processes (``--jobs``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import timeit
import zlib
from collections import Counter
from pathlib import Path

from lxml import etree

from citelint.config import Config
from citelint.models import Reference
from citelint.pubmed.mirror.query import MirrorClient
from citelint.pubmed.mirror.resolve import MirrorResolver
from citelint.pubmed.mirror.source import ABSTRACT, UNREAD, skip_elements
from citelint.pubmed.resolver import build_resolver

REFERENCES = 10_000


def _generator():  # type: ignore[no-untyped-def]
    """benchmarks/synthetic_pubmed.py, which sits beside this script."""
    path = Path(__file__).resolve().parent / "synthetic_pubmed.py"
    spec = importlib.util.spec_from_file_location("synthetic_pubmed", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["synthetic_pubmed"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


synthetic_pubmed = _generator()


def calibration() -> float:
    """Microseconds for a fixed pure-Python loop: about 8 on an idle core."""
    return min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6


def reading_floor(path: Path, records: int) -> None:
    """What unpacking and parsing alone cost (one file, nothing made of its records): the part
    of a build's time that is zlib's and libxml2's, whatever the Python around them does."""
    unpacked = zlib.decompress(path.read_bytes(), wbits=31)
    started = time.process_time()
    zlib.decompress(path.read_bytes(), wbits=31)
    unzip = time.process_time() - started
    started = time.process_time()
    kept = skip_elements(unpacked, UNREAD + ABSTRACT)  # as a build without abstracts
    skip = time.process_time() - started
    parser = etree.XMLPullParser(
        events=("end",), tag="PubmedArticle", resolve_entities=False, no_network=True
    )
    started = time.process_time()
    for at in range(0, len(kept), 1 << 20):
        parser.feed(kept[at : at + (1 << 20)])
        for _, element in parser.read_events():
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    parse = time.process_time() - started
    total = unzip + skip + parse
    print(
        f"reading floor ({path.name}, CPU): unzip {unzip / records * 1e6:.1f} + skip "
        f"{skip / records * 1e6:.1f} + lxml parse {parse / records * 1e6:.1f} = "
        f"{total / records * 1e6:.1f} us/record: at most {records / total:,.0f} records/s "
        "before any record is made or stored"
    )


# The build in a child process that says its own peak memory at exit. Not the children's
# ru_maxrss: a child's count starts from its parent's memory at the fork, whatever it uses.
_BUILD = """
import resource, sys
from citelint.commands.cli import main
try:
    main()
finally:
    with open("/proc/self/status") as status:
        print(*(line for line in status if line.startswith("VmHWM")), file=sys.stderr)
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        print("CPU:", usage.ru_utime + usage.ru_stime, file=sys.stderr)
"""


def build(folder: Path, target: Path, abstracts: bool, records: int, jobs: int) -> None:
    command = [sys.executable, "-c", _BUILD, "mirror", "build", "--mirror", str(target)]
    command += ["--abstracts"] if abstracts else []
    command += ["--jobs", str(jobs)]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([*command, str(folder)], check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = done.stderr.split("VmHWM:")[-1].split()[0]  # kB
    # The writing process's own CPU, and its workers' (unpacking, parsing, making rows).
    writer, readers = (float(part.split()[0]) for part in done.stderr.split("CPU:")[1:3])
    size = target.stat().st_size
    label = "with abstracts" if abstracts else "without abstracts"
    print(
        f"build {label}, --jobs {jobs}: {wall:.1f} s wall, {cpu:.1f} s CPU -> "
        f"{records / wall:,.0f} records/s (wall), {records / cpu:,.0f} records/s (CPU); "
        f"{size / records:,.0f} bytes/record ({size / 2**20:,.0f} MiB); peak memory of the "
        f"writing process {int(peak) / 1024:,.0f} MiB; load {load:.2f} -> {os.getloadavg()[0]:.2f}"
    )
    if readers:
        print(
            f"  CPU per record: {writer / records * 1e6:.0f} us writing (one process), "
            f"{readers / records * 1e6:.0f} us reading (workers): with enough cores, at most "
            f"{records / writer:,.0f} records/s"
        )


def references(records: int, rng: random.Random) -> tuple[list[Reference], list[str]]:
    """REFERENCES entries in ten shapes, and the kind of each."""
    first, last = synthetic_pubmed.FIRST_PMID, synthetic_pubmed.FIRST_PMID + records - 1
    entries, kinds = [], []
    for number in range(1, REFERENCES + 1):
        kind = (
            "pmid",
            "pmid",
            "doi",
            "vancouver",
            "vancouver",
            "terse",
            "slip",
            "made-up",
            "wrong-pmid",
            "web",
        )[number % 10]
        item = synthetic_pubmed.spec(rng.randint(first, last))
        authors = [f"{name} {initials}" for name, initials in item.authors[:3]]
        entry = Reference(
            number,
            f"entry {number}",
            number,
            1,
            title=item.title,
            journal=item.abbrev,
            year=item.year,
            authors=authors,
            volume=item.volume,
            pages=item.pages,
        )
        if kind == "pmid":
            entry.pmid = str(item.pmid)
        elif kind == "doi":
            entry.doi, entry.journal, entry.volume, entry.pages = item.doi, None, None, None
        elif kind == "terse":
            entry.title = None
        elif kind == "slip":
            words = item.title.rstrip(".").split()
            entry.title = " ".join(words[:-1]).upper() if len(words) > 8 else item.title.lower()
            entry.year = item.year + 1
        elif kind == "made-up":
            entry.title = synthetic_pubmed.spec(rng.randint(first, last)).title[::-1].lower()
            entry.volume, entry.pages = str(rng.randint(200, 300)), "1-9"
        elif kind == "wrong-pmid":
            entry.pmid = str(rng.randint(first, last))
        elif kind == "web":
            entry = Reference(
                number,
                "WHO fact sheet",
                number,
                1,
                title="Low back pain",
                journal=None,
                url="https://www.who.int/news-room/fact-sheets",
            )
        entries.append(entry)
        kinds.append(kind)
    return entries, kinds


def timed_resolution(target: Path, entries: list[Reference]) -> tuple[list, float, float]:
    """The entries resolved offline against a complete mirror by a fresh resolver, with the
    wall and CPU seconds it took."""
    offline = build_resolver(Config(offline=True, no_cache=True))
    with MirrorResolver(MirrorClient(target), offline, online=False, complete=True) as resolver:
        started, cpu = time.perf_counter(), time.process_time()
        found = resolver.resolve(entries)
        return found, time.perf_counter() - started, time.process_time() - cpu


def resolve(target: Path, records: int) -> None:
    entries, kinds = references(records, random.Random(5))
    found, wall, cpu = timed_resolution(target, entries)
    print(
        f"resolve {len(entries):,} references: {wall:.2f} s wall, {cpu:.2f} s CPU -> "
        f"{len(entries) / wall:,.0f} references/s (wall), {len(entries) / cpu:,.0f} (CPU)"
    )
    outcomes = Counter(
        (kind, resolution.status) for kind, resolution in zip(kinds, found, strict=True)
    )
    for (kind, status), count in sorted(outcomes.items()):
        print(f"  {kind:<11} {status:<14} {count:>6,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000, help="1000000 for the full run")
    parser.add_argument("--folder", type=Path, help="keep the XML and mirrors here")
    parser.add_argument("--jobs", type=int, default=2, help="processes writing the XML")
    parser.add_argument(
        "--build-jobs",
        type=int,
        nargs="+",
        default=[1],
        help="build with each of these --jobs (the one with abstracts uses the last)",
    )
    args = parser.parse_args()
    print(f"calibration: sum(range(1000)) takes {calibration():.1f} us (about 8 when idle)")
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch)
        xml = folder / f"xml-{args.records}"
        if not xml.is_dir():
            started = time.perf_counter()
            synthetic_pubmed.write_files(xml, args.records, jobs=args.jobs)
            print(
                f"generated {args.records:,} records in {time.perf_counter() - started:.0f} s "
                f"(wall, {args.jobs} process(es))"
            )
        files = sorted(xml.glob("*.xml.gz"))
        packed = sum(path.stat().st_size for path in files)
        print(f"input: {len(files)} files, {packed / 2**20:,.0f} MiB gzip")
        reading_floor(files[0], min(args.records, synthetic_pubmed.PER_FILE))
        for jobs in args.build_jobs:
            build(xml, folder / "bare.sqlite3", False, args.records, jobs)
        build(xml, folder / "full.sqlite3", True, args.records, args.build_jobs[-1])
        resolve(folder / "bare.sqlite3", args.records)


if __name__ == "__main__":
    main()
