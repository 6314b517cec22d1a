"""``citelint check``: lint articles and report the findings.

Nothing here loads click: the usual command line reaches ``run_check`` through
``check_args``, and click (``check_options``) is loaded only for help, mistakes and the rare
forms that reader leaves to it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from citelint.commands.checked import Checked
from citelint.commands.common import (
    exit_status,
    lock_path_for,
    open_resolver,
    report_errors,
    require_named_lock,
    settings,
    use_colour,
)
from citelint.commands.lookups import Lookups
from citelint.commands.output import echo
from citelint.commands.pipeline import selected_rules
from citelint.commands.progress import wanted
from citelint.commands.stream import stream_paths
from citelint.errors import CitelintError, InputError
from citelint.files import open_atomically, utf8
from citelint.models import Document, Finding, Severity
from citelint.report.counts import Fold
from citelint.report.escape import printable
from citelint.report.text import TextOptions, none_checked_line
from citelint.report.writers import open_writer

if TYPE_CHECKING:
    from citelint.config import Config
    from citelint.report.baseline import Baseline


def run_check(
    paths: tuple[str, ...],
    fmt: str,
    color: str,
    baseline_path: str | None,
    exit_zero: bool,
    quiet: bool,
    statistics: bool,
    output_file: str | None,
    show_unverified: bool,
    progress: bool,
    jobs: int | None,
    lock_path: str | None,
    **options: object,
) -> None:
    """``citelint check``: lint article files or directories ('-' reads standard input)."""
    # The resolver (its cache, its HTTP session) is let go when the command ends, after the
    # last line is written, as click closes a command's resources.
    with ExitStack() as resources:
        config = settings(**options)  # type: ignore[arg-type]
        require_named_lock(lock_path)
        if statistics and fmt != "text":
            # Said, not ignored: a script asking for counts would read every finding instead.
            echo(f"citelint: warning: --statistics applies to the text format, not {fmt}", err=True)
        baseline_path = baseline_path or config.baseline
        accepted = None
        if baseline_path:
            from citelint.report.baseline import load_baseline

            accepted = load_baseline(baseline_path)
        colour = use_colour(color, sys.stdout) and not output_file
        lock_file = lock_path_for(config, lock_path)
        text = TextOptions(
            color=colour,
            quiet=quiet,
            statistics=statistics,
            fold=_fold(config, show_unverified, lock_file),
        )
        run = Run.starting(config, lock_file)
        with _output(output_file, colour) as emit:
            writer = open_writer(fmt, emit, text)
            for group in stream_paths(
                paths,
                config,
                jobs,
                lambda: resources.enter_context(open_resolver(config, lock_path)),
                lock_file,
                # SARIF and baseline fingerprints read the cited entries and claims.
                traces=fmt == "sarif" or accepted is not None,
                progress=wanted(progress, quiet),
            ):
                findings, trace = run.add(group, accepted)
                writer.add(findings, trace)
            # Online, a text summary says itself when no reference could be checked.
            summarised = fmt == "text" and not quiet and not config.offline
            run.tell(text, config, summarised)
            writer.finish(run.files, run.errors, run.citing_nothing)
        _tell_after_report(config, run, summarised)
        sys.exit(exit_status(bool(run.errors), run.worst, config, exit_zero))


def _tell_after_report(config: Config, run: Run, summarised: bool) -> None:
    """What standard error says once the report is written: each file that could not be
    read, then whether the run checked what it was asked to (unless the text summary said
    it: ``summarised``)."""
    report_errors(run.errors)
    # Offline, nothing is checked by request; otherwise a run that checked nothing says so.
    warning = _claims_unchecked(config, run.lookups) if config.offline else None
    if not config.offline and not summarised:
        warning = run.lookups.warning(config.is_selected("CL208"))
    if warning:
        echo(warning, err=True)


def _fold(config: Config, show_unverified: bool, lock_file: Path) -> str:
    """Which CL208 findings the report tells in one line rather than one each: none when
    asked for by name (``--select CL208``) or with --show-unverified."""
    if show_unverified or "CL208" in config.select:
        return Fold.NOTHING
    if config.offline:
        return Fold.NOTHING if _looked_up(config, lock_file) else Fold.UNVERIFIED
    # Online, those of lookups that failed (no network, PubMed in trouble) would each give
    # the same reason (a 615-entry paper read on a machine without network listed 615); not
    # when CL208 fails the run (--fail-level info, or its severity raised): a failing run
    # lists what fails it.
    if config.severity_of("CL208", Severity.INFO) < config.fail_level:
        return Fold.FAILED_LOOKUPS
    return Fold.NOTHING


def _looked_up(config: Config, lock_file: Path) -> bool:
    """Whether an offline run has a lock or a mirror to ask: each CL208 then names an entry
    either lacked, something to look at; without, each would only say "offline"."""
    return bool(config.mirror) or lock_file.is_file()


def _claims_unchecked(config: Config, lookups: Lookups) -> str | None:
    """Offline, where no lock, cache or mirror gave any reference its record, the claim
    rules had no abstract to read: said when they were asked for and CL208's summary line,
    which would tell it, was not ("--select CL3" would otherwise print "All clear")."""
    count = lookups.unchecked()
    if not count or config.is_selected("CL208"):
        return None
    from citelint.rules import ALL_RULES

    if not any(config.is_selected(r.code) for r in ALL_RULES if r.code.startswith("CL3")):
        return None
    which = "the reference" if count == 1 else f"any of the {count} references"
    return (
        f"citelint: warning: no PubMed record for {which} offline (no lock, cache or mirror "
        "answer): the claim checks CL301-CL305 are skipped offline"
    )


def _all_rules_skipped(config: Config, lookups: Lookups) -> bool:
    """Offline, whether every rule selected reads PubMed records and no reference had one
    ("--select CL3" with no lock): "All clear" would say the claims were checked."""
    if not lookups.unchecked():
        return False
    return all(rule.needs_records for rule in selected_rules(config))


class Run:
    """What a check run has to remember between files: counts, never findings."""

    # A plain class, as the other run state of a check: a dataclass compiles its methods
    # when its module is imported, a cost every short run pays (issue 13).
    def __init__(self, uncounted: frozenset[str] = frozenset()) -> None:
        self.files = 0
        self.unreadable: list[Checked] = []
        self.worst: Severity | None = None  # the highest severity reported
        self.baselined = 0  # findings the baseline accepted
        self.citing_nothing: list[str] = []  # files with a reference list and no citation read
        self.uncited: list[str] = []  # files with neither a reference list nor a citation read
        self.empty: list[str] = []  # files of nothing but white space
        self.unlisted: list[str] = []  # files citing by number, no list read, no CL107 said
        self.uncounted = uncounted  # codes reported that do not decide the exit code
        self.lookups = Lookups()

    @classmethod
    def starting(cls, config: Config, lock_file: Path) -> Run:
        # Offline without a lock, CL208 says only that nothing was looked up, as asked: as the
        # info it is by default, it fails no run (--fail-level info fails on what the article
        # has). Raised in the configuration, it fails runs that checked nothing, as asked.
        unlocked = config.offline and not lock_file.is_file() and "CL208" not in config.severity
        return cls(uncounted=frozenset(["CL208"]) if unlocked else frozenset())

    def tell(self, text: TextOptions, config: Config, summarised: bool) -> None:
        """What the text summary says of the run beside its findings; ``summarised``: the
        summary says when none of the references could be checked online."""
        text.baselined = self.baselined
        text.uncited = self.uncited
        text.empty = self.empty
        text.unlisted = self.unlisted
        unchecked = self.lookups.none_checked() if summarised else None
        if unchecked:
            reported = config.is_selected("CL208")
            text.none_checked = none_checked_line(*unchecked, reported=reported)
        text.rules_skipped = config.offline and _all_rules_skipped(config, self.lookups)

    @property
    def errors(self) -> list[InputError]:
        """Why each unreadable file could not be read, in the order the paths were given."""
        return [
            item.error
            for item in sorted(self.unreadable, key=lambda item: item.order)
            if item.error
        ]

    def add(
        self, group: list[Checked], accepted: Baseline | None
    ) -> tuple[list[Finding], Document | None]:
        """One file's findings as they are reported, and what fingerprints read of it."""
        self.files += len(group)
        self.lookups.merge(group[0].lookups)  # a file named twice was looked up once
        for warning in group[0].warnings:
            echo(f"citelint: warning: {printable(warning)}", err=True)
        if group[0].citing_nothing:
            self.citing_nothing.append(group[0].path)
        if group[0].empty:
            self.empty.append(group[0].path)
        elif group[0].uncited:
            self.uncited.append(group[0].path)
        if group[0].unlisted:
            self.unlisted.append(group[0].path)
        self.unreadable += [item for item in group if item.error is not None]
        if len(group) == 1:
            findings = group[0].findings  # in order already (pipeline.check_document)
        else:
            findings = sorted((f for item in group for f in item.findings), key=Finding.sort_key)
        trace = next((item.trace for item in group if item.trace is not None), None)
        if accepted is not None:
            kept = accepted.filter(findings, [trace] if trace else [])
            self.baselined += len(findings) - len(kept)
            findings = kept
        counted = [f.severity for f in findings if f.code not in self.uncounted]
        if counted:
            highest = max(counted)
            self.worst = highest if self.worst is None else max(self.worst, highest)
        return findings, trace


@contextmanager
def _output(output_file: str | None, colour: bool) -> Iterator[Callable[[str], None]]:
    """Where the report goes as it is written: standard output, or a file that takes the old
    one's place only once the report is complete."""
    if not output_file:
        # Without color=, colour codes would be stripped again whenever stdout is no terminal.
        yield lambda text: echo(text, nl=False, color=colour)
        return
    try:
        with open_atomically(Path(output_file)) as handle:
            yield lambda text: handle.write(utf8(text))
    except OSError as error:
        raise CitelintError(f"{output_file}: cannot write: {error.strerror}") from None
