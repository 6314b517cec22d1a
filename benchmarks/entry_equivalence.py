"""Prove that a change to entry reading changed nothing: every field of every entry, old vs new.

    python benchmarks/entry_equivalence.py --old /tmp/base [--new .] [--articles 300]
        [--mutated 60000] [PATH...]

The corpus: the entries (as their lines) of ``--articles`` real-size articles
(benchmarks/real_size.py), every non-blank line of the files under PATHs (default: fixtures/
and benchmarks/data/) read as a one-line entry, each two neighbouring lines read as a
two-line one (the "Title / Journal, Year" shape of web pages), and ``--mutated`` entries made
from those by random edits: identifiers, links, brackets, notices, markup, look-alike Unicode
letters, line breaks, cuts and repeats inserted where real text puts them and where it does
not. Each version of the code (a checkout, put first on PYTHONPATH) reads every entry with
``parse_entry`` and writes all its fields and other readings, and what ``identifiers`` says
of it (PMID, DOI, PMC, book, kind). The script prints how many entries differ (it exits 1 if
any does) and the first few, with their text.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
FIELDS = (
    "title", "journal", "year", "authors", "volume", "issue", "pages", "pmid", "doi", "url",
    "alternatives",
)  # fmt: skip
# Pieces the mutations insert: identifiers and links as pages print them, clutter, notices.
INSERTS = [
    "PMID: 31234567", "PMID 8765432.", "pmid:123", "PMCID: PMC6869436", "PMC1234567",
    "doi:10.1016/j.jpain.2019.02.005", "https://doi.org/10.1056/NEJMoa1811744.",
    "DOI: 10.1001/jama.2020.1166)", "10.1186/s12891-019-2700-2]",
    "https://pubmed.ncbi.nlm.nih.gov/30762384/", "http://www.ncbi.nlm.nih.gov/pubmed/1234",
    "https://www.example.org/guidance/ng59", "HTTPS://DOI.ORG/10.1038%2Fnature12345",
    "10.1038%2Fs41586-020-2012-7", "http://a.org/10.1/b", "[Internet]", "[cited 2024 Jan 5]",
    "[PubMed]",
    "[Google Scholar]", "()", "[ ]", "(2019)", "(2019a).", "2019;", "2020 Mar;13(2):150-8.",
    "Epub 2019 Feb 3.", "Available from:", "Accessed January 5, 2025.", "et al.", "et al",
    "&amp;", "<i>", "</i>", "<sup>2</sup>", '<a href="https://doi.org/10.1/x">', "</a>",
    "[link](https://pubmed.ncbi.nlm.nih.gov/555/)", "*", "**", "_", "`", "^ a b", "↩",
    "Erratum in:", "Retraction notice to:", "Correction.", "In: Smith J, ed.", "2nd ed.",
    "New York: Springer; 2018.", "Nat. Med. 12, 145–152 (2019).", "(Lancet, 2021)", ";", ":",
    ".", ",", "?", "!", "(", ")", "[", "]", '"', "“", "”", "'", " - ", "–", "·", "&", "and",
    "J Clin Oncol.", "Biochim. Biophys. Acta", "GENE SILENCING.", "SPRINT Research Group.",
    "Smith, J., & Doe, A. B. (2015).", "Smith J, Doe AB.", "vs.", "spp.", "R. R.", "U.S.A.",
]  # fmt: skip
LOOKALIKES = ["ı", "ſ", "İ", "\u00a0", "\u2009", "–", "—", "＂", "１", "٣", "é", "ß", "K", "\u0307"]


def collect_article_entries(count: int) -> list[list[str]]:
    """Run in a version's process: the lines reading gives ``parse_entry`` for each entry."""
    sys.path.insert(0, str(HERE.parent))
    from real_size import write_corpus

    import citelint.read.entry_reference as entry_reference
    from citelint.read import read_path

    found: list[list[str]] = []
    original = entry_reference.parse_entry  # where make_reference looks it up

    def recording(lines: list[str], into=None):  # type: ignore[no-untyped-def]
        found.append(list(lines))
        return original(lines, into)

    entry_reference.parse_entry = recording  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        for path in write_corpus(Path(folder), count):
            read_path(path)
    return found


def file_entries(paths: list[Path]) -> list[list[str]]:
    """Every non-blank line of the files as an entry, and each two neighbouring ones."""
    entries: list[list[str]] = []
    for root in paths:
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in files:
            try:
                text = path.read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            lines = [line[:2000] for line in lines]
            entries += [[line] for line in lines]
            pairs = zip(lines, lines[1:], strict=False)
            entries += [[a, b] for a, b in pairs if len(a) + len(b) < 2000]
    return entries


