"""Finding citation markers in a paragraph, and leaving ordinary numbers alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from citelint.read import read_text
from citelint.read.markers import find_markers, read_numbers


def numbers(text: str) -> list[list[int]]:
    return [marker.numbers for marker in find_markers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aspirin lowers risk [1].", [[1]]),
        ("Statins too [1, 3].", [[1, 3]]),
        ("Ranges [1-3] work.", [[1, 2, 3]]),
        ("En dash ranges [2–4] work.", [[2, 3, 4]]),
        # Unicode's hyphen and non-breaking hyphen, as Wiley sets ranges (word19).
        ("Hyphen ranges [2‐4] work.", [[2, 3, 4]]),
        ("A list<sup>1,3‑5</sup> in one tag.", [[1, 3, 4, 5]]),
        ("Linked [[4](#ref-4)‐[6](#ref-6)] ranges.", [[4, 5, 6]]),
        ("Mixed [1, 3-5; 8] lists.", [[1, 3, 4, 5, 8]]),
        ("Adjacent markers [1][2].", [[1], [2]]),
        ("Raw HTML<sup>1</sup> in Markdown.", [[1]]),
        ("A list<sup>1,3</sup> in one tag.", [[1, 3]]),
        ('Links inside<sup><a href="#r2">2</a></sup>.', [[2]]),
        ("Bracketed inside<sup>[4]</sup>.", [[4]]),
        ("Pandoc^2^ superscript.", [[2]]),
        ("Unicode¹ superscript.", [[1]]),
        ("A run of superscripts is one number¹².", [[12]]),
        ("Commas split them¹,³.", [[1, 3]]),
        ("Superscript ranges¹⁻³.", [[1, 2, 3]]),
        ("Footnotes[^1] are citations.", [[1]]),
        ("In-page links [2](#ref-2) cite.", [[2]]),
        ("A bare number after a sentence. 2", [[2]]),
        ("A bare list after a sentence. 1, 3", [[1, 3]]),
        ("A bare range after a sentence. 2-4", [[2, 3, 4]]),
        ("A number on the next line.\n2", [[2]]),
        ("After a parenthesis (p < 0.05). 2", [[2]]),
        ("Mid paragraph. 2 Then another sentence.", [[2]]),
    ],
)
def test_marker_styles(text: str, expected: list[list[int]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two linked numbers with a dash between them make one range ...
        ("As shown [3](#B3)–[5](#B5) before.", [[3, 4, 5]]),
        ("IEEE sets it so [4]–[6] here.", [[4, 5, 6]]),
        # ... but not when words part them: each stays a marker of its own, though both
        # are linked (the early return in _join_linked_ranges must not join them either).
        ("As shown [3](#B3) in trials and text [5](#B5) before.", [[3], [5]]),
        ("Far apart [4] and later [6] here.", [[4], [6]]),
        # Near, but with no dash between them: a list, not a range.
        ("Side by side [3](#B3), [5](#B5) here.", [[3], [5]]),
        ("Side by side [4], [6] here.", [[4], [6]]),
    ],
)
def test_linked_neighbours_join_only_across_a_dash(text: str, expected: list[list[int]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 27-month follow-up period",
        "Scores fell from 7.4 ± 2.3 to 2.8 ± 2.4 (p < 0.05) over 12 weeks",
        "Mean difference -1.63; 95% CI: -2.68, -0.57; p = 0.002",
        "1. A numbered list item",
        "Published in 2019. 2019 was a good year.",
        "See [Table 1] and [Figure 2a].",
        "Read [the guideline](https://example.org/guide/3).",
        "Markdown reference links [the trial][1] are links.",
        "Link definitions [1]: https://example.org",
        "An interval [0, 1] is not a citation.",
        "A year in brackets [2019] is not a citation.",
        "Footnotes with names[^smith] are not numbered.",
        "Body mass index in kg/m² and counts of 10⁹/L.",
        "Raw HTML units m<sup>2</sup> and 10<sup>6</sup> cells.",
        "An exponent x^2^ in Pandoc.",
        "Doses of 5 mg vs. 2",
        "As Smith et al. 3",
        "See Fig. 2",
        "The count rose to 12. 3 patients dropped out.",
        "An image ![chart][1] is not a citation.",
        "Ordinal<sup>th</sup> superscripts are text.",
        "SOFA score\t9 [7–11]\t9 [7–12]",
        "IL6, pg/mL\t412 [210–980]\t398 [190–1020]",
        "Length of stay was 6 [4, 9] days.",
        "Use values[-1] for the last element.",
        "In [2]: df = pd.read_csv('visits.csv')\nOut[2]: 1204 rows",
    ],
)
def test_numbers_that_are_not_citations(text: str) -> None:
    assert numbers(text) == []


def test_a_citation_after_a_number_is_still_read() -> None:
    # Only brackets that enclose the number before them are an interval.
    assert numbers("first described in 2019 [3–5].") == [[3, 4, 5]]
    assert numbers("of 245 patients [12].") == [[12]]
    assert numbers("In [3], Lee showed the same.") == [[3]]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("5-2", "the range 5-2 runs backwards"),
        ("1,,2", "an item is empty"),
        ("1-", "'1-' is not a number or a range"),
        ("1 2", "'1 2' is not a number or a range"),
        ("1-500", "the range 1-500 is implausibly long"),
    ],
)
def test_malformed_markers_say_why(content: str, problem: str) -> None:
    read = read_numbers(content)
    assert read is not None
    assert read[1] == problem


def test_a_malformed_marker_is_still_found_with_what_could_be_read() -> None:
    [marker] = find_markers("Backwards ranges [5-2] are errors.")
    assert marker.raw == "[5-2]"
    assert marker.numbers == [5, 2]
    assert marker.problem == "the range 5-2 runs backwards"


def test_markers_carry_their_span() -> None:
    text = "Aspirin [1] and statins [2, 3]."
    spans = [text[m.start : m.end] for m in find_markers(text)]
    assert spans == ["[1]", "[2, 3]"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Superscripts flattened by copying a page.1,2 Next one.3", [[1, 2], [3]]),
        ("After a parenthesis (SPRINT).4", [[4]]),
        ("Abbreviations e.g.1 and Fig.2 and U.S.3 are not.", []),
        ("Decimals 0.05.2 and addresses example.org/page.1 are not.", []),
    ],
)
def test_numbers_glued_to_the_stop(text: str, expected: list[list[int]]) -> None:
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Split by the publisher.<sup>1,</sup><sup>3</sup> Next.", [[1, 3]]),
        ("Comma between tags.<sup>1</sup>,<sup>3</sup> Next.", [[1, 3]]),
        ("Space between tags.<sup>1</sup> <sup>2</sup> Next.", [[1, 2]]),
        ("A range over tags.<sup>1-</sup><sup>3</sup> Next.", [[1, 2, 3]]),
    ],
)
def test_adjacent_superscript_tags_are_one_marker(text: str, expected: list[list[int]]) -> None:
    found = find_markers(text)
    assert [marker.numbers for marker in found] == expected
    assert [marker.problem for marker in found] == [None]


def test_split_superscripts_in_html_are_not_malformed() -> None:
    page = "<p>Split.<sup>1,</sup><sup>3</sup></p><h2>References</h2><ol><li>A.</li><li>B.</li>"
    page += "<li>C.</li></ol>"
    [claim] = read_text(page, "a.html", "html").claims
    assert [(m.numbers, m.problem) for m in claim.markers] == [([1, 3], None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En dash range.¹–³ Next.", [[1, 2, 3]]),
        ("Hyphen range.¹-³ Next.", [[1, 2, 3]]),
        ("Superscript minus range.¹⁻³ Next.", [[1, 2, 3]]),
        ("Modifier comma.²˒³ Next.", [[2, 3]]),
        ("Reversed comma.²⸴³ Next.", [[2, 3]]),
    ],
)
def test_superscript_ranges_and_lists(text: str, expected: list[list[int]]) -> None:
    assert numbers(text) == expected


def _listed(count: int) -> str:
    entries = "".join(
        f"{n}. Author{n} A. Trial {n} of statins. Lancet. 201{n};{n}:1-9.\n"
        for n in range(1, count + 1)
    )
    return f"\n\nReferences\n{entries}"


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        # Each digit an entry cited before, in order: 12 and 123 are past a short list.
        ("Statins lower LDL.¹ Take them at night.² Both matter.¹²", 2, [[1], [2], [1, 2]]),
        ("One.¹ Two.² Three.³ All matter.¹²³", 3, [[1], [2], [3], [1, 2, 3]]),
        # Or the next entries, first cited here, as the order of first citations calls for.
        ("Both matter.¹² Then this.³", 3, [[1, 2], [3]]),
        ("One.¹ The next two.²³", 3, [[1], [2, 3]]),
        # A list that has entry 12 is cited as written.
        ("One.¹ Two.² Both.¹²", 12, [[1], [2], [12]]),
        # A digit past the list names a missing entry either way: read as written.
        ("One.¹ Five.¹⁵", 3, [[1], [15]]),
        # Not told by the order (1, then 3 with 2 never cited; digits falling): left unread,
        # never a missing entry 13 or 21.
        ("One.¹ Not in order.¹³", 3, [[1]]),
        ("One.¹ Two.² Falling.²¹", 2, [[1], [2]]),
        # From ten entries on, a missing entry 12 is as likely: read as written (CL101).
        ("One.¹ Two.² Both.¹²", 10, [[1], [2], [12]]),
    ],
)
def test_superscript_digits_side_by_side_past_the_list(
    text: str, count: int, expected: list[list[int]]
) -> None:
    claims = read_text(text + _listed(count), "a.txt", "txt").claims
    assert [marker.numbers for claim in claims for marker in claim.markers] == expected


# hunt20: superscripts a copy flattened after a stop ("adults.12" for ¹²) past a short list
# were left unread, and entries 1 and 2 "never cited" (CL102).
FLAT = "Balance training cuts falls.{} Home changes help.3 Vitamin D does not.4 Drugs matter.5"


@pytest.mark.parametrize(
    ("run", "count", "expected"),
    [
        ("12", 5, [[1, 2], [3], [4], [5]]),
        # Not told by the order (2 then 3 with 1 never cited; digits falling): left unread.
        ("23", 5, [[3], [4], [5]]),
        ("21", 5, [[3], [4], [5]]),
        # A digit 0 or past the list, or a list of ten: a quantity, never a missing entry.
        ("10", 5, [[3], [4], [5]]),
        ("16", 5, [[3], [4], [5]]),
        ("12", 12, [[12], [3], [4], [5]]),
    ],
)
def test_flattened_superscripts_past_a_short_list_after_a_stop(
    run: str, count: int, expected: list[list[int]]
) -> None:
    claims = read_text(FLAT.format(run) + _listed(count), "a.txt", "txt").claims
    assert [marker.numbers for claim in claims for marker in claim.markers] == expected


def test_glued_digits_on_a_page_citing_in_brackets_stay_unread() -> None:
    text = "Exercise cuts falls [1]. Home changes help [2]. See Fig.12 for rates. Not D [3]."
    claims = read_text(text + _listed(3), "a.txt", "txt").claims
    assert [marker.numbers for claim in claims for marker in claim.markers] == [[1], [2], [3]]


def test_a_superscript_range_stays_with_its_own_claim() -> None:
    claims = read_text("C claim.¹–³ D claim¹,².", "a.txt", "txt").claims
    assert [(claim.text, claim.numbers) for claim in claims] == [
        ("C claim.", [1, 2, 3]),
        ("D claim.", [1, 2]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Risk is highest below 200 cells/mm3.5 The regimen", [[5]]),
        ("Obesity meant a BMI above 30 kg/m2.12,13 Those patients", [[12, 13]]),
        ("A surface of 1.7 m2.4 Next sentence.", [[4]]),
    ],
)
def test_a_flattened_unit_power_before_a_glued_citation(
    text: str, expected: list[list[int]]
) -> None:
    assert [marker.numbers for marker in find_markers(text, unsure=True)] == expected


def test_an_address_before_a_stop_is_still_no_citation() -> None:
    assert find_markers("See example.org/mm3.5 for details.", unsure=True) == []


@given(
    st.lists(
        st.sampled_from(
            ["disease", "SGLT", "(AD)", "Fleiss", "PD", "80%", "x)", "a-bc", "IL", " ", ".", ","]
            + [", 2", "stage"]
            + list("0123456789-–,.;:) \n")
        ),
        max_size=40,
    ).map("".join)
)
def test_glued_words_are_found_as_the_pattern_finds_them(text: str) -> None:
    from citelint.read.glued_words import _GLUED_WORD, glued_words

    expected = [(m.span(), m.groupdict()) for m in _GLUED_WORD.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in glued_words(text)] == expected


def test_a_number_longer_than_int_reads_is_no_citation() -> None:
    # A run of superscript digits becomes one number, alone or in a list or range; int()
    # refuses over 4,300 digits.
    assert read_numbers("1" * 5000) is None
    assert read_numbers("1," + "1" * 5000) is None
    assert read_numbers("1-" + "1" * 5000 + ",3") is None
    assert read_numbers("0" * 10 + "7") == ([7], None)


@example(("see AUCAUCAUCAUCAUC10", 21))  # a token longer than the 16 characters read
@example(("(0.96", 5))
@given(
    st.lists(
        st.sampled_from(["x", "ab", "AUC", "0.96", "10", "m", " ", "\n", "(", "“"]), max_size=30
    )
    .map("".join)
    .flatmap(lambda text: st.tuples(st.just(text), st.integers(0, len(text))))
)
def test_the_base_of_a_superscript_is_read_from_the_characters_before_it(
    text_and_start: tuple[str, int],
) -> None:
    # The plain reading: the token that ends where the superscript starts, searched in a copy
    # of everything before it (quadratic over a paragraph of many superscripts).
    from citelint.read.markers import _EXPONENT_BASE, _power_base

    text, start = text_and_start
    if not _EXPONENT_BASE.search(text[max(0, start - 4) : start]):
        expected = None
    else:
        token = re.search(r"\S{1,16}\Z", text[:start])
        expected = token[0] if token else ""
    assert _power_base(text, start) == expected


@pytest.mark.parametrize(
    ("base", "content", "expected"),
    [
        ("1.73m", "2", False),  # a length glued to its number takes a power
        ("5m", "3", False),
        ("2L", "3", True),  # a volume takes no power; nor "2L" (second line) therapy
        ("2L", "3,4", True),
        ("75mg/m", "2", False),  # the metre of "mg/m²" is squared, not the milligram
        # A decade ends in "s" as seconds do, but no decade takes a power (review19 F8).
        ("1990s", "3,4", True),
        ("2000s", "1-3", True),
        ("80s", "1,2", True),
        # A Korean particle or ending after a figure (user25 P1 14); Cyrillic "см" is a unit.
        ("5.2%였다", "1", True),
        ("30%로", "2", True),
        ("增加", "3", True),
    ],
)
def test_a_number_glued_to_a_unit_takes_no_citation_but_a_decade_may(
    base: str, content: str, expected: bool
) -> None:
    from citelint.read.markers import could_cite_after

    assert could_cite_after(base, content) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Heterogeneity: Chi² = 0.02, df = 1 (P = 0.89); I² = 0%",
        "Heterogeneity: Tau² = 0.00; Chi² = 1.31, df = 2 (P = 0.52); I² = 0%",
        "(Tau<sup>2</sup> = 0.00; Chi<sup>2</sup> = 0.02, df = 1; I<sup>2</sup> = 0%)",
    ],
)
def test_a_meta_analysis_s_squared_statistics_are_no_citations(line: str) -> None:
    """User24 P1 22: RevMan's heterogeneity line under every forest plot read "Chi²" as
    citing 2 (a false CL302, and the real "(Figure 2).1,2" before it went unread)."""
    assert find_markers(line) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # One plain tag, as most pages set a superscript: read as it is.
        ("rises<sup>4</sup> and", [[4]]),
        ("rises<sup>4,5</sup> and", [[4, 5]]),
        ("rises<sup>7-9</sup> and", [[7, 8, 9]]),
        ("rises<sup>7–9</sup> and", [[7, 8, 9]]),
        # A tag with attributes, a link, spaces, a bracket or a split list: taken apart.
        ('rises<sup class="ref">4</sup> and', [[4]]),
        ('rises<sup><a href="#r4">4</a></sup> and', [[4]]),
        ("rises<sup>4 5</sup> and", [[4, 5]]),
        ("rises<sup>[4]</sup> and", [[4]]),
        ("rises<sup>1,</sup><sup>3</sup> and", [[1, 3]]),
        ("rises<SUP>4</SUP> and", [[4]]),
        ("rises<sup>note 2</sup> and", []),
    ],
)
def test_a_plain_superscript_reads_as_one_taken_apart_does(
    page: str, expected: list[list[int]]
) -> None:
    assert [marker.numbers for marker in find_markers(page)] == expected
