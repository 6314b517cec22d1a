"""The bibliography a pandoc or Manubot article cites from, wherever the article keeps it.

- The front matter: ``bibliography:`` (CSL JSON, CSL YAML or BibTeX files, relative to the
  article), ``references:`` (CSL items inline) and ``citekey-aliases:``, also under ``pandoc:``.
- For a page whose front matter names none, the nearest project file above it: a Quarto
  project's ``_metadata.yml`` or ``_quarto.yml``, bookdown's ``_bookdown.yml`` or ``index.Rmd``.
- A Manubot ``content`` folder: ``metadata.yaml`` (its ``pandoc.citekey-aliases`` and
  ``bibliography``), ``manual-references*.json|yaml|bib``, ``citation-tags.tsv`` (tag ->
  citation), and aliases written as link definitions (``[@my-tag]: doi:10.1/xyz``) in any of
  the folder's Markdown files.

A bibliography that cannot be read stops the article with one line naming the file.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citelint.errors import InputError
from citelint.read.bibtex import BibtexError, bibtex_fields, parse_bibtex
from citelint.read.csl import csl_fields
from citelint.read.fielded import Fields

_ALIAS = re.compile(r"^ {0,3}\[@([^\]\s]+)\]:[ \t]*<?(\S+?)>?[ \t]*$", re.MULTILINE)
_MANUBOT_FILES = ("metadata.yaml", "citation-tags.tsv")
_BIBTEX = (".bib", ".bibtex", ".biblatex")
_YAML = (".yaml", ".yml")
_MANUAL_SUFFIXES = (".json", *_YAML, *_BIBTEX)  # (mypyc cannot compile them unpacked after 'in')
# A key of "nocite: |\n  @a, @b" or "nocite: '@*'".
_NOCITE_KEY = re.compile(r"@\{?(\*|[^\s,;{}\[\]]+)")


@dataclass
class Bibliography:
    entries: dict[str, Fields] = field(default_factory=dict)  # by the id the source gives
    aliases: dict[str, str] = field(default_factory=dict)  # citation key -> the key it stands for
    line: int | None = None  # the front matter's "bibliography:" line
    manubot: bool = False  # the article is part of a Manubot manuscript
    # Keys the front matter's "nocite:" lists on purpose ("*": every entry).
    nocite: set[str] = field(default_factory=set)

    def entry(self, key: str) -> Fields | None:
        found = self.entries.get(key)
        if found is None:
            found = self.entries.get(key.lower())  # BibTeX keys are not case-sensitive
        return found


def front_matter(text: str) -> tuple[str, int] | None:
    """The YAML between an opening "---" line and its closing "---" or "...", and its line."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), 2
    return None


def load_bibliography(text: str, path: str) -> Bibliography:
    folder = Path(path).parent if path != "-" else Path.cwd()
    bibliography = Bibliography()
    matter = front_matter(text)
    if matter is not None:
        data = _yaml(matter[0], path, "the front matter")
        _take_metadata(data, bibliography, folder, path)
        line = re.search(r"^(?:\s*)bibliography\s*:", matter[0], re.MULTILINE)
        if line:
            bibliography.line = matter[1] + matter[0].count("\n", 0, line.start())
    bibliography.manubot = any((folder / name).is_file() for name in _MANUBOT_FILES) or any(
        folder.glob("manual-references*")
    )
    if bibliography.manubot:
        _take_manubot(folder, bibliography, path)
    else:
        _take_aliases(text, bibliography)
        if bibliography.line is None and path != "-":
            _take_project(folder, bibliography, path)
    return bibliography


def _take_project(folder: Path, bibliography: Bibliography, path: str) -> None:
    """The bibliography the nearest project file above the page names, for a page that names
    none of its own (see read.project_metadata); its files are found from that file's folder."""
    from citelint.read.project_metadata import project_files

    for file in project_files(folder.resolve()):
        text = _read(file, path)
        if file.suffix.lower() == ".rmd":  # bookdown's index.Rmd: its front matter
            matter = front_matter(text)
            text = matter[0] if matter else ""
        data = _yaml(text, path, str(file))
        if isinstance(data, dict) and _names_bibliography(data):
            _take_metadata(data, bibliography, file.parent, path)
            return


