"""Reading the fields of one reference entry in the common citation styles."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.identifiers import JOURNAL_ARTICLE, entry_kind, looks_like_an_abstract


def test_web_page_style_title_then_journal_and_year() -> None:
    entry = parse_entry(
        [
            "Exercise therapy for chronic low back pain.",
            "The Spine Journal : official journal, 2012",
        ]
    )
    assert entry.title == "Exercise therapy for chronic low back pain"
    assert entry.journal == "The Spine Journal : official journal"
    assert entry.year == 2012
    assert entry.authors == []


def test_vancouver_style() -> None:
    entry = parse_entry(
        [
            "Smith J, van der Berg AB, Doe A, et al. Aspirin for primary prevention. "
            "N Engl J Med. 2010 Mar;13(2):150-8. doi:10.1056/NEJMoa0001. PMID: 20000001."
        ]
    )
    assert entry.authors == ["Smith J", "van der Berg AB", "Doe A"]
    assert entry.title == "Aspirin for primary prevention"
    assert entry.journal == "N Engl J Med"
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2010, "13", "2", "150-8")
    assert entry.doi == "10.1056/NEJMoa0001"
    assert entry.pmid == "20000001"


@pytest.mark.parametrize("et_al", ["", ", et al."])
def test_cureus_style_a_colon_after_the_authors(et_al: str) -> None:
    # Cureus: "Authors: Title. Journal. Year, Volume:Pages. DOI"; with "et al.:" the whole
    # author list was read into the title, and PubMed's record was called another paper.
    entry = parse_entry(
        [
            f"Brighton TA, Eikelboom JW, Mann K{et_al}: Low-dose aspirin for preventing "
            "recurrent venous thromboembolism. N Engl J Med. 2012, 367:1979-87. "
            "10.1056/NEJMoa1210384"
        ]
    )
    assert entry.authors == ["Brighton TA", "Eikelboom JW", "Mann K"]
    assert entry.title == "Low-dose aspirin for preventing recurrent venous thromboembolism"
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "N Engl J Med",
        2012,
        "367",
        "1979-87",
    )


def test_vancouver_without_authors() -> None:
    entry = parse_entry(["Aspirin for primary prevention. Lancet. 2012;380:1-9."])
    assert entry.title == "Aspirin for primary prevention"
    assert entry.journal == "Lancet"
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2012, "380", None, "1-9")


def test_apa_style() -> None:
    entry = parse_entry(
        ["Smith, J., & Doe, A. B. (2015). Exercise and falls. Journal of Aging, 13(2), 150-158."]
    )
    assert entry.authors == ["Smith J", "Doe AB"]
    assert entry.year == 2015
    assert entry.title == "Exercise and falls"
    assert entry.journal == "Journal of Aging"
    assert (entry.volume, entry.issue, entry.pages) == ("13", "2", "150-158")


def test_identifiers_from_urls() -> None:
    entry = parse_entry(
        [
            "Brown K. Statins and stroke. https://pubmed.ncbi.nlm.nih.gov/12345678/ "
            "(https://doi.org/10.1016/S0140-6736(12)60001-1)."
        ]
    )
    assert entry.pmid == "12345678"
    assert entry.doi == "10.1016/S0140-6736(12)60001-1"
    assert entry.url == "https://pubmed.ncbi.nlm.nih.gov/12345678/"
    assert entry.title == "Statins and stroke"


def test_markdown_link_and_emphasis_are_dropped() -> None:
    entry = parse_entry(
        ["Doe A. *Knee bracing*. [Orthop Pract](https://example.org/op). 2015;7(1):5-9."]
    )
    assert entry.title == "Knee bracing"
    assert entry.url == "https://example.org/op"
    assert entry.year == 2015


def test_a_bare_title_is_a_title() -> None:
    entry = parse_entry(["Treatment of central spinal canal stenosis"])
    assert entry.title == "Treatment of central spinal canal stenosis"
    assert entry.year is None


def test_vancouver_group_author() -> None:
    entry = parse_entry(
        [
            "SPRINT Research Group. A randomized trial of intensive versus standard "
            "blood-pressure control. N Engl J Med. 2015;373(22):2103-16."
        ]
    )
    assert entry.authors == ["SPRINT Research Group"]
    assert entry.title == "A randomized trial of intensive versus standard blood-pressure control"
    assert entry.journal == "N Engl J Med"


def test_inline_html_tags_and_entities_leave_plain_fields() -> None:
    entry = parse_entry(
        [
            "Kristiansen HB, Moreau A. Effect of 25-hydroxyvitamin D<sub>3</sub> on falls "
            "&amp; fractures: a randomized trial. <i>JAMA Netw Open</i>. 2023;6(2):e2254102. "
            '<a href="https://pubmed.ncbi.nlm.nih.gov/36800001/">PubMed</a>'
        ]
    )
    assert entry.title == "Effect of 25-hydroxyvitamin D3 on falls & fractures: a randomized trial"
    assert entry.journal == "JAMA Netw Open"
    assert entry.authors == ["Kristiansen HB", "Moreau A"]
    assert (entry.volume, entry.issue, entry.pages) == ("6", "2", "e2254102")
    assert entry.pmid == "36800001"


def test_markdown_emphasis_leaves_plain_fields() -> None:
    entry = parse_entry(["Doe A. **Knee bracing after injury**. _Lancet_. 2015;7(1):5-9."])
    assert entry.title == "Knee bracing after injury"
    assert entry.journal == "Lancet"


def test_terse_vancouver_names_authors_and_journal_but_no_title() -> None:
    for text in (
        "Brenner T et al. Pain Med 2021;22:1580.",
        "Brenner T, et al. Pain Med. 2021;22:1580.",
    ):
        entry = parse_entry([text])
        assert entry.authors == ["Brenner T"]
        assert entry.title is None
        assert entry.journal == "Pain Med"
        assert (entry.year, entry.volume, entry.pages) == (2021, "22", "1580")


def test_et_al_without_a_comma_still_ends_the_authors() -> None:
    entry = parse_entry(["Brenner T, Doe AB et al. Opioids for back pain. Pain Med 2021;22:1580."])
    assert entry.authors == ["Brenner T", "Doe AB"]
    assert entry.title == "Opioids for back pain"
    assert entry.journal == "Pain Med"


def test_a_colon_inside_a_journal_name() -> None:
    entry = parse_entry(
        [
            "Mensah KA, Rothbauer L, Chen W. Pregabalin versus gabapentin for neurogenic "
            "claudication. Journal of Neurosurgery: Spine. 2021;35:178-186."
        ]
    )
    assert entry.title == "Pregabalin versus gabapentin for neurogenic claudication"
    assert entry.journal == "Journal of Neurosurgery: Spine"
    assert (entry.year, entry.volume, entry.pages) == (2021, "35", "178-186")


def test_notices_keep_their_word_in_the_title() -> None:
    cases = {
        "Erratum. Effect of x on y. JAMA. 2020;1:2.": ("Erratum: Effect of x on y", []),
        "Erratum in: Effect of x on y. JAMA. 2020;1:2.": ("Erratum in: Effect of x on y", []),
        "Retraction notice. Effect of x on y. JAMA. 2020;1:2.": (
            "Retraction notice: Effect of x on y",
            [],
        ),
        "Smith J, Doe A. Correction to: Effect of x on y. JAMA. 2020;1:2.": (
            "Correction to: Effect of x on y",
            ["Smith J", "Doe A"],
        ),
    }
    for text, (title, authors) in cases.items():
        entry = parse_entry([text])
        assert (entry.title, entry.authors, entry.journal) == (title, authors, "JAMA")


def test_a_notice_naming_only_its_journal() -> None:
    entry = parse_entry(["Erratum in: JAMA. 2020;323(4):390."])
    assert (entry.title, entry.journal, entry.volume, entry.pages) == (
        "Erratum in",
        "JAMA",
        "323",
        "390",
    )


def test_a_title_that_starts_with_a_notice_word_is_a_title() -> None:
    entry = parse_entry(["Correction of adult scoliosis. Spine. 2020;45:1-9."])
    assert (entry.title, entry.journal) == ("Correction of adult scoliosis", "Spine")


def test_an_answer_pages_source_card_gives_journal_and_year() -> None:
    entry = parse_entry(
        [
            "EASL Clinical Practice Guidelines on the prevention, diagnosis and treatment of "
            "gallstones",
            "J Hepatol · 2016",
        ]
    )
    assert entry.title == (
        "EASL Clinical Practice Guidelines on the prevention, diagnosis and treatment of gallstones"
    )
    assert entry.journal == "J Hepatol"
    assert entry.year == 2016


# -- titles with full stops and question marks of their own (issue: no false CL2xx) -----------


def test_initials_inside_a_title_do_not_end_it() -> None:
    entry = parse_entry(
        [
            "Whitford HL. Letters of Edgar R. R. Parker on freshwater crayfish collected in "
            "Ohio. J Crustac Biol. 2011;31(2):345-52."
        ]
    )
    assert entry.authors == ["Whitford HL"]
    assert entry.title == "Letters of Edgar R. R. Parker on freshwater crayfish collected in Ohio"
    assert entry.journal == "J Crustac Biol"


def test_a_title_starting_with_initials_has_no_authors_before_it() -> None:
    entry = parse_entry(["J. B. S. Haldane and population genetics. Genetics. 2004;1:1-9."])
    assert (entry.authors, entry.title) == ([], "J. B. S. Haldane and population genetics")
    assert entry.journal == "Genetics"


def test_species_and_sensu_abbreviations_do_not_end_a_title() -> None:
    for title in (
        "Prevalence of Cryptosporidium spp. and Giardia duodenalis in dairy calves",
        "Borrelia burgdorferi s.s. and Borrelia afzelii s.l. in questing ticks",
        "Leishmania sp. nov. in a rodent reservoir in Ghana",
    ):
        entry = parse_entry([f"Quilez J, Sanchez C. {title}. Parasit Vectors. 2018;11:412."])
        assert (entry.title, entry.journal) == (title, "Parasit Vectors")


def test_versus_and_other_abbreviations_do_not_end_a_title() -> None:
    for title in (
        "Apixaban vs. warfarin after valve replacement: a cohort study",
        "Apixaban vs. Warfarin After Valve Replacement",
        "St. John's wort lowers plasma levels of oral contraceptives",
        "Practice Bulletin No. 222: gestational hypertension",
        "Opioid prescribing across the U.S. Veterans Health Administration",
        "Dr. Google and the anxious patient",
        "Acute mountain sickness on Mt. Kilimanjaro",
    ):
        entry = parse_entry([f"Dahl EK, Berg L. {title}. BMJ. 2021;373:n1165."])
        assert (entry.title, entry.journal) == (title, "BMJ")
        assert (entry.volume, entry.pages) == ("373", "n1165")


def test_a_question_before_a_subtitle_stays_in_the_title() -> None:
    entry = parse_entry(
        [
            "Reyes M, Chen L. Is routine chest radiography needed after chest tube removal? "
            "A prospective study of 400 patients. Chest. 2017;152(4):789-96."
        ]
    )
    assert entry.title == (
        "Is routine chest radiography needed after chest tube removal? "
        "A prospective study of 400 patients"
    )
    assert entry.journal == "Chest"


def test_a_section_head_stays_in_the_title_and_a_reading_without_it_is_kept() -> None:
    entry = parse_entry(
        [
            "Okonkwo AE, Lindahl P. GENE SILENCING. Placental small RNAs tune maternal insulin "
            "signalling. Science. 2016;352(6290):1234-8."
        ]
    )
    assert entry.title == "GENE SILENCING. Placental small RNAs tune maternal insulin signalling"
    assert entry.journal == "Science"
    titles = [reading.title for reading in entry.alternatives]
    assert "Placental small RNAs tune maternal insulin signalling" in titles


def test_a_journal_abbreviated_with_full_stops_is_the_journal() -> None:
    entry = parse_entry(
        [
            "Strekas TC. Magnetic studies of Chromatium flavocytochrome C552. A mechanism for "
            "heme-flavin interaction. Biochim. Biophys. Acta. 1976;446(1):179-91."
        ]
    )
    assert entry.title == (
        "Magnetic studies of Chromatium flavocytochrome C552. "
        "A mechanism for heme-flavin interaction"
    )
    assert entry.journal == "Biochim. Biophys. Acta"


def test_other_splits_are_kept_as_readings_for_pubmed_to_choose() -> None:
    entry = parse_entry(
        [
            "Garcia-Tabar I, Gorostiaga EM. A blood relationship between two lactate markers in "
            "runners. Back to the old days? Front Physiol. 2018;9:1034."
        ]
    )
    assert entry.title == (
        "A blood relationship between two lactate markers in runners. Back to the old days?"
    )
    assert entry.journal == "Front Physiol"
    titles = [reading.title for reading in entry.alternatives]
    assert "A blood relationship between two lactate markers in runners" in titles
    assert {(r.year, r.authors) for r in entry.alternatives} == {
        (2018, ("Garcia-Tabar I", "Gorostiaga EM"))
    }


def test_a_group_author_or_a_first_sentence_of_the_title() -> None:
    entry = parse_entry(
        [
            "SPRINT Research Group. A randomized trial of intensive versus standard blood-pressure "
            "control. N Engl J Med. 2015;373(22):2103-16."
        ]
    )
    assert entry.authors == ["SPRINT Research Group"]
    plain = parse_entry(
        [
            "Magnetic studies of Chromatium flavocytochrome C552. A mechanism for heme-flavin "
            "interaction. Biochim Biophys Acta. 1976;446(1):179-91."
        ]
    )
    assert plain.authors == []
    assert plain.title == (
        "Magnetic studies of Chromatium flavocytochrome C552. "
        "A mechanism for heme-flavin interaction"
    )
    group = ("Magnetic studies of Chromatium flavocytochrome C552",)
    assert group in [r.authors for r in plain.alternatives]  # for PubMed to judge
    question = parse_entry(
        [
            "Is cryopreservation a homogeneous process? Ultrastructure of thawed spermatozoa. "
            "Cryobiology. 2001;42(4):244-55."
        ]
    )
    assert question.authors == [] and not any(r.authors for r in question.alternatives)
    assert question.title == (
        "Is cryopreservation a homogeneous process? Ultrastructure of thawed spermatozoa"
    )


def test_a_person_known_by_one_name_ends_the_author_list() -> None:
    entry = parse_entry(
        [
            "Khan R, Abdin MZ, Mahmooduzzafar. Variation in seed oil. J Sci Food Agric. "
            "2012;92:2310-5."
        ]
    )
    assert entry.authors == ["Khan R", "Abdin MZ", "Mahmooduzzafar"]
    assert entry.title == "Variation in seed oil"


# -- years inside titles -------------------------------------------------------------------------


def test_a_year_inside_the_title_is_not_the_publication_year() -> None:
    for text in (
        "Redescription of Orconectes limosus (Rafinesque 1817) from Europe. J Crustac Biol. 2015.",
        "Redescription of Orconectes limosus (Rafinesque 1817) from Europe. J Crustac Biol, 2015",
        "Kouba A. Redescription of Orconectes limosus (Rafinesque 1817) from Europe. "
        "J Crustac Biol. 2015;35(4):512-21.",
        "Kouba, A. (2015). Redescription of Orconectes limosus (Rafinesque 1817) from Europe. "
        "Journal of Crustacean Biology, 35(4), 512-521.",
    ):
        entry = parse_entry([text])
        assert entry.year == 2015, text
        assert entry.title == "Redescription of Orconectes limosus (Rafinesque 1817) from Europe"


def test_years_ending_a_title_stay_in_it() -> None:
    entry = parse_entry(
        [
            "Opioid prescribing across the Veterans Health Administration, 2010 to 2019. "
            "JAMA Netw Open. 2021."
        ]
    )
    assert entry.year == 2021
    assert (
        entry.title == "Opioid prescribing across the Veterans Health Administration, 2010 to 2019"
    )
    assert entry.journal == "JAMA Netw Open"


def test_without_a_publication_year_no_year_is_made_up() -> None:
    entry = parse_entry(["The 1918 influenza pandemic and its lessons for today. Lancet."])
    assert entry.year is None


# -- pages ---------------------------------------------------------------------------------------


def test_pages_in_the_shapes_journals_print() -> None:
    cases = {
        "Sohn TA. Pancreaticoduodenectomy in the elderly. Ann Surg. 1998;228(5):1787; "
        "discussion 1791.": "1787",
        "Sohn TA. Pancreaticoduodenectomy in old age. Ann Surg. 1998;228(5):1787-91.": "1787-91",
        "ElSayed NA. Summary of revisions. Diabetes Care. 2024;47(Suppl 1):S5-S10.": "S5-S10",
        "Park MD. Aging promotes cancer. Science. 2024;386(6720):eadn0327.": "eadn0327",
        "Grantz KL. Growth charts for twins. JAMA Netw Open. 2022;5(1):e123.": "e123",
    }
    for text, pages in cases.items():
        assert parse_entry([text]).pages == pages, text


def test_a_biomed_central_locus() -> None:
    entry = parse_entry(["Smith J, Doe A: Walking and back pain. BMC Med 2010, 8:150-158."])
    assert (entry.authors, entry.title, entry.journal) == (
        ["Smith J", "Doe A"],
        "Walking and back pain",
        "BMC Med",
    )
    assert (entry.year, entry.volume, entry.pages) == (2010, "8", "150-158")


# -- APA -----------------------------------------------------------------------------------------


def test_apa_journal_names_with_commas_and_full_stops() -> None:
    entry = parse_entry(
        [
            "De Neve, J. E., & Fowler, J. H. (2012). Genes, economics, and happiness. Journal of "
            "Neuroscience, Psychology, and Economics, 5(4), 193-211."
        ]
    )
    assert entry.title == "Genes, economics, and happiness"
    assert entry.journal == "Journal of Neuroscience, Psychology, and Economics"
    assert (entry.volume, entry.issue, entry.pages) == ("5", "4", "193-211")
    dotted = parse_entry(
        [
            "Pascucci, F. A., & Monte, M. (2024). MageC2 and the p53 pathway. Biochimica et "
            "Biophysica Acta. Molecular Cell Research, 1871(6), 119767."
        ]
    )
    readings = [(dotted.title, dotted.journal)] + [
        (r.title, r.journal) for r in dotted.alternatives
    ]
    assert (
        "MageC2 and the p53 pathway",
        "Biochimica et Biophysica Acta. Molecular Cell Research",
    ) in readings


def test_apa_initials_outside_ascii_and_a_title_in_place_of_authors() -> None:
    entry = parse_entry(
        ["Bruserud, Ø., & Arnes, K. (2023). Burns in older patients. Burns, 49(2), 1-9."]
    )
    assert entry.authors == ["Bruserud Ø", "Arnes K"]
    untitled = parse_entry(["Correction. (2024). AIDS Care, 36(sup1), 228-229."])
    assert (untitled.title, untitled.journal, untitled.year) == ("Correction", "AIDS Care", 2024)
    assert (untitled.volume, untitled.issue, untitled.pages) == ("36", "sup1", "228-229")


def test_a_lone_notice_word_before_a_journal_is_the_title() -> None:
    entry = parse_entry(["Correction. AIDS Care. 2024."])
    assert (entry.title, entry.journal, entry.year) == ("Correction", "AIDS Care", 2024)


# -- other shapes writers copy ------------------------------------------------------------------


def test_pubmeds_own_listing_of_title_authors_and_source() -> None:
    entry = parse_entry(
        [
            "Marine Heatwaves.",
            "Oliver ECJ, Benthuysen JA, Darmaraki S, et al.",
            "Ann Rev Mar Sci. 2021 Jan 3;13:313-342. doi: 10.1146/annurev-marine-032720-095144.",
            "PMID: 32976730 Review.",
        ]
    )
    assert entry.authors == ["Oliver ECJ", "Benthuysen JA", "Darmaraki S"]
    assert (entry.title, entry.journal, entry.year) == ("Marine Heatwaves", "Ann Rev Mar Sci", 2021)
    assert (entry.volume, entry.pages, entry.pmid) == ("13", "313-342", "32976730")


def test_title_journal_and_year_in_other_punctuation() -> None:
    for text in (
        "Marine heatwaves (Annual Review of Marine Science, 2021)",
        "Marine heatwaves, Annual Review of Marine Science, 2021.",
        '"Marine heatwaves." Annual Review of Marine Science 13 (2021): 313-342.',
    ):
        entry = parse_entry([text])
        assert (entry.title, entry.journal, entry.year) == (
            "Marine heatwaves",
            "Annual Review of Marine Science",
            2021,
        ), text
    assert parse_entry(["Genes, Economics, and Happiness. 2012."]).title == (
        "Genes, Economics, and Happiness"
    )


def test_a_nature_style_locus() -> None:
    entry = parse_entry(["Oliver ECJ. Marine heatwaves. Nat Commun 9, 1324 (2018)."])
    assert (entry.title, entry.journal) == ("Marine heatwaves", "Nat Commun")
    assert (entry.year, entry.volume, entry.pages) == (2018, "9", "1324")


def test_names_and_loci_of_other_journal_styles() -> None:
    cases = {
        # Harvard with Vancouver names
        "Semba RD (2012) The discovery of the vitamins. Int J Vitam Nutr Res 82, 310–315.": (
            ["Semba RD"],
            "The discovery of the vitamins",
            "Int J Vitam Nutr Res",
            (2012, "82", "310–315"),
        ),
        # ASM and Cell: the year after the authors, "volume:pages" after the journal
        "Wu JY, Srinivas P, Pogue JM. 2020. Cefiderocol: a novel agent. Infect Dis Ther 9:17–40.": (
            ["Wu JY", "Srinivas P", "Pogue JM"],
            "Cefiderocol: a novel agent",
            "Infect Dis Ther",
            (2020, "9", "17–40"),
        ),
        # initials with full stops and spaces
        "Keller S. C., Bessell M. S., Frebel A., et al. Metal-poor stars. Nature. 2014;506:463.": (
            ["Keller SC", "Bessell MS", "Frebel A"],
            "Metal-poor stars",
            "Nature",
            (2014, "506", "463"),
        ),
        "Clark L., Beadle D. Patent term extensions. Pharm. Pat. Anal. 2012;1(4):427–435.": (
            ["Clark L", "Beadle D"],
            "Patent term extensions",
            "Pharm. Pat. Anal",
            (2012, "1", "427–435"),
        ),
        # Nature: a list that runs into the title, the year last
        "Li MO & Flavell RA TGF-beta: a master of all T cell trades. Cell 134, 392–404 (2008).": (
            ["Li MO", "Flavell RA"],
            "TGF-beta: a master of all T cell trades",
            "Cell",
            (2008, "134", "392–404"),
        ),
        # Bentham: names by semicolons, "Journal, year, volume(issue), pages", a DOI in brackets
        "Harkins SW; Chapman CR Detection and decision factors in pain perception. Pain, 1976, "
        "2(3), 253–264. [10.1016/0304-3959(76)90004-X]": (
            ["Harkins SW", "Chapman CR"],
            "Detection and decision factors in pain perception",
            "Pain",
            (1976, "2", "253–264"),
        ),
        # RSC: no title at all
        "Haft DH, Basu MK and Mitchell DA, BMC Biol., 2010, 8, 70.": (
            ["Haft DH", "Basu MK", "Mitchell DA"],
            None,
            "BMC Biol",
            (2010, "8", "70"),
        ),
    }
    for text, (names, title, journal, locus) in cases.items():
        entry = parse_entry([text])
        assert (entry.authors, entry.title, entry.journal) == (names, title, journal), text
        assert (entry.year, entry.volume, entry.pages) == locus, text


def test_an_access_date_is_no_volume_and_pages() -> None:
    entry = parse_entry(["Mayo Clinic Staff. Spinal stenosis. Accessed January 5, 2025."])
    assert (entry.volume, entry.pages) == (None, None)


def test_mayo_clinics_access_date_is_not_the_papers_year() -> None:
    # user29a P1-3: "Accessed Jan. 5, 2025." gave the year 2025 and the journal "Jan. 5".
    entry = parse_entry(
        [
            "McNeil JJ, et al. Effect of Aspirin on Cardiovascular Events and Bleeding in the "
            "Healthy Elderly. New England Journal of Medicine. 2018; "
            "doi:10.1056/NEJMoa1805819. Accessed Jan. 5, 2025."
        ]
    )
    assert (entry.journal, entry.year) == ("New England Journal of Medicine", 2018)
    assert entry.title == (
        "Effect of Aspirin on Cardiovascular Events and Bleeding in the Healthy Elderly"
    )
    for access in ("Accessed 5 January 2025.", "Accessed on March 3, 2024.", "Accessed: 2024."):
        entry = parse_entry([f"Smith J. A trial of salt. Lancet. 2019;393:1-9. {access}"])
        assert (entry.journal, entry.year, entry.volume) == ("Lancet", 2019, "393"), access


def test_an_entry_of_names_and_a_locus_has_authors_and_no_title() -> None:
    entry = parse_entry(["Brennan LK, Yamamoto A. 2024;12:5."])
    assert entry.title is None
    assert entry.authors == ["Brennan LK", "Yamamoto A"]
    assert (entry.year, entry.volume, entry.pages) == (2024, "12", "5")


def test_uptodates_cochrane_entry_with_no_volume_keeps_its_year_and_journal() -> None:
    # UpToDate prints a Cochrane review's locus as "2005; :CD003235": no volume, then pages.
    entry = parse_entry(
        [
            "Mahoney BA, Smith WA, Lo DS, et al. Emergency interventions for hyperkalaemia. "
            "Cochrane Database Syst Rev 2005; :CD003235."
        ]
    )
    assert (entry.year, entry.journal, entry.pages) == (
        2005,
        "Cochrane Database Syst Rev",
        "CD003235",
    )


def test_a_cochrane_library_locus_gives_year_issue_and_review_number() -> None:
    entry = parse_entry(
        [
            "Cameron ID, Dyer SM, Panagoda CE, et al. Interventions for preventing falls in "
            "older people in care facilities and hospitals. Cochrane Database of Systematic "
            "Reviews 2018, Issue 9. Art. No.: CD005465. [DOI: 10.1002/14651858.CD005465.pub4]"
        ]
    )
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2018, None, "9", "CD005465")
    assert entry.journal == "Cochrane Database of Systematic Reviews"
    assert entry.doi == "10.1002/14651858.CD005465.pub4"


def test_manubots_title_authors_and_dated_journal_lines_are_read_apart() -> None:
    entry = parse_entry(
        [
            "Gait at home and in the clinic in Parkinson disease",
            "Hanna Kowalski, Jun Watanabe, Peter Obi",
            "Movement Disorders (2018-01-10) https://doi.org/10.1002/mds.27200",
            "DOI: 10.1002/mds.27200 https://doi.org/10.1002/mds.27200 · PMID: 29000001",
        ]
    )
    assert entry.title == "Gait at home and in the clinic in Parkinson disease"
    assert entry.authors == ["Hanna Kowalski", "Jun Watanabe", "Peter Obi"]
    assert (entry.journal, entry.year) == ("Movement Disorders", 2018)
    assert (entry.doi, entry.pmid) == ("10.1002/mds.27200", "29000001")


def test_a_group_author_of_a_manubot_entry_stays_one_name() -> None:
    entry = parse_entry(
        [
            "Global burden of Parkinson disease, 1990-2016",
            "GBD 2016 Parkinson Disease Collaborators",
            "The Lancet Neurology (2018-11) https://doi.org/gfkf5v",
        ]
    )
    assert entry.authors == ["GBD 2016 Parkinson Disease Collaborators"]
    assert entry.year == 2018


def test_a_manubot_list_of_people_ending_in_their_group_keeps_the_people() -> None:
    """ "Timothy A Brighton, ..., … ASPIRE Investigators" was one group's name: a wrong first
    author was missed."""
    entry = parse_entry(
        [
            "Low-dose aspirin for preventing recurrent venous thromboembolism.",
            "Timothy A Brighton, John W Eikelboom, Kristy Mann, … ASPIRE Investigators",
            "The New England journal of medicine (2012-11-22) https://doi.org/f4fqdh",
        ]
    )
    assert entry.authors == [
        "Timothy A Brighton",
        "John W Eikelboom",
        "Kristy Mann",
        "ASPIRE Investigators",
    ]


@pytest.mark.parametrize(
    ("tail", "year", "pages"),
    [
        # PubMed's "Cite" text: the notices linked to the paper follow its locus.
        ("2020 Jan 1;49(1):1-9. doi: 10.1093/ageing/afz003. Erratum in: Age Ageing. "
         "2020;49(3):500.", 2020, "1-9"),
        ("2020;49(1):1-9. Comment in: Age Ageing. 2021;50(2):200-1.", 2020, "1-9"),
        # ... and the paper a comment or a letter is on: its locus was read as the entry's.
        ("2021 Oct;49(1):1-9. doi: 10.1093/ageing/afz003. Epub 2021 Jan 11. Comment on: Age "
         "Ageing. 2020 Dec;48(12):1890-1900.", 2021, "1-9"),
        ("2020;49(1):1-9. Update of: Age Ageing. 2015;44(2):200-1.", 2020, "1-9"),
        ("2020;49(1):1-9. Summary for patients in: Age Ageing. 2020;49(2):P1.", 2020, "1-9"),
        ("2020;49(1):1-9. Retracted and republished in: Age Ageing. 2021;50(2):3-9.", 2020,
         "1-9"),
        # MDPI's and ACS's commas for the source: the year alone tells it (review13 F3).
        ("2020, 49, 1-9. Erratum in: Age Ageing. 2021;50(2):500.", 2020, "1-9"),
        # AMA's bracketed notice: its locus was read as the entry's (a false CL203).
        ("2020;49(1):1-9. [Published correction appears in Age Ageing. 2020;49(3):500.]",
         2020, "1-9"),
        ("2020;49(1):1-9. doi:10.1093/ageing/afz003 [Erratum in: Age Ageing. 2021;50:2.]",
         2020, "1-9"),
        # AMA 11th edition's notice without brackets or colon (real20).
        ("2020;49(1):1-9. Published correction appears in Age Ageing. 2020;49(3):500.", 2020,
         "1-9"),
        ("2020;49(1):1-9. Retraction appears in Age Ageing. 2022;51(1):3.", 2020, "1-9"),
        # Online first, as AMA and Lancet pages cite it: a date, no locus.
        ("Published online January 5, 2024. doi:10.1093/ageing/afad250", 2024, None),
        # AMA's preprint: the journal is the server ("medRxiv. Preprint posted online ...").
        ("Preprint posted online June 22, 2020. doi:10.1101/2020.06.22.20137273", 2020, None),
        ("2024 Mar 2. doi:10.1093/ageing/afad251. [Epub ahead of print]", 2024, None),
        # PubMed's Cite text for such a paper today.
        ("2024 Mar 2. doi: 10.1093/ageing/afad251. Online ahead of print. PMID: 38716869.",
         2024, None),
    ],
)  # fmt: skip
def test_what_follows_the_source_leaves_journal_year_and_pages_alone(
    tail: str, year: int, pages: str | None
) -> None:
    entry = parse_entry(
        [f"Okafor N, Tran HL. Early mobilisation after hip fracture. Age Ageing. {tail}"]
    )
    assert (entry.title, entry.journal) == ("Early mobilisation after hip fracture", "Age Ageing")
    assert (entry.year, entry.pages) == (year, pages)


@pytest.mark.parametrize(
    "entry",
    [
        "Brown A, Green B. Comment in: sepsis bundles revisited. Crit Care Med. "
        "2018;46(2):e100-e101.",
        "Brown A. Erratum in: Sepsis bundles revisited. Crit Care Med 2018;46(2):e100-e101.",
        "Brown A. Comment on: sepsis bundles revisited. Crit Care Med. 2018;46(2):e100-e101.",
    ],
)
def test_a_title_that_opens_with_a_notice_word_is_the_entry_s_own(entry: str) -> None:
    # No source stands before "Comment in:", so it is no notice after one: cut there, the
    # entry lost its title, journal, year and locus.
    parsed = parse_entry([entry])
    assert (parsed.journal, parsed.year, parsed.pages) == ("Crit Care Med", 2018, "e100-e101")
    assert parsed.title is not None and parsed.title.lower().endswith("sepsis bundles revisited")


def test_a_notice_after_a_title_that_opens_with_one_is_still_cut() -> None:
    entry = parse_entry(
        [
            "Brown A. Comment in: sepsis bundles revisited. Crit Care Med. 2018;46(2):e100. "
            "Erratum in: Crit Care Med. 2019;47(1):e50."
        ]
    )
    assert (entry.year, entry.volume, entry.pages) == (2018, "46", "e100")


def test_mdpi_and_acs_entries_give_authors_year_volume_and_pages() -> None:
    entry = parse_entry(
        [
            "Targher, G.; Byrne, C.D.; Tilg, H. NAFLD and increased risk of cardiovascular "
            "disease: Clinical associations. Gut 2020, 69, 1691–1705."
        ]
    )
    assert entry.authors == ["Targher G", "Byrne CD", "Tilg H"]
    assert (entry.title, entry.journal) == (
        "NAFLD and increased risk of cardiovascular disease: Clinical associations",
        "Gut",
    )
    assert (entry.year, entry.volume, entry.pages) == (2020, "69", "1691–1705")


def test_an_mdpi_article_number_keeping_its_dash_is_its_pages() -> None:
    """user20: "2017, 1, CD002003–." was not read: the year unknown, the 2017 and 2012
    versions of the review matched equally (a false CL202)."""
    entry = parse_entry(
        [
            "Wiysonge, C.S.; Bradley, H.A.; Opie, L.H. Beta-blockers for hypertension. "
            "Cochrane Database Syst. Rev. 2017, 1, CD002003\u2013."
        ]
    )
    assert (entry.title, entry.year, entry.volume, entry.pages) == (
        "Beta-blockers for hypertension",
        2017,
        "1",
        "CD002003",
    )


def test_sciencedirects_lines_give_authors_title_and_source() -> None:
    entry = parse_entry(
        [
            "C. Cooper, G. Campion, L.J. Melton",
            "Hip fractures in the elderly: a world-wide projection",
            "Osteoporos Int, 2 (1992), pp. 285-289",
        ]
    )
    assert entry.authors == ["Cooper C", "Campion G", "Melton LJ"]  # as PubMed writes them
    assert entry.title == "Hip fractures in the elderly: a world-wide projection"
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Osteoporos Int",
        1992,
        "2",
        "285-289",
    )


@pytest.mark.parametrize(
    "authors", ["Safiri S, Kolahi AA, Smith E, et al.", "GBD 2017 Osteoarthritis Collaborators"]
)
def test_an_entry_laid_out_a_field_a_line_keeps_its_title_apart_from_its_journal(
    authors: str,
) -> None:
    # The Lancet's pages copied: no stop after the title's line.
    entry = parse_entry(
        [
            authors,
            "Global, regional and national burden of osteoarthritis 1990-2017",
            "Ann Rheum Dis. 2020; 79:819-828",
        ]
    )
    assert entry.title == "Global, regional and national burden of osteoarthritis 1990-2017"
    assert (entry.journal, entry.year) == ("Ann Rheum Dis", 2020)


def test_a_doi_broken_at_its_slash_in_an_entry_laid_out_a_field_a_line_is_whole() -> None:
    """hunt14 left: "doi:10.1056/" took a stop before its line was joined to the next, so
    the DOI was read as "10.1056/" (and two such entries were a false CL105)."""
    entry = parse_entry(
        [
            "Brighton TA, Eikelboom JW, Mann K, et al.",
            "Low-dose aspirin for preventing recurrent venous thromboembolism",
            "N Engl J Med 2012; 367: 1979-87. doi:10.1056/",
            "NEJMoa1210384",
        ]
    )
    assert entry.doi == "10.1056/NEJMoa1210384"
    assert entry.title == "Low-dose aspirin for preventing recurrent venous thromboembolism"


def test_a_wrapped_entry_is_no_entry_laid_out_a_field_a_line() -> None:
    entry = parse_entry(
        [
            "Safiri S, Kolahi AA. Global, regional and national burden of osteoarthritis",
            "1990-2017: a systematic analysis of the Global Burden of Disease Study",
            "2017. Ann Rheum Dis. 2020;79:819-828.",
        ]
    )
    assert entry.title is not None and entry.title.endswith("Disease Study 2017")


def test_wikipedias_pmc_number_is_no_journal() -> None:
    entry = parse_entry(
        [
            'Ohayon MM, O\'Hara R (2012). "Epidemiology of restless legs syndrome". Sleep '
            "Medicine Reviews. 16 (4): 283–295. doi:10.1016/j.smrv.2011.05.002. PMC 3204316. "
            "PMID 21795081."
        ]
    )
    assert (entry.journal, entry.year, entry.pmid) == ("Sleep Medicine Reviews", 2012, "21795081")


@pytest.mark.parametrize(
    ("source", "journal", "year"),
    [
        ("JAMA Psychiatry (2000) https://doi.org/10.4802/j.571900", "JAMA Psychiatry", 2000),
        ("(2012) https://doi.org/10.2808/j.3570509", None, 2012),  # no journal known
    ],
)
def test_a_manubot_source_with_the_year_alone_or_no_journal_is_read(
    source: str, journal: str | None, year: int
) -> None:
    entry = parse_entry(["Sleep duration and heart failure", "JP Hoang, CR Nguyen", source])
    assert (entry.title, entry.authors) == (
        "Sleep duration and heart failure",
        ["JP Hoang", "CR Nguyen"],
    )
    assert (entry.journal, entry.year) == (journal, year)


@pytest.mark.parametrize(
    ("source", "journal", "year"),
    [
        ("Lancet 2020; published online Jan 5. https://doi.org/10.1016/S0140-6736(20)30001-1.",
         "Lancet", 2020),
        ("medRxiv [Preprint]. 2024 May 3:2024.05.01.24306789. doi: 10.1101/2024.05.01.24306789.",
         "medRxiv", 2024),
    ],
)  # fmt: skip
def test_online_first_and_preprint_dates_give_the_year_and_leave_the_journal(
    source: str, journal: str, year: int
) -> None:
    entry = parse_entry([f"Okafor N, Tran HL. Early mobilisation after hip fracture. {source}"])
    assert (entry.title, entry.journal, entry.year) == (
        "Early mobilisation after hip fracture",
        journal,
        year,
    )


@pytest.mark.parametrize(
    ("locus", "volume", "issue", "pages"),
    [
        ("2012 Nov 22. 367 (21):1979-87.", "367", "21", "1979-87"),
        ("2016 Jul. 14 (7):1480-3.", "14", "7", "1480-3"),
        ("2019 Jul 24. 366:l4363.", "366", None, "l4363"),
        ("2021. 160 (6):e545-e608.", "160", "6", "e545-e608"),
    ],
)
def test_medscapes_locus_with_full_stops_gives_year_volume_and_pages(
    locus: str, volume: str, issue: str | None, pages: str
) -> None:
    # Medscape (eMedicine) prints Vancouver's locus with a full stop after the date.
    entry = parse_entry([f"Okafor N, Tran HL. Early mobilisation after hip fracture. BMJ. {locus}"])
    assert (entry.title, entry.journal) == ("Early mobilisation after hip fracture", "BMJ")
    assert (entry.volume, entry.issue, entry.pages) == (volume, issue, pages)
    assert entry.year == int(locus[:4])


def test_a_year_then_a_count_in_a_title_is_no_medscape_locus() -> None:
    entry = parse_entry(["Okafor N. Falls in 2012. 367 patients followed: a cohort. BMJ. 2014."])
    assert (entry.journal, entry.year, entry.volume) == ("BMJ", 2014, None)


@pytest.mark.parametrize(
    "text",
    [
        # IEEE
        'N. Okafor, H. L. Tran, and P. Singh, "Early mobilisation after hip fracture," '
        "J. Bone Joint Surg., vol. 102, no. 4, pp. 310–318, Apr. 2020.",
        # Chicago, notes-bibliography and author-date
        'Okafor, Nkem, Hoa L. Tran, and Priya Singh. "Early Mobilisation after Hip Fracture." '
        "J. Bone Joint Surg. 102, no. 4 (April 2020): 310–318.",
        'Okafor, Nkem, Hoa L. Tran, and Priya Singh. 2020. "Early Mobilisation after Hip '
        'Fracture." J. Bone Joint Surg. 102 (4): 310–318.',
    ],
)
def test_ieee_and_chicago_entries_give_the_quoted_title_alone(text: str) -> None:
    # Read as Vancouver, the names, title and journal ran together: no PubMed record matched.
    entry = parse_entry([text])
    assert entry.title.lower() == "early mobilisation after hip fracture"
    assert entry.authors == ["Okafor N", "Tran HL", "Singh P"]
    assert (entry.journal, entry.year) == ("J. Bone Joint Surg.", 2020)
    assert (entry.volume, entry.issue, entry.pages) == ("102", "4", "310–318")


def test_an_ieee_article_number_and_et_al() -> None:
    entry = parse_entry(
        ['J. Klenk et al., "Real-world falls recorded by body-worn sensors," Eur. Rev. Aging '
         "Phys. Act., vol. 13, Art. no. 8, Oct. 2016."]
    )  # fmt: skip
    assert (entry.authors, entry.title) == (
        ["Klenk J"],
        "Real-world falls recorded by body-worn sensors",
    )
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Eur. Rev. Aging Phys. Act.",
        2016,
        "13",
        "8",
    )


def test_a_title_quoting_a_phrase_is_no_quoted_entry() -> None:
    entry = parse_entry(
        ['Okafor N. The "July effect" in teaching hospitals. J Gen Intern Med. 2020;35(3):1-9.']
    )
    assert entry.authors == ["Okafor N"]
    assert entry.title == 'The "July effect" in teaching hospitals'
    assert entry.journal == "J Gen Intern Med"


def test_harvards_and_before_the_last_name_is_no_part_of_it() -> None:
    entry = parse_entry(
        ["Okafor, N. and Tran, H.L. (2020) 'Early mobilisation after hip fracture', "
         "Journal of Orthopaedics, 12(3), pp. 1–9."]
    )  # fmt: skip
    assert entry.authors == ["Okafor N", "Tran HL"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group. KDIGO 2024 "
            "clinical practice guideline for chronic kidney disease. Kidney Int. "
            "2024;105(4S):S117-S314.",
            "Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group",
        ),
        (
            "Visseren FLJ, Mach F, Smulders YM, et al; ESC National Cardiac Societies; ESC "
            "Scientific Document Group. 2021 ESC guidelines on cardiovascular disease "
            "prevention in clinical practice. Eur Heart J. 2021;42(34):3227-3337.",
            "Visseren FLJ, Mach F, Smulders YM, et al; ESC National Cardiac Societies; ESC "
            "Scientific Document Group",
        ),
    ],
)
def test_a_long_group_author_is_one_reading_of_what_precedes_the_title(
    text: str, group: str
) -> None:
    # Over twelve words, or with a colon, the group was never offered as the authors: every
    # reading's title began with it, and PubMed matched none ("possibly fabricated").
    entry = parse_entry([text])
    readings = [(entry.title, entry.authors)] + [
        (reading.title, list(reading.authors)) for reading in entry.alternatives
    ]
    title = text.split(group + ". ")[1].split(". ")[0]
    assert (title, [group]) in readings


@pytest.mark.parametrize("dash", ["—", "–"])
def test_an_answer_pages_source_after_a_dash_gives_journal_and_year(dash: str) -> None:
    link = "https://pubmed.ncbi.nlm.nih.gov/32976730/"
    entry = parse_entry([f"[Marine heatwaves]({link}) {dash} Annu Rev Mar Sci, 2021"])
    assert (entry.title, entry.journal, entry.year) == (
        "Marine heatwaves",
        "Annu Rev Mar Sci",
        2021,
    )
    assert entry.pmid == "32976730"


def test_a_dash_in_a_vancouver_title_is_no_source_break() -> None:
    entry = parse_entry(["Okafor N. Heart failure — a review. J Card Fail, 2010"])
    assert entry.authors == ["Okafor N"]
    assert entry.title == "Heart failure — a review"


def test_ncbi_bookshelfs_bracketed_pubmed_number_is_the_pmid() -> None:
    # StatPearls and other NCBI Bookshelf chapters: the entry's PMID was not read.
    entry = parse_entry(
        ["Okafor N, Tran HL. Early mobilisation after hip fracture. BMJ. 2020 Mar;368:m1. "
         "[PMC free article: PMC7100001] [PubMed: 32100001]"]
    )  # fmt: skip
    assert (entry.pmid, entry.journal, entry.year, entry.pages) == ("32100001", "BMJ", 2020, "m1")


@pytest.mark.parametrize(
    ("raw", "title", "journal"),
    [
        ("WHO – Global tuberculosis report, 2021", "WHO – Global tuberculosis report", None),
        (
            "Sepsis in adults – a narrative review. Lancet, 2020",
            "Sepsis in adults – a narrative review",
            "Lancet",
        ),
    ],
)
def test_a_dash_in_an_unlinked_title_is_no_source_after_it(
    raw: str, title: str, journal: str | None
) -> None:
    # Only an answer page's linked title is split at the dash: "[Title](link) — Journal, 2021".
    entry = parse_entry([raw])
    assert (entry.title, entry.journal, entry.year) == (title, journal, int(raw[-4:]))


def test_elsevier_one_line_style() -> None:
    # Elsevier's numbered journals: initials first, title and journal between commas, then
    # "volume (issue) (year) pages". The title was read as "1979–1987", and online every such
    # entry was CL201 or CL204.
    entry = parse_entry(
        [
            "C.R. Martinez Licha, C.M. McCurdy, S.M. Maldonado, L.S. Lee, Current management of "
            "acute pulmonary embolism, Ann. Thorac. Cardiovasc. Surg. 26 (2) (2020) 65–71, "
            "https://doi.org/10.5761/atcs.ra.19-00158."
        ]
    )
    assert entry.authors == ["Martinez Licha CR", "McCurdy CM", "Maldonado SM", "Lee LS"]
    assert entry.title == "Current management of acute pulmonary embolism"
    assert (entry.journal, entry.year, entry.volume, entry.issue, entry.pages) == (
        "Ann. Thorac. Cardiovasc. Surg.",
        2020,
        "26",
        "2",
        "65–71",
    )
    assert entry.doi == "10.5761/atcs.ra.19-00158"
    titled = parse_entry(
        [
            "D. Chinzon, G. Domingues, et al., Safety of long-term proton pump inhibitors: facts "
            "and myths, Arq. Gastroenterol. 59 (2022) 219–225."
        ]
    )
    assert titled.title == "Safety of long-term proton pump inhibitors: facts and myths"
    assert (titled.authors, titled.volume, titled.issue) == (
        ["Chinzon D", "Domingues G"],
        "59",
        None,
    )


def test_frontiers_style_year_in_brackets_before_volume_and_pages() -> None:
    # "Clin Infect Dis. (2023) 76:342–5." was read as APA: the authors and title became the
    # title, and the right DOI beside them was called another paper's (CL204).
    entry = parse_entry(
        [
            "Hogan JI, Duerr R, Dimartino D, Marier C, Hochman SE, Mehta S, et al. Remdesivir "
            "resistance in transplant recipients with persistent coronavirus disease 2019. Clin "
            "Infect Dis. (2023) 76:342–5. doi: 10.1093/cid/ciac769"
        ]
    )
    assert entry.authors[:2] == ["Hogan JI", "Duerr R"]
    assert entry.title == (
        "Remdesivir resistance in transplant recipients with persistent coronavirus disease 2019"
    )
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Clin Infect Dis",
        2023,
        "76",
        "342–5",
    )


def test_science_style_initials_first_then_a_comma_before_the_title() -> None:
    # Science, PNAS: "J. P. D. Abbatt, C. Wang, Title. Journal 22, 25–48 (2020)." The names
    # were read into the title: CL201, "possibly fabricated".
    entry = parse_entry(
        [
            "J. P. D. Abbatt, C. Wang, The atmospheric chemistry of indoor environments. "
            "Environ. Sci. Process. Impacts 22, 25–48 (2020)."
        ]
    )
    assert entry.authors == ["Abbatt JPD", "Wang C"]
    assert entry.title == "The atmospheric chemistry of indoor environments"
    assert (entry.year, entry.volume, entry.pages) == (2020, "22", "25–48")
    particle = parse_entry(
        ["A. R. Adamantidis, L. de Lecea, Sleep and the hypothalamus. Science 382, 405–412 (2023)."]
    )
    assert (particle.authors, particle.title) == (
        ["Adamantidis AR", "de Lecea L"],
        "Sleep and the hypothalamus",
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "J.P.D. Abbatt, C. Wang. The atmospheric chemistry of indoor environments. Environ "
            "Sci Process Impacts. 2020;22(1):25-48.",
            ["Abbatt JPD", "Wang C"],
        ),
        (
            "T.A. Brighton, J.W. Eikelboom, K. Mann, et al. Low-dose aspirin for preventing "
            "recurrent venous thromboembolism. N Engl J Med. 2012;367(21):1979-87.",
            ["Brighton TA", "Eikelboom JW", "Mann K"],
        ),
    ],
)
def test_initials_first_names_ending_in_a_full_stop(text: str, names: list[str]) -> None:
    """Review15 F3: the list ended one name short, the last name opened the title."""
    entry = parse_entry([text])
    assert entry.authors == names
    assert entry.title is not None and entry.title[0].isupper()
    assert "." not in entry.title


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # Elsevier's one line: the group was the person "Preventive Services Task Force US".
        (
            "U.S. Preventive Services Task Force, Screening for colorectal cancer: US Preventive "
            "Services Task Force recommendation statement, JAMA 325 (19) (2021) 1965–1977.",
            "US Preventive Services Task Force",
        ),
        # Vancouver: the group ended at "U.S." and the rest ran into the title (CL201, CL203).
        (
            "U.S. Preventive Services Task Force. Screening for colorectal cancer: US Preventive "
            "Services Task Force recommendation statement. JAMA. 2021;325(19):1965-1977.",
            "U.S. Preventive Services Task Force",
        ),
    ],
)
def test_a_group_led_by_initials_is_no_person(text: str, group: str) -> None:
    entry = parse_entry([text])
    assert entry.authors == [group]
    assert entry.title == (
        "Screening for colorectal cancer: US Preventive Services Task Force recommendation "
        "statement"
    )


@pytest.mark.parametrize("separator", [",", ";"])
def test_a_group_before_its_writers_leads_the_authors(separator: str) -> None:
    """fix13 left: AMA's "US Preventive Services Task Force, Davidson KW, ..." was no author
    list (the names ran into the title), or one group author holding the writers."""
    entry = parse_entry(
        [
            f"US Preventive Services Task Force{separator} Davidson KW, Barry MJ, Mangione CM, "
            "et al. Screening for Colorectal Cancer: US Preventive Services Task Force "
            "Recommendation Statement. JAMA. 2021;325(19):1965-1977."
        ]
    )
    assert entry.authors == [
        "US Preventive Services Task Force", "Davidson KW", "Barry MJ", "Mangione CM"
    ]  # fmt: skip
    assert entry.title == (
        "Screening for Colorectal Cancer: US Preventive Services Task Force Recommendation "
        "Statement"
    )


def test_a_group_alone_is_still_no_list_of_people() -> None:
    entry = parse_entry(
        [
            "SPRINT Research Group. A randomized trial of intensive versus standard "
            "blood-pressure control. N Engl J Med. 2015;373(22):2103-16."
        ]
    )
    assert entry.authors == ["SPRINT Research Group"]


@pytest.mark.parametrize("word", ["Version", "Update", "Revision"])
def test_a_vancouver_title_ending_in_a_dated_version_is_no_apa_date(word: str) -> None:
    """Review15 F1: "(Version 2020)" closing a title was read as APA's "(2020)" after the
    authors: the authors became the title, and the right record a false CL201."""
    entry = parse_entry(
        [
            "Martinez Licha CR, McCurdy CM. Current management of acute pulmonary embolism "
            f"({word} 2020). Ann Thorac Cardiovasc Surg. 2020;26(2):65-71."
        ]
    )
    assert entry.authors[:2] == ["Martinez Licha CR", "McCurdy CM"]
    assert entry.title == f"Current management of acute pulmonary embolism ({word} 2020)"


@pytest.mark.parametrize("date", ["April 2020", "2020", "Mar–Apr 2020"])
def test_a_vancouver_title_ending_in_its_date_is_no_apa_date(date: str) -> None:
    """Review15 F1: a month ("(April 2020)") or a bare year closing a Vancouver title was
    still read as Wikipedia's or APA's date: the authors became the title (false CL201)."""
    entry = parse_entry(
        [
            "Martinez Licha CR, McCurdy CM. Current management of acute pulmonary embolism "
            f"({date}). Ann Thorac Cardiovasc Surg. 2020;26(2):65-71."
        ]
    )
    assert entry.authors == ["Martinez Licha CR", "McCurdy CM"]
    assert entry.title == f"Current management of acute pulmonary embolism ({date})"
    assert (entry.journal, entry.volume) == ("Ann Thorac Cardiovasc Surg", "26")


@pytest.mark.parametrize(
    "date", ["April 2020", "2 April 2020", "April 2, 2020", "March–April 2020"]
)
def test_wikipedia_s_dated_entries(date: str) -> None:
    # Wikipedia's "Cite journal" with a date: the authors, date and title were read as one
    # author, and the right PMID beside them got a false CL203 (first author).
    entry = parse_entry(
        [
            f'Martinez Licha CR, McCurdy CM, Maldonado SM, Lee LS ({date}). "Current Management '
            'of Acute Pulmonary Embolism". Annals of Thoracic and Cardiovascular Surgery. 26 '
            "(2): 65–71. doi:10.5761/atcs.ra.19-00158. PMC 7184035. PMID 31588070."
        ]
    )
    assert entry.authors[:2] == ["Martinez Licha CR", "McCurdy CM"]
    assert (entry.year, entry.volume, entry.pages) == (2020, "26", "65–71")
    assert entry.journal == "Annals of Thoracic and Cardiovascular Surgery"


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        # Citing Medicine (NLM) names a letter's or an editorial's kind after its title;
        # PubMed's title has no such word, and "Reply [letter]" shared no word with "Reply."
        ("Ghavidel-Parsa B, Bidari A. Reply [letter]. ACR Open Rheumatol. 2022;4(7):564-5.",
         "Reply"),
        ("Koch S, Holmes JH. Methods refocused [Editorial]. Methods Inf Med. 2020;59:57-8.",
         "Methods refocused"),
        ("Liu W, Sata M. Optimizing antihypertensive therapy [comment]. Hypertens Res. "
         "2023;46(3):797-800.", "Optimizing antihypertensive therapy"),
        # Other brackets are the title's own.
        ("Rolf L, Muris AH. Effects of vitamin D [abstract in English]. Mult Scler. "
         "2018;24:1280-7.", "Effects of vitamin D [abstract in English]"),
        ("Okafor N. [Dieta mediterranea e rischio cardiovascolare]. G Ital Cardiol. "
         "2019;20(4):1-9.", "[Dieta mediterranea e rischio cardiovascolare]"),
    ],
)  # fmt: skip
def test_a_paper_s_kind_in_brackets_after_its_title_is_no_part_of_it(
    entry: str, title: str
) -> None:
    assert parse_entry([entry]).title == title


@pytest.mark.parametrize(
    "note",
    ["[published online ahead of print, 2024 Feb 5]", "[published online February 5, 2024]"],
)
def test_zotero_s_ama_note_of_a_paper_online_first_is_no_part_of_its_title(note: str) -> None:
    # "Title [published online ahead of print, 2024 Feb 5]. Journal. 2024;<its DOI>.": the
    # note stayed in the title, and the right DOI got a false CL204.
    entry = parse_entry(
        [
            f"Tayal D, Jain P, Goswami B. D-dimer - a multifaceted molecule {note}. Horm Mol "
            "Biol Clin Investig. 2024;10.1515/hmbci-2022-0093. doi:10.1515/hmbci-2022-0093"
        ]
    )
    assert (entry.title, entry.journal) == (
        "D-dimer - a multifaceted molecule",
        "Horm Mol Biol Clin Investig",
    )
    assert (entry.year, entry.doi) == (2024, "10.1515/hmbci-2022-0093")


def test_a_title_opening_with_the_words_online_ahead_of_print_keeps_them() -> None:
    entry = parse_entry(
        ["Okafor N. Online ahead of print: the new normal. Age Ageing. 2024;53(3):1-9."]
    )
    assert entry.title == "Online ahead of print: the new normal"


def test_harvard_date_of_access_is_no_part_of_the_locus() -> None:
    """Cite Them Right Harvard ends with "Available at: <address> (Accessed: <date>)": the
    date's bracket was left behind, the locus not read, and the journal and pages read into
    the title (a false CL204 on every right DOI)."""
    entry = parse_entry(
        [
            "Vaidya, A. et al. (2022) 'Primary aldosteronism: state-of-the-art review', "
            "American Journal of Hypertension, 35(12), pp. 967–988. Available at: "
            "https://doi.org/10.1093/ajh/hpac079 (Accessed: 14 March 2024)."
        ]
    )
    assert entry.title == "Primary aldosteronism: state-of-the-art review"
    assert entry.journal == "American Journal of Hypertension"
    assert (entry.year, entry.volume, entry.pages) == (2022, "35", "967–988")
    assert entry.doi == "10.1093/ajh/hpac079"


def test_a_quoted_harvard_title_holds_its_question_mark() -> None:
    """The title was cut at its "?": its second half and the journal were read as the
    journal (a false CL203)."""
    entry = parse_entry(
        [
            "Dicken, S.J., Qamar, S. and Batterham, R.L. (2024) 'Who consumes ultra-processed "
            "food? A systematic review of its determinants', Nutrition Research Reviews, 37(2), "
            "pp. 416–456."
        ]
    )
    assert entry.title == (
        "Who consumes ultra-processed food? A systematic review of its determinants"
    )
    assert entry.journal == "Nutrition Research Reviews"
    assert entry.authors == ["Dicken SJ", "Qamar S", "Batterham RL"]


def test_a_quoted_harvard_title_keeps_its_bracketed_translation() -> None:
    """entries22: "'Title' [Translation], Journal" ran title and journal together."""
    entry = parse_entry(
        [
            "Lefèvre, A. and Dubois, M. (2019) 'Insuffisance rénale aiguë chez le sujet âgé : "
            "une cohorte hospitalière' [Acute kidney injury in older adults: a hospital "
            "cohort], La Presse Médicale, 48(3), pp. 241–250."
        ]
    )
    assert entry.title == (
        "Insuffisance rénale aiguë chez le sujet âgé : une cohorte hospitalière "
        "[Acute kidney injury in older adults: a hospital cohort]"
    )
    assert entry.journal == "La Presse Médicale"
    assert (entry.year, entry.volume, entry.pages) == (2019, "48", "241–250")


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2212"])
def test_a_range_written_with_another_hyphen_is_read_whole(dash: str) -> None:
    """French typesetting's non-breaking hyphen ("1979\u201187"), the figure dash and the minus
    sign cut the range at its first page: a wrong last page was missed."""
    entry = parse_entry(
        [
            f"Brighton TA, Mann K. Low{dash}dose aspirin for preventing recurrent venous "
            f"thromboembolism. N Engl J Med 2012\u202f;\u00a0367\u202f:\u00a01979{dash}87."
        ]
    )
    assert (entry.year, entry.volume, entry.pages) == (2012, "367", "1979-87")
    assert entry.title == "Low-dose aspirin for preventing recurrent venous thromboembolism"


@pytest.mark.parametrize(
    ("date", "year"),
    [("2022 abr-jun", 2022), ("2013 ene-mar", 2013), ("2021 nov 12", 2021), ("2023 Dez", 2023)]
    + [("2024 févr.", 2024), ("2019 Mär", 2019), ("2020 out-dez", 2020)],
)
def test_a_month_in_another_language_keeps_the_locus(date: str, year: int) -> None:
    """ "Arq Gastroenterol. 2022 abr-jun;59(2):219-25" gave no year, volume or pages: the
    journal and locus stayed in the title, and a wrong year was missed."""
    entry = parse_entry(
        [
            "Chinzon D, Domingues G. Safety of long-term PPIs. Arq Gastroenterol. "
            f"{date};59(2):219-25."
        ]
    )
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Arq Gastroenterol",
        year,
        "59",
        "219-25",
    )


@pytest.mark.parametrize(
    ("locus", "pages"),
    [("2024 Apr 25:116695", "116695"), ("2024 May 2:S1879-4068(24)00075-4", None)],
)
def test_a_locus_ahead_of_print_gives_its_year(locus: str, pages: str | None) -> None:
    """PubMed's loci of papers online first: a date and an article number (or Elsevier's
    PII), no volume."""
    entry = parse_entry(
        [
            f"Wang Y, Han Y. Kokusaginine attenuates renal fibrosis. Biomed Pharmacother. {locus}. "
            "doi: 10.1016/j.biopha.2024.116695. Online ahead of print."
        ]
    )
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Biomed Pharmacother",
        2024,
        None,
        pages,
    )
    assert entry.title == "Kokusaginine attenuates renal fibrosis"


def test_a_colon_after_a_year_in_a_title_is_no_locus_ahead_of_print() -> None:
    entry = parse_entry(["Doe J. Results of the 2019 May 5:2 trial. J Med. 2020;12(3):45-50."])
    assert (entry.year, entry.volume, entry.pages) == (2020, "12", "45-50")


@pytest.mark.parametrize(
    ("lines", "doi"),
    [
        (
            ["N Engl J Med. 2012;367:1979-87. doi:10.1056/", "NEJMoa1210384"],
            "10.1056/NEJMoa1210384",
        ),
        (
            ["Ann Surg. 2020;26:65-71. https://doi.org/10.", "5761/atcs.ra.19-00158"],
            "10.5761/atcs.ra.19-00158",
        ),
        (
            ["Am J Physiol. 2022;322:H337. doi:10.1152/ajpheart.00590.", "2021"],
            "10.1152/ajpheart.00590.2021",
        ),
        (["Ann Surg. 2020;26:65-71. doi:10.5761/atcs.ra.19-", "00158"], "10.5761/atcs.ra.19-00158"),
    ],
)
def test_a_doi_broken_at_a_line_end_is_read_whole(lines: list[str], doi: str) -> None:
    """A PDF copied as text breaks DOIs over lines: the space put between the pieces lost the
    DOI or cut it short ("10.1152/ajpheart.00590"), so a wrong DOI was missed."""
    entry = parse_entry(
        ["Doe J, Roe A. A title of the paper in", "question. " + lines[0], lines[1]]
    )
    assert entry.doi == doi


@pytest.mark.parametrize("after", ["Epub 2019 Oct 4.", "eCollection 2018.", "PMID: 31588070."])
def test_a_doi_ending_a_line_with_its_stop_is_not_joined_to_the_next(after: str) -> None:
    text = "Doe J. Title of it. J Med. 2020;26:65-71. doi:10.5761/atcs.ra.19-00158."
    assert parse_entry([text, after]).doi == "10.5761/atcs.ra.19-00158"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Hogan, J.I., Duerr, R., Dimartino, D., et al., 2023. Remdesivir resistance in "
            "transplant recipients with persistent coronavirus disease 2019. Clin. Infect. Dis. "
            "76, 342–345.",
            ["Hogan JI", "Duerr R", "Dimartino D"],
        ),
        (
            "Hogan, J.I., 2023. Remdesivir resistance in transplant recipients with persistent "
            "coronavirus disease 2019. Clin. Infect. Dis. 76, 342–345. "
            "https://doi.org/10.1093/cid/ciac769.",
            ["Hogan JI"],
        ),
        (
            "Hogan, J.I., and Duerr, R., 2023. Remdesivir resistance in transplant recipients "
            "with persistent coronavirus disease 2019. Clin. Infect. Dis. 76 (2), 342–345.",
            ["Hogan JI", "Duerr R"],
        ),
    ],
)
def test_elsevier_harvard_the_year_after_the_names(text: str, names: list[str]) -> None:
    """Elsevier's Harvard puts the year after the names, unbracketed: the names and year
    were read as the title's start and the entry had no year (a false CL201 online)."""
    entry = parse_entry([text])
    assert entry.authors == names
    assert entry.year == 2023
    assert entry.title == (
        "Remdesivir resistance in transplant recipients with persistent coronavirus disease 2019"
    )
    assert (entry.volume, entry.pages) == ("76", "342–345")


