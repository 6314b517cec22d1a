"""Every failure of a command as one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from citelint import logs
from citelint.commands.output import QuietOnBrokenPipe, echo, escape_what_cannot_be_written
from citelint.errors import EXIT_CLEAN, EXIT_ERROR, CitelintError


def run_reporting_failures(command: Callable[[], object]) -> NoReturn:
    """Run ``command`` and exit with its status, each failure one line on stderr."""
    escape_what_cannot_be_written()
    # Warnings (retries, an unusable cache) go to stderr, away from the report on stdout; set
    # up with the first one, as logging takes a third of Python's start-up to import.
    logs.on_stderr()
    try:
        status = command()
    except CitelintError as error:
        echo(f"citelint: error: {escaped(str(error))}", err=True)
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        echo("citelint: interrupted", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as error:  # noqa: BLE001 - the promise is: no traceback, ever
        if os.environ.get("CITELINT_DEBUG"):
            raise
        message = f"citelint: internal error: {type(error).__name__}: {error}"
        echo(escaped(redact_secrets(message)), err=True)
        sys.exit(EXIT_ERROR)
    sys.exit(status if isinstance(status, int) else EXIT_CLEAN)


def run_as_click_would(command: Callable[[], object]) -> NoReturn:
    """``run_reporting_failures(command)`` with what click's main does around a command, for
    the command lines the entry point answers without click: the same lines and status."""

    def run() -> object:
        try:
            return command()
        except (EOFError, KeyboardInterrupt):
            aborted()
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise
            # The reader of stdout went away (`citelint check . | head`): exit 1 quietly.
            sys.stdout = QuietOnBrokenPipe(sys.stdout)  # type: ignore[assignment]
            sys.stderr = QuietOnBrokenPipe(sys.stderr)  # type: ignore[assignment]
            sys.exit(1)

    run_reporting_failures(run)


def aborted() -> NoReturn:
    """What click says of a command interrupted by Ctrl-C, as ``cli.main`` ends it."""
    echo(err=True)  # the blank line that closes the terminal's "^C"
    echo("citelint: aborted", err=True)
    sys.exit(EXIT_ERROR)


def redact_secrets(text: str) -> str:
    """The NCBI API key must never reach a terminal or a CI log, whatever went wrong."""
    key = os.environ.get("NCBI_API_KEY")
    return text.replace(key, "***") if key else text


def escaped(text: str) -> str:
    """``report.escape.printable``, imported when a line is written: the report package
    loads the data model, which `citelint --version` does not need."""
    from citelint.report.escape import printable

    return printable(text)
