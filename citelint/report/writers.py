"""Reports written while the files are checked: each file's findings go out as soon as known.

A writer takes one file's findings at a time (already in order, files in path order) and
holds only counts between them, so a run over ten thousand articles keeps no findings in
memory. The text, JSON (in ``report.json``) and GitHub writers give byte for byte what
``render`` gives for the same findings; SARIF, one JSON log whose fingerprints read the
documents, keeps its findings and a trace of each document (``fingerprint_trace``) until
the end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Protocol

from citelint.errors import InputError
from citelint.models import Document, Finding
from citelint.report.counts import Fold, Tally, shown_findings
from citelint.report.text import (
    FileNotes,
    TextOptions,
    count_lines,
    finding_line,
    folded_links,
    summary_lines,
)

Emit = Callable[[str], None]


class Writer(Protocol):
    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        """One file's findings, in order; ``trace`` is what fingerprints read of the file."""
        ...

    def finish(
        self, files: int, unreadable: Sequence[InputError], citing_nothing: Sequence[str] = ()
    ) -> None:
        """Everything that follows the findings: summary, unreadable files, the closing;
        ``citing_nothing``: the files with a reference list and no citation read."""
        ...


class TextWriter:
    def __init__(self, emit: Emit, options: TextOptions) -> None:
        self.emit = emit
        self.options = options
        self.tally = Tally()
        self.folded = 0
        self.folded_links = 0  # of them inline links'
        self.rules: Counter[tuple[str, str]] = Counter()

    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        options = self.options
        shown = shown_findings(findings, options.fold)
        if len(shown) < len(findings):
            self.folded += len(findings) - len(shown)
            self.folded_links += folded_links(findings)
        self.tally.add(shown)
        if self.options.statistics:
            self.rules.update((f.code, f.severity.label) for f in shown)
        elif shown:
            self.emit("".join(finding_line(f, self.options.color) + "\n" for f in shown))

    def finish(
        self, files: int, unreadable: Sequence[InputError], citing_nothing: Sequence[str] = ()
    ) -> None:
        lines = count_lines(self.rules) if self.options.statistics else []
        if not self.options.quiet:
            counts = self.tally.summary(files)
            folded, baselined = self.folded, self.options.baselined
            lines += summary_lines(
                counts,
                files,
                len(unreadable),
                folded,
                baselined,
                citing_nothing,
                self.options.uncited,
                self.options.none_checked,
                self.options.rules_skipped,
                FileNotes(
                    self.options.empty,
                    self.options.unlisted,
                    self.folded_links,
                    self.options.fold,
                ),
            )
        if lines:
            self.emit("".join(line + "\n" for line in lines))


class GithubWriter:
    def __init__(self, emit: Emit, fold: str = Fold.NOTHING) -> None:
        self.emit = emit
        self.fold = fold
        self.folded = 0

    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        shown = shown_findings(findings, self.fold)
        self.folded += len(findings) - len(shown)
        if shown:
            # Imported here, as report.json is: a run in another format loads neither.
            from citelint.report.github import annotation

            self.emit("".join(annotation(finding) + "\n" for finding in shown))

    def finish(
        self, files: int, unreadable: Sequence[InputError], citing_nothing: Sequence[str] = ()
    ) -> None:
        from citelint.report.github import file_notes, folded_notice

        if self.folded:
            self.emit(folded_notice(self.folded, self.fold) + "\n")
        # Unreadable files are on stderr too, as for every format; annotated here so that a
        # pull request shows them.
        self.emit("".join(line + "\n" for line in file_notes(unreadable, citing_nothing)))


class SarifWriter:
    def __init__(self, emit: Emit, fold: str = Fold.NOTHING) -> None:
        self.emit = emit
        self.fold = fold
        self.folded = 0
        self.findings: list[Finding] = []
        self.traces: list[Document] = []

    def add(self, findings: Sequence[Finding], trace: Document | None = None) -> None:
        shown = shown_findings(findings, self.fold)
        self.folded += len(findings) - len(shown)
        findings = shown
        self.findings += findings
        if trace is not None:
            self.traces.append(trace)

    def finish(
        self, files: int, unreadable: Sequence[InputError], citing_nothing: Sequence[str] = ()
    ) -> None:
        from citelint.report.sarif import render_sarif

        self.emit(
            render_sarif(
                self.findings,
                self.traces,
                unreadable=unreadable,
                citing_nothing=citing_nothing,
                unverified=self.folded,
                fold=self.fold,
            )
        )


def open_writer(fmt: str, emit: Emit, text: TextOptions | None = None) -> Writer:
    """``text``: the text format's options; its folding of the CL208 findings (an offline
    run's, an online run's failed lookups) holds in every format (JSON and SARIF count them,
    GitHub gives one notice)."""
    fold = text.fold if text else Fold.NOTHING
    if fmt == "text":
        return TextWriter(emit, text or TextOptions())
    if fmt == "json":
        from citelint.report.json import JsonWriter  # json is loaded for this format only

        return JsonWriter(emit, fold)
    if fmt == "github":
        return GithubWriter(emit, fold)
    if fmt == "sarif":
        return SarifWriter(emit, fold)
    raise ValueError(f"unknown format {fmt!r}")
