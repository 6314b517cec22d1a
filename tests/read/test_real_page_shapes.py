"""Shapes seen on real published pages (issue 9): what is a citation and where the list is."""

from __future__ import annotations

import pytest

from citelint.read import read_text

LIST = "\n\n## References\n\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 51)
)


def cited(text: str, fmt: str = "md") -> list[list[int]]:
    return [
        marker.numbers
        for claim in read_text(text, f"a.{fmt}", fmt).claims
        for marker in claim.markers
    ]


def entries(text: str, fmt: str) -> list[int]:
    return [entry.number for entry in read_text(text, f"a.{fmt}", fmt).references]


# 2. Superscripts after a short word, an abbreviation or a number are citations when every
#    number is an entry of the list; units and powers are not.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tangles are the hallmark lesion in AD<sup>1,2</sup>.", [[1, 2]]),
        ("Other scales, such as<sup>3</sup> the MMSE, are shorter.", [[3]]),
        ("The first cohort was described in 2004<sup>4</sup>.", [[4]]),
        ("Several reviews agree<sup>34,39–45</sup>.", [[34, 39, 40, 41, 42, 43, 44, 45]]),
        ("Onset is earlier in AD¹˒² than in other dementias.", [[1, 2]]),
        ("Tangles spread early in Alzheimer disease¹˒².", [[1, 2]]),
        ("Plasma p-tau217 reached an AUC of 0.96<sup>5</sup>.", [[5]]),
        ("Cells grew in 5% CO2<sup>6</sup>.", [[6]]),
        # A metastable nuclide's mass number is no measured length (review20 F7).
        ("Myocardial perfusion imaging with Tc-99m¹ is widely used.", [[1]]),
        ("Scans with technetium-99m<sup>2</sup> followed.", [[2]]),
        # Masses, volumes and hours take no powers: a superscript after them cites (user19).
        ("Correct sodium by 8-10 mmol/L in 24 h<sup>1,2</sup> at most.", [[1, 2]]),
        ("Aim below 8-10 mmol/L<sup>2,3</sup> a day.", [[2, 3]]),
        ("Give it every 8 h<sup>2-4</sup> for a week.", [[2, 3, 4]]),
        ("An LDL above 190 mg/dL<sup>2</sup> calls for a statin.", [[2]]),
        ("Start with 10 mg<sup>2</sup> daily.", [[2]]),
        ("Keep glucose above 5.5 mmol/L<sup>2</sup> overnight.", [[2]]),
        # A trial's name ending in a short word after a hyphen (user19).
        ("The effect was shown in DAPA-HF<sup>2</sup> first.", [[2]]),
        ("Warfarin was the comparator in RE-LY<sup>3</sup> as well.", [[3]]),
    ],
)
def test_superscripts_after_short_words_and_numbers_cite(sentence: str, expected: list) -> None:
    assert cited(sentence + LIST) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Body mass index was 27 kg/m<sup>2</sup> on average.",
        "Counts of 10<sup>6</sup> cells and 4.1 ×10<sup>9</sup>/L were usual.",
        "Infusions of 250 cm<sup>3</sup> were used.",
        "Heterogeneity was moderate (I<sup>2</sup> = 48%).",
        "The area was 12 m² and the count 10⁶ per mL.",
        "Variance explained was low (r² = 0.18).",
        "A dose in 2004<sup>60</sup> is beyond the list.",
        # A length glued to its number, as notes write an eGFR or a body surface (notes15).
        "eGFR 38 mL/min/1.73m² on admission, BSA 1.9m<sup>2</sup>, a 12cm² ulcer.",
        "Docetaxel 75 mg/m<sup>2</sup> every 3 weeks, eGFR 60 mL/min/1.73 m<sup>2</sup>.",
        "Acceleration of 9.8 m/s<sup>2</sup> and a 10-m<sup>2</sup> room.",
        "CD4 count 350 cells/mm<sup>3</sup> at entry.",
        "A dose of 10 mg<sup>60</sup> is beyond the list.",
        # A single letter takes powers, units too: heritability h², not "in 24 h" (review19).
        "The SNP heritability h<sup>2</sup> of adult height was 0.45.",
    ],
)
def test_units_and_powers_are_not_citations(sentence: str) -> None:
    assert cited(sentence + LIST) == []


# 3. Numbers glued to a word by copying a page that set them as superscripts.
GLUED = (
    "Amyloid builds up years before symptoms in Alzheimer disease1,2. Tau follows, as shown "
    "previously3–5 and confirmed in cohorts.6 Serum IL6 and CD4 counts, H2O intake and COVID-19 "
    "status were recorded, with body mass index in kg/m2 at entry.7 Two trials of 5 mg daily "
    "failed.8,9"
)


def test_numbers_glued_to_words_are_read_on_a_page_that_cites_that_way() -> None:
    assert cited(GLUED + LIST, "txt") == [[1, 2], [3, 4, 5], [6], [7], [8, 9]]


def test_a_number_glued_to_a_word_before_a_closing_parenthesis_cites() -> None:
    # NEJM copied as text: "(calculated with the CKD-EPI equation11)," held citation 11.
    text = (
        "Kidney disease is common.1 It was staged by eGFR (calculated with the 2021 CKD-EPI "
        "equation2), as in earlier trials.3,4 Doses (given as 5 mg tablets5) were fixed." + LIST
    )
    assert cited(text, "txt") == [[1], [2], [3, 4], [5]]


def test_names_before_a_closing_parenthesis_are_still_no_citations() -> None:
    text = (
        "Kidney disease is common.1 Serum (IL6), doses (in mg/m2) and tests (log10) varied." + LIST
    )
    assert cited(text, "txt") == [[1]]


def test_a_number_glued_to_a_place_name_cites_where_the_order_calls_for_it() -> None:
    # The Lancet copied as text: "in Bangladesh, Pakistan, and Sri Lanka5 and in Ghana.6".
    text = (
        "Control is poor.1,2 Task sharing improved control in Sri Lanka3 and in Ghana.4 "
        "A trial in Kenya5, and one in Peru6 agreed. Effects differed by Stat3 and Stat5 levels."
        + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3], [4], [5], [6]]


