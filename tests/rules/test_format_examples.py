"""Each rule page's example in another format raises its rule when read in that format."""

from __future__ import annotations

import pytest
from test_catalogue import fixture_resolver  # type: ignore[import-not-found]

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_text
from citelint.rules import get_rule
from citelint.rules.format_examples import FORMAT_EXAMPLES

CASES = [(code, fmt, text) for code, examples in FORMAT_EXAMPLES.items() for fmt, text in examples]


@pytest.mark.parametrize(("code", "fmt", "text"), CASES, ids=[f"{c}-{f}" for c, f, _ in CASES])
def test_example_raises_its_rule(code: str, fmt: str, text: str) -> None:
    document = read_text(text, f"example.{fmt}", fmt)
    assert document.format == fmt
    rule = get_rule(code)
    result = lint_documents([document], Config(select=[code]), fixture_resolver(rule))
    assert code in [finding.code for finding in result.findings]
