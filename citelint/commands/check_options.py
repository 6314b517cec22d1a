"""``citelint check``'s options, declared for click; the run itself is ``check.run_check``.

``check_args`` reads the same command line without click, for a faster start: a test holds
the two to the same options.
"""

from __future__ import annotations

import click

from citelint.commands.check import run_check
from citelint.commands.options import (
    color_option,
    common_options,
    jobs_option,
    lock_option,
    progress_option,
)
from citelint.report import FORMATS


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@color_option
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Accept the findings recorded in this baseline file; report only new ones.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings are reported.")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only: no summary line.")
@click.option(
    "--statistics", is_flag=True, help="Text format: a count per rule instead of the findings."
)
@click.option(
    "-o",
    "--output-file",
    type=click.Path(dir_okay=False),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--show-unverified",
    is_flag=True,
    help=(
        "List each unchecked reference (CL208: offline without a lock, or PubMed could not "
        "be reached), not one summary line."
    ),
)
@progress_option
@jobs_option
@lock_option
@common_options
def check(**arguments: object) -> None:
    """Lint article files or directories ('-' reads standard input)."""
    run_check(**arguments)  # type: ignore[arg-type]