def test_elsevier_harvard_with_every_author_keeps_its_year() -> None:
    """Review20 B3a: Elsevier lists every author, so the year stands far into the entry; a
    sieve that looked only at its first 130 characters left a twelve-author entry yearless
    (a false CL201 online)."""
    text = (
        "Brighton, T.A., Eikelboom, J.W., Mann, K., Mister, R., Gallus, A., Ockelford, P., "
        "Gibbs, H., Hague, W., Xavier, D., Diaz, R., Kirby, A., Simes, J., 2012. Low-dose "
        "aspirin for preventing recurrent venous thromboembolism. N. Engl. J. Med. 367, "
        "1979–1987."
    )
    entry = parse_entry([text])
    assert entry.year == 2012
    assert entry.authors[:2] == ["Brighton TA", "Eikelboom JW"]
    assert len(entry.authors) == 12
    assert entry.title == "Low-dose aspirin for preventing recurrent venous thromboembolism"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Elsevier's numbered journals, one line: the group's name was read as the title.
        (
            "RECOVERY Collaborative Group, Dexamethasone in hospitalized patients with "
            "Covid-19, N. Engl. J. Med. 384 (2021) 693–704.",
            ["RECOVERY Collaborative Group"],
        ),
        (
            "RECOVERY Collaborative Group, P. Horby, W.S. Lim, et al., Dexamethasone in "
            "hospitalized patients with Covid-19, N. Engl. J. Med. 384 (8) (2021) 693–704.",
            ["RECOVERY Collaborative Group", "Horby P", "Lim WS"],
        ),
        # ... and their Harvard: the year was part of the group's name.
        (
            "RECOVERY Collaborative Group, 2021. Dexamethasone in hospitalized patients with "
            "Covid-19. N. Engl. J. Med. 384, 693–704.",
            ["RECOVERY Collaborative Group"],
        ),
    ],
)
def test_elsevier_entries_led_by_a_group(text: str, names: list[str]) -> None:
    entry = parse_entry([text])
    assert entry.authors == names
    assert entry.title == "Dexamethasone in hospitalized patients with Covid-19"
    assert (entry.year, entry.volume, entry.pages) == (2021, "384", "693–704")
    assert entry.journal.rstrip(".") == "N. Engl. J. Med"


