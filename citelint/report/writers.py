"""Reports written while the files are checked: each file's findings go out as soon as known.

A writer takes one file's findings at a time (already in order, files in path order) and
holds only counts between them, so a run over ten thousand articles keeps no findings in
memory. The text, JSON and GitHub writers give byte for byte what ``render`` gives for the
same findings; SARIF, one JSON log whose fingerprints read the documents, keeps its findings
and a trace of each document (``fingerprint_trace``) until the end.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring
from typing import Protocol

from citelint.errors import InputError
from citelint.models import Document, Finding, Severity
from citelint.report.github import annotation
from citelint.report.text import (
    UNVERIFIED,
    TextOptions,
    count_lines,
    finding_line,
    summary_lines,
)

Emit = Callable[[str], None]


class Writer(Protocol):
    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        """One file's findings, in order; ``trace`` is what fingerprints read of the file."""
        ...

    def finish(self, files: int, unreadable: Sequence[InputError]) -> None:
        """Everything that follows the findings: summary, unreadable files, the closing."""
        ...


class Tally:
    """Findings counted by severity, for the summary."""

    def __init__(self) -> None:
        self.severities: Counter[Severity] = Counter()

    def add(self, findings: Sequence[Finding]) -> None:
        self.severities.update(finding.severity for finding in findings)

    def summary(self, files: int) -> dict[str, int]:
        """The same dictionary as ``report.json.summary``."""
        return {
            "files": files,
            "findings": sum(self.severities.values()),
            "errors": self.severities[Severity.ERROR],
            "warnings": self.severities[Severity.WARNING],
            "infos": self.severities[Severity.INFO],
        }


class TextWriter:
    def __init__(self, emit: Emit, options: TextOptions) -> None:
        self.emit = emit
        self.options = options
        self.tally = Tally()
        self.folded = 0
        self.rules: Counter[tuple[str, str]] = Counter()

    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        shown = findings
        if self.options.fold_unverified:
            shown = [finding for finding in findings if finding.code != UNVERIFIED]
            self.folded += len(findings) - len(shown)
        self.tally.add(shown)
        if self.options.statistics:
            self.rules.update((f.code, f.severity.label) for f in shown)
        elif shown:
            self.emit("".join(finding_line(f, self.options.color) + "\n" for f in shown))

    def finish(self, files: int, unreadable: Sequence[InputError]) -> None:
        lines = count_lines(self.rules) if self.options.statistics else []
        if not self.options.quiet:
            counts = self.tally.summary(files)
            folded, baselined = self.folded, self.options.baselined
            lines += summary_lines(counts, files, len(unreadable), folded, baselined)
        if lines:
            self.emit("".join(line + "\n" for line in lines))


def _indented(value: object, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=2)`` writes it at that depth of a document.

    Built here from the compact encoding of each key and scalar, which json writes in C,
    where an indented dump goes through json's Python encoder: a run writes many findings.
    """
    if not isinstance(value, (dict, list)):
        return _compact(value)  # most values are scalars: asked first
    pad = "  " * depth
    if isinstance(value, dict) and value and all(isinstance(key, str) for key in value):
        items = []
        for key, item in value.items():
            # Strings, nulls and whole numbers are all but a few of a finding's values and
            # keys: written here as _compact writes them (keep the two in step), without a
            # call each.
            kind = type(item)
            if kind is str:
                text = encode_basestring(item)
            elif item is None:
                text = "null"
            elif kind is int:
                text = int.__repr__(item)
            else:
                text = _indented(item, depth + 1)
            items.append(f"{encode_basestring(key)}: {text}")
        inner = f"\n{pad}  "
        return "{" + inner + f",{inner}".join(items) + f"\n{pad}}}"
    if isinstance(value, list) and value:
        items = [f"{pad}  {_indented(item, depth + 1)}" for item in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)


def _compact(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False)``: the common scalars written as json writes
    them, without the encoder object json.dumps builds on every call (a call per field)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is bool:
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


class JsonWriter:
    """The document ``render_json`` writes, written one finding at a time."""

    def __init__(self, emit: Emit) -> None:
        self.emit = emit
        self.tally = Tally()
        self.written = 0
        self.emit('{\n  "version": 1,\n  "findings": [')

    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        pieces = []
        for finding in findings:
            comma = "," if self.written else ""
            pieces.append(f"{comma}\n    {_indented(finding.to_dict(), 2)}")
            self.written += 1
        self.tally.add(findings)
        if pieces:
            self.emit("".join(pieces))

    def finish(self, files: int, unreadable: Sequence[InputError]) -> None:
        closing = "\n  ]" if self.written else "]"
        summary = {**self.tally.summary(files), "unreadable": len(unreadable)}
        listed = [{"path": error.path, "problem": error.problem} for error in unreadable]
        self.emit(
            f'{closing},\n  "summary": {_indented(summary, 1)},\n'
            f'  "unreadable": {_indented(listed, 1)}\n}}\n'
        )


class GithubWriter:
    def __init__(self, emit: Emit) -> None:
        self.emit = emit

    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        if findings:
            self.emit("".join(annotation(finding) + "\n" for finding in findings))

    def finish(self, files: int, unreadable: Sequence[InputError]) -> None:
        pass


class SarifWriter:
    def __init__(self, emit: Emit) -> None:
        self.emit = emit
        self.findings: list[Finding] = []
        self.traces: list[Document] = []

    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        self.findings += findings
        if trace is not None:
            self.traces.append(trace)

    def finish(self, files: int, unreadable: Sequence[InputError]) -> None:
        from citelint.report.sarif import render_sarif

        self.emit(render_sarif(self.findings, self.traces, unreadable=unreadable))


def open_writer(fmt: str, emit: Emit, text: TextOptions | None = None) -> Writer:
    if fmt == "text":
        return TextWriter(emit, text or TextOptions())
    if fmt == "json":
        return JsonWriter(emit)
    if fmt == "github":
        return GithubWriter(emit)
    if fmt == "sarif":
        return SarifWriter(emit)
    raise ValueError(f"unknown format {fmt!r}")