def test_a_byline_glued_to_affiliation_numbers_is_still_no_citation() -> None:
    text = (
        "Maria Lindqvist1,2, Tomasz Novak2 and Aiko Suzuki1,3\n\nControl is poor.1,2 Less so.3"
        + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3]]


def test_a_byline_of_names_with_degrees_and_affiliation_numbers_is_no_citation() -> None:
    # A manuscript's PDF copied as text: the degree stands between name and number.
    text = (
        "Rhiannon Pryce, MSc3, Kwame Mensah, PhD1,2, Lotte Berg, MD, PhD3\n"
        "Falls are common.1,2 Drugs add to them.3" + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3]]
    # Two degrees: "PhD1,2" is the only number of its line read as a possible citation.
    text = (
        "Rhiannon Pryce, MSc3, Lotte Berg, MD, PhD1,2, Kwame Mensah, PhD3\n"
        "Falls are common.1,2 Drugs add to them.3" + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3]]


@pytest.mark.parametrize(
    "byline",
    [
        # A family name ending in a letter past Latin-1, or a byline set in capitals, was read
        # as citations 1 and 2 (review F8): "Petrović" and "SMITH" were no names to citelint.
        "Rhiannon Pryce, MSc3, Ana Petrović, MD, PhD1,2, Kwame Mensah, PhD3",
        "Rhiannon Pryce, MSc3, LOTTE BERG, MD, PhD1,2, Kwame Mensah, PhD3",
        "JOHN SMITH, PhD1,2",
        "Ana Petrović, MD¹˒²",
        "Ana Petrović¹, Jan Novák²",
        "JOHN SMITH¹, ANA NOVAK¹˒²",
        "Jan McDonald¹, Ana Petrović²",
        # A middle initial's stop was read as a sentence's end (hunt12).
        "JOHN SMITH¹, ANA M. NOVAK¹˒²",
        "John Smith1, Ana M. Novak1,2",
        "John A. Smith1, Ana M. Novak2",
    ],
)
def test_bylines_of_any_spelling_are_no_citations(byline: str) -> None:
    text = byline + "\nFalls are common.1,2 Drugs add to them.3" + LIST
    assert cited(text, "txt") == [[1, 2], [3]]


def test_a_wrapped_line_of_prose_with_names_glued_to_numbers_still_cites() -> None:
    """Review15: a line cut mid-sentence, two numbers after capitalised words and no stop,
    was taken for a byline: citations 1 and 2 were lost (two false CL102)."""
    text = (
        "Uveitis is common in patients with rheumatic disease and it often\n"
        "affects those with Behcet1 and Sjogren2 syndromes, which differ in\n"
        "their treatment. Sarcoid uveitis responds to steroids.3 Oral ulcers\n"
        "are seen in Behcet disease.4\n\nReferences\n"
        + "".join(
            f"{n}. Author A. Eye study {n}. Ophthalmology. 2019;{n}:1-9.\n" for n in range(1, 5)
        )
    )
    assert cited(text, "txt") == [[1], [2], [3], [4]]
    byline = "by Maria Lindqvist1, Tomasz Novak2 and the Knee Study team\n"
    assert cited(byline + "Falls are common.1,2 Drugs add to them.3" + LIST, "txt") == [
        [1, 2],
        [3],
    ]


def test_capitals_in_prose_before_a_degree_s_letters_still_cite() -> None:
    # One word in capitals is an abbreviation, not a name in capitals.
    text = (
        "Falls are common.1,2 Drugs add to them.3 Relapses differ in the NIH CIS, MS4, and "
        "NMOSD cohorts. Nurses phoned.5" + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3], [4], [5]]


def test_a_degree_s_letters_in_prose_are_no_byline() -> None:
    # "MS" for multiple sclerosis, "RN" after another title: no name before the comma.
    text = (
        "Falls are common.1,2 Drugs add to them.3 Relapses differ between CIS, MS4, and "
        "NMOSD. Care was led by the attending MD, RN5, and a pharmacist. Nurses phoned.6" + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3], [4], [5], [6]]


def test_names_glued_to_numbers_are_affiliations_on_a_page_that_does_not_glue() -> None:
    # Frontiers copied as text: author-year citations, a byline with affiliation numbers.
    text = (
        "Karin Nystrom1,2*, Paolo Ricci3 and Amara Nwosu1\n1Department of Psychiatry, "
        "Westlake University\nDepression is common (Kok and Reynolds, 2017)." + LIST
    )
    assert cited(text, "txt") == []


def test_a_year_before_a_comma_is_no_glued_citation() -> None:
    text = (
        "Between Feb 1, 2021, and Jan 1, 2022, we enrolled adults. Control is poor.1,2 "
        "Less so in cities.3 Rural care differs.4" + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3], [4]]


def test_section_numbers_and_decimals_are_no_glued_citations() -> None:
    # A page whose notes are called by flattened superscripts (".1", ".2"), with numbered
    # sections and a table of intervals; "at weeks 4, 8 and 12.3 Type" still cites 3.
    text = (
        "Link workers help (Drinkwater, 2019).1 Interviews were analysed (Braun, 2006).2\n\n"
        "2.3 Analysis\nPaired t-tests were used.\n\n"
        "18–64\t402\t−1.0 [−1.4 to −0.6]\t1.9 [1.1 to 2.7]\n\n"
        "Walking was tested at weeks 4, 8 and 12.3 Type 2 diabetes was common.4" + LIST
    )
    assert cited(text, "txt") == [[1], [2], [3], [4]]


def test_gene_names_formulas_and_units_are_never_glued_citations() -> None:
    text = "Serum IL6, CD4, H2O, COVID-19, BRCA1 and kg/m2 were recorded. Stat3 rose." + LIST
    assert cited(text, "txt") == []


