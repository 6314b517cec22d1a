"""Lines to standard output and standard error as ``click.echo`` writes them, without click.

``citelint check`` runs without loading click (see ``check_args``), yet must write the same
bytes click would: each write flushed, and colour codes dropped where click drops them.
``writes_as_click_does`` tells when the streams are ones this module may write to alone.
"""

from __future__ import annotations

import codecs
import errno
import re
import sys
from typing import TextIO

# click.echo removes what looks like an ANSI escape sequence where colour is not wanted.
_ANSI_SEQUENCE = r"\033\[[;?0-9]*[a-zA-Z]"


def echo(text: str = "", err: bool = False, nl: bool = True, color: bool | None = None) -> None:
    """``click.echo(text, err=err, nl=nl, color=color)`` for a text message."""
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    if nl:
        text += "\n"
    if not text:
        stream.flush()
        return
    if "\033" in text and _strips_colour(stream, color):
        text = re.sub(_ANSI_SEQUENCE, "", text)
    stream.write(text)
    stream.flush()


def _strips_colour(stream: TextIO, color: bool | None) -> bool:
    if color is not None:
        return not color
    try:
        return not stream.isatty()
    except Exception:  # noqa: BLE001 - click counts a stream that cannot tell as no terminal
        return True


def writes_as_click_does() -> bool:
    """Whether ``echo`` writes what click would: click wraps a stream that is missing, binary,
    or set to ASCII (it writes UTF-8 there instead), and writes through the console API on
    Windows; those runs are left to click."""
    if sys.platform == "win32":
        return False
    return all(_plain_text_stream(stream) for stream in (sys.stdout, sys.stderr))


def _plain_text_stream(stream: TextIO | None) -> bool:
    encoding = getattr(stream, "encoding", None)
    if stream is None or not isinstance(encoding, str) or not hasattr(stream, "buffer"):
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
