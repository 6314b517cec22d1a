"""What an encoding cannot hold is written as an escape, never an internal error.

Two shapes reach real users: a file name that is not UTF-8 (Python holds its odd bytes as
lone surrogates, which no encoding writes as they are) and a terminal set to an encoding
without the en dashes and curly quotes of medical text (Latin-1, say).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citelint.commands.output import escape_what_cannot_be_written
from citelint.report.sarif import artifact_uri

BROKEN_MD = """# Statins

Statins lower LDL cholesterol in adults [1].

## References

1. Doe J. Statin therapy and LDL cholesterol. J Lipid Res. 2015;56(3):100-9.
2. Roe K. Exercise after stroke. Stroke. 2018;49(2):200-8.
"""

NOT_UTF8 = b"r\xe9sum\xe9.md"  # a Latin-1 name, as an old archive unpacks it


def run_bytes(
    folder: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    # A UTF-8 terminal that refuses what UTF-8 cannot hold, as Python's streams are in a UTF-8
    # locale other than C (en_US.UTF-8), unless ``env`` says otherwise.
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    environment.update({"CITELINT_CACHE_DIR": str(folder / "cache"), "PYTHONIOENCODING": "utf-8"})
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        cwd=folder,
        capture_output=True,
        env=environment,
        timeout=120,
    )


def run(folder: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    process = run_bytes(folder, *args, env=env)
    # Strict: output must be valid UTF-8 whatever the file names.
    return process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    try:
        (tmp_path / os.fsdecode(NOT_UTF8)).write_text(BROKEN_MD, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system takes UTF-8 names only")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
@pytest.mark.parametrize("to_file", [False, True])
def test_a_file_name_that_is_not_utf8_is_reported_with_escapes(
    folder: Path, fmt: str, to_file: bool
) -> None:
    args = ["check", "--offline", "--format", fmt, *(["-o", "out"] if to_file else []), "."]
    status, stdout, stderr = run(folder, *args)
    report = (folder / "out").read_bytes().decode("utf-8") if to_file else stdout

    assert (status, stderr) == (0, "")
    if fmt == "sarif":
        uris = {
            result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in json.loads(report)["runs"][0]["results"]
        }
        assert uris == {"r%E9sum%E9.md"}  # the name's own bytes, percent-encoded
    elif fmt == "json":
        paths = {finding["path"] for finding in json.loads(report)["findings"]}
        assert {os.fsencode(path) for path in paths} == {NOT_UTF8}
    else:
        assert "r\\udce9sum\\udce9.md" in report and "CL102" in report


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_a_terminal_that_writes_such_names_as_bytes_still_does(folder: Path, fmt: str) -> None:
    # Python's choice in the C locale and in UTF-8 mode: the name as ls prints it, which an
    # editor or a problem matcher opens.
    process = run_bytes(
        folder,
        "check",
        "--offline",
        "--format",
        fmt,
        ".",
        env={"PYTHONIOENCODING": "utf-8:surrogateescape"},
    )

    assert (process.returncode, process.stderr) == (0, b"")
    assert NOT_UTF8 in process.stdout and b"\\udce9" not in process.stdout


def test_a_baseline_of_such_a_file_reads_back(folder: Path) -> None:
    assert run(folder, "baseline", "--offline", ".")[0] == 0
    assert run(folder, "check", "--offline", "--baseline", "citelint-baseline.json", ".") == (
        0,
        "All clear: 1 file checked. 3 findings accepted by the baseline not shown.\n",
        "",
    )


def test_a_latin1_terminal_gets_an_escape_for_an_en_dash(tmp_path: Path) -> None:
    (tmp_path / "walking\u2013trial.md").write_text(BROKEN_MD, encoding="utf-8")
    status, stdout, stderr = run(
        tmp_path, "check", "--offline", ".", env={"PYTHONIOENCODING": "latin-1"}
    )

    assert (status, stderr) == (0, "")
    assert stdout.startswith("walking\\u2013trial.md:8:1: CL102 warning:")


def test_streams_that_refuse_a_character_are_set_to_escape_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    latin1 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    lenient = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="replace")
    monkeypatch.setattr(sys, "stdout", latin1)
    monkeypatch.setattr(sys, "stderr", lenient)

    escape_what_cannot_be_written()

    assert (latin1.errors, lenient.errors) == ("backslashreplace", "replace")
    latin1.write("0.5\u20131.0 \xb5g")
    latin1.flush()
    assert latin1.buffer.getvalue() == b"0.5\\u20131.0 \xb5g"  # type: ignore[attr-defined]


def test_a_uri_keeps_the_bytes_of_a_name_that_is_not_utf8() -> None:
    assert artifact_uri(os.fsdecode(b"/data/r\xe9sum\xe9.md")) == "file:///data/r%E9sum%E9.md"
    assert artifact_uri("notes/r\xe9sum\xe9 #2.md") == "notes/r%C3%A9sum%C3%A9%20%232.md"


def test_the_fingerprint_of_such_a_name_is_pinned() -> None:
    # Baselines store fingerprints: the hash of a name that is not UTF-8 must not change from
    # one version to the next. Its lone surrogates are hashed as they are ("surrogatepass"),
    # so "r\udce9sum\udce9.md" and "résumé.md" (its Latin-1 bytes read aright) differ.
    from citelint.models import Finding, Severity
    from citelint.report.fingerprint import fingerprint

    def finding(path: str) -> Finding:
        message = "reference 2 is never cited in the text"
        return Finding(path, 8, 1, "CL102", Severity.WARNING, message, reference=2)

    odd = finding(os.fsdecode(NOT_UTF8))
    assert fingerprint(odd, relative=odd.path) == "b5e84c820aa55a32d2508314e02b5e7f"
    plain = finding("r\xe9sum\xe9.md")
    assert fingerprint(plain, relative=plain.path) == "b77b8c23caf9f0f379ce3bfc93cd8521"


def test_json_on_a_terminal_that_writes_names_as_bytes_is_still_utf8(folder: Path) -> None:
    # In the C locale a name's own bytes would make the report invalid UTF-8, which JSON
    # readers refuse: JSON writes the name as escapes, which read back as the name.
    process = run_bytes(
        folder,
        "check",
        "--offline",
        "--format",
        "json",
        ".",
        env={"PYTHONIOENCODING": "utf-8:surrogateescape"},
    )

    assert (process.returncode, process.stderr) == (0, b"")
    report = json.loads(process.stdout.decode("utf-8"))
    assert {os.fsencode(finding["path"]) for finding in report["findings"]} == {NOT_UTF8}


@pytest.mark.parametrize(
    "args",
    [
        ["audit", "--offline", "."],
        ["audit", "--offline", "--format", "json", "."],
        ["audit", "--offline", "--html", "audit.html", "."],
        ["fix", "--diff", "."],
    ],
)
def test_audit_and_fix_name_such_a_file_with_escapes(folder: Path, args: list[str]) -> None:
    # user26 P3-1 saw check's formats only: audit's reports and fix's diff must not fail on
    # the name either, and must name it the way check's text and JSON do.
    status, stdout, stderr = run(folder, *args)
    written = (folder / "audit.html").read_bytes().decode("utf-8") if "--html" in args else ""

    assert status in (0, 1) and "Traceback" not in stderr
    assert "r\\udce9sum\\udce9.md" in stdout + stderr + written
