"""Do two versions of citelint resolve mirror_speed's references the same way, and how fast?

``run`` resolves the 10,000 varied references of ``benchmarks/mirror_speed.py`` against a
mirror, prints the time (CPU and wall) and writes every resolution, field by field, as JSON.
``compare`` reads two such files and prints every field that differs. Run ``run`` once with
the old code and once with the new (``PYTHONPATH=/path/to/old/checkout``) and compare:

    PYTHONPATH=/tmp/old .venv/bin/python benchmarks/mirror_same.py run OLD.sqlite3 old.json
    .venv/bin/python benchmarks/mirror_same.py run NEW.sqlite3 new.json
    .venv/bin/python benchmarks/mirror_same.py compare old.json new.json

The references are made for the mirror's record count, so both mirrors must be built from the
same synthetic XML (they may differ in format).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path

from mirror_speed import references, timed_resolution


def run(mirror: Path, out: Path, repeat: int, seed: int) -> None:
    with sqlite3.connect(f"file:{mirror}?mode=ro", uri=True) as db:
        records = db.execute("SELECT count(*) FROM records").fetchone()[0]
    entries, _ = references(records, random.Random(seed))
    found: list = []
    for _ in range(repeat):  # a fresh resolver each time: nothing carried over between runs
        found, wall, cpu = timed_resolution(mirror, entries)
        print(
            f"{len(entries):,} references on {records:,} records: {wall:.2f} s wall, "
            f"{cpu:.2f} s CPU -> {len(entries) / wall:,.0f}/s wall, {len(entries) / cpu:,.0f}/s "
            f"CPU (load {os.getloadavg()[0]:.2f})"
        )
    out.write_text(json.dumps([asdict(resolution) for resolution in found], sort_keys=True))


def differences(old: object, new: object, where: str) -> list[str]:
    """Every field path at which the two JSON values differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        found = []
        for key in sorted(set(old) | set(new)):
            found += differences(old.get(key), new.get(key), f"{where}.{key}")
        return found
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        found = []
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            found += differences(a, b, f"{where}[{index}]")
        return found
    return [] if old == new else [f"{where}: {old!r} != {new!r}"]


def leaves(value: object) -> int:
    """How many fields (values that are not dicts or lists) a JSON value holds."""
    if isinstance(value, dict):
        return sum(map(leaves, value.values()))
    if isinstance(value, list):
        return sum(map(leaves, value))
    return 1


def compare(old_path: Path, new_path: Path) -> int:
    old, new = json.loads(old_path.read_text()), json.loads(new_path.read_text())
    found = differences(old, new, "resolutions")
    for line in found[:50]:
        print(line)
    fields = sum(map(leaves, old))
    print(f"{len(old):,} resolutions, {fields:,} fields compared: {len(found)} differ")
    return 1 if found else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    running = commands.add_parser("run")
    running.add_argument("mirror", type=Path)
    running.add_argument("out", type=Path)
    running.add_argument("--repeat", type=int, default=1)
    running.add_argument("--seed", type=int, default=5, help="5 gives mirror_speed's references")
    comparing = commands.add_parser("compare")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "run":
        run(args.mirror, args.out, args.repeat, args.seed)
    else:
        sys.exit(compare(args.old, args.new))


if __name__ == "__main__":
    main()
