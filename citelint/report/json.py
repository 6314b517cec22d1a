"""``--format json``: the shape DESIGN.md promises; keys may be added, never renamed."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring

from citelint.errors import InputError
from citelint.models import Document, Finding, Severity
from citelint.report.counts import Fold, Tally, shown_findings, summary
from citelint.report.json_text import compact, escaped_surrogates, indented


def render_json(
    findings: Sequence[Finding],
    files: int,
    unreadable: Sequence[InputError] = (),
    citing_nothing: Sequence[str] = (),
    fold: str = Fold.NOTHING,
) -> str:
    """``citing_nothing``: the files with a reference list and no citation read; ``fold``:
    as in the text format, an offline run's CL208 findings, or an online run's failed
    lookups, are counted (``summary.unverified``), not listed."""
    shown = shown_findings(findings, fold)
    document = {
        "version": 1,
        "findings": [f.to_dict() for f in sorted(shown, key=Finding.sort_key)],
        "summary": _summary(
            summary(shown, files), unreadable, citing_nothing, len(findings) - len(shown)
        ),
        **_file_lists(unreadable, citing_nothing),
    }
    return escaped_surrogates(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"


# Severity.label of each severity: the property costs an enum's name lookup every call.
_LABELS = {severity: severity.label for severity in Severity}


def _finding_json(finding: Finding) -> str:
    """``indented(finding.to_dict(), 2)``: the fields written into one template, where the
    dictionary would be built and walked for every finding of the run (keep the two in step:
    the writers' tests compare this with ``render_json``). The fields that are always text
    or whole numbers are encoded as ``compact`` would, without its call and type tests."""
    suggestion = finding.suggestion
    shown = indented(suggestion.to_dict(), 3) if suggestion else "null"
    # Most findings leave most of these four out: None is written without a call.
    citation = "null" if finding.citation is None else compact(finding.citation)
    reference = "null" if finding.reference is None else compact(finding.reference)
    pmid = "null" if finding.pmid is None else compact(finding.pmid)
    evidence = "null" if finding.evidence is None else compact(finding.evidence)
    return (
        f'{{\n      "path": {encode_basestring(finding.path)},'
        f'\n      "line": {int.__repr__(finding.line)},'
        f'\n      "column": {int.__repr__(finding.column)},'
        f'\n      "code": {encode_basestring(finding.code)},'
        f'\n      "severity": "{_LABELS[finding.severity]}",'
        f'\n      "message": {encode_basestring(finding.message)},'
        f'\n      "citation": {citation},'
        f'\n      "reference": {reference},'
        f'\n      "pmid": {pmid},'
        f'\n      "evidence": {evidence},'
        f'\n      "suggestion": {shown}\n    }}'
    )


def _summary(
    counts: dict[str, int],
    unreadable: Sequence[InputError],
    citing_nothing: Sequence[str],
    unverified: int,
) -> dict[str, int]:
    # Keys added since version 1 (DESIGN.md): files that could not be read, files with a
    # reference list that cite nothing citelint can read, which would otherwise look clean,
    # and the references an offline run without a lock (or an online one whose lookups
    # failed) did not check, counted and not listed (a clean 620-entry review was "622
    # findings" to a dashboard: user30a P2-2).
    return {
        **counts,
        "unreadable": len(unreadable),
        "citing_nothing": len(citing_nothing),
        "unverified": unverified,
    }


def _file_lists(
    unreadable: Sequence[InputError], citing_nothing: Sequence[str]
) -> dict[str, list[object]]:
    """The lists after the summary, of whole files the counts only count: those that could
    not be read, and those with a reference list citing nothing citelint can read."""
    return {
        "unreadable": [{"path": error.path, "problem": error.problem} for error in unreadable],
        "citing_nothing": list(citing_nothing),
    }


class JsonWriter:
    """The document ``render_json`` writes, written one finding at a time."""

    def __init__(
        self,
        emit: Callable[[str], None],
        fold: str = Fold.NOTHING,
    ) -> None:
        self.emit_as_it_is = emit
        self.tally = Tally()
        self.written = 0
        self.fold = fold
        self.folded = 0
        self.emit('{\n  "version": 1,\n  "findings": [')

    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        shown = shown_findings(findings, self.fold)
        self.folded += len(findings) - len(shown)
        findings = shown
        pieces = []
        for finding in findings:
            comma = "," if self.written else ""
            pieces.append(f"{comma}\n    {_finding_json(finding)}")
            self.written += 1
        self.tally.add(findings)
        if pieces:
            self.emit("".join(pieces))

    def finish(
        self, files: int, unreadable: Sequence[InputError], citing_nothing: Sequence[str] = ()
    ) -> None:
        closing = "\n  ]" if self.written else "]"
        counts = _summary(self.tally.summary(files), unreadable, citing_nothing, self.folded)
        lists = _file_lists(unreadable, citing_nothing).items()
        after = "".join(f",\n  {compact(key)}: {indented(value, 1)}" for key, value in lists)
        self.emit(f'{closing},\n  "summary": {indented(counts, 1)}{after}\n}}\n')

    def emit(self, text: str) -> None:
        self.emit_as_it_is(escaped_surrogates(text))
