"""Cutting a reference section into entries (read/list_entries.py)."""

from __future__ import annotations

import pytest

from citelint.read import read_text


def test_a_cochrane_reviews_study_labels_and_headings_are_no_entries() -> None:
    text = (
        "Exercise reduced falls (Fairhall 2024; Kwan 2025), as in the community (Burton 2015)."
        "\n\nReferences\nReferences to studies included in this review\n"
        "Fairhall 2024 {published data only}\n"
        "Fairhall N, Chen L. Group balance training in aged care. Age Ageing 2024;53(4):afae077.\n"
        "Kwan 2025 {published data only}\n"
        "Kwan MM, Tsang WW. Tai chi in nursing homes. J Am Med Dir Assoc 2025;26(2):105-12.\n"
        "Additional references\nBurton 2015\n"
        "Burton E, Adams R. Exercise for people with dementia: a review. Clin Interv Aging "
        "2015;10:421-34.\n"
    )
    entries = read_text(text, "review.txt", "txt").references
    assert [(entry.authors[0], entry.year) for entry in entries] == [
        ("Fairhall N", 2024),
        ("Kwan MM", 2025),
        ("Burton E", 2015),
    ]


REVIEW_STUDIES = (
    "Falls fell with group training (Fairhall 2024) [1], and in the community [2].\n\n"
    "References\nReferences to studies included in this review\n"
    "Fairhall 2024 {published data only}\n"
    "Fairhall N, Chen L. Group balance training in aged care. Age Ageing 2024;53(4):afae077.\n"
    "Kwan 2025 {published data only}\n"
    "Kwan MM, Tsang WW. Tai chi in nursing homes. J Am Med Dir Assoc 2025;26(2):105-12.\n\n"
    "Additional references\n"
)


def test_a_reviews_numbered_additional_references_are_read_alone() -> None:
    """user26 P1-4: the studies by author and year took the numbers 1 and 2, and "1. " was
    read into the numbered entries' titles."""
    text = REVIEW_STUDIES + (
        "1. Burton E, Adams R. Exercise for people with dementia: a review. Clin Interv Aging "
        "2015;10:421-34.\n"
        "2. Sherrington C, Fairhall N. Exercise for preventing falls in older people living in "
        "the community. Cochrane Database Syst Rev 2019;1:CD012424.\n"
    )
    entries = read_text(text, "review.txt", "txt").references
    assert [(entry.number, entry.numbered, entry.authors[0]) for entry in entries] == [
        (1, True, "Burton E"),
        (2, True, "Sherrington C"),
    ]


def test_additional_references_not_numbered_from_one_stay_in_the_list() -> None:
    text = REVIEW_STUDIES + (
        "Burton E, Adams R. Exercise for people with dementia: a review. Clin Interv Aging "
        "2015;10:421-34.\n"
    )
    entries = read_text(text, "review.txt", "txt").references
    assert [entry.authors[0] for entry in entries] == ["Fairhall N", "Kwan MM", "Burton E"]


def test_entries_of_an_author_year_list_that_open_with_a_name_and_year_stay() -> None:
    # One line each: a "Name Year" line with no entry below it is an entry of its own.
    text = "Falls are common (Rapp 2012).\n\nReferences\nRapp 2012\nVlaeyen 2015\n"
    assert len(read_text(text, "review.txt", "txt").references) == 2


def test_an_answers_source_cards_ending_in_journal_and_year_keep_those_lines() -> None:
    text = (
        "Statins help [1]. So does exercise [2].\n\nSources\n"
        "Statins for primary prevention\nJAMA 2022\nExercise after a heart attack\nLancet 2019\n"
    )
    entries = read_text(text, "answer.txt", "txt").references
    assert "JAMA 2022" in [entry.raw for entry in entries]


def test_taylor_and_francis_link_outs_and_the_links_after_the_list_are_no_entries() -> None:
    text = (
        "Strokes in the young are common [1,2].\n\nReferences\n"
        "Feigin VL, Stark BA. Burden of stroke, 1990-2019. Lancet Neurol. 2021;20(10):795-820.\n"
        "Crossref\nPubMed\nWeb of Science ®\nGoogle Scholar\n"
        "Fine JP, Gray RJ. A model for a competing risk. J Am Stat Assoc. 1999;94:496-509.\n"
        "Taylor & Francis Online\nWeb of Science ®\nGoogle Scholar\n"
        "Download PDF\nRelated research\nPeople also read\nRecommended articles\nCited by\n"
    )
    entries = read_text(text, "article.txt", "txt").references
    assert [entry.authors[0] for entry in entries] == ["Feigin VL", "Fine JP"]
    assert entries[1].raw.endswith("1999;94:496-509.")


