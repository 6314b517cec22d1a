"""Offline lint speed: single-file wall time and articles per second over a generated corpus.

Targets (issue 2): one file well under 0.5 s wall, 1,000 articles in under 10 s.
Run: python benchmarks/lint_throughput.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOPICS = [
    "statin therapy",
    "knee osteoarthritis",
    "spinal stenosis",
    "atrial fibrillation",
    "type 2 diabetes",
    "asthma in children",
    "chronic low back pain",
    "migraine",
]


def article(rng: random.Random, index: int) -> str:
    topic = rng.choice(TOPICS)
    entries = rng.randint(4, 10)
    lines = [f"# Question {index}: what helps {topic}?", ""]
    for claim in range(rng.randint(8, 20)):
        cited = sorted(rng.sample(range(1, entries + 2), k=rng.randint(1, 2)))
        marker = "[" + ", ".join(map(str, cited)) + "]"
        lines.append(
            f"- In {topic}, treatment {claim} reduced symptoms by {rng.randint(5, 60)}% "
            f"(95% CI {rng.random():.2f} to {1 + rng.random():.2f}; p = 0.0{rng.randint(1, 4)}) "
            f"over {rng.randint(6, 36)} months {marker}."
        )
    lines += ["", "## References", ""]
    for n in range(1, entries + 1):
        lines.append(
            f"{n}. Author{n} A, Writer B. A trial of treatment {n} in {topic}. "
            f"J Clin Med. {rng.randint(1995, 2024)};{rng.randint(1, 40)}({rng.randint(1, 12)}):"
            f"{rng.randint(1, 900)}-{rng.randint(901, 999)}."
        )
    return "\n".join(lines) + "\n"


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder)
        for index in range(args.articles):
            (corpus / f"article-{index:04d}.md").write_text(article(rng, index), encoding="utf-8")
        base = [sys.executable, "-m", "citelint", "check", "--offline", "--no-cache"]
        single = corpus / "article-0000.md"
        singles = sorted(timed([*base, str(single)]) for _ in range(5))
        whole = timed([*base, str(corpus)])
        structure = timed([*base, "--select", "CL1", str(corpus)])
        # ru_maxrss of children is the largest of them all, in KiB on Linux.
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"single file, wall (median of 5, includes start-up): {singles[2]:.3f} s")
    print(
        f"{args.articles} articles, all rules offline: {whole:.2f} s "
        f"= {args.articles / whole:.0f} articles/s"
    )
    print(
        f"{args.articles} articles, CL1 only: {structure:.2f} s "
        f"= {args.articles / structure:.0f} articles/s"
    )
    print(f"peak memory of any run: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
