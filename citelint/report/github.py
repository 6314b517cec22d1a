"""``--format github``: workflow commands that GitHub Actions shows as annotations.

Data and property values are escaped as the runner expects: ``%``, CR and LF everywhere, and
``:`` and ``,`` in properties too, so article text cannot end a command or forge another.
"""

from __future__ import annotations

from collections.abc import Sequence

from citelint.errors import InputError
from citelint.models import Finding, Severity
from citelint.report.counts import UNVERIFIED, Fold, shown_findings
from citelint.report.text import CITING_NOTHING, folded_line

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(
    findings: Sequence[Finding],
    fold: str = Fold.NOTHING,
    unreadable: Sequence[InputError] = (),
    citing_nothing: Sequence[str] = (),
) -> str:
    """``fold``: as in the text format, the CL208 findings of an offline run without a lock,
    or an online run's failed lookups, are one notice, not one per reference (see
    ``TextOptions``). Then an error on each file that could not be read, a
    notice on each that cites nothing read."""
    shown = shown_findings(findings, fold)
    lines = [annotation(f) for f in sorted(shown, key=Finding.sort_key)]
    if len(shown) < len(findings):
        lines.append(folded_notice(len(findings) - len(shown), fold))
    lines += file_notes(unreadable, citing_nothing)
    return "".join(line + "\n" for line in lines)


def folded_notice(folded: int, fold: str) -> str:
    """The one notice for ``folded`` CL208 findings, those ``fold`` names: the text
    summary's line, on no file."""
    title = escape_property(f"citelint {UNVERIFIED}")
    return f"::notice title={title}::{escape_data(folded_line(folded, fold=fold))}"


def file_notes(unreadable: Sequence[InputError], citing_nothing: Sequence[str]) -> list[str]:
    """What the run says of whole files: an error on each article that could not be read
    (the run exits 2 for it), a notice on each whose reference list no citation citelint
    can read points to (it passes, and none of its citations was checked)."""
    return [_on_file("error", error.path, error.problem) for error in unreadable] + [
        _on_file("notice", path, CITING_NOTHING) for path in citing_nothing
    ]


def _on_file(command: str, path: str, message: str) -> str:
    properties = f"file={escape_property(path)},title={escape_property('citelint')}"
    return f"::{command} {properties}::{escape_data(message)}"


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
