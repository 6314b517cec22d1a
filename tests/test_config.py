"""Rule options are checked once, when the configuration is read."""

from __future__ import annotations

import pytest

from citelint.config import config_from_table
from citelint.errors import CitelintError, ConfigError


def test_known_options_are_read_as_numbers() -> None:
    table = {"options": {"support-threshold": 0.25, "misnumbering-margin": "0.1"}}

    config = config_from_table(table, "site/.citelint.toml")

    assert config.options == {"support-threshold": 0.25, "misnumbering-margin": 0.1}


@pytest.mark.parametrize("value", ["high", 2, -0.1])
def test_a_bad_threshold_is_a_configuration_error(value: object) -> None:
    with pytest.raises(ConfigError, match="support-threshold"):
        config_from_table({"options": {"support-threshold": value}}, ".citelint.toml")


def test_a_threshold_that_is_not_a_number_is_a_clear_error() -> None:
    with pytest.raises(CitelintError, match="support-threshold.*must be a number"):
        config_from_table({"options": {"support-threshold": "high"}}, ".citelint.toml")


@pytest.mark.parametrize("name", ["misnumbering-margin", "misnumbering-min-support"])
def test_every_option_lies_between_0_and_1(name: str) -> None:
    with pytest.raises(ConfigError, match=f"{name}.*between 0 and 1"):
        config_from_table({"options": {name: 1.5}}, ".citelint.toml")


def test_an_unknown_option_names_the_file() -> None:
    with pytest.raises(ConfigError, match=r"^site/\.citelint\.toml: unknown option 'threshold'"):
        config_from_table({"options": {"threshold": 0.3}}, "site/.citelint.toml")


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            {"ignore": ["XX"]},
            "pyproject.toml: 'ignore': unknown rule code or prefix 'XX' (codes look like CL101 "
            "or CL3)",
        ),
        (
            {"select": "CL1, 7"},
            "pyproject.toml: 'select': unknown rule code or prefix '7' (codes look like CL101 "
            "or CL3)",
        ),
        (
            {"input-format": "word"},
            "pyproject.toml: 'input-format' must be one of txt, md, html, docx, jats, pandoc, "
            "not 'word'",
        ),
    ],
)
def test_a_wrong_setting_names_the_configuration_file_not_an_article(
    table: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        config_from_table(table, "pyproject.toml")
    assert str(caught.value) == message
    assert config_from_table({"select": "CL1", "input-format": "docx"}, "x").select == ["CL1"]


def test_the_file_size_limit_is_read_in_megabytes() -> None:
    assert config_from_table({}, "x.toml").max_file_mb == 20.0
    assert config_from_table({"max-file-mb": 50}, "x.toml").max_file_mb == 50.0


@pytest.mark.parametrize("value", [0, -1, "big", "inf", None])
def test_a_bad_file_size_limit_names_the_file_and_the_key(value: object) -> None:
    with pytest.raises(
        ConfigError, match=r"^x\.toml: 'max-file-mb' must be a number of megabytes above zero"
    ):
        config_from_table({"max-file-mb": value}, "x.toml")


def test_per_file_ignores_are_read_as_codes_per_pattern() -> None:
    table = {"per-file-ignores": {"drafts/*": ["CL3", "cl102"], "notes/*.md": "CL101,CL105"}}
    config = config_from_table(table, "pyproject.toml")
    assert config.per_file_ignores == {
        "drafts/*": ["CL3", "CL102"],
        "notes/*.md": ["CL101", "CL105"],
    }


@pytest.mark.parametrize("value", [["CL3"], {"drafts/*": ["XX1"]}, {"drafts/*": 3}])
def test_a_bad_per_file_ignore_names_the_file_and_the_pattern(value: object) -> None:
    with pytest.raises(ConfigError, match="pyproject.toml: '(per-file-ignores|drafts/\\*)'"):
        config_from_table({"per-file-ignores": value}, "pyproject.toml")
