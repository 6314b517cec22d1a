"""Find work done twice for the same input within one article (issue 13).

    python benchmarks/repeated_work.py [--top 40] ARTICLE...

Runs ``citelint check --offline --no-cache --jobs 1 --format json`` over the ARTICLEs in this
process with a profiling hook. Every call of a citelint function (generators left out: their
resumptions are no calls) gets a key: the function, the article, and its arguments, a string
or bytes by its hash, a tuple or list by its items, any other object by its identity (kept
alive for the run, so that no identity is reused). A key seen again is work repeated on the
same input; the script prints, by function, how many calls repeated a key, the time they
took (inclusive, and inflated by the hook: only for ranking) and their most frequent callers.

It also counts the texts of over 30 characters that one compiled pattern searched twice in
one article with the same arguments (module-level ``re.Pattern`` and ``LazyPattern``
objects, swapped for counting stand-ins after every module is imported).

Rank what it finds by instructions: doing the repeated calls once is worth at most what
memoizing them saves (callgrind, benchmarks' nine-minus-one article measure).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import importlib
import io
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

PACKAGE = "/citelint/"
GENERATOR_FLAGS = 0x20 | 0x80 | 0x200  # generator, coroutine, async generator
SEARCHES = ("search", "match", "fullmatch", "finditer", "findall", "split")


class Recorder:
    """What the hook saw: calls by key, their time, their callers, patterns' texts."""

    def __init__(self) -> None:
        self.article = 0
        self.calls: collections.Counter[tuple[Any, ...]] = collections.Counter()
        self.seconds: collections.Counter[tuple[Any, ...]] = collections.Counter()
        self.callers: dict[tuple[Any, ...], collections.Counter[str]] = {}
        self.searched: collections.Counter[tuple[Any, ...]] = collections.Counter()
        self.kept: list[object] = []  # every object keyed by identity, alive to the end
        self.stack: list[tuple[tuple[Any, ...], float, FrameType] | None] = []

    def argument(self, value: object, depth: int = 0) -> object:
        if isinstance(value, (str, bytes)):
            return (type(value).__name__, len(value), hash(value))
        if value is None or isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, (tuple, list)) and depth < 2:
            return (type(value).__name__, *(self.argument(item, depth + 1) for item in value))
        self.kept.append(value)
        return (type(value).__name__, id(value))

    def hook(self, frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            code = frame.f_code
            if PACKAGE not in code.co_filename or code.co_flags & GENERATOR_FLAGS:
                self.stack.append(None)
                return
            names = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
            arguments = tuple(self.argument(frame.f_locals.get(name)) for name in names)
            function = code.co_filename.split(PACKAGE)[-1] + ":" + code.co_name
            self.stack.append(((function, self.article, arguments), time.perf_counter(), frame))
        elif event == "return" and self.stack:
            top = self.stack.pop()
            if top is None:
                return
            key, started, called = top
            self.calls[key] += 1
            self.seconds[key] += time.perf_counter() - started
            if self.calls[key] <= 2:
                caller = _caller(called.f_back)
                self.callers.setdefault(key, collections.Counter())[caller] += 1


def _caller(frame: FrameType | None) -> str:
    """The two nearest citelint functions up the stack, nearest first."""
    names: list[str] = []
    while frame is not None and len(names) < 2:
        if PACKAGE in frame.f_code.co_filename:
            names.append(frame.f_code.co_filename.split(PACKAGE)[-1] + ":" + frame.f_code.co_name)
        frame = frame.f_back
    return " < ".join(names)


class CountingPattern:
    """A module's pattern, counting the texts each search method is given."""

    def __init__(self, pattern: Any, name: str, recorder: Recorder) -> None:
        self._pattern = pattern
        self._name = name
        self._recorder = recorder

    def __getattr__(self, attribute: str) -> Any:
        method = getattr(self._pattern, attribute)
        if attribute not in SEARCHES:
            return method
        return self._counted(attribute, method)

    def _counted(self, attribute: str, method: Callable[..., Any]) -> Callable[..., Any]:
        recorder = self._recorder

        def search(text: Any, *rest: Any) -> Any:
            if isinstance(text, str) and len(text) > 30:
                key = (f"{self._name}.{attribute}", recorder.article, hash(text), rest)
                recorder.searched[key] += 1
            return method(text, *rest)

        return search


def import_everything() -> None:
    for folder in ("read", "rules", "support", "report", "commands", "pubmed"):
        package = importlib.import_module(f"citelint.{folder}")
        for module in pkgutil.walk_packages(package.__path__, f"citelint.{folder}."):
            with contextlib.suppress(Exception):  # a module needing what is not installed
                importlib.import_module(module.name)


def count_patterns(recorder: Recorder) -> None:
    from citelint.lazy_pattern import LazyPattern

    for name, module in list(sys.modules.items()):
        if not name.startswith("citelint"):
            continue
        for attribute, value in list(vars(module).items()):
            if isinstance(value, (re.Pattern, LazyPattern)):
                label = f"{name.rsplit('.', 1)[-1]}.{attribute}"
                setattr(module, attribute, CountingPattern(value, label, recorder))


def run(articles: list[str], recorder: Recorder) -> None:
    import citelint.commands.stream as stream
    from citelint.commands.start import main

    read_article = stream.read_article

    def counted_read(*args: Any, **options: Any) -> Any:
        recorder.article += 1  # keys are per article: work repeated across them is not
        return read_article(*args, **options)

    stream.read_article = counted_read  # type: ignore[assignment]
    sys.argv = ["citelint", "check", "--offline", "--no-cache", "--jobs", "1", "--format"]
    sys.argv += ["json", *articles]
    sys.setprofile(recorder.hook)
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            main()
    finally:
        sys.setprofile(None)


def print_calls(recorder: Recorder, top: int) -> None:
    rows: dict[str, list[Any]] = {}
    for key, count in recorder.calls.items():
        row = rows.setdefault(key[0], [0, 0.0, 0.0, collections.Counter()])
        row[2] += recorder.seconds[key]
        if count > 1:
            row[0] += count - 1
            row[1] += recorder.seconds[key] * (count - 1) / count
            row[3].update(recorder.callers.get(key, {}))
    print(f"{recorder.article} articles. Repeated calls by function (hooked seconds):")
    print(f"{'repeated':>9} {'their s':>8} {'all s':>8}  function  <- callers")
    ranked = sorted(rows.items(), key=lambda item: -item[1][1])
    for function, (repeated, seconds, total, callers) in ranked[:top]:
        if repeated:
            named = "; ".join(f"{name} ({n})" for name, n in callers.most_common(2))
            print(f"{repeated:9d} {seconds:8.3f} {total:8.3f}  {function}  <- {named}")


def print_searches(recorder: Recorder, top: int) -> None:
    again: collections.Counter[str] = collections.Counter()
    for key, count in recorder.searched.items():
        again[key[0]] += count - 1
    print("\nTexts over 30 characters searched again by the same pattern, same arguments:")
    for name, count in again.most_common(top):
        if count:
            print(f"{count:9d}  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="+")
    parser.add_argument("--top", type=int, default=40)
    options = parser.parse_args()
    recorder = Recorder()
    import_everything()
    count_patterns(recorder)
    run(options.articles, recorder)
    print_calls(recorder, options.top)
    print_searches(recorder, options.top)


if __name__ == "__main__":
    main()