def test_glued_numbers_are_not_read_where_the_page_cites_in_brackets() -> None:
    brackets = "".join(f"Finding {n} held [{n}]. " for n in range(1, 12))
    assert cited(brackets + "It was seen in disease3, not in controls." + LIST, "txt") == [
        [n] for n in range(1, 12)
    ]


def test_a_number_glued_to_a_number_is_read_where_the_order_of_citations_calls_for_it() -> None:
    text = (
        "Prevalence rose.1,2 The first trial was reported in 20043. Adherence was 80%.4 "
        "Doses of 1200 mg were given. Later work agreed.5" + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3], [4], [5]]


def test_a_byline_with_affiliation_numbers_is_not_cited() -> None:
    page = (
        "<p>Maria Lindqvist<sup>1,2</sup>, Tomasz Novak<sup>2</sup>, Aiko Suzuki<sup>1,3</sup></p>"
        "<p><sup>1</sup>Department of Medicine, Example University</p>"
        "<p>Tangles spread early<sup>4</sup>.</p><h2>References</h2><ol>"
        + "".join(
            f"<li>Author A. Title {n} of a study. J Med. 2010;{n}:1-9.</li>" for n in range(1, 5)
        )
        + "</ol>"
    )
    assert cited(page, "html") == [[4]]


# 4. A citation followed by a colon or a semicolon.
@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_citation_before_a_colon_or_semicolon_counts(fmt: str) -> None:
    text = (
        "Agreement was poor in the study by Fleiss [2]: kappa was 0.3. Others agree [3]; see also."
    )
    assert cited(text + LIST, fmt) == [[2], [3]]


def test_a_link_definition_is_still_no_citation() -> None:
    assert cited("Text here [1].\n\n[2]: https://example.org/page\n" + LIST) == [[1]]


# 5. A bare number is a citation only where the page cites with bare numbers.
def test_a_bare_number_in_a_bracketed_article_is_a_quantity() -> None:
    brackets = "".join(f"Finding {n} held [{n}]. " for n in range(1, 12))
    text = (
        "The purified protein, mol. wt. 150 K, migrated as one band. Two forms were seen. "
        "3 Patients improved [12]."
    )
    assert cited(brackets + text + LIST, "txt") == [[n] for n in range(1, 13)]


def test_bare_numbers_on_a_page_that_cites_with_them_are_read() -> None:
    text = "Tangles spread early. 1\n\nPlaques follow later. 2, 3\n\nThe mol. wt. was 150 K.\n"
    assert cited(text + LIST, "txt") == [[1], [2, 3]]


# Markdown converted from a publisher's HTML.
@pytest.mark.parametrize(
    ("marker", "expected"),
    [
        ("[[3](#B3)–[5](#B5)]", [[3, 4, 5]]),
        ("[[1](#B1), [2](#B2)]", [[1], [2]]),
        ("^[3](#B3),[4](#B4)^", [[3, 4]]),
        ("<sup>[3](#B3)–[5](#B5)</sup>", [[3, 4, 5]]),
    ],
)
def test_linked_numbers_of_converted_pages(marker: str, expected: list) -> None:
    assert cited(f"Tangles spread early {marker}." + LIST) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Detectors were proposed [4]–[6].", [[4, 5, 6]]),
        ("Detectors were proposed [4]-[6], [8].", [[4, 5, 6], [8]]),
        ("Detectors were proposed [4], [6].", [[4], [6]]),
        ("Detectors were proposed [4]; see also [6].", [[4], [6]]),
    ],
)
def test_ieees_range_of_two_bracketed_numbers_cites_those_between(
    sentence: str, expected: list
) -> None:
    # Read as [4] and [6] alone, a correct IEEE page got a false CL104 for 5.
    assert cited(sentence + LIST, "txt") == expected


# 1. An entry's number comes from the list's numbering, never from a year.
MANUBOT_ENTRY = (
    '<div id="ref-k{n}" class="csl-entry" role="doc-biblioentry">\n'
    '<div class="csl-left-margin">{n}. </div><div class="csl-right-inline">'
    "<strong>A made-up study number {n} of sleep in older adults</strong> "
    '<div class="csl-block">Ann Author, Bob Builder</div>\n{source}(2016) '
    '<a href="https://doi.org/10.1234/x{n}">https://doi.org/10.1234/x{n}</a> '
    '<div class="csl-block">DOI: <a href="https://doi.org/10.1234/x{n}">10.1234/x{n}</a></div>'
    "</div>\n</div>"
)
PANDOC2_ENTRY = (
    '<div id="ref-k{n}">\n<p>{n}. <strong>A made-up study number {n} of sleep</strong> <br />\n'
    "Ann Author, Bob Builder <br />\n{source}(2016) "
    '<a href="https://doi.org/10.1234/x{n}">https://doi.org/10.1234/x{n}</a></p>\n</div>'
)


@pytest.mark.parametrize("shape", [MANUBOT_ENTRY, PANDOC2_ENTRY], ids=["csl-divs", "pandoc2"])
def test_manubot_entries_keep_their_numbers_when_a_line_starts_with_a_year(shape: str) -> None:
    callouts = " ".join(
        f'<p>Finding {n} [<a href="#ref-k{n}" role="doc-biblioref">{n}</a>].</p>'
        for n in range(1, 7)
    )
    items = "\n".join(
        shape.format(n=n, source="" if n % 2 else "<em>Sleep Med</em> ") for n in range(1, 7)
    )
    page = (
        f'<html><body>{callouts}<h2 id="references">References</h2>\n'
        f'<div id="refs" class="references csl-bib-body" role="doc-bibliography">\n{items}\n'
        "</div></body></html>"
    )
    document = read_text(page, "a.html", "html")
    assert [entry.number for entry in document.references] == [1, 2, 3, 4, 5, 6]
    assert all(entry.year == 2016 for entry in document.references)


@pytest.mark.parametrize("line", ["2016. Smith J. A later paper.", "(2016) https://example.org/x"])
def test_a_year_starting_a_line_of_a_numbered_list_is_no_entry_number(line: str) -> None:
    text = "Claim [1]. Claim [2].\n\n## References\n\n1. Moe D. One. J X. 2001;1:1.\n" + line
    text += "\n2. Roe R. Two. J Y. 2002;2:2.\n"
    assert entries(text, "md") == [1, 2]


# 6. A numbered list ending the article with no heading.
HEADLESS = (
    "Tangles spread early [1]. Plaques follow [2, 3].\n\n"
    "1. Smith J, Doe A. Tangles in ageing brains. Brain. 2010;13(2):150-8.\n"
    "2. Brown K. Plaques and cognition. Lancet Neurol. 2012;11:1-9. doi:10.1016/x.2012.1\n"
    "3. Lee C, Kim D. Amyloid imaging in practice. J Nucl Med. 2015;56(3):300-6.\n"
)


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_a_numbered_list_ending_the_article_is_its_list(fmt: str) -> None:
    document = read_text(HEADLESS + "\nCopyright 2024 Example Press.\n", f"a.{fmt}", fmt)
    assert [entry.number for entry in document.references] == [1, 2, 3]
    assert document.references_line is None


def test_an_ordered_list_ending_an_html_page_is_its_list() -> None:
    items = "".join(f"<li>{line[3:]}</li>" for line in HEADLESS.splitlines()[2:])
    page = f"<p>Tangles spread early [1]. Plaques follow [2, 3].</p><ol>{items}</ol>"
    assert entries(page, "html") == [1, 2, 3]


def test_a_closing_list_of_steps_is_not_a_reference_list() -> None:
    text = (
        "Tangles spread early [1].\n\n1. Wash your hands.\n2. Take the tablet with water.\n"
        "3. Call us if the pain lasts.\n"
    )
    assert entries(text, "md") == []


def test_a_closing_list_the_text_never_cites_into_is_not_its_list() -> None:
    assert entries(HEADLESS.replace("[1]", "[7]").replace("[2, 3]", "[8]"), "md") == []


def test_pmc_labels_glued_to_their_entries_are_numbers() -> None:
    page = (
        "<p>A [1]. B [2].</p><h2>References</h2><ul>"
        '<li><span class="label">1.</span><cite>UK Renal Registry. Annual report. 2019.</cite></li>'
        '<li><span class="label">2.</span><cite>Smith J. Title. J X. 2020;1:1.</cite></li></ul>'
    )
    assert entries(page, "html") == [1, 2]


def test_springer_link_out_lines_neither_end_the_list_nor_become_entries() -> None:
    text = (
        "A [1]. B [2].\n\nReferences\n\n1. Smith J. One study. J X. 2020;1:1.\n\n"
        "Article CAS PubMed Google Scholar\n\n2. Moe D. Two studies. J Y. 2021;2:2.\n\n"
        "View in Scopus Google Scholar\n"
    )
    assert [entry.raw for entry in read_text(text, "a.txt", "txt").references] == [
        "Smith J. One study. J X. 2020;1:1.",
        "Moe D. Two studies. J Y. 2021;2:2.",
    ]


def test_a_label_alone_on_its_line_keeps_its_entry() -> None:
    text = (
        "A [1]. B [2].\n\nReferences\n\n1.\n\nSmith J. One. J X. 2020;1:1.\n\n2.\n\nMoe D. Two.\n"
    )
    assert [e.raw for e in read_text(text, "a.txt", "txt").references] == [
        "Smith J. One. J X. 2020;1:1.",
        "Moe D. Two.",
    ]


def test_wikipedia_note_and_page_superscripts_next_to_a_citation_leave_it_read() -> None:
    # Wikipedia HTML: "[3]" followed by "[citation needed]", "[note 1]" or a page ": 23".
    needed = (
        '<sup class="noprint Inline-Template">[<i><a href="/wiki/Wikipedia:Citation_needed">'
        "<span>citation needed</span></a></i>]</sup>"
    )
    page = (
        f"<p>Pain is worst in the morning.<sup>[1]</sup><sup>[3]</sup>{needed} It affects one "
        'in ten.<sup>[2]</sup><sup class="reference">[note 1]</sup> Most cases resolve.'
        '<sup>[4]</sup><sup class="reference nowrap"><span title="Page: 23">: 23</span></sup></p>'
        "<h2>References</h2><ol>"
        + "".join(
            f"<li>Author A. Title {n} of a study. J Med. 2010;{n}:1-9.</li>" for n in range(1, 5)
        )
        + "</ol>"
    )
    assert cited(page, "html") == [[1, 3], [2], [4]]


def test_anchor_names_in_link_targets_are_no_glued_citations() -> None:
    # A Google Docs or Notion export: "[[1]](#ref1)". "ref1" is no word glued to citation 1,
    # so the page does not cite with glued numbers and "33.65" is a decimal.
    text = (
        "Salt substitutes lower pressure.[[1]](#ref1) Kidney disease is a concern.[[2]](#ref2)\n\n"
        "Stroke fell from 33.65 to 29.14 per 1000 person-years (95% CI 0.77–0.96).[[3]](#ref3)"
        + LIST
    )
    assert cited(text) == [[1], [2], [3]]


# Shapes of hunt 9: each of these gave false CL101, CL102, CL104, CL105 or CL107 findings.
def test_references_named_in_words_are_citations_of_entries() -> None:
    # Nature copied as text: "As in ref. 15", "(refs. 21,22)", "(ref. 23)" are links.
    text = (
        "Risk is higher in diabetes1,2 and rises with its duration3. As in ref. 4, we found "
        "no interaction (refs. 5,6), as in the cohort (ref. 7) and in refs. 8–10 and 11 and "
        "12, not in Supplementary Ref. 13." + LIST
    )
    assert cited(text, "txt") == [[1, 2], [3], [4], [5, 6], [7], [8, 9, 10, 11, 12]]