def test_a_place_and_year_after_a_group_is_no_elsevier_source() -> None:
    entry = parse_entry(["World Health Organization, Global tuberculosis report, Geneva (2023)."])
    assert entry.year == 2023 and entry.volume is None


@pytest.mark.parametrize(
    ("text", "authors", "journal", "pages"),
    [
        (
            'Li, Yi-Jia, et al. "Fatty Acid Oxidation Protects Cancer Cells." Cell Reports, '
            "vol. 39, no. 9, 2022, p. 110870.",
            ["Li YJ"],
            "Cell Reports",
            "110870",
        ),
        (
            'Prime, Heather, et al. "Risk and Resilience in Family Well-Being." American '
            "Psychologist, vol. 75, no. 5, Jan. 2022, pp. 631–43, "
            "https://doi.org/10.1037/amp0000660.",
            ["Prime H"],
            "American Psychologist",
            "631–43",
        ),
        (
            'Guideline Development Panel for the Treatment of Depressive Disorders. "Summary of '
            'the Clinical Practice Guideline." American Psychologist, vol. 77, no. 6, 2022, '
            "pp. 770–80.",
            ["Guideline Development Panel for the Treatment of Depressive Disorders"],
            "American Psychologist",
            "770–80",
        ),
    ],
)
def test_mla_the_year_before_the_pages(
    text: str, authors: list[str], journal: str, pages: str
) -> None:
    """MLA 9's source, "Journal, vol. 39, no. 9, 2022, p. 110870.": its pages were not read,
    and a hyphened given name ("Yi-Jia") or a group's name left the entry to the general
    reading, which took "110870" for the journal (a false CL203) or called the group's
    guideline a web page (CL207)."""
    entry = parse_entry([text])
    assert (entry.authors, entry.journal, entry.year, entry.pages) == (
        authors,
        journal,
        2022,
        pages,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Owen Kember, « Anaxagoras' Theory of Sex Differentiation and Heredity », Phronesis, "
        "vol. 18, n° 1, 1973, p. 1-14.",
        "Owen Kember, « Anaxagoras' Theory of Sex Differentiation and Heredity », Phronesis 18, "
        "no. 1 (1973): 1-14.",
    ],
)
def test_a_title_in_guillemets(text: str) -> None:
    """French notes quote titles in guillemets: the names, title and journal ran together
    and a right entry was "possibly fabricated" (CL201)."""
    entry = parse_entry([text])
    assert entry.authors == ["Kember O"]
    assert entry.title == "Anaxagoras' Theory of Sex Differentiation and Heredity"
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Phronesis",
        1973,
        "18",
        "1-14",
    )


