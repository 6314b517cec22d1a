"""Inline suppressions land on the line the readers give findings."""

from __future__ import annotations

from citelint.models import Suppression
from citelint.read import read_text
from citelint.read.suppress import parse_suppressions


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