@pytest.mark.parametrize(
    "note",
    [
        "K 4.1 (ref. 3.5-5.1) on day 2.",  # a laboratory's reference range
        "Sodium was 131 (ref. 135-145).",
        "WBC 11.2 (ref. 4-10) on day 2.",  # one reference is one number
        "WBC 11.2 (ref. 4 - 10) on day 2.",  # spaced, as discharge letters write it
        "WBC 11.2 (ref. 4 to 10) on day 2.",
        "See ref. 5a for the method.",
    ],
)
def test_reference_ranges_and_lettered_refs_are_no_named_citations(note: str) -> None:
    assert cited("Risk is higher in diabetes1,2 and rises with time.3 " + note + LIST, "txt") == [
        [1, 2],
        [3],
    ]


def test_numbered_recommendations_are_no_glued_citations() -> None:
    # A guideline copied as text: "3.1.7 Consider" opens its line; "1.2.1 to" goes on.
    text = (
        "3 Recommendations\n3.1 Assessment\n3.1.1 Check magnesium when K+ is low.1\n"
        "3.1.2 Record an ECG.\n3.1.3 Review the drugs.2\n3.1.7 Consider refeeding.3\n"
        "3.1.8 Involve the renal team.\nRecommendations 1.2.1 to 1.2.3 were kept.4 Events "
        "were coded with MedDRA version 24.0.5 6 Doses fell."  # a spaced list, as BMJ copies
    )
    short = "\n\nReferences\n" + "".join(
        f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n"
        for n in range(1, 7)
    )
    assert cited(text + short, "txt") == [[1], [2], [3], [4], [5, 6]]


def test_a_numbered_heading_after_a_sentence_is_no_bare_citation() -> None:
    text = (
        "This guideline applies to adults on all wards.\n2 Definitions\nMild hypokalaemia is "
        "K+ 3.0-3.4 mmol per litre. 1 Most patients improved. 2, 3 None died.\n5 RESULTS\n"
        "Doses fell."
    )
    assert cited(text + LIST, "txt") == [[1], [2, 3]]


def test_a_citation_opening_a_wrapped_line_is_no_heading() -> None:
    # Columns of a PDF copied as text: the sentence after the citation goes on below.
    text = (
        "Falls are common in older adults and cause injury in many of them.\n"
        "1 Supervised exercise reduces the rate of\nfalls by about a quarter.2 Balance "
        "training helps most.3"
    )
    assert cited(text + LIST, "txt") == [[1], [2], [3]]


def test_wileys_citing_literature_ends_the_list() -> None:
    text = (
        "Readmission is common.1 Half is preventable.2\n\nREFERENCES\n"
        "1Jencks SF, Williams MV. Rehospitalizations. N Engl J Med. 2009; 360: 1418-1428.\n"
        "PubMed Web of Science® Google Scholar\n"
        "2van Walraven C, Bennett C. Avoidable readmissions. CMAJ. 2011; 183: E391-E402.\n"
        "PubMed Web of Science® Google Scholar\nCiting Literature\nVolume 80, Issue 7\n"
        "July 2024\nPages 2871-2883\n"
    )
    assert entries(text, "txt") == [1, 2]


def test_medscapes_link_outs_and_the_boxes_after_its_list_are_no_entries() -> None:
    # Medscape copied: an unnumbered list, each entry ending in "[QxMD MEDLINE Link]." and
    # "[Full Text]." or "[Guideline].", then the image gallery, the tables and the authors.
    text = (
        "Recurrence is common. [1] Aspirin halves it. [2]\n\nReferences\n"
        "Kearon C, Ageno W. Provoked or unprovoked venous thromboembolism. J Thromb Haemost. "
        "2016 Jul. 14 (7):1480-3. [QxMD MEDLINE Link]. [Full Text].\n"
        "Stevens SM, Woller SC. Antithrombotic therapy for VTE disease. Chest. 2021 Dec. "
        "160 (6):e545-e608. [QxMD MEDLINE Link]. [Guideline].\n"
        "Media Gallery\nVenous duplex ultrasonography of the femoral vein.\nof 1\nTables\n"
        "Back to List\nContributor Information and Disclosures\nAuthor\n"
    )
    references = read_text(text, "a.txt", "txt").references
    assert [(entry.number, entry.journal, entry.year) for entry in references] == [
        (1, "J Thromb Haemost", 2016),
        (2, "Chest", 2021),
    ]


def test_wileys_labels_glued_to_the_first_author_are_cut() -> None:
    text = (
        "Readmission is common.1 Half is preventable.2\n\nREFERENCES\n"
        "1Jencks SF, Williams MV. Rehospitalizations. N Engl J Med. 2009; 360: 1418-1428.\n"
        "PubMed Web of Science® Google Scholar\n"
        "2van Walraven C, Bennett C. Avoidable readmissions. CMAJ. 2011; 183: E391-E402.\n"
    )
    document = read_text(text, "a.txt", "txt")
    assert [entry.authors[0] for entry in document.references] == ["Jencks SF", "van Walraven C"]
    assert [entry.raw[:6] for entry in document.references] == ["Jencks", "van Wa"]


def test_an_unnumbered_entry_opening_with_a_number_keeps_it() -> None:
    # One entry's "3M" is its author's name, not a label: the list does not count up.
    text = (
        "Masks filter well.1 Fit matters.2\n\nReferences\n"
        "1Jencks SF, Williams MV. Rehospitalizations. N Engl J Med. 2009; 360: 1418-1428.\n"
        "3M Company. Respirator fit testing guide. St Paul: 3M; 2019.\n"
    )
    raws = [entry.raw[:6] for entry in read_text(text, "a.txt", "txt").references]
    assert raws == ["1Jenck", "3M Com"]


def test_highwire_labels_with_back_arrows_number_their_entries() -> None:
    # medRxiv copied as text: "1.↵Smith J ...", then "OpenUrlCrossRefPubMed".
    text = (
        "Older adults are most at risk [1]. Boosters were given [2].\n\nReferences\n"
        "1.↵Bajema KL, Wang W. Risk factors. MMWR. 2023;72(5):115–120.\nOpenUrl\n"
        "2.↵Chalkias S, Harper C. A bivalent booster. N Engl J Med. 2022;387:1279–1291.\n"
        "OpenUrlCrossRefPubMed\nView Abstract\n"
    )
    assert [e.raw for e in read_text(text, "a.txt", "txt").references] == [
        "Bajema KL, Wang W. Risk factors. MMWR. 2023;72(5):115–120.",
        "Chalkias S, Harper C. A bivalent booster. N Engl J Med. 2022;387:1279–1291.",
    ]


