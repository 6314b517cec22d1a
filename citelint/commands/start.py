"""The ``citelint`` program's entry point, kept apart from the click group in ``cli``.

Importing click takes about three times Python's own start-up, so ``citelint --version``
answers here, before click is loaded, with the line click's version option would print.
Every other command line goes to ``cli.main``.
"""

from __future__ import annotations

import sys

from citelint import __version__


def main() -> None:
    # With no standard output at all, click's own handling of --version applies.
    if sys.argv[1:] == ["--version"] and sys.stdout is not None:
        _print_version()
    from citelint.commands.cli import main as run

    run()


def _print_version() -> None:
    try:
        sys.stdout.write(f"citelint, version {__version__}\n")
        sys.stdout.flush()
    except OSError as error:
        # What could not be written must not be written again when Python exits.
        sys.stdout = None  # type: ignore[assignment]
        sys.stderr.write(f"citelint: error: cannot write the version: {error.strerror}\n")
        sys.exit(2)
    sys.exit(0)
