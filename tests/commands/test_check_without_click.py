"""`citelint check` run without click writes what the same run through click writes.

``python -m citelint check ...`` takes the entry point's own reading of the command line and
writes with ``output.echo``. The oracle goes through click all the way: ``cli.main``, with
``click.echo`` in place of ``output.echo`` for every line. Both are run on the same files
and must give the same bytes on stdout and stderr, the same files and the same exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "fixtures" / "examples" / "answer-page.txt"
THROUGH_CLICK = (
    "import click, citelint.commands.output as output; output.echo = click.echo; "
    "from citelint.commands.cli import main; main()"
)

BROKEN = """# Statins

Statins lower LDL cholesterol in adults [1]. They also reduce strokes [3].

## References

1. Doe J. Statin therapy and LDL cholesterol. J Lipid Res. 2015;56(3):100-9.
2. Roe K. Exercise after stroke. Stroke. 2018;49(2):200-8.
"""


def run_both(
    tmp_path: Path, *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> tuple[tuple[int, bytes, bytes, bytes], tuple[int, bytes, bytes, bytes]]:
    """(exit code, stdout, stderr, out.txt) without click, then through click."""
    # Unbuffered output would hide a write that is not flushed where click flushes it.
    unset = {"NO_COLOR", "PYTHONUNBUFFERED"}
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update({"CITELINT_CACHE_DIR": str(tmp_path / "cache"), **(env or {})})
    results = []
    for command in ([sys.executable, "-m", "citelint"], [sys.executable, "-c", THROUGH_CLICK]):
        out = tmp_path / "out.txt"
        out.unlink(missing_ok=True)
        process = subprocess.run(
            [*command, "check", *args],
            cwd=tmp_path,
            input=stdin,
            capture_output=True,
            env=environment,
            timeout=120,
        )
        written = out.read_bytes() if out.exists() else b""
        results.append((process.returncode, process.stdout, process.stderr, written))
    return results[0], results[1]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "broken.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "answer.txt").write_bytes(EXAMPLE.read_bytes())
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["--offline", "answer.txt"],
        ["--offline", "broken.md", "answer.txt"],
        ["--offline", "-q", "broken.md"],
        ["--offline", "--statistics", "broken.md"],
        ["--offline", "--show-unverified", "--fail-level", "info", "broken.md"],
        ["--offline", "--exit-zero", "broken.md"],
        ["--offline", "--format", "json", "broken.md"],
        ["--offline", "--format", "sarif", "broken.md"],
        ["--offline", "--format", "github", "broken.md"],
        ["--offline", "--color", "always", "broken.md"],
        ["--offline", "-o", "out.txt", "broken.md"],
        ["--offline", "--jobs", "2", "broken.md", "answer.txt", "."],
        ["--offline", "missing.md", "broken.md"],  # an unreadable file: exit 2
        ["--offline", "--select", "CL102", "--ignore", "CL1", "broken.md"],  # no rule left
        ["--offline", "--select", "CL999", "broken.md"],  # no such rule
        ["--offline", "--config", "missing.toml", "broken.md"],
        ["--offline", "--baseline", "missing.json", "broken.md"],
        ["--offline", "--references", "missing.nbib", "broken.md"],
        ["--offline", "--lock", "missing.lock", "broken.md"],
        ["--offline", "--no-cache", "--input-format", "txt", "broken.md"],
    ],
)
def test_a_check_without_click_writes_what_click_writes(folder: Path, args: list[str]) -> None:
    without_click, through_click = run_both(folder, *args)

    assert without_click == through_click
    assert b"Traceback" not in without_click[2]


def test_standard_input_and_the_colour_convention_alike(folder: Path) -> None:
    page = BROKEN.encode()
    assert len(set(run_both(folder, "--offline", "-", stdin=page))) == 1
    assert len(set(run_both(folder, "--offline", "broken.md", env={"NO_COLOR": "1"}))) == 1


@pytest.mark.parametrize(
    "environment",
    [
        {"PYTHONIOENCODING": "ascii"},  # click writes UTF-8 instead
        {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"},  # ASCII too
        # click writes to such a stream as it is; an en dash is an escape both ways.
        {"PYTHONIOENCODING": "latin-1"},
    ],
)
def test_streams_click_would_wrap_get_what_click_writes(
    folder: Path, environment: dict[str, str]
) -> None:
    # A finding that quotes an en dash, in a file named with an accent.
    html = ROOT / "fixtures" / "articles" / "html" / "CL106.html"
    (folder / "réponse.html").write_bytes(html.read_bytes())
    for args in (["réponse.html"], ["missing-ö.md"], ["--format", "json", "réponse.html"]):
        without_click, through_click = run_both(folder, "--offline", *args, env=environment)
        assert without_click == through_click
        assert b"Traceback" not in without_click[2]
        assert b"internal error" not in without_click[2]


def test_escape_sequences_in_a_name_are_stripped_as_click_strips_them(folder: Path) -> None:
    (folder / "esc\x1b[1~x.md").write_text(BROKEN, encoding="utf-8")
    for fmt in ("text", "github", "json"):
        without_click, through_click = run_both(folder, "--offline", "--format", fmt, ".")
        assert without_click == through_click


def test_errors_and_the_report_interleave_as_with_click_in_one_file(folder: Path) -> None:
    # `citelint check ... > log 2>&1`: each line is flushed as click flushes it, so the
    # unreadable file's error line stands where it stood.
    logs = []
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    environment["CITELINT_CACHE_DIR"] = str(folder / "cache")
    for command in ([sys.executable, "-m", "citelint"], [sys.executable, "-c", THROUGH_CLICK]):
        log = folder / "log.txt"
        with log.open("wb") as handle:
            subprocess.run(
                [*command, "check", "--offline", "missing.md", "broken.md"],
                cwd=folder,
                stdout=handle,
                stderr=subprocess.STDOUT,
                env=environment,
                timeout=120,
            )
        logs.append(log.read_bytes())

    assert logs[0] == logs[1]
    assert logs[0].index(b"CL101") < logs[0].index(b"citelint: error: missing.md")


def test_a_closed_standard_output_ends_the_check_quietly_as_with_click(folder: Path) -> None:
    results = []
    for command in ([sys.executable, "-m", "citelint"], [sys.executable, "-c", THROUGH_CLICK]):
        reading_end, writing_end = os.pipe()
        os.close(reading_end)  # `citelint check ... | head -0`
        process = subprocess.run(
            [*command, "check", "--offline", "broken.md"],
            cwd=folder,
            stdout=writing_end,
            stderr=subprocess.PIPE,
            env={**os.environ, "CITELINT_CACHE_DIR": str(folder / "cache")},
            timeout=120,
        )
        os.close(writing_end)
        results.append((process.returncode, process.stderr))

    assert results[0] == results[1] == (1, b"")


def test_an_interrupted_check_says_aborted_as_click_does(
    monkeypatch: pytest.MonkeyPatch,
    both_mains: Callable[..., list[tuple[object, object]]],
    folder: Path,
) -> None:
    from citelint.commands import check, check_options

    def interrupted(**arguments: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(check, "run_check", interrupted)
    monkeypatch.setattr(check_options, "run_check", interrupted)
    seen = both_mains("check", "--offline", str(folder))

    assert seen[0] == seen[1]
    assert seen[0][0] == 2 and seen[0][1].err == "\ncitelint: aborted\n"
