"""Lines to standard output and standard error as ``click.echo`` writes them, without click.

``citelint check`` runs without loading click (see ``check_args``), yet must write the bytes
click would. For a plain text stream that is: the text, then a flush. Where click does more,
this module hands the line to click itself: a stream click would wrap (missing, binary, set
to ASCII, a Windows console) and escape sequences it may strip (its pattern for them differs
between versions).
"""

from __future__ import annotations

import codecs
import errno
import io
import sys
from typing import TextIO


def echo(text: str = "", err: bool = False, nl: bool = True, color: bool | None = None) -> None:
    """``click.echo(text, err=err, nl=nl, color=color)`` for a text message."""
    stream = sys.stderr if err else sys.stdout
    if (color is not True and "\033" in text) or not plain_text_stream(stream):
        import click

        click.echo(text, err=err, nl=nl, color=color)
        return
    if nl:
        text += "\n"
    if text:
        stream.write(text)
    stream.flush()


def escape_what_cannot_be_written() -> None:
    """Let stdout and stderr write a character their encoding lacks (an en dash on a Latin-1
    terminal, the odd bytes of a file name that is not UTF-8) as Python writes it on stderr,
    ``\\u2013``, instead of ending the run with an internal error. A stream that writes such a
    name's own bytes (``surrogateescape``, Python's choice in the C locale and in UTF-8 mode)
    is left as it is: the name it writes opens the file."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def plain_text_stream(stream: TextIO | None) -> bool:
    """A stream click writes to as it is: text, with an encoding other than ASCII, not on
    Windows (where click writes to a console through its own API)."""
    encoding = getattr(stream, "encoding", None)
    if sys.platform == "win32" or not isinstance(encoding, str) or not hasattr(stream, "buffer"):
        return False
    try:
        return codecs.lookup(encoding).name != "ascii"
    except LookupError:
        return False


class QuietOnBrokenPipe:
    """A standard stream whose reader has gone, as click leaves it: the flush at exit must
    not complain again."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise
