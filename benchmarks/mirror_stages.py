"""Where a mirror build's CPU goes, stage by stage, in microseconds per record.

Reads one PubMed XML file (default: a synthetic NLM-layout file of 30,000 records made by
benchmarks/synthetic_pubmed.py) a growing part of the way, each run one stage further:
unpacking, skipping unread elements as bytes, parsing (libxml2 and lxml, elements cleared),
making the records, making the rows, and storing them (a one-job build of that file, with its
final index and counts). A stage's cost is the difference between its run and the one
before; each run is the best of ``--repeat`` (CPU time of this process).

Then the floor: unpacking and parsing again, each alone (the parse fed bytes skipped
beforehand), which is what zlib and libxml2 cost before any Python reads a field (the only
Python in it is the loop that clears each parsed record).

With ``--old CHECKOUT``, the same is measured for that checkout's code and this one's in turn
(child processes started from a neutral folder), so a busy machine slows both alike:

    .venv/bin/python benchmarks/mirror_stages.py --old /tmp/base --rounds 3
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

STAGES = ("unzip", "skip", "parse", "records", "rows", "store")
HERE = Path(__file__).resolve().parent


def _unzip(path: Path) -> Iterator[bytes]:
    from citelint.pubmed.mirror import source

    with path.open("rb") as stream:
        yield from source._parts(source._contents(stream))


def _skip(path: Path, abstracts: bool) -> Iterator[bytes]:
    from citelint.pubmed.mirror.source import ABSTRACT, UNREAD, skip_elements

    unread = UNREAD if abstracts else UNREAD + ABSTRACT
    for part in _unzip(path):
        yield skip_elements(part, unread)


def _parse(parts: Iterable[bytes]) -> None:
    """The parts parsed and each record cleared; the loop over them is the only Python."""
    from lxml import etree

    parser = etree.XMLPullParser(
        events=("end",),
        tag=("PubmedArticle", "PubmedBookArticle", "DeleteCitation"),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
    )
    for part in parts:
        parser.feed(part)
        for _, element in parser.read_events():
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    parser.close()


def floor(path: Path, abstracts: bool, repeat: int, records: int) -> None:
    """What zlib and libxml2 cost per record, with no more Python than the loop that clears
    each parsed record: a build can go no faster than this, whatever else its Python does."""
    parts = list(_skip(path, abstracts))
    unzip = parse = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        sum(map(len, _unzip(path)))
        unzip = min(unzip, time.process_time() - started)
        started = time.process_time()
        _parse(parts)
        parse = min(parse, time.process_time() - started)
    both = (unzip + parse) / records * 1e6
    print(
        f"floor: unzip {unzip / records * 1e6:.1f} + parse {parse / records * 1e6:.1f} = "
        f"{both:.1f} us/record in zlib and libxml2 (and a clearing loop): at most "
        f"{1e6 / both:,.0f} records/s on one core (the goal, 20,000/s, leaves 50 us for all)"
    )
    inserts = _inside_sqlite(path, abstracts) / records * 1e6
    print(
        f"       + {inserts:.1f} us/record inside SQLite's own calls of a build = "
        f"{both + inserts:.1f} us: at most {1e6 / (both + inserts):,.0f} records/s"
    )


def _inside_sqlite(path: Path, abstracts: bool) -> float:
    """Seconds a one-job build spends inside sqlite3's execute and executemany (the profiler
    slows the Python around them, not the time inside them)."""
    import cProfile
    import pstats

    profile = cProfile.Profile(time.process_time)  # CPU time, as the stages above
    profile.runcall(_store, path, abstracts)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(
        row[2] for (_, _, name), row in stats.items() if "of 'sqlite3.Connection' objects" in name
    )


def _store(path: Path, abstracts: bool) -> None:
    from citelint.pubmed.mirror.write import build

    with tempfile.TemporaryDirectory() as folder:
        build(Path(folder) / "mirror.sqlite3", [path], abstracts, lambda applied: None)


def runs(path: Path, abstracts: bool) -> dict[str, Callable[[], object]]:
    """Each stage's run: everything up to and including that stage."""
    from citelint.pubmed.mirror.rows import file_rows
    from citelint.pubmed.mirror.source import read_file

    return {
        "unzip": lambda: sum(map(len, _unzip(path))),
        "skip": lambda: sum(map(len, _skip(path, abstracts))),
        "parse": lambda: _parse(_skip(path, abstracts)),
        "records": lambda: sum(1 for _ in read_file(path, abstracts)),
        "rows": lambda: sum(1 for _ in file_rows(path, abstracts)),
        "store": lambda: _store(path, abstracts),
    }


def measure(path: Path, abstracts: bool, repeat: int) -> dict[str, float]:
    """Seconds of CPU for each stage's run, the best of ``repeat``."""
    found = {}
    for stage, run in runs(path, abstracts).items():
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            run()
            best = min(best, time.process_time() - started)
        found[stage] = best
    return found


def report(label: str, seconds: dict[str, float], records: int) -> None:
    previous, parts = 0.0, []
    for stage in STAGES:
        parts.append(f"{stage} {(seconds[stage] - previous) / records * 1e6:.1f}")
        previous = seconds[stage]
    reading = seconds["rows"] / records * 1e6
    total = seconds["store"] / records * 1e6
    print(
        f"{label}: {' + '.join(parts)} us/record; reading (to rows) {reading:.1f}, "
        f"all {total:.1f} us/record = {1e6 / total:,.0f} records/s CPU "
        f"(load {os.getloadavg()[0]:.2f})"
    )


def calibration() -> float:
    """Microseconds for a fixed pure-Python loop: about 8 on an idle core."""
    return min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6


def records_in(path: Path) -> int:
    from citelint.pubmed.mirror.source import Deletion, read_file

    return sum(1 for item in read_file(path, False) if not isinstance(item, Deletion))


def in_child(checkout: Path, arguments: list[str]) -> None:
    """This script run with ``checkout``'s citelint, from a folder holding no citelint."""
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    with tempfile.TemporaryDirectory() as neutral:
        command = [sys.executable, str(Path(__file__).resolve()), *arguments]
        subprocess.run(command, cwd=neutral, env=environment, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path, nargs="?", help="a PubMed XML file (.xml or .gz)")
    parser.add_argument("--abstracts", action="store_true")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--old", type=Path, help="checkout of the old version, to compare")
    parser.add_argument("--rounds", type=int, default=2, help="old and new in turn, with --old")
    parser.add_argument("--label", default="this code")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.file
        if path is None:
            sys.path.insert(0, str(HERE))
            from synthetic_pubmed import PER_FILE, write_files

            (path,) = write_files(Path(folder), PER_FILE)
        if args.old is None:
            records = records_in(path)
            report(args.label, measure(path, args.abstracts, args.repeat), records)
            floor(path, args.abstracts, args.repeat, records)
            return
        print(f"calibration: sum(range(1000)) takes {calibration():.1f} us (about 8 when idle)")
        common = [str(path.resolve()), "--repeat", str(args.repeat)]
        common += ["--abstracts"] if args.abstracts else []
        for _ in range(args.rounds):
            in_child(args.old.resolve(), [*common, "--label", "old"])
            in_child(HERE.parent, [*common, "--label", "new"])


if __name__ == "__main__":
    main()
