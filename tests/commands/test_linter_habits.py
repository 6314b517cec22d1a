"""What users of ruff, markdownlint and pre-commit expect of a linter, as they would type it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from citelint.commands.cli import cli
from citelint.commands.discover import collect_files
from citelint.commands.progress import bar, wanted

BROKEN = """# Statins

Statins lower LDL cholesterol in adults [1]. They also reduce strokes [3].

## References

1. Doe J. Statin therapy and LDL cholesterol. J Lipid Res. 2015;56(3):100-9.
2. Roe K. Exercise after stroke. Stroke. 2018;49(2):200-8.
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("CITELINT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "a.md").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def citelint(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.output


def test_each_finding_line_names_its_severity_in_words_without_colour(repo: Path) -> None:
    code, output = citelint("check", "--offline", "a.md", env={"NO_COLOR": "1"})
    assert code == 1
    lines = output.splitlines()
    assert "a.md:3:71: CL101 error: citation [3] has no entry" in lines[0]
    assert any(line.startswith("a.md:8:1: CL102 warning: ") for line in lines)
    assert "\x1b[" not in output


def test_offline_without_a_lock_unverified_references_are_one_line(repo: Path) -> None:
    code, output = citelint("check", "--offline", "a.md")
    assert "CL208" not in output
    assert output.splitlines()[-1] == (
        "2 references not checked against PubMed (offline, no lock): "
        "run `citelint lock`, or add --show-unverified to list them."
    )
    code, listed = citelint("check", "--offline", "--show-unverified", "a.md")
    assert listed.count(" CL208 info: ") == 2
    # JSON counts them as the text does (a clean 620-entry review was "622 findings" to a
    # dashboard reading summary.findings: user30a P2-2); --show-unverified lists them.
    code, as_json = citelint("check", "--offline", "--format", "json", "a.md")
    report = json.loads(as_json)
    assert "CL208" not in [f["code"] for f in report["findings"]]
    assert report["summary"]["unverified"] == 2
    assert report["summary"]["findings"] == len(report["findings"]) == 2
    code, as_json = citelint("check", "--offline", "--show-unverified", "--format", "json", "a.md")
    report = json.loads(as_json)
    assert [f["code"] for f in report["findings"]].count("CL208") == 2
    assert report["summary"]["unverified"] == 0


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_unverified_references_asked_for_by_code_are_each_listed(repo: Path, fmt: str) -> None:
    code, output = citelint("check", "--offline", "--select", "CL208", "--format", fmt, "a.md")
    assert output.count("reference 1 could not be checked: offline") == 1
    assert output.count("reference 2 could not be checked: offline") == 1
    assert "not checked against PubMed" not in output
    # A prefix asks for a family, not for this code: its unverified references stay one line.
    code, output = citelint("check", "--offline", "--select", "CL2", "--format", fmt, "a.md")
    counted = '"unverified": 2' if fmt == "json" else "2 references not checked"
    assert "could not be checked" not in output and counted in output


def test_a_finding_suppressed_on_its_own_line_is_not_reported(repo: Path) -> None:
    cited = "They also reduce strokes [3]."
    suppressed = f"{cited} <!-- citelint-disable-line CL101 -- in the printed edition -->"
    (repo / "a.md").write_text(BROKEN.replace(cited, suppressed), encoding="utf-8")
    code, output = citelint("check", "--offline", "a.md")
    assert "CL101" not in output and "a.md:8:1: CL102 warning: " in output


def test_statistics_with_another_format_is_said_not_ignored(repo: Path) -> None:
    result = CliRunner().invoke(
        cli, ["check", "--offline", "--statistics", "--format", "json", "a.md"]
    )
    assert json.loads(result.stdout)["summary"]["findings"] == 2  # CL101, CL102; 2 unverified
    assert result.stderr == (
        "citelint: warning: --statistics applies to the text format, not json\n"
    )


def test_with_a_lock_file_the_references_it_lacks_are_still_listed(repo: Path) -> None:
    (repo / "citelint.lock").write_text('{"version": 3, "references": {}}', encoding="utf-8")
    code, output = citelint("check", "--offline", "a.md")
    assert output.count(" CL208 info: ") == 2 and "not checked against PubMed" not in output


def test_exit_zero_quiet_statistics_and_output_file(repo: Path) -> None:
    code, output = citelint("check", "--offline", "--exit-zero", "-q", "a.md")
    assert code == 0
    assert len(output.splitlines()) == 2  # CL101 and CL102, no summary
    code, output = citelint("check", "--offline", "--statistics", "--show-unverified", "a.md")
    assert code == 1
    assert output.splitlines()[:3] == [
        "     2  CL208  info",
        "     1  CL101  error",
        "     1  CL102  warning",
    ]
    code, output = citelint("check", "--offline", "-o", "report.json", "--format", "json", "a.md")
    assert (code, output) == (1, "")
    assert json.loads((repo / "report.json").read_text())["summary"]["errors"] == 1


def test_a_baseline_run_says_how_many_findings_it_hid(repo: Path) -> None:
    citelint("baseline", "--offline", "a.md", "-o", "base.json")
    (repo / "a.md").write_text(BROKEN.replace("[1].", "[1, 4]."), encoding="utf-8")
    code, output = citelint(
        "check", "--offline", "--show-unverified", "--baseline", "base.json", "a.md"
    )
    assert "citation [4] has no entry" in output
    assert "4 findings accepted by the baseline not shown." in output


def test_baseline_without_a_path_accepts_the_project_from_its_configuration(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # DESIGN.md: "citelint baseline [PATH...]". With none, the folder of pyproject.toml's
    # [tool.citelint], even from a subfolder.
    (repo / ".git").mkdir()  # a repository: baselines name files from its top
    (repo / "pyproject.toml").write_text("[tool.citelint]\noffline = true\n", encoding="utf-8")
    (repo / "docs").mkdir()
    (repo / "docs" / "b.md").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(repo / "docs")
    code, output = citelint("baseline", "-o", "../base.json")
    assert code == 0 and "Wrote 8 finding(s)" in output  # a.md and docs/b.md
    monkeypatch.chdir(repo)
    code, output = citelint("check", "--baseline", "base.json", ".")
    assert code == 0 and "8 findings accepted by the baseline not shown." in output


def run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "citelint", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_configuration_mistakes_are_one_plain_line(repo: Path) -> None:
    (repo / "pyproject.toml").write_text("[tool.citelint]\nfail-level = 3\n", encoding="utf-8")
    wrong = run("check", "--offline", "a.md")
    assert wrong.returncode == 2
    assert wrong.stderr == (
        f"citelint: error: {repo / 'pyproject.toml'}: "
        "'fail-level' must be error, warning or info, not 3\n"
    )
    (repo / "pyproject.toml").unlink()
    missing = run("check", "--offline", "--baseline", "gone.json", "a.md")
    assert missing.returncode == 2
    assert missing.stderr == (
        "citelint: error: gone.json: cannot read baseline: No such file or directory\n"
    )


def test_an_unusable_cache_is_one_warning_line_naming_it_once(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A folder where the cache file should be: an offline run reads it, and cannot.
    (repo / "cache" / "records.sqlite3").mkdir(parents=True)
    monkeypatch.setenv("CITELINT_CACHE_DIR", str(repo / "cache"))
    result = run("check", "--offline", "a.md")
    assert result.returncode == 1
    (warning,) = result.stderr.splitlines()
    assert warning.startswith(f"citelint: warning: cache {repo / 'cache'}")
    assert warning.endswith(
        "continuing without a cache (delete the file or choose another --cache-dir)"
    )


def test_folder_scans_skip_vendored_folders_and_follow_exclude_options(repo: Path) -> None:
    for folder in ("node_modules/pkg", "build", "drafts", "articles"):
        (repo / folder).mkdir(parents=True)
        (repo / folder / "x.md").write_text(BROKEN, encoding="utf-8")
    found = {p.as_posix() for p in collect_files(["."])}
    assert found == {"a.md", "drafts/x.md", "articles/x.md"}
    code, output = citelint(
        "check", "--offline", "--format", "json", "--extend-exclude", "drafts/*", "."
    )
    paths = {f["path"] for f in json.loads(output)["findings"]}
    assert paths == {"a.md", "articles/x.md"}
    code, output = citelint("check", "--offline", "--format", "json", "--exclude", "a.md", ".")
    assert {f["path"] for f in json.loads(output)["findings"]} == {"articles/x.md", "drafts/x.md"}


def test_per_file_ignores_leave_rules_out_for_matching_files_only(repo: Path) -> None:
    # user21: as ruff's per-file-ignores, for drafts or notes that cite loosely by design.
    (repo / "drafts").mkdir()
    (repo / "drafts" / "x.md").write_text(BROKEN, encoding="utf-8")
    (repo / "pyproject.toml").write_text(
        '[tool.citelint.per-file-ignores]\n"drafts/*" = ["CL101"]\n"a.md" = "CL102"\n',
        encoding="utf-8",
    )
    code, output = citelint("check", "--offline", "--select", "CL1", "--format", "json", ".")
    found = sorted((f["path"], f["code"]) for f in json.loads(output)["findings"])
    assert found == [("a.md", "CL101"), ("drafts/x.md", "CL102")]


def test_inside_a_git_work_tree_ignored_files_are_skipped(repo: Path) -> None:
    subprocess.run(["git", "init", "-q"], check=True)
    (repo / ".gitignore").write_text("generated/\n", encoding="utf-8")
    (repo / "generated").mkdir()
    (repo / "generated" / "copy.md").write_text(BROKEN, encoding="utf-8")
    (repo / "new.md").write_text(BROKEN, encoding="utf-8")  # untracked, not ignored: read
    assert {p.as_posix() for p in collect_files(["."])} == {"a.md", "new.md"}
    # A file named on the command line is read even when git ignores it.
    assert collect_files(["generated/copy.md"]) == [Path("generated/copy.md")]


def test_audit_takes_several_paths_and_rules_print_json(repo: Path) -> None:
    (repo / "b.md").write_text(BROKEN, encoding="utf-8")
    code, output = citelint("audit", "--offline", "--format", "json", "a.md", "b.md")
    assert [entry["path"] for entry in json.loads(output)["files"]] == ["a.md", "b.md"]
    code, output = citelint("rules", "CL1", "--format", "json")
    rules = json.loads(output)
    assert [rule["code"] for rule in rules][:2] == ["CL101", "CL102"]
    assert rules[0]["needs_pubmed"] is False and rules[0]["severity"] == "error"


def test_progress_is_never_drawn_off_a_terminal() -> None:
    assert not wanted(True)  # pytest's stderr is not a terminal
    items = [1, 2, 3]
    assert bar(items, "Reading", "file", enabled=False) is items