def _names_bibliography(data: dict[Any, Any]) -> bool:
    pandoc = data.get("pandoc")
    return "bibliography" in data or (isinstance(pandoc, dict) and "bibliography" in pandoc)


def _take_metadata(data: Any, bibliography: Bibliography, folder: Path, path: str) -> None:
    if not isinstance(data, dict):
        return
    for table in (data, data.get("pandoc")):
        if not isinstance(table, dict):
            continue
        files = table.get("bibliography")
        if files is not None and not isinstance(files, (str, list)):
            raise InputError(
                path, f"'bibliography' must name a file or a list of files, not {files!r}"
            )
        for name in [files] if isinstance(files, str) else files or []:
            if isinstance(name, str):
                _take_file(_locate(folder, name), bibliography, path)
        _take_items(table.get("references"), bibliography)
        nocite = table.get("nocite")
        if isinstance(nocite, str):
            bibliography.nocite.update(_NOCITE_KEY.findall(nocite))
        aliases = table.get("citekey-aliases")
        if isinstance(aliases, dict):
            bibliography.aliases.update({str(k): str(v) for k, v in aliases.items()})


def _locate(folder: Path, name: str) -> Path:
    """Beside the article; else, as pandoc itself would, from the working directory."""
    given = Path(name).expanduser()
    if given.is_absolute():
        return given
    beside = folder / given
    return given if not beside.exists() and given.exists() else beside


def _take_manubot(folder: Path, bibliography: Bibliography, path: str) -> None:
    metadata = folder / "metadata.yaml"
    if metadata.is_file():
        _take_metadata(
            _yaml(_read(metadata, path), path, str(metadata)), bibliography, folder, path
        )
    for manual in sorted(folder.glob("manual-references*")):
        if manual.suffix.lower() in _MANUAL_SUFFIXES:
            _take_file(manual, bibliography, path)
    tags = folder / "citation-tags.tsv"
    if tags.is_file():
        rows = csv.DictReader(_read(tags, path).splitlines(), delimiter="\t")
        for row in rows:
            tag, citation = (row.get("tag") or "").strip(), (row.get("citation") or "").strip()
            if tag and citation:
                bibliography.aliases.setdefault(f"tag:{tag}", citation)
                bibliography.aliases.setdefault(tag, citation)
    for markdown in sorted(folder.glob("*.md")):
        _take_aliases(_read(markdown, path), bibliography)


def _take_aliases(text: str, bibliography: Bibliography) -> None:
    for key, target in _ALIAS.findall(text):
        bibliography.aliases.setdefault(key, target)


def _take_file(file: Path, bibliography: Bibliography, path: str) -> None:
    suffix = file.suffix.lower()
    text = _read(file, path)
    if suffix in _BIBTEX:
        try:
            entries = parse_bibtex(text)
        except BibtexError as error:
            raise InputError(path, f"bibliography {file}: {error}") from None
        for entry in entries:
            fields = bibtex_fields(entry)
            bibliography.entries.setdefault(entry.key, fields)
            bibliography.entries.setdefault(entry.key.lower(), fields)
        return
    if suffix == ".json":
        try:
            data = json.loads(text)
        # Named apart from the BibTeX error above: mypyc types an except's name once.
        except json.JSONDecodeError as json_error:
            raise InputError(path, f"bibliography {file}: not valid JSON: {json_error}") from None
    elif suffix in _YAML:
        data = _yaml(text, path, f"bibliography {file}")
        data = data.get("references") if isinstance(data, dict) else data
    else:
        raise InputError(
            path,
            f"bibliography {file}: unsupported format '{file.suffix}' "
            "(use CSL JSON, CSL YAML or BibTeX)",
        )
    if not isinstance(data, list):
        raise InputError(path, f"bibliography {file}: expected a list of CSL items")
    _take_items(data, bibliography)


def _take_items(items: Any, bibliography: Bibliography) -> None:
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("id") is not None:
            bibliography.entries.setdefault(str(item["id"]), csl_fields(item))


def _read(file: Path, path: str) -> str:
    try:
        return file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        problem = getattr(error, "strerror", None) or str(error)
        raise InputError(path, f"bibliography {file}: {problem}") from None


def _yaml(text: str, path: str, what: str) -> Any:
    import yaml  # loaded only for pandoc articles: every other run starts faster without it

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise InputError(path, f"{what} is not valid YAML{line}") from None
