"""``--format sarif`` is valid SARIF 2.1.0 with what GitHub code scanning needs."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from citelint import __version__
from citelint.commands.cli import cli
from citelint.models import Claim, Document, Finding, Marker, Severity
from citelint.report import render
from citelint.report.sarif import FINGERPRINT_KEY, render_sarif
from citelint.rules import ALL_RULES

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "schemas" / "sarif-schema-2.1.0.json").read_text()
)
# RFC 3986 characters; anything else in a URI must be percent-encoded.
URI_CHARACTERS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")

HOSTILE = (
    'He said "stop" </script><script>alert(1)</script>\nsecond line \u00e9\u2013\U0001f600 \\ %'
)


@pytest.fixture(autouse=True)
def in_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative finding paths are read from the working directory, as on the command line."""
    monkeypatch.chdir(tmp_path)


def finding(**changes: object) -> Finding:
    base = Finding(
        path="docs/a.md",
        line=12,
        column=5,
        code="CL101",
        severity=Severity.ERROR,
        message="citation [4] has no entry in the reference list",
        citation=4,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def sarif(findings: list[Finding], tmp_path: Path, **options: object) -> dict:
    text = render_sarif(findings, root=tmp_path, **options)  # type: ignore[arg-type]
    log = json.loads(text)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    return log


def test_empty_run_is_valid_and_describes_every_rule(tmp_path: Path) -> None:
    log = sarif([], tmp_path)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "citelint"
    assert driver["version"] == __version__
    assert driver["informationUri"].startswith("https://")
    assert [rule["id"] for rule in driver["rules"]] == [rule.code for rule in ALL_RULES]
    assert run["results"] == []


def test_rule_descriptors_carry_descriptions_help_level_and_tags(tmp_path: Path) -> None:
    driver = sarif([], tmp_path)["runs"][0]["tool"]["driver"]
    expected_level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    for rule, descriptor in zip(ALL_RULES, driver["rules"], strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary.strip()
        assert descriptor["fullDescription"]["text"]
        assert rule.summary.strip() in descriptor["help"]["text"]
        assert descriptor["help"]["markdown"].startswith(f"# {rule.code} {rule.name}")
        assert descriptor["defaultConfiguration"]["level"] == expected_level[rule.severity]
        assert "citations" in descriptor["properties"]["tags"]


def test_result_has_rule_level_message_location_and_fingerprint(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    path = str(tmp_path / "docs" / "a.md")
    log = sarif([finding(path=path)], tmp_path)
    driver = log["runs"][0]["tool"]["driver"]
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "CL101"
    assert driver["rules"][result["ruleIndex"]]["id"] == "CL101"
    assert result["level"] == "error"
    assert result["message"]["text"] == "citation [4] has no entry in the reference list"
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "docs/a.md", "uriBaseId": "%SRCROOT%"}
    assert physical["region"] == {"startLine": 12, "startColumn": 5}
    assert re.fullmatch(r"[0-9a-f]{32}", result["partialFingerprints"][FINGERPRINT_KEY])
    assert result["properties"] == {"citation": 4}


def test_levels_follow_the_finding_severity_after_configuration(tmp_path: Path) -> None:
    findings = [
        finding(code="CL102", severity=Severity.ERROR, line=1),
        finding(code="CL207", severity=Severity.INFO, line=2),
        finding(code="CL203", severity=Severity.WARNING, line=3),
    ]
    results = sarif(findings, tmp_path)["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "note", "warning"]


def test_fingerprint_ignores_the_line_but_not_the_cited_work(tmp_path: Path) -> None:
    first = finding(code="CL205", pmid="111", line=3)
    moved = finding(code="CL205", pmid="111", line=13)
    other = finding(code="CL205", pmid="222", line=3)

    def prints(one: Finding) -> str:
        (result,) = sarif([one], tmp_path)["runs"][0]["results"]
        return result["partialFingerprints"][FINGERPRINT_KEY]

    assert prints(first) == prints(moved)
    assert prints(other) != prints(first)


def test_documents_give_findings_without_subject_a_stable_fingerprint(tmp_path: Path) -> None:
    def document(line: int) -> Document:
        claim = Claim("Exercise helps", line, 1, [Marker([4], line, 16, "[4]")])
        return Document("docs/a.md", "md", "", claims=[claim])

    near = render_sarif([finding(line=3)], documents=[document(3)], root=tmp_path)
    far = render_sarif([finding(line=30)], documents=[document(30)], root=tmp_path)

    def prints(text: str) -> str:
        return json.loads(text)["runs"][0]["results"][0]["partialFingerprints"][FINGERPRINT_KEY]

    assert prints(near) == prints(far)


@pytest.mark.parametrize("name", ["docs/my article.md", "docs/caf\u00e9#1.md", "docs/100%.md"])
def test_paths_are_percent_encoded_uri_references(tmp_path: Path, name: str) -> None:
    (result,) = sarif([finding(path=name)], tmp_path)["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert URI_CHARACTERS.match(uri)
    assert "#" not in uri and " " not in uri


def test_path_outside_the_root_is_an_absolute_file_uri(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    outside = tmp_path / "elsewhere.md"
    (result,) = sarif([finding(path=str(outside))], root)["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == outside.as_uri()
    assert "uriBaseId" not in location


def test_hostile_article_text_survives_as_data(tmp_path: Path) -> None:
    hostile = finding(message=HOSTILE, evidence=HOSTILE, subject=HOSTILE, path="docs/x</y>.md")
    text = render_sarif([hostile], root=tmp_path)
    log = json.loads(text)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    (result,) = log["runs"][0]["results"]
    assert result["message"]["text"] == HOSTILE
    assert result["properties"]["evidence"] == HOSTILE
    # The newline is escaped inside the JSON string, so article text cannot start a line.
    assert "\\nsecond line" in text
    assert not any(line.lstrip().startswith("second line") for line in text.splitlines())


def test_unknown_rule_code_still_gets_a_descriptor(tmp_path: Path) -> None:
    log = sarif([finding(code="CL999")], tmp_path, rules=[])
    driver = log["runs"][0]["tool"]["driver"]
    (result,) = log["runs"][0]["results"]
    assert driver["rules"][result["ruleIndex"]]["id"] == "CL999"


def test_zero_line_or_column_is_clamped_to_one(tmp_path: Path) -> None:
    (result,) = sarif([finding(line=0, column=0)], tmp_path)["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 1}


def test_report_dispatch_renders_sarif() -> None:
    log = json.loads(render("sarif", [finding()], files=1))
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    assert log["runs"][0]["results"][0]["ruleId"] == "CL101"


def test_results_are_sorted_by_path_line_column_code(tmp_path: Path) -> None:
    findings = [finding(path="b.md"), finding(path="a.md", line=9), finding(path="a.md", line=2)]
    results = sarif(findings, tmp_path)["runs"][0]["results"]
    places = [
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in results
    ]
    assert places == [("a.md", 2), ("a.md", 9), ("b.md", 12)]


def test_the_schema_check_is_not_a_formality(tmp_path: Path) -> None:
    log = json.loads(render_sarif([finding()], root=tmp_path))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(SCHEMA).validate(log)


def test_check_command_writes_valid_sarif_with_repo_relative_paths(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()  # the repository root that paths are relative to
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(
        "# Pain\n\nWalking reduces back pain [1]. Yoga helps [3].\n\n## References\n\n"
        "1. Smith J. Walking and back pain: a trial. Spine J. 2019;19:600-8.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    outcome = runner.invoke(
        cli, ["check", "--offline", "--no-cache", "--format", "sarif", "docs/a.md"]
    )
    log = json.loads(outcome.output)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    missing = [r for r in log["runs"][0]["results"] if r["ruleId"] == "CL101"]
    assert len(missing) == 1
    location = missing[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "docs/a.md"
    assert location["region"]["startLine"] == 3


def test_sarif_paths_are_relative_to_the_repository_of_the_file_from_outside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "x" / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "articles").mkdir()
    article = repo / "articles" / "a.md"
    article.write_text("# Pain\n\nYoga helps [3].\n\n## References\n\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    outcome = CliRunner().invoke(
        cli, ["check", "--offline", "--no-cache", "--format", "sarif", str(article)]
    )
    results = json.loads(outcome.output)["runs"][0]["results"]
    assert results
    for result in results:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location == {"uri": "articles/a.md", "uriBaseId": "%SRCROOT%"}


def test_unreadable_files_are_failed_notifications_not_clean_files(tmp_path: Path) -> None:
    from citelint.errors import InputError

    error = InputError("docs/b.md", "binary file, not an article")
    log = sarif([finding()], tmp_path, unreadable=[error])
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (notice,) = invocation["toolExecutionNotifications"]
    assert notice["level"] == "error" and "binary file" in notice["message"]["text"]
    location = notice["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "docs/b.md", "uriBaseId": "%SRCROOT%"}
    clean = sarif([], tmp_path)["runs"][0]["invocations"][0]
    assert clean == {"executionSuccessful": True, "toolExecutionNotifications": []}


def test_files_citing_nothing_read_are_notes_on_a_successful_run(tmp_path: Path) -> None:
    from citelint.errors import InputError

    error = InputError("docs/b.md", "binary file, not an article")
    log = sarif([], tmp_path, unreadable=[error], citing_nothing=["docs/author-year.md"])
    invocation = log["runs"][0]["invocations"][0]
    unread, note = invocation["toolExecutionNotifications"]
    assert unread["level"] == "error"
    assert note["level"] == "note"  # SARIF's default level is "warning": it must be said
    assert note["message"]["text"].startswith(
        "this file has a reference list but cites nothing citelint can read"
    )
    location = note["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "docs/author-year.md", "uriBaseId": "%SRCROOT%"}
    # A note does not fail the run: only the unreadable file does.
    alone = sarif([], tmp_path, citing_nothing=["docs/author-year.md"])["runs"][0]
    assert alone["invocations"][0]["executionSuccessful"] is True


def test_check_command_notes_an_article_citing_by_author_and_year(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.md").write_text(
        "# Pain\n\nWalking reduces back pain (Smith 2019). Yoga helps (Jones 2020).\n\n"
        "## References\n\n"
        "1. Smith J. Walking and back pain: a trial. Spine J. 2019;19:600-8.\n"
        "2. Jones K. Yoga for back pain. Spine J. 2020;20:100-8.\n",
        encoding="utf-8",
    )
    outcome = CliRunner().invoke(
        cli, ["check", "--offline", "--no-cache", "--format", "sarif", "a.md"]
    )
    log = json.loads(outcome.output)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    note, unverified = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "note"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.md"
    # Offline with no lock, the two entries are one note on the run, as in the text format.
    assert unverified["message"]["text"].startswith("2 references not checked against PubMed")
    assert not any(result["ruleId"] == "CL208" for result in log["runs"][0]["results"])


def test_the_log_is_written_as_json_writes_it_indented(tmp_path: Path) -> None:
    from citelint.errors import InputError
    from citelint.suggestion import Suggestion

    suggestion = Suggestion("456", HOSTILE, replacement="789", replaces="123", reference=2)
    findings = [
        finding(),
        finding(path="b\u00e9/c d.md", message=HOSTILE, pmid="1", evidence=HOSTILE),
        finding(code="CL209", suggestion=suggestion, citation=None, reference=3),
        finding(code="CL999", severity=Severity.INFO, path=str(tmp_path.parent / "out.md")),
    ]
    unreadable = [InputError("x.md", "not valid UTF-8")]
    for listed in (findings, []):
        text = render_sarif(listed, root=tmp_path, unreadable=unreadable)
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
