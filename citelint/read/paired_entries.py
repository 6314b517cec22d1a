"""An entry printed twice, first in Chinese (or Japanese, Korean), then in English under the
same number, as Chinese journals print their GB/T 7714 lists:

    [2] 王妍, 李晓, 等. 沙库巴曲缬沙坦对...的影响[J]. 中华内科杂志, 2021, 60(4): 331-336.
    Wang Y, Li X, et al. Effect of sacubitril/valsartan on ...[J]. Chin J Intern Med, 2021, ...

The English line names the paper as PubMed does (its English title, the journal's English
abbreviation): the entry is read from it. Read whole, the two lines made one title of both.
"""

from __future__ import annotations

from collections.abc import Callable

from citelint.lazy_pattern import LazyPattern
from citelint.models import Reference
from citelint.read.clues import Clues
from citelint.read.entry_identifiers import read_identifiers
from citelint.read.loci import YEAR
from citelint.read.readings import looks_like_group

# Han characters, kana and hangul: a line holding one is no English line.
_CJK = LazyPattern(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_YEAR = LazyPattern(rf"\b{YEAR}\b")
_ENGLISH_WORD = LazyPattern(r"[A-Za-z]{3,}")
# Words an English line holds at least, past a wrapped entry's source ("2019;108:456-62.").
_FEWEST_WORDS = 4


def english_half(lines: list[str]) -> tuple[list[str], str] | None:
    """The English lines of an entry whose first line is in Chinese, Japanese or Korean and
    whose other lines are an entry in English (a year and words of a title), and the first
    line; None for any other entry."""
    kept = [line for line in lines if line.strip()]
    if len(kept) < 2 or kept[0].isascii() or _CJK.search(kept[0]) is None:
        return None
    english = kept[1:]
    if any(not line.isascii() and _CJK.search(line) for line in english):
        return None
    text = " ".join(english)
    if _YEAR.search(text) is None or len(_ENGLISH_WORD.findall(text)) < _FEWEST_WORDS:
        return None
    return english, kept[0]


def read_english_half(
    lines: list[str],
    into: Reference | None,
    parse: Callable[[list[str], Reference | None], Reference],
) -> Reference | None:
    """A Chinese entry followed by its English version, read (by ``parse``, the entry
    reader) from the English lines, with the identifiers only the first line gives; None
    for any other entry."""
    paired = english_half(lines)
    if paired is None:
        return None
    english, original = paired
    fields = parse(english, into)
    if not (fields.doi or fields.pmid):
        read_identifiers(original, fields, Clues(original))
    _groups_are_authors(fields)
    return fields


def _groups_are_authors(fields: Reference) -> None:
    """A Chinese society's guideline is signed by its groups, a sentence of them before the
    title ("Heart Failure Group of ..., Editorial Board of .... Chinese guidelines for ..."):
    read into the title, it named another paper than the record its DOI gives (CL204)."""
    if fields.authors or not fields.title:
        return
    signed, _, title = fields.title.partition(". ")
    groups = [group.strip() for group in signed.split(",")]
    if title and all(looks_like_group(group) for group in groups):
        fields.authors, fields.title = groups, title
