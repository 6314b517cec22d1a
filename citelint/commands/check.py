"""``citelint check``: lint articles and report the findings."""

from __future__ import annotations

import sys

import click

from citelint.commands.options import (
    color_option,
    common_options,
    exit_code,
    lock_option,
    report_errors,
    resolver_for,
    settings,
    use_colour,
)
from citelint.commands.pipeline import (
    lint_paths,
)
from citelint.report import FORMATS, render
from citelint.report.baseline import load_baseline


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
@lock_option
@common_options
def check(
    paths: tuple[str, ...],
    fmt: str,
    color: str,
    baseline_path: str | None,
    lock_path: str | None,
    **options: object,
) -> None:
    """Lint article files or directories ('-' reads standard input)."""
    config = settings(**options)  # type: ignore[arg-type]
    result = lint_paths(paths, config, resolver_for(config, lock_path))
    baseline_path = baseline_path or config.baseline
    if baseline_path:
        result.findings = load_baseline(baseline_path).filter(result.findings, result.documents)
    report_errors(result.errors)
    colour = use_colour(color, sys.stdout)
    output = render(fmt, result.findings, result.files, colour, result.documents, result.errors)
    # click.echo would strip colour codes again whenever stdout is not a terminal.
    click.echo(output, nl=False, color=colour)
    sys.exit(exit_code(result, config))