def test_sciencedirects_citing_papers_after_the_list_are_no_part_of_its_last_entry() -> None:
    text = (
        "Recall fades [1].\n\nReferences\n[1]\nS. Park, R. Wallace\n"
        "Recall period and accuracy of self-reported hospital events\n"
        "Med Care, 50 (2012), pp. 80-86\nGoogle Scholar\nCited by (3)\n"
        "Accuracy of self-reported fractures in Japan\n2024, Archives of Osteoporosis\n"
    )
    (entry,) = read_text(text, "article.txt", "txt").references
    assert entry.raw.endswith("pp. 80-86")


def _list_of(thirtieth: str, count: int = 32) -> str:
    items = [
        thirtieth if n == 30 else f"{n}. Author{n} A. A study of topic {n}. J Med. 2010;{n}:1-9."
        for n in range(1, count + 1)
    ]
    return "Text [1-32].\n\nReferences\n\n" + "\n".join(items) + "\n"


def test_a_pdf_s_line_broken_in_a_word_or_a_range_goes_on_with_its_entry() -> None:
    # A PDF copied as text breaks lines where it must: "1979-" / "87." read as entry 87 (12
    # false CL103 and a CL102), "COVID-" / "19. A multicentre" as a second entry 19.
    for thirtieth, pages in (
        (
            "30. Brighton TA, Eikelboom JW, Mann K, et al. Low-dose aspirin for preventing "
            "recurrent venous thromboembolism. N Engl J Med. 2012;367(21):1979-\n87. "
            "doi:10.1056/NEJMoa1210384",
            "1979-87",
        ),
        (
            "30. Okafor N, Tran HL. Outcomes of elective surgery in the first year of COVID-\n"
            "19. A multicentre cohort study. Br J Surg. 2021;108(6):700-8.",
            "700-8",
        ),
    ):
        references = read_text(_list_of(thirtieth), "a.txt", "txt").references
        assert [entry.number for entry in references] == list(range(1, 33))
        assert references[29].pages == pages


def test_a_hyphen_before_the_next_entry_s_number_still_ends_an_entry() -> None:
    # An entry cut short ("2012;367:1979-") is followed by entry 31, not continued by it.
    text = _list_of("30. Okafor N. A study cut short. Lancet. 2012;367:1979-")
    assert [entry.number for entry in read_text(text, "a.txt", "txt").references] == list(
        range(1, 33)
    )


@pytest.mark.parametrize("end", [" –", "-", " -"])
def test_an_entry_ending_in_a_dash_keeps_the_next_entry_out_of_order(end: str) -> None:
    """Review15 F6: an entry ending in a dash took the next line for its broken-off end when
    that line's number was not the next one: entry 3 listed before 2 was joined to 1, and the
    page got a false CL101 ("[3] has no entry") where the fault is the order (CL103)."""
    text = (
        "Aspirin [1]. Embolism [2]. Sleep [3].\n\nReferences\n"
        "1. Brighton TA, Eikelboom JW, Mann K, et al. Low-dose aspirin for preventing recurrent "
        f"venous thromboembolism. N Engl J Med. 2012;367(21):1979-87. From: nejm.org{end}\n"
        "3. Greenlund IM, Carter JR. Sympathetic neural responses to sleep disorders and "
        "insufficiencies. Am J Physiol Heart Circ Physiol. 2022;322(3):H337-H349.\n"
        "2. Martinez Licha CR, McCurdy CM. Current management of acute pulmonary embolism. Ann "
        "Thorac Cardiovasc Surg. 2020;26(2):65-71.\n"
    )
    references = read_text(text, "a.txt", "txt").references
    assert [entry.number for entry in references] == [1, 3, 2]


