"""Articles in Spanish, Portuguese, French, Italian and German: their reference list's
heading, and superscripts flattened after words with accents."""

from __future__ import annotations

import pytest

from citelint.read import read_text

ENTRIES = "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 4)
)


def numbers(text: str) -> tuple[list[int], list[list[int]]]:
    """The entries' numbers and the citations' numbers."""
    document = read_text(text, "a.txt", "txt")
    cited = [marker.numbers for claim in document.claims for marker in claim.markers]
    return [entry.number for entry in document.references], cited


@pytest.mark.parametrize(
    "heading",
    [
        "Referencias",
        "Referencias bibliográficas",
        "Bibliografía",
        "Referências",
        "REFERÊNCIAS BIBLIOGRÁFICAS",
        "Références",
        "Références bibliographiques",
        "Bibliographie",
        "Bibliografia",
        "Riferimenti bibliografici",
        "Literatur",
        "Literaturverzeichnis",
    ],
)
def test_the_list_under_a_heading_in_another_language_is_the_list(heading: str) -> None:
    text = f"Texto [1]. Más texto [2, 3].\n\n{heading}\n{ENTRIES}"
    assert numbers(text) == ([1, 2, 3], [[1], [2, 3]])
