"""`citelint audit` as a command: report, exit code, JSON, the HTML page and unreadable files.

The records come from fixtures/entrez/pubmed through a StaticResolver put in place of the
command's lock-and-PubMed resolver, so nothing here touches the network.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from citelint.commands import audit as audit_module
from citelint.commands import cli as cli_module
from citelint.config import Config
from citelint.errors import CitelintError
from citelint.pubmed.outcomes import Resolver, StaticResolver
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.record import Record
from citelint.report.audit_json import render_audit_json

ROOT = Path(__file__).resolve().parents[2]
STENOSIS = str(ROOT / "fixtures" / "audit" / "stenosis.md")


def fixture_records() -> list[Record]:
    return [
        found
        for path in sorted((ROOT / "fixtures" / "entrez" / "pubmed").glob("*.xml"))
        for found in parse_pubmed_articles(path.read_bytes())
    ]


@pytest.fixture(autouse=True)
def offline_records(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def resolver_for(config: Config, lock_path: str | None) -> Resolver:
        return StaticResolver(fixture_records())

    monkeypatch.setattr(audit_module, "resolver_for", resolver_for)
    # No configuration file of the repository or the developer may change the defaults.
    monkeypatch.chdir(tmp_path)


def audit(*args: str) -> Result:
    return CliRunner().invoke(cli_module.cli, ["audit", *args], catch_exceptions=False)


def test_the_audit_prints_the_report_and_fails_on_errors() -> None:
    result = audit(STENOSIS, "--no-progress")

    assert result.stdout.startswith(f"{STENOSIS}\n  3:112  In a retrospective cohort, pain")
    assert result.stdout.endswith(
        "Audited 9 claims with 10 citations "
        "(4 good, 2 weak, 3 unsupported, 0 contradicted, 1 not judged); 10 findings.\n"
    )
    assert result.exit_code == 1  # CL205 retracted and CL201 not found are errors


def test_the_exit_code_follows_the_fail_level() -> None:
    assert audit(STENOSIS, "--ignore", "CL2").exit_code == 0  # CL3xx: warnings and infos

    assert audit(STENOSIS, "--ignore", "CL2", "--fail-level", "warning").exit_code == 1


def test_the_audit_resolves_even_when_no_selected_rule_needs_records() -> None:
    result = audit(STENOSIS, "--select", "CL1", "--format", "json")

    first = json.loads(result.stdout)["files"][0]["claims"][0]["citations"][0]
    assert (first["status"], first["pmid"]) == ("resolved", "39990001")
    assert result.exit_code == 0


def test_the_audit_writes_json() -> None:
    data = json.loads(audit(STENOSIS, "--format", "json").stdout)

    assert [c["line"] for c in data["files"][0]["claims"]] == [3, 5, 7, 9, 11, 13, 15, 17, 19]
    assert data["summary"]["claims"] == 9


def test_the_audit_writes_the_html_page(tmp_path: Path) -> None:
    page = tmp_path / "audit.html"

    result = audit(STENOSIS, "--html", str(page))

    assert "Intradiscal platelet-rich plasma reverses" in page.read_text(encoding="utf-8")
    assert result.stdout.startswith(STENOSIS)
    assert [p.name for p in tmp_path.iterdir()] == ["audit.html"]  # no temporary file left


def test_the_audit_names_an_unwritable_page(tmp_path: Path) -> None:
    with pytest.raises(CitelintError, match="cannot write"):
        audit(STENOSIS, "--html", str(tmp_path / "no" / "audit.html"))


def test_unreadable_files_are_named_and_exit_2(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    broken = folder / "a-broken.md"
    broken.write_bytes(b"\x00\x01\x02 not text")
    readable = folder / "stenosis.md"
    shutil.copy(STENOSIS, readable)

    result = audit(str(folder))

    assert result.exit_code == 2
    assert result.stderr.startswith(f"citelint: error: {broken}: ")
    assert str(readable) in result.stdout  # what could be read is still audited


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    result = audit(STENOSIS, "--progress")

    assert result.stderr == ""


def test_the_audit_rejects_other_formats() -> None:
    result = audit(STENOSIS, "--format", "sarif")

    assert result.exit_code == 2
    assert "'sarif' is not one of 'text', 'json'" in result.stderr


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_folder_with_no_article_says_so_and_writes_no_text(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.py").write_text("print('not an article')\n", encoding="utf-8")
    page = tmp_path / "audit.html"
    args = ["audit", "--offline", "--format", fmt, "--html", str(page), str(tmp_path / "empty")]
    result = CliRunner().invoke(cli_module.cli, args)
    checked = CliRunner().invoke(cli_module.cli, ["check", "--offline", str(tmp_path / "empty")])

    assert result.exit_code == checked.exit_code == 0
    assert result.stderr.startswith("No article files found, so nothing was checked")
    if fmt == "text":
        assert result.stdout == ""  # no "Audited 0 claims"
    else:  # as check's JSON: a program reading it gets a document, not nothing (review14 F9)
        assert json.loads(result.stdout) == json.loads(render_audit_json([]))
    assert not page.exists()