PDF_WRAPPED = (
    "Fluids [1]. Sodium [2]. Steroids [3]. Kidneys [4]. Guidance [5]. Data [6].\n\n"
    "References\n"
    "1. Lindqvist M, Osei K. Hyponatraemia in older inpatients. Clin Med (Lond).\n"
    "2021;21(3):201-8.\n"
    "2. Osei K, Lindqvist M. Potassium disorders on the wards. Clin Med (Lond).\n"
    "2021;21(4):301-9.\n"
    "3. Brandt H, Moreau L, et al. Dexamethasone in pneumonia. N Engl J Med.\n"
    "2021;384(8):693-704.\n"
    "4. Boron WF, Boulpaep EL. Medical physiology. 3rd ed. Philadelphia:\n"
    "Elsevier; 2017. Chapter\n"
    "38. Transport of urea, glucose, phosphate; p. 740-56.\n"
    "5. Scottish Intercollegiate Guidelines Network. Management of heart failure. SIGN\n"
    "guideline 147. Edinburgh: SIGN; 2016. Last updated\n"
    "4. March 2023.\n"
    "6. Swedish Kidney Registry. Annual report 2022. Stockholm: SNR; 2023.\n"
)


def test_a_pdf_line_wrapped_before_a_number_out_of_turn_goes_on_with_its_entry() -> None:
    """user25 P1 12: "Chapter" / "38. Transport of ..." and "Last updated" / "4. March
    2023." were read as entries 38 and 4: CL103 errors, one for each entry after them."""
    references = read_text(PDF_WRAPPED, "a.txt", "txt").references
    assert [entry.number for entry in references] == [1, 2, 3, 4, 5, 6]
    assert references[3].raw.endswith(
        "Chapter 38. Transport of urea, glucose, phosphate; p. 740-56."
    )
    assert references[4].raw.endswith("Last updated 4. March 2023.")


def test_an_entry_out_of_turn_after_a_finished_entry_stays_an_entry() -> None:
    # The line above ends with a full stop, and the next is by authors: entries out of order.
    text = PDF_WRAPPED.replace("Chapter\n38. Transport", "Chapter 38.\n38. Transport")
    text = text.replace("Last updated\n4. March 2023.", "Updated 2023.\n4. Dunn P. Notes.")
    numbers = [entry.number for entry in read_text(text, "a.txt", "txt").references]
    assert numbers == [1, 2, 3, 4, 38, 5, 4, 6]

    # A number given twice after a line ending in a word is the list's mistake (CL103).
    text = PDF_WRAPPED.replace("Last updated\n4. March 2023.", "Updated\n5. March 2023.")
    numbers = [entry.number for entry in read_text(text, "a.txt", "txt").references]
    assert numbers == [1, 2, 3, 4, 5, 5, 6]


def test_an_entry_out_of_turn_after_a_link_or_given_nowhere_else_stays_an_entry() -> None:
    """review25a F4: "5." after a line ending in a URL (and after one ending in a word) was
    glued onto entry 3: a false CL101 for [5] and "5 is missing" in place of "4 comes
    after 5"."""
    head = "Sepsis [1-6].\n\nReferences\n"
    head += "1. Lindqvist M, Osei K. Fluids in sepsis. Crit Care. 2020;24:101-9.\n"
    head += "2. Osei K. Lactate in shock. Crit Care. 2021;25:11-9.\n"
    tail = (
        "5. Agency for Sepsis Care. Hospital toolkit for adult sepsis. Atlanta: ASC; 2018.\n"
        "4. Brandt H, Moreau L. Time to treatment in sepsis. N Engl J Med. 2017;376:2235-44.\n"
        "6. Moreau L. Antibiotic timing. Crit Care Med. 2006;34:1589-96.\n"
    )
    for end in ("Available from: https://www.example.org/sepsis", "Sepsis report"):
        text = head + f"3. World Sepsis Group. Global sepsis report. Geneva; 2020. {end}\n" + tail
        numbers = [entry.number for entry in read_text(text, "a.txt", "txt").references]
        assert numbers == [1, 2, 3, 5, 4, 6]


