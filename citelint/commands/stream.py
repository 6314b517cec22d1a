"""Checking many files as a stream: each article is read, checked and reported, then dropped.

When nothing needs the network (``--offline``, or no selected rule reads PubMed) every file
is checked from start to end on its own, in this process or in one of ``--jobs`` worker
processes, each with its own reader of the lock file and the cache. Online, files go in
windows: workers read a window's files and hand back their entries, the one rate-limited
client in this process resolves the whole window in one batch, and the workers read the files
again to check them with what PubMed said. Only a window's entries are held at once.

Results come back in the order of the files, sorted by path, whichever process finishes
first, so the report is the same for any number of jobs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from citelint import logs
from citelint.commands.batch import Pending, Resolved, chapter_lists, resolve_batch
from citelint.commands.checked import Checked
from citelint.commands.discover import collect_files
from citelint.commands.lookups import Lookups, distinct_inline
from citelint.commands.pipeline import (
    check_document,
    checks_labels,
    config_folder,
    one_list_per_article,
    selected_rules,
    view_of,
)
from citelint.commands.progress import MANY_FILES, announce, bar
from citelint.config import Config
from citelint.errors import InputError
from citelint.models import Document, Finding
from citelint.read import STDIN, read_article

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from citelint.pubmed.outcomes import Resolver
    from citelint.read.inline_view import InlineView

T = TypeVar("T")
R = TypeVar("R")
# A file of an online window, its document when checked in this process, what PubMed said.
Resolving = tuple[Path, Document | None, Resolved]

# Files of one online window: their entries are resolved in one batch, and at most this many
# documents are held at once when the window is checked in this process.
WINDOW = 64
# A worker process costs a few documents' time to start; fewer files per worker than this
# are checked faster in this process.
FILES_PER_WORKER = 8


# Task and _Runner are plain classes (Checked too): a dataclass compiles its methods when its
# module is imported, a cost every short run pays (issue 13).
class Task:
    """What checking a file needs, as plain data: handed once to each worker process."""

    def __init__(
        self,
        config: Config,
        traces: bool,
        resolve: bool,
        local: bool,
        lock_path: Path | None = None,
    ) -> None:
        self.config = config
        self.traces = traces  # keep what fingerprints read of each document (SARIF, baselines)
        self.resolve = resolve  # a selected rule needs PubMed's answers
        self.local = local  # answers come from the lock file and the cache only: no network
        self.lock_path = lock_path


def default_jobs() -> int:
    """The cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


class FileChecker:
    """Reads and checks files for one process; ``resolver`` answers from lock and cache."""

    def __init__(self, task: Task, resolver: Resolver | None) -> None:
        self.task = task
        self.resolver = resolver
        self.rules = selected_rules(task.config)
        self.labels = checks_labels(task.config)

    def check(self, path: Path) -> Checked:
        """One file from start to end: read, resolve what the lock and cache know, check."""
        try:
            document = self._read(path)
        except InputError as error:
            return Checked(str(path), error=error)
        view = view_of(document)
        resolved = Resolved()
        if self.resolver is not None and self.task.resolve:
            chapters = chapter_lists(document)
            pending = Pending(document.path, document.references, view, chapters=chapters)
            [resolved] = resolve_batch([pending], self.resolver, self.labels)
        return self._checked(document, view, resolved)

    def pending(self, path: Path, keep: bool = False) -> Pending | Checked:
        """What resolving the file needs; ``keep``: with the document, to check it here."""
        try:
            document = self._read(path)
        except InputError as error:
            return Checked(str(path), error=error)
        view = view_of(document)
        kept = document if keep else None
        return Pending(document.path, document.references, view, kept, chapter_lists(document))

    def check_resolved(self, item: Resolving) -> Checked:
        """A file checked with what resolving its window found (read again in a worker)."""
        path, document, resolved = item
        if document is None:
            try:
                document = self._read(path)
            except InputError as error:  # changed or removed since it was first read
                return Checked(str(path), error=error)
        return self._checked(document, view_of(document), resolved)

    def _read(self, path: Path) -> Document:
        # Read without the claims' words: the rules weighing claims against the cited records
        # (CL3xx) and fingerprints (SARIF, baselines) have them made (Document.word_claims)
        # for a file where they read them; most files of an offline run have no record.
        return read_article(path, self.task.config, claim_text=False)

    def _checked(self, document: Document, view: InlineView | None, resolved: Resolved) -> Checked:
        findings, _ = check_document(document, view, resolved, self.task.config, self.rules)
        lookups = Lookups()
        if self.task.resolve:
            lookups.add(resolved.resolutions.values())
            lookups.add(resolved.repeats.values())
            for chapter in resolved.chapters:
                lookups.add(chapter.resolutions.values())
                lookups.add(chapter.repeats.values())
            lookups.add(distinct_inline(view, resolved.inline), inline=True)
        trace = None
        if self.task.traces:  # the words of the claims fingerprints read are made there
            from citelint.report.fingerprint import fingerprint_trace

            trace = fingerprint_trace(document, findings)
        cites = bool(document.claims or document.inline)
        nothing = bool(document.references) and not cites
        checked = Checked(document.path, findings, trace, lookups=lookups, citing_nothing=nothing)
        checked.uncited = not document.references and not cites
        checked.empty = checked.uncited and not document.text.strip()
        checked.unlisted = _list_unread(document, findings)
        if document.suppressions:
            from citelint.read.suppress import unknown_codes
            from citelint.rules import ALL_RULES

            checked.warnings = unknown_codes(document, (rule.code for rule in ALL_RULES))
        return checked


