"""Prove that leading_authors' direct reading (author_lists.plain_list) gives what its
general reading gives, for every text it takes.

    python benchmarks/author_paths.py [--articles 300] [--mutated 100000] [--near 100000] [PATH...]

The texts: every one leading_authors is given while the reader reads ``--articles``
real-size articles (benchmarks/real_size.py), the files under PATHs (read as articles, and
every non-blank line of them, and each two neighbouring ones, parsed as an entry: default
fixtures/ and benchmarks/data/), ``--mutated`` texts made from those by entry_equivalence's
random edits, and ``--near`` made from the texts the direct reading took, by edits aimed at
what it must decline: pieces after the list's ". " ("and ", "et al", "II. ", "A New HIV: "),
a lone initial ending the list, full stops and colons among the names. For each text the
direct reading takes, both readings' names and rest are compared. The script prints how
many texts took the direct reading and every one read differently (it exits 1 if one was).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))

from entry_equivalence import INSERTS, file_entries, mutate  # noqa: E402 - path put first

# Pieces the near edits put after the list's ". " or before it: each opens what one of
# plain_list's checks declines, or comes close to it.
AFTER_STOP = [
    "and ", "and\t", "And ", "android ", "& ", "&", ", ", "; ", " ", "\t", "\n", ".", ":",
    "et al. ", "Et al ", "et al", "ET AL. ", "etc ", "II. ", "III: ", "IV ", "IV. ", "Jr. ",
    "Sr ", "2nd. ", "3rd ", "4th: ", "A ", "A. ", "A New HIV. ", "A NEW: ", "X-", "B cell ",
    "I. ", "O'", "AB. ", "Doe J. ", "Roe AB, ", "on behalf of the ", "for the ", "_", "1. ",
    "(", "[", '"', "’", "ſ", "İ", "Ä ", "é", "B. Doe. ", "SPRINT Group. ", "Vitamin D. ",
]  # fmt: skip
IN_LIST = [
    ".", ":", ". ", ", ", " ", "A", "A.", " et al", ", et al", " and ", " & ", ";", "\n", "-",
    "for the ", "on behalf of the ", "II", " Jr", "ENIGMA Consortium, ", "van der ", "_", "1",
]  # fmt: skip


def gather(count: int, paths: list[Path]) -> list[str]:
    """Every text leading_authors is given while the corpora are read."""
    sys.path.insert(0, str(HERE.parent))
    from real_size import write_corpus

    from citelint.read import author_lists, read_path
    from citelint.read.entries import parse_entry

    found: list[str] = []
    direct = author_lists.plain_list

    def recording(text: str) -> None:
        found.append(text)

    author_lists.plain_list = recording  # type: ignore[assignment] # all go the general way
    try:
        with tempfile.TemporaryDirectory() as folder:
            articles = write_corpus(Path(folder), count)
            for path in [*articles, *_files(paths)]:
                try:
                    read_path(path)
                except Exception:  # noqa: BLE001, S112 - a file no reader takes
                    continue
        for lines in file_entries(paths):
            parse_entry(lines)
    finally:
        author_lists.plain_list = direct
    return list(dict.fromkeys(found))


def _files(paths: list[Path]) -> list[Path]:
    return [f for p in paths for f in (sorted(p.rglob("*")) if p.is_dir() else [p]) if f.is_file()]


def near(text: str, rng: random.Random) -> str:
    """A text the direct reading took, edited once or twice near its list's end."""
    for _ in range(rng.randint(1, 2)):
        stop = text.find(". ")
        kind = rng.random()
        if stop < 0 or kind < 0.15:
            place = rng.randint(0, len(text))
            text = text[:place] + rng.choice(INSERTS) + text[place:]
        elif kind < 0.55:
            text = text[: stop + 2] + rng.choice(AFTER_STOP) + text[stop + 2 :]
        elif kind < 0.7:  # a lone initial ends the list
            head = text[:stop].rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            text = head + rng.choice("ABXZ") + text[stop:]
        elif kind < 0.9:
            place = rng.randint(0, stop)
            text = text[:place] + rng.choice(IN_LIST) + text[place:]
        else:  # the rest cut short: the stop ends the text, or one word follows it
            words = text[stop + 2 :].split(" ")
            text = text[: stop + 2] + " ".join(words[: rng.randint(0, 2)])
    return text


def compare(texts: list[str]) -> tuple[int, list[tuple[str, object, object]]]:
    """How many texts the direct reading took, and those it read otherwise."""
    from citelint.read import author_lists

    plain_list = author_lists.plain_list
    direct = 0
    differ: list[tuple[str, object, object]] = []
    for text in texts:
        fast = plain_list(text)
        if fast is None:
            continue
        direct += 1
        author_lists.plain_list = lambda text: None  # type: ignore[assignment]
        try:
            general = author_lists.leading_authors(text)
        finally:
            author_lists.plain_list = plain_list
        if fast != general:
            differ.append((text, fast, general))
    return direct, differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--mutated", type=int, default=100_000)
    parser.add_argument("--near", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5)
    arguments = parser.parse_args()
    root = HERE.parents[1]
    paths = arguments.paths or [root / "fixtures", root / "benchmarks" / "data"]
    from citelint.read.author_lists import plain_list

    base = gather(arguments.articles, paths)
    rng = random.Random(arguments.seed)
    mutated = [
        "\n".join(mutate(rng.choice(base).split("\n"), rng)) for _ in range(arguments.mutated)
    ]
    taken = [text for text in base if plain_list(text) is not None]
    edited = [near(rng.choice(taken), rng) for _ in range(arguments.near)] if taken else []
    failed = 0
    for name, group in (
        ("texts read", base),
        ("mutated", mutated),
        ("near the direct reading", edited),
    ):
        direct, differ = compare(group)
        failed += len(differ)
        print(f"{name}: {len(group)} texts, {direct} read directly, {len(differ)} differ")
        for text, fast, general in differ[: arguments.show]:
            print(f"  {text!r}\n    direct  {fast!r}\n    general {general!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