UNNUMBERED_AMA = (
    "Aldosteronism is common [1], diabetes changes the choice [2], NICE sets thresholds [3] "
    "and pancreatitis [4] and shock [5] need care.\n\nReferences\n"
    "Vaidya A, Hundemer GL. Primary aldosteronism: a review. Am J Hypertens. "
    "2022;35(12):967-988. doi:10.1093/ajh/hpac079\n"
    "Liu W, Sata M. Antihypertensive therapy in diabetes. Hypertens Res. 2023;46(3):797-800.\n"
    "National Institute for Health and Care Excellence. Hypertension in adults (NG136). "
    "Accessed March 3, 2024.\n"
    "van den Berg FF, Boermeester MA. Update on the management of acute pancreatitis. Curr "
    "Opin Crit Care. 2023;29(2):145-151. PMID: 36762671\n"
    "VanDyck TJ, Pinsky MR. Hemodynamic monitoring in cardiogenic shock. Curr Opin Crit Care. "
    "2021;27(4):454-459.\n"
)


def test_a_vancouver_list_copied_without_its_numbers_keeps_its_web_page_entry_apart() -> None:
    """hunt17: one "Accessed March 3, 2024." line made the list a web page's title-and-source
    lines (2 entries for 5, false CL101), and "van den Berg FF" in lower case was taken for
    a wrapped line of the entry above (a false CL203)."""
    entries = read_text(UNNUMBERED_AMA, "review.txt", "txt").references
    assert [entry.authors[:1] for entry in entries] == [
        ["Vaidya A"],
        ["Liu W"],
        ["National Institute for Health and Care Excellence"],
        ["van den Berg FF"],
        ["VanDyck TJ"],
    ]


def test_a_line_in_lower_case_after_a_comma_goes_on_with_the_names_above() -> None:
    text = (
        "Sleep is regulated [1].\n\nReferences\n"
        "Adamantidis AR,\nde Lecea L. Sleep and the hypothalamus. Science. 2023;382:405-412.\n"
    )
    entries = read_text(text, "review.txt", "txt").references
    assert len(entries) == 1
    assert entries[0].authors == ["Adamantidis AR", "de Lecea L"]


def test_web_pages_title_and_source_lines_still_pair_beside_one_journal_entry() -> None:
    text = (
        "Statins help [1]. Exercise too [2]. And diet [3].\n\nSources\n"
        "Statins for primary prevention\nJAMA, 2022\nExercise after a heart attack\nLancet, 2019\n"
        "Liu W, Sata M. Antihypertensive therapy in diabetes. Hypertens Res. 2023;46(3):797-800.\n"
    )
    entries = read_text(text, "answer.txt", "txt").references
    assert [entry.title for entry in entries][:2] == [
        "Statins for primary prevention",
        "Exercise after a heart attack",
    ]
    assert len(entries) == 3


LANCET_FIELDS = (
    "Blood pressure is rarely controlled.1 Task sharing helps.2,3\n\nReferences\n"
    "Brighton TA, Eikelboom JW, Mann K, et al.\n"
    "Low-dose aspirin for preventing recurrent venous thromboembolism\n"
    "N Engl J Med. 2012; 367:1979-1987\n"
    "View in Article\nScopus (412)\nPubMed\nCrossref\nGoogle Scholar\n"
    "WHO\n"
    "HEARTS technical package for cardiovascular disease management in primary health care\n"
    "World Health Organization, 2016\n"
    "View in Article\nGoogle Scholar\n"
    "Geldsetzer P, Manne-Goehler J, Marcus ME, et al.\n"
    "The state of hypertension care in 44 low-income and middle-income countries\n"
    "Lancet. 2019; 394:652-662\n"
    "View in Article\nScopus (290)\nPubMed\nFull Text\nFull Text PDF\nGoogle Scholar\n"
)


def test_a_list_printing_an_entrys_fields_a_line_each_reads_an_entry_between_link_outs() -> None:
    """furniture18: the Lancet's list copied without its numbers, names, title and source a
    line each, link-outs after each entry: every field was an entry (60 for 20)."""
    entries = read_text(LANCET_FIELDS, "lancet.txt", "txt").references
    assert [entry.number for entry in entries] == [1, 2, 3]
    assert entries[0].authors[:2] == ["Brighton TA", "Eikelboom JW"]
    assert entries[0].year == 2012
    assert entries[1].raw.startswith("WHO HEARTS technical package")