def _list_unread(document: Document, findings: list[Finding]) -> bool:
    """Whether CL107 finds the article's citations with no list, though it was not reported
    (said off in the file or the configuration, or not selected): the summary then says the
    file was not checked (user24 P2 8: "All clear" on it)."""
    if document.references or not any(claim.markers for claim in document.claims):
        return False  # most files: a list, or no numbered citation
    if any(finding.code == "CL107" for finding in findings):
        return False  # said by its finding
    # Imported here: only a file citing with no list read comes here.
    from citelint.rules.base import CheckContext
    from citelint.rules.no_reference_list import NoReferenceList

    return any(True for _ in NoReferenceList().check(CheckContext(document)))


def stream_paths(
    paths: Iterable[str],
    config: Config,
    jobs: int | None,
    open_resolver: Callable[[], Resolver],
    lock_path: Path | None = None,
    traces: bool = False,
    progress: bool = False,
) -> Iterator[list[Checked]]:
    """The files ``paths`` name, checked in path order; a file named twice comes as one
    group of two, so its findings can be reported in order as one file's."""
    given = collect_files(paths, config.exclude, config_folder(config))
    one_list_per_article(given, config)
    order = sorted(range(len(given)), key=lambda index: str(given[index]))
    files = [given[index] for index in order]
    rules = selected_rules(config)
    task = Task(
        config,
        traces=traces,
        resolve=any(rule.needs_resolution for rule in rules),
        local=config.offline,
        lock_path=lock_path,
    )
    online = progress and task.resolve and not task.local
    checked = check_files(files, task, jobs or default_jobs(), open_resolver, online)
    drawn = progress and len(files) >= MANY_FILES
    group: list[Checked] = []
    shown = bar(checked, "Checking articles", "file", drawn, total=len(files))
    for item, index in zip(shown, order, strict=True):
        item.order = index
        if group and item.path != group[0].path:
            yield group
            group = []
        group.append(item)
    if group:
        yield group


