"""CPU time per article spent reading reference entries, two versions interleaved.

    python benchmarks/entry_speed.py --old /tmp/base [--new .] [--articles 60] [--rounds 6]

The corpus is benchmarks/real_size.py's (40-60 KB articles, 50-80 references, txt/md/html).
Each round runs one process per version (a checkout put first on PYTHONPATH; the order
alternates between rounds): it reads every article once to warm up, then three times, and
times with process_time the whole reading, every ``make_reference`` call (cutting an entry's
lines, then ``parse_entry``) and every ``parse_entry`` call within it, and keeps the least of
the three passes. The table gives, in milliseconds per article, the least of the rounds and
their median, and the median of the rounds' new/old ratios; the load average is printed with
each round (the machine is shared: compare ratios, not absolute times).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from real_size import write_corpus

# Run in each version's process. The timers wrap the functions where list_entries looks
# them up, so the nested parse_entry calls are timed inside make_reference's.
_TIMER = """
import json, sys, time
from pathlib import Path
import citelint.read.list_entries as list_entries
from citelint.read import read_path

spent = {"make_reference": 0.0, "parse_entry": 0.0}

def timed(name, function):
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
    return run

list_entries.make_reference = timed("make_reference", list_entries.make_reference)
list_entries.parse_entry = timed("parse_entry", list_entries.parse_entry)
files = sorted(Path(sys.argv[1]).iterdir())
for path in files:
    read_path(path)
passes = []
for _ in range(3):
    spent.update(make_reference=0.0, parse_entry=0.0)
    start = time.process_time()
    for path in files:
        read_path(path)
    passes.append({"reading": time.process_time() - start, **spent})
print(json.dumps({key: min(p[key] for p in passes) / len(files) for key in passes[0]}))
"""
PARTS = ("reading", "make_reference", "parse_entry")


def measure(code: Path, corpus: Path) -> dict[str, float]:
    environment = {**os.environ, "PYTHONPATH": str(code)}
    # Started in the corpus folder: "python -c" puts the current folder ahead of PYTHONPATH.
    done = subprocess.run(
        [sys.executable, "-c", _TIMER, str(corpus)],
        env=environment,
        cwd=corpus,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    versions = {"old": args.old.resolve(), "new": args.new.resolve()}
    times: dict[str, dict[str, list[float]]] = {v: {p: [] for p in PARTS} for v in versions}
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder)
        write_corpus(corpus, args.articles)
        for number in range(args.rounds):
            order = ["old", "new"] if number % 2 == 0 else ["new", "old"]
            for version in order:
                for part, seconds in measure(versions[version], corpus).items():
                    times[version][part].append(seconds * 1000)
            load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
            print(f"round {number + 1}: load {load}", flush=True)
    print(f"\nCPU ms per article ({args.articles} real-size articles, {args.rounds} rounds)")
    print("| | old: least (median) | new: least (median) | new/old, median of rounds |")
    print("| --- | --- | --- | --- |")
    for part in PARTS:
        old, new = times["old"][part], times["new"][part]
        ratio = statistics.median(b / a for a, b in zip(old, new, strict=True))
        print(
            f"| {part} | {min(old):.2f} ({statistics.median(old):.2f}) "
            f"| {min(new):.2f} ({statistics.median(new):.2f}) | {ratio:.2f} |"
        )


if __name__ == "__main__":
    main()