def test_and_in_another_language_between_names() -> None:
    entry = parse_entry(
        [
            "Yoon Soo Park, Lars Konge et Anthony R. Artino, « The Positivism Paradigm of "
            "Research », Academic Medicine, vol. 95, n° 5, 2020, p. 690-694."
        ]
    )
    assert entry.authors == ["Park YS", "Konge L", "Artino AR"]
    assert entry.title == "The Positivism Paradigm of Research"


def test_a_corrigendum_s_bracketed_citation_of_its_paper_is_part_of_its_title() -> None:
    """The year in "[J Hepatol 80 (2024) 212-221]" is the paper's, no APA year: read as one,
    the entry's own year became its volume (a false CL203)."""
    entry = parse_entry(
        [
            'Corrigendum to "Semaglutide and hepatic fat: a randomised trial" [J Hepatol 80 '
            "(2024) 212-221]. J Hepatol. 2025."
        ]
    )
    assert entry.title == (
        'Corrigendum to "Semaglutide and hepatic fat: a randomised trial" [J Hepatol 80 (2024) '
        "212-221]"
    )
    assert (entry.journal, entry.year, entry.volume) == ("J Hepatol", 2025, None)


def test_a_retracted_in_note_is_no_part_of_the_entry() -> None:
    entry = parse_entry(
        [
            "Zhou W, Liang M. Long non-coding RNA HOTAIR-7 promotes gastric cancer invasion. "
            "Sci Rep. 2019;9(1):5611. Retracted in: Sci Rep. 2023;13(1):18842."
        ]
    )
    assert (entry.journal, entry.year, entry.volume, entry.pages) == ("Sci Rep", 2019, "9", "5611")


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        (
            "PRAISE-HF Trial Investigators, K. Osei, M.J. Lindgren, et al.",
            ["PRAISE-HF Trial Investigators", "Osei K", "Lindgren MJ"],
        ),
        ("Nordic Heart Failure Study Group", ["Nordic Heart Failure Study Group"]),
    ],
)
def test_sciencedirects_lines_led_by_a_group_keep_the_people_out_of_the_title(
    authors: str, names: list[str]
) -> None:
    """user20 P1 3: the group's line ran into the title, and the title's search found nothing."""
    entry = parse_entry(
        [
            authors,
            "Colchicine after an episode of acute decompensated heart failure",
            "Eur. J. Heart Fail., 25 (2023), pp. 410-419",
        ]
    )
    assert entry.authors == names
    assert entry.title == "Colchicine after an episode of acute decompensated heart failure"
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Eur. J. Heart Fail.",
        2023,
        "25",
        "410-419",
    )


