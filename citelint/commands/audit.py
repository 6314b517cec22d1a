"""``citelint audit``: each claim beside the evidence of the record it cites, for a person."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from citelint.commands.common import (
    exit_code,
    report_errors,
    require_named_lock,
    settings,
    use_colour,
)
from citelint.commands.lookups import nothing_checked
from citelint.commands.options import (
    color_option,
    common_options,
    lock_option,
    progress_option,
    resolver_for,
)
from citelint.commands.pipeline import lint_paths
from citelint.commands.progress import wanted
from citelint.errors import CitelintError


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False),
    help="Also write the audit as one self-contained HTML page to this file.",
)
@color_option
@progress_option
@lock_option
@common_options
def audit(
    paths: tuple[str, ...],
    fmt: str,
    html_path: str | None,
    color: str,
    progress: bool,
    lock_path: str | None,
    **options: object,
) -> None:
    """Show each claim with its cited record, support score and evidence sentence.

    Takes files and folders like ``check``.

    Unreadable files are named on stderr and make the exit code 2, as with ``check``; the
    audit of what could be read is still written. Where no article file is found at all, that
    is said on stderr and no text audit or HTML page is written (JSON, as check's, is an empty
    document); the exit code is check's.
    """
    from citelint.files import write_atomically
    from citelint.report.audit_html import render_audit_html
    from citelint.report.audit_json import render_audit_json
    from citelint.report.audit_text import render_audit_text
    from citelint.support.audit import build_audit, ensure_resolutions
    from citelint.support.audit import progress as progress_bar

    config = settings(**options)  # type: ignore[arg-type]
    require_named_lock(lock_path)
    resolver = resolver_for(config, lock_path)
    drawn = wanted(progress)
    result = lint_paths(paths, config, resolver, drawn, claim_text=True)
    # The audit is about what the cited papers say, so it wants them even for --select CL1.
    ensure_resolutions(result, resolver)
    report_errors(result.errors)
    if not (result.documents or result.errors):
        from citelint.report.text import NO_FILES

        # As check: said; no text ("Audited 0 claims" would read as an audit of articles
        # citing nothing) and no page to open, but JSON, read by programs, stays a document.
        click.echo(NO_FILES, err=True)
        if fmt == "json":
            click.echo(render_audit_json([]), nl=False)
        sys.exit(exit_code(result, config))
    # Offline, nothing is checked by request; otherwise a run that checked nothing says so.
    warning = None if config.offline else nothing_checked(result)
    if warning:
        click.echo(warning, err=True)
    files = build_audit(
        result, config.options, wrap=lambda items, total: progress_bar(items, total, drawn)
    )
    if html_path:
        try:
            write_atomically(Path(html_path), render_audit_html(files))
        except OSError as error:
            raise CitelintError(f"{html_path}: cannot write the page: {error.strerror}") from None
    colour = use_colour(color, sys.stdout)
    output = render_audit_json(files) if fmt == "json" else render_audit_text(files, colour)
    # click.echo would strip colour codes again whenever stdout is not a terminal.
    click.echo(output, nl=False, color=colour)
    sys.exit(exit_code(result, config))
