"""A manuscript's margin line numbers are blanked out; other numbers down a page are not."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.margin_numbers import without_margin_numbers

PAGE = [
    "Background",
    *["Heart failure with a reduced or a preserved ejection fraction is common in"] * 15,
    "older adults, and trials of new drugs have enrolled them in growing numbers.",
    "",
    "Dapagliflozin reduced worsening heart failure [1]. Empagliflozin",
    "lowered hospitalization for heart failure [2].",
    "",
    "References",
    "",
    "1. McMurray JJV, Solomon SD, Inzucchi SE, et al. Dapagliflozin in",
    "   Patients with Heart Failure and Reduced Ejection Fraction. N Engl J",
    "   Med. 2019;381(21):1995-2008. doi:10.1056/NEJMoa1911303",
    "2. Anker SD, Butler J, Filippatos G, et al. Empagliflozin in Heart",
    "   Failure with a Preserved Ejection Fraction. N Engl J Med.",
    "   2021;385(16):1451-61. doi:10.1056/NEJMoa2107038",
]


def numbered(every: int = 1) -> str:
    return "\n".join(
        (f"{n:>4}  {line}" if n % every == 0 else f"      {line}").rstrip()
        for n, line in enumerate(PAGE, 1)
    )


def test_every_line_numbered_gives_the_page_back_in_the_same_columns() -> None:
    text = without_margin_numbers(numbered())
    assert text.split("\n") == [("      " + line).rstrip() if line else "    " for line in PAGE]


def test_every_fifth_line_numbered_is_read_too() -> None:
    assert "  5 " not in without_margin_numbers(numbered(every=5))
    assert "References" in without_margin_numbers(numbered(every=5))


def test_the_list_of_a_numbered_manuscript_keeps_its_entries() -> None:
    for every in (1, 5):
        document = read_text(numbered(every), "manuscript.txt", "txt")
        assert [reference.number for reference in document.references] == [1, 2]
        assert [m.numbers for claim in document.claims for m in claim.markers] == [[1], [2]]


def test_a_numbered_table_part_way_down_a_page_is_left_alone() -> None:
    prose = ["Some prose about the trials and what they found in older adults."] * 30
    table = [f"  {n}  Trial {n}  {n * 100} patients" for n in range(1, 11)]
    text = "\n".join(prose[:15] + table + prose[15:])
    assert without_margin_numbers(text) == text


def test_numbers_that_do_not_count_with_the_lines_are_left_alone() -> None:
    text = "\n".join(f"  {year}  event {n}" for n, year in enumerate(range(1990, 2020, 3)))
    assert without_margin_numbers(text) == text


def test_a_page_without_numbers_is_returned_as_it_is() -> None:
    text = "\n".join(PAGE)
    assert without_margin_numbers(text) is text


def test_a_lists_own_numbers_at_the_start_of_its_lines_are_kept() -> None:
    # review29a P1-3: a list numbered "1<tab>Smith" or "1  Smith", one entry a line, counts up
    # with its lines and spans a short page: its numbers are the entries', not a margin's.
    for gap in ("\t", "  "):
        entries = [
            f"{n}{gap}Author{n} A. Trial {n} of diet for heart health. J Med. 2010;{n}:1-9."
            for n in range(1, 9)
        ]
        text = "\n".join(entries)
        assert without_margin_numbers(text) == text
        page = "Diet helps [1-8].\n\nSources\n" + text
        document = read_text(page, "answer.txt", "txt")
        assert len(document.references) == 8
