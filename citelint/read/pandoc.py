"""Pandoc and Manubot Markdown: citations by key, ``[@smith2020]``, ``[see @a, p. 3; @b]``.

Manubot keys name the work itself (``@doi:10.1/x``, ``@pmid:123``, ``@pmcid:PMC4``, also
``@10.1/x``, ``@PMC4``, ``@123`` and ``@arxiv:``, ``@isbn:``, ``@url:``...); other keys name
an entry of the bibliography (see ``citelint.read.bibliography``). The reference list is
generated, as pandoc and Manubot number it: in order of first citation. A key that names
nothing is cited with no entry (CL101); bibliography entries nobody cites join the list
only when asked (CL102). Cross-references (``@fig:x``, ``@tbl:x``, ``@eq:x``) are not
citations, and neither is an address such as ``me@example.org``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citelint.models import Claim, Document, Reference
from citelint.read.bibliography import Bibliography, front_matter, load_bibliography
from citelint.read.claims import build_claims
from citelint.read.fielded import Fields, to_reference
from citelint.read.layout import line_locator, split_lines
from citelint.read.lines import Locate
from citelint.read.markdown import hide_code
from citelint.read.markers import Found

# Pandoc's key: a letter, digit or "_" first, then word characters and single punctuation
# marks between them; or anything without spaces in braces.
_KEY = (
    r"(?:\{(?P<braced>[^{}\s]{1,500})\}"
    r"|(?P<plain>[\w*](?:\w|[:.#$%&\-+?<>~/](?=\w)|[:/](?=/)){0,500}))"
)
_CITE = re.compile(r"(?<![\w@\\])-?@" + _KEY)
_BRACKETS = re.compile(r"(?<![!\]\\])\[(?P<body>[^\[\]]{1,2000}?)\](?![(\[:])")
_QUICK = re.compile(r"\[[^\[\]\n]{0,200}@")
_CROSS_REFERENCE = re.compile(r"(?:fig|tbl|eq|sec|lst|apx|app)[:-]", re.IGNORECASE)
_ALIAS_LINE = re.compile(r" {0,3}\[@[^\]\s]+\]:")
_BLOCK_BREAK = re.compile(r" {0,3}(?:#{1,6}(?:\s|$)|:::|\||<|(?:[-*+]|\d{1,9}[.)])\s)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_IDENTIFIER = {
    "pmid": "pubmed",
    "pubmed": "pubmed",
    "pmc": "pmc",
    "pmcid": "pmc",
    "doi": "doi",
    "arxiv": "arxiv",
    "isbn": "isbn",
    "url": "url",
    "http": "url",
    "https": "url",
    "wikidata": "wikidata",
}
_INFERRED = [
    (re.compile(r"10\.\d{4,9}/\S+|10/\w+"), "doi"),
    (re.compile(r"PMC\d+", re.IGNORECASE), "pmc"),
    (re.compile(r"\d{1,9}"), "pubmed"),
    (re.compile(r"\d{4}\.\d{4,5}(?:v\d+)?"), "arxiv"),
    (re.compile(r"Q\d+"), "wikidata"),
]
_WEB_KINDS = {"arxiv": "preprint", "isbn": "book", "url": "webpage", "wikidata": "webpage"}


def cites_by_key(text: str) -> bool:
    """Whether Markdown cites with pandoc citation keys.

    One "[@name]" alone could be a mention of a person; it takes a bibliography in the front
    matter, a key that names a work by identifier (``@doi:``, ``@pmid:``...) or two citations.
    """
    if not _QUICK.search(text):
        return False
    visible = hide_code(text)
    groups = [keys for m in _BRACKETS.finditer(visible) if (keys := _group_keys(m["body"]))]
    if len(groups) >= 2:
        return True
    prefixes = {key.partition(":")[0].lower() for group in groups for _, _, key in group}
    if prefixes & set(_IDENTIFIER):
        return True
    matter = front_matter(text)
    named = r"^\s*(?:bibliography|references)\s*:"
    return bool(groups) and matter is not None and bool(re.search(named, matter[0], re.M))


def _group_keys(body: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of each item of a bracketed citation, or [] when it is none."""
    keys: list[tuple[int, int, str]] = []
    offset = 0
    for item in body.split(";"):
        cite = _CITE.search(item)
        if cite is None:
            return []
        key = cite["braced"] or cite["plain"]
        if not _CROSS_REFERENCE.match(key):
            keys.append((offset + cite.start(), offset + cite.end(), key))
        offset += len(item) + 1
    return keys


