"""What worker processes inherit when they are forked (``check --jobs``, offline).

A forked worker starts as a copy of this process: what is loaded here before the fork is
loaded once, where each worker would otherwise load it again. Processes started afresh
(spawn, forkserver) inherit nothing, so nothing is done here for them.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from multiprocessing import get_start_method
from pathlib import Path
from typing import TYPE_CHECKING

from citelint.config import Config
from citelint.read import SUPPORTED_SUFFIXES

if TYPE_CHECKING:
    from citelint.commands.checked import Checked
    from citelint.commands.stream import FileChecker

# The module of each format's reader, imported before forking workers.
READERS = {
    "txt": "citelint.read.text",
    "md": "citelint.read.markdown",
    "html": "citelint.read.html",
}


def preload_readers(files: Sequence[Path], config: Config) -> None:
    """Import the readers the files need before the workers start: a forked worker inherits
    them, where each would otherwise import them and compile their patterns itself (a few
    tens of milliseconds of CPU per worker)."""
    if get_start_method() != "fork":
        return
    for fmt in sorted(f for f in _formats(files, config) if f in READERS):
        importlib.import_module(READERS[fmt])


def warm_up(
    files: Sequence[Path], config: Config, checker: FileChecker
) -> dict[int, Checked | Exception]:
    """The first file of each format checked here, by its index, before workers are forked.

    What a first check loads (the rules' modules, the patterns compiled on first use) is then
    inherited by every worker: each worker loaded it again, about 0.15 s of CPU (issue 13).
    An error is kept, to be raised in the file's turn; the other files go to the workers."""
    if get_start_method() != "fork":
        return {}
    first: dict[str, int] = {}
    for index, fmt in enumerate(_formats(files, config)):
        first.setdefault(fmt, index)
    warm: dict[int, Checked | Exception] = {}
    for index in sorted(first.values()):
        try:
            warm[index] = checker.check(files[index])
        except Exception as error:  # noqa: BLE001 - raised again in the file's turn
            warm[index] = error
    return warm


def _formats(files: Sequence[Path], config: Config) -> list[str]:
    """The format each file is read as ('' where its name does not say)."""
    if config.input_format:
        return [config.input_format] * len(files)
    return [SUPPORTED_SUFFIXES.get(path.suffix.lower(), "") for path in files]
