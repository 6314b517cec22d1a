"""An inline ``citelint-disable`` comment.

Kept out of citelint.models: only a page holding such a comment makes one, and making the class
costs start-up 1.8 M instructions.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Suppression:
    """An inline ``citelint-disable-next-line`` comment; ``codes`` empty means every rule."""

    line: int  # the line the suppression applies to
    codes: tuple[str, ...] = ()
    reason: str | None = None
    # The comment's own line, for a warning about it; not part of what it suppresses.
    written: int = field(default=0, compare=False, repr=False)
