"""Warnings (a retry, an unusable cache), with ``logging`` imported when the first is given.

Importing logging costs a short run about a third of Python's own start-up, and most runs
warn of nothing: a module that may warn asks ``logger`` for its logger when it warns. On the
command line (``cli.main`` calls ``on_stderr``) each warning is one line on standard error
(``citelint.commands.warnings``); a program using citelint as a library sets logging up as
it likes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

# Whether this process runs the command line, whose warnings go to stderr (``on_stderr``).
# A flag, not a handler set up by cli.main: setting one up would import logging at once.
_on_stderr = False
# Whether warnings are dropped now (``quiet``), and whether ``logger`` has dropped one.
_quiet = False
_dropped = False


def on_stderr() -> None:
    """Called by the command line before it runs a command."""
    global _on_stderr
    _on_stderr = True


def on_stderr_here() -> bool:
    """Whether this process's warnings go to stderr: handed to worker processes, which a
    fresh interpreter starts (spawn, forkserver) without the flag ``on_stderr`` set."""
    return _on_stderr


def logger(name: str) -> logging.Logger:
    """``logging.getLogger(name)``, with the command line's warnings set up first."""
    import logging

    global _dropped
    set_up()
    if _quiet and not _dropped:
        logging.disable(logging.WARNING)  # until ``quiet`` ends
        _dropped = True
    return logging.getLogger(name)


@contextmanager
def quiet() -> Iterator[None]:
    """Drop the warnings given inside: a worker process opening the lock file, cache and
    mirror the main process opened, and warned about, a moment before. Logging is imported
    only if a warning is given."""
    global _quiet, _dropped
    _quiet = True
    try:
        yield
    finally:
        _quiet = False
        if _dropped:
            import logging

            logging.disable(logging.NOTSET)
            _dropped = False


def set_up() -> None:
    """Set the command line's warnings up now: called by ``logger``, and before loading
    libraries that log warnings of their own (requests, urllib3)."""
    if _on_stderr:
        from citelint.commands.warnings import warn_on_stderr

        warn_on_stderr()
