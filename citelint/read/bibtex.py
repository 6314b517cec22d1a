"""BibTeX and BibLaTeX files, as pandoc and reference managers (Zotero, JabRef) write them.

Entries are ``@type{key, field = {value}, field = "value", field = 1999, field = macro # "x"}``;
``@string`` macros are expanded, ``@comment`` and ``@preamble`` skipped, and anything between
entries is a comment, as BibTeX has it; so is "%" to the end of its line, as biber has it.
Values keep their words with TeX accents made into letters and braces dropped. A file that
breaks off mid-entry is an error naming its line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from citelint.read.fielded import (
    Fields,
    author_name,
    clean_doi,
    clean_pmid,
    page_range,
    squash,
    year_of,
)

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "u": "\u0306",
    "v": "\u030c",
    "H": "\u030b",
    "c": "\u0327",
    "k": "\u0328",
    "r": "\u030a",
}
_LETTERS = {"ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ"}
_LETTERS |= {"oe": "œ", "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "&": "&", "%": "%"}
_ACCENT = re.compile(r"\\([`'^\"~=.]|[uvHckr](?![A-Za-z]))\s*(?:\{\s*(\\?\w)\s*\}|(\\?\w))")
_LETTER = re.compile(r"\\(ss|aa|AA|ae|AE|oe|OE|[oOlLij](?![A-Za-z])|[&%_$#])\s?")
_COMMAND = re.compile(r"\\[A-Za-z]+\*?\s*")


class BibtexError(ValueError):
    """The file does not parse; the message names the line."""


@dataclass
class BibEntry:
    key: str
    kind: str
    fields: dict[str, str] = field(default_factory=dict)
    line: int = 1


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.macros = {month: month.title() for month in _MONTHS}

    def line(self, at: int | None = None) -> int:
        return self.text.count("\n", 0, self.at if at is None else at) + 1

    def fail(self, problem: str, at: int | None = None) -> BibtexError:
        return BibtexError(f"line {self.line(at)}: {problem}")

    def skip_space(self) -> None:
        """Spaces, and comments: "%" to the end of the line outside a value, as biber reads."""
        while self.at < len(self.text):
            if self.text[self.at] == "%":
                end = self.text.find("\n", self.at)
                self.at = len(self.text) if end == -1 else end
            elif self.text[self.at].isspace():
                self.at += 1
            else:
                return

    def expect(self, characters: str) -> str:
        self.skip_space()
        if self.at >= len(self.text) or self.text[self.at] not in characters:
            found = self.text[self.at : self.at + 10] or "the end of the file"
            raise self.fail(f"expected {' or '.join(characters)}, found {found!r}")
        self.at += 1
        return self.text[self.at - 1]

    def name(self) -> str:
        self.skip_space()
        match = re.compile(r"[^\s,={}()\"#]+").match(self.text, self.at)
        if not match:
            raise self.fail("expected a name")
        self.at = match.end()
        return match[0]

    def braced(self) -> str:
        """The text up to the brace that closes the one just read."""
        start, depth = self.at, 1
        while self.at < len(self.text):
            character = self.text[self.at]
            if character == "\\":
                self.at += 2
                continue
            self.at += 1
            if character == "{":
                depth += 1
            elif character == "}":
                depth -= 1
                if depth == 0:
                    return self.text[start : self.at - 1]
        raise self.fail("a brace opened here is never closed", start)

    def quoted(self) -> str:
        start, depth = self.at, 0
        while self.at < len(self.text):
            character = self.text[self.at]
            self.at += 1
            if character == "{":
                depth += 1
            elif character == "}":
                depth -= 1
            elif character == '"' and depth == 0:
                return self.text[start : self.at - 1]
        raise self.fail("a quotation opened here is never closed", start)

    def value(self) -> str:
        pieces: list[str] = []
        while True:
            opening = self.expect('{"') if self._next_is('{"') else None
            if opening == "{":
                pieces.append(self.braced())
            elif opening == '"':
                pieces.append(self.quoted())
            else:
                word = self.name()
                pieces.append(word if word.isdigit() else self.macros.get(word.lower(), word))
            self.skip_space()
            if not self._next_is("#"):
                return "".join(pieces)
            self.at += 1

    def _next_is(self, characters: str) -> bool:
        self.skip_space()
        return self.at < len(self.text) and self.text[self.at] in characters


def parse_bibtex(text: str) -> list[BibEntry]:
    """Every entry of a BibTeX file; raises BibtexError naming the line of a broken one."""
    scanner = _Scanner(text)
    entries: list[BibEntry] = []
    while True:
        start = _next_entry(text, scanner.at)
        if start == -1:
            return entries
        scanner.at = start + 1
        kind = scanner.name().lower()
        closing = "}" if scanner.expect("{(") == "{" else ")"
        if kind in ("comment", "preamble"):
            if closing == "}":
                scanner.braced()
            else:
                scanner.at = text.find(")", scanner.at) + 1 or len(text)
            continue
        if kind == "string":
            name = scanner.name().lower()
            scanner.expect("=")
            scanner.macros[name] = scanner.value()
            scanner.expect(closing)
            continue
        entries.append(_entry(scanner, kind, closing, scanner.line(start)))


def _next_entry(text: str, at: int) -> int:
    """Where the next entry's "@" stands; one after a "%" on its line is in a comment."""
    while True:
        start = text.find("@", at)
        if start == -1 or "%" not in text[text.rfind("\n", 0, start) + 1 : start]:
            return start
        at = start + 1


