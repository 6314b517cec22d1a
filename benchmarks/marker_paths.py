"""Prove that read_numbers' direct path reads every marker as its general path does.

    python benchmarks/marker_paths.py PATH...

PATHs are article files or folders. Every file citelint reads there is read (with the
claims' words), and every marker content read_numbers meets past its one-number shortcut is
read twice: by the direct path for the common shapes ("1, 2", "1,2,4", "1-3", "1, 3–5";
found._common_items and found._numbers_of) and by the general path
(found.read_any_numbers). The script prints how many contents each path took and every
content the two read differently (it exits 1 if there is one).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve()


def met_contents(paths: list[Path]) -> Counter[str]:
    """Every text read_numbers handed its direct path while reading ``paths``."""
    sys.path.insert(0, str(HERE.parent))
    from reading_equivalence import article_files

    from citelint.errors import InputError
    from citelint.read import found, read_path

    met: Counter[str] = Counter()
    common_items = found._common_items

    def recording(text: str) -> list[tuple[int, int]] | None:
        met[text] += 1
        return common_items(text)

    found._common_items = recording  # found's read_numbers looks it up at every call
    try:
        for path in article_files(paths):
            try:
                read_path(path, claim_text=True)
            except InputError:
                continue
    finally:
        found._common_items = common_items
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    arguments = parser.parse_args()
    from citelint.read import found

    met = met_contents(arguments.paths)
    direct = differ = 0
    for text in met:
        items = found._common_items(text)
        if items is None:
            continue
        direct += 1
        fast, general = found._numbers_of(items), found.read_any_numbers(text)
        if fast != general:
            differ += 1
            print(f"{text!r}: direct {fast!r}, general {general!r}")
    print(
        f"{len(met)} distinct contents ({sum(met.values())} reads): {direct} took the direct"
        f" path, {differ} read differently"
    )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
