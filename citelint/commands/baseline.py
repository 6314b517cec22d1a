"""``citelint baseline``: accept today's findings so that later checks fail only on new ones."""

from __future__ import annotations

import sys

import click

from citelint.commands.checked import Checked
from citelint.commands.common import (
    lock_path_for,
    project_paths,
    report_errors,
    require_named_lock,
    settings,
)
from citelint.commands.options import common_options, jobs_option, lock_option, resolver_for
from citelint.commands.stream import stream_paths
from citelint.errors import EXIT_CLEAN, EXIT_ERROR
from citelint.models import Document, Finding
from citelint.report.baseline import write_baseline
from citelint.report.escape import printable


@click.command()
@click.argument("paths", nargs=-1)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default="citelint-baseline.json",
    show_default=True,
    help="Baseline file to write.",
)
@jobs_option
@lock_option
@common_options
def baseline(
    paths: tuple[str, ...],
    output: str,
    jobs: int | None,
    lock_path: str | None,
    **options: object,
) -> None:
    """Accept the current findings, so that later checks fail only on new ones."""
    config = settings(**options)  # type: ignore[arg-type]
    require_named_lock(lock_path)
    paths = project_paths(paths, config)
    findings: list[Finding] = []
    traces: list[Document] = []  # what fingerprints read of each file
    unreadable: list[Checked] = []
    for group in stream_paths(
        paths,
        config,
        jobs,
        lambda: resolver_for(config, lock_path),
        lock_path_for(config, lock_path),
        traces=True,
    ):
        for item in group:
            findings += item.findings
            traces += [item.trace] if item.trace is not None else []
            unreadable += [item] if item.error is not None else []
    # In the order the paths were given, as 'check' lists them.
    errors = [item.error for item in sorted(unreadable, key=lambda item: item.order) if item.error]
    report_errors(errors)
    write_baseline(output, findings, traces)
    click.echo(f"Wrote {len(findings)} finding(s) to {printable(str(output))}.")
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)