def test_word_endnotes_copied_as_text_are_the_list() -> None:
    text = (
        "Many take PPIs for too long.1 Risks are mostly observational.2,3\n\n"
        "________________\n\n"
        "1 Forgacs I, Loganayagam A. Overprescribing PPIs. BMJ. 2008;336:2-3.\n"
        "2 Freedberg DE, Kim LS. Risks of PPIs. Gastroenterology. 2017;152:706-715.\n"
        "3 Moayyedi P, Eikelboom JW. Safety of PPIs. Gastroenterology. 2019;157:682-691.\n"
    )
    document = read_text(text, "a.txt", "txt")
    assert [entry.raw[:12] for entry in document.references] == [
        "Forgacs I, L",
        "Freedberg DE",
        "Moayyedi P, ",
    ]
    assert cited(text, "txt") == [[1], [2, 3]]


# J Nucl Med and EJNMMI pages raise a radionuclide's mass number before its symbol.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Men underwent <sup>68</sup>Ga-PSMA-11 PET/CT and <sup>18</sup>F-FDG PET.", []),
        ("Therapy with ¹⁷⁷Lu-PSMA-617 and <sup>131</sup>I followed.", []),
        # Not the mass number of the symbol after it: a citation before the next sentence.
        ("Uptake was high in these studies.<sup>12</sup>In contrast, others disagree.", [[12]]),
    ],
)
def test_a_radionuclide_s_mass_number_is_no_citation(sentence: str, expected: list) -> None:
    assert cited(sentence + LIST) == expected


# Clinical notes print a laboratory value's reference range in brackets after it.
@pytest.mark.parametrize(
    "labs",
    [
        "Labs on day 3: Na 131 [135-145] mmol/L, Plt 95 [150-400] ×10⁹/L, glucose 180 [70-99].",
        "Ferritin 12 µg/L [15-150] and sodium 131 mmol/L [135–145] were low.",
        "Platelets 95 ×10⁹/L [150-400], creatinine 1,4 mg/dL [0,6-1,1], CK 420 U/L [60-200].",
        # Ranges of numbers the list holds, with their unit after them.
        "WBC 14 [4-11] ×10⁹/L, Hb 9 [12-16] g/dL, HbA1c 9 [4-6] %.",
        # Past the list's end with no unit after: a test names the value.
        "SpO2 88% [94-98] on air; sodium was 131 [135-145], K: 5.9 [3.5-5.1], eGFR 38 [60-120].",
        "| Sodium | 131 [135-145] |",
        # Tests of several words, or not abbreviated, name their values too (review18).
        "Alkaline phosphatase 180 [40-129], Lactate dehydrogenase 610 [135-225],"
        " Heart rate 118 [60-100], Vitamin D 9 [30-100], Troponin T 88 [0-14].",
    ],
)
def test_a_laboratory_value_s_reference_range_is_no_citation(labs: str) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + LIST) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Past the list's end, but after a year: a citation for CL101 to report.
        ("The cohort was first described in 2019 [51-53].", [[51, 52, 53]]),
        # A value just outside a range of entries the list holds: a citation.
        ("A cut-off of 10 [11, 12] was used.", [[11, 12]]),
        ("Mortality fell by 45% [12-14] in trials.", [[12, 13, 14]]),
        # Past the list's end after a percentage or a count: citations CL101 reports
        # (review17 F1); a comma list is no range, nor is a count of trials a test's value.
        ("Mortality fell by 30% [51, 52] in the two trials.", [[51, 52]]),
        ("Mortality fell by 30% [51-52] in the two trials.", [[51, 52]]),
        ("Across 6 RCTs [53-55] the effect held.", [[53, 54, 55]]),
        # "and/or" after the brackets is no unit (review17 F4).
        ("Aspirin 100 mg [10,11] and/or clopidogrel 75 mg [12] were given.", [[10, 11], [12]]),
    ],
)
def test_brackets_after_a_number_that_are_no_reference_range_still_cite(
    sentence: str, expected: list
) -> None:
    assert cited(sentence + LIST) == expected


SHORT_LIST = "\n\n## References\n\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 4)
)


# The most abnormal values are the ones a note prints (review18 F5): a hundred times the
# range's top or a tenth of its foot. Their unit, or the note's other ranges, settle it.
@pytest.mark.parametrize(
    "labs",
    [
        "Troponin I 880 ng/L [5-26], BNP 1450 pg/mL [5-100], CK 3400 U/L [25-200].",
        "Plt 8 ×10⁹/L [150-400] after the second cycle.",
        "Lactate 6.1 [0.5-2.2]\nNT-proBNP 5400 [5-125]\ntroponin I 880 [5-26]\nPlt 5 [150-400]",
        # Ranges the note prints elsewhere, one to a paragraph as a table's rows are.
        "| Sodium | 131 [135-145] mmol/L |\n\n| Creatine kinase | 3400 [25-200] |",
        # A range from zero is no citation: the note prints ranges.
        "CRP 312 [0-10], ferritin 24000 [30-400] in HLH.",
        # A test's abbreviation names a value far above its range.
        "ALT 4120 [7-56] after paracetamol overdose; NT-proBNP 5400 [5-125].",
        # Alone on the page, a range naming more than twice as many entries past the list
        # as it holds (notes15 left).
        "Ferritin 4500 [30-400] pointed to HLH.",
        "Platelets 5 [150-400] after the second cycle.",
        "Creatine kinase peaked at 3400 [25-200] on day 2.",
    ],
)
def test_a_value_far_outside_its_range_is_no_citation(labs: str) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + SHORT_LIST) == [[1]]


TWELVE = "\n\n## References\n\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 13)
)


