"""Plain text as copied from web pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.read import read_path, read_text

REPO = Path(__file__).resolve().parents[2]
REAL_EXAMPLE = REPO / ".." / "shared" / "examples" / "ai-answer-spinal-stenosis.txt"
BUNDLED_EXAMPLE = REPO / "fixtures" / "examples" / "answer-page.txt"


@pytest.fixture
def real_page() -> Path:
    if not REAL_EXAMPLE.is_file():
        pytest.skip("the shared example pages are not next to this checkout")
    return REAL_EXAMPLE


def test_real_page_references_are_three_labelled_entries(real_page: Path) -> None:
    document = read_path(real_page)
    entries = document.references
    assert [entry.number for entry in entries] == [1, 2, 3]
    assert all(not entry.numbered for entry in entries)
    assert [entry.label for entry in entries] == ["Research", "Guideline", "Research"]
    assert all(entry.title and entry.journal and entry.year for entry in entries)
    assert [entry.year for entry in entries] == [2010, 2025, 2006]
    assert entries[1].title == "Treatment of Central Spinal Canal Stenosis"
    lines = real_page.read_text(encoding="utf-8").splitlines()
    for entry in entries:
        assert lines[entry.line - 1].startswith(entry.title)
    assert lines[document.references_line - 1] == "References"


def test_real_page_claims_carry_bare_numbers_where_they_stand(real_page: Path) -> None:
    document = read_path(real_page)
    lines = real_page.read_text(encoding="utf-8").splitlines()
    markers = [marker for claim in document.claims for marker in claim.markers]
    assert len(markers) == 16
    for marker in markers:
        line = lines[marker.line - 1]
        assert line[marker.column - 1 :] == marker.raw
    assert [m.numbers for m in markers if m.raw == "1, 3"] == [[1, 3]]
    cited = sorted({number for marker in markers for number in marker.numbers})
    assert cited == [1, 2, 3, 4, 5]


def test_real_page_claim_text_has_no_markers_or_bullets(real_page: Path) -> None:
    claims = read_path(real_page).claims
    assert all(not claim.text.startswith("•") for claim in claims)
    assert all(not claim.text.rstrip().endswith(("1", "2", "3", "4", "5")) for claim in claims)
    # A marker after a whole bullet covers every sentence of the bullet.
    two_sentences = [c for c in claims if c.text.startswith("However, no studies")]
    assert len(two_sentences) == 1
    assert two_sentences[0].text.endswith("not balance or postural control.")


def test_bundled_example_cites_past_its_list() -> None:
    document = read_path(BUNDLED_EXAMPLE)
    assert len(document.references) == 3
    cited = {number for claim in document.claims for number in claim.numbers}
    assert cited == {1, 2, 3, 4, 5}


def test_numbered_plain_text_list() -> None:
    text = (
        "Aspirin lowers risk [1]. Statins too [2].\n\n"
        "Sources:\n\n"
        "[1] Smith J. Aspirin for prevention. N Engl J Med. 2010;13(2):150-8.\n"
        "[2] Brown K. Statins and stroke.\n"
        "    Lancet. 2012;380:1-9.\n"
    )
    document = read_text(text, "a.txt", "txt")
    assert [(e.number, e.numbered, e.line, e.title) for e in document.references] == [
        (1, True, 5, "Aspirin for prevention"),
        (2, True, 6, "Statins and stroke"),
    ]
    assert document.references[1].journal == "Lancet"


def test_claims_split_at_sentences() -> None:
    document = read_text(
        "Claim one [1]. Claim two.[2] Background without a citation.\n", "a.txt", "txt"
    )
    assert [(c.text, c.column, c.numbers) for c in document.claims] == [
        ("Claim one.", 1, [1]),
        ("Claim two.", 16, [2]),
    ]


def test_boilerplate_after_the_list_is_not_an_entry() -> None:
    text = (
        "Aspirin lowers risk. 1\n\nReferences\n\nAspirin for prevention.\n\nLancet, 2010\n\n"
        "Disclaimer\n\nThis is not advice. 2\n"
    )
    document = read_text(text, "a.txt", "txt")
    assert len(document.references) == 1
    assert [claim.numbers for claim in document.claims] == [[1]]


def test_disclaimer_before_the_article_hides_only_its_own_paragraph() -> None:
    text = "Medical disclaimer\nNot advice. 3\n\nAspirin lowers risk. 1\n"
    assert [c.numbers for c in read_text(text, "a.txt", "txt").claims] == [[1]]


def test_a_trailing_bracketed_list_needs_no_heading() -> None:
    text = (
        "Aspirin lowers risk [1]. Statins too [2].\n\n"
        "[1] Smith J. Aspirin for prevention. N Engl J Med. 2010;13(2):150-8.\n"
        "[2] Brown K. Statins and stroke.\n"
        "    Lancet. 2012;380:1-9.\n"
    )
    document = read_text(text, "a.txt", "txt")
    assert [(e.number, e.line) for e in document.references] == [(1, 3), (2, 4)]
    assert document.references_line is None
    assert [c.numbers for c in document.claims] == [[1], [2]]


def test_unnumbered_entries_one_a_line_with_wrapped_lines() -> None:
    text = (
        "Claim. 1\n\nReferences\n\n"
        "Smith J. Aspirin for prevention. N Engl J Med. 2010;13(2):150-8.\n"
        "Brown K. Statins and stroke, a long title that\n"
        "wraps onto a second line. Lancet. 2012;380:1-9.\n"
    )
    entries = read_text(text, "a.txt", "txt").references
    assert [(e.number, e.numbered, e.line, e.journal) for e in entries] == [
        (1, False, 5, "N Engl J Med"),
        (2, False, 6, "Lancet"),
    ]


def test_web_entry_with_a_link_line_after_the_source() -> None:
    text = (
        "Claim. 1\n\nReferences\n\nResearch\n\nExercise for knee pain.\n\n"
        "Knee Journal, 2016\n\nhttps://pubmed.ncbi.nlm.nih.gov/27000001/\n"
    )
    [entry] = read_text(text, "a.txt", "txt").references
    assert (entry.title, entry.journal, entry.year, entry.pmid) == (
        "Exercise for knee pain",
        "Knee Journal",
        2016,
        "27000001",
    )


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_a_bare_number_ending_each_line_cites_that_line(fmt: str) -> None:
    text = (
        "Stimulation reduced pain. 1\nRehabilitation improved function. 2\n"
        "Surgery is an option. 3\n\nReferences\n\n"
        "1. A. Stim. J X. 2020;1:1.\n2. B. Rehab. J X. 2020;1:2.\n3. C. Surg. J X. 2020;1:3.\n"
    )
    claims = read_text(text, f"a.{fmt}", fmt).claims
    assert [(c.numbers, c.text, c.line) for c in claims] == [
        ([1], "Stimulation reduced pain.", 1),
        ([2], "Rehabilitation improved function.", 2),
        ([3], "Surgery is an option.", 3),
    ]


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_bare_numbers_a_space_alone_separates_cite_together(fmt: str) -> None:
    # An answer page's links to its entries, one link a number, copied with spaces between.
    text = (
        "Stimulation reduced pain. 1 2 Rehabilitation improved function. 3\n"
        "Surgery is an option. 1 3\nFusion adds little. 2 1\n\nReferences\n\n"
        "1. A. Stim. J X. 2020;1:1.\n2. B. Rehab. J X. 2020;1:2.\n3. C. Surg. J X. 2020;1:3.\n"
    )
    claims = read_text(text, f"a.{fmt}", fmt).claims
    assert [(c.numbers, c.text) for c in claims] == [
        ([1, 2], "Stimulation reduced pain."),
        ([3], "Rehabilitation improved function."),
        ([1, 3], "Surgery is an option."),  # "2 1" does not rise: no list of links
    ]


def test_a_rating_scale_copied_as_text_is_no_list_of_citations() -> None:
    # A questionnaire's scales on a page citing in brackets were read as citations 1 to 10.
    text = (
        "Pain is common [1]. It recurs [2].\n\nQuestionnaire\n"
        "How bad was your pain this week? 1 2 3 4 5 6 7 8 9 10 Worst pain imaginable.\n"
        "How often did it wake you? 1 2 3 Every night.\nRate it. 1 2 3 4 5 Worst.\n\n"
        "References\n\n1. A. Stim. J X. 2020;1:1.\n2. B. Rehab. J X. 2020;1:2.\n"
    )
    assert [c.numbers for c in read_text(text, "a.txt", "txt").claims] == [[1], [2]]


def test_a_number_wrapped_onto_a_sentence_is_not_a_citation() -> None:
    text = "Pain fell in the first week. 12\nweeks later it rose again.\n"
    assert read_text(text, "a.txt", "txt").claims == []


def test_link_out_lines_between_numbered_entries_neither_end_the_list_nor_join_it() -> None:
    text = (
        "A [1]. B [2].\n\nReferences\n\n1. Smith J. One. J X. 2020;1:1.\n\n"
        "PubMed | Google Scholar\n\n2. Moe D. Two. J Y. 2021;2:2.\n\nPMC free article\n"
    )
    entries = read_text(text, "a.txt", "txt").references
    assert [entry.raw for entry in entries] == [
        "Smith J. One. J X. 2020;1:1.",
        "Moe D. Two. J Y. 2021;2:2.",
    ]


HEADED = """Heart failure with preserved ejection fraction: a review