def mutate(lines: list[str], rng: random.Random) -> list[str]:
    text = "\n".join(lines)
    for _ in range(rng.randint(1, 4)):
        place = rng.randint(0, len(text))
        kind = rng.random()
        if kind < 0.45:
            piece = rng.choice(INSERTS)
            text = (
                f"{text[:place]}{rng.choice(['', ' '])}{piece}{rng.choice(['', ' ', '. '])}"
                + (text[place:])
            )
        elif kind < 0.6 and text:
            text = text[:place] + rng.choice(LOOKALIKES) + text[place + rng.randint(0, 1) :]
        elif kind < 0.7:
            text = text[:place] + "\n" + text[place:]
        elif kind < 0.8:
            text = text[:place] + text[place + rng.randint(1, 12) :]
        elif kind < 0.9:
            span = text[place : place + rng.randint(1, 20)]
            text = text[:place] + span + text[place:]
        else:
            text = text[:place].upper() + text[place:] if rng.random() < 0.5 else text[:place]
    return text.split("\n")


def dump(entries: list[list[str]], out: Path) -> None:
    """Run in a version's process: one JSON line an entry."""
    from citelint.read.entries import parse_entry
    from citelint.read.identifiers import (
        entry_doi,
        entry_kind,
        entry_pmc,
        entry_pmid,
        looks_like_a_book,
    )

    with out.open("w", encoding="utf-8") as stream:
        for lines in entries:
            try:
                entry = parse_entry(lines)
                row = [repr(getattr(entry, name)) for name in FIELDS] + [entry.raw]
                row += [
                    entry_pmid(entry),
                    entry_doi(entry),
                    entry_pmc(entry),
                    looks_like_a_book(entry),
                    entry_kind(entry),
                ]
            except Exception as error:  # noqa: BLE001 - an error is an outcome to compare too
                row = [f"error {type(error).__name__}: {error}"]
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_version(code: Path, mode: str, *arguments: str) -> None:
    environment = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0"}
    # Started as a script path from a neutral folder: the checkout on PYTHONPATH is the code.
    subprocess.run(
        [sys.executable, str(HERE), mode, *arguments],
        env=environment,
        check=True,
        cwd=tempfile.gettempdir(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--old", type=Path, help="checkout of the code before the change")
    parser.add_argument("--new", type=Path, default=HERE.parents[1])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--mutated", type=int, default=60_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5, help="differing entries to print")
    parser.add_argument("--collect", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--dump", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.collect:  # the new version's own run: the real-size articles' entries
        count, out = args.collect
        Path(out).write_text(json.dumps(collect_article_entries(int(count))), encoding="utf-8")
        return
    if args.dump:  # one version's own run
        corpus, out = args.dump
        dump(json.loads(Path(corpus).read_text(encoding="utf-8")), Path(out))
        return
    if args.old is None:
        parser.error("name the old checkout (--old)")
    new = args.new.resolve()
    paths = [p.resolve() for p in args.paths] or [new / "fixtures", new / "benchmarks" / "data"]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        run_version(new, "--collect", str(args.articles), str(folder / "articles.json"))
        articles = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
        base = articles + file_entries(paths)
        rng = random.Random(args.seed)
        mutated = [mutate(rng.choice(base), rng) for _ in range(args.mutated)]
        corpus = base + mutated
        (folder / "corpus.json").write_text(json.dumps(corpus), encoding="utf-8")
        for name, code in (("old", args.old.resolve()), ("new", new)):
            run_version(code, "--dump", str(folder / "corpus.json"), str(folder / name))
        old = (folder / "old").read_text(encoding="utf-8").splitlines()
        new_rows = (folder / "new").read_text(encoding="utf-8").splitlines()
    differing = [i for i, (a, b) in enumerate(zip(old, new_rows, strict=True)) if a != b]
    for index in differing[: args.show]:
        print(f"--- entry {index}: {corpus[index]!r}\n  old {old[index]}\n  new {new_rows[index]}")
    print(
        f"{len(corpus)} entries ({len(articles)} from {args.articles} real-size articles, "
        f"{len(base) - len(articles)} from files, {len(mutated)} mutated): "
        f"{len(corpus) - len(differing)} identical, {len(differing)} differ"
    )
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
