"""Output formats for findings. Each writer takes the findings and returns the whole text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citelint.errors import InputError
    from citelint.models import Document, Finding
    from citelint.report.text import TextOptions

FORMATS = ("text", "json", "sarif", "github")


def render(
    fmt: str,
    findings: Sequence[Finding],
    files: int,
    color: bool = False,
    documents: Sequence[Document] = (),
    unreadable: Sequence[InputError] = (),
    text: TextOptions | None = None,
    citing_nothing: Sequence[str] = (),
) -> str:
    """``documents`` let SARIF fingerprint findings by the work they cite; ``unreadable`` files
    are told in every format that has room for them, so that none looks clean. ``text`` holds
    what only the text format shows or hides (quiet, statistics), and whether CL208 findings
    are folded (an offline run's, an online run's failed lookups), which every format does
    (counted in JSON and SARIF)."""
    # Each format's renderer is imported when asked for: only JSON loads the json module.
    from citelint.report.counts import Fold  # every format's module loads it anyway

    fold = text.fold if text else Fold.NOTHING
    if fmt == "text":
        from citelint.report.text import render_text

        return render_text(findings, files, color, len(unreadable), text, citing_nothing)
    if fmt == "json":
        from citelint.report.json import render_json

        return render_json(findings, files, unreadable, citing_nothing, fold)
    if fmt == "github":
        from citelint.report.github import render_github

        return render_github(findings, fold, unreadable, citing_nothing)
    if fmt == "sarif":
        from citelint.report.counts import shown_findings
        from citelint.report.sarif import render_sarif

        shown = shown_findings(findings, fold)
        return render_sarif(
            shown,
            documents,
            unreadable=unreadable,
            citing_nothing=citing_nothing,
            unverified=len(findings) - len(shown),
            fold=fold,
        )
    raise ValueError(f"unknown format {fmt!r}")
