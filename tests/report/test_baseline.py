"""Baselines accept today's findings by fingerprint, so only new findings fail."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from citelint.commands.pipeline import LintResult, lint_paths
from citelint.config import Config
from citelint.errors import ConfigError
from citelint.models import Finding, Severity
from citelint.pubmed.outcomes import OfflineResolver, StaticResolver
from citelint.report.baseline import Baseline, load_baseline, write_baseline

ARTICLE = """# Back pain

Walking programmes reduce chronic low back pain [1].

## References

1. Smith J, Lee K. {title}. Spine J. 2019;19(4):600-8.
"""
TITLE = "Walking and chronic low back pain: a randomised trial"


@pytest.fixture(autouse=True)
def in_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def lint(tmp_path: Path, text: str) -> LintResult:
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    # No records at all: the entry is "not found", a CL201 finding about reference 1.
    return lint_paths(["a.md"], Config(), StaticResolver([]))


def baselined(tmp_path: Path, result: LintResult) -> Baseline:
    write_baseline(tmp_path / "baseline.json", result.findings, result.documents, tmp_path)
    return load_baseline(tmp_path / "baseline.json")


def finding(**changes: object) -> Finding:
    base = Finding("a.md", 3, 1, "CL302", Severity.WARNING, "claim off topic", citation=1)
    return replace(base, **changes)  # type: ignore[arg-type]


def test_baselined_findings_are_dropped(tmp_path: Path) -> None:
    result = lint(tmp_path, ARTICLE.format(title=TITLE))
    assert [f.code for f in result.findings] == ["CL201"]
    baseline = baselined(tmp_path, result)
    assert baseline.filter(result.findings, result.documents, tmp_path) == []


def test_moving_the_paragraph_down_keeps_the_finding_baselined(tmp_path: Path) -> None:
    before = lint(tmp_path, ARTICLE.format(title=TITLE))
    baseline = baselined(tmp_path, before)
    after = lint(tmp_path, "\n" * 10 + ARTICLE.format(title=TITLE))
    assert after.findings[0].line == before.findings[0].line + 10
    assert baseline.filter(after.findings, after.documents, tmp_path) == []


def test_citing_a_different_reference_is_a_new_finding(tmp_path: Path) -> None:
    baseline = baselined(tmp_path, lint(tmp_path, ARTICLE.format(title=TITLE)))
    changed = lint(tmp_path, ARTICLE.format(title="Yoga for neck pain in office workers"))
    new = baseline.filter(changed.findings, changed.documents, tmp_path)
    assert [f.code for f in new] == ["CL201"]


def test_identical_findings_are_matched_by_count(tmp_path: Path) -> None:
    twice = [finding(line=3), finding(line=9)]
    write_baseline(tmp_path / "b.json", twice, root=tmp_path)
    baseline = load_baseline(tmp_path / "b.json")
    assert baseline.filter(twice, root=tmp_path) == []
    third = finding(line=20)
    assert baseline.filter([*twice, third], root=tmp_path) == [third]


def test_subject_separates_findings_on_different_works(tmp_path: Path) -> None:
    write_baseline(tmp_path / "b.json", [finding(subject="Exercise helps")], root=tmp_path)
    baseline = load_baseline(tmp_path / "b.json")
    moved = finding(line=40, subject="Exercise helps")
    other = finding(line=3, subject="Vitamin D prevents falls")
    assert baseline.filter([moved, other], root=tmp_path) == [other]


def test_a_new_wrong_number_in_a_claim_is_not_absorbed_by_the_old_one(tmp_path: Path) -> None:
    def wrong(number: str, line: int) -> Finding:
        claim = f"Pain fell from {number} to 2.8 with stimulation."
        message = f'"{number}" does not appear in the abstract of reference 1'
        return finding(
            code="CL301",
            line=line,
            message=message,
            pmid="39990001",
            subject=f"{number} in: {claim}",
        )

    write_baseline(tmp_path / "b.json", [wrong("7.1", 3)], root=tmp_path)
    baseline = load_baseline(tmp_path / "b.json")
    assert baseline.filter([wrong("7.1", 30)], root=tmp_path) == []
    assert baseline.filter([wrong("9.9", 3)], root=tmp_path) == [wrong("9.9", 3)]


def test_a_finding_in_another_file_is_new(tmp_path: Path) -> None:
    write_baseline(tmp_path / "b.json", [finding()], root=tmp_path)
    elsewhere = finding(path="b.md")
    assert load_baseline(tmp_path / "b.json").filter([elsewhere], root=tmp_path) == [elsewhere]


def test_baseline_file_is_sorted_json_a_person_can_review(tmp_path: Path) -> None:
    findings = [finding(), finding(code="CL205", pmid="123", message="retracted")]
    write_baseline(tmp_path / "b.json", findings, root=tmp_path)
    text = (tmp_path / "b.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    assert data["version"] == 3
    entries = sorted(data["findings"].values(), key=lambda entry: entry["code"])
    assert [(e["code"], e["path"], e["count"]) for e in entries] == [
        ("CL205", "a.md", 1),
        ("CL302", "a.md", 1),
    ]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"version": 99, "findings": {}}',
        '{"version": 1}',
        '{"version": 1, "findings": {"abc": {"count": 0}}}',
        '{"version": 1, "findings": {"abc": "x"}}',
        "\udcff",
    ],
)
def test_bad_baseline_is_a_config_error_naming_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "broken-baseline.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(ConfigError, match="broken-baseline.json"):
        load_baseline(path)


def test_missing_baseline_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nowhere.json"):
        load_baseline(tmp_path / "nowhere.json")


TWO_CLAIMS = Path(__file__).resolve().parents[2] / "fixtures" / "migration" / "two-claims.md"


def test_an_edit_to_another_sentence_of_the_line_keeps_a_citation_baselined(
    tmp_path: Path,
) -> None:
    # A Markdown paragraph is one line: the finding about [4] is about the second sentence.
    text = TWO_CLAIMS.read_text(encoding="utf-8")
    before = lint(tmp_path, text)
    assert [f.code for f in before.findings] == ["CL101", "CL201"]
    baseline = baselined(tmp_path, before)
    after = lint(tmp_path, text.replace("Walking programmes reduce", "Daily walks reduce"))
    assert baseline.filter(after.findings, after.documents, tmp_path) == []
    # An edit to the claim the finding is about still makes it new.
    reworded = lint(tmp_path, text.replace("Yoga helps office", "Pilates helps office"))
    new = baseline.filter(reworded.findings, reworded.documents, tmp_path)
    assert [f.code for f in new] == ["CL101"]


def test_a_version_2_baseline_still_filters_as_it_was_written(tmp_path: Path) -> None:
    (tmp_path / "two-claims.md").write_bytes(TWO_CLAIMS.read_bytes())
    result = lint_paths(["two-claims.md"], Config(offline=True), OfflineResolver())
    old = load_baseline(TWO_CLAIMS.with_name("two-claims-baseline-v2.json"))
    assert old.version == 2
    assert [f.code for f in result.findings] == ["CL101", "CL208"]
    assert old.filter(result.findings, result.documents) == []


def test_a_version_1_baseline_still_filters_and_is_written_anew_as_version_3(
    tmp_path: Path,
) -> None:
    # Written by the code of 2026-11-25, whose fingerprints kept accents ("Zürich").
    migration = Path(__file__).resolve().parents[2] / "fixtures" / "migration"
    (tmp_path / "article.md").write_bytes((migration / "article.md").read_bytes())
    config = Config(offline=True)
    result = lint_paths(["article.md"], config, OfflineResolver())
    assert len(result.findings) == 5  # four unverified references, one unused
    old = load_baseline(migration / "citelint-baseline.json")
    assert old.version == 1
    assert old.filter(result.findings, result.documents) == []
    write_baseline("new.json", result.findings, result.documents)
    new = load_baseline("new.json")
    assert new.version == 3
    assert new.filter(result.findings, result.documents) == []
    assert set(new.counts) != set(old.counts)  # the accented titles are keyed anew
