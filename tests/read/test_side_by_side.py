"""A two-column PDF page as `pdftotext -layout` writes it is read column by column (user29b
P1-4), and every place found keeps the file's line and column."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.side_by_side import one_column

LEFT = [
    "Dexamethasone 6 mg daily lowered 28-day mortality",
    "among hospitalized patients with Covid-19 who",
    "needed oxygen [1]. In heart failure with a reduced",
    "ejection fraction, dapagliflozin reduced worsening",
    "heart failure or cardiovascular death [2].",
    "Empagliflozin lowered cardiovascular death or",
    "hospitalization for heart failure when the ejection",
    "fraction was above 40% [3]. Finerenone slowed the",
    "decline of kidney function in type 2 diabetes [4].",
    "Semaglutide lowered major cardiovascular events in",
    "people with obesity but no diabetes [5], and",
    "tirzepatide reduced body weight by 20.9% [6].",
    "These six trials frame the outcomes of the review",
    "that follows, and its search of two databases.",
]
RIGHT = [
    "References",
    "",
    "1. Horby P, Lim WS. Dexamethasone in Hospitalized",
    "   Patients with Covid-19. N Engl J Med. 2021;384:693-704.",
    "2. McMurray JJV, Solomon SD. Dapagliflozin in Heart",
    "   Failure. N Engl J Med. 2019;381:1995-2008.",
    "3. Anker SD, Butler J. Empagliflozin in Heart Failure",
    "   with a Preserved Ejection Fraction. N Engl J Med. 2021;385:1451-61.",
    "4. Bakris GL, Agarwal R. Effect of Finerenone on CKD",
    "   in Type 2 Diabetes. N Engl J Med. 2020;383:2219-29.",
    "5. Lincoff AM, Brown-Frandsen K. Semaglutide and",
    "   Cardiovascular Outcomes. N Engl J Med. 2023;389:2221-32.",
    "6. Jastreboff AM, Aronne LJ. Tirzepatide Once Weekly for",
    "   the Treatment of Obesity. N Engl J Med. 2022;387:205-16.",
]
GUTTER = 56


def page() -> str:
    # pdftotext ends each page with a form feed.
    lines = (f"{left:<{GUTTER}}{right}".rstrip() for left, right in zip(LEFT, RIGHT, strict=True))
    return "\n".join(lines) + "\n\f"


def test_each_column_is_read_whole() -> None:
    document = read_text(page(), "article.txt", "txt")
    assert [reference.number for reference in document.references] == [1, 2, 3, 4, 5, 6]
    assert [m.numbers[0] for claim in document.claims for m in claim.markers] == [1, 2, 3, 4, 5, 6]
    assert document.references[2].journal == "N Engl J Med"


def test_places_are_the_files_own() -> None:
    document = read_text(page(), "article.txt", "txt")
    third = document.references[2]
    assert (third.line, third.column) == (7, GUTTER + 1)
    marker = document.claims[0].markers[0]
    assert (marker.line, marker.column) == (3, LEFT[2].index("[1]") + 1)


def test_a_typed_table_of_aligned_columns_is_left_alone() -> None:
    rows = [f"{'Haemoglobin':<20}{'10.2':<12}{'12.1':<12}g/dL   [13-17]" for _ in range(20)]
    text = "Results of the admission labs, reviewed on the ward round today.\n" + "\n".join(rows)
    text += "\n\f"  # printed to PDF and read back
    assert one_column(text) is None


def test_a_page_of_one_column_is_left_alone() -> None:
    assert one_column("\n".join(LEFT + RIGHT) + "\n\f") is None