class _Keys:
    """Which work each key names, and the number the generated list gives it."""

    def __init__(self, bibliography: Bibliography) -> None:
        self.bibliography = bibliography
        self.numbers: dict[str, int] = {}  # standard key -> number
        self.shown: dict[int, str] = {}  # number -> the key as first written
        self.positions: dict[int, tuple[int, int]] = {}

    def standard(self, key: str) -> str:
        for _ in range(10):  # an alias may name another alias; a loop stops here
            target = self.bibliography.aliases.get(key)
            if target is None or target == key:
                break
            key = target
        if self.bibliography.entry(key) is not None:
            return key
        prefix, colon, rest = key.partition(":")
        kind = _IDENTIFIER.get(prefix.lower()) if colon else None
        if kind == "url" and prefix.lower() in ("http", "https"):
            rest = key
        if kind is None and not colon:
            kind = next((k for pattern, k in _INFERRED if pattern.fullmatch(key)), None)
            rest = key
        if kind is None:
            return key
        rest = rest.lower() if kind == "doi" else rest.upper() if kind == "pmc" else rest
        return f"{kind}:{rest}"

    def number(self, key: str, position: tuple[int, int]) -> int:
        standard = self.standard(key)
        if standard not in self.numbers:
            self.numbers[standard] = len(self.numbers) + 1
            self.shown[self.numbers[standard]] = f"@{key}"
            self.positions[self.numbers[standard]] = position
        return self.numbers[standard]

    def known(self, key: str) -> bool:
        """An in-text "@key" counts only when it surely names a work."""
        return self.fields(self.standard(key)) is not None

    def fields(self, standard: str) -> Fields | None:
        found = self.bibliography.entry(standard)
        kind, _, rest = standard.partition(":")
        if found is None and kind == "raw":
            found = self.bibliography.entry(rest)
        if found is not None:
            return _with_identifier(found, kind, rest)
        if kind == "pubmed" and rest.isdigit():
            return Fields(pmid=rest, raw=f"PMID: {rest}")
        if kind == "doi":
            return Fields(doi=rest if rest.startswith("10.") else None, raw=f"doi:{rest}")
        if kind == "pmc":
            return Fields(raw=f"PMCID: {rest}")
        if kind in _WEB_KINDS:
            address = {"url": rest, "arxiv": f"https://arxiv.org/abs/{rest}"}.get(kind)
            return Fields(url=address, kind=_WEB_KINDS[kind], raw=f"{kind}:{rest}")
        if self.bibliography.manubot and re.fullmatch(r"[a-z][a-z0-9_.]{1,30}:\S+", standard):
            # Manubot resolves hundreds of registry prefixes (clinicaltrials:NCT...).
            return Fields(kind="webpage", raw=standard)
        return None


def _with_identifier(fields: Fields, kind: str, rest: str) -> Fields:
    if kind == "pubmed" and not fields.pmid:
        return replace(fields, pmid=rest)
    if kind == "doi" and not fields.doi and rest.startswith("10."):
        return replace(fields, doi=rest)
    return fields


