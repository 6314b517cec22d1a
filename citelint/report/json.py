"""``--format json``: the shape DESIGN.md promises; keys may be added, never renamed."""

from __future__ import annotations

import json
from collections.abc import Sequence

from citelint.errors import InputError
from citelint.models import Finding, Severity


def summary(findings: Sequence[Finding], files: int) -> dict[str, int]:
    def count(level: Severity) -> int:
        return sum(1 for f in findings if f.severity == level)

    return {
        "files": files,
        "findings": len(findings),
        "errors": count(Severity.ERROR),
        "warnings": count(Severity.WARNING),
        "infos": count(Severity.INFO),
    }


def render_json(
    findings: Sequence[Finding], files: int, unreadable: Sequence[InputError] = ()
) -> str:
    document = {
        "version": 1,
        "findings": [f.to_dict() for f in sorted(findings, key=Finding.sort_key)],
        "summary": {**summary(findings, files), "unreadable": len(unreadable)},
        "unreadable": [{"path": error.path, "problem": error.problem} for error in unreadable],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