def test_a_title_wrapped_over_sciencedirects_lines_is_no_group() -> None:
    entry = parse_entry(
        [
            "A randomised study of colchicine",
            "after acute decompensated heart failure",
            "Eur. J. Heart Fail., 25 (2023), pp. 410-419",
        ]
    )
    assert entry.authors != ["A randomised study of colchicine"]


@pytest.mark.parametrize(
    ("text", "title", "fields"),
    [
        (  # IEEE: a supplement for the issue
            'A. B. Okoro et al., "9. Pharmacologic approaches to glycemic treatment: Standards '
            'of Care in Diabetes—2024," Diabetes Care, vol. 47, suppl. 1, pp. S158–S178, '
            "Jan. 2024.",
            "9. Pharmacologic approaches to glycemic treatment: Standards of Care in Diabetes—2024",
            ("Diabetes Care", 2024, "47", "suppl. 1", "S158–S178"),
        ),
        (  # IEEE: a Cochrane review, no volume
            'F. Achterberg et al., "Inspiratory muscle training before lung resection for adults '
            'with lung cancer," Cochrane Database Syst. Rev., no. 3, Art. no. CD099101, '
            "Mar. 2019.",
            "Inspiratory muscle training before lung resection for adults with lung cancer",
            ("Cochrane Database Syst. Rev.", 2019, None, "3", "CD099101"),
        ),
        (  # IEEE: an erratum's notice, no authors
            '"Correction: Cash transfers and childhood stunting in rural Malawi," PLoS Med., '
            "vol. 17, no. 5, Art. no. e1003190, May 2020.",
            "Correction: Cash transfers and childhood stunting in rural Malawi",
            ("PLoS Med.", 2020, "17", "5", "e1003190"),
        ),
    ],
)
def test_ieee_sources_beyond_volume_number_and_pages(
    text: str, title: str, fields: tuple[str, int, str | None, str, str]
) -> None:
    """user21 #2, #10: the journal had been read as "47, suppl. 1, pp. S158–S178, Jan", the
    Cochrane title as running on into its source."""
    entry = parse_entry([text])
    assert entry.title == title
    assert (entry.journal, entry.year, entry.volume, entry.issue, entry.pages) == fields


