"""PubMed XML files turned into the rows the mirror stores, in worker processes when asked.

Reading a file (unpacking, parsing, making records, encoding them) is most of a build's
work, and each file can be read on its own: with ``jobs`` above 1, worker processes read
whole files ahead while this process stores them, one file after the other in name order. A
worker hands back plain rows (numbers, strings, bytes), cheap to send between processes;
only the journal's number and the versions already held are left to the process that
writes, since they depend on the database.
"""

from __future__ import annotations

import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from citelint.pubmed.mirror.source import Article, Deletion, read_file
from citelint.pubmed.mirror.store import MirrorError, author_words, encode, place_of, words

# One record as stored: PMID, version, title, data (store.encode), ids, the title's and the
# authors' indexed words, the journal's (title, ISO abbreviation) for the writer to number,
# and its place (store.place_of; None for a book). A plain tuple: half the cost of a named
# one to send between processes, and a build sends millions.
Place = tuple[int | None, str, str, str]
Row = tuple[int, int, str, bytes, list[str], str, str, tuple[str, str], Place | None]
Item = Row | Deletion


def make_row(article: Article) -> Row:
    record = article.record
    return (
        int(record.pmid),
        article.version,
        record.title,
        encode(record, article.ids),
        article.ids,
        words(record.title),
        author_words(record),
        (record.journal, record.journal_abbrev),
        None if record.book else place_of(record),
    )


def file_rows(path: Path, abstracts: bool) -> Iterator[Item]:
    """The rows and deletions of one file, in file order, read as they are asked for."""
    for item in read_file(path, abstracts):
        yield item if isinstance(item, Deletion) else make_row(item)


def read_files(
    files: Sequence[Path], abstracts: bool, jobs: int
) -> Iterator[tuple[Path, Iterable[Item]]]:
    """Each file with its rows, in the order of ``files``.

    With one job the rows are read as they are stored, so memory stays flat. With more, up to
    ``jobs`` worker processes each read a whole file ahead; an error in a file is raised when
    its turn comes, after the files before it have been stored."""
    if jobs < 2 or len(files) < 2:
        for path in files:
            yield path, file_rows(path, abstracts)
        return
    yield from _read_ahead(files, abstracts, min(jobs, len(files)))


def _read_ahead(
    files: Sequence[Path], abstracts: bool, jobs: int
) -> Iterator[tuple[Path, Iterable[Item]]]:
    # Imported here: multiprocessing adds start-up time that a one-job build does not need.
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    queue = iter(files)
    pending: deque[tuple[Path, Future[bytes]]] = deque()
    pool = ProcessPoolExecutor(jobs, initializer=_start_worker)
    try:
        # One file in the hands of each worker: a file read waits for its turn to be stored,
        # so at most ``jobs`` files are held at once (packed) besides the one being stored.
        for path in queue:
            pending.append((path, pool.submit(_whole_file, path, abstracts)))
            if len(pending) == jobs:
                break
        while pending:
            path, future = pending.popleft()
            try:
                # An iterator: the rows are let go as they are stored, not when the next
                # file's rows have been unpacked beside them.
                rows = iter(pickle.loads(future.result()))
            except BrokenProcessPool:
                # Any worker's death breaks every file still pending: which one it was reading
                # is not known, so the message names the first file not stored.
                raise MirrorError(
                    f"{path}: a process reading this file or a later one stopped unexpectedly"
                    " (killed, or out of memory?)"
                ) from None
            del future  # and with it the file's bytes
            following = next(queue, None)
            if following is not None:
                pending.append((following, pool.submit(_whole_file, following, abstracts)))
            yield path, rows
    finally:
        # A build that stops early (an error, Ctrl-C) does not wait for files not yet begun.
        pool.shutdown(wait=True, cancel_futures=True)


def _start_worker() -> None:
    # Ctrl-C reaches every process of the terminal; the main process alone answers it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The parent as this worker sees it: the writing process, or a fork server that ends
    # with it.
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True).start()


def _exit_with(parent: int) -> None:
    """End this worker once the writing process is gone (kill -9, the OOM killer): a worker
    left behind holds the mirror's lock, inherited at fork, and every later build is refused."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _whole_file(path: Path, abstracts: bool) -> bytes:
    """A file's rows, pickled: files read ahead wait their turn as one block of bytes, about
    a third of the memory the rows themselves take."""
    return pickle.dumps(list(file_rows(path, abstracts)), protocol=pickle.HIGHEST_PROTOCOL)
