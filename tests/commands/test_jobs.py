"""`check --jobs`: worker processes change how fast a report comes, never what it says.

The corpus mixes articles whose references the fake E-utilities server holds (so resolution,
support scoring and label checks all run) with the structure fixtures, a file that cannot be
read and a file named twice; enough files that --jobs 2 really starts worker processes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fake_eutils import FakeEutils

from citelint.commands.stream import FILES_PER_WORKER, WINDOW

ROOT = Path(__file__).resolve().parents[2]
STENOSIS = ROOT / "fixtures" / "audit" / "stenosis.md"
LINKED = """\
# Stenosis

Stimulation eased leg pain ([Halvorsen 2019](https://pubmed.ncbi.nlm.nih.gov/39990001/)).
Injections did no better than physiotherapy (PMID: 39990003).
"""


def corpus(folder: Path) -> Path:
    articles = folder / "articles"
    for copy in range(3):
        shutil.copytree(ROOT / "fixtures" / "articles", articles / f"set-{copy}")
        shutil.copy(STENOSIS, articles / f"stenosis-{copy}.md")
        (articles / f"linked-{copy}.md").write_text(LINKED, encoding="utf-8")
    (articles / "broken.md").write_bytes(b"\xff\xfe not an article")
    return articles


def run(folder: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    environment = {**os.environ, "CITELINT_CACHE_DIR": str(folder / "cache"), **(env or {})}
    environment.pop("NO_COLOR", None)
    done = subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.fixture
def locked(tmp_path: Path, fake_eutils: FakeEutils) -> Path:
    """A corpus and a citelint.lock of its references, made through the fake server."""
    articles = corpus(tmp_path)
    code, _, err = run(tmp_path, "lock", "articles", env={"CITELINT_ENTREZ_URL": fake_eutils.url})
    assert (tmp_path / "citelint.lock").is_file(), err
    assert len(list(articles.rglob("*.*"))) >= 2 * FILES_PER_WORKER
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_offline_reports_are_the_same_for_any_number_of_jobs(locked: Path, fmt: str) -> None:
    # One file named twice and one named before a folder that holds it: as given, not sorted.
    paths = ["articles", "articles/stenosis-0.md", "articles/broken.md"]
    single = run(locked, "check", "--offline", "--format", fmt, "--jobs", "1", *paths)
    double = run(locked, "check", "--offline", "--format", fmt, "--jobs", "2", *paths)

    assert single == double
    code, out, err = single
    assert code == 2 and "broken.md" in err  # the unreadable file, after all the others
    if fmt == "text":
        # The lock holds PubMed's answers: resolution, scoring and label rules all spoke.
        assert {"CL101", "CL205", "CL301"} <= {word for word in out.split()}


def test_a_baseline_written_with_workers_accepts_the_same_findings(locked: Path) -> None:
    for jobs in ("1", "2"):
        run(locked, "baseline", "--offline", "--jobs", jobs, "-o", f"base-{jobs}.json", "articles")
    assert (locked / "base-1.json").read_text() == (locked / "base-2.json").read_text()
    code, out, _ = run(
        locked, "check", "--offline", "--jobs", "2", "--baseline", "base-1.json", "articles"
    )
    assert code == 2 and "All clear" not in out and "accepted by the baseline" in out


def test_online_runs_resolve_in_windows_and_report_the_same(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    # More files than one window holds, so the batches are resolved window by window.
    for copy in range(WINDOW + 4):
        shutil.copy(STENOSIS, articles / f"stenosis-{copy:03d}.md")
    env = {"CITELINT_ENTREZ_URL": fake_eutils.url}
    options = ["check", "--no-cache", "--format", "json", "articles"]
    single = run(tmp_path, *options, "--jobs", "1", env=env)
    asked = len(fake_eutils.requests())
    double = run(tmp_path, *options, "--jobs", "2", env=env)

    assert single == double
    assert single[0] == 1 and '"CL205"' in single[1]
    # The second run asked what the first asked: each window in the same few batches.
    assert len(fake_eutils.requests()) == 2 * asked


def test_an_unusable_cache_is_one_warning_for_any_number_of_jobs(tmp_path: Path) -> None:
    corpus(tmp_path)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "records.sqlite3").write_bytes(b"not a database")
    for jobs in ("1", "2"):
        code, _, err = run(tmp_path, "check", "--offline", "--jobs", jobs, "articles")
        assert code == 2  # broken.md
        warnings = [line for line in err.splitlines() if "warning" in line]
        assert len(warnings) == 1, err
        assert "is unusable (file is not a database)" in warnings[0]


@pytest.mark.parametrize("start_method", ["fork", "spawn", "forkserver"])
def test_a_workers_warning_reads_like_the_main_processs_however_it_was_started(
    tmp_path: Path, start_method: str
) -> None:
    """Python 3.14 starts workers with forkserver: a warning a worker gives later (here a
    damaged cache entry, read only when a file is checked) keeps the command line's form."""
    from citelint.pubmed.cache import RecordCache

    articles = tmp_path / "articles"
    articles.mkdir()
    entry = "1. Smith J. Walking for back pain. Spine. 2019;44:1-9. PMID: 27000001\n"
    for number in range(2 * FILES_PER_WORKER):
        text = f"# Walking\n\nWalking helps [1].\n\n## References\n\n{entry}"
        (articles / f"walking-{number}.md").write_text(text, encoding="utf-8")
    cache = RecordCache(tmp_path / "cache")
    cache.put("record3:27000001", "{broken")
    cache.close()
    start = (
        f"import multiprocessing, sys; multiprocessing.set_start_method({start_method!r}); "
        "sys.argv = ['citelint', 'check', '--offline', '--jobs', '2', 'articles']; "
        "from citelint.commands.start import main; main()"
    )
    environment = {**os.environ, "CITELINT_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", start],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    told = [line for line in done.stderr.splitlines() if "damaged entry" in line]
    assert told, done.stderr
    assert all(line.startswith("citelint: warning: cache ") for line in told), done.stderr
