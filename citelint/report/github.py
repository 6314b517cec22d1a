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
    return "".join(annotation(f) + "\n" for f in sorted(findings, key=Finding.sort_key))


def annotation(f: Finding) -> str:
    """One finding as a workflow command."""
    properties = ",".join(
        [
            f"file={escape_property(f.path)}",
            f"line={f.line}",
            f"col={f.column}",
            f"title={escape_property(f'citelint {f.code}')}",
        ]
    )
    return f"::{_COMMAND[f.severity]} {properties}::{escape_data(f'{f.code} {f.message}')}"
