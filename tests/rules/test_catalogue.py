"""The rule catalogue in rules/ matches the registered rules, and every page's examples hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import OfflineResolver, Resolver, StaticResolver
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.read import read_text
from citelint.rules import ALL_RULES, Rule
from citelint.rules.catalogue import page_examples, rule_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "rules"
# The PubMed records the examples cite: the resolver fixtures and the claim-checking set.
RECORD_DIRS = [ROOT / "fixtures" / "entrez" / "pubmed", ROOT / "fixtures" / "support" / "records"]


def fixture_resolver(rule: Rule) -> Resolver:
    # CL208 is about references that could not be checked, which only an offline run shows.
    if rule.code == "CL208":
        return OfflineResolver()
    paths = sorted(path for folder in RECORD_DIRS for path in folder.glob("*.xml"))
    records = [record for path in paths for record in parse_pubmed_articles(path.read_bytes())]
    return StaticResolver(records)


def codes_raised(example: str, rule: Rule) -> list[str]:
    document = read_text(example, f"{rule.code}-example.md", "md")
    result = lint_documents([document], Config(select=[rule.code]), fixture_resolver(rule))
    return [finding.code for finding in result.findings]


def test_every_rule_has_a_page_and_every_page_a_rule() -> None:
    pages = {path.stem for path in PAGES.glob("CL*.md")}
    assert pages == {rule.code for rule in ALL_RULES}


def test_rule_codes_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in ALL_RULES]
    assert len(codes) == len(set(codes))
    for rule in ALL_RULES:
        assert rule.code[:2] == "CL" and rule.code[2:].isdigit() and len(rule.code) == 5
        assert rule.name and rule.summary and rule.rationale


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.code)
def test_page_is_up_to_date(rule: Rule) -> None:
    page = (PAGES / f"{rule.code}.md").read_text(encoding="utf-8")
    assert page == rule_page(rule), "regenerate with: python -m citelint.rules.catalogue rules/"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.code)
def test_failing_example_raises_the_rule(rule: Rule) -> None:
    bad, _ = page_examples((PAGES / f"{rule.code}.md").read_text(encoding="utf-8"))
    assert rule.code in codes_raised(bad, rule)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.code)
def test_passing_example_is_clean(rule: Rule) -> None:
    _, good = page_examples((PAGES / f"{rule.code}.md").read_text(encoding="utf-8"))
    assert rule.code not in codes_raised(good, rule)
