"""``--format sarif``: SARIF 2.1.0 as GitHub code scanning accepts it.

Every rule is described in ``tool.driver.rules`` so code scanning can show its help even for
rules without results. Paths are relative to the repository root under ``%SRCROOT%``, and
``partialFingerprints`` hash the rule, the path and the cited work but not the line, so an
alert follows its citation when text above it is edited.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from citelint import __version__
from citelint.errors import InputError
from citelint.models import Document, Finding, Severity
from citelint.report.counts import Fold
from citelint.report.fingerprint import fingerprint, relative_path, relative_paths
from citelint.report.json_text import indented
from citelint.report.text import CITING_NOTHING, folded_line
from citelint.rules import ALL_RULES
from citelint.rules.base import Rule
from citelint.rules.catalogue import rule_page

SCHEMA_URI = (
    "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://github.com/citelint/citelint"
FINGERPRINT_KEY = "citelint/v1"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_AREAS = {"CL1": "structure", "CL2": "pubmed", "CL3": "support"}


def render_sarif(
    findings: Sequence[Finding],
    documents: Sequence[Document] = (),
    rules: Sequence[Rule] = ALL_RULES,
    root: Path | None = None,
    unreadable: Sequence[InputError] = (),
    citing_nothing: Sequence[str] = (),
    unverified: int = 0,
    fold: str = Fold.NOTHING,
) -> str:
    """The whole SARIF log; ``documents`` sharpen fingerprints of findings without a subject.
    ``unverified``: how many CL208 findings were folded away, told in one note: those
    ``fold`` names, an offline run's or an online run's failed lookups.

    Files that could not be read are told as failed-execution notifications, so that code
    scanning does not show them as clean; files with a reference list that cite nothing
    citelint can read (``citing_nothing``) as notes on the run, as JSON lists them.
    """
    descriptors = [rule_descriptor(rule) for rule in rules]
    index = {descriptor["id"]: position for position, descriptor in enumerate(descriptors)}
    for finding in findings:
        # A finding from a rule outside the list still needs a descriptor for its ruleIndex.
        if finding.code not in index:
            index[finding.code] = len(descriptors)
            descriptors.append(_unknown_descriptor(finding))
    by_path = {document.path: document for document in documents}
    relative = relative_paths((finding.path for finding in findings), root)
    results = [
        _result(finding, index[finding.code], by_path.get(finding.path), relative[finding.path])
        for finding in sorted(findings, key=Finding.sort_key)
    ]
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "citelint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [_invocation(unreadable, citing_nothing, root, unverified, fold)],
                "results": results,
            }
        ],
    }
    # Written as json.dumps(log, indent=2, ensure_ascii=False) writes it, several times faster.
    return indented(log, 0) + "\n"


def _invocation(
    unreadable: Sequence[InputError],
    citing_nothing: Sequence[str],
    root: Path | None,
    unverified: int = 0,
    fold: str = Fold.NOTHING,
) -> dict[str, object]:
    """What the run says of whole files, where SARIF 2.1.0 has room for it (notifications): an
    error on each file that could not be read (the run did not succeed), a note on each whose
    citations were not checked (it did, but the file is not clean for it)."""
    notifications = [
        _file_notification("error", f"cannot read the file: {error.problem}", error.path, root)
        for error in unreadable
    ] + [_file_notification("note", CITING_NOTHING, path, root) for path in citing_nothing]
    if unverified:
        notifications.append(
            {"level": "note", "message": {"text": folded_line(unverified, fold=fold)}}
        )
    return {"executionSuccessful": not unreadable, "toolExecutionNotifications": notifications}


def _file_notification(level: str, text: str, path: str, root: Path | None) -> dict[str, object]:
    location = {"physicalLocation": {"artifactLocation": _artifact(relative_path(path, root))}}
    return {"level": level, "message": {"text": text}, "locations": [location]}


def _artifact(relative: str) -> dict[str, object]:
    """Where a file is, from its path as ``relative_path`` gives it."""
    location: dict[str, object] = {"uri": artifact_uri(relative)}
    if not relative.startswith("/"):
        location["uriBaseId"] = "%SRCROOT%"
    return location


def rule_descriptor(rule: Rule) -> dict[str, object]:
    summary = rule.summary.strip() or rule.name
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": rule.rationale.strip() or summary},
        "help": {"text": _help_text(rule), "markdown": rule_page(rule)},
        "helpUri": f"{INFORMATION_URI}/blob/main/rules/{rule.code}.md",
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["citations", _AREAS.get(rule.code[:3], "other")]},
    }


def _help_text(rule: Rule) -> str:
    parts = [rule.summary.strip(), rule.rationale.strip()]
    if rule.bad_example.strip():
        parts.append("Failing example:\n" + rule.bad_example.strip())
    if rule.good_example.strip():
        parts.append("Passing example:\n" + rule.good_example.strip())
    return "\n\n".join(part for part in parts if part)


def _unknown_descriptor(finding: Finding) -> dict[str, object]:
    return {
        "id": finding.code,
        "shortDescription": {"text": finding.code},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
    }


def _result(
    finding: Finding, rule_index: int, document: Document | None, relative: str
) -> dict[str, object]:
    """``relative``: the finding's path as ``relative_path`` gives it."""
    location = _artifact(relative)
    result: dict[str, object] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": {
                        "startLine": max(1, finding.line),
                        "startColumn": max(1, finding.column),
                    },
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding, document, relative=relative)},
    }
    extra = {
        "citation": finding.citation,
        "reference": finding.reference,
        "pmid": finding.pmid,
        "evidence": finding.evidence,
    }
    properties = {key: value for key, value in extra.items() if value is not None}
    if finding.suggestion is not None:
        properties["suggestion"] = finding.suggestion.to_dict()
    if properties:
        result["properties"] = properties
    fix = _fix(finding, location)
    if fix is not None:
        result["fixes"] = [fix]
    return result


def _fix(finding: Finding, location: dict[str, object]) -> dict[str, object] | None:
    """The replacement of a wrong identifier by the suggested paper's, where one is known.

    The finding's line and column are where the identifier starts, so the region to delete
    is exactly the identifier as written.
    """
    suggestion = finding.suggestion
    if suggestion is None or not suggestion.replacement or not suggestion.replaces:
        return None
    region = {
        "startLine": finding.line,
        "startColumn": finding.column,
        "endLine": finding.line,
        "endColumn": finding.column + len(suggestion.replaces),
    }
    return {
        "description": {
            "text": f"Replace {suggestion.replaces} with {suggestion.replacement} "
            f"(PMID {suggestion.pmid}: {suggestion.title})"
        },
        "artifactChanges": [
            {
                "artifactLocation": location,
                "replacements": [
                    {"deletedRegion": region, "insertedContent": {"text": suggestion.replacement}}
                ],
            }
        ],
    }


def artifact_uri(path: str) -> str:
    """A POSIX path as a URI reference: spaces, ``#``, ``%`` and non-ASCII are percent-encoded.
    A file name that is not UTF-8 keeps its own bytes (Python holds them as surrogates)."""
    uri = quote(path.encode("utf-8", "surrogateescape"), safe="/")
    return "file://" + uri if path.startswith("/") else uri
