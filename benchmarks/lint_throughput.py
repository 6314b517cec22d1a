"""Offline lint speed and memory on real-size articles (benchmarks/real_size.py).

Prints, for a corpus of 40-60 KB articles with 50-80 references each (txt, md and html):
- start-up: ``citelint --version``, ``citelint rules`` and an offline check of one small
  article (the bundled answer page) and of one real-size article, each as a ratio to
  ``python -c pass`` measured in the same run (medians, interleaved);
- throughput: articles/s and MB/s with all offline rules and with ``--select CL1``, for
  ``--jobs 1`` and ``--jobs N`` (N = the number of cores), with the CPU time they took;
- peak memory: of the largest process and of all processes of the run together, for the
  corpus and for ten times as many articles (the same files hard-linked, no extra disk).

Goals (issue 13, on a 2-core machine): >= 300 articles/s with all offline rules and
``--jobs 2``, >= 150 with ``--jobs 1``, peak <= 150 MB for 1,000 or 10,000 articles, and one
article checked offline in <= 8x the time of ``python -c pass``.

Python's compiled bytecode is kept in a temporary folder for the runs (as an installed package
has it), even where PYTHONDONTWRITEBYTECODE is set; --no-bytecode measures without it. The
load average is printed: other processes on the machine slow every figure but the ratios.

    .venv/bin/python benchmarks/lint_throughput.py [--articles 1000] [--no-scale]
    .venv/bin/python benchmarks/lint_throughput.py --startup-only --rounds 21
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from real_size import write_corpus

CITELINT = [sys.executable, "-m", "citelint"]
OFFLINE = [*CITELINT, "check", "--offline", "--no-cache", "--format", "json"]
SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "answer-page.txt"
# Seconds between two samples of a run's memory: the runs measured last seconds, and their
# memory is flat, so a coarse sample finds the peak without slowing the run.
SAMPLE_EVERY = 0.05
# The environment of every measured run (set by main: where bytecode is kept).
ENVIRONMENT = dict(os.environ)


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the run and every process it waited for
    largest: float  # MiB, the largest resident set of any one process
    together: float  # MiB, the largest sum of the resident sets of all processes at once


def measure(command: list[str], sample_memory: bool = True) -> Run:
    """Run ``command`` with its output thrown away, sampling its processes' memory.

    The wall time ends when ``wait4`` returns, not at the next poll; and the memory is
    sampled by a thread every SAMPLE_EVERY seconds, as polling /proc every 5 ms took 7% of
    a core, which a run on every core lost. Start-up runs sample nothing."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENVIRONMENT
    )
    peak = [0]
    finished = threading.Event()
    sampler = threading.Thread(target=_sample, args=(process.pid, finished, peak))
    if sample_memory:
        sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    finished.set()
    if sample_memory:
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    largest = usage.ru_maxrss / 1024  # KiB on Linux
    return Run(wall, usage.ru_utime + usage.ru_stime, largest, max(peak[0] / 1024, largest))


def _sample(pid: int, finished: threading.Event, peak: list[int]) -> None:
    """The largest sum of resident memory of ``pid`` and its descendants, into ``peak[0]``."""
    while not finished.wait(SAMPLE_EVERY):
        peak[0] = max(peak[0], _tree_rss(pid))


