"""`citelint check` as a user runs it: real process, real files, exit codes and formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "fixtures" / "examples" / "answer-page.txt"

GOOD_MD = """# Statins

Statins lower LDL cholesterol in adults [1].

## References

1. Doe J. Statin therapy and LDL cholesterol. J Lipid Res. 2015;56(3):100-9.
"""

BROKEN_MD = """# Statins

Statins lower LDL cholesterol in adults [1]. They also reduce strokes [3].

## References

1. Doe J. Statin therapy and LDL cholesterol. J Lipid Res. 2015;56(3):100-9.
2. Roe K. Exercise after stroke. Stroke. 2018;49(2):200-8.
"""


def run(
    *args: str,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    environment.update({"CITELINT_CACHE_DIR": str(cwd or ROOT / ".pytest_cache")}, **(env or {}))
    process = subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=environment,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        process.args,
        process.returncode,
        process.stdout.decode("utf-8", "replace"),
        process.stderr.decode("utf-8", "replace"),
    )


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "broken.md"
    path.write_text(BROKEN_MD, encoding="utf-8")
    return path


def test_bundled_example_reports_citations_past_the_end_of_the_list() -> None:
    result = run("check", "--offline", "--select", "CL1", str(EXAMPLE))
    assert result.returncode == 1
    cl101 = [line for line in result.stdout.splitlines() if " CL101 " in line]
    assert cl101, result.stdout
    for line in cl101:
        path, line_no, column, _ = line.split(":", 3)
        assert path.endswith("answer-page.txt") and int(line_no) > 0 and int(column) > 0


def test_clean_article_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "good.md"
    path.write_text(GOOD_MD, encoding="utf-8")
    result = run("check", "--offline", "--select", "CL1", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All clear" in result.stdout


def test_text_format_is_path_line_column_code(article: Path) -> None:
    result = run("check", "--offline", "--select", "CL101", str(article), cwd=article.parent)
    assert result.returncode == 1
    assert f"{article}:3:" in result.stdout and " CL101 " in result.stdout


def test_json_format_follows_the_contract(article: Path) -> None:
    result = run(
        "check",
        "--offline",
        "--format",
        "json",
        "--select",
        "CL1",
        str(article),
        cwd=article.parent,
    )
    data = json.loads(result.stdout)
    assert data["version"] == 1
    codes = [f["code"] for f in data["findings"]]
    assert "CL101" in codes and "CL102" in codes
    first = next(f for f in data["findings"] if f["code"] == "CL101")
    assert first["citation"] == 3 and first["severity"] == "error" and first["line"] == 3
    for key in (
        "path",
        "line",
        "column",
        "code",
        "severity",
        "message",
        "citation",
        "reference",
        "pmid",
        "evidence",
    ):
        assert key in first
    assert data["unreadable"] == data["citing_nothing"] == []
    assert data["summary"] == {
        "unreadable": 0,
        "citing_nothing": 0,
        "files": 1,
        "findings": len(codes),
        "errors": codes.count("CL101"),
        "warnings": codes.count("CL102"),
        "infos": 0,
        "unverified": 0,
    }


def test_json_names_a_file_whose_citations_none_were_read(article: Path) -> None:
    # Cited by author and year: the list is there, and no citation points into it.
    cited = article.read_text(encoding="utf-8").replace("[3]", "(Smith 2019)")
    unread = article.with_name("author-year.md")
    unread.write_text(cited.replace("[1]", "(Jones 2020)"), encoding="utf-8")
    result = run("check", "--offline", "--format", "json", unread.name, cwd=article.parent)
    data = json.loads(result.stdout)
    assert data["citing_nothing"] == ["author-year.md"]
    assert data["summary"]["citing_nothing"] == 1


def test_a_saved_cochrane_library_page_is_named_as_citing_nothing_read(tmp_path: Path) -> None:
    """user26 P1-8: its author-year links are not read, and its head's own DOI, taken for an
    inline citation, had passed the page as "All clear"."""
    page = tmp_path / "review.html"
    page.write_bytes((ROOT / "fixtures" / "pages" / "cochrane-library-saved.html").read_bytes())
    result = run("check", "--offline", "--format", "json", page.name, cwd=tmp_path)
    data = json.loads(result.stdout)
    assert data["citing_nothing"] == ["review.html"]
    assert [f for f in data["findings"] if f["severity"] != "info"] == []


def test_github_format_writes_annotations(article: Path) -> None:
    result = run(
        "check",
        "--offline",
        "--format",
        "github",
        "--select",
        "CL101",
        str(article),
        cwd=article.parent,
    )
    assert result.stdout.startswith("::error file=")
    assert ",line=3," in result.stdout


def test_ignore_by_prefix_and_fail_level(article: Path) -> None:
    ignored = run(
        "check", "--offline", "--ignore", "CL101,CL2,CL3", str(article), cwd=article.parent
    )
    assert "CL101" not in ignored.stdout
    # Only the CL102 warning is left: not failing by default, failing at --fail-level warning.
    assert ignored.returncode == 0
    strict = run(
        "check",
        "--offline",
        "--ignore",
        "CL101,CL2,CL3",
        "--fail-level",
        "warning",
        str(article),
        cwd=article.parent,
    )
    assert strict.returncode == 1


def test_pyproject_configuration_is_used(article: Path) -> None:
    (article.parent / "pyproject.toml").write_text(
        '[tool.citelint]\nignore = ["CL101", "CL2", "CL3"]\n'
        '[tool.citelint.severity]\nCL102 = "error"\n',
        encoding="utf-8",
    )
    result = run("check", "--offline", str(article), cwd=article.parent)
    assert "CL101" not in result.stdout
    assert "CL102" in result.stdout and result.returncode == 1


def test_bad_configuration_is_a_usage_error(article: Path) -> None:
    (article.parent / "pyproject.toml").write_text('[tool.citelint]\nselct = ["CL1"]\n')
    result = run("check", "--offline", str(article), cwd=article.parent)
    assert result.returncode == 2
    assert "pyproject.toml" in result.stderr and "selct" in result.stderr
    assert_no_traceback(result)


def test_inline_suppression(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        BROKEN_MD.replace(
            "They also", "<!-- citelint-disable-next-line CL101 -- checked by hand -->\nThey also"
        ).replace("in adults [1]. ", "in adults [1].\n"),
        encoding="utf-8",
    )
    result = run("check", "--offline", "--select", "CL101", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stdout


def test_colour_follows_no_color(article: Path) -> None:
    coloured = run("check", "--offline", "--color", "always", str(article), cwd=article.parent)
    assert "\x1b[" in coloured.stdout
    plain = run("check", "--offline", str(article), cwd=article.parent, env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain.stdout


def test_stdin(tmp_path: Path) -> None:
    result = run(
        "check", "--offline", "--select", "CL101", "-", cwd=tmp_path, stdin=BROKEN_MD.encode()
    )
    assert result.returncode == 1 and "CL101" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin1.md", "Caf\xe9 [1]".encode("latin-1"), "UTF-8"),
        ("missing.md", None, "No such file"),
    ],
)
def test_unreadable_input_exits_two_with_one_clear_line(
    tmp_path: Path, name: str, content: bytes | None, problem: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("check", "--offline", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert name in result.stderr and problem in result.stderr
    assert "All clear" not in result.stdout and "1 file could not be read" in result.stdout
    assert_no_traceback(result)


def test_empty_file_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    result = run("check", "--offline", str(path), cwd=tmp_path)
    assert result.returncode == 0
    assert_no_traceback(result)


def test_directory_with_mixed_files(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(BROKEN_MD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing cited here.\n", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "data.json").write_text("{}")
    # Bytes neither UTF-8 nor Windows-1252 (which a page declaring no charset is read in).
    (tmp_path / "bad.html").write_bytes(b"<p>\x81\x8d broken</p>")
    result = run("check", "--offline", "--format", "json", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2  # bad.html cannot be read...
    assert "bad.html" in result.stderr
    data = json.loads(result.stdout)  # ...but the others are still linted
    assert {Path(f["path"]).name for f in data["findings"]} == {"a.md"}
    assert data["summary"]["files"] == 3 and data["summary"]["unreadable"] == 1
    assert Path(data["unreadable"][0]["path"]).name == "bad.html"
    assert_no_traceback(result)


def test_unknown_option_is_a_usage_error() -> None:
    result = run("check", "--no-such-option", "x.md")
    assert result.returncode == 2
    assert_no_traceback(result)


def test_unknown_suffix_named_explicitly(tmp_path: Path) -> None:
    path = tmp_path / "notes.rst"
    path.write_text(BROKEN_MD)
    result = run("check", "--offline", str(path), cwd=tmp_path)
    assert result.returncode == 2 and "--input-format" in result.stderr
    forced = run(
        "check", "--offline", "--input-format", "md", "--select", "CL101", str(path), cwd=tmp_path
    )
    assert forced.returncode == 1 and "CL101" in forced.stdout


def test_rules_command_lists_and_shows_pages() -> None:
    listing = run("rules")
    assert listing.returncode == 0 and "CL101" in listing.stdout and "CL305" in listing.stdout
    page = run("rules", "cl205")
    assert page.returncode == 0 and page.stdout.startswith("# CL205 retracted")
    unknown = run("rules", "CL999")
    assert unknown.returncode == 2 and "CL999" in unknown.stderr


@pytest.mark.parametrize(
    ("arguments", "config", "where"),
    [
        (["--select", "CL999"], None, "--select"),
        (["--ignore", "CL4"], None, "--ignore"),
        ([], '[tool.citelint]\nselect = ["CL1O1"]\n', "pyproject.toml"),
        ([], '[tool.citelint.severity]\nCL9 = "error"\n', "pyproject.toml"),
    ],
)
def test_a_code_that_names_no_rule_is_a_usage_error(
    article: Path, arguments: list[str], config: str | None, where: str
) -> None:
    if config:
        (article.parent / "pyproject.toml").write_text(config, encoding="utf-8")
    result = run("check", "--offline", *arguments, str(article), cwd=article.parent)
    assert result.returncode == 2
    assert where in result.stderr and "no rule matches" in result.stderr
    assert_no_traceback(result)


def test_rules_command_lists_a_prefix() -> None:
    result = run("rules", "CL2")
    assert result.returncode == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == [
        f"CL20{n}" for n in range(1, 10)
    ]


def test_exclude_holds_for_named_files_and_from_any_folder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.citelint]\nexclude = ["drafts/*"]\n')
    for folder in ("drafts", "articles"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(BROKEN_MD, encoding="utf-8")
    named = run(
        "check", "--offline", "--format", "json", "drafts/a.md", "articles/a.md", cwd=tmp_path
    )
    assert {f["path"] for f in json.loads(named.stdout)["findings"]} == {"articles/a.md"}
    inside = run("check", "--offline", "--format", "json", ".", cwd=tmp_path / "drafts")
    assert json.loads(inside.stdout)["summary"]["files"] == 0


def test_an_internal_error_is_one_line_without_the_api_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from citelint.commands import check, cli

    secret = "s3cret-key-123"
    monkeypatch.setenv("NCBI_API_KEY", secret)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"boom while calling https://x/?api_key={secret}")

    monkeypatch.setattr(check, "stream_paths", explode)
    monkeypatch.setattr(sys, "argv", ["citelint", "check", "--offline", str(tmp_path)])
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("citelint: internal error: RuntimeError: boom")
    assert secret not in err and "Traceback" not in err


def test_select_and_ignore_that_leave_no_rule_are_a_usage_error(article: Path) -> None:
    result = run("check", "--offline", "--select", "CL102", "--ignore", "CL1", str(article))
    assert result.returncode == 2
    assert "no rule to run" in result.stderr


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("notes\nok.md:1:1: CL000 all clear.md", "notes\\nok.md:1:1: CL000 all clear.md"),
        ("review\u202edm.txt.md", "review\\u202edm.txt.md"),
        ("bell\x07\x1b[2Jx.md", "bell\\x07\\x1b[2Jx.md"),
    ],
)
def test_odd_file_names_are_escaped_in_findings_and_errors(
    tmp_path: Path, name: str, shown: str
) -> None:
    (tmp_path / name).write_text(BROKEN_MD, encoding="utf-8")
    unreadable = "unreadable " + name
    (tmp_path / unreadable).write_bytes(b"\xff\xfe not utf-8")
    result = run("check", "--offline", "--select", "CL101", name, unreadable, cwd=tmp_path)
    assert result.returncode == 2
    findings = [line for line in result.stdout.splitlines() if " CL101 " in line]
    assert findings == [
        f"{shown}:3:71: CL101 error: citation [3] has no entry in the reference list "
        "(the list has 2 entries)"
    ]
    assert len(result.stdout.splitlines()) == 2  # the finding and the summary: nothing forged
    assert result.stderr.splitlines() == [
        f"citelint: error: unreadable {shown}: UTF-16 text is not supported; save the article "
        "as UTF-8"
    ]


def test_a_warning_naming_an_odd_cache_folder_stays_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "odd\nfolder"
    (folder / "records.sqlite3").mkdir(parents=True)  # a folder where the cache file should be
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    # A run that looks references up opens the cache; --select CL1 alone would not need it.
    options = ["--offline", "--select", "CL2", "--cache-dir", str(folder)]
    result = run("check", *options, "good.md", cwd=tmp_path)
    assert result.returncode == 0
    assert len(result.stderr.splitlines()) == 1
    assert "odd\\nfolder" in result.stderr and "continuing without a cache" in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["check", "--offline", "good.md"],
        ["lock", "--offline", "good.md"],
        ["check", "--offline", "--mirror", "missing.sqlite3", "good.md"],
    ],
)
def test_an_offline_run_makes_no_cache(tmp_path: Path, command: list[str]) -> None:
    # Offline answers are never stored: a cache that is not there stays not there.
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    cache = tmp_path / "cache"
    result = run(*command, cwd=tmp_path, env={"CITELINT_CACHE_DIR": str(cache)})
    assert_no_traceback(result)
    assert not cache.exists()


def test_a_cache_file_linked_to_nowhere_is_said_to_be_unusable(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "records.sqlite3").symlink_to(tmp_path / "gone" / "records.sqlite3")
    result = run("check", "--offline", "good.md", cwd=tmp_path, env={"CITELINT_CACHE_DIR": "cache"})
    assert result.returncode == 0
    assert "is unusable" in result.stderr and "continuing without a cache" in result.stderr


def test_an_article_over_the_size_limit_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "long.md").write_text(BROKEN_MD * 50, encoding="utf-8")  # about 12 kB
    (tmp_path / "short.md").write_text(BROKEN_MD, encoding="utf-8")
    env = {"CITELINT_MAX_FILE_MB": "0.01"}
    result = run("check", "--offline", "long.md", "short.md", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "citelint: error: long.md: larger than the 0.01 MB limit for one article "
        "(max-file-mb in the configuration, or CITELINT_MAX_FILE_MB)"
    ]
    assert "short.md:3:71: CL101" in result.stdout  # the other file is still checked
    (tmp_path / ".citelint.toml").write_text("max-file-mb = 1\n", encoding="utf-8")
    assert run("check", "--offline", "long.md", cwd=tmp_path).returncode == 1


def test_a_bad_size_limit_in_the_environment_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "short.md").write_text(BROKEN_MD, encoding="utf-8")
    result = run("check", "--offline", "short.md", cwd=tmp_path, env={"CITELINT_MAX_FILE_MB": "x"})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "citelint: error: CITELINT_MAX_FILE_MB must be a number of megabytes above zero, not 'x'"
    ]


@pytest.mark.parametrize("shown", [[], ["--show-unverified"], ["--format", "json"]])
def test_references_not_looked_up_offline_never_fail_the_run(
    tmp_path: Path, shown: list[str]
) -> None:
    # Offline without a lock, CL208 (info) says only that nothing was looked up, as asked:
    # --fail-level info fails on what the article has, and this article has nothing.
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    result = run("check", "--offline", "--fail-level", "info", *shown, "good.md", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert_no_traceback(result)
    # An info the article has still fails it at that level.
    guideline = GOOD_MD.replace("adults [1].", "adults [1], as guidelines say [2].") + (
        "2. World Health Organization. Guideline on lipid management. Geneva: WHO; 2019.\n"
    )
    (tmp_path / "good.md").write_text(guideline, encoding="utf-8")
    failing = run("check", "--offline", "--fail-level", "info", "good.md", cwd=tmp_path)
    assert failing.returncode == 1 and "CL207 info" in failing.stdout


def test_claim_checks_selected_offline_with_no_record_say_they_were_skipped(
    tmp_path: Path,
) -> None:
    # "--select CL3" leaves out CL208's summary line: "All clear" alone would read as though
    # every claim had been checked against its abstract.
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    result = run("check", "--offline", "--select", "CL3", "good.md", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "citelint: warning: no PubMed record for the reference offline (no lock, cache or "
        "mirror answer): the claim checks CL301-CL305 are skipped offline"
    ]
    # Where CL208's line tells it, or no claim rule runs, nothing more is said.
    for selected in ("CL1", "CL3,CL208"):
        quiet = run("check", "--offline", "--select", selected, "good.md", cwd=tmp_path)
        assert quiet.stderr == ""


def test_a_suppression_of_no_rule_is_a_warning(tmp_path: Path) -> None:
    text = GOOD_MD.replace(
        "Statins lower", "<!-- citelint-disable-next-line CL999 -->\nStatins lower"
    )
    (tmp_path / "good.md").write_text(text, encoding="utf-8")
    result = run("check", "--offline", "good.md", cwd=tmp_path)
    assert result.returncode == 0 and "All clear" in result.stdout
    assert result.stderr.splitlines() == [
        "citelint: warning: good.md:3: citelint-disable names CL999, which is no rule's code: "
        "it suppresses nothing ('citelint rules' lists them)"
    ]


@pytest.mark.parametrize("command", ["check", "audit", "baseline"])
def test_a_lock_named_on_the_command_line_must_be_there(tmp_path: Path, command: str) -> None:
    # A typo in its name would check everything without the lock, and say nothing.
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    result = run(command, "--offline", "--lock", "nowhere.lock", "good.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "citelint: error: nowhere.lock: no lock file there (named with --lock); write one "
        "with 'citelint lock --lock FILE'"
    ]


def test_cl208_raised_in_the_configuration_still_fails_an_offline_run(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.citelint.severity]\nCL208 = "error"\n', encoding="utf-8"
    )
    assert run("check", "--offline", "good.md", cwd=tmp_path).returncode == 1


PAREN_LIST = (
    GOOD_MD[GOOD_MD.index("## References") :]
    + "2. Roe K. Exercise after stroke. Stroke. 2018;49(2):200-8.\n"
    + "3. Poe L. Ezetimibe. Circulation. 2017;130:1-9.\n"
)


def test_an_article_whose_citations_cannot_be_read_is_said_so(tmp_path: Path) -> None:
    # Cited by author and year: "All clear" alone would pass this article as though its
    # citations had been checked.
    (tmp_path / "named.md").write_text(
        "Aspirin reduces events (Doe 2015). Statins lower LDL (Roe 2018; Poe 2017).\n\n"
        + PAREN_LIST,
        encoding="utf-8",
    )
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    result = run("check", "--offline", "good.md", "named.md", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1] == (
        "1 file with a reference list (named.md) cites nothing citelint can read: citations "
        "were not checked there (see 'What it reads' in the README)."
    )
    alone = run("check", "--offline", "good.md", cwd=tmp_path)
    assert "cites nothing" not in alone.stdout


AUTHOR_YEAR_ONLY = (
    "# Statins after stroke\n\n"
    "Statin therapy lowered the risk of recurrent stroke in patients with a recent stroke or\n"
    "transient ischaemic attack (Amarenco et al., 2006). More intensive lowering reduced major\n"
    "vascular events further (Cholesterol Treatment Trialists' Collaboration, 2010).\n"
)


def test_an_article_citing_only_by_author_and_year_is_not_all_clear_alone(
    tmp_path: Path,
) -> None:
    # No numbered citation and no reference list: "All clear" alone made a user believe its
    # citations had been checked (user trial).
    (tmp_path / "stroke.md").write_text(AUTHOR_YEAR_ONLY, encoding="utf-8")
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    result = run("check", "--offline", "--jobs", "2", "good.md", "stroke.md", cwd=tmp_path)
    assert result.returncode == 0
    # Not "All clear": one of the two could not be checked at all.
    assert result.stdout.splitlines()[0] == "No findings in 2 files read."
    assert result.stdout.splitlines()[-1] == (
        "1 file (stroke.md) has no reference list and no citation citelint can read (numbered, "
        "or a PubMed or DOI link): nothing was checked there; citations by author and year are "
        "not read."
    )
    alone = run("check", "--offline", "good.md", cwd=tmp_path).stdout
    assert alone.splitlines()[0] == "All clear: 1 file checked."
    assert "no citation citelint can read" not in alone
    # JSON keeps to its contract: the file is no finding and adds no key.
    data = json.loads(
        run("check", "--offline", "--format", "json", "stroke.md", cwd=tmp_path).stdout
    )
    assert data["findings"] == [] and data["citing_nothing"] == []


def test_an_article_citing_in_parentheses_is_checked(tmp_path: Path) -> None:
    # Its numbers in parentheses first appear in the list's order and cite all of it: read
    # as citations, so "(4)", past the list's end, is found.
    (tmp_path / "paren.md").write_text(
        "Aspirin reduces events (1). Statins lower LDL (2, 3). Ezetimibe adds a little (4).\n\n"
        + PAREN_LIST,
        encoding="utf-8",
    )
    result = run("check", "--offline", "paren.md", cwd=tmp_path)
    assert result.returncode == 1
    assert "paren.md:1:79: CL101 error: citation [4] has no entry" in result.stdout
    assert "cites nothing" not in result.stdout


def test_an_offline_run_of_claim_rules_alone_is_not_all_clear(tmp_path: Path) -> None:
    # Offline with no lock every claim rule is skipped: "All clear" said the claims had been
    # checked (user19). The warning says why; the summary must not contradict it.
    (tmp_path / "good.md").write_text(GOOD_MD, encoding="utf-8")
    claims = run("check", "--offline", "--no-cache", "--select", "CL3", "good.md", cwd=tmp_path)
    assert claims.returncode == 0
    assert claims.stdout.splitlines()[0] == "No findings in 1 file read."
    assert "claim checks CL301-CL305 are skipped offline" in claims.stderr
    structure = run("check", "--offline", "--select", "CL1", "good.md", cwd=tmp_path)
    assert structure.stdout.splitlines()[0] == "All clear: 1 file checked."
