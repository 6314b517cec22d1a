"""Numbers in parentheses as citations (citelint.read.parenthesised): read only on a page whose
own evidence says it cites that way, and only where a citation stands."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.read import read_path, read_text


def cited(text: str, fmt: str = "txt") -> list[list[int]]:
    document = read_text(text, f"article.{fmt}", fmt)
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def reference_list(count: int) -> str:
    return "\n\nReferences\n" + "".join(
        f"{n}. Author{n} A. Trial {n} of nodule follow-up. Radiology 2019;290:{100 + n}-9.\n"
        for n in range(1, count + 1)
    )


# Cites entries 1 to 6 of 7 in order: a page that cites in parentheses.
OPENING = (
    "Incidental nodules are found in a third of chest CT examinations (1,2). Guidelines "
    "differ in their intervals (3–5). Cancer is rare in younger adults (6).\n\n"
)
OPENING_CITES = [[1, 2], [3, 4, 5], [6]]


def test_the_commonest_forms_are_read() -> None:
    text = "Aspirin reduces events (1). Statins lower LDL (2, 3). Ezetimibe adds a little (4-6)."
    assert cited(text + reference_list(6)) == [[1], [2, 3], [4, 5, 6]]


def test_a_number_a_little_past_the_list_is_read_where_the_page_cites_that_way() -> None:
    # CL101's to report: the list has three entries, and "(4)" has none.
    text = "Aspirin reduces events (1). Statins lower LDL (2, 3). Ezetimibe adds a little (4)."
    assert cited(text + reference_list(3), "md") == [[1], [2, 3], [4]]


def test_a_number_far_past_the_list_is_a_quantity() -> None:
    assert cited(OPENING + "Nodules were seen on all scans (40)." + reference_list(7)) == [
        *OPENING_CITES
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "We aimed (1) to measure growth, (2) to compare readers and (3) to model cost.",
        "The aims were to assess (i) growth and (ii) cost, in (7) settings.",
        "(7) Nodules were measured by two readers.",
        "Mean age was 63 (7) years.",
        "The odds ratio was 1.2 (0.9-1.6) for smokers.",
        "Of the readers, n = 40 (7%) were trainees.",
        "Agreement was high (95% CI 1-3) for volume.",
        "Intervals were long (range 2-14) in the older cohort.",
        "The difference was significant (P = .03) for volume.",
        "Guidelines were revised in the spring (2019).",
        "Volume doubling time is computed as\nVDT = t ln 2 / ln(V2 / V1) (7)\nfor each nodule.",
        "Growth is shown in the second panel (Fig 7).",
        "Readers are listed in the last table (Table 7).",
        "Growth was slow in earlier series (Smith 2019).",
        "Three readers took part in all sessions (n = 7).",
        "The oldest participant was seventy (54 years).",
        "The volumes were small in all 1,205 nodules measured (1,205).",
        "Follow-up scans\tReaders (3)\t12 (40)",
        "| Readers (3) | 12 (40) |",
        # A byline, whose numbers name affiliations.
        "Authors\nHana Okafor (7), Jonas Lindgren (7), Priya Raman (3)\nMethods follow.",
        # A tally: single numbers that do not rise, in one sentence.
        "Cancers were adenocarcinoma (7), carcinoid tumor (3) and metastasis (2).",
    ],
)
def test_what_stands_where_no_citation_does_is_not_read(sentence: str) -> None:
    assert cited(OPENING + sentence + reference_list(7)) == OPENING_CITES


@pytest.mark.parametrize(
    "sentence",
    [
        "Calcium was scored by the Agatston score (7).",  # a label word
        "Growth was assessed in 3 RCTs (7).",  # a measure's shape
        "The readers agreed on stage (7) in most nodules.",
    ],
)
def test_after_a_label_or_a_unit_a_number_cites_only_where_the_order_calls_for_it(
    sentence: str,
) -> None:
    # Doubtful: read as the next entry, which nothing else cites (left out, a false CL102) ...
    assert cited(OPENING + sentence + reference_list(7)) == [*OPENING_CITES, [7]]
    # ... and not where the entry is cited anyway, further on.
    later = OPENING + sentence + " Volumes were compared in a trial (7)."
    assert cited(later + reference_list(7)) == [*OPENING_CITES, [7]]


def test_a_doubtful_number_is_read_where_the_order_calls_for_it() -> None:
    # "as in (7)": a number as a noun may be a citation; entry 7 is cited nowhere else and
    # comes next.
    text = OPENING + "Growth was faster, as in (7)." + reference_list(7)
    assert cited(text) == [*OPENING_CITES, [7]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Entry 2 is cited already: a count.
        ("Growth was faster, as in (2).", OPENING_CITES),
        # Entry 7 is cited for sure further on: the count is no first citation of it.
        ("Growth was faster, as in (7). Readers agreed (7).", [*OPENING_CITES, [7]]),
    ],
)
def test_a_doubtful_number_the_order_does_not_call_for_is_not_read(
    sentence: str, expected: list[list[int]]
) -> None:
    assert cited(OPENING + sentence + reference_list(7)) == expected


@pytest.mark.parametrize(
    "page",
    [
        # Single counts rising one by one, and a short list: too little to tell them apart.
        "He reported falls (1) this winter. Visits rose (2) in spring. Doses changed (3) once. "
        "Weight rose (4) in March.",
        # Not in the list's order: counts and scores.
        "Lesions were counted (2). Readers agreed (1). Growth was seen (3, 4). Scans were "
        "repeated (5).",
        # In order, but citing too little of the list.
        "Nodules are common (1,2). Guidelines differ (3).",
    ],
)
def test_a_page_that_does_not_cite_in_parentheses_is_not_read(page: str) -> None:
    assert cited(page + reference_list(5 if "Guidelines" in page else 3)) == []


@pytest.mark.parametrize(
    "stray",
    ["Doses are medians.¹ Two men had no uptake.", "Most nodules were in the upper lobes.1"],
)
def test_a_stray_citation_of_another_style_leaves_the_parentheses_read(stray: str) -> None:
    # A table's footnote, a copied superscript: entry 1 is cited already, so it is not read
    # again; before, it turned the page's parentheses off, and entries 2 to 7 were uncited.
    page = OPENING + stray + "\n\nGrowth was slow in a registry (7)." + reference_list(7)
    assert cited(page) == [*OPENING_CITES, [7]]


def test_a_stray_citation_is_read_where_the_order_calls_for_it() -> None:
    # The only citation of entry 7, copied in brackets: read, as a doubtful one is.
    text = OPENING + "Growth was slow in a registry [7]." + reference_list(7)
    assert cited(text) == [*OPENING_CITES, [7]]


def test_three_citations_of_another_style_turn_the_parentheses_off() -> None:
    text = OPENING + "Growth was slow [7]. Readers agreed [6]. Volumes differed [5]."
    assert cited(text + reference_list(7)) == [[7], [6], [5]]


def test_numbers_in_parentheses_beside_another_citation_style_are_not_read() -> None:
    text = "Nodules are common [1]. Guidelines differ (2, 3). Cancer is rare in younger adults (4)."
    assert cited(text + reference_list(4)) == [[1]]


def test_a_list_found_by_its_shape_alone_is_no_evidence() -> None:
    # No "References" heading: the numbered list at the end is kept only if the text cites
    # into it, and numbers in parentheses are not read to say so.
    text = (
        "Incidental nodules are common (1,2). Guidelines differ (3). Cancer is rare (4).\n\n"
        "1. Measure the nodule.\n2. Compare with prior scans.\n3. Book a follow-up scan.\n"
        "4. Tell the patient.\n"
    )
    assert cited(text) == []


def test_parentheses_in_the_reference_list_are_not_citations() -> None:
    entries = reference_list(6).replace("Radiology 2019;290", "Radiology 2019;290(1)")
    assert cited(OPENING + entries) == OPENING_CITES


# user19 P1 9: Radiology cites a result at a sentence's end, "a sensitivity of 94% (12).";
# after a share or a decimal the number may also be a count or a standard deviation, so it is
# read as the units' are ("12 mg (7)."), where the order of first citations calls for it.
@pytest.mark.parametrize(
    "sentence",
    [
        "Mortality fell by 26% (7).",
        "The hazard ratio for growth was 0.74 (7).",
        "Specificity in the older cohort was 91.5 % (7).",
        "The dose was lowered to 12 mg (7).",  # a unit, as before
    ],
)
def test_after_a_share_or_a_decimal_ending_a_sentence_a_number_cites_where_called_for(
    sentence: str,
) -> None:
    assert cited(OPENING + sentence + reference_list(7)) == [*OPENING_CITES, [7]]
    # Not where entry 7 is cited further on, nor where it was cited before.
    later = OPENING + sentence + " Volumes were compared in a trial (7)."
    assert cited(later + reference_list(7)) == [*OPENING_CITES, [7]]
    assert cited(OPENING + sentence.replace("(7)", "(2)") + reference_list(7)) == OPENING_CITES


@pytest.mark.parametrize(
    "sentence",
    [
        "Of all nodules, 26% (7) grew in the first year.",  # mid-sentence: a count
        "Growth was slow in most nodules (n = 7).",
        "Growth was slow in most nodules, 26% (95% CI 20-31).",
        "Readers\t26% (7).",  # a table's row
        "| Readers | 26% (7). |",
        "HR 0.74 (7).",  # no sentence
        "Growth fell by 26% (7) and more.",
    ],
)
def test_a_share_or_a_decimal_before_parentheses_elsewhere_is_no_citation(sentence: str) -> None:
    assert cited(OPENING + sentence + reference_list(7)) == OPENING_CITES


# Four more entries cited for sure after the sentence tried, so the page cites that way.
LATER = (
    "\n\nVolumes were compared in a later trial (9). Readers agreed on growth (10). "
    "Scans were repeated in the spring (11). Doses of contrast fell over time (12)."
)
LATER_CITES = [[9], [10], [11], [12]]


# user29b P1-3: a small whole number ends the sentence before its citation, "the risk factors of
# Life's Essential 8 (11, 12).", "a CHA2DS2-VASc score of 2 (4)."; read as a share's is.
@pytest.mark.parametrize(
    "sentence",
    [
        "Registries track the risk factors of Life's Essential 8 (7, 8).",
        "Anticoagulation is advised from a CHA2DS2-VASc score of 2 (7, 8).",
        "Most nodules were resected at stage 3 (7, 8).",
    ],
)
def test_after_a_small_number_ending_a_sentence_a_citation_is_read_where_called_for(
    sentence: str,
) -> None:
    text = OPENING + sentence + LATER + reference_list(12)
    assert cited(text) == [*OPENING_CITES, [7, 8], *LATER_CITES]
    # Entries cited before: a value, not a citation.
    repeated = OPENING + sentence.replace("(7, 8)", "(2, 3)") + " Readers agreed (7, 8)."
    assert cited(repeated + LATER + reference_list(12)) == [*OPENING_CITES, [7, 8], *LATER_CITES]


@pytest.mark.parametrize(
    "sentence",
    [
        "Median stay was 8 (7, 8) days in the older cohort.",  # mid-sentence: a range
        "Systolic pressure fell by 8 (7, 8) mmHg.",
        "The mean age was 63 (7) years.",
        "Readers\t8 (7, 8).",  # a table's row
        "Score 2 (7, 8).",  # no sentence
    ],
)
def test_a_small_number_before_parentheses_elsewhere_is_no_citation(sentence: str) -> None:
    text = OPENING + sentence + LATER + reference_list(12)
    assert cited(text) == [*OPENING_CITES, *LATER_CITES]


def test_a_page_citing_in_brackets_reads_no_value_in_parentheses_as_a_citation() -> None:
    text = (
        "Incidental nodules are found in a third of chest CT examinations [1,2]. Guidelines "
        "differ in their intervals [3-5]. Cancer is rare in younger adults [6]. Growth was "
        "scored as grade 2 (7)." + reference_list(7)
    )
    assert cited(text) == [[1, 2], [3, 4, 5], [6]]


def test_a_result_ending_the_sentence_after_seven_citations_cites_the_eighth() -> None:
    # The shape of user19's notes/paren_percent.txt: seven claims cited one by one, then a
    # result; entry 8 was "never cited" (CL102).
    claims = "".join(
        f"Outcome {n} of heart failure care differed between the groups ({n}).\n\n"
        for n in range(1, 8)
    )
    for result in ("Mortality fell by 26% (8).", "The hazard ratio was 0.74 (8)."):
        assert cited(claims + result + reference_list(8)) == [[n] for n in range(1, 9)]


def test_a_citation_after_et_al_a_year_or_a_statistic_is_read() -> None:
    text = (
        "Incidental nodules are common (1,2). As Smith et al. (3) showed, growth is slow. "
        "Guidelines were revised in 2017 (4). Growth differed (P < .001) (5)."
    )
    assert cited(text + reference_list(5)) == [[1, 2], [3], [4], [5]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Entry 7 is cited further on: "(7) or ... (3)" counts cancers, and read as citations
        # they would tie entry 7 to the wrong sentence.
        (
            "Most cancers were adenocarcinoma (7) or carcinoid tumor (3). Growth was slow in a "
            "registry (7).",
            [*OPENING_CITES, [7]],
        ),
        # Counts that do not fit the order: read as citations, "(8)" before 7 was a false CL104.
        (
            "Most cancers were adenocarcinoma (8) or carcinoid tumor (3). Growth was slow in a "
            "trial (7) and in a registry (8).",
            [*OPENING_CITES, [7], [8]],
        ),
        # Joined by a comma, the same.
        (
            "Most cancers were adenocarcinoma (8), carcinoid tumor (3). Growth was slow in a "
            "trial (7) and in a registry (8).",
            [*OPENING_CITES, [7], [8]],
        ),
    ],
)
def test_two_falling_counts_in_a_sentence_cite_only_where_the_order_calls_for_them(
    sentence: str, expected: list[list[int]]
) -> None:
    assert cited(OPENING + sentence + reference_list(8)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Detection was similar to a trial (8) and higher than that of PET imaging (7).",
        "Uptake was high in a trial (8) and in PET (7).",
    ],
)
def test_two_falling_citations_joined_by_more_words_stay_read_as_a_misnumbering(
    sentence: str,
) -> None:
    # "(8)" where the article meant 7: CL101 or CL104 reports it, so it must be read.
    assert cited(OPENING + sentence + reference_list(7)) == [*OPENING_CITES, [8], [7]]


def test_two_falling_numbers_that_are_the_next_two_entries_are_a_swapped_pair() -> None:
    # Read one by one, 8 would wait for 7 and stay uncited: a false CL102 for a cited entry.
    text = (
        OPENING + "Growth was slow in a registry (7) and in a trial (8).\n\n"
        "The nodules were studied in mice (10) and humans (9) with the same result."
    )
    assert cited(text + reference_list(10)) == [*OPENING_CITES, [7], [8], [10], [9]]


@pytest.mark.parametrize(
    "back_matter",
    [
        "Disclosures of conflicts of interest: H.O. No relevant relationships. C.I. Consulting "
        "fees from Nodule Analytics (7).",
        "Disclosures\nC.I. Consulting fees from Nodule Analytics (7).",
        "Funding: Supported by the nodule registry of the western region (7).",
        "Acknowledgments\nWe thank the readers of all three hospitals for their help (7).",
        # A journal's statement, its heading left out of the text (an HTML page's <h2>).
        "Hana Okafor received speaker fees from Nodule Analytics (7). No other potential "
        "conflict of interest relevant to this article was reported.",
    ],
)
def test_numbers_in_back_matter_are_no_citations(back_matter: str) -> None:
    # Counts of grants and relationships: as citations, entry 7 would be checked against a
    # disclosure.
    assert cited(OPENING + back_matter + reference_list(7)) == OPENING_CITES


def test_a_funding_box_before_the_text_stops_only_its_own_lines() -> None:
    # The Lancet's summary box: "Funding" comes first, and the text goes on citing.
    text = "Funding\nNational Nodule Trust.\n\n" + OPENING + "Growth was slow in a registry (7)."
    assert cited(text + reference_list(7)) == [*OPENING_CITES, [7]]


def test_a_line_that_opens_with_a_back_matter_word_in_prose_still_cites() -> None:
    text = (
        OPENING + "Funding bodies now ask for shared registries of nodules (7).\n"
        "Growth was slow in a registry (8)."
    )
    assert cited(text + reference_list(8)) == [*OPENING_CITES, [7], [8]]


@pytest.mark.parametrize(
    "prose",
    [
        # A topic heading that opens with a back-matter word, over text that cites.
        "Conflicts of Interest in Guideline Panels\nPanels with ties recommend more drugs (7).",
        "Funding sources of trials: industry paid for most of them (7).",
        "In most trials the authors declared no conflicts of interest (7).",
    ],
)
def test_back_matter_words_in_the_text_itself_still_cite(prose: str) -> None:
    assert cited(OPENING + prose + reference_list(7)) == [*OPENING_CITES, [7]]


def test_a_byline_with_degrees_and_affiliation_numbers_is_no_citation() -> None:
    byline = "Hana Okafor, MD, PhD (1), Jonas Lindgren, MD (2), Priya Raman, MSc (1, 3)\n\n"
    assert cited(byline + OPENING + reference_list(7)) == OPENING_CITES


@pytest.mark.parametrize(
    "byline",
    [
        # Two authors: the first "(1)" has too few words before it to be a candidate, and the
        # byline's one candidate, "(2)", was read as the page's first citation: the page then
        # cited "nothing citelint can read".
        "Hana Okafor (1), Jonas Lindgren (2)",
        "Hana Okafor (1) and Jonas Lindgren (2)",
        # Names ending in a letter past Latin-1, or set in capitals (hunt12, review F8).
        "Ana Petrović (1), Jan Novák (2), Zoë Laurent (1, 3)",
        "ANA PETROVIĆ, MD (1), JONAS LINDGREN, PhD (2), PRIYA RAMAN (1, 3)",
    ],
)
def test_bylines_of_two_authors_and_of_any_spelling_are_no_citations(byline: str) -> None:
    assert cited("A cohort study\n\n" + byline + "\n\n" + OPENING + reference_list(7)) == (
        OPENING_CITES
    )


def test_a_name_and_a_number_in_prose_still_cite() -> None:
    # One number after a name in a sentence, with no other named number on its line.
    text = "Incidental nodules were first described by Okafor (1). Guidelines differ (2, 3).\n\n"
    assert cited(text + "Cancer is rare (4). Growth is slow (5-6)." + reference_list(6)) == [
        [1],
        [2, 3],
        [4],
        [5, 6],
    ]


def test_the_radiology_copy_cites_nothing_from_its_disclosures() -> None:
    page = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "radiology-copied.txt"
    claims = read_path(page).claims
    assert not [claim.text for claim in claims if "Consulting fees" in claim.text]
    assert claims[-1].text.endswith("has good agreement across vendors.")


# Sentences that each cite one entry, in order: "... in adults (1). ... in smokers (2)."
GROUPS = [
    "adults", "smokers", "women", "veterans", "miners", "nurses", "farmers", "drivers", "pilots",
    "bakers",
]  # fmt: skip


def singles(first: int, last: int) -> str:
    """Sentences citing entries ``first`` to ``last`` one by one, in order."""
    return " ".join(
        f"Nodules grew slowly in {GROUPS[n - 1]} ({n})." for n in range(first, last + 1)
    )


def test_six_single_numbers_in_order_are_enough_to_tell_a_page_cites_this_way() -> None:
    assert cited(singles(1, 6) + reference_list(6)) == [[n] for n in range(1, 7)]


@pytest.mark.parametrize("size", [2, 3, 5])
def test_a_short_list_cited_whole_one_by_one_at_sentence_ends_is_read(size: int) -> None:
    """A Word summary or a note citing its 2-5 entries "(1)" ... "(5)" cited "nothing
    citelint can read" (user19): every entry cited, in order, each number ending a sentence
    is what counts and items do not give together."""
    assert cited(singles(1, size) + reference_list(size)) == [[n] for n in range(1, size + 1)]
    bullets = "".join(f"- Nodules grew slowly in {GROUPS[n - 1]} ({n})\n" for n in (1, 2, 3))
    assert cited("Summary\n\n" + bullets + reference_list(3)) == [[1], [2], [3]]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # Counts in a tally, inside a sentence: "adults (1), smokers (2) and women (3)".
        ("Nodules grew in adults (1), smokers (2) and women (3).", 3),
        ("Nodules grew in adults (1) but not in smokers (2) or women (3) here.", 3),
        # Not every entry: four of five are counts as well as citations.
        (singles(1, 4), 5),
        # A number past the list's end where a citation would stand.
        (singles(1, 3) + " Nodules grew slowly in nurses (12).", 3),
        # Out of order.
        ("Nodules grew in adults (1). Nodules grew in women (3). Nodules grew in men (2).", 3),
        # One entry is too few to tell.
        ("Nodules grew slowly in adults (1).", 1),
        # An enumeration and a count.
        ("We recorded (1) age and (2) sex (n = 12).", 2),
    ],
)
def test_a_short_list_s_counts_and_items_are_not_read(text: str, size: int) -> None:
    assert cited(text + reference_list(size)) == []


@pytest.mark.parametrize(
    "text",
    [
        # One "(1)" only, or one "(1)" inside a sentence.
        "Nodules grew slowly in adults (1). They were followed for a year.",
        "Nodules grew in adults (1) and shrank in children (1) over the year.",
        # A count in parentheses at a sentence's end beside a citation of another number.
        "Nodules grew in adults (1). Nodules grew in women (2).",
        # Cited again and again at sentence ends: still too little to tell (see above).
        "Nodules grew in adults (1). Nodules shrank in children (1). Both were followed (1).",
    ],
)
def test_a_one_entry_list_s_numbers_are_not_read(text: str) -> None:
    """user28a P2-1 left: a one-source discharge summary read "(1)" gave the note's own
    values to CL301 (four false alarms on /tmp/user28a-inputs' pancreatitis note)."""
    assert cited(text + reference_list(1)) == []


def test_a_number_after_a_guideline_s_code_in_brackets_cites() -> None:
    """user28a P2-1: "as per NICE guideline [NG196] (1); started ..." was not read, so the
    note's two entries "cited nothing"."""
    text = (
        "Anticoagulation was offered as per the NICE guideline [NG196] (1); apixaban was "
        "started. Appendage occlusion is kept for those who cannot take anticoagulants (2).\n"
    )
    assert cited(text + reference_list(2)) == [[1], [2]]


def test_a_page_whose_first_number_in_parentheses_is_not_1_does_not_cite_this_way() -> None:
    # Otherwise in order (eight of ten entries first cited as the next one): still counts.
    text = "Readers scored the scans (2). Nodules are common (1). " + singles(3, 10)
    assert cited(text + reference_list(10)) == []


IN_ORDER = "Nodules are common (1). Guidelines differ (2, 3). " + singles(4, 7)


def test_two_first_citations_in_ten_out_of_order_are_tolerated() -> None:
    # A swapped pair, "(10) ... (9)": CL104's to report, on a page that is read.
    text = IN_ORDER + " A trial was stopped (8). A registry ended (10). A cohort grew (9)."
    assert cited(text + reference_list(10)) == [[1], [2, 3], [4], [5], [6], [7], [8], [10], [9]]


def test_three_first_citations_in_ten_out_of_order_are_too_many() -> None:
    text = IN_ORDER + " A registry ended (10). A trial was stopped (8). A cohort grew (9)."
    assert cited(text + reference_list(10)) == []


@pytest.mark.parametrize(
    "count",
    [
        "Of all scans read, most were normal (1,006).",  # "1" and "6" as entries, unless a count
        "Figures (7)",  # a label: no sentence before it
        "Cited by (7)",
    ],
)
def test_a_thousands_count_or_a_label_in_parentheses_is_no_citation(count: str) -> None:
    assert cited(OPENING + count + "\n\n" + reference_list(7)) == OPENING_CITES


def _long_review(pair: str) -> str:
    """A review citing 1-113 in order, then ``pair`` where 114 and 115 are due, then 116."""
    organs = ("liver", "heart", "lung", "brain", "gut", "skin", "bone", "muscle", "kidney")
    sentences = " ".join(f"Iron drives injury in the {organs[n % 9]} ({n})." for n in range(1, 114))
    return (
        f"{sentences} Both brain and bone injury follow iron overload {pair}. Lipid peroxides "
        "rise first (116).\n\n" + reference_list(116)
    )


def test_a_long_review_s_pair_written_without_a_space_is_two_citations() -> None:
    # "(114,115)" has a count's shape, "114,115": a review of 700 entries writes its pairs so,
    # and 48 of them were read as no citation, a false CL102 each (user30a P1-1).
    assert cited(_long_review("(114,115)"))[-2:] == [[114, 115], [116]]


@pytest.mark.parametrize("count", ["(104,500)", "(115,114)"])
def test_a_count_s_shape_the_order_does_not_call_for_is_still_no_citation(count: str) -> None:
    assert cited(_long_review(count))[-2:] == [[113], [116]]


def test_a_long_review_s_run_of_three_written_without_spaces_is_three_citations() -> None:
    # "(114,115,116)" has the shape of a count in the hundreds of millions (user30a P1-1).
    assert cited(_long_review("(114,115,116)"))[-2:] == [[114, 115, 116], [116]]


@pytest.mark.parametrize("count", ["(114,160,900)", "(116,115,114)", "(1,114,115)"])
def test_a_count_of_three_groups_the_order_does_not_call_for_is_no_citation(count: str) -> None:
    assert cited(_long_review(count))[-2:] == [[113], [116]]


# A letter's list with no heading, as a short Vancouver letter sets it.
LETTER_LIST = (
    "\n1. Kuppermann N, Holmes JF. Identification of children at very low risk after head "
    "trauma. Lancet. 2009;374(9696):1160-1170.\n"
    "2. Babl FE, Borland ML. Accuracy of head injury decision rules in children. Lancet. "
    "2017;389(10087):2393-2402.\n"
    "3. Nigrovic LE, Schunk JE. The effect of observation on cranial computed tomography "
    "utilization. Pediatrics. 2011;127(6):1067-1073.\n"
)


@pytest.mark.parametrize("heading", ["\nReferences", ""])
def test_a_reference_named_in_words_is_evidence_for_numbers_in_parentheses(heading: str) -> None:
    """ "(ref. 1)" cites as "(2)" does beside it (user31b P1-3)."""
    text = (
        "Letter\nThe rule was validated in 42 000 children (ref. 1), and outperformed two "
        "others in a prospective comparison (2). Observation before deciding on CT lowers "
        "CT rates further (3).\n"
    )
    assert cited(text + heading + LETTER_LIST) == [[1], [2], [3]]


def test_numbers_named_in_words_alone_do_not_make_enumerations_citations() -> None:
    text = (
        "Letter\nThe rule was validated in 42 000 children (ref. 1). We asked whether "
        "patients who (1) smoked or (2) drank were scanned more often (refs 2-3).\n"
    )
    assert cited(text + "\nReferences" + LETTER_LIST) == [[1], [2, 3]]


SEROTONIN_LIST = (
    "\nREFERENCES\n"
    "1. Boyer EW, Shannon M. The serotonin syndrome. N Engl J Med. 2005;352(11):1112-1120.\n"
    "2. Gnanadesigan N, Espinoza RT. Interaction of serotonergic antidepressants and opioid "
    "analgesics. J Am Med Dir Assoc. 2005;6(4):265-269.\n"
    "3. Beakley BD, Kaye AM. Tramadol, pharmacology, side effects, and serotonin syndrome: a "
    "review. Pain Physician. 2015;18(4):395-400.\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Serotonin syndrome is caused by excess serotonergic activity.(1) Tramadol "
            "inhibits serotonin reuptake and is a well-described cause.(2,3)\n",
            [[1], [2, 3]],
        ),
        (
            "Serotonin syndrome is caused by excess serotonergic activity.(1) Tramadol "
            "inhibits serotonin reuptake.(2) Linezolid inhibits monoamine oxidase.(3)\n",
            [[1], [2], [3]],
        ),
    ],
)
def test_numbers_in_parentheses_after_a_full_stop_are_read(
    body: str, expected: list[list[int]]
) -> None:
    """An AMA-like house style sets them after the stop (user31b P2-1)."""
    assert cited("Case Report\n" + body + SEROTONIN_LIST) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The steps were as follows. (1) Wash the hands. (2) Dry them. (3) Record the time.\n",
        "We excluded patients who (1) smoked or (2) drank or (3) took tramadol daily.\n",
        "The dose was halved, as in Fig.(2), and stopped after e.g.(3) days in most of them.\n",
        "We enrolled patients (n = 36), of whom (36%) were women, in (2019), as shown in "
        "(Table 2) and (Fig. 3), with p (p = 0.02) at a dose of (2 mg).\n",
    ],
)
def test_items_and_values_in_parentheses_stay_unread(body: str) -> None:
    assert cited("Case Report\n" + body + SEROTONIN_LIST) == []


