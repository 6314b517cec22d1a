"""Prove that parse_entry's direct path reads every entry as its general path does.

    python benchmarks/entry_paths.py [--articles 300] [--mutated 60000] [--near 60000]
        [--against OLD/common_entry.py] [PATH...]

The entries: those of ``--articles`` real-size articles (benchmarks/real_size.py), every
non-blank line of the files under PATHs (default: fixtures/ and benchmarks/data/) and each
two neighbouring ones (as benchmarks/entry_equivalence.py gathers them), ``--mutated``
entries made from those by its random edits, and ``--near`` made from the entries that took
the direct path, by the same edits and by pieces aimed at what the direct path must decline
(clutter words, notices, a year after a comma, initials ending a title, look-alike letters).
Every entry the direct path (common_entry.common_entry) takes is read twice, by parse_entry
as it is and with the direct path turned off, and every field, the alternatives and what
``identifiers`` says of it are compared. The script prints how many entries took the direct
path and every one read differently (it exits 1 if there is one). ``--against`` also counts
the entries common_entry reads otherwise than an older version of it does (a change meant to
be only faster: none).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))

from entry_equivalence import (  # noqa: E402 - the folder is put on the path first
    FIELDS,
    INSERTS,
    collect_article_entries,
    file_entries,
    mutate,
)

# Characters the head's classes must take or refuse as \w and [^\W\d_] did: Latin-1's
# letters that isalnum takes but \d does not ("²", "¼", "ª"), its other signs, and letters,
# digits and spaces past it (an Arabic digit, a ligature, a soft hyphen, a thin space).
SIGNS = [
    "²", "³", "¹", "¼", "¾", "ª", "º", "×", "÷", "·", "¿", "¡", "°", "±", "§", "¶", "\u00ad", "Ā",
    "ő", "Ω", "ﬁ", "\u0661", "Ⅳ", "\u2009", "\u3000", "Ø", "ø", "À", "Ö", "ö", "ü", "_",
]  # fmt: skip
# Pieces the near edits insert: what one of the general reader's first steps acts on, in
# text the direct path's pattern would otherwise take.
NEAR_INSERTS = [
    "PMID 123", "pmc", "PMC123", "PubMed", "Doi", "Available from", "accessed", "Retrieved from",
    "Epub", "online ahead of print", "disponible en", "Verfügbar unter", "Comment on: ",
    "Erratum in: ", "Published online 2020", "Published correction appears in ", ", 2019,",
    ", 2019", " 2019;", "(2019)", "2019.", "A:", "Vitamin D.", "Correction: ", "Erratum",
    "..", " .", " :", " ,", "et al", "et al.", "on behalf of the", "Reply. ", "In: ", "9. ",
    "SPRINT Research Group. ", "GENE SILENCING. ", "[letter]", "?", "Part II. ", "Jr", "e123",
    " Suppl 1", "ſ", "K", "İ", "ı", "ß", "Ÿ", "ÿ", "µ", "\u00a0", "  ", "'", "’", "-", "–",
    "Mar ", "Spring ", "10.1000/x", "https://doi.org/10.1/x", "S, ", "AB, ", "Doe J. ",
    *SIGNS, "10.1000/a..b", "VERFÜGBAR", "verfÜgbar", "DOI", "PMC12", "EPUB", "Pmc;", "..",
]  # fmt: skip


def row(entry: object) -> list[object]:
    """What entry_equivalence compares of an entry: its fields and what identifiers says."""
    from citelint.read.identifiers import (
        entry_doi,
        entry_kind,
        entry_pmc,
        entry_pmid,
        looks_like_a_book,
    )

    fields: list[object] = [repr(getattr(entry, name)) for name in FIELDS]
    return [
        *fields,
        entry.raw,  # type: ignore[attr-defined]
        entry_pmid(entry),  # type: ignore[arg-type]
        entry_doi(entry),  # type: ignore[arg-type]
        entry_pmc(entry),  # type: ignore[arg-type]
        looks_like_a_book(entry),  # type: ignore[arg-type]
        entry_kind(entry),  # type: ignore[arg-type]
    ]


def near(lines: list[str], rng: random.Random) -> list[str]:
    """An entry the direct path took, edited once or twice: a piece inserted (mostly at a
    space, where real text puts words), one of its first two characters replaced by a sign
    (the head's first classes), a character dropped or doubled."""
    text = "\n".join(lines)
    for _ in range(rng.randint(1, 2)):
        kind = rng.random()
        if kind < 0.05 and len(text) > 2:
            place = rng.randint(0, 1)
            text = text[:place] + rng.choice(SIGNS) + text[place + 1 :]
        elif kind < 0.7:
            spaces = [i for i, c in enumerate(text) if c == " "] or [0]
            place = rng.choice(spaces) if rng.random() < 0.7 else rng.randint(0, len(text))
            piece = rng.choice(NEAR_INSERTS if rng.random() < 0.7 else INSERTS)
            text = text[:place] + piece + text[place:]
        elif kind < 0.85 and text:
            place = rng.randrange(len(text))
            text = text[:place] + text[place + 1 :]
        elif text:
            place = rng.randrange(len(text))
            text = text[:place] + text[place] + text[place:]
    return text.split("\n")


def compare(entries: list[list[str]]) -> tuple[int, list[tuple[list[str], str]]]:
    """How many entries took the direct path, and those read differently (with the fields)."""
    from citelint.read import entries as entry_reader

    common_entry = entry_reader.common_entry
    direct = 0
    differ: list[tuple[list[str], str]] = []
    for lines in entries:
        if common_entry(lines) is None:
            continue
        try:
            fast = row(entry_reader.parse_entry(lines))
        except Exception as error:  # noqa: BLE001 - an error is an outcome to compare too
            fast = [f"error {type(error).__name__}: {error}"]
        entry_reader.common_entry = lambda lines: None  # type: ignore[assignment]
        try:
            general = row(entry_reader.parse_entry(lines))
        except Exception as error:  # noqa: BLE001
            general = [f"error {type(error).__name__}: {error}"]
        finally:
            entry_reader.common_entry = common_entry
        direct += 1
        if fast != general:
            changed = [(a, b) for a, b in zip(fast, general, strict=False) if a != b]
            differ.append((lines, f"direct/general: {changed}"))
    return direct, differ


def against(path: Path, entries: list[list[str]]) -> list[list[str]]:
    """The entries that common_entry reads otherwise than the one in ``path`` (an older
    common_entry.py, imported beside this one): taken by one only, or with other values."""
    import importlib.util

    from citelint.read.common_entry import common_entry

    spec = importlib.util.spec_from_file_location("older_common_entry", path)
    assert spec is not None and spec.loader is not None
    older = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(older)

    def values(entry: object) -> object:
        if entry is None:
            return None
        names = ("line", "text", "locus", "pmid", "doi", "url")
        return tuple(getattr(entry, name) for name in names)

    return [
        lines
        for lines in entries
        if values(common_entry(lines)) != values(older.common_entry(lines))
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--mutated", type=int, default=60_000)
    parser.add_argument("--near", type=int, default=60_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--against", type=Path, help="an older common_entry.py to compare with")
    arguments = parser.parse_args()
    from citelint.read.common_entry import common_entry

    root = HERE.parents[1]
    paths = arguments.paths or [root / "fixtures", root / "benchmarks" / "data"]
    articles = collect_article_entries(arguments.articles)
    files = file_entries(paths)
    rng = random.Random(arguments.seed)
    base = articles + files
    mutated = [mutate(rng.choice(base), rng) for _ in range(arguments.mutated)]
    taken = [lines for lines in base if common_entry(lines) is not None]
    edited = [near(rng.choice(taken), rng) for _ in range(arguments.near)] if taken else []
    failed = 0
    for name, group in (
        ("article entries", articles),
        ("file lines", files),
        ("mutated", mutated),
        ("near the common shape", edited),
    ):
        direct, differ = compare(group)
        failed += len(differ)
        print(f"{name}: {len(group)} entries, {direct} took the direct path, {len(differ)} differ")
        for lines, what in differ[: arguments.show]:
            print(f"  {lines!r}\n    {what}")
        if arguments.against:
            other = against(arguments.against, group)
            print(f"  {len(other)} read otherwise than {arguments.against}")
            for lines in other[: arguments.show]:
                print(f"  {lines!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
