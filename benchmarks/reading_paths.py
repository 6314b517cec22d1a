"""Prove that a faster readings.py cuts "Title. Journal" as an older one does, for every text.

    python benchmarks/reading_paths.py --against OLD/citelint/read/readings.py
        [--articles 300] [--mutated 60000] [--near 100000] [--seed 1] [PATH...]

The texts: every one ``splits`` is given while parse_entry reads the entries of ``--articles``
real-size articles (benchmarks/real_size.py), every non-blank line of the files under PATHs
(default: fixtures/ and benchmarks/data/) and each two neighbouring ones, and ``--mutated``
entries made from those by entry_equivalence's random edits; and ``--near`` texts made from
those by edits aimed at what the cutting reads: stops, question marks, brackets and quotes
of every kind, initials, abbreviations, signs and long words before a stop, white space of
other kinds, commas before a capital (the cut when there is no stop), a word in lower case
after a stop. Each text is cut by this readings.py and by the one in ``--against`` (imported
beside it): ``splits`` (the candidates, their order and scores), ``breaks`` and
``journal_likeness`` of every journal must be equal. The script prints how many texts differ
(it exits 1 if one does).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent))

from entry_equivalence import collect_article_entries, file_entries, mutate  # noqa: E402

# What the near edits insert: each is read by breaks, _doubt, _commas or _title_likeness.
MARK_PIECES = [
    ". ", "? ", "! ", ".", "?", "!", '." ', ".” ", ".’ ", ".' ", '"', "“", "”", "„", "‘", "’",
    "(", ")", "[", "]", "{", "}", "(a. b) ", "[1. ", " R. ", " R. R. ", "A. ", "spp. ", "e.g. ",
    "U.S.A. ", "vs. ", "Dr. ", "al. ", ".\u00a0", ".\t", ".\n", "\u00a0", "  ", ", ", ", The ",
    ", J ", ". and ", ". eLife ", ". mBio ", ". npj Digit ", ". JAMA Netw. ", ". Biomed. ",
    "GENE SILENCING. ", "„Titel“. ", '"Title." ', "“Title.” ", ". 2019 ", " (2019) ", "... ",
    ". . ", "?. ", ".) ", ". (", ". [", ". “", "ſ. ", "İ. ", "é. ", "\u2009", "\u3000",
    # The word before a stop (_word_before): signs, look-alikes, no space before it, long.
    "_. ", "a_b. ", "²³. ", "Ⅳ. ", "x\u00a0y. ", "x\ty. ", "’s. ", "AB. ", "e.g. ", "Eg. ",
    "Approx. ", "APPROX. ", "x" * 45 + ". ", "A" + "b" * 39 + ". ", "Ab-cd. ", "\u0661. ",
]  # fmt: skip


def older(path: Path) -> ModuleType:
    """The readings.py at ``path``, imported beside this one."""
    spec = importlib.util.spec_from_file_location("older_readings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def given_texts(entries: list[list[str]]) -> list[str]:
    """Every text ``splits`` is given while parse_entry reads ``entries``."""
    from citelint.read import entries as entry_reader
    from citelint.read import title_readings

    texts: list[str] = []
    splits = title_readings.splits

    def recorded(text: str) -> object:
        texts.append(text)
        return splits(text)

    title_readings.splits = recorded  # type: ignore[assignment]
    try:
        for lines in entries:
            try:
                # Its other readings built too: a text with one break is cut by splits only
                # when they are first read (one_break_readings).
                entry_reader.parse_entry(lines).alternatives  # noqa: B018
            except Exception:  # noqa: BLE001, S112 - the texts given before it still count
                continue
    finally:
        title_readings.splits = splits
    return texts


def near(text: str, rng: random.Random) -> str:
    """``text`` with one to three pieces inserted (mostly at a space or a stop), or a
    character dropped, or white space put around it."""
    for _ in range(rng.randint(1, 3)):
        kind = rng.random()
        if kind < 0.8:
            places = [i for i, c in enumerate(text) if c in " .?!"] or [0]
            place = rng.choice(places) if rng.random() < 0.7 else rng.randint(0, len(text))
            text = text[:place] + rng.choice(MARK_PIECES) + text[place:]
        elif kind < 0.9 and text:
            place = rng.randrange(len(text))
            text = text[:place] + text[place + 1 :]
        else:
            text = rng.choice([" ", "\n", "\u00a0", ""]) + text + rng.choice([" ", ".", "\t"])
    return text


def differs(text: str, old: ModuleType) -> str | None:
    """What this readings.py reads otherwise than ``old`` in ``text``; None if nothing."""
    from citelint.read import readings

    new_splits, old_splits = readings.splits(text), old.splits(text)
    if new_splits != old_splits:
        return f"splits {new_splits} != {old_splits}"
    for piece in (text, text.strip()):
        if readings.breaks(piece) != old.breaks(piece):
            return f"breaks({piece!r}) {readings.breaks(piece)} != {old.breaks(piece)}"
    for split in new_splits:
        if split.journal and readings.journal_likeness(split.journal) != old.journal_likeness(
            split.journal
        ):
            return f"journal_likeness({split.journal!r})"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--against", type=Path, required=True, help="an older readings.py")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--mutated", type=int, default=60_000)
    parser.add_argument("--near", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=5)
    arguments = parser.parse_args()
    old = older(arguments.against)
    root = HERE.parents[1]
    paths = arguments.paths or [root / "fixtures", root / "benchmarks" / "data"]
    rng = random.Random(arguments.seed)
    article_entries, file_lines = collect_article_entries(arguments.articles), file_entries(paths)
    base = article_entries + file_lines
    articles, files = given_texts(article_entries), given_texts(file_lines)
    mutated = given_texts([mutate(rng.choice(base), rng) for _ in range(arguments.mutated)])
    every = articles + files + mutated
    edited = [near(rng.choice(every), rng) for _ in range(arguments.near)] if every else []
    failed = 0
    for name, group in (
        ("article entries", articles),
        ("file lines", files),
        ("mutated", mutated),
        ("near edits", edited),
    ):
        differ = [(text, what) for text in group if (what := differs(text, old))]
        failed += len(differ)
        cut = sum(1 for text in group if len(old.breaks(text.strip())) > 0)
        print(f"{name}: {len(group)} texts ({cut} with a sentence break), {len(differ)} differ")
        for text, what in differ[: arguments.show]:
            print(f"  {text!r}\n    {what}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
