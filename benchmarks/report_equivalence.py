"""Prove that a change after reading changed no report: every output byte, old vs new.

    python benchmarks/report_equivalence.py --old /tmp/base [--new .] PATH...

Each version of the code (a checkout, put first on PYTHONPATH) runs ``citelint check
--offline`` over the PATHs in every report format (text, json, sarif, github), with one job
and with two, without a cache (``--no-cache``: every entry's verdict given without asking),
with a cache folder holding no cache file yet (which an offline run does not make), and with
an empty cache file (every question asked of the cache, which answers nothing). The
standard output, standard error and exit status of each run are compared byte for byte
with the same run of the other version, and with the one-job run of the same version. Then
each version writes a baseline of the PATHs (``citelint baseline``), and checks them
against the old version's baseline (JSON and SARIF). The script prints each run that
differs and exits 1 if any does.

Real-size articles: ``python benchmarks/real_size.py DIR --articles 300``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
FORMATS = ("text", "json", "sarif", "github")
JOBS = ("1", "2")
CACHES = ("--no-cache", "no cache file", "empty cache file")


def citelint(code: Path, args: list[str]) -> bytes:
    """What one run printed, its exit status and its standard error, as bytes."""
    environment = {**os.environ, "PYTHONPATH": str(code)}
    environment.pop("NO_COLOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        env=environment,
        capture_output=True,
        cwd=tempfile.gettempdir(),  # not a checkout: its code would come first
        check=False,
    )
    return done.stdout + f"\nexit {done.returncode}\n".encode() + done.stderr


def run(code: Path, paths: list[Path], fmt: str, jobs: str, cache: str, folder: Path) -> bytes:
    options = ["--no-cache"] if cache == "--no-cache" else ["--cache-dir", str(folder)]
    if cache == "empty cache file":
        make_cache = "import sys; from citelint.pubmed.cache import RecordCache; "
        make_cache += "RecordCache(sys.argv[1]).close()"
        environment = {**os.environ, "PYTHONPATH": str(code)}
        subprocess.run([sys.executable, "-c", make_cache, str(folder)], env=environment, check=True)
    return citelint(
        code,
        ["check", "--offline", "--format", fmt, "--jobs", jobs, *options, *map(str, paths)],
    )


def baselines(old: Path, new: Path, paths: list[Path], folder: Path) -> int:
    """Baselines written by each version, and checks against the old one's: how many differ."""
    written = {}
    for name, code in (("old", old), ("new", new)):
        target = folder / f"baseline-{name}.json"
        options = ["--offline", "--no-cache", "-o", str(target)]
        citelint(code, ["baseline", *options, *map(str, paths)])
        written[name] = target.read_bytes()
    differ = int(written["old"] != written["new"])
    print(f"baseline: {'differs' if differ else 'the same'}, {len(written['new'])} bytes")
    for fmt in ("json", "sarif"):
        options = ["--offline", "--no-cache", "--format", fmt]
        options += ["--baseline", str(folder / "baseline-old.json"), *map(str, paths)]
        checked = [citelint(code, ["check", *options]) for code in (old, new)]
        same = checked[0] == checked[1]
        differ += not same
        print(f"check --baseline --format {fmt}: {'the same' if same else 'differs'}")
    return differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--old", type=Path, required=True, help="checkout before the change")
    parser.add_argument("--new", type=Path, default=HERE.parents[1])
    args = parser.parse_args()
    paths = [path.resolve() for path in args.paths]
    differ = 0
    runs = 0
    with tempfile.TemporaryDirectory() as temporary:
        for cache in CACHES:
            for fmt in FORMATS:
                single: dict[str, bytes] = {}
                for jobs in JOBS:
                    outputs = {}
                    for name, code in (("old", args.old), ("new", args.new)):
                        folder = Path(temporary) / f"{name}-{fmt}-{jobs}-{cache.split()[0]}"
                        outputs[name] = run(code.resolve(), paths, fmt, jobs, cache, folder)
                    runs += 1
                    label = f"{cache}, --format {fmt}, --jobs {jobs}"
                    if outputs["old"] != outputs["new"]:
                        differ += 1
                        print(f"differs old vs new: {label}")
                    single.setdefault("new", outputs["new"])
                    if outputs["new"] != single["new"]:
                        differ += 1
                        print(f"differs from --jobs 1: {label}")
                    print(f"{label}: {len(outputs['new'])} bytes", flush=True)
        runs += 3
        differ += baselines(args.old.resolve(), args.new.resolve(), paths, Path(temporary))
    print(f"{runs - differ} of {runs} runs identical, old vs new and to one job")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