def test_one_entry_a_line_with_link_outs_after_some_stays_one_entry_a_line() -> None:
    # Runs of lines between link-outs that start with a whole entry, not names alone.
    text = (
        "Steps matter [1-3].\n\nReferences\n"
        "Paluch AE, Bajpai S. Daily steps and mortality. Lancet Public Health. 2022;7:e219-28.\n"
        "Lee IM, Shiroma EJ. Step volume and mortality. JAMA Intern Med. 2019;179:1105-12.\n"
        "View Article\nPubMed/NCBI\nGoogle Scholar\n"
        "Grambsch PM, Therneau TM. Proportional hazards tests. Biometrika. 1994;81:515-26.\n"
        "View Article\nGoogle Scholar\n"
    )
    entries = read_text(text, "plos.txt", "txt").references
    assert [entry.authors[0] for entry in entries] == ["Paluch AE", "Lee IM", "Grambsch PM"]


def test_a_line_after_one_ending_in_link_outs_starts_an_entry_even_in_lower_case() -> None:
    """furniture18: MDPI's link-outs trail each entry on its line; "van den Berg, F.F.; ..."
    after them was read as a wrapped line of the entry above (a false CL203)."""
    text = (
        "Pancreatitis is common [1,2].\n\nReferences\n"
        "Tenner, S.; Vege, S.S. Acute pancreatitis. Am. J. Gastroenterol. 2024, 119, 419–437. "
        "[Google Scholar] [CrossRef] [PubMed]\n"
        "van den Berg, F.F.; Boermeester, M.A. Update on the management of acute pancreatitis. "
        "Curr. Opin. Crit. Care 2023, 29, 145–151. [Google Scholar] [CrossRef]\n"
    )
    entries = read_text(text, "mdpi.txt", "txt").references
    assert len(entries) == 2
    assert entries[1].raw.startswith("van den Berg")


def test_cell_press_fields_a_line_each_without_numbers_read_an_entry_between_link_outs() -> None:
    # Cell Press's names apart by "∙", and a group's name leading an entry.
    text = (
        "Fatty acids protect tumours.1 Ageing fuels cancer.2 Burden is high.3\n\nReferences\n"
        "Li, Y.J. ∙ Fahrmann, J.F. ∙ Aftabizadeh, M. ∙ et al.\n"
        "Fatty acid oxidation protects cancer cells from apoptosis\n"
        "Cell Rep. 2022; 39:110870\n"
        "Full Text\nFull Text (PDF)\nScopus (112)\nPubMed\nGoogle Scholar\n"
        "Park, M.D. ∙ Le Berichel, J. ∙ Hamon, P. ∙ et al.\n"
        "Hematopoietic aging promotes cancer by fueling IL-1⍺-driven emergency myelopoiesis\n"
        "Science. 2024; 386:eadn0327\n"
        "Crossref\nScopus (41)\nPubMed\nGoogle Scholar\n"
        "GBD 2019 Risk Factors Collaborators\n"
        "Global burden of 87 risk factors in 204 countries and territories, 1990-2019\n"
        "Lancet. 2020; 396:1223-1249\n"
        "Full Text\nFull Text PDF\nPubMed\nGoogle Scholar\n"
    )
    entries = read_text(text, "cell.txt", "txt").references
    assert [entry.year for entry in entries] == [2022, 2024, 2020]


LANCET_BODY = (
    "Early mobilisation shortened stays after hip fracture.1 Nerve blocks eased pain before "
    "surgery.2 Orthogeriatric care lowered mortality.3\n\nReferences\n"
)


# The Lancet's or BMJ's list copied from its PDF (user21 #0b): "1 Author ..." labels without
# a stop, each entry wrapped over the PDF's short lines, its names on a line of their own or
# running into the title.
LANCET_PDF = LANCET_BODY + (
    "1 Kuru T, Olçar HA. Effects of early mobilisation\n"
    "after hip fracture surgery. Injury 2020; 51: 1102–07.\n"
    "2 Guay J, Parker MJ, Griffiths R, Kopp SL.\n"
    "Peripheral nerve blocks for hip fractures in adults.\n"
    "Cochrane Database Syst Rev 2020; 11: CD001159.\n"
    "3 Grigoryan KV, Javedan H, Rudolph JL.\n"
    "Orthogeriatric care models and outcomes in hip\n"
    "fracture patients. J Orthop Trauma 2014; 28: e49–55.\n"
)
BMJ_PDF = (
    "Tranexamic acid lowered blood loss.1 Training helped before surgery.2\n\n"
    "References\n\n"
    "1 Whitaker J, Osei K, Lundqvist A, et al.\n"
    "Tranexamic acid for older adults undergoing hip\n"
    "fracture surgery. N Engl J Med 2023; 388: 2134–44.\n"
    "2 Achterberg F, Nwosu C, Rasmussen I.\n"
    "Inspiratory muscle training before lung resection for\n"
    "adults with lung cancer. Cochrane Database Syst\n"
    "Rev 2019; 3: CD099101.\n"
)


