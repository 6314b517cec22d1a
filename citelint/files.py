"""Writing a file in one step, so that readers see the old content or the new, never half."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

NEW_FILE_MODE = 0o644


def write_atomically(path: Path, text: str, check: Callable[[], None] | None = None) -> None:
    """Write ``text`` (UTF-8, line endings as given) to ``path`` in one step.

    A symlink is written through, not replaced by a plain file. An existing file keeps its
    mode; a new one gets 0644. ``check`` runs just before the new file takes the old one's
    place and may raise to leave the old file as it is. OSError comes out as it is: each
    caller says in its own words what could not be written.
    """
    with open_atomically(path, check) as handle:
        handle.write(utf8(text))


def utf8(text: str) -> bytes:
    """``text`` in UTF-8. A file name that is not UTF-8 (Python holds its odd bytes as lone
    surrogates, which UTF-8 cannot hold) is written with escapes, ``\\udcff``: readable, and
    in a JSON string the very escape that reads back as the same name."""
    return text.encode("utf-8", "backslashreplace")


@contextmanager
def open_atomically(path: Path, check: Callable[[], None] | None = None) -> Iterator[BinaryIO]:
    """A file to write ``path``'s new content into, a piece at a time; it takes the old file's
    place in one step when the ``with`` block ends, and never if the block raises.

    A device, a pipe or a socket (``-o /dev/null``, ``-o /dev/stdout``, a FIFO) is written
    to as it is: a file taking its place would replace ``/dev/null`` itself for root.
    """
    if _is_special(path):
        with open(path, "wb") as handle:
            yield handle
        if check is not None:
            check()
        return
    import tempfile  # only for runs that write: its imports take a part of start-up

    target = path.resolve()
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else NEW_FILE_MODE
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".citelint-tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            # mkstemp makes the file private (0600), which would change the file's mode.
            os.fchmod(handle.fileno(), mode)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None:
            check()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _is_special(path: Path) -> bool:
    """Whether ``path`` (links followed) is there and is neither a file nor a folder."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))