def check_files(
    files: Sequence[Path],
    task: Task,
    jobs: int,
    open_resolver: Callable[[], Resolver],
    progress: bool = False,
) -> Iterator[Checked]:
    """Every file checked, in the order of ``files``, by ``jobs`` processes at most;
    ``progress``: say when PubMed is asked."""
    workers = min(jobs, len(files) // FILES_PER_WORKER)
    if any(str(path) == STDIN for path in files):
        workers = 1  # standard input can be read once, by this process only
    # Opened here even when workers check the files: a broken lock file is then one clear
    # error, and the resolver is closed with the command.
    resolver = open_resolver() if task.resolve else None
    if workers >= 2:
        from citelint.commands.forking import preload_readers

        preload_readers(files, task.config)
        if resolver is not None:
            from citelint.pubmed.offline_cache import open_now

            open_now(resolver)  # what is wrong with the cache is told here, not by workers
    if not task.resolve or task.local:
        yield from _check_offline(files, task, workers, resolver)
        return
    with _Runner.start(task, workers) as runner:
        assert resolver is not None
        checker = FileChecker(task, None)
        for start in range(0, len(files), WINDOW):
            window = files[start : start + WINDOW]
            yield from _window(window, task, runner, checker, resolver, progress)


def _check_offline(
    files: Sequence[Path], task: Task, workers: int, resolver: Resolver | None
) -> Iterator[Checked]:
    """Every file checked from start to end, in order; with workers forked, the first file
    of each format is checked here before they start (see forking.warm_up)."""
    here = FileChecker(task, resolver)
    warm: dict[int, Checked | Exception] = {}
    if workers >= 2:
        from citelint.commands.forking import warm_up

        warm = warm_up(files, task.config, here)
    rest = [path for index, path in enumerate(files) if index not in warm]
    with _Runner.start(task, workers) as runner:
        checked = iter(runner.map(here.check, _check_in_worker, rest))
        for index in range(len(files)):
            if index not in warm:
                yield next(checked)
                continue
            done = warm.pop(index)
            if isinstance(done, BaseException):
                raise done  # where the file's worker would have raised it
            yield done


def _window(
    window: Sequence[Path],
    task: Task,
    runner: _Runner,
    checker: FileChecker,
    resolver: Resolver,
    progress: bool,
) -> Iterator[Checked]:
    """One online window: read, resolve the entries in one batch, check."""
    keep = runner.pool is None  # in this process the documents are kept, not read twice
    found = list(runner.map(lambda path: checker.pending(path, keep), _pending_in_worker, window))
    read = [
        (path, item) for path, item in zip(window, found, strict=True) if isinstance(item, Pending)
    ]
    pending = [item for _, item in read]
    count = sum(
        len(item.references) + len(item.view.citations if item.view else ()) for item in pending
    )
    announce(f"checking {count} references on PubMed", progress)
    answers = resolve_batch(pending, resolver, checks_labels(task.config))
    items: list[Resolving] = [
        (path, item.document, answer) for (path, item), answer in zip(read, answers, strict=True)
    ]
    checked = iter(runner.map(checker.check_resolved, _check_resolved_in_worker, items))
    for item in found:
        yield item if isinstance(item, Checked) else next(checked)


class _Runner:
    """Runs a function over items in this process, or over worker processes, in order."""

    def __init__(self, pool: Executor | None, workers: int) -> None:
        self.pool = pool
        self.workers = workers

    @classmethod
    @contextmanager
    def start(cls, task: Task, workers: int) -> Iterator[_Runner]:
        if workers < 2:
            yield cls(None, 1)
            return
        # Imported here: multiprocessing takes a tenth of a short run's start-up.
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(
            workers, initializer=_start_worker, initargs=(task, logs.on_stderr_here())
        )
        try:
            yield cls(pool, workers)
        finally:
            # A run that stops early (an error, Ctrl-C) does not wait for unread files.
            pool.shutdown(wait=True, cancel_futures=True)

    def map(
        self, here: Callable[[T], R], in_worker: Callable[[T], R], items: Sequence[T]
    ) -> Iterable[R]:
        if self.pool is None:
            return map(here, items)
        # Chunks keep the workers busy without sending each file on its own.
        chunk = max(1, min(8, len(items) // (4 * self.workers)))
        return self.pool.map(in_worker, items, chunksize=chunk)


# -- inside the worker processes ----------------------------------------------------------

# The checker of this worker process, made once by _start_worker: each worker opens the
# lock file and the cache itself, since open files and databases do not cross processes.
_worker: FileChecker | None = None


def _start_worker(task: Task, warnings_on_stderr: bool) -> None:
    global _worker
    import signal  # here: a run in one process never needs it

    if warnings_on_stderr:
        # A forked worker has the flag already; one started afresh would otherwise print a
        # later warning bare, without "citelint: warning:" and unescaped.
        logs.on_stderr()
    # Ctrl-C reaches every process of the terminal; the main process alone answers it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    resolver = None
    if task.resolve and task.local:
        from citelint.commands.common import open_resolver

        # The main process opened the same lock file, cache and mirror before the workers
        # started, and said what was wrong with them: once, not once more for each worker.
        with logs.quiet():
            resolver = open_resolver(task.config, task.lock_path)
            from citelint.pubmed.offline_cache import open_now

            open_now(resolver)
    _worker = FileChecker(task, resolver)


def _check_in_worker(path: Path) -> Checked:
    assert _worker is not None
    return _worker.check(path)


def _pending_in_worker(path: Path) -> Pending | Checked:
    assert _worker is not None
    return _worker.pending(path)


def _check_resolved_in_worker(item: Resolving) -> Checked:
    assert _worker is not None
    return _worker.check_resolved(item)
