"""Citation numbers glued to the text, as pages whose superscripts are links of their own copy.

thelancet.com sets each number of a superscript as its own link, with a comma and a space
between them. Copied as plain text they stay glued to the word or the stop before them, and
keep that space: "... over 12 weeks.1, 2 Supervised exercise ...". These must be read as
citations, and the spaced lists of ordinary prose ("days 1, 2, and 3", "0.5, 1, 2 Gy") must
not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_path, read_text
from citelint.read.found import GLUED, LONGEST_GLUED_TAIL, NUMBER, WORD
from citelint.read.markers import find_markers
from citelint.rules.format_examples import FORMAT_EXAMPLES


def readings(text: str) -> list[tuple[str, list[int], str]]:
    return [(m.raw, m.numbers, m.kind) for m in find_markers(text, unsure=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pain fell over 12 weeks.1, 2 Supervised exercise helped.", [("1, 2", [1, 2], GLUED)]),
        ("It is common in adults.3, 4, 5 Our trial", [("3, 4, 5", [3, 4, 5], GLUED)]),
        ("Pain fell over 12 weeks.1, 2, 3, 4 Exercise", [("1, 2, 3, 4", [1, 2, 3, 4], GLUED)]),
        ("Pain fell over 12 weeks.1, 3–5 Exercise", [("1, 3–5", [1, 3, 4, 5], GLUED)]),
        ("Pain fell over 12 weeks.12, 13", [("12, 13", [12, 13], GLUED)]),
        ("Pain fell over 12 weeks.12, 13\nNext line", [("12, 13", [12, 13], GLUED)]),
        # After a comma, or a year, a bracket, a percentage, "et al.", a unit's power: only on
        # a page that cites that way (WORD), as the same list without spaces.
        ("Rural mortality,6, 7 and access differ.", [("6, 7", [6, 7], WORD)]),
        ("Deaths rose in 2019.1, 2 Fewer than", [("1, 2", [1, 2], WORD)]),
        ("Risk fell (HR 0·78).3, 4 Next.", [("3, 4", [3, 4], WORD)]),
        ("Control was 41·6%.1, 2 Next.", [("1, 2", [1, 2], WORD)]),
        ("Smith et al.1, 2 showed this.", [("1, 2", [1, 2], WORD)]),
        ("BMI above 30 kg/m2.12, 13 Those patients", [("12, 13", [12, 13], WORD)]),
        ("Risk was 0·78.3, 4 Next.", [("3, 4", [3, 4], WORD)]),
        # After an integer's full stop, a rising list before a word: as "from age 45.43-45 The".
        ("Screening from age 45.8, 31, 37 TREM2 variants", [("8, 31, 37", [8, 31, 37], WORD)]),
        ("At weeks 4, 8 and 12.41, 42 COPD exacerbations", [("41, 42", [41, 42], WORD)]),
        # Glued to the word itself, where no stop stands.
        ("Trials in older adults14, 15 and children", [("14, 15", [14, 15], WORD)]),
        ("Trials in Sri Lanka5, 6. Next.", [("5, 6", [5, 6], WORD)]),
        # A name then a spaced list mid-sentence: read only where the order of first
        # citations calls for it, as "Sri Lanka5 and".
        ("Trials in Kenya14, 15 and Ghana", [("14, 15", [14, 15], NUMBER)]),
    ],
)
def test_a_spaced_list_glued_to_the_text_is_read(
    text: str, expected: list[tuple[str, list[int], str]]
) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Lists of prose: no number glued to what stands before it.
        "Sessions were on days 1, 2, and 3 of each week.",
        "Participants took 1, 2, or 3 tablets a day.",
        "Those with stage 1, 2, or 3 hypertension and type 1, 2 diabetes.",
        "See table 1, 2 and figures 1, 2 and 3.",
        "With n=1, 2 groups.",
        "Scores fell in 2019, 2020, and 2021 alike.",
        "Two were excluded. 1, 2 or 3 doses were given.",
        # Decimals: a stop after a digit is a decimal point, and a spaced list after it prose
        # (a unit, a word in lower case, numbers that do not rise).
        "Doses of 1.5, 2, 3 Gy were given.",
        "Doses of 12.5, 25, 50 Gy were given.",
        "Scores of 2.5, 5, 10 Each time.",
        "Scores of 0.1, 2 and 3 were seen.",
        "Versions 1.1, 2.0 and 3 were used.",
        "Doses of 12.5–13, 14 Gy were given.",
        # Abbreviations and addresses end no sentence.
        "Abbreviations e.g.1, 2 and Fig.1, 2 and U.S.1, 2 are not.",
        "See example.org/page.1, 2 for more.",
        # An acronym's own numbers, then prose: "HPV16, 18" is written as often as "HPV16,18"
        # is rare, so a spaced list glued to an acronym is no citation here (see
        # test_an_acronym_s_spaced_list_is_read_only_where_the_order_calls_for_it).
        "Counts of CD4, 8 cells fell.",
        "Vaccines against HPV16, 18, and 45 prevent most cervical cancers.",
        "Persistent infection with HPV16, 18.",
        "Antibodies against GAD65, 67, and IA2 were measured.",
        "Inhibitors of JAK1, 2, and 3 were compared.",
        "Therapy helps in MS14, 37, 41, and in PD.",
        "Levodopa helps in PD8, 15, 20–24. Next.",
        # Not the copied shape: a comma after the list, one list with two separators.
        "Pain fell over 12 weeks.1, 2, and more.",
        "Pain fell over 12 weeks.1,2, 3 Next.",
    ],
)
def test_spaced_lists_of_prose_are_not_citations(text: str) -> None:
    assert readings(text) == []


@pytest.mark.parametrize(
    ("spaced", "unspaced"),
    [
        # The decisions of the list without spaces, whatever the word but an acronym ("HPV16,
        # 18" is prose): a list after a word that takes a number of its own is read,
        # "Stage3,4" by the order of citations.
        ("In stage3, 4 disease", "In stage3,4 disease"),
        ("In Stage3, 4 disease", "In Stage3,4 disease"),
        ("Seen in type1, 2 diabetes.", "Seen in type1,2 diabetes."),
        (
            "It declined by 2 units a year22, 23. Plasma",
            "It declined by 2 units a year22,23. Plasma",
        ),
        ("From age 45.43, 45 Osteoporosis", "From age 45.43,45 Osteoporosis"),
        ("Pain fell over 12 weeks.1, 2 Supervised", "Pain fell over 12 weeks.1,2 Supervised"),
        ("Risk fell by 30%.1, 2 Next", "Risk fell by 30%.1,2 Next"),
    ],
)
def test_a_spaced_list_is_read_as_the_same_list_without_spaces(spaced: str, unspaced: str) -> None:
    assert [(numbers, kind) for _, numbers, kind in readings(spaced)] == [
        (numbers, kind) for _, numbers, kind in readings(unspaced)
    ]


def structure(text: str) -> list[tuple[str, int | None]]:
    document = read_text(text, "article.txt", "txt")
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.citation or finding.reference) for finding in findings]


def lancet_list(count: int) -> str:
    return "\n\nReferences\n" + "".join(
        f"{n}\nAuthor{n} A, Other B\nTrial {n} of exercise for knee pain\n"
        f"Lancet. 2019; 393:{n}-{n + 9}\nView in Article\nGoogle Scholar\n"
        for n in range(1, count + 1)
    )


def test_a_lancet_copy_cites_every_entry() -> None:
    page = (
        "Knee pain is a leading cause of disability in older adults.1, 2 Supervised exercise"
        " helps over 6–12 weeks,3, 4, 5 but trials were done in specialist centres.6–8 Deaths"
        " rose between 1990 and 2019.9, 10 Classes help in primary care11, 12 and at home.13"
    )
    assert structure(page + lancet_list(13)) == []


def test_a_spaced_list_past_the_end_of_the_list_is_a_quantity() -> None:
    # As without the space: numbers far past the last entry are no citations.
    page = "Pain is common in adults.1, 2 The rest was seen in cohorts.3 It held in 2019.45, 46"
    assert structure(page + lancet_list(3)) == []


def test_faults_in_a_lancet_copy_are_still_found() -> None:
    page = "Pain is common in adults.1, 2 Exercise helps,4, 5 and surgery too.3, 6"
    assert structure(page + lancet_list(5)) == [("CL104", 4), ("CL101", 6)]


def cited_up_to(last: int) -> str:
    return "".join(f"Finding {n} held.{n} " for n in range(1, last + 1))


@pytest.mark.parametrize(
    "sentence",
    [
        "Incidence has fallen since 199070, 71.",  # 1990, then 70 and 71
        "Early reports from 200470, 71 suggested a benefit.",
        "Water was lost as H2O70, 71. Mean weight fell.",
    ],
)
def test_a_spaced_list_glued_to_a_number_fills_the_order_of_citations(sentence: str) -> None:
    assert structure(cited_up_to(69) + sentence + lancet_list(71)) == []


def test_a_spaced_list_glued_to_a_number_may_be_prose() -> None:
    # 2018 and citation 5, then nine patients; not citations 5 and 9.
    page = cited_up_to(4) + "In 20185, 9 patients died."
    assert structure(page + lancet_list(5)) == []


@pytest.mark.parametrize(
    "sentence",
    ["Participants aged 65–79 years were included.", "Doses of 25–80 mg were used."],
)
def test_a_range_glued_to_a_number_names_few_entries(sentence: str) -> None:
    # Not 6 and citations 5–79 where 74 is the next entry: only 74 to 79 would be new, and
    # 76 to 79 past the list's end (a false CL101); a dose range is no citation either.
    page = cited_up_to(73) + sentence + " Finding 74 held.74 Finding 75 held.75"
    assert structure(page + lancet_list(75)) == []


@pytest.mark.parametrize(
    "date", ["Dec 31, 2021", "December 31, 2021", "Dec. 31, 2021", "Sept 21, 2021"]
)
def test_a_day_between_a_month_and_a_year_is_no_citation(date: str) -> None:
    # A Lancet page's "Research in context" comes before its first citation: "31," was read
    # as 3 and citation 1, and the search's sentence checked against entry 1.
    page = (
        f"We searched PubMed from Jan 1, 2000, to {date}, for trials of exercise.\n\n"
        "Knee pain is common in older adults.1, 2 Exercise helps.3" + lancet_list(3)
    )
    document = read_text(page, "article.txt", "txt")
    assert [claim.numbers for claim in document.claims] == [[1, 2], [3]]


def test_a_year_then_a_spaced_number_is_prose() -> None:
    # Not "20" and citations 19, 20, though they would come next: 20 is cited before 19.
    page = cited_up_to(18) + "In 2019, 20 patients died. Finding 20 held.20 Then 19 did.19"
    assert structure(page + lancet_list(20)) == [("CL104", 20)]


# What the reviewer put into clean pages that cite by glued numbers (review 9, F6): each
# list is the acronym's own, and was read as citations on such a page (a false CL104 or,
# past the list's end, CL101).
ACRONYMS_OF_PROSE = [
    "Vaccines against HPV16, 18, and 45 prevent most cervical cancers.",
    "Vaccines against HPV16, 18, 31, and 45 prevent most cervical cancers.",
    "Antibodies against GAD65, 67, and IA2 were measured.",
    "Expression of TLR2, 4, and 9 was measured in synovial fluid.",
    "Synovial levels of IL6, 8, and 10 were raised.",
    "Inhibitors of CDK4, 6, and MEK were not used.",
    "Diagnoses were coded with ICD9, 10, and 11.",
    "Diagnoses were coded with ICD9, 10.",
    "Levels of MMP2, 9, and 13 were high.",
    "Levels of MMP2, 9.",
]


@pytest.mark.parametrize("sentence", ACRONYMS_OF_PROSE)
@pytest.mark.parametrize("after", [2, 3])
def test_an_acronym_s_spaced_numbers_on_a_glued_page_are_prose(sentence: str, after: int) -> None:
    page = cited_up_to(after) + sentence + " " + cited_up_to(70)[len(cited_up_to(after)) :]
    assert structure(page + lancet_list(70)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Therapy helps in MS14, 15, and in PD.",
        "Levodopa helps in PD14, 15. Next.",
        "Levodopa helps in PD14, 15–17. Next.",
    ],
)
def test_an_acronym_s_spaced_list_is_read_only_where_the_order_calls_for_it(
    sentence: str,
) -> None:
    rest = cited_up_to(18)[len(cited_up_to(15)) :]
    assert structure(cited_up_to(13) + sentence + " " + rest + lancet_list(18)) == []
    # Elsewhere it is the acronym's own: 14 is then never cited.
    later = cited_up_to(13) + rest + sentence
    assert ("CL102", 14) in structure(later + lancet_list(18))


def test_the_rule_page_s_text_example_cites_its_first_two_entries() -> None:
    [text] = [example for fmt, example in FORMAT_EXAMPLES["CL102"] if fmt == "txt"]
    assert structure(text) == [("CL102", 3)]


PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def test_every_citation_of_the_copied_lancet_page_is_read() -> None:
    document = read_path(PAGES / "lancet-links-copied.txt")
    cited = {number for claim in document.claims for number in claim.numbers}
    assert cited == set(range(1, 27))


def test_a_glued_list_is_read_whole_up_to_its_bound() -> None:
    numbers = ",".join(str(n) for n in range(1, LONGEST_GLUED_TAIL + 2))
    assert readings(f"Falls were common.{numbers} Exercise helped.") == [
        (numbers, list(range(1, LONGEST_GLUED_TAIL + 2)), GLUED)
    ]


@pytest.mark.parametrize("end", [" in all.", ".", "", ", "])
def test_a_pasted_table_s_run_of_numbers_is_no_citation(end: str) -> None:
    # A row of a table pasted on one line: however long, no glued reading, and the
    # citations around it are read as without it (each stop of the run was scanned to its
    # end: 20,000 numbers took 29 s).
    row = ",".join(str(n % 90 + 1) for n in range(300))
    page = f"Falls were common.1 The counts were {row}{end}\n\nExercise helped.2"
    claims = read_text(page + lancet_list(2), "article.txt", "txt").claims
    markers = [marker for claim in claims for marker in claim.markers]
    assert [(marker.raw, marker.numbers) for marker in markers] == [("1", [1]), ("2", [2])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A superscript copied after a semicolon or colon, as after a comma: read where the
        # page cites that way (WORD).
        ("No excess of deaths was seen with febuxostat;7 the FAST trial", [("7", [7], WORD)]),
        ("Dosing was compared in two trials:7 the first was small.", [("7", [7], WORD)]),
        ("Deaths were higher with febuxostat (CARES);7 the next", [("7", [7], WORD)]),
        ("Dosing was compared in two trials:4,5 the first", [("4,5", [4, 5], WORD)]),
        ("Dosing was compared in two trials:4-6 the first", [("4-6", [4, 5, 6], WORD)]),
        ("Ablation is now safer;5, 6 in heart failure", [("5, 6", [5, 6], WORD)]),
        ("Results differ from non-inferior;3 trials", [("3", [3], WORD)]),
        ("Slower decline was seen with bicarbonate:4,5 both trials", [("4,5", [4, 5], WORD)]),
    ],
)
def test_a_superscript_copied_after_a_semicolon_or_colon_is_read(
    text: str, expected: list[tuple[str, list[int], str]]
) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Flares start at 10:30 in most series.",
        "Patients were randomly assigned in a 1:2 ratio to each group.",
        "The ratio 3:1 held and the team won 2:1 in the final.",
        "As in Genesis 1:7 and in § 3:4 of the act.",
        "Stage;2 tumours were excluded, as was K;4.1 or IL-6;7 in the panel.",
        "Age:45 years, Score:3 points, stage:2 disease, grade:3 toxicity.",
        "The doi:10 prefix and pmid:12 here.",
        "Labs: WBC:12 today, Hb:11 and glucose:5 mmol/L after food.",
        "The effect held (n=12);3 sites and (p<0.05);4 others.",
        "In the USA;3 trials and in Smith;4 studies.",
        "The dose was 5 mg;2 doses were missed.",
        'The "trial";7 was cited.',
    ],
)
def test_a_number_after_a_semicolon_or_colon_that_is_no_superscript_is_not_read(
    text: str,
) -> None:
    assert readings(text) == []


def test_a_number_after_a_semicolon_is_read_only_on_a_page_that_cites_glued() -> None:
    cites = "Gout is common.1 Flares are painful.2 Urate is the target.3 "
    lone = "A second trial found no excess with febuxostat;4 the FAST trial."
    assert structure(cites + lone + lancet_list(4)) == []
    brackets = "Gout is common [1]. Flares are painful [2]. Urate is the target [3]. "
    # A page citing in brackets gives the number no citation's reading: entry 4 is uncited.
    assert structure(brackets + lone + lancet_list(4)) == [("CL102", 4)]


def test_a_reference_named_in_words_is_read_in_a_paragraph_with_nothing_else() -> None:
    """A paragraph with no number after a stop or glued to a word may still name one."""
    assert readings("as shown in ref. 4 and elsewhere") == [("4", [4], "named")]
    assert readings("as shown in refs. 4,5 and elsewhere") == [("4,5", [4, 5], "named")]
    assert readings("as shown in 2019 and elsewhere") == []
    assert [m.raw for m in find_markers("as shown in ref. 4 here")] == []  # only when unsure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vancouver letters and BMJ pages write them without the stop (user31b P1-2).
        ("Two cohort studies (refs 2-3) estimated the risk.", [[2, 3]]),
        ("Two cohort studies (refs 2, 3) estimated the risk.", [[2, 3]]),
        ("Two cohort studies (see refs 2-3) estimated the risk.", [[2, 3]]),
        ("Two cohort studies (references 2 and 3) estimated the risk.", [[2, 3]]),
        ("Two cohort studies (ref 2, ref 3) estimated the risk.", [[2], [3]]),
        ("The rule was validated in 42 000 children (reference 1).", [[1]]),
        # lastread31a: a year or a name's number before the brackets is no lab value.
        ("Long COVID was first described in 2020 (ref 4), and its course varies.", [[4]]),
        ("Outcomes after COVID-19 (refs 2, 3) were worse in older patients.", [[2, 3]]),
    ],
)
def test_references_named_without_a_stop_are_read(text: str, expected: list[list[int]]) -> None:
    assert [numbers for _, numbers, kind in readings(text) if kind == "named"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Potassium was 5.9 mmol/L (ref 3.5-5.1) on admission.",
        "Sodium was 131 mmol/L (ref 135-145) on admission.",
        "White cells were 14 (ref 4 - 11) on day two.",
        "Compared with the reference 2 weeks earlier, the scan was stable.",
        "The ref 2 lead was placed on the chest.",
        "See Supplementary refs 2-3 for the search.",
        # A value's single limit (review31b P1-3).
        "High-sensitivity troponin T was 45 ng/L (ref 14), and rose at six hours.",
        "CRP was 80 mg/L (reference 5) on day two.",
    ],
)
def test_ranges_and_measures_after_ref_in_words_are_no_references(text: str) -> None:
    assert [numbers for _, numbers, kind in readings(text) if kind == "named"] == []
