"""Regular expressions compiled when first used, not when their module is imported.

Compiling patterns is the largest part of a short run's start-up: the readers hold about two
hundred, and a run of one file compiled them all, most for shapes that file does not have
(Nature-style entries, tags inside an entry, images in Markdown, HTML-only links).
``LazyPattern`` stands in for ``re.compile`` for those: the same pattern and flags, compiled
by ``re.compile`` on the first search. From then on the compiled pattern's own methods
answer, so a pattern searched on every entry costs what a compiled one does.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyPattern:
    """The methods of ``re.Pattern`` that citelint uses, on a pattern compiled when first
    needed; ``pattern`` is the source, as ``re.Pattern.pattern`` is."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            self._compiled = compiled
            # The instance's own attributes are found ahead of the class's methods: later
            # calls go straight to the compiled pattern, without a call through here (a tenth
            # of a microsecond, which a pattern searched 250 times per article notices).
            vars(self).update(
                match=compiled.match,
                fullmatch=compiled.fullmatch,
                search=compiled.search,
                finditer=compiled.finditer,
                findall=compiled.findall,
                sub=compiled.sub,
                split=compiled.split,
            )
        return self._compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return self.compiled().split(string, maxsplit)
