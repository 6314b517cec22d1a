"""The real pre-commit tool runs the offline hook from this repository on a broken article."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BROKEN = """# Vitamin D

Vitamin D supplements reduce falls in older adults [2].

## References

1. Doe J. Vitamin D and falls in older adults. BMJ. 2019;365:l1000.
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def new_repo(tmp_path: Path) -> Path:
    """An empty git repository of articles, in a checkout of this project, or a skip."""
    if not (ROOT / ".git").exists():
        pytest.skip("try-repo needs this project to be a git checkout")
    repo = tmp_path / "articles"
    repo.mkdir()
    git(repo, "init", "-q")
    return repo


def run_hook(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The real pre-commit running this project's offline hook on every file of ``repo``."""
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "CITELINT_CACHE_DIR": str(tmp_path / "cache"),
    }
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "citelint", "--all-files"]
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, env=env, timeout=900)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_offline_hook_fails_on_broken_article_then_passes_after_fix(tmp_path: Path) -> None:
    repo = new_repo(tmp_path)
    article = repo / "vitamin-d.md"
    article.write_text(BROKEN, encoding="utf-8")
    # plain-text files that are not articles must not reach citelint, nor the repository's own
    # notes, whose "[2]" would be a citation without a list (CL107)
    (repo / "LICENSE").write_text("MIT License [1]\n", encoding="utf-8")
    (repo / "requirements.txt").write_text("requests==2.0 [2]\n", encoding="utf-8")
    (repo / "README.md").write_text("# Articles\n\nSee step [2] above.\n", encoding="utf-8")
    (repo / "CONTRIBUTING.md").write_text("Run the hook [1].\n", encoding="utf-8")
    notes = ["LICENSE", "requirements.txt", "README.md", "CONTRIBUTING.md"]
    git(repo, "add", "vitamin-d.md", *notes)

    failing = run_hook(repo, tmp_path)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "CL101" in failing.stdout and "vitamin-d.md:3:" in failing.stdout

    article.write_text(BROKEN.replace("[2]", "[1]"), encoding="utf-8")
    passing = run_hook(repo, tmp_path)
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_offline_hook_checks_word_files(tmp_path: Path) -> None:
    repo = new_repo(tmp_path)
    shutil.copy(ROOT / "fixtures" / "formats" / "docx" / "faulty.docx", repo / "faulty.docx")
    git(repo, "add", "faulty.docx")

    failing = run_hook(repo, tmp_path)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "faulty.docx:1:41: CL101" in failing.stdout