DENTAL_LIST = (
    "\nReferences\n"
    "1. Tsukiboshi M. Autotransplantation of teeth: requirements for predictable success. "
    "Dent Traumatol. 2002;18(4):157-180.\n"
    "2. Rohof ECM, Kerdijk W. Autotransplantation of teeth with incomplete root formation. "
    "Clin Oral Investig. 2018;22(4):1613-1624.\n"
    "3. Andreasen JO, Paulsen HU. A long-term study of autotransplanted premolars. Eur J "
    "Orthod. 1990;12(1):38-50.\n"
)
DENTAL_CASE = (
    "Case Report\nTransplanting a developing molar preserves the periodontal ligament (1). "
    "Survival above 90% has been reported for teeth with open apices (2).\n"
    "A girl of 15 had a non-restorable lower left first molar (36) after a failed root canal "
    "treatment. The developing third molar (38) had half its root formed. The donor tooth "
    "was placed in the socket and splinted for 3 weeks (3). The upper second premolars "
    "(15, 25) were absent.\n"
)


def test_tooth_numbers_far_past_a_short_list_are_set_aside() -> None:
    """FDI tooth numbers are quantities, no evidence against the page's "(n)" citations
    (user31b P2-4); they are not read as citations either."""
    assert cited(DENTAL_CASE + DENTAL_LIST) == [[1], [2], [3]]


def test_a_number_just_past_a_short_list_still_leaves_it_unread() -> None:
    # "(4)" with three entries may be an item or a count as well as a missing entry.
    assert cited(DENTAL_CASE + "Failure was rare (4).\n" + DENTAL_LIST) == []


def test_counts_in_parentheses_beside_references_named_in_words_are_no_citations() -> None:
    # review31b P1-2: a page citing only "(ref. n)" reported its audit's counts "(9)" as
    # citations (a false CL101): named references speak for "(n)" only at sentences' ends.
    text = (
        "Warfarin can be stopped without bridging in most patients (ref. 1). Direct "
        "anticoagulants need shorter breaks (refs 2-3), guided by renal function (ref. 4).\n\n"
        "We audited 40 procedures. Patients on warfarin (12) stopped it five days before "
        "surgery, patients on apixaban (9) two days before, and those on dabigatran with an "
        "eGFR below 50 (3) four days before. Bleeding occurred in two patients (2) and one "
        "thromboembolic event (1) was recorded.\n\n"
        "Bridging increased bleeding (ref. 5), and restarting within 24 hours was safe "
        "(ref. 6)." + reference_list(6)
    )
    assert cited(text) == [[1], [2, 3], [4], [5], [6]]
