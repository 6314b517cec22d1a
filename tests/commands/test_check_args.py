"""`citelint check` read without click: the same arguments as click, or none at all.

The entry point reads the usual check command lines itself (``check_args``), so that the
pre-commit hook's command does not wait for click to load. These tests hold that reader to
click: for any command line, it gives the arguments click's parser gives, or leaves the line
to click, never something else.
"""

from __future__ import annotations

import os
from pathlib import Path

import click
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citelint.commands.check_args import (
    COUNT,
    DEFAULTS,
    FILE,
    FLAGS,
    FOLDER,
    TEXT,
    VALUES,
    read_check_args,
)
from citelint.commands.check_options import check


def click_reads(words: list[str]) -> dict[str, object] | None:
    """The arguments click passes to ``check`` for these words; None where it refuses them."""
    try:
        context = check.make_context("check", list(words))
    except click.exceptions.Exit:  # --help
        return None
    except click.ClickException:
        return None
    return context.params


def _kind(parameter: click.Parameter) -> str | tuple[str, ...]:
    kind = parameter.type
    if isinstance(kind, click.Choice):
        return tuple(kind.choices)  # type: ignore[arg-type]
    if isinstance(kind, click.IntRange):
        assert (kind.min, kind.max, kind.min_open) == (1, None, False)
        return COUNT
    if isinstance(kind, click.Path):
        assert not kind.exists and kind.readable and not kind.allow_dash
        return FOLDER if not kind.file_okay else FILE
    assert kind is click.STRING
    return TEXT


def test_the_tables_name_every_option_click_declares_and_nothing_else() -> None:
    flags: dict[str, tuple[str, bool]] = {}
    values: dict[str, tuple[str, str | tuple[str, ...]]] = {}
    for parameter in check.params:
        if isinstance(parameter, click.Argument):
            assert (parameter.name, parameter.nargs, parameter.required) == ("paths", -1, True)
            continue
        assert isinstance(parameter, click.Option) and parameter.name
        assert not parameter.multiple and parameter.envvar is None and parameter.nargs == 1
        if parameter.name == "help":
            continue
        if parameter.is_flag:
            flags.update({name: (parameter.name, True) for name in parameter.opts})
            flags.update({name: (parameter.name, False) for name in parameter.secondary_opts})
        else:
            values.update({name: (parameter.name, _kind(parameter)) for name in parameter.opts})

    assert flags == FLAGS
    assert values == VALUES
    assert click_reads(["a.md"]) == {**DEFAULTS, "paths": ("a.md",)}


@pytest.mark.parametrize(
    "words",
    [
        ["article.md"],
        ["--offline", "article.md"],
        ["--offline", "--no-cache", "--format", "json", "a.md", "b.md"],
        ["a.md", "--select=CL1", "-j", "2", "--fail-level", "warning"],
        ["-q", "--statistics", "--no-progress", "--", "-odd-name.md"],
        ["-", "--input-format", "md"],
        ["--select", "", "a.md"],
        ["--format", "sarif", "--format", "github", "a.md"],
        ["--progress", "--no-progress", "--progress", "a.md"],
        ["--cache-dir", "folder", "--lock", "article.md", "article.md"],
    ],
)
def test_a_usual_command_line_is_read_as_click_reads_it(
    words: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "article.md").write_text("text\n")

    read = read_check_args(words)

    assert read is not None
    assert read == click_reads(words)


@pytest.mark.parametrize(
    "words",
    [
        [],  # click: missing argument
        ["--offline"],
        ["--help"],
        ["-h", "a.md"],
        ["a.md", "--jobs", "0"],
        ["a.md", "--jobs", "-1"],
        ["a.md", "-j2"],  # read by click, but not here
        ["a.md", "-qj", "2"],
        ["a.md", "--format", "JSON"],
        ["a.md", "--offline=yes"],
        ["a.md", "--selec", "CL1"],
        ["a.md", "--select"],
        ["a.md", "--output-file", "folder"],  # click: is a directory
        ["a.md", "--cache-dir", "article.md"],  # click: is a file
        ["a.md", "-o=out.txt"],
        ["a.md", "--config", "bad\0name"],
        ["a.md", "--jobs", "\N{ARABIC-INDIC DIGIT THREE}"],
    ],
)
def test_anything_else_is_left_to_click(
    words: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "article.md").write_text("text\n")

    assert read_check_args(words) is None


OPTIONS = sorted([*FLAGS, *VALUES, "--help", "-h", "--jobs=2", "--select=CL1", "-j3"])
VALUES_GIVEN = ["a.md", "-", "--", "", "json", "text", "2", "0", "folder", "article.md", "x=y"]
WORDS = st.lists(st.sampled_from(OPTIONS) | st.sampled_from(VALUES_GIVEN), max_size=8)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=WORDS)
def test_whatever_the_words_the_reader_agrees_with_click_or_stands_aside(
    words: list[str], tmp_path: Path
) -> None:
    (tmp_path / "folder").mkdir(exist_ok=True)
    (tmp_path / "article.md").write_text("text\n")
    before = os.getcwd()
    os.chdir(tmp_path)
    try:
        read = read_check_args(words)
        if read is not None:
            assert read == click_reads(words)
    finally:
        os.chdir(before)