Summary
Heart failure with preserved ejection fraction accounts for half of all cases.1 It rises with age.2

Hospital course:
72-year-old woman admitted with dyspnoea; diuresis as in the trial protocol.3

{paragraph}

References
1. Doe J, Roe K. Heart failure with preserved ejection fraction. Lancet. 2019;393:1034-44.
2. Poe A. Ageing and HFpEF. Eur Heart J. 2018;39:2780-92.
3. Moe B. Diuretic strategies in acute heart failure. N Engl J Med. 2011;364:797-805.
4. Anker SD, Butler J. Empagliflozin in HFpEF. N Engl J Med. 2021;385:1451-61.
"""


def test_a_heading_over_its_paragraph_is_no_part_of_the_first_claim() -> None:
    paragraph = "Patients and Methods\nSGLT2 inhibitors reduced admissions in two large trials.4"
    document = read_text(HEADED.format(paragraph=paragraph), "a.txt", "txt")
    assert [(claim.line, claim.text) for claim in document.claims] == [
        (4, "Heart failure with preserved ejection fraction accounts for half of all cases."),
        (4, "It rises with age."),
        (7, "72-year-old woman admitted with dyspnoea; diuresis as in the trial protocol."),
        (10, "SGLT2 inhibitors reduced admissions in two large trials."),
    ]


def test_a_numbered_section_heading_over_its_paragraph_is_no_part_of_the_first_claim() -> None:
    # A PDF's "2. Methods" over its column: no list's item, and its word in no claim.
    paragraph = "2. Methods\nWe pooled the two large trials of SGLT2 inhibitors in HFpEF.4"
    document = read_text(HEADED.format(paragraph=paragraph), "a.txt", "txt")
    assert (document.claims[-1].line, document.claims[-1].text) == (
        10,
        "We pooled the two large trials of SGLT2 inhibitors in HFpEF.",
    )


LABEL = """\
5 WARNINGS AND PRECAUTIONS
5.1 Bleeding
Apixaban increases the risk of bleeding and can cause serious and fatal bleeding.1
5.3 Spinal/Epidural Anesthesia or Puncture
Epidural or spinal hematomas may occur in patients treated with anticoagulants.2
14 CLINICAL STUDIES
14.2 Cardiovascular Outcome Trial in Adults with Type 2 Diabetes Mellitus and Atherosclerotic
Cardiovascular Disease
The trial enrolled 7,020 patients and followed them for a median of 3.1 years.3

