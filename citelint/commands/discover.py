"""Which files a run reads: the files named, and the article files below the folders named.

Folder scans skip what a repository does not consider its own text: hidden folders, the usual
vendored and build folders, the resources folder a browser saves beside a page
(``Review_files/`` beside ``Review.html``), and inside a git work tree whatever git ignores;
and its own notes (README, LICENSE, CHANGELOG, requirements files...), which are no articles.
Files named on the command line are read whatever their suffix, since pre-commit names each
file it passes; the ``exclude`` patterns hold for both.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from pathlib import Path

from citelint.lazy_pattern import LazyPattern
from citelint.read import is_article_file, is_web_archive_file
from citelint.read.detect import MDX, MDX_UNREAD
from citelint.read.unread_documents import is_unread_document_file as is_unread_file

# Folders that hold other people's text or generated copies, never the articles to lint.
VENDORED_FOLDERS = frozenset(
    {
        "node_modules",
        "bower_components",
        "vendor",
        "build",
        "dist",
        "site-packages",
        "venv",
        "__pycache__",
        "_build",
        "htmlcov",
    }
)
# A repository's own notes, never articles, which share the articles' suffixes (README.md,
# LICENSE.txt, requirements.txt): a name that is one of these, with any suffixes. The
# pre-commit hooks (.pre-commit-hooks.yaml) exclude the same names with REPOSITORY_NOTES, as
# a test checks.
REPOSITORY_NOTE_NAMES = (
    "license",
    "changelog",
    "changes",
    "readme",
    "contributing",
    "code_of_conduct",
    "security",
    "authors",
)
REPOSITORY_NOTES = (
    r"(?i)(^|/)(requirements[^/]*\.txt|(" + "|".join(REPOSITORY_NOTE_NAMES) + r")(\.[^/]*)?)$"
)
_REPOSITORY_NOTE = LazyPattern(REPOSITORY_NOTES)
# The folder a browser saves a page's resources in, named after the page.
_RESOURCES_FOLDER = LazyPattern(r"(.+)(?:_files|-Dateien|_archivos|_fichiers)")
_SAVED_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_GIT_TIMEOUT = 30
_NESTED_REPOSITORIES = 4  # how deep repositories inside repositories are followed


def collect_files(
    paths: Iterable[str], exclude: Sequence[str] = (), base: Path | None = None
) -> list[Path]:
    """Expand folders into the article files below them, in a stable order.

    ``exclude`` patterns are matched against the path relative to ``base`` (the
    configuration's folder), the path as given and the file's name, and against each folder
    on the way, so that ``drafts`` or ``drafts/`` leaves out everything below it, as in ruff.
    A file reached twice (named twice, or through a symbolic link) is read once.
    """
    root = (base or Path.cwd()).resolve()
    found: list[tuple[Path, Path]] = []  # each file, and the file its links lead to
    for name in paths:
        path = Path(name)
        if name == "-":
            found.append((path, path))
        elif path.is_dir():
            real = resolved(path)
            below = [
                child for child in _articles_below(path, real) if not excluded(child, exclude, root)
            ]
            found += [
                (child, _resolved_below(path, real, child))
                for child in _without_web_archives(below)
            ]
        elif not excluded(path, exclude, root):
            found.append((path, path if path.as_posix() == "-" else resolved(path)))
    return _once(found)


def _without_web_archives(files: list[Path]) -> list[Path]:
    """A folder's articles without the web archives, PDFs, RTF, .doc and .odt files beside
    them, each named on stderr: an archive saved beside its article made every run exit 2
    though the article was checked (review22b P2-4), and the others were passed over without
    a word (user25 P2 2). A folder of them alone keeps them, to be refused with what to do."""
    unread = [path for path in files if is_web_archive_file(path) or _unread(path)]
    if not unread or len(unread) == len(files):
        return files
    # Imported here: the usual check command line loads no click (tests/commands/test_startup).
    import click

    from citelint.read.unread_documents import ADVICE, unread_kind
    from citelint.report.escape import printable

    for path in unread:
        if is_web_archive_file(path):
            why = (
                "a web archive (MHTML, the browser's 'Webpage, Single File'), which citelint "
                "does not read; save the page as 'Webpage, HTML Only' to check it"
            )
        elif path.suffix.lower() == MDX:
            why = MDX_UNREAD
        else:
            kind = unread_kind(b"", path.suffix.lower())
            why = f"{kind}, which citelint does not read; {ADVICE}"
        click.echo(f"citelint: warning: {printable(path.as_posix())}: skipped: {why}", err=True)
    return [path for path in files if path not in unread]


def _unread(path: Path) -> bool:
    return is_unread_file(path) or path.suffix.lower() == MDX


def _once(found: list[tuple[Path, Path]]) -> list[Path]:
    """The files of ``found`` (each with the file its links lead to), each file once."""
    seen: set[Path] = set()
    unique: list[Path] = []
    for path, key in found:
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def _resolved_below(folder: Path, real_folder: Path, child: Path) -> Path:
    """``resolved(child)`` for a file found below ``folder`` (``real_folder``, resolved): the
    scan enters no linked folder (pathlib's rglob), so only the file itself may be a link,
    and one test for it spares following each part of its path (~20 ms a thousand files,
    paid before any file is checked: issue 13)."""
    if child.is_symlink():
        return resolved(child)
    return real_folder / child.relative_to(folder)


def _articles_below(folder: Path, real_folder: Path) -> list[Path]:
    tracked = _git_files(folder)
    articles = []
    resources: dict[Path, bool] = {}
    for child in sorted(folder.rglob("*")):
        parts = child.relative_to(folder).parts
        if (
            not any(part.startswith(".") or part in VENDORED_FOLDERS for part in parts)
            and not _in_saved_pages_resources(folder, parts, resources)
            and (tracked is None or _resolved_below(folder, real_folder, child) in tracked)
            and child.is_file()
            and not is_repository_note(child)
            and (is_article_file(child) or child.suffix.lower() == MDX)
        ):
            articles.append(child)
    return articles


def _in_saved_pages_resources(
    folder: Path, parts: tuple[str, ...], known: dict[Path, bool]
) -> bool:
    """Whether a file lies in the folder of resources a browser saves beside a page ("Web
    page, complete": ``Review.html`` and ``Review_files/``, ``Review-Dateien/`` in German):
    its frames and ads, never the article. ``known`` remembers each folder's answer."""
    place = folder
    for part in parts[:-1]:
        place = place / part
        stem = _RESOURCES_FOLDER.fullmatch(part)
        if stem is None:
            continue
        if place not in known:
            known[place] = any(
                (place.parent / f"{stem[1]}{suffix}").is_file() for suffix in _SAVED_PAGE_SUFFIXES
            )
        if known[place]:
            return True
    return False


def is_repository_note(path: Path) -> bool:
    """A repository's own note (README.md, LICENSE, CHANGELOG.md, requirements-dev.txt...),
    which a folder scan skips as the pre-commit hooks do."""
    return _REPOSITORY_NOTE.search(path.name) is not None


def _git_files(folder: Path, depth: int = 0) -> set[Path] | None:
    """The files below ``folder`` that git tracks or would track (not ignored); None outside
    a git work tree or without git, where every file counts.

    git lists a nested repository (a submodule, or a clone inside the folder) as one entry,
    not its files; those are asked of the nested repository itself.
    """
    import subprocess  # only when a folder is scanned: a short run does without it

    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
            cwd=folder,
            capture_output=True,
            timeout=_GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if listed.returncode != 0:
        return None
    base = folder.resolve()
    names = listed.stdout.decode("utf-8", "surrogateescape").split("\0")
    files = {resolved(base / name) for name in names if name}
    for nested in [path for path in files if path.is_dir()]:
        inner = _git_files(nested, depth + 1) if depth < _NESTED_REPOSITORIES else None
        files |= inner or set()
    return files


def resolved(path: Path) -> Path:
    """``path`` made absolute with its links followed, or as it stands where its links loop:
    reading it then fails with that file's own error, and the other files are still checked."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # Python 3.11-3.12 raise RuntimeError on a link loop
        return path.absolute()


def excluded(path: Path, patterns: Sequence[str], root: Path) -> bool:
    if not patterns:
        return False
    absolute = resolved(path)
    relative = absolute.relative_to(root).as_posix() if absolute.is_relative_to(root) else None
    names = [path.as_posix(), path.name] + ([relative] if relative else [])
    # Folders count only inside the root: a pattern "build" must not leave out a whole
    # project that happens to sit in a folder of that name.
    folders = relative.split("/")[:-1] if relative else []
    names += folders + ["/".join(folders[: end + 1]) for end in range(1, len(folders))]
    patterns = [pattern.rstrip("/") or pattern for pattern in patterns]
    return any(fnmatch.fnmatch(name, pattern) for name in names for pattern in patterns)