@pytest.mark.parametrize(
    "text",
    [
        # BMJ: the group in a sentence of its own after "et al."
        "Whitaker J, Osei K, Lundqvist A, et al. HIPTXA Trial Collaborative Group. Tranexamic "
        "acid for older adults undergoing hip fracture surgery. N Engl J Med 2023;388:2134-44.",
        # Diabetes Care: "et al., on behalf of ..."
        "Whitaker J, Osei K, Lundqvist A, et al., on behalf of the HIPTXA Investigators. "
        "Tranexamic acid for older adults undergoing hip fracture surgery. N Engl J Med "
        "2023;388:2134-44.",
    ],
)
def test_a_group_sentence_after_the_names_is_no_part_of_the_title(text: str) -> None:
    """user21 #6, #7: the group's name had begun the title searched for (CL201, CL204)."""
    entry = parse_entry([text])
    assert entry.title == "Tranexamic acid for older adults undergoing hip fracture surgery"
    assert entry.authors[:2] == ["Whitaker J", "Osei K"]
    assert (entry.journal, entry.year, entry.volume) == ("N Engl J Med", 2023, "388")


def test_a_group_sentence_before_a_translated_title_is_no_part_of_the_title() -> None:
    """review24b P2-2: only NLM's "[Updated ...]" note keeps the sentence before it; a title
    PubMed translated is in brackets too."""
    entry = parse_entry(
        [
            "Zhou Y, Liang X. Chinese Society of Hepatology. [Guidelines for the management of "
            "chronic hepatitis B]. Zhonghua Gan Zang Bing Za Zhi. 2019;27(12):938-961."
        ]
    )
    assert entry.title == "[Guidelines for the management of chronic hepatitis B]"
    assert entry.journal == "Zhonghua Gan Zang Bing Za Zhi"


