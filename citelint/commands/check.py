"""``citelint check``: lint articles and report the findings."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from citelint.commands.options import (
    color_option,
    common_options,
    exit_code,
    lock_option,
    lock_path_for,
    progress_option,
    report_errors,
    resolver_for,
    settings,
    use_colour,
)
from citelint.commands.pipeline import lint_paths, nothing_checked
from citelint.commands.progress import wanted
from citelint.errors import CitelintError
from citelint.files import write_atomically
from citelint.report import FORMATS, render
from citelint.report.baseline import load_baseline
from citelint.report.text import TextOptions


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
    help="Offline without a lock: list each unchecked reference (CL208), not one summary line.",
)
@progress_option
@lock_option
@common_options
def check(
    paths: tuple[str, ...],
    fmt: str,
    color: str,
    baseline_path: str | None,
    exit_zero: bool,
    quiet: bool,
    statistics: bool,
    output_file: str | None,
    show_unverified: bool,
    progress: bool,
    lock_path: str | None,
    **options: object,
) -> None:
    """Lint article files or directories ('-' reads standard input)."""
    config = settings(**options)  # type: ignore[arg-type]
    resolver = resolver_for(config, lock_path)
    baseline_path = baseline_path or config.baseline
    # SARIF and baseline fingerprints of findings without a subject hash the claim's words.
    claim_text = True if fmt == "sarif" or baseline_path else None
    result = lint_paths(paths, config, resolver, wanted(progress, quiet), claim_text=claim_text)
    found = len(result.findings)
    if baseline_path:
        result.findings = load_baseline(baseline_path).filter(result.findings, result.documents)
    report_errors(result.errors)
    # Offline, nothing is checked by request; otherwise a run that checked nothing says so.
    warning = None if config.offline else nothing_checked(result)
    if warning:
        click.echo(warning, err=True)
    colour = use_colour(color, sys.stdout) and not output_file
    text = TextOptions(
        color=colour,
        quiet=quiet,
        statistics=statistics,
        fold_unverified=(
            config.offline
            and not show_unverified
            and not lock_path_for(config, lock_path).is_file()
        ),
        baselined=found - len(result.findings),
    )
    output = render(
        fmt, result.findings, result.files, colour, result.documents, result.errors, text
    )
    if output_file:
        try:
            write_atomically(Path(output_file), output)
        except OSError as error:
            raise CitelintError(f"{output_file}: cannot write: {error.strerror}") from None
    else:
        # click.echo would strip colour codes again whenever stdout is not a terminal.
        click.echo(output, nl=False, color=colour)
    sys.exit(exit_code(result, config, exit_zero))
