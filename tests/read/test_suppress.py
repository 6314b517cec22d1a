"""Inline suppressions land on the line the readers give findings."""

from __future__ import annotations

import re

import pytest

from citelint.read import read_text
from citelint.read.suppress import _CASE_TWINS, _DIRECTIVE, parse_suppressions, unknown_codes
from citelint.suppression import Suppression

DIRECTIVE = "citelint-disable"


def test_next_line_skips_blank_lines_and_keeps_codes_and_reason() -> None:
    text = "Intro.\n<!-- citelint-disable-next-line CL101, CL2 -- by hand -->\n\nA claim [4].\n"
    assert parse_suppressions(text) == [Suppression(4, ("CL101", "CL2"), "by hand")]


def test_unusual_line_separators_inside_a_line_do_not_shift_the_target() -> None:
    text = (
        "Intro\u2028still the first line\x0cand\x85this.\n"
        "<!-- citelint-disable-next-line CL101 -- by hand -->\n"
        "A claim [4].\n"
    )
    document = read_text(text, "a.md", "md")
    assert [claim.line for claim in document.claims] == [3]
    assert document.suppressions == [Suppression(3, ("CL101",), "by hand")]


def test_the_comment_closer_is_no_reason() -> None:
    text = (
        "<!-- citelint-disable-next-line CL101 -->\nA claim [4].\n"
        "<!-- citelint-disable-next-line -->\nA claim [5].\n"
        "<!-- citelint-disable-file CL3-->\n"
        "<!-- citelint-disable-next-line CL102 -- -->\nA claim [6].\n"
        "/* citelint-disable-next-line CL103 */\nA claim [7].\n"
    )
    assert parse_suppressions(text) == [
        Suppression(2, ("CL101",), None),
        Suppression(4, (), None),
        Suppression(0, ("CL3",), None),
        Suppression(7, ("CL102",), None),
        Suppression(9, ("CL103",), None),
    ]


def test_every_letter_the_directive_matches_in_any_case_is_looked_for() -> None:
    # The quick test before the lines are read looks for the directive's ASCII letters in
    # any case, and for these others, which its pattern matches in IGNORECASE too.
    letters = re.compile("[" + re.escape("".join(set(DIRECTIVE))) + "]", re.IGNORECASE)
    every = "".join(chr(code) for code in range(128, 0x110000) if not 0xD800 <= code < 0xE000)
    assert set(letters.findall(every)) == set(_CASE_TWINS)


@pytest.mark.parametrize(
    "directive",
    [
        "citelint-disable-next-line CL101",
        "CITELINT-DISABLE-FILE",
        "CiteLint-Disable-Next-Line",
        "c\u0130telint-disable-file",
        "citel\u0131nt-disable-file",
        "citel\u0131nt-di\u017fable-file",
        "citelint-disable-fi",  # the words of a directive, but none
        "citelint disable file",
    ],
)
def test_a_directive_in_any_case_is_found_as_its_pattern_finds_it(directive: str) -> None:
    text = f"Intro \u00e9.\n<!-- {directive} -->\nA claim [4].\n"
    expected = [line for line in text.split("\n") if _DIRECTIVE.search(line)]
    assert len(parse_suppressions(text)) == len(expected)


@pytest.mark.parametrize("scope", ["file", "FILE", "F\u0130LE", "f\u0131le"])
def test_a_file_wide_directive_is_file_wide_whatever_its_letters(scope: str) -> None:
    found = parse_suppressions(f"<!-- citelint-disable-{scope} CL3 -->\nA claim [4].\n")
    assert found == [Suppression(0, ("CL3",), None)]


def test_a_code_no_rule_has_is_named_where_it_is_written() -> None:
    text = (
        "<!-- citelint-disable-file CL3, CL10 -->\n\n"
        "<!-- citelint-disable-next-line CL999 -- a typo of CL109? -->\n"
        "A claim [4].\n"
        "<!-- citelint-disable-next-line CL1011 -->\n"
        "A claim [5].\n"
    )
    document = read_text(text, "a.md", "md")
    assert unknown_codes(document, ["CL101", "CL301"]) == [
        "a.md:3: citelint-disable names CL999, which is no rule's code: it suppresses nothing "
        "('citelint rules' lists them)",
        "a.md:5: citelint-disable names CL1011, which is no rule's code: it suppresses nothing "
        "('citelint rules' lists them)",
    ]


def test_a_line_suppression_holds_for_its_own_line_only() -> None:
    text = (
        "A claim [4]. <!-- citelint-disable-line CL101 -- cited in the sidebar -->\n"
        "\n"
        "Another claim [5].\n"
        "/* citelint-disable-line */\n"
    )
    assert parse_suppressions(text) == [
        Suppression(1, ("CL101",), "cited in the sidebar"),
        Suppression(4, (), None),
    ]
