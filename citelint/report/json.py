"""``--format json``: the shape DESIGN.md promises; keys may be added, never renamed."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring

from citelint.errors import InputError
from citelint.models import Document, Finding
from citelint.report.counts import Tally, summary


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

    def __init__(self, emit: Callable[[str], None]) -> None:
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
