"""Markdown: code hidden, footnotes and ordered lists as reference lists."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citelint.read import markdown, read_text
from citelint.read.markdown import hide_code


def cited(text: str) -> list[list[int]]:
    return [claim.numbers for claim in read_text(text, "a.md", "md").claims]


def test_code_blocks_and_spans_are_hidden_with_positions_kept() -> None:
    text = "Text `[1]` here.\n\n```\nfence [2]\n```\n\n    indented [3]\n\n<!-- [4] -->\n"
    hidden = hide_code(text)
    assert len(hidden) == len(text)
    assert hidden.count("\n") == text.count("\n")
    for marker in ("[1]", "[2]", "[3]", "[4]"):
        assert marker not in hidden
    assert "Text" in hidden and "here." in hidden


def test_citations_in_code_are_ignored() -> None:
    text = "Real claim [1].\n\nInline `code [2]`.\n\n~~~\nfenced [3]\n~~~\n"
    assert cited(text) == [[1]]


def test_indented_list_continuation_is_not_code() -> None:
    text = "- An item that goes on\n\n    and continues with a claim [2].\n"
    assert cited(text) == [[2]]


ENTRIES = (
    "\n[^1]: Okafor H, Lindgren J. Dapagliflozin in heart failure. N Engl J Med. 2019;381:1995.\n"
    "[^2]: Raman P, Obi P. Sacubitril-valsartan in heart failure. N Engl J Med. 2014;371:993.\n"
)


@pytest.mark.parametrize(
    "opening", ['=== "SGLT2 inhibitors"', '===! "SGLT2 inhibitors"', "!!! tip", '???+ note "Cost"']
)
def test_a_mkdocs_tab_or_admonition_body_after_a_blank_line_is_text(opening: str) -> None:
    # user29a P1-11: Material's content tab indents its body four spaces after a blank line;
    # read as code, its citations were lost and their entries "never cited" (CL102).
    text = (
        "Two medicines help people with heart failure live longer.\n\n"
        f"{opening}\n\n    Dapagliflozin cut the risk of worsening heart failure.[^1]\n\n"
        '=== "ARNI"\n\n    Sacubitril-valsartan lowered the risk of death.[^2]\n' + ENTRIES
    )
    assert cited(text) == [[1], [2]]


@pytest.mark.parametrize(
    "before", ["A paragraph that is no container.", "=== not a tab: no title after it ===", "==="]
)
def test_an_indented_block_after_other_lines_is_still_code(before: str) -> None:
    text = f"Heart failure care.[^1]\n\n{before}\n\n    example = cite([^2])\n" + ENTRIES
    assert cited(text)[0] == [1]
    assert [2] not in cited(text)


def test_marker_positions_are_the_files_own() -> None:
    text = "# Title\n\nSome `code` then a claim [3].\n"
    [claim] = read_text(text, "a.md", "md").claims
    assert (claim.line, claim.column) == (3, 1)
    assert (claim.markers[0].line, claim.markers[0].column) == (3, 26)
    assert claim.text == "Some code then a claim."


def test_ordered_list_references_with_heading_levels() -> None:
    text = (
        "Claim [1]. Another [2].\n\n### 5. References\n\n"
        "1. Smith J. Aspirin for prevention. N Engl J Med. 2010;13(2):150-8.\n"
        "2) Brown K. Statins and stroke. Lancet. 2012;380:1-9.\n\n"
        "## Appendix\n\nMore text [1].\n"
    )
    document = read_text(text, "a.md", "md")
    assert document.references_line == 3
    assert [(e.number, e.line, e.journal) for e in document.references] == [
        (1, 5, "N Engl J Med"),
        (2, 6, "Lancet"),
    ]
    assert [c.numbers for c in document.claims] == [[1], [2], [1]]


def test_footnote_definitions_are_entries_wherever_they_are() -> None:
    text = (
        "A claim[^1] and another[^2].\n\n"
        "[^1]: Smith J. Aspirin for prevention. N Engl J Med. 2010;13(2):150-8.\n"
        "[^2]: Brown K. Statins and stroke.\n"
        "    Lancet. 2012;380:1-9.\n"
    )
    document = read_text(text, "a.md", "md")
    assert [(e.number, e.line, e.column, e.title) for e in document.references] == [
        (1, 3, 1, "Aspirin for prevention"),
        (2, 4, 1, "Statins and stroke"),
    ]
    assert document.references[1].journal == "Lancet"
    # Both markers sit in one sentence, so they make one claim.
    assert [c.numbers for c in document.claims] == [[1, 2]]


@pytest.mark.parametrize("title", ["# Footnotes", "## Endnotes", "# Notes"])
@pytest.mark.parametrize(
    ("cites", "entries"),
    [
        (
            "[^1]",
            "[^1]: Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
            "[^2]: Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n",
        ),
        (
            "[1]",
            "1. Smith J. Exercise for lumbar stenosis. Spine J. 2015;15(3):100-9.\n"
            "2. Doe A. Surgery for lumbar stenosis. Spine J. 2016;16(1):20-8.\n",
        ),
    ],
)
def test_a_notes_title_makes_no_entry_of_the_text_under_it(
    title: str, cites: str, entries: str
) -> None:
    # The page's title names its notes: the text under it cites them and is the body.
    second = cites.replace("1", "2")
    text = f"{title}\n\nExercise helps {cites}. Surgery helps more {second}.\n\n{entries}"
    doc = read_text(text, "a.md", "md")
    assert [claim.numbers for claim in doc.claims] == [[1], [2]]
    assert [(r.number, r.raw[:5]) for r in doc.references] == [(1, "Smith"), (2, "Doe A")]


def test_bulleted_unnumbered_references() -> None:
    text = (
        "Claim [1]. Another [2].\n\n**References**\n\n"
        "- Smith J. Aspirin for prevention. N Engl J Med. 2010;13(2):150-8.\n"
        "- Brown K. Statins and stroke. Lancet. 2012;380:1-9.\n"
    )
    entries = read_text(text, "a.md", "md").references
    assert [(e.number, e.numbered, e.line, e.column) for e in entries] == [
        (1, False, 5, 1),
        (2, False, 6, 1),
    ]


def test_headed_disclaimer_is_not_body() -> None:
    text = "Claim [1].\n\n## Disclaimer\n\nNot advice [2].\n\n## More\n\nClaim [3].\n"
    assert cited(text) == [[1], [3]]


def test_link_reference_definitions_are_not_claims() -> None:
    text = "See [the trial][1] for more.\n\n[1]: https://example.org/trial\n"
    assert cited(text) == []


def test_lazy_markdown_numbering_counts_up() -> None:
    text = "Claim [1]. Another [2].\n\n## References\n\n1. A. One. J. 2010.\n1. B. Two. J. 2011.\n"
    entries = read_text(text, "a.md", "md").references
    assert [(e.number, e.line) for e in entries] == [(1, 5), (2, 6)]


def test_bold_labels_name_the_next_entry() -> None:
    text = (
        "Claim. 1\n\n## Sources\n\n**Guideline**\n\nManagement of knee pain\n\n"
        "Guideline Digest, 2022\n\n**Disclaimer**\n\nNot advice.\n"
    )
    [entry] = read_text(text, "a.md", "md").references
    assert (entry.label, entry.title, entry.journal, entry.year) == (
        "Guideline",
        "Management of knee pain",
        "Guideline Digest",
        2022,
    )


def test_each_table_row_is_a_claim() -> None:
    text = "| Drug | Evidence |\n| --- | --- |\n| Amlodipine | Strong [1] |\n| Lisinopril | [2] |\n"
    claims = read_text(text, "a.md", "md").claims
    assert [(c.line, c.text, c.numbers) for c in claims] == [
        (3, "Amlodipine; Strong", [1]),  # cells stay apart: "n = 4744 | HR" is no hours
        (4, "Lisinopril", [2]),
    ]


def test_a_marker_after_the_stop_cites_its_own_sentence_only() -> None:
    text = "Trials enrolled 9,361 patients.\nThe number needed to treat was 61.[2]\n"
    [claim] = read_text(text, "a.md", "md").claims
    assert claim.text == "The number needed to treat was 61."
    assert (claim.line, claim.column) == (2, 1)


def test_link_reference_definitions_are_not_entries() -> None:
    text = (
        "Claim [1]. Other [2].\n\n## References\n\n"
        "1. Smith J. One. J X. 2020;1:1.\n2. Moe D. Two. J X. 2020;1:2.\n\n"
        "[6]: http://example.org/docs\n"
        '[docs]: <https://example.org/guide> "The guide"\n'
    )
    entries = read_text(text, "a.md", "md").references
    assert [(entry.number, entry.raw) for entry in entries] == [
        (1, "Smith J. One. J X. 2020;1:1."),
        (2, "Moe D. Two. J X. 2020;1:2."),
    ]


def test_a_bracketed_entry_that_is_more_than_an_address_is_still_an_entry() -> None:
    text = "Claim [1].\n\n## References\n\n[1]: Smith J. One. J X. 2020;1:1. https://example.org\n"
    entries = read_text(text, "a.md", "md").references
    assert [entry.number for entry in entries] == [1]


def test_entry_fields_are_plain_text_and_raw_is_the_source() -> None:
    source = (
        "Kristiansen HB. Vitamin D<sub>3</sub> and fracture risk. "
        "<i>JAMA Netw Open</i>. 2023;6(2):e2254102."
    )
    [entry] = read_text(f"Claim [1].\n\n## References\n\n1. {source}\n", "a.md", "md").references
    assert entry.title == "Vitamin D3 and fracture risk"
    assert entry.journal == "JAMA Netw Open"
    assert entry.raw == source


def test_claims_keep_the_words_of_inline_code_but_not_its_markers() -> None:
    text = "A claim with `code [2]` and **bold** [1].\n\nAnother with ``a `tick` `` [3].\n"
    claims = read_text(text, "a.md", "md").claims
    assert [(c.text, c.numbers) for c in claims] == [
        ("A claim with code [2] and bold.", [1]),
        ("Another with a tick.", [3]),
    ]


def test_script_and_style_elements_are_dropped_with_their_content() -> None:
    text = (
        "Statins lowered LDL by 40% <script>var claim = 'rates fell 99% [2]';</script> "
        "in adults. [1]\n\n"
        '<style type="text/css">\n.ref { content: "see [2]"; }\n</style>\n\n'
        "## References\n\n1. A paper.\n2. Another paper.\n"
    )
    document = read_text(text, "a.md", "md")
    (claim,) = document.claims
    assert "script" not in claim.text and "99%" not in claim.text
    assert claim.numbers == [1]
    assert claim.text.startswith("Statins lowered LDL by 40%") and claim.text.endswith("adults.")


def test_a_footnote_reusing_a_listed_number_is_an_aside_not_an_entry() -> None:
    text = (
        "Calcium with vitamin D cut hip fractures [1][^1].\n\n"
        "[^1]: The trial enrolled women in nursing homes only.\n\n"
        "## References\n\n"
        "1. Chapuy MC, Arlot ME, Duboeuf F, et al. Vitamin D3 and calcium to prevent hip "
        "fractures in elderly women. N Engl J Med. 1992;327(23):1637-1642.\n"
    )
    references = read_text(text, "a.md", "md").references
    assert [reference.number for reference in references] == [1]
    assert "Chapuy" in references[0].raw


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # A linked number leaves neither its target nor the brackets around it in the claim.
        ("Breastfeeding lowers infections [[1](#B1)].", "Breastfeeding lowers infections."),
        ("Activity is advised [[1](#B1), [2](#B2)].", "Activity is advised."),
        ("Aspirin helps ([1](#r1)–[2](#r2)).", "Aspirin helps."),
        ("Statins help [1](#ref-1).", "Statins help."),
    ],
)
def test_claim_text_keeps_no_trace_of_linked_numbers(sentence: str, claim: str) -> None:
    page = sentence + "\n\n## References\n\n1. Doe J. Statins. 2015.\n2. Roe K. Aspirin. 2018.\n"
    document = read_text(page, "a.md", "md")
    assert [c.text for c in document.claims] == [claim]


@pytest.mark.parametrize(
    "heading",
    ["# References {-}", "## References {#refs .unnumbered}", "## References {.page_break_before}"]
    + ["# Bibliography { .unnumbered }", "## References {#sec:references}"],
)
def test_a_heading_with_pandoc_attributes_names_the_list(heading: str) -> None:
    """R Markdown's "# References {-}" and Manubot's "## References {.page_break_before}":
    no list was found (a false CL107, and no entry checked)."""
    text = (
        f"Text [1]. More [2].\n\n{heading}\n\n"
        "1. Doe J. A title of a study. J Med. 2010;1:1-9.\n"
        "2. Roe A. Another title of a study. J Med. 2011;2:1-9.\n"
    )
    document = read_text(text, "a.md", "md")
    assert [entry.number for entry in document.references] == [1, 2]


def test_a_heading_ending_in_other_braces_is_not_cut() -> None:
    text = "Text [1].\n\n## References {1}\n\n1. Doe J. A title of a study. J Med. 2010;1:1-9.\n"
    assert read_text(text, "a.md", "md").references == []


def _hidden_line_by_line(text: str) -> str:
    """hide_code as it was: every line asked whether it opens or is a code block."""
    lines = text.split("\n")
    markdown._hide_front_matter(lines)
    markdown._hide_code_blocks(lines)
    hidden = "\n".join(markdown._hide_code_spans(line, False) for line in lines)
    return markdown.hide_scripts(markdown.hide_comments(hidden))


_MARKDOWN_PIECES = [
    "```",
    "~~~",
    "``",
    "`",
    "    ",
    "  ",
    "\t",
    " ",
    "\n",
    "---",
    "- ",
    "1. ",
    "a [1]",
]


@given(st.lists(st.sampled_from(_MARKDOWN_PIECES), max_size=16))
def test_pages_without_fences_or_indented_lines_are_hidden_as_line_by_line(
    parts: list[str],
) -> None:
    text = "".join(parts)
    assert hide_code(text) == _hidden_line_by_line(text)


_HTML_PIECES = ["<!--", "-->", "<", ">", "<script>", "</script>", "<style a=1>", "</STYLE >"]
_HTML_PIECES += ["<ſcript>", "x [1]", "\n", " "]


@given(st.lists(st.sampled_from(_HTML_PIECES), max_size=12))
def test_scripts_are_hidden_as_the_pattern_hides_them(parts: list[str]) -> None:
    text = "".join(parts)
    scripts = markdown._SCRIPT.sub(lambda match: markdown._blank(match.group()), text)
    assert markdown.hide_scripts(text) == scripts


def test_a_row_keeps_its_cells_apart_so_numbers_keep_their_meaning() -> None:
    # "n = 4744 | HR 0.74" joined as "n = 4744 HR 0.74" read 4744 hours (user19).
    from citelint.support.profiles import profile_claim

    text = (
        "| Trial | Population | Result | Ref |\n|---|---|---|---|\n"
        "| CARDIA-HF | HFrEF, n = 4744 | | HR 0.74 for death | [1] |\n"
    )
    [claim] = read_text(text, "a.md", "md").claims
    assert claim.text == "CARDIA-HF; HFrEF, n = 4744; HR 0.74 for death"
    roles = {q.raw: q.role for q in profile_claim(claim.text).quantities}
    assert roles == {"4744": "sample-size", "0.74": "hazard-ratio"}


ROW_CELLS = ("DAPA-HF", "HFrEF, n = 4744. Adults only.", "HR 0.74 for death.", "[1]")


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("md", "| Trial | Population | Result | Ref |\n|---|---|---|---|\n| %s |\n"),
        ("html", "<table><tr><td>%s</td></tr></table>"),
    ],
)
def test_a_ref_cell_after_a_sentence_s_stop_cites_its_whole_row(fmt: str, text: str) -> None:
    # The cell's border stood between the stop and "[1]": the marker began a claim of its
    # own, with no words, and claim checks had nothing to judge (word20). Then it cited the
    # last cell's sentence only, and a row whose earlier cell ended in a stop lost that
    # cell (user24 P1 12): the row is one claim, its cells kept apart.
    text %= (" | " if fmt == "md" else "</td><td>").join(ROW_CELLS)
    page = text + ("\n\n## References\n\n1. Lee A. Trial one. Lancet. 2019;1:1-9.\n")
    if fmt == "html":
        page = text + "<h2>References</h2><ol><li>Lee A. Trial one. Lancet. 2019;1:1-9.</li></ol>"
    [claim] = read_text(page, f"a.{fmt}", fmt).claims
    assert (claim.text, claim.numbers) == (
        "DAPA-HF; HFrEF, n = 4744. Adults only. HR 0.74 for death.",
        [1],
    )


def test_a_recommendation_row_whose_cell_ends_in_a_stop_is_read_whole() -> None:
    """User24 P1 12: a guideline's row "| 3.2 | Offer ... once daily. | I | A | [2] |" was
    read as the claim "I; A" (the cell's stop cut the row): audit showed the class and level
    as the claim, and no recommendation was checked. The row's own number ("3.2") is no
    part of the claim: read as one, it was a number the abstract lacks (a false CL301)."""
    text = (
        "| No. | Recommendation | Class | Level | Evidence |\n|---|---|---|---|---|\n"
        "| 3.2 | Offer apixaban 5 mg twice daily to adults with atrial fibrillation and a "
        "CHA2DS2-VASc score of 2 or more. | I | A | [1,2] |\n"
        "| 3.3 | Review renal function yearly. Reduce the dose when two criteria are met. "
        "| IIa | B | [2] |\n"
    )
    claims = read_text(text, "a.md", "md").claims
    assert [(claim.line, claim.text, claim.numbers) for claim in claims] == [
        (
            3,
            "Offer apixaban 5 mg twice daily to adults with atrial fibrillation and a "
            "CHA2DS2-VASc score of 2 or more. I; A",
            [1, 2],
        ),
        (
            4,
            "Review renal function yearly. Reduce the dose when two criteria are met. IIa; B",
            [2],
        ),
    ]


def test_a_recommendations_number_opening_its_cell_is_no_part_of_the_claim() -> None:
    """user30b P1-8: a compendium's "| 2.1 Clinic target below 140/90 mmHg ... | A | 1–3 |"
    gave "2.1" to CL301 once its references column was read; a dose opening a cell stays."""
    text = (
        "| Recommendation | Grade | References |\n|---|---|---|\n"
        "| 2.1 Clinic target below 140/90 mmHg for adults with diabetes | A | [1] |\n"
        "| 2.5 mg apixaban twice daily in adults over 80 | B | [1] |\n"
    )
    page = text + "\n# References\n\n1. Lee A. Trial one. Lancet. 2019;1:1-9.\n"
    claims = read_text(page, "a.md", "md").claims
    assert [claim.text for claim in claims] == [
        "Clinic target below 140/90 mmHg for adults with diabetes; A",
        "2.5 mg apixaban twice daily in adults over 80; B",
    ]