def test_diabetes_cares_own_form_group_then_a_numbered_title() -> None:
    entry = parse_entry(
        [
            "Okoro U, Bright L, Salas D, et al., on behalf of the American Diabetes "
            "Association. 9. Pharmacologic Approaches to Glycemic Treatment: Standards of Care "
            "in Diabetes—2024. Diabetes Care 2024;47(Suppl. 1):S158–S178"
        ]
    )
    assert entry.title == (
        "9. Pharmacologic Approaches to Glycemic Treatment: Standards of Care in Diabetes—2024"
    )
    assert (entry.journal, entry.year, entry.issue) == ("Diabetes Care", 2024, "Suppl. 1")


@pytest.mark.parametrize(
    "text",
    [
        "Whitaker J, Osei K. Report of the Task Force. Lancet. 2020;1:2-3.",
        # a Title Case title ending in a group's word, then a dotted journal
        "Okoro U, Bright L, et al. Recommendations for Variant Classification From the "
        "ClinGen Expert Panel. Am. J. Hum. Genet. 2024;111(9):2044-2058.",
    ],
)
def test_a_title_that_looks_like_a_group_stays_the_title(text: str) -> None:
    entry = parse_entry([text])
    assert entry.title is not None
    assert entry.title.startswith(("Report of", "Recommendations for"))


