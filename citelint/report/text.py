"""The default format, one finding a line: ``path:line:column: CODE message``."""

from __future__ import annotations

from collections.abc import Sequence

import click

from citelint.models import Finding, Severity
from citelint.report.json import summary

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render_text(
    findings: Sequence[Finding], files: int, color: bool = False, unreadable: int = 0
) -> str:
    lines = []
    for finding in sorted(findings, key=Finding.sort_key):
        location = f"{finding.path}:{finding.line}:{finding.column}:"
        code = finding.code
        if color:
            location = click.style(location, bold=True)
            code = click.style(code, fg=_COLOURS[finding.severity], bold=True)
        lines.append(f"{location} {code} {finding.message}")
    counts = summary(findings, files)
    not_read = f" {plural(unreadable, 'file')} could not be read." if unreadable else ""
    if findings:
        lines.append(
            f"Found {plural(counts['findings'], 'finding')} ({plural(counts['errors'], 'error')}, "
            f"{plural(counts['warnings'], 'warning')}, {counts['infos']} info) "
            f"in {plural(files, 'file')}.{not_read}"
        )
    elif unreadable:
        lines.append(f"No findings in the files read.{not_read}")
    else:
        lines.append(f"All clear: {plural(files, 'file')} checked.")
    return "\n".join(lines) + "\n"