def _entry(scanner: _Scanner, kind: str, closing: str, line: int) -> BibEntry:
    entry = BibEntry(scanner.name(), kind, line=line)
    while scanner.expect("," + closing) == ",":
        if scanner._next_is(closing):
            scanner.at += 1
            return entry
        name = scanner.name().lower()
        scanner.expect("=")
        entry.fields[name] = scanner.value()
    return entry


def detex(text: str) -> str:
    """TeX markup made into plain letters: ``{\\"u}ber`` -> "über", ``\\emph{x}`` -> "x"."""
    text = _ACCENT.sub(_accented, text)
    text = _LETTER.sub(lambda match: _LETTERS.get(match[1], match[1]), text)
    text = _COMMAND.sub("", text).replace("~", " ").replace("---", "—").replace("--", "–")
    return " ".join(text.replace("{", "").replace("}", "").split())


def _accented(match: re.Match[str]) -> str:
    letter = (match[2] or match[3]).lstrip("\\")
    letter = {"i": "i", "j": "j"}.get(letter, letter)
    return unicodedata.normalize("NFC", letter + _ACCENTS[match[1]])


def bibtex_fields(entry: BibEntry) -> Fields:
    values = {name: detex(value) for name, value in entry.fields.items()}
    journal = values.get("journal") or values.get("journaltitle")
    if not journal and entry.kind in ("inproceedings", "conference"):
        journal = values.get("booktitle")
    eprint_pmid = values.get("eprint") if values.get("eprinttype", "").lower() == "pubmed" else None
    return Fields(
        title=squash(values.get("title")),
        journal=squash(journal),
        year=year_of(values.get("year")) or year_of(values.get("date")),
        authors=[_author(name) for name in _split_names(entry.fields.get("author", ""))],
        volume=squash(values.get("volume")),
        issue=squash(values.get("number") or values.get("issue")),
        pages=page_range(entry.fields.get("pages")),
        pmid=clean_pmid(values.get("pmid") or eprint_pmid),
        doi=clean_doi(values.get("doi")),
        url=squash(values.get("url")),
        kind="article-journal" if entry.kind == "article" else entry.kind,
    )


def _split_names(text: str) -> list[str]:
    """Names joined by "and" at brace depth zero: "{Smith and Sons}" is one name."""
    names, depth, start = [], 0, 0
    for match in re.finditer(r"[{}]|\s+and\s+", text):
        if match[0] == "{":
            depth += 1
        elif match[0] == "}":
            depth -= 1
        elif depth == 0:
            names.append(text[start : match.start()])
            start = match.end()
    names.append(text[start:])
    return [name.strip() for name in names if name.strip() and name.strip() != "others"]


def _author(name: str) -> str:
    if name.startswith("{") and name.endswith("}"):
        return detex(name)  # a group author, braced so BibTeX does not split it
    if "," in name:
        family, given = name.split(",", 1)
        return author_name(detex(family), detex(given.split(",")[-1]))
    words = detex(name).split()
    return author_name(words[-1], " ".join(words[:-1])) if words else ""
