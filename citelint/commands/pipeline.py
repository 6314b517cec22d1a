"""Runs the pipeline over many files: read them all, resolve every reference at once, check."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from citelint.commands.batch import Pending, Resolved, chapter_lists, resolve_batch
from citelint.commands.discover import collect_files, excluded
from citelint.commands.progress import MANY_FILES, announce, bar
from citelint.config import Config
from citelint.errors import CitelintError, InputError
from citelint.models import Document, Finding, Resolution
from citelint.read import read_article
from citelint.read.suppress import is_suppressed
from citelint.rules import ALL_RULES
from citelint.rules.base import CheckContext, Rule

if TYPE_CHECKING:
    from citelint.pubmed.links import LinkCheck
    from citelint.pubmed.outcomes import Resolver
    from citelint.read.inline_view import InlineView
    from citelint.support.checker import SupportChecker

# The rules that report what a link's label check found, and so need it.
WRONG_LINK = "CL209"
LABEL_RULES = ("CL201", WRONG_LINK)


# LintResult is a plain class, as lookups.Lookups is: a dataclass
# compiles its methods when its module is imported, a cost every short run pays (issue 13).
class LintResult:
    """Everything a run over many files found, kept for the commands that report at the end."""

    def __init__(
        self,
        documents: list[Document] | None = None,
        resolutions: dict[str, dict[int, Resolution]] | None = None,
    ) -> None:
        self.findings: list[Finding] = []
        self.errors: list[InputError] = []
        self.documents = documents if documents is not None else []
        self.resolutions = resolutions if resolutions is not None else {}
        # Entries repeating a number, by path and position in the list (rules.base.own_resolutions).
        self.repeats: dict[str, dict[int, Resolution]] = {}
        # The resolutions of each chapter's own list before the last (Document.chapters).
        self.chapter_resolutions: dict[str, list[dict[int, Resolution]]] = {}
        # Each document's support scores, kept from the CL3xx rules for the audit to reuse.
        self.checkers: dict[str, SupportChecker] = {}
        # Inline citations (links, PMID mentions): each document's view of them, their
        # resolutions and label checks, by path and citation number.
        self.views: dict[str, InlineView] = {}
        self.inline_resolutions: dict[str, dict[int, Resolution]] = {}
        self.links: dict[str, dict[int, LinkCheck]] = {}

    @property
    def files(self) -> int:
        return len(self.documents) + len(self.errors)


def config_folder(config: Config) -> Path | None:
    return Path(config.source).parent if config.source else None


def selected_rules(config: Config) -> list[Rule]:
    return [rule for rule in ALL_RULES if config.is_selected(rule.code)]


def needs_claim_text(config: Config) -> bool:
    """Whether a selected rule reads what claims say; the others see only their markers."""
    return any(rule.needs_records for rule in selected_rules(config))


def view_of(document: Document) -> InlineView | None:
    """``inline_view``: the view of the document's inline citations, None when it has none;
    its module is loaded only for a document that has some."""
    if not document.inline:
        return None
    from citelint.read.inline_view import inline_view

    return inline_view(document)


def one_list_per_article(files: Sequence[Path], config: Config) -> None:
    if config.reference_list and len(files) > 1:
        raise CitelintError(
            "--references attaches one list to one article; name one article, or map each "
            "article to its list under [tool.citelint.references]"
        )


def read_documents(
    files: Sequence[Path], config: Config, progress: bool = False, *, claim_text: bool = True
) -> tuple[list[Document], list[InputError]]:
    """The documents that could be read, and why each of the others could not."""
    documents: list[Document] = []
    errors: list[InputError] = []
    files = list(files)
    one_list_per_article(files, config)
    drawn = progress and len(files) >= MANY_FILES
    for path in bar(files, "Reading articles", "file", drawn):
        try:
            documents.append(read_article(path, config, claim_text=claim_text))
        except InputError as error:
            errors.append(error)
    return documents, errors


def checks_labels(config: Config) -> bool:
    return any(config.is_selected(code) for code in LABEL_RULES)


def lint_documents(
    documents: Sequence[Document],
    config: Config,
    resolver: Resolver | None,
    progress: bool = False,
) -> LintResult:
    """Check already-read documents; references of all of them are resolved in one batch."""
    result = LintResult(documents=list(documents))
    rules = selected_rules(config)
    result.views = {doc.path: view for doc in documents if (view := view_of(doc))}
    pending = [
        Pending(doc.path, doc.references, result.views.get(doc.path), chapters=chapter_lists(doc))
        for doc in documents
    ]
    found = [Resolved() for _ in documents]
    if resolver is not None and any(rule.needs_resolution for rule in rules):
        count = sum(len(doc.references) + len(doc.inline) for doc in documents)
        announce(f"checking {count} references on PubMed", progress and not config.offline)
        found = resolve_batch(pending, resolver, checks_labels(config))
        for item, resolved in zip(pending, found, strict=True):
            result.resolutions[item.path] = resolved.resolutions
            result.repeats[item.path] = resolved.repeats
            result.chapter_resolutions[item.path] = [c.resolutions for c in resolved.chapters]
            if item.view is not None:
                result.inline_resolutions[item.path] = resolved.inline
                result.links[item.path] = resolved.links
    for doc, item, resolved in zip(documents, pending, found, strict=True):
        findings, checker = check_document(doc, item.view, resolved, config, rules)
        result.findings += findings
        if checker is not None:
            result.checkers[doc.path] = checker
    result.findings.sort(key=Finding.sort_key)
    return result


def check_document(
    doc: Document,
    view: InlineView | None,
    resolved: Resolved,
    config: Config,
    rules: Sequence[Rule],
) -> tuple[list[Finding], SupportChecker | None]:
    """The findings of one document in order, suppressions applied and severities set, and
    the support scores the CL3xx rules made (for the audit)."""
    rules = _rules_for(doc.path, rules, config)
    context = CheckContext(doc, resolved.resolutions, config.options, repeats=resolved.repeats)
    if any(rule.needs_records for rule in rules) and _has_records(context):
        doc.word_claims()  # the claims' words, for the rules weighing them against records
    findings = _check(rules, context, doc, config)
    if view is not None:
        inline_context = CheckContext(
            view.document, resolved.inline, config.options, inline=view, links=resolved.links
        )
        inline = _check([r for r in rules if r.checks_inline], inline_context, doc, config)
        findings = _without_claims_on_wrong_entries(findings, inline) + inline
    for chapter, chapter_resolved in zip(
        doc.chapters, _chapters_resolved(doc, resolved), strict=True
    ):
        findings += _chapter_findings(doc, chapter, chapter_resolved, config, rules)
    findings.sort(key=Finding.sort_key)
    return findings, context.checker


def _chapters_resolved(doc: Document, resolved: Resolved) -> list[Resolved]:
    """What resolving found for each chapter before the last: nothing when not resolved."""
    if len(resolved.chapters) == len(doc.chapters):
        return resolved.chapters
    return [Resolved() for _ in doc.chapters]


def _chapter_findings(
    doc: Document, chapter: Document, resolved: Resolved, config: Config, rules: Sequence[Rule]
) -> list[Finding]:
    """The findings of a chapter before the last, checked against its own list, each saying
    which list it was checked against (the chapters' lists share their numbers)."""
    context = CheckContext(chapter, resolved.resolutions, config.options, repeats=resolved.repeats)
    if any(rule.needs_records for rule in rules) and _has_records(context):
        chapter.word_claims()
    named = f" (the reference list at line {chapter.references_line})"
    return [
        replace(finding, message=finding.message + named)
        for finding in _check(rules, context, doc, config)
    ]


def _rules_for(path: str, rules: Sequence[Rule], config: Config) -> Sequence[Rule]:
    """The rules less those `per-file-ignores` leaves out for this file."""
    if not config.per_file_ignores:
        return rules
    root = config_folder(config) or Path.cwd()
    ignored = [
        code
        for pattern, codes in config.per_file_ignores.items()
        if excluded(Path(path), [pattern], root)
        for code in codes
    ]
    return [rule for rule in rules if not rule.code.startswith(tuple(ignored))]


def _check(
    rules: Sequence[Rule], context: CheckContext, doc: Document, config: Config
) -> list[Finding]:
    found: list[Finding] = []
    has_records = _has_records(context)
    for rule in rules:
        if rule.needs_resolution and not context.resolutions:
            continue
        if rule.needs_records and not has_records:
            continue
        found.extend(rule.check(context))
    if context.inline is not None:
        found = _inline_findings(found, context.inline)
    # Most files suppress nothing and most configurations set no severity: their findings
    # are then kept as they are, with no call for each.
    if doc.suppressions:
        found = [finding for finding in found if not is_suppressed(doc, finding)]
    if config.severity:
        found = [_with_severity(finding, config) for finding in found]
    return found


def _has_records(context: CheckContext) -> bool:
    """Whether an entry resolved to a record: else the rules reading records check nothing."""
    return any(r.record for r in context.resolutions.values())


def _with_severity(finding: Finding, config: Config) -> Finding:
    """The finding at the severity the configuration gives its rule (the same finding when
    that is the rule's own: most are, and a copy of each costs a run of many findings)."""
    severity = config.severity_of(finding.code, finding.severity)
    return finding if severity == finding.severity else replace(finding, severity=severity)


def _inline_findings(findings: list[Finding], view: InlineView) -> list[Finding]:
    """One finding per wrong link: a link CL209 calls wrong is not also checked against the
    claim (CL3xx), whose abstract is the wrong paper's."""
    wrong = {f.reference for f in findings if f.code == WRONG_LINK}
    kept = [
        f
        for f in findings
        if not (f.code.startswith("CL3") and (f.citation in wrong or f.reference in wrong))
    ]
    # A reference-style link cited twice is two citations of one definition line: their
    # findings about the link (CL208, CL201...) are one finding, said once.
    unique: dict[tuple[object, ...], Finding] = {}
    for finding in (_inline_finding(finding, view) for finding in kept):
        key = (finding.code, finding.line, finding.column, finding.message, finding.subject)
        unique.setdefault(key, finding)
    return list(unique.values())


def _without_claims_on_wrong_entries(
    findings: list[Finding], inline: list[Finding]
) -> list[Finding]:
    """The list's findings less the claim findings (CL3xx) on entries whose one link CL209
    calls wrong: a numbered "Sources" list of links is checked twice, as a list and as links,
    and the abstract the list's claim rules read is the wrong paper's, as for a bare link."""
    wrong = {f.reference for f in inline if f.code == WRONG_LINK and f.reference is not None}
    if not wrong:
        return findings
    return [f for f in findings if not (f.code.startswith("CL3") and f.citation in wrong)]


def _inline_finding(finding: Finding, view: InlineView) -> Finding:
    """Findings name inline citations by their view's numbers, which mean nothing to a user:
    ``citation`` is dropped, ``reference`` is the list entry a one-link entry is, and the
    subject says which link it is, for baselines and SARIF fingerprints."""
    number = finding.reference if finding.reference is not None else finding.citation
    if number is None:
        return finding
    citation = view.citation(number)
    subject = finding.subject or f"{citation.kind}:{citation.identifier}|{citation.link_text or ''}"
    return replace(finding, citation=None, reference=citation.reference, subject=subject)


def lint_paths(
    paths: Iterable[str],
    config: Config,
    resolver: Resolver | None,
    progress: bool = False,
    *,
    claim_text: bool | None = None,
) -> LintResult:
    """``progress``: whether bars and status lines may be drawn on stderr (a terminal).
    ``claim_text``: whether claims need their words (by default: when a selected rule reads
    them); the audit and fingerprints of findings without a subject always do."""
    files = collect_files(paths, config.exclude, config_folder(config))
    if claim_text is None:
        claim_text = needs_claim_text(config)
    documents, errors = read_documents(files, config, progress, claim_text=claim_text)
    result = lint_documents(documents, config, resolver, progress)
    result.errors = errors
    return result
