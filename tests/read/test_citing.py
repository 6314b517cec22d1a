"""Which of a page's possible markers it means as citations (citelint.read.citing).

On a page that cites with numbers glued to its words, a number glued to a number ("in
20185.") is read where the page's order of first citations calls for it. The same digits may
be a citation read already: "held.3" is a citation glued to a stop and also a number's token.
"""

from __future__ import annotations

import pytest

from citelint.read import read_text


def cited(text: str) -> list[list[int]]:
    document = read_text(text, "article.txt", "txt")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def reference_list(count: int) -> str:
    return "\n\nReferences\n" + "".join(
        f"{n}. Author{n} A. Trial {n} of exercise for knee pain. BMJ 2019;365:l{1000 + n}.\n"
        for n in range(1, count + 1)
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Each citation glued to a stop or a percentage is the next entry where it stands,
        # as its reading as a number's token would be: read once.
        ("Pain is common in adults.1 It fell by 20%2. Exercise helped.3", [[1], [2], [3]]),
        # "in 20185, 6.": 2018 and citations 5 and 6, taken first; then "5" alone, which
        # starts where the list does, is not read again.
        (
            "Pain is common.1 It fell by 20%2. It held.3 It rose4. It fell in 20185, 6. End.7",
            [[1], [2], [3], [4], [5, 6], [7]],
        ),
    ],
)
def test_a_citation_read_already_is_not_read_again_as_a_number_s_token(
    paragraph: str, expected: list[list[int]]
) -> None:
    last = max(number for numbers in expected for number in numbers)
    assert cited(paragraph + reference_list(last)) == expected
