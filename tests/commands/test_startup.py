"""What a run loads: an offline check never the network stack, a short command next to nothing.

Start-up time is mostly imports, so these tests pin down which modules each kind of run may
import; benchmarks/lint_throughput.py shows the times themselves.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fake_eutils import FakeEutils

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "fixtures" / "articles" / "md" / "clean.md"

# Runs the CLI in a fresh interpreter and writes the names of the modules it imported.
PROBE = """
import sys
from citelint.commands.cli import main

out, sys.argv = sys.argv[1], ["citelint", *sys.argv[2:]]
try:
    main()
finally:
    with open(out, "w") as handle:
        handle.write("\\n".join(sorted(sys.modules)))
"""
NETWORK = {"requests", "urllib3", "http.client", "lxml", "citelint.pubmed.client"}


def modules_of(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> set[str]:
    out = tmp_path / "modules.txt"
    environment = {**os.environ, "CITELINT_CACHE_DIR": str(tmp_path / "cache"), **(env or {})}
    subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *args],
        cwd=tmp_path,
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )
    return set(out.read_text().split())


def test_an_offline_check_imports_nothing_network_related(tmp_path: Path) -> None:
    loaded = modules_of(tmp_path, "check", "--offline", str(ARTICLE))

    assert "citelint.read.layout" in loaded  # the probe did run the check
    assert not NETWORK & loaded
    # Without a lock or cache no entry resolves to a record: nothing to score.
    assert "citelint.support.scoring" not in loaded


def test_a_short_offline_check_loads_only_what_it_uses(tmp_path: Path) -> None:
    # No settings file, no folder to scan, no title alike enough to compare: none of the
    # libraries for those is loaded, nor the process pool for one file.
    page = ROOT / "fixtures" / "examples" / "answer-page.txt"
    loaded = modules_of(tmp_path, "check", "--offline", "--no-cache", str(page))

    assert "citelint.rules.structure" in loaded
    unused = {"rapidfuzz", "tomllib", "tempfile", "subprocess", "multiprocessing", "sqlite3"}
    unused |= {"hashlib"}  # only writing a lock hashes abstracts
    assert not unused & loaded


def test_a_structure_only_check_loads_no_claim_scoring(tmp_path: Path) -> None:
    loaded = modules_of(tmp_path, "check", "--offline", "--select", "CL1", str(ARTICLE))

    assert "citelint.rules.structure" in loaded
    assert not {"citelint.support.scoring", "citelint.support.checker"} & loaded
    assert not NETWORK & loaded


def test_an_online_check_still_loads_the_client(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    env = {"CITELINT_ENTREZ_URL": fake_eutils.url}
    loaded = modules_of(tmp_path, "check", "--no-cache", "--select", "CL2", str(ARTICLE), env=env)

    assert "citelint.pubmed.client" in loaded


def test_version_and_rules_load_neither_readers_nor_scoring(tmp_path: Path) -> None:
    version = modules_of(tmp_path, "--version")
    rules = modules_of(tmp_path, "rules")

    assert "citelint.commands.check" not in version
    assert "citelint.models" not in version  # the data model, a tenth of its start-up
    assert not {m for m in version if m.startswith(("citelint.read", "citelint.rules"))}
    heavy = {"citelint.read.layout", "citelint.support.scoring", "rapidfuzz", *NETWORK}
    assert "citelint.rules.structure" in rules
    assert not heavy & rules
