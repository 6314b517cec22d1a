"""The default format, one finding a line: ``path:line:column: CODE message``."""

from __future__ import annotations

from collections.abc import Sequence

import click

from citelint.models import Finding, Severity
from citelint.report.json import summary

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render_text(findings: Sequence[Finding], files: int, color: bool = False) -> str:
    lines = []
    for finding in sorted(findings, key=Finding.sort_key):
        location = f"{finding.path}:{finding.line}:{finding.column}:"
        code = finding.code
        if color:
            location = click.style(location, bold=True)
            code = click.style(code, fg=_COLOURS[finding.severity], bold=True)
        lines.append(f"{location} {code} {finding.message}")
    counts = summary(findings, files)
    if findings:
        lines.append(
            f"Found {counts['findings']} problem{'s' if counts['findings'] != 1 else ''} "
            f"({counts['errors']} error, {counts['warnings']} warning, {counts['infos']} info) "
            f"in {files} file{'s' if files != 1 else ''}."
        )
    else:
        lines.append(f"All clear: {files} file{'s' if files != 1 else ''} checked.")
    return "\n".join(lines) + "\n"
