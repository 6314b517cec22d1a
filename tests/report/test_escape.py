"""Text for terminals and logs: control and bidi characters are shown, never obeyed."""

from __future__ import annotations

import pytest

from citelint.report.escape import printable


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\nb", "a\\nb"),
        ("a\r\nb\tc", "a\\r\\nb\\tc"),
        ("\x1b[31mred\x07", "\\x1b[31mred\\x07"),
        ("\x9b31m", "\\x9b31m"),
        ("\x7f", "\\x7f"),
        ("abc\u202edcba", "abc\\u202edcba"),
        ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
        ("mark\u200f\u200e\u061c", "mark\\u200f\\u200e\\u061c"),
        ("line\u2028break\u2029", "line\\u2028break\\u2029"),
    ],
)
def test_control_and_bidi_characters_are_escaped(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_ordinary_text_is_left_alone() -> None:
    text = "Müller J, 李 W. Effet du café — 95% CI 1·2–3·4 (n = 40) ≥ 5 µg; see doi:10.1/x."
    assert printable(text) == text
