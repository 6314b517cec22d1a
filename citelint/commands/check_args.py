"""``citelint check``'s usual command lines, read without click.

Loading click takes longer than a short check itself (``benchmarks/lint_throughput.py``), and
the pre-commit hook starts ``citelint check`` on every commit. So the entry point reads the
common forms here and leaves everything else to click: help, every mistake, short options run
together ("-qj2"), values that look like options, shell completion. A command line read here
gives ``run_check`` exactly the arguments click would; ``tests/commands/test_check_args.py``
holds the tables below to the options ``check_options`` declares.
"""

from __future__ import annotations

import os
import stat

from citelint.read import INPUT_FORMATS
from citelint.report import FORMATS

# What click's types accept without complaint; any other value is left to click.
FILE = "file"  # click.Path(dir_okay=False)
FOLDER = "folder"  # click.Path(file_okay=False)
COUNT = "count"  # click.IntRange(min=1)
TEXT = "text"

# Option -> (parameter, the value it sets).
FLAGS: dict[str, tuple[str, bool]] = {
    "--exit-zero": ("exit_zero", True),
    "-q": ("quiet", True),
    "--quiet": ("quiet", True),
    "--statistics": ("statistics", True),
    "--show-unverified": ("show_unverified", True),
    "--progress": ("progress", True),
    "--no-progress": ("progress", False),
    "--offline": ("offline", True),
    "--mirror-complete": ("mirror_complete", True),
    "--no-cache": ("no_cache", True),
    "--refresh": ("refresh", True),
}

# Option -> (parameter, what its value must be: a kind above or the choices).
VALUES: dict[str, tuple[str, str | tuple[str, ...]]] = {
    "--format": ("fmt", tuple(FORMATS)),
    "--color": ("color", ("auto", "always", "never")),
    "--baseline": ("baseline_path", FILE),
    "-o": ("output_file", FILE),
    "--output-file": ("output_file", FILE),
    "-j": ("jobs", COUNT),
    "--jobs": ("jobs", COUNT),
    "--lock": ("lock_path", FILE),
    "--config": ("config_file", FILE),
    "--select": ("select", TEXT),
    "--ignore": ("ignore", TEXT),
    "--fail-level": ("fail_level", ("error", "warning", "info")),
    "--mirror": ("mirror", FILE),
    "--cache-dir": ("cache_dir", FOLDER),
    "--input-format": ("input_format", tuple(INPUT_FORMATS)),
    "--references": ("references", FILE),
    "--exclude": ("exclude", TEXT),
    "--extend-exclude": ("extend_exclude", TEXT),
}

DEFAULTS: dict[str, object] = {
    **{parameter: False for parameter, _ in FLAGS.values()},
    **{parameter: None for parameter, _ in VALUES.values()},
    "fmt": "text",
    "color": "auto",
    "progress": True,
}


def read_check_args(args: list[str]) -> dict[str, object] | None:
    """The keyword arguments of ``run_check`` for the words after ``check``; None for a
    command line that click should read."""
    arguments = dict(DEFAULTS)
    paths: list[str] = []
    words = iter(args)
    for word in words:
        if word == "--":
            paths.extend(words)
        elif not word.startswith("-") or word == "-":
            paths.append(word)
        elif word in FLAGS:
            parameter, setting = FLAGS[word]
            arguments[parameter] = setting
        else:
            name, given, value = word.partition("=")
            if not given:
                value = next(words, None)  # type: ignore[assignment]
            if name not in VALUES or value is None or value.startswith("-"):
                return None
            if given and not name.startswith("--"):
                return None  # "-o=file" is the file "=file" to click
            parameter, kind = VALUES[name]
            converted = _converted(value, kind)
            if converted is None:
                return None
            arguments[parameter] = converted
    if not paths:
        return None
    arguments["paths"] = tuple(paths)
    return arguments


def _converted(value: str, kind: str | tuple[str, ...]) -> str | int | None:
    """The value as click's type for it would give it; None where click would refuse it
    (or might: such a value is left to click)."""
    if isinstance(kind, tuple):
        return value if value in kind else None
    if kind == COUNT:
        return int(value) if value.isascii() and value.isdigit() and int(value) >= 1 else None
    if kind in (FILE, FOLDER):
        return value if _path_passes(value, folder=kind == FOLDER) else None
    return value


def _path_passes(value: str, folder: bool) -> bool:
    """click.Path without ``exists``: a path that is not there passes; one that is must be
    of the right kind and readable."""
    try:
        mode = os.stat(value).st_mode
    except OSError:
        return True
    except ValueError:
        return False  # a NUL in the name: click fails on it its own way
    right_kind = not stat.S_ISREG(mode) if folder else not stat.S_ISDIR(mode)
    return right_kind and os.access(value, os.R_OK)