@pytest.mark.parametrize(
    ("text", "entries_read", "titles"),
    [
        (
            LANCET_PDF,
            [(1, 4, "Kuru T", 2020), (2, 6, "Guay J", 2020), (3, 9, "Grigoryan KV", 2014)],
            [
                "Effects of early mobilisation after hip fracture surgery",
                "Peripheral nerve blocks for hip fractures in adults",
                "Orthogeriatric care models and outcomes in hip fracture patients",
            ],
        ),
        (
            BMJ_PDF,
            [(1, 5, "Whitaker J", 2023), (2, 8, "Achterberg F", 2019)],
            [
                "Tranexamic acid for older adults undergoing hip fracture surgery",
                "Inspiratory muscle training before lung resection for adults with lung cancer",
            ],
        ),
    ],
)
def test_a_list_copied_from_a_lancet_or_bmj_pdf_is_read_entry_by_entry(
    text: str, entries_read: list[tuple[int, int, str, int]], titles: list[str]
) -> None:
    """Read one entry a line, each reference had been two or three (user21's Lancet list: 10
    false findings)."""
    entries = read_text(text, "pdf.txt", "txt").references
    assert [(entry.number, entry.line, entry.authors[0], entry.year) for entry in entries] == (
        entries_read
    )
    assert [entry.title for entry in entries] == titles


def test_a_wrapped_line_starting_with_the_next_number_starts_no_entry() -> None:
    # "... in type" / "2 diabetes": the line above goes on, and the number is the disease's.
    text = LANCET_BODY + (
        "1 Kuru T, Olçar HA. Mobilisation in patients with type\n"
        "2 Diabetes after hip fracture. Injury 2020; 51: 1102–07.\n"
        "2 Guay J, Parker MJ. Nerve blocks for hip fractures.\n"
        "Cochrane Database Syst Rev 2020; 11: CD001159.\n"
        "3 Grigoryan KV, Rudolph JL. Orthogeriatric care.\n"
        "J Orthop Trauma 2014; 28: e49–55.\n"
    )
    entries = read_text(text, "review.txt", "txt").references
    assert [(entry.number, entry.authors[0]) for entry in entries] == [
        (1, "Kuru T"),
        (2, "Guay J"),
        (3, "Grigoryan KV"),
    ]
    assert "type 2 Diabetes" in entries[0].raw


def test_an_entry_ending_in_an_address_or_a_bracket_ends_no_lancet_list() -> None:
    # No stop after an address or "[Epub ahead of print]": the next entry is still read,
    # by its line ending so or by its author list (review21b: one such entry ended the list).
    text = (
        "Dapagliflozin lowered admissions.1 Guidance recommends it.2 Empagliflozin did too.3 "
        "So did finerenone.4 Donors kept kidney function.5\n\nReferences\n\n"
        "1 McMurray JJV, Solomon SD, Inzucchi SE, et al. Dapagliflozin in patients with heart\n"
        "failure and reduced ejection fraction. N Engl J Med 2019; 381: 1995–2008.\n"
        "2 National Institute for Health and Care Excellence. Chronic heart failure in adults:\n"
        "diagnosis and management. 2018. https://www.nice.org.uk/guidance/ng106/chapter/Recs\n"
        "3 Packer M, Anker SD, Butler J, et al. Cardiovascular and renal outcomes with\n"
        "empagliflozin in heart failure. N Engl J Med 2020; 383: 1413–24.\n"
        "4 Bakris GL, Agarwal R, Anker SD, et al. Effect of finerenone on chronic kidney\n"
        "disease. Am J Nephrol 2024; 55: 1–9. doi: 10.1159/000123456 [Epub ahead of print]\n"
        "5 Serrano L, Abara E. Long-term kidney function after living donation. N Engl J Med\n"
        "2021; 384: 1001–09. Reply: www.example.org/replies/serrano-living-donation\n"
    )
    entries = read_text(text, "pdf.txt", "txt").references
    assert [(entry.number, entry.raw.split(".")[0][:12]) for entry in entries] == [
        (1, "McMurray JJV"),
        (2, "National Ins"),
        (3, "Packer M, An"),
        (4, "Bakris GL, A"),
        (5, "Serrano L, A"),
    ]


