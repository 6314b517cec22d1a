"""The ``citelint`` program's entry point, kept apart from the click group in ``cli``.

Importing click takes longer than checking a short article, so three command lines are
answered here before click is loaded: ``citelint --version``, with the line click's version
option would print, the usual forms of ``citelint check`` (the pre-commit hook's command),
read by ``check_args``, and ``citelint rules`` with at most a code after it. Every other
command line goes to ``cli.main``.
"""

from __future__ import annotations

import gc
import os
import sys

from citelint import __version__

# Objects the youngest generation of the garbage collector may hold before it runs: Python's
# 700 makes it run about a hundred times while the modules load (some 3% of a short check's
# start-up), and again through every article's thousands of small objects, though a check
# makes few reference cycles. Raised only for the program, not for code importing citelint.
YOUNG_OBJECTS_BEFORE_COLLECTING = 20_000


def main() -> None:
    gc.set_threshold(YOUNG_OBJECTS_BEFORE_COLLECTING, *gc.get_threshold()[1:])
    try:
        _run(sys.argv[1:])
    finally:
        # Python collects garbage four times as it exits, each time walking every object the
        # modules and the run made (7% of a short check's instructions), to free what the
        # exit frees anyway. Frozen, they are left out of those walks. Everything the command
        # opened is closed by now, and objects no cycle holds are still freed as the modules
        # are emptied.
        gc.freeze()


def _run(arguments: list[str]) -> None:
    # With no standard output at all, click's own handling of --version applies.
    if arguments == ["--version"] and sys.stdout is not None:
        _print_version()
    if arguments[:1] == ["check"] and not _completion_asked():
        _check_without_click(arguments[1:])
    if arguments[:1] == ["rules"] and not _completion_asked():
        _rules_without_click(arguments[1:])
    from citelint.commands.cli import main as run

    run()


def _check_without_click(words: list[str]) -> None:
    """Run the check when ``check_args`` reads its command line; otherwise return, for click
    to read it (and report what is wrong with it)."""
    from citelint.commands.failures import aborted, run_as_click_would

    try:
        from citelint.commands.check_args import read_check_args

        arguments = read_check_args(words)
    except KeyboardInterrupt:
        aborted()
    if arguments is None:
        return

    def check() -> None:
        from citelint.commands.check import run_check

        run_check(**arguments)  # type: ignore[arg-type]

    run_as_click_would(check)


def _rules_without_click(arguments: list[str]) -> None:
    """``citelint rules`` or ``citelint rules CODE``: the listing or a page, as the click
    command writes them. Options (``--format``, ``--help``) and anything more are click's."""
    if len(arguments) > 1 or any(word.startswith("-") for word in arguments):
        return
    from citelint.commands.failures import run_as_click_would

    def listing() -> None:
        # Imported here, where Ctrl-C while the rules load says "aborted" as click would.
        from citelint.commands.rule_listing import show_rules

        show_rules(arguments[0] if arguments else None)

    run_as_click_would(listing)


def _completion_asked() -> bool:
    """Shell completion (click's ``_CITELINT_COMPLETE``, or the variable of whatever name the
    program was started by) is click's to answer."""
    return any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)


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
