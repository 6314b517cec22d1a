"""`citelint rules` answered without click writes what the click command writes.

The entry point lists the rules, or shows one rule's page, before click is loaded
(``start._rules_without_click``); the oracle runs ``cli.main`` with ``click.echo`` in place of
``output.echo``. Both must give the same bytes and exit code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

THROUGH_CLICK = (
    "import click, citelint.commands.output as output; output.echo = click.echo; "
    "from citelint.commands.cli import main; main()"
)


def run_both(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> list[object]:
    """(exit code, stdout, stderr) without click, then through click."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    environment.update(env or {})
    results: list[object] = []
    for command in ([sys.executable, "-m", "citelint"], [sys.executable, "-c", THROUGH_CLICK]):
        done = subprocess.run(
            [*command, "rules", *args], cwd=tmp_path, capture_output=True, env=environment
        )
        results.append((done.returncode, done.stdout, done.stderr))
    return results


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["CL2"],
        ["cl205"],
        ["CL999"],
        [""],
        ["--format", "json"],
        ["CL1", "--format", "json"],
        ["missing-reference"],
    ],
)
def test_the_rules_without_click_are_what_click_writes(tmp_path: Path, args: list[str]) -> None:
    without_click, through_click = run_both(tmp_path, *args)

    assert without_click == through_click
    assert b"Traceback" not in without_click[2]  # type: ignore[index]


def test_a_rule_is_found_by_its_name_as_by_its_code(tmp_path: Path) -> None:
    [by_name, _], [by_code, _] = (
        run_both(tmp_path, "Missing-Reference"),
        run_both(tmp_path, "CL101"),
    )
    assert by_name == by_code
    assert by_name[1].startswith(b"# CL101 missing-reference")  # type: ignore[index]


def test_a_page_on_an_ascii_stream_is_what_click_writes(tmp_path: Path) -> None:
    # click writes UTF-8 to a stream set to ASCII; output.echo hands such a stream to click.
    without_click, through_click = run_both(tmp_path, "CL106", env={"PYTHONIOENCODING": "ascii"})

    assert without_click == through_click


def test_a_closed_standard_output_ends_the_listing_quietly_as_with_click(tmp_path: Path) -> None:
    results = []
    for command in ([sys.executable, "-m", "citelint"], [sys.executable, "-c", THROUGH_CLICK]):
        reading_end, writing_end = os.pipe()
        os.close(reading_end)  # `citelint rules | head -0`
        done = subprocess.run(
            [*command, "rules"], cwd=tmp_path, stdout=writing_end, stderr=subprocess.PIPE
        )
        os.close(writing_end)
        results.append((done.returncode, done.stderr))

    assert results[0] == results[1] == (1, b"")


def test_an_interrupted_listing_says_aborted_as_click_does(
    monkeypatch: pytest.MonkeyPatch, both_mains: Callable[..., list[tuple[object, object]]]
) -> None:
    from citelint.commands import rule_listing, rules

    def interrupted(code: str | None, fmt: str = "text") -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(rule_listing, "show_rules", interrupted)
    monkeypatch.setattr(rules, "show_rules", interrupted)
    seen = both_mains("rules")

    assert seen[0] == seen[1]
    assert seen[0][0] == 2 and seen[0][1].err == "\ncitelint: aborted\n"


@pytest.mark.parametrize("name", ["CL101", "missing-reference"])
def test_one_rule_in_json_is_its_whole_page(tmp_path: Path, name: str) -> None:
    import json

    [(code, listed, _), _] = run_both(tmp_path, name, "--format", "json")
    [(_, page, _), _] = run_both(tmp_path, "CL101")

    assert code == 0
    [rule] = json.loads(listed)  # type: ignore[arg-type]
    assert rule["code"] == "CL101" and rule["severity"] == "error"
    assert rule["summary"] == "An in-text citation number has no entry in the reference list."
    assert rule["description"].startswith("A citation that points at nothing")
    assert rule["page"] == page.decode("utf-8")  # type: ignore[attr-defined]
    kinds = [(example["kind"], example["format"]) for example in rule["examples"]]
    assert kinds == [
        ("failing", "md"),
        ("passing", "md"),
        ("failing", "jats"),
        ("failing", "pandoc"),
        ("failing", "txt"),
    ]
    assert rule["examples"][0]["text"].startswith("Exercise therapy reduces pain")


def test_a_prefix_in_json_lists_the_summaries_only(tmp_path: Path) -> None:
    import json

    [(_, listed, _), _] = run_both(tmp_path, "CL10", "--format", "json")

    rules = json.loads(listed)  # type: ignore[arg-type]
    assert [rule["code"] for rule in rules] == [f"CL10{n}" for n in range(1, 8)]
    assert all("page" not in rule for rule in rules)