def test_harvard_group_before_the_year_and_a_quoted_title() -> None:
    """user21 #8: the title had been read as "HIPTXA Trial Collaborative Group 'Tranexamic"."""
    entry = parse_entry(
        [
            "HIPTXA Trial Collaborative Group (2023) 'Tranexamic acid for older adults "
            "undergoing hip fracture surgery', New England Journal of Medicine, 388(23), "
            "pp. 2134–2144. doi:10.5555/shapes.39950023."
        ]
    )
    assert entry.title == "Tranexamic acid for older adults undergoing hip fracture surgery"
    assert entry.authors == ["HIPTXA Trial Collaborative Group"]
    assert (entry.journal, entry.year, entry.volume) == (
        "New England Journal of Medicine",
        2023,
        "388",
    )


@pytest.mark.parametrize("supplement", ["", " (Suppl. 2)", " (Suppl 2)"])
def test_a_nature_style_esc_abstract_number_is_its_locus(supplement: str) -> None:
    """entries22 left nature.txt:31: the abstract number "ehac544.1043" was no locus, so the
    names stayed in the title searched for (a false CL201, "possibly fabricated")."""
    entry = parse_entry(
        [
            "Mbeki, T. N. & Halvorsen, K. E. Congestion at discharge and readmission after "
            f"acute heart failure. Eur. Heart J. 44{supplement}, ehad655.1187 (2023)."
        ]
    )
    assert entry.title == "Congestion at discharge and readmission after acute heart failure"
    assert entry.authors == ["Mbeki TN", "Halvorsen KE"]
    assert (entry.journal, entry.volume, entry.pages) == ("Eur. Heart J", "44", "ehad655.1187")
    assert looks_like_an_abstract(entry)
    assert entry_kind(entry) != JOURNAL_ARTICLE


def test_a_nature_style_e_locator_is_its_locus_and_no_abstract() -> None:
    entry = parse_entry(
        [
            "Mbeki, T. N. & Halvorsen, K. E. Congestion at discharge and readmission after "
            "acute heart failure. Eur. Heart J. 44, ehad655 (2023)."
        ]
    )
    assert entry.authors == ["Mbeki TN", "Halvorsen KE"]
    assert (entry.volume, entry.pages) == ("44", "ehad655")
    assert entry_kind(entry) == JOURNAL_ARTICLE


def test_nature_reply_letter_keeps_reply_in_its_title() -> None:
    """user21 #15: "Reply." had been read into the journal."""
    entry = parse_entry(
        [
            "Whitaker, J. & Osei, K. Tranexamic acid in hip fracture surgery. Reply. N. Engl. "
            "J. Med. 389, 1342–1343 (2023)."
        ]
    )
    assert entry.title == "Tranexamic acid in hip fracture surgery. Reply"
    assert entry.journal == "N. Engl. J. Med"


def test_a_sici_doi_in_an_address_is_no_part_of_the_journal() -> None:
    """user21 #9: "<857::AID-SIM777>3.0.CO;2-E", cut from the address, had been the journal."""
    entry = parse_entry(
        [
            "Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: "
            "Comparison of seven methods. Statistics in Medicine, 17(8), 857–872. "
            "https://doi.org/10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E"
        ]
    )
    assert entry.journal == "Statistics in Medicine"
    assert entry.doi == "10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E"


def test_an_unsigned_notice_opening_with_its_year_in_brackets() -> None:
    """Cell's lists print an erratum with no authors, its year first: "(2022). Correction:
    ..."; the year had begun the title searched for."""
    entry = parse_entry(
        [
            "(2022). Correction: Left atrial strain predicts atrial fibrillation after cardiac "
            "surgery: a prospective cohort. Front. Cardiovasc. Med. 9, 1012345."
        ]
    )
    assert entry.year == 2022
    assert entry.title == (
        "Correction: Left atrial strain predicts atrial fibrillation after cardiac surgery: a "
        "prospective cohort"
    )
    assert (entry.journal, entry.volume, entry.pages) == ("Front. Cardiovasc. Med", "9", "1012345")


@pytest.mark.parametrize("tail", ["JAMA Intern Med 182: 690", "JAMA Intern Med 182(6): 690."])
def test_an_unsigned_notice_in_harvard_shape_opens_with_its_bare_year(tail: str) -> None:
    """user32a P1-5: NICE's and Harvard's "(2022) Error in Figure 2. JAMA Intern Med 182: 690"
    has no stop after the year: it was read into the title, and the notice was "possibly
    fabricated" (CL201)."""
    entry = parse_entry([f"(2022) Error in Figure 2. {tail}"])
    assert (entry.year, entry.title, entry.journal) == (
        2022,
        "Error in Figure 2",
        "JAMA Intern Med",
    )
    assert (entry.volume, entry.pages) == ("182", "690")


def test_a_title_opening_with_a_bare_year_keeps_it() -> None:
    entry = parse_entry(
        ["2021 ESC Guidelines for the diagnosis of heart failure. Eur Heart J 42: 3599-726"]
    )
    assert entry.title == "2021 ESC Guidelines for the diagnosis of heart failure"


@pytest.mark.parametrize("date", ["2022", "2022 Jun 3"])
def test_a_journal_named_in_lower_case_after_the_title(date: str) -> None:
    """1d98880's "... adults. ecancermedicalscience. 2022;16:1401": the stop before a word in
    lower case broke no sentence, and title and journal were read as one journal."""
    entry = parse_entry(
        [
            "Nakato R, Mwale J, Osei K. Access to palliative radiotherapy among older adults. "
            f"ecancermedicalscience. {date};16:1401."
        ]
    )
    assert entry.title == "Access to palliative radiotherapy among older adults"
    assert entry.journal == "ecancermedicalscience"


def test_a_short_word_in_lower_case_after_a_stop_goes_on_the_title() -> None:
    entry = parse_entry(["Okafor C. Carbapenem resistance in E. coli. J Infect. 2022;84:12-9."])
    assert entry.title == "Carbapenem resistance in E. coli"
    assert entry.journal == "J Infect"


@pytest.mark.parametrize("date", ["2013", "2013 Jan 31"])
def test_a_cochrane_issue_named_where_the_volume_stands(date: str) -> None:
    """user21: "2013; Issue 1: CD004816" was read as the journal "... Syst Rev 2013; Issue"
    and volume 1, no year: the two versions of the review tied (CL202)."""
    entry = parse_entry(
        [
            "Taylor F, Huffman MD, Macedo AF, et al. Statins for the primary prevention of "
            f"cardiovascular disease. Cochrane Database Syst Rev. {date}; Issue 1: CD004816."
        ]
    )
    assert entry.journal == "Cochrane Database Syst Rev"
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2013, None, "1", "CD004816")


@pytest.mark.parametrize(
    "issue", ["2013; Issue 1. Art. No.: CD004816", "2013; Issue 1. Art. No. CD004816"]
)
def test_a_cochrane_issue_then_the_librarys_article_number(issue: str) -> None:
    """review22a P3-4: "2013; Issue 1. Art. No.: CD004816" was read as the title's rest and
    the journal "Art. No.: CD004816", no year."""
    entry = parse_entry(
        [
            "Venekamp RP, Sanders SL, Glasziou PP, et al. Antibiotics for acute otitis media in "
            f"children. Cochrane Database Syst Rev. {issue}."
        ]
    )
    assert entry.title == "Antibiotics for acute otitis media in children"
    assert entry.journal == "Cochrane Database Syst Rev"
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2013, None, "1", "CD004816")


@pytest.mark.parametrize(
    ("title", "last"),
    [
        ("Outbreak of bloodstream infections with Staphylococcus spp. isolates", "isolates"),
        ("Stroke prevention in older adults with apixaban vs. warfarin", "warfarin"),
    ],
)
def test_a_word_after_an_abbreviations_stop_is_no_journal(title: str, last: str) -> None:
    """review22a P3-3: the word after "spp." or "vs." was read as a journal named in lower
    case ("isolates"), the title cut before it."""
    entry = parse_entry([f"Reyes M, Okafor NC, Lindqvist P. {title}. 2022;16:1401."])
    assert entry.journal != last
    assert entry.title is None or entry.title.endswith(last)


def test_a_group_author_before_the_journal_is_no_title() -> None:
    # A footnote led by the trial's group, no title: the group read as the title was
    # compared with the record's and called another paper's (false CL204, user22 P1 6).
    entry = parse_entry(
        [
            "ASPIRE-HF Investigators. N Engl J Med 2022;386:1011-1020. https://doi.org/10.1056/NEJMoa2200001"
        ]
    )
    assert (entry.title, entry.authors, entry.journal) == (
        None,
        ["ASPIRE-HF Investigators"],
        "N Engl J Med",
    )


def test_a_title_naming_a_group_amid_its_words_stays_a_title() -> None:
    entry = parse_entry(
        ["Smith J, Roe A. Outcomes reported by trial investigators. BMJ 2020;368:m100."]
    )
    assert entry.title == "Outcomes reported by trial investigators"