def test_a_print_out_row_far_outside_its_range_is_no_citation_beside_ranges_elsewhere() -> None:
    # The page's ranges are printed in another paragraph; the row opens with its test's name.
    labs = "Potassium 3.1 mmol/L [3.5-5.1] on admission.\n\nTroponin I 880 [5-26]\nrepeated at 6 h"
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + TWELVE) == [[1]]


# A range of numbers the list holds, after a value outside it, among other printed ranges.
@pytest.mark.parametrize(
    "labs",
    [
        "Ammonia 120 [5-35]\nPotassium 5.9 [3.5-5.1]",
        "Bloods: ammonia 120 [5-35], sodium 128 [135-145] mmol/L, troponin I 880 ng/L [5-26].",
        # Just above its range after a test's abbreviation, among printed ranges (notes16).
        "Labs: WBC 14.2 [4-11], creatinine 2.1 [0.6-1.2], BUN 48 [7-20].",
        # The next sentence names only the next test: the run goes on (mendl16).
        "Creatinine 2.1 mg/dL [0.6-1.2]. Ammonia 120 [5-35] on day 2.",
    ],
)
def test_a_range_of_entries_among_printed_ranges_is_no_citation(labs: str) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + LIST) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Far above its brackets, with no unit and no printed range on the page: a citation.
        ("A sample of 4000 [51-53] was drawn.", [[51, 52, 53]]),
        ("Figure 3 [51-53] shows the flow.", [[51, 52, 53]]),
        # A ratio below brackets past the list, though named in capitals.
        ("The pooled OR 0.45 [51-53] favoured surgery.", [[51, 52, 53]]),
        # A dose is no laboratory value; a range printed in another paragraph licenses
        # nothing here (review20 F2).
        ("Vitamin D at 4000 IU/day [51-53] did not prevent falls.", [[51, 52, 53]]),
        ("Enoxaparin 1 mg/kg [51-53] was given twice daily.", [[51, 52, 53]]),
        (
            "Potassium was 3.1 mmol/L [3.5-5.1] on admission.\n\n"
            "In a sample of 4000 [51-53] adults the rate was low.",
            [[51, 52, 53]],
        ),
        (
            "The rate fell (RR 0.70, p = 0.003, 95% CI [0.58-0.84]) in a sample of 4000 [51-53].",
            [[51, 52, 53]],
        ),
        # Inside the list's numbers: a share, or a paragraph that prints no range, cites.
        ("Mortality was 45% [12-14]; sodium was 128 [135-145] mmol/L.", [[12, 13, 14]]),
        ("The trial enrolled 3400 [25-27].\n\nSodium was 128 [135.0-145.0].", [[25, 26, 27]]),
        # A confidence interval or an interquartile range holds its estimate: a results
        # paragraph printing them prints no laboratory range (review19 F1, F2).
        ("Infection with SARS-CoV-2 [12-14] raised the odds (OR 1.8 [1.2-2.6]).", [[12, 13, 14]]),
        ("Scores on the PHQ-9 [12-14] fell (HR 0.75 [0.64-0.89]).", [[12, 13, 14]]),
        ("In Table 2 [12-14] the stay was 6 days [0-21].", [[12, 13, 14]]),
        ("Bleeding occurred in 45 of 300 [12-14] (RR 1.4 [1.1-1.8]).", [[12, 13, 14]]),
        ("(RR 0.70 [0.58-0.84]) in a sample of 4000 [51-53] adults.", [[51, 52, 53]]),
        # A ratio just below brackets among printed ranges: a citation.
        ("The OR 1.8 [3-5] held; K 5.9 [3.5-5.1].", [[3, 4, 5]]),
        # Near the range of a paragraph that does print laboratory ranges: prose, a citation.
        (
            "Creatinine 182 µmol/L [45-90], potassium 5.9 mmol/L [3.5-5.1]. "
            "This is CKD stage 4 [5-7] with hyperkalaemia.",
            [[5, 6, 7]],
        ),
        # A confidence level or a p value before a bracketed interval is no laboratory value
        # (review20 F1a, F6).
        (
            "As summarised in Table 2 [12-14], the pooled relative risk was 0.72 with a 95% CI"
            " [0.61-0.85].",
            [[12, 13, 14]],
        ),
        (
            "A pooled analysis of 5 RCTs [12-14] found fewer events (RR 0.72, p = 0.002, 95% CI"
            " [0.61-0.85]).",
            [[12, 13, 14]],
        ),
        # One printed range in the paragraph licenses no other citation in it (review20 F1b).
        (
            "Sodium 118 mmol/L [135-145], potassium 3.3 mmol/L [3.5-5.1]. Seizures become"
            " likely below 115 mmol/L [12-14].",
            [[12, 13, 14]],
        ),
        (
            "Bloods: sodium 118 mmol/L [135-145], potassium 3.3 mmol/L [3.5-5.1]. Her"
            " CHA2DS2-VASc score of 2 [12-14] favours anticoagulation; in adults over 75"
            " [15-17] thiazides are the commonest cause; a trial of n = 120 [18-20] agreed.",
            [[12, 13, 14], [15, 16, 17], [18, 19, 20]],
        ),
        # A dose after a printed range in the same sentence is no laboratory value.
        (
            "Potassium 3.1 mmol/L [3.5-5.1]; enoxaparin 40 mg [12-14] was held.",
            [[12, 13, 14]],
        ),
        # A Vancouver list without spaces that does not rise (review20 F5).
        ("Three pooled analyses in 5 RCTs [8,2-4,6] agreed.", [[8, 2, 3, 4, 6]]),
    ],
)
def test_a_value_outside_brackets_that_name_entries_still_cites(
    sentence: str, expected: list
) -> None:
    assert cited(sentence + LIST) == expected


# A laboratory print-out sets value, unit and range in columns.
def test_a_print_out_s_columns_of_value_unit_and_range_are_no_citation() -> None:
    labs = (
        "Sodium          131       mmol/L      [135-145]     L\n"
        "Creatine kinase 3400      U/L         [25-200]      H\n"
        "AST             612       U/L         [10-40]       H\n"
        "Platelets       96        x10^3/uL    [150-400]     L"
    )
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + SHORT_LIST) == [[1]]