def test_a_wrapped_line_opening_with_the_due_number_and_an_author_list_starts_an_entry() -> None:
    # The line above ends in neither stop nor digit, yet "2 Guay J, Parker MJ" names authors.
    text = LANCET_BODY + (
        "1 Kuru T, Olçar HA. Effects of early mobilisation after hip fracture surgery. Injury\n"
        "2020; 51: 1102–07. Available from the publisher\n"
        "2 Guay J, Parker MJ. Nerve blocks for hip fractures.\n"
        "Cochrane Database Syst Rev 2020; 11: CD001159.\n"
        "3 Grigoryan KV, Rudolph JL. Orthogeriatric care.\n"
        "J Orthop Trauma 2014; 28: e49–55.\n"
    )
    entries = read_text(text, "review.txt", "txt").references
    assert [(entry.number, entry.authors[0]) for entry in entries] == [
        (1, "Kuru T"),
        (2, "Guay J"),
        (3, "Grigoryan KV"),
    ]


@pytest.mark.parametrize("label", ["1 ", "1"])
def test_a_list_of_one_entry_labelled_without_a_stop_is_numbered(label: str) -> None:
    """user21: the BMJ's "1 Horby P, ..." (and a superscript glued, "1Horby P") alone in its
    list was read unnumbered, the "1" opening the title searched for (a false CL204)."""
    text = (
        "Colchicine lowered 28-day mortality [1].\n\nReferences\n\n"
        f"{label}Lindqvist A, Obi P, Haddad L, et al. HARBOUR Collaborative Group. Colchicine "
        "in hospitalized patients with influenza. N Engl J Med 2021;384:1101-12.\n"
    )
    (entry,) = read_text(text, "a.txt", "txt").references
    assert entry.numbered and entry.number == 1
    assert entry.authors[0] == "Lindqvist A"
    assert entry.title == "Colchicine in hospitalized patients with influenza"


def test_a_list_of_one_entry_opening_with_a_number_and_no_names_stays_unnumbered() -> None:
    text = (
        "Colchicine lowered mortality (WHO 2021).\n\nReferences\n\n"
        "1 in 5 adults: influenza in hospital. World Health Organization; 2021.\n"
    )
    (entry,) = read_text(text, "a.txt", "txt").references
    assert not entry.numbered


def test_a_footnote_that_is_an_address_alone_is_an_entry_among_full_ones() -> None:
    # Taken for a link definition ("[6]: https://..."), the first footnote was lost: a false
    # CL101 for [^1] and CL103 "starts at 2" (user22 P1 5).
    text = (
        "Colchicine cut events after infarction.[^1] Gliflozins helped.[^2] So did"
        " finerenone.[^3]\n\nSo did semaglutide (20% fewer events).[^4]\n\n"
        "[^1]: https://pubmed.ncbi.nlm.nih.gov/31733140/\n"
        "[^2]: [Gliflozins in heart failure](https://pubmed.ncbi.nlm.nih.gov/34012345/)\n"
        "[^3]: FIDELIO-DKD Investigators. N Engl J Med 2020;383:2219-2229."
        " https://doi.org/10.1056/NEJMoa2025845\n"
        "[^4]: Lincoff AM, Ryan DH. N Engl J Med. 2023;389(24):2221-2232. PMID: 37952131\n"
    )
    entries = read_text(text, "answer.md", "md").references
    assert [(entry.number, entry.pmid) for entry in entries] == [
        (1, "31733140"),
        (2, "34012345"),
        (3, None),
        (4, "37952131"),
    ]


def test_a_link_definition_after_a_numbered_list_is_still_no_entry() -> None:
    text = (
        "Statins help [1].\n\nReferences\n\n"
        "1. Smith J. Statins in the old. BMJ. 2020;368:m100.\n"
        "[1]: https://pubmed.ncbi.nlm.nih.gov/31733140/\n"
    )
    entries = read_text(text, "answer.md", "md").references
    assert [entry.number for entry in entries] == [1]