def _tree_rss(pid: int) -> int:
    """KiB resident in ``pid`` and all its descendants now (Linux /proc; 0 elsewhere)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        pending += [int(child) for child in children.split()]
    return total


def supports_jobs() -> bool:
    """Whether this citelint has --jobs (the 'before' figures were taken without it)."""
    help_text = subprocess.run(
        [*CITELINT, "check", "--help"], capture_output=True, text=True, env=ENVIRONMENT
    )
    return "--jobs" in help_text.stdout


def startup(article: Path, rounds: int) -> None:
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "citelint --version": [*CITELINT, "--version"],
        "citelint rules": [*CITELINT, "rules"],
        "check a small page offline": [*OFFLINE, str(SMALL)],
        "check one real-size article": [*OFFLINE, str(article)],
    }
    for command in commands.values():
        measure(command, sample_memory=False)  # a first run writes the bytecode the others read
    times: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(rounds):  # interleaved, so a busy moment slows every command alike
        for name, command in commands.items():
            times[name].append(measure(command, sample_memory=False))
    base = statistics.median(run.wall for run in times["python -c pass"])
    base_cpu = statistics.median(run.cpu for run in times["python -c pass"])
    # CPU time (user + system) is less disturbed by other processes than wall time.
    print(f"start-up, median of {rounds} interleaved runs (wall, and CPU time):")
    for name, runs in times.items():
        wall = statistics.median(run.wall for run in runs)
        cpu = statistics.median(run.cpu for run in runs)
        print(
            f"  {name:<28} {wall * 1000:7.1f} ms  {wall / base:5.1f}x python -c pass"
            f"   cpu {cpu * 1000:6.1f} ms  {cpu / base_cpu:5.1f}x"
        )


def throughput(corpus: Path, count: int, megabytes: float, jobs: list[int]) -> None:
    print(f"throughput, offline (--offline --no-cache), {count} articles, {megabytes:.1f} MB:")
    for label, select in (("all rules", []), ("--select CL1", ["--select", "CL1"])):
        for job in jobs:
            option = ["--jobs", str(job)] if job else []
            run = measure([*OFFLINE, *select, *option, str(corpus)])
            shown = f"--jobs {job}" if job else "(no --jobs)"
            print(
                f"  {label:<13} {shown:<11} {run.wall:6.2f} s  {count / run.wall:6.0f} articles/s"
                f"  {megabytes / run.wall:5.1f} MB/s  cpu {run.cpu:6.2f} s"
                f"  peak {run.largest:4.0f} MiB largest process, {run.together:4.0f} MiB all"
            )


def scaled(corpus: Path, folder: Path, times: int, jobs: list[int]) -> None:
    """The corpus ``times`` over, as hard links: memory must not grow with the file count."""
    files = sorted(corpus.iterdir())
    for copy in range(times):
        target = folder / f"copy-{copy:02d}"
        target.mkdir(parents=True)
        for path in files:
            os.link(path, target / path.name)
    count = len(files) * times
    print(f"memory, {count} articles (the corpus {times} times over), all offline rules:")
    for job in jobs:
        option = ["--jobs", str(job)] if job else []
        run = measure([*OFFLINE, *option, str(folder)])
        shown = f"--jobs {job}" if job else "(no --jobs)"
        print(
            f"  {shown:<11} {run.wall:6.1f} s  {count / run.wall:6.0f} articles/s"
            f"  peak {run.largest:4.0f} MiB largest process, {run.together:4.0f} MiB all"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=9, help="start-up runs per command")
    parser.add_argument("--no-scale", action="store_true", help="skip the 10x memory run")
    parser.add_argument("--no-bytecode", action="store_true", help="compile on every run")
    parser.add_argument(
        "--startup-only", action="store_true", help="only the start-up ratios (one article)"
    )
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    jobs = [1, cores] if supports_jobs() else [0]
    with tempfile.TemporaryDirectory() as folder:
        if not args.no_bytecode:
            ENVIRONMENT.pop("PYTHONDONTWRITEBYTECODE", None)
            ENVIRONMENT["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "bytecode")
        corpus = Path(folder) / "corpus"
        paths = write_corpus(corpus, 1 if args.startup_only else args.articles)
        size = sum(path.stat().st_size for path in paths)
        print(
            f"corpus: {len(paths)} real-size articles (txt, md, html in turn), "
            f"{size / len(paths) / 1000:.1f} KB on average; {cores} cores; "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        startup(paths[0], args.rounds)
        if args.startup_only:
            return
        throughput(corpus, len(paths), size / 1e6, jobs)
        if not args.no_scale:
            scaled(corpus, Path(folder) / "scaled", 10, jobs)


if __name__ == "__main__":
    main()
