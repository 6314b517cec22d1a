"""read_numbers' direct path for the common marker shapes (read/found.py) reads as its
general path does: the same numbers and the same problem, or None where that gives None."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import found

# Digits (an Arabic-Indic one among them: str.isdecimal and re's \d both take it), every
# separator and dash the general path knows, spaces of two kinds and a letter.
PIECES = ["0", "1", "2", "5", "9", "12", "250", "999", "1000", "١", ",", ", ", ";", " ", "\u00a0",
          "\t", "-", "–", "—", "‐", "‑", "a"]  # fmt: skip


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@example("1, 2")
@example("1,3-5")
@example("5-2")
@example("1-300")
@example("0-3")
@example("3-3")
@example("1, 2,, 3")
@example("1 ,2")
@example("1,  2")
@example("7–1, 2–500")
def test_the_direct_path_reads_as_the_general_path(content: str) -> None:
    text = content.strip()
    items = found._common_items(text)
    if items is not None:
        assert found._numbers_of(items) == found.read_any_numbers(text)
    assert found.read_numbers(content) == found.read_any_numbers(text)


def test_the_direct_path_takes_the_common_shapes_and_leaves_the_rest() -> None:
    assert found.read_numbers("1, 2") == ([1, 2], None)
    assert found.read_numbers("1,2,4") == ([1, 2, 4], None)
    assert found.read_numbers("1-3") == ([1, 2, 3], None)
    assert found.read_numbers("2, 4–6") == ([2, 4, 5, 6], None)
    assert found.read_numbers("5-2") == ([5, 2], "the range 5-2 runs backwards")
    assert found.read_numbers("1-300") == ([1, 300], "the range 1-300 is implausibly long")
    assert found.read_numbers("0, 1") is None
    assert found.read_numbers("2, 1000") is None
    for other in ["1 ,2", "1,,2", "1,", "1; 2", "1 - 3", "1‐3", "1-3-5", "Table 1"]:
        assert found._common_items(other) is None


def test_a_number_too_long_for_int_is_still_refused() -> None:
    # The direct path comes after read_numbers' guard on very long numbers.
    assert found.read_numbers("1, " + "9" * (found._MOST_DIGITS + 1)) is None
