"""CPU time per article of reading alone and of an offline check, two versions interleaved.

    python benchmarks/reading_speed.py --old /tmp/base [--new .] [--articles 100] [--rounds 3]
                                       [--format html]

The corpus is benchmarks/real_size.py's (40-60 KB articles, 50-80 references, txt/md/html;
``--format`` keeps the articles of one format only, a third of ``--articles``).
Each round runs, for the old then the new code (a checkout put first on PYTHONPATH):
- reading: every article read in one process (``read_path``, the claims' words included),
  the CPU time of that loop alone (process_time), the least of three passes after a warm-up;
- ``citelint check --offline --no-cache --format json --jobs 1`` over the corpus, with all
  rules and with ``--select CL1``: the CPU time of the whole process (rusage).
The machine is shared: the load average is printed with each round, and the table gives the
least CPU time of the rounds (what other processes disturbed least), in milliseconds per
article, with the median beside it, and the median of the rounds' new/old ratios (wall time
follows the load).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from real_size import write_corpus

_READER = """
import sys, time
from pathlib import Path
from citelint.read import read_path
files = sorted(Path(sys.argv[1]).iterdir())
for path in files:
    read_path(path)
passes = []
for _ in range(3):
    start = time.process_time()
    for path in files:
        read_path(path)
    passes.append((time.process_time() - start) / len(files))
print(min(passes))
"""
RUNS = {
    "check, all rules": [],
    "check --select CL1": ["--select", "CL1"],
}


def reading(code: Path, folder: Path) -> float:
    """CPU seconds per article of reading alone."""
    done = subprocess.run(
        [sys.executable, "-c", _READER, str(folder)],
        env=_environment(code),
        capture_output=True,
        text=True,
        check=True,
        cwd=folder,
    )
    return float(done.stdout)


def check(code: Path, folder: Path, options: list[str], count: int) -> float:
    """CPU seconds per article of a whole offline check run, start-up included."""
    command = [sys.executable, "-m", "citelint", "check", "--offline", "--no-cache"]
    command += ["--format", "json", "--jobs", "1", *options, str(folder)]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_environment(code),
        cwd=folder,
    )
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed")
    return (usage.ru_utime + usage.ru_stime) / count


def _environment(code: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(code)}


# Runs start in the corpus folder: "python -c" and "-m" put the current folder first on the
# path, ahead of PYTHONPATH, and a checkout's own folder would win over the version asked.


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--old", type=Path, required=True)
    parser.add_argument("--new", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--format", choices=["txt", "md", "html"], help="one format only")
    args = parser.parse_args()
    versions = {"old": args.old.resolve(), "new": args.new.resolve()}
    figures: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write_corpus(folder, args.articles)
        if args.format:
            for path in folder.iterdir():
                if path.suffix != f".{args.format}":
                    path.unlink()
        count = len(list(folder.iterdir()))
        for round_number in range(1, args.rounds + 1):
            print(f"round {round_number}, load average {os.getloadavg()[0]:.2f}", flush=True)
            # Each round swaps which version runs first, and the table's last column is the
            # median of the rounds' own ratios: the load moves between rounds more than within.
            order = list(versions.items())
            for name, code in order if round_number % 2 else order[::-1]:
                started = time.perf_counter()
                figures.setdefault(("reading", name), []).append(reading(code, folder))
                for label, options in RUNS.items():
                    cpu = check(code, folder, options, count)
                    figures.setdefault((label, name), []).append(cpu)
                print(f"  {name}: {time.perf_counter() - started:.1f} s wall", flush=True)
    print(f"\nCPU ms per article, {count} articles, least (median) of {args.rounds} rounds")
    print(f"{'':20} {'old':>13} {'new':>13} {'new/old':>8}")
    for label in ("reading", *RUNS):
        old, new = figures[(label, "old")], figures[(label, "new")]
        shown = [
            f"{min(run) * 1000:5.1f} ({statistics.median(run) * 1000:5.1f})" for run in (old, new)
        ]
        ratio = statistics.median(after / before for before, after in zip(old, new, strict=True))
        print(f"{label:20} {shown[0]:>13} {shown[1]:>13} {ratio:8.2f}")
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
