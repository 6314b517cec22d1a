"""Do two versions of citelint build the same PubMed mirror? Row by row, table by table.

For any change to how the mirror reads or stores PubMed XML. The old version runs from
another checkout (``--old``), the new one from this checkout (or ``--new``), each in a child
process started in a neutral folder, so neither sees the other's code. Two checks:

- rows: every file read alone (with and without abstracts) into the rows the writer stores,
  or the error it gives; the first differing row of each file is printed;
- builds: mirrors built by both versions (``--jobs`` each) compared table by table (times
  left out) and the full-text index word by record by column (fts5vocab 'instance').

The files: synthetic records in NLM's layout (benchmarks/synthetic_pubmed.py) as baseline
files and update files (new versions, stale versions, repeats, deletions), built at once and
as a build plus ``mirror update``; mutated records (inline markup, entities, white space
beyond ASCII, collective and misspelt authors, MedlineDate, ELocationID, missing fields,
books, odd attributes); and any PubMed XML files or folders named.

    .venv/bin/python benchmarks/mirror_identical.py --old /tmp/base fixtures/ more/xml/
"""

from __future__ import annotations

import argparse
import os
import pickle
import sqlite3
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

from mirror_speed import synthetic_pubmed
from mirror_variants import write_mutants, write_updates

HERE = Path(__file__).resolve().parent
# Run in the child: each file's rows (or its error), with and without abstracts, pickled.
_ROWS = """
import pickle, sys
from pathlib import Path
from citelint.pubmed.mirror.rows import file_rows
from citelint.pubmed.mirror.store import MirrorError
out, names = sys.argv[1], sys.argv[2:]
found = {}
for abstracts in (False, True):
    for name in names:
        try:
            found[name, abstracts] = list(file_rows(Path(name), abstracts))
        except MirrorError as error:
            found[name, abstracts] = ("error", str(error))
Path(out).write_bytes(pickle.dumps(found))
"""
_CLI = "from citelint.commands.cli import main; main()"
_QUERIES = {
    "meta": "SELECT key, value FROM meta WHERE key <> 'created' ORDER BY key",
    "files": "SELECT seq, name, dated, records, deleted FROM files ORDER BY seq",
    "records": "SELECT * FROM records ORDER BY pmid",
    "ids": "SELECT * FROM ids ORDER BY key, pmid",
    "journals": "SELECT * FROM journals ORDER BY id",
    "journal_names": "SELECT * FROM journal_names ORDER BY name, journal",
    "places": "SELECT * FROM places ORDER BY pmid",
    "title_words": "SELECT * FROM title_words ORDER BY word",
    "indexed": "SELECT term, doc, col FROM temp.indexed ORDER BY term, doc, col",
}


