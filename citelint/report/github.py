"""``--format github``: workflow commands that GitHub Actions shows as annotations.

Data and property values are escaped as the runner expects: ``%``, CR and LF everywhere, and
``:`` and ``,`` in properties too, so article text cannot end a command or forge another.
"""

from __future__ import annotations

from collections.abc import Sequence

from citelint.models import Finding, Severity

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(findings: Sequence[Finding]) -> str:
    lines = []
    for f in sorted(findings, key=Finding.sort_key):
        properties = ",".join(
            [
                f"file={escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"title={escape_property(f'citelint {f.code}')}",
            ]
        )
        lines.append(
            f"::{_COMMAND[f.severity]} {properties}::{escape_data(f'{f.code} {f.message}')}"
        )
    return "\n".join(lines) + ("\n" if lines else "")
