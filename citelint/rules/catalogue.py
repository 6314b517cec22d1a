"""The rule catalogue: one Markdown page per rule, made from the rule's own attributes.

``citelint rules CODE`` prints a page; ``python -m citelint.rules.catalogue rules/`` rewrites the
pages in the repository, and a test fails when a committed page differs from its rule.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from citelint.rules import ALL_RULES
from citelint.rules.base import Rule
from citelint.rules.format_examples import FORMAT_EXAMPLES, FORMAT_NAMES

BAD_HEADING = "## Failing example"
GOOD_HEADING = "## Passing example"


def rule_page(rule: Rule) -> str:
    return (
        f"# {rule.code} {rule.name}\n\n"
        f"Default severity: **{rule.severity.label}**\n\n"
        f"{rule.summary.strip()}\n\n"
        f"## Why it matters\n\n{rule.rationale.strip()}\n\n"
        f"{BAD_HEADING}\n\n{_fence(rule.bad_example)}\n\n"
        f"{GOOD_HEADING}\n\n{_fence(rule.good_example)}\n\n"
        f"{_format_examples(rule.code)}"
        f"Turn it off with `--ignore {rule.code}`, or for one line with\n"
        f"`<!-- citelint-disable-next-line {rule.code} -- reason -->`.\n"
    )


def _format_examples(code: str) -> str:
    return "".join(
        f"{BAD_HEADING} in {FORMAT_NAMES[fmt]}\n\n{_fence(example, _LANGUAGE[fmt])}\n\n"
        for fmt, example in FORMAT_EXAMPLES.get(code, [])
    )


_LANGUAGE = {"jats": "xml", "pandoc": "markdown", "txt": "text"}


def _fence(example: str, language: str = "markdown") -> str:
    # A fence longer than any backtick run inside the example keeps the example intact.
    longest = max((len(run) for run in re.findall(r"`+", example)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language}\n{example.strip()}\n{fence}"


def page_examples(page: str) -> tuple[str, str]:
    """The failing and passing examples of a catalogue page, as the page shows them."""
    return _example_after(page, BAD_HEADING), _example_after(page, GOOD_HEADING)


def _example_after(page: str, heading: str) -> str:
    start = page.index(heading)
    match = re.search(r"^(`{3,})markdown\n(.*?)\n\1$", page[start:], re.MULTILINE | re.DOTALL)
    if match is None:
        raise ValueError(f"no example after {heading!r}")
    return match.group(2) + "\n"


def index_page() -> str:
    rows = [
        f"| [{rule.code}]({rule.code}.md) | {rule.name} | {rule.severity.label} | {rule.summary} |"
        for rule in ALL_RULES
    ]
    return (
        "# citelint rules\n\n"
        "Generated from the rule classes by `python -m citelint.rules.catalogue rules/`.\n\n"
        "| code | name | default | what it finds |\n| --- | --- | --- | --- |\n"
        + "\n".join(rows)
        + "\n"
    )


def write_pages(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for rule in ALL_RULES:
        (directory / f"{rule.code}.md").write_text(rule_page(rule), encoding="utf-8")
    (directory / "README.md").write_text(index_page(), encoding="utf-8")


if __name__ == "__main__":
    write_pages(Path(sys.argv[1] if len(sys.argv) > 1 else "rules"))
