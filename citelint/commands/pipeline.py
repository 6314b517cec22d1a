"""Runs the pipeline over many files: read them all, resolve every reference at once, check."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from citelint.commands.discover import collect_files
from citelint.commands.progress import MANY_FILES, announce, bar
from citelint.config import Config
from citelint.errors import CitelintError, InputError
from citelint.models import Document, Finding, Resolution
from citelint.pubmed.outcomes import Resolver
from citelint.read import read_article
from citelint.read.suppress import is_suppressed
from citelint.rules import ALL_RULES
from citelint.rules.base import CheckContext
from citelint.support.checker import SupportChecker


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    resolutions: dict[str, dict[int, Resolution]] = field(default_factory=dict)
    # Each document's support scores, kept from the CL3xx rules for the audit to reuse.
    checkers: dict[str, SupportChecker] = field(default_factory=dict)

    @property
    def files(self) -> int:
        return len(self.documents) + len(self.errors)


def config_folder(config: Config) -> Path | None:
    return Path(config.source).parent if config.source else None


def read_documents(
    files: Sequence[Path], config: Config, progress: bool = False
) -> tuple[list[Document], list[InputError]]:
    """The documents that could be read, and why each of the others could not."""
    documents: list[Document] = []
    errors: list[InputError] = []
    files = list(files)
    if config.reference_list and len(files) > 1:
        raise CitelintError(
            "--references attaches one list to one article; name one article, or map each "
            "article to its list under [tool.citelint.references]"
        )
    drawn = progress and len(files) >= MANY_FILES
    for path in bar(files, "Reading articles", "file", drawn):
        try:
            documents.append(read_article(path, config))
        except InputError as error:
            errors.append(error)
    return documents, errors


def resolve_documents(
    documents: Sequence[Document], resolver: Resolver
) -> dict[str, dict[int, Resolution]]:
    """The resolution of every reference entry, by document path and entry number.

    The references of all documents go to the resolver in one batch, so PubMed is asked as
    few times as possible however many files there are.
    """
    references = [ref for doc in documents for ref in doc.references]
    owners = [index for index, doc in enumerate(documents) for _ in doc.references]
    found: list[dict[int, Resolution]] = [{} for _ in documents]
    resolved = resolver.resolve(references)
    for owner, ref, resolution in zip(owners, references, resolved, strict=True):
        found[owner][ref.number] = resolution
    return {doc.path: entries for doc, entries in zip(documents, found, strict=True)}


def lint_documents(
    documents: Sequence[Document],
    config: Config,
    resolver: Resolver | None,
    progress: bool = False,
) -> LintResult:
    """Check already-read documents; references of all of them are resolved in one batch."""
    result = LintResult(documents=list(documents))
    rules = [rule for rule in ALL_RULES if config.is_selected(rule.code)]
    if resolver is not None and any(rule.needs_resolution for rule in rules):
        count = sum(len(doc.references) for doc in documents)
        announce(f"checking {count} references on PubMed", progress and not config.offline)
        result.resolutions = resolve_documents(documents, resolver)
    for doc in documents:
        context = CheckContext(doc, result.resolutions.get(doc.path, {}), config.options)
        for rule in rules:
            if rule.needs_resolution and not context.resolutions:
                continue
            for finding in rule.check(context):
                if not is_suppressed(doc, finding):
                    severity = config.severity_of(finding.code, finding.severity)
                    result.findings.append(replace(finding, severity=severity))
        if context.checker is not None:
            result.checkers[doc.path] = context.checker
    result.findings.sort(key=Finding.sort_key)
    return result


def lint_paths(
    paths: Iterable[str], config: Config, resolver: Resolver | None, progress: bool = False
) -> LintResult:
    """``progress``: whether bars and status lines may be drawn on stderr (a terminal)."""
    files = collect_files(paths, config.exclude, config_folder(config))
    documents, errors = read_documents(files, config, progress)
    result = lint_documents(documents, config, resolver, progress)
    result.errors = errors
    return result
