"""Baselines: accept the findings a repository has today so that only new ones fail.

A baseline stores each finding's fingerprint (see ``citelint.report.fingerprint``) with how many
times it occurs; two identical findings need two entries, so a third copy is new. The code,
path and message beside each fingerprint are only there for people reading the diff.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from citelint.errors import CitelintError, ConfigError
from citelint.files import write_atomically
from citelint.models import Document, Finding, normalise
from citelint.report.fingerprint import fingerprint, relative_paths, version_1_normalise

BASELINE_VERSION = 3
# Older files still filter, as they were written, until 'citelint baseline' writes them again:
# version 1 normalised text without removing accents, and versions 1 and 2 took a citation's
# claim to be the first claim on its line.
READABLE_VERSIONS = (1, 2, BASELINE_VERSION)


@dataclass
class Baseline:
    # Fingerprint -> how many findings with that fingerprint are accepted.
    counts: dict[str, int] = field(default_factory=dict)
    version: int = BASELINE_VERSION

    def filter(
        self,
        findings: Sequence[Finding],
        documents: Sequence[Document] = (),
        root: Path | None = None,
    ) -> list[Finding]:
        """The findings not accepted by the baseline, in their original order."""
        remaining = Counter(self.counts)
        by_path = {document.path: document for document in documents}
        normaliser = version_1_normalise if self.version == 1 else normalise
        relative = relative_paths((finding.path for finding in findings), root)
        new: list[Finding] = []
        for finding in findings:
            document = by_path.get(finding.path)
            key = fingerprint(
                finding,
                document,
                root,
                normaliser,
                relative[finding.path],
                by_column=self.version >= 3,
            )
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                new.append(finding)
        return new


def baseline_data(
    findings: Sequence[Finding], documents: Sequence[Document] = (), root: Path | None = None
) -> dict[str, object]:
    by_path = {document.path: document for document in documents}
    entries: dict[str, dict[str, object]] = {}
    relative = relative_paths((finding.path for finding in findings), root)
    for finding in sorted(findings, key=Finding.sort_key):
        path = relative[finding.path]
        key = fingerprint(finding, by_path.get(finding.path), relative=path)
        if key in entries:
            entries[key]["count"] = int(entries[key]["count"]) + 1  # type: ignore[call-overload]
        else:
            entries[key] = {
                "count": 1,
                "code": finding.code,
                "path": path,
                "message": finding.message,
            }
    return {"version": BASELINE_VERSION, "findings": entries}


def write_baseline(
    path: str | Path,
    findings: Sequence[Finding],
    documents: Sequence[Document] = (),
    root: Path | None = None,
) -> None:
    data = baseline_data(findings, documents, root)
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    try:
        write_atomically(Path(path), text)
    except OSError as error:
        raise CitelintError(f"{path}: cannot write: {error}") from None


def load_baseline(path: str | Path) -> Baseline:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read baseline: {error.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(f"{path}: cannot read baseline: {error}") from None
    if not isinstance(data, dict) or data.get("version") not in READABLE_VERSIONS:
        raise ConfigError(
            f"{path}: not a citelint baseline (expected version {BASELINE_VERSION}); "
            "write one with 'citelint baseline'"
        )
    entries = data.get("findings")
    if not isinstance(entries, dict):
        raise ConfigError(f"{path}: baseline has no 'findings' table")
    counts: dict[str, int] = {}
    for key, entry in entries.items():
        count = entry.get("count") if isinstance(entry, dict) else None
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ConfigError(f"{path}: baseline entry {key!r} needs a positive 'count'")
        counts[key] = count
    return Baseline(counts, data["version"])