def read_pandoc(text: str, path: str, unused_bibliography: bool = False) -> Document:
    bibliography = load_bibliography(text, path)
    visible = hide_code(text)
    wording = hide_code(text, keep_inline_code=True)
    locate = line_locator(visible)
    keys = _Keys(bibliography)
    claims: list[Claim] = []
    for start, end in _blocks(visible):
        block = visible[start:end]
        markers = _markers(block, start, keys, locate)
        claims += build_claims(block, start, markers, locate, wording[start:end])
    document = Document(path, "pandoc", text, claims, references_line=bibliography.line)
    document.keys = dict(keys.shown)
    for standard, number in keys.numbers.items():
        fields = keys.fields(standard)
        if fields is not None:
            line, column = keys.positions[number]
            # Pandoc numbers the list it generates: a key with no entry leaves no gap to check.
            document.references.append(to_reference(fields, number, line, column, False))
    # The works the generated list would hold with the uncited ones: those cited (by a
    # bibliography key or by an identifier, as Manubot's @doi:) and the rest of the
    # bibliography, aliases once.
    unused = _unused(bibliography, keys, document.keys if unused_bibliography else {})
    document.bibliography_size = len(document.references) + len(unused)
    if unused_bibliography:
        # An entry "nocite:" lists is in the generated list on purpose, not forgotten.
        document.references += [
            entry
            for entry in unused
            if "*" not in bibliography.nocite
            and document.keys.get(entry.number, "")[1:] not in bibliography.nocite
        ]
    return document


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs, list items and table rows of the visible text, as (start, end)."""
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for line in split_lines(text):
        breaks = line.blank or _BLOCK_BREAK.match(line.text) or _ALIAS_LINE.match(line.text)
        if breaks and start is not None:
            blocks.append((start, end))
            start = None
        if line.blank or _ALIAS_LINE.match(line.text) or line.text.lstrip().startswith("#"):
            continue
        if start is None:
            item = _LIST_ITEM.match(line.text)
            start = line.start + (item.end() if item else 0)
        end = line.start + len(line.text)
        if line.text.lstrip().startswith("|"):
            blocks.append((start, end))  # a table row is a claim of its own
            start = None
    if start is not None:
        blocks.append((start, end))
    return blocks


def _markers(block: str, base: int, keys: _Keys, locate: Locate) -> list[Found]:
    # Each citation as (its span, its text, the keys it names with their offsets), numbered
    # in the block's order once all are found: pandoc numbers its list by first citation, so
    # an in-text "@key" before a "[@key]" is cited first.
    cited: list[tuple[int, int, str, list[tuple[int, str]]]] = []
    taken: list[tuple[int, int]] = []
    for match in _BRACKETS.finditer(block):
        items = _group_keys(match["body"])
        if not items:
            continue
        body = match.start("body")
        named = [(body + start, key) for start, _, key in items]
        cited.append((match.start(), match.end(), match[0], named))
        taken.append(match.span())
    for cite in _CITE.finditer(block):
        key = cite["braced"] or cite["plain"]
        inside = any(start <= cite.start() < end for start, end in taken)
        if inside or _CROSS_REFERENCE.match(key) or not keys.known(key):
            continue
        cited.append((cite.start(), cite.end(), cite[0], [(cite.start(), key)]))
    found: list[Found] = []
    for start, end, raw, named in sorted(cited, key=lambda citation: citation[0]):
        numbers = [keys.number(key, locate(base + offset)) for offset, key in named]
        found.append(Found(start, end, raw, list(dict.fromkeys(numbers))))
    return found


def _unused(bibliography: Bibliography, keys: _Keys, shown: dict[int, str]) -> list[Reference]:
    cited = {id(keys.fields(standard)) for standard in keys.numbers}
    cited |= {id(bibliography.entry(standard)) for standard in keys.numbers}
    seen: set[int] = set()
    unused: list[Reference] = []
    number = len(keys.numbers)
    for key, fields in bibliography.entries.items():
        if id(fields) in cited or id(fields) in seen:
            continue
        seen.add(id(fields))
        number += 1
        shown[number] = f"@{key}"
        unused.append(to_reference(fields, number, bibliography.line or 1, 1, False))
    return unused
