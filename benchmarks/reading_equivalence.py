"""Prove that a change to reading changed nothing: every document and finding, old vs new.

    python benchmarks/reading_equivalence.py --old /tmp/base [--new .] PATH...

PATHs are article files or folders (searched for every file citelint reads). Each version of
the code (a checkout, put first on PYTHONPATH) reads every article twice, with and without the
claims' words, and writes what it read field by field: claims and markers, entries with all
their fields and other readings, inline citations and their view, suppressions, keys, or the
error refusing the file. Then each version runs ``citelint check --offline --no-cache --format
json --jobs 1`` over all the articles, once with all rules and once with ``--select CL1``.
The script prints how many documents and reports differ (it exits 1 if any does) and the
first lines that differ. ``--keep DIR`` keeps both versions' dumps for a closer look.

Real-size articles: ``python benchmarks/real_size.py DIR --articles 300``; structure pages:
``python benchmarks/structure_quality.py --write DIR``.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
# The fields of a reference entry, named so that a dump reads them one by one: a field
# computed on demand is dumped by value, as a plain one is.
ENTRY_FIELDS = (
    "number", "raw", "line", "column", "numbered", "label", "title", "journal", "year",
    "authors", "volume", "issue", "pages", "pmid", "doi", "url", "alternatives",
)  # fmt: skip
SELECTIONS = {"all": [], "CL1": ["--select", "CL1"]}


def article_files(paths: list[Path]) -> list[Path]:
    from citelint.read import is_article_file

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p))
        else:
            found.append(path)
    return found


def dump_document(path: Path, claim_text: bool) -> str:
    """What reading ``path`` gives, one field a line."""
    from citelint.errors import InputError
    from citelint.read import read_path
    from citelint.read.inline_view import inline_view

    try:
        document = read_path(path, claim_text=claim_text)
    except InputError as error:
        return f"error {error}\n"
    out = [
        f"format {document.format}",
        f"text {hashlib.sha256(document.text.encode()).hexdigest()}",
        f"references_line {document.references_line}",
        f"suppressions {document.suppressions!r}",
        f"keys {document.keys!r}",
    ]
    out += dump_claims(document)
    out += dump_entries(document.references)
    out += [f"inline {citation!r}" for citation in document.inline]
    view = inline_view(document)
    if view is not None:
        out += ["view", *dump_entries(view.references)]
        out += [f"  claim {claim!r}" for claim in view.document.claims]
    # The chapters before the last of a page with a list per chapter (none before session 26).
    for chapter in getattr(document, "chapters", []):
        out.append(f"chapter, its list at line {chapter.references_line}")
        out += dump_claims(chapter)
        out += dump_entries(chapter.references)
    return "\n".join(out) + "\n"


def dump_claims(document) -> list[str]:
    out = []
    for claim in document.claims:
        out.append(f"claim {claim.line}:{claim.column} {claim.text!r}")
        out += [f"  marker {marker!r}" for marker in claim.markers]
    return out


def dump_entries(entries: list) -> list[str]:
    out = []
    for entry in entries:
        out.append(f"entry {type(entry).__name__}")
        out += [f"  {name} {getattr(entry, name)!r}" for name in ENTRY_FIELDS]
    return out


def write_dumps(files: list[Path], folder: Path) -> None:
    """Run by each version: every article's dump, in ``folder``, one file per article."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, path in enumerate(files):
        text = "".join(f"claim_text={flag}\n{dump_document(path, flag)}" for flag in (True, False))
        (folder / f"{index:05d}.txt").write_text(f"{path}\n{text}", encoding="utf-8")


def run_version(code: Path, files: list[Path], folder: Path, list_file: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0"}
    command = [sys.executable, str(HERE), "--dump", str(folder / "documents"), "--list"]
    subprocess.run([*command, str(list_file)], env=environment, check=True)
    names = [str(path) for path in files]
    for selection, options in SELECTIONS.items():
        checked = subprocess.run(
            [sys.executable, "-m", "citelint", "check", "--offline", "--no-cache"]
            + ["--format", "json", "--jobs", "1", *options, *names],
            env=environment,
            capture_output=True,
            cwd=tempfile.gettempdir(),  # no configuration file of a project applies
        )
        report = checked.stdout + f"\nexit {checked.returncode}\n".encode() + checked.stderr
        (folder / f"check-{selection}.json").write_bytes(report)


def compare(old: Path, new: Path, shown: int) -> int:
    """The number of dumps and reports that differ, the first ``shown`` diffs printed."""
    differing = 0
    names = sorted(p.relative_to(old) for p in old.rglob("*") if p.is_file())
    for name in names:
        before, after = (old / name).read_bytes(), (new / name).read_bytes()
        if before == after:
            continue
        differing += 1
        if differing <= shown:
            lines = difflib.unified_diff(
                before.decode().splitlines(), after.decode().splitlines(), "old", "new", n=1
            )
            print(f"--- {name} differs:", *list(lines)[:40], sep="\n")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--old", type=Path, help="checkout of the code before the change")
    parser.add_argument("--new", type=Path, default=HERE.parents[1])
    parser.add_argument("--keep", type=Path, help="keep both versions' dumps here")
    parser.add_argument("--show", type=int, default=3, help="diffs to print")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:  # one version's own run
        write_dumps([Path(line) for line in args.list.read_text().splitlines()], args.dump)
        return
    if args.old is None or not args.paths:
        parser.error("name the old checkout (--old) and the articles")
    files = article_files([path.resolve() for path in args.paths])
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        list_file = Path(scratch) / "files.txt"
        list_file.write_text("".join(f"{path}\n" for path in files))
        for name, code in (("old", args.old), ("new", args.new)):
            run_version(code.resolve(), files, root / name, list_file)
        differing = compare(root / "old", root / "new", args.show)
    total = 2 + len(files)
    print(f"{len(files)} articles: {total - differing} of {total} dumps and reports identical")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