15 REFERENCES
1. Granger CB, Alexander JH, McMurray JJ, et al. Apixaban versus warfarin in patients with
atrial fibrillation. N Engl J Med. 2011;365(11):981-992.
2. Horlocker TT, Vandermeuelen E, Kopp SL, et al. Regional anesthesia in the patient receiving
antithrombotic or thrombolytic therapy. Reg Anesth Pain Med. 2018;43(3):263-309.
3. Zinman B, Wanner C, Lachin JM, et al. Empagliflozin, cardiovascular outcomes, and mortality
in type 2 diabetes. N Engl J Med. 2015;373(22):2117-2128.
"""


def test_a_label_s_numbered_headings_are_no_part_of_the_claims_below() -> None:
    # An FDA label's "5.3 Spinal/Epidural ...", "14 CLINICAL STUDIES", even straight after the
    # section's last sentence and its citation: "5.3" and "14" were read as the claim's
    # numbers, missing from the abstracts (user30b P1-1).
    document = read_text(LABEL, "label.txt", "txt")
    assert [(claim.line, claim.text) for claim in document.claims] == [
        (3, "Apixaban increases the risk of bleeding and can cause serious and fatal bleeding."),
        (5, "Epidural or spinal hematomas may occur in patients treated with anticoagulants."),
        (9, "The trial enrolled 7,020 patients and followed them for a median of 3.1 years."),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "2 Tablets twice daily\nTake them with food for three months.4",  # one level, no capitals
        "2.1 Patients were randomised\nbefore surgery in two large trials.4",  # a sentence goes on
        "1.2 Offer an ACE inhibitor to adults with diabetes.4\nReview it yearly in trials.4",
    ],
)
def test_a_numbered_line_that_is_no_heading_stays_in_its_claim(paragraph: str) -> None:
    document = read_text(HEADED.format(paragraph=paragraph), "a.txt", "txt")
    first_line = paragraph.split("\n")[0]
    assert first_line.split(" ", 1)[1][:12] in " ".join(claim.text for claim in document.claims)


def test_a_numbered_item_naming_no_section_keeps_its_words() -> None:
    # "1. Dapagliflozin" over its line is a list's item: its key word stays in the claim.
    paragraph = "1. Dapagliflozin\nGiven once daily, it reduced admissions in two trials.4"
    document = read_text(HEADED.format(paragraph=paragraph), "a.txt", "txt")
    assert document.claims[-1].text == (
        "Dapagliflozin Given once daily, it reduced admissions in two trials."
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # A narrow column copied from a PDF: its first line goes on below it.
        "In a cohort from\nFramingham, SGLT2 inhibitors reduced admissions in two trials.4",
        "Patients with heart\nfailure had fewer admissions on SGLT2 inhibitors in two trials.4",
        "Statin users had\nSGLT2 inhibitors added.4",  # not much shorter than the line below
        "Phase 3 Trials\nSGLT2 inhibitors reduced admissions in two large trials.4",
    ],
)
def test_a_column_s_first_line_stays_in_its_claim(paragraph: str) -> None:
    document = read_text(HEADED.format(paragraph=paragraph), "a.txt", "txt")
    first_line, rest = paragraph.split("\n")
    assert document.claims[-1].line == 9
    assert document.claims[-1].text == f"{first_line} {rest[:-1]}"


def test_thresholds_written_with_angle_brackets_stay_in_the_claim() -> None:
    # "<0.6 ... >7.3" is no tag: a claim that lost it would say something else (user19).
    text = (
        "Stop the insulin infusion when ketones are <0.6 mmol/L and pH is >7.3 [1].\n"
        "Give <b>potassium</b> if it is <5.5 mmol/L [1].\n\nReferences\n"
        "1. Rao P, Lee K. Ketoacidosis in adults. Diabet Med. 2022;39:e1.\n"
    )
    claims = [claim.text for claim in read_text(text, "note.txt", "txt").claims]
    assert claims == [
        "Stop the insulin infusion when ketones are <0.6 mmol/L and pH is >7.3.",
        "Give potassium if it is <5.5 mmol/L.",
    ]


def test_cells_copied_with_tabs_stay_apart_in_a_claim() -> None:
    text = (
        "Trials of SGLT2 inhibitors.\n\nDAPA-HF\tHFrEF, n = 4744\tHR 0.74 [1]\n\n"
        "References\n1. Moss A, Ng B. A trial in heart failure. N Engl J Med. 2019;1:1-2.\n"
    )
    [claim] = read_text(text, "a.txt", "txt").claims
    assert claim.text == "DAPA-HF; HFrEF, n = 4744; HR 0.74"
