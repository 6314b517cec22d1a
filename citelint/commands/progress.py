"""Progress bars on stderr for runs long enough to need them, never when it is not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")

# Reading fewer files than this is over before a bar would be worth drawing.
MANY_FILES = 30


def wanted(progress: bool, quiet: bool = False) -> bool:
    return progress and not quiet and sys.stderr.isatty()


def bar(
    items: Iterable[T], description: str, unit: str, enabled: bool, total: int | None = None
) -> Iterable[T]:
    """``total``: how many items, for iterables that cannot tell."""
    if not enabled:
        return items
    from tqdm import tqdm  # only when a bar is drawn: start-up stays short

    return tqdm(items, desc=description, unit=unit, file=sys.stderr, leave=False, total=total)


def announce(message: str, enabled: bool) -> None:
    """One transient status line, for a step that gives no steps to count (a PubMed batch)."""
    if enabled:
        print(f"citelint: {message}", file=sys.stderr, flush=True)