def run(checkout: Path, scratch: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Python with ``checkout``'s citelint, from a folder holding no citelint."""
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    return subprocess.run(
        [sys.executable, *arguments], cwd=scratch, env=environment, capture_output=True, text=True
    )


def file_rows(checkout: Path, scratch: Path, files: list[Path]) -> dict:
    out = scratch / f"rows-{abs(hash(checkout))}.pickle"
    done = run(checkout, scratch, "-c", _ROWS, str(out), *map(str, files))
    if done.returncode:
        raise SystemExit(f"{checkout}: reading rows failed:\n{done.stderr}")
    return pickle.loads(out.read_bytes())


def compare_rows(old: Path, new: Path, scratch: Path, files: list[Path]) -> tuple[int, list[Path]]:
    """How many files read differently; and the files the old code reads without error."""
    before, after = file_rows(old, scratch, files), file_rows(new, scratch, files)
    differing = 0
    for key, rows in before.items():
        if after[key] == rows:
            continue
        differing += 1
        print(f"  DIFFERENT rows: {key[0]} (abstracts: {key[1]})")
        if isinstance(rows, tuple) or isinstance(after[key], tuple):
            print(f"    old: {str(rows)[:300]}\n    new: {str(after[key])[:300]}")
            continue
        for one, other in zip(rows, after[key], strict=False):
            if one != other:
                print(f"    old: {shown(one)[:900]}\n    new: {shown(other)[:900]}")
                break
        else:
            print(f"    old has {len(rows)} rows, new {len(after[key])}")
    readable = [path for path in files if not isinstance(before[str(path), True], tuple)]
    counted = sum(len(rows) for rows in before.values() if not isinstance(rows, tuple))
    print(f"rows: {len(files)} files ({counted:,} rows, both ways): {differing} differ")
    return differing, readable


def shown(row: object) -> str:
    """A row with its data column unpacked (zlib-compressed JSON when long)."""
    if not isinstance(row, tuple) or not isinstance(row[3], bytes):
        return str(row)
    data = row[3] if row[3][:1] == b"{" else zlib.decompress(row[3])
    return str((*row[:3], data.decode(), *row[4:]))


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the times, and every (word, record, column) indexed."""
    db = sqlite3.connect(path)
    try:
        db.execute("CREATE VIRTUAL TABLE temp.indexed USING fts5vocab(main, 'words', 'instance')")
        return {name: db.execute(query).fetchall() for name, query in _QUERIES.items()}
    finally:
        db.close()


def mirror(checkout: Path, scratch: Path, name: str, options: list[str], steps: list) -> Path:
    """A mirror built (and updated) by ``checkout``'s code; ``steps``: (command, files)."""
    target = scratch / f"{name}-{abs(hash(checkout))}.sqlite3"
    target.unlink(missing_ok=True)
    for command, files in steps:
        arguments = [command, "--mirror", str(target), *options, *map(str, files)]
        if command == "update":
            arguments = [item for item in arguments if item != "--abstracts"]
        done = run(checkout, scratch, "-c", _CLI, "mirror", *arguments)
        if done.returncode:
            raise SystemExit(f"{checkout}: mirror {command} {name} failed:\n{done.stderr}")
    return target


def compare_builds(old: Path, new: Path, scratch: Path, name: str, options: list[str], steps):
    """Number of tables that differ between the two versions' mirrors."""
    before = tables(mirror(old, scratch, name, options, steps))
    after = tables(mirror(new, scratch, name, options, steps))
    differing = [table for table in before if before[table] != after[table]]
    for table in differing:
        extra = sorted(set(after[table]) - set(before[table]))[:3]
        lost = sorted(set(before[table]) - set(after[table]))[:3]
        print(f"  DIFFERENT {name} {' '.join(options)}: {table}: lost {lost}, new {extra}")
    sizes = ", ".join(f"{table} {len(rows):,}" for table, rows in before.items())
    print(f"build {name} {' '.join(options)}: {len(differing)} tables differ ({sizes})")
    return len(differing)


def corpus(folder: Path, records: int, named: list[Path]) -> dict[str, list]:
    """The build plans: name -> list of (command, files)."""
    baseline = synthetic_pubmed.write_files(folder / "synthetic", records, records // 3)
    updates = write_updates(folder / "updates", records)
    mutants = write_mutants(folder / "mutants")
    return {
        "synthetic": [("build", [*baseline, *updates])],
        "synthetic-updated": [("build", baseline), ("update", updates)],
        "mutants": [("build", [path for path in mutants if "bad" not in path.name])],
        "named": [("build", named)] if named else [],
    }


def expand(paths: list[Path]) -> list[Path]:
    """PubMed XML files of the paths named (folders searched through)."""
    found = []
    for path in paths:
        if path.is_dir():
            found += sorted([*path.rglob("*.xml"), *path.rglob("*.xml.gz")])
        else:
            found.append(path)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", type=Path, nargs="*", help="PubMed XML files or folders")
    parser.add_argument("--old", type=Path, required=True, help="checkout of the old version")
    parser.add_argument("--new", type=Path, default=HERE.parent, help="default: this checkout")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--records", type=int, default=9000, help="synthetic records")
    parser.add_argument("--rows-only", action="store_true", help="no builds: rows only")
    args = parser.parse_args()
    old, new = args.old.resolve(), args.new.resolve()
    with tempfile.TemporaryDirectory() as name:
        scratch = Path(name)
        plans = corpus(scratch, args.records, [])
        every = sorted({path for steps in plans.values() for _, files in steps for path in files})
        named = expand([path.resolve() for path in args.paths])
        mutants = sorted((scratch / "mutants").iterdir())
        differing, readable = compare_rows(old, new, scratch, [*every, *mutants, *named])
        plans["named"] = [("build", [path for path in named if path in readable])]
        for plan, steps in [] if args.rows_only else plans.items():
            if not steps or not steps[0][1]:
                continue
            for jobs in args.jobs:
                for abstracts in ([], ["--abstracts"]):
                    options = ["--jobs", str(jobs), *abstracts]
                    differing += compare_builds(old, new, scratch, plan, options, steps)
    print("ALL IDENTICAL" if not differing else f"{differing} DIFFERENCES")
    raise SystemExit(1 if differing else 0)


if __name__ == "__main__":
    main()
