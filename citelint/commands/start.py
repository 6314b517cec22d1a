"""The ``citelint`` program's entry point, kept apart from the click group in ``cli``.

Importing click takes about three times Python's own start-up, so ``citelint --version``
answers here, before click is loaded, with the line click's version option would print.
Every other command line goes to ``cli.main``.
"""

from __future__ import annotations

import sys

from citelint import __version__


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        sys.stdout.write(f"citelint, version {__version__}\n")
        sys.exit(0)
    from citelint.commands.cli import main as run

    run()
