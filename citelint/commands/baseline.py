"""``citelint baseline``: accept today's findings so that later checks fail only on new ones."""

from __future__ import annotations

import sys

import click

from citelint.commands.options import (
    EXIT_CLEAN,
    EXIT_ERROR,
    common_options,
    lock_option,
    report_errors,
    resolver_for,
    settings,
)
from citelint.commands.pipeline import (
    lint_paths,
)
from citelint.report.baseline import write_baseline
from citelint.report.escape import printable


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default="citelint-baseline.json",
    show_default=True,
    help="Baseline file to write.",
)
@lock_option
@common_options
def baseline(paths: tuple[str, ...], output: str, lock_path: str | None, **options: object) -> None:
    """Accept the current findings, so that later checks fail only on new ones."""
    config = settings(**options)  # type: ignore[arg-type]
    # Fingerprints of findings without a subject hash the claim's words.
    result = lint_paths(paths, config, resolver_for(config, lock_path), claim_text=True)
    report_errors(result.errors)
    write_baseline(output, result.findings, result.documents)
    click.echo(f"Wrote {len(result.findings)} finding(s) to {printable(str(output))}.")
    sys.exit(EXIT_ERROR if result.errors else EXIT_CLEAN)