# Bounds with decimal commas, as Spanish, German or French notes print them: read as a list,
# their numbers would not rise; a list of citations does.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hb 12,8 g/dL [13,5-17,5]; calcio 8,1 mg/dL [8,6-10,2]; K 4,9 [3,5-5,1].", [[1]]),
        ("Hb 14,2 g/dL [13,5-17,5] al alta.", [[1]]),
        ("Tres ensayos lo confirmaron en 2019 [3,5-7,9].", [[1], [3, 5, 6, 7, 9]]),
        # Bounds that rise as a list does, after a value with a decimal comma of their order
        # and their decimals, or its unit (review19 F8).
        ("Urea 9,8 [2,5-7,8]; creatinina 1,4 [0,6-1,1].", [[1]]),
        ("Harnstoff 9,8 mmol/l [2,5-7,8] bei Aufnahme.", [[1]]),
        ("La mediana fue 5,1 [2,5-7,8] días.", [[1]]),  # a median and its IQR
        # After a whole number, or a ratio printed finer than the bounds: citations.
        ("En 12 ensayos [2,5-7,8] se confirmó.", [[1], [2, 5, 6, 7, 8]]),
        ("El HR fue 0,82 [2,5-7,8] en los ensayos.", [[1], [2, 5, 6, 7, 8]]),
        # A share is no laboratory value: rising bounds after it are citations.
        ("Afecta al 12,5 % [2,5-7,8] de los pacientes.", [[1], [2, 5, 6, 7, 8]]),
    ],
)
def test_decimal_comma_bounds_are_a_range_not_a_list(sentence: str, expected: list) -> None:
    assert cited(f"El tratamiento siguió la guía [1].\n\n{sentence}" + LIST) == expected


# Print-outs flag an abnormal value between it and its range: "(L)", "*", an arrow.
@pytest.mark.parametrize(
    "labs",
    [
        "Sodium 128 (L) [135-145], creatinine 412 (H) µmol/L [64-104].",
        "Sodium 128* [135-145], creatinine 412 µmol/L (H) [64-104].",
        "Sodium 128 ↓ [135-145], potassium 6.9 ↑ [3.5-5.3].",
    ],
)
def test_a_flag_between_a_value_and_its_range_keeps_it_a_range(labs: str) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + SHORT_LIST) == [[1]]


# A table sets a laboratory's range in a cell of its own, as AI answers and letters do.
@pytest.mark.parametrize(
    "labs",
    [
        "| Test | Result | Reference range |\n|---|---|---|\n| Sodium | 128 | [135-145] |",
        "| Lipase | 2870 U/l | [13-60] |\n| Leukozyten | 14,8 /nl | [3,9-10,2] |",
        "| Platelets (×10<sup>9</sup>/L) | 245 | 82 | [150-400] |",
    ],
)
def test_a_range_in_a_table_cell_of_its_own_is_no_citation(labs: str) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{labs}" + SHORT_LIST) == [[1]]


def test_a_table_s_citations_of_a_few_entries_in_a_cell_of_their_own_still_cite() -> None:
    table = "| Trial | n | Refs |\n|---|---|---|\n| Smith | 120 | [51-53] |"
    assert cited(f"Treatment followed the guideline [1].\n\n{table}" + LIST) == [
        [1],
        [51, 52, 53],
    ]


TWENTY = "\n\n## References\n\n" + "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 21)
)


def test_a_range_past_a_list_s_end_that_could_be_a_slip_still_cites() -> None:
    # 25 entries past a list of 20 (a list cut short): not twice as many, so CL101 tells.
    text = "Treatment followed the guideline [1]. A sample of 4000 [21-45] was drawn."
    assert cited(text + TWENTY) == [[1], list(range(21, 46))]


# A time or a unit after a range follows no citation, whatever stands before it.
@pytest.mark.parametrize(
    "sentence",
    [
        "Vancomycin trough levels were drawn [12-14] hours after the dose.",
        "Children aged [5-12] years were seen.",
        "A target trough of [15-20] mg/L was set.",
        "La fiebre duró [3-5] días.",
        "En niños de [5-12] años es frecuente.",  # "añ" starts a time too
    ],
)
def test_a_range_followed_by_a_time_or_a_unit_is_no_citation(sentence: str) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{sentence}" + SHORT_LIST) == [[1]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Earlier trials [2-3] described harms.", [[1], [2, 3]]),  # "d", "h" start words
        ("As reported [2-3]. Hours later it fell.", [[1], [2, 3]]),
        ("Doses of [2, 3] mg/kg were compared.", [[1], [2, 3]]),  # a list, no range
        # Two names with a slash after the brackets are no unit of measure.
        ("As reviewed [2-3] ACE/ARB use rose.", [[1], [2, 3]]),
        ("Several trials [2-3] HFrEF/HFpEF differ.", [[1], [2, 3]]),
        # "d" glued to a word is no day (review20 B1a).
        ("Found by the Wells score [2-3] d-dimer testing is next.", [[1], [2, 3]]),
        ("Confirmés par plusieurs cohortes [2-3] d'observation.", [[1], [2, 3]]),
    ],
)
def test_a_range_followed_by_a_word_starting_as_a_time_still_cites(
    sentence: str, expected: list
) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{sentence}" + SHORT_LIST) == expected


# A score with its scale's maximum in brackets (notes15 left): no citation of that entry.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("GCS 13 [15] on arrival, NIHSS 12 [42].", [[1]]),
        ("MoCA 24 [30] at the memory clinic.", [[1]]),
        # Not the scale's maximum, or no scale: citations.
        ("GCS 13 [14] on arrival.", [[1], [14]]),
        ("Figure 3 [15] shows the flow.", [[1], [15]]),
    ],
)
def test_a_score_out_of_its_scale_s_maximum_is_no_citation(sentence: str, expected: list) -> None:
    assert cited(f"Treatment followed the guideline [1].\n\n{sentence}" + SHORT_LIST) == expected
