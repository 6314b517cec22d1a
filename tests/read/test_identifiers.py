"""What an entry says about itself, read without loading the network client."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citelint.models import Reference
from citelint.read import identifiers, read_text
from citelint.read.book_signs import _CHAPTER, _PUBLISHER, looks_like_a_book
from citelint.read.entries import parse_entry
from citelint.read.identifiers import (
    _NOT_INDEXED_HINTS,
    JOURNAL_ARTICLE,
    MAYBE_NOT_INDEXED,
    NOT_INDEXED,
    _hinted,
    entry_doi,
    entry_kind,
    entry_pmid,
    looks_like_a_registration,
    looks_like_an_abstract,
)


def test_identifiers_come_from_links_and_text() -> None:
    entry = Reference(1, "Spine. 2019;44:1100. doi:10.1097/BRS.TEST.", 3, 1)
    assert entry_doi(entry) == "10.1097/brs.test"
    assert entry_pmid(Reference(2, "", 4, 1, url="https://pubmed.ncbi.nlm.nih.gov/31/")) == "31"
    assert entry_kind(Reference(3, "Low back pain [Internet]. Geneva: WHO; 2023.", 5, 1)) == (
        NOT_INDEXED
    )
    # PubMed holds StatPearls' chapters: looked up, CL207 only when none matches (real20).
    statpearls = Reference(4, "Low back pain. In: StatPearls [Internet]. 2024 Jan-.", 6, 1)
    assert entry_kind(statpearls) == MAYBE_NOT_INDEXED


@pytest.mark.parametrize(
    "module", ["citelint.report.fingerprint", "citelint.pubmed.lock", "citelint.report.baseline"]
)
def test_lock_baseline_and_fingerprints_do_not_load_the_network_client(module: str) -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys, {module}; "
            "print([m for m in ('requests', 'lxml', 'citelint.pubmed.resolver')"
            " if m in sys.modules])",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert loaded.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("address", "doi"),
    [
        ("https://www.nature.com/articles/s41586-020-2012-7", "10.1038/s41586-020-2012-7"),
        ("https://www.nature.com/articles/s41467-019-13055-y.pdf", "10.1038/s41467-019-13055-y"),
        ("https://www.nature.com/articles/nature12345", "10.1038/nature12345"),
        ("https://www.nature.com/articles/nm.2345", "10.1038/nm.2345"),
        # The address drops the DOI's dots (10.1038/bjc.2011.123); news is not in PubMed.
        ("https://www.nature.com/articles/bjc2011123", None),
        ("https://www.nature.com/articles/d41586-020-00502-w", None),
    ],
)
def test_a_nature_address_names_its_doi_without_the_prefix(address: str, doi: str) -> None:
    """fix13 left: Nature's addresses carry the DOI without "10.1038/", and were not read."""
    raw = (
        "Zhou P, Yang XL, Wang XG, et al. A pneumonia outbreak associated with a new "
        f"coronavirus of probable bat origin. Nature. 2020;579(7798):270-273. {address}"
    )
    assert parse_entry([raw]).doi == doi
    page = f"Bats ([Zhou et al. 2020]({address})).\n"
    assert [c.identifier for c in read_text(page, "a.md", "md").inline] == ([doi] if doi else [])


def test_a_journal_article_cited_by_its_publisher_link_is_looked_up() -> None:
    # Answer pages list sources as "Title - Journal <link>" with no volume or pages.
    raw = (
        "Aspirin Use to Prevent Cardiovascular Disease: US Preventive Services Task Force "
        "Recommendation Statement - JAMA https://jamanetwork.com/journals/jama/fullarticle/2791399"
    )
    url = "https://jamanetwork.com/journals/jama/fullarticle/2791399"
    assert entry_kind(Reference(1, raw, 10, 1, url=url)) != NOT_INDEXED
    clinic = Reference(
        2, "Aspirin: who should take it - https://example-clinic.org/aspirin-faq", 11, 1
    )
    clinic.url = "https://example-clinic.org/aspirin-faq"
    assert entry_kind(clinic) == NOT_INDEXED


def kind_of(text: str) -> str:
    return entry_kind(parse_entry(text.split("\n")))


@pytest.mark.parametrize(
    "text",
    [
        "Harrison's Principles of Internal Medicine. 20th ed. New York: McGraw-Hill; 2018.",
        "Jameson JL, Fauci AS, eds. Harrison's Principles of Internal Medicine. 20th ed. "
        "New York: McGraw-Hill; 2018.",
        "Firestein GS. Etiology of rheumatoid arthritis. In: Firestein GS, Budd RC, eds. "
        "Kelley's Textbook of Rheumatology. Philadelphia: Elsevier; 2017:1115-1166.",
        "Smith, J. A. (2019). Pain after spinal surgery. In A. B. Jones & C. Lee (Eds.), "
        "Handbook of perioperative medicine (pp. 45-67). Springer.",
        "Nguyen TH. Balance training in lumbar stenosis [dissertation]. Boston (MA): Boston "
        "University; 2019.",
        "Okafor CE. Walking after decompression surgery. PhD thesis, University of Leeds, 2021.",
        "World Health Organization. Global tuberculosis report 2023. Geneva: World Health "
        "Organization; 2023.",
        "Agency for Healthcare Research and Quality. Noninvasive treatments for low back pain. "
        "Comparative Effectiveness Review No. 169. Rockville (MD): AHRQ; 2016.",
        "Mayo Clinic Staff. Spinal stenosis. Mayo Clinic website. Accessed January 5, 2025.",
        "Briggs A, Sculpher M. Decision Modelling for Health Economic Evaluation. Oxford: "
        "Oxford University Press; 2006.",
        # A publisher's initials with their full stops (user23 P1-1: "possibly fabricated").
        "National Center for Health Statistics. Health, United States, 2021: annual "
        "perspective. Hyattsville, MD: U.S. Department of Health and Human Services; 2022.",
        "Guyton AC, Hall JE. Textbook of renal physiology. Philadelphia: W.B. Saunders; 1998.",
        # A web page's own date in brackets, its site without "https://" (user28a P1-9).
        'NHS. "Asthma - Treatment." nhs.uk/conditions/asthma/treatment/ (reviewed 2024).',
        'MedlinePlus. "Asthma in adults - what to ask your doctor." medlineplus.gov (updated '
        "2025).",
        # NLM's square brackets (review28a P3).
        "NHS. Asthma - treatment. nhs.uk/conditions/asthma/treatment/ [updated 2024 Jan 5].",
        "Asthma UK. Asthma in adults. asthma.org.uk [reviewed 2024].",
    ],
)
def test_books_chapters_theses_reports_and_web_pages_are_not_looked_up(text: str) -> None:
    assert kind_of(text) == NOT_INDEXED


@pytest.mark.parametrize(
    "text",
    [
        "Lesley A. Sharp, Strange Harvest: Organ Transplants, Denatured Bodies, and the "
        "Transformed Self (Berkeley: University of California Press, 2006), 45.",
        "Rebecca Skloot, The Immortal Life of Henrietta Lacks (New York: Crown, 2010), 112–14.",
    ],
)
def test_a_chicago_book_note_is_not_looked_up(text: str) -> None:
    """Chicago gives a book's publisher in brackets with its place and year: looked up as an
    article, such a note was "possibly fabricated" (CL201)."""
    assert kind_of(text) == NOT_INDEXED


@pytest.mark.parametrize(
    "text",
    [
        "Castellane M. Nivolumab in gastric cancer. J Clin Oncol. 2021;39(suppl 15; abstr 4012).",
        "Castellane M. Nivolumab in gastric cancer. J Clin Oncol. 2021;39(15_suppl):4012.",
    ],
)
def test_an_asco_abstract_is_looked_up_but_never_called_fabricated(text: str) -> None:
    """ASCO's abstracts, cited by supplement and number, are not in PubMed: not found, they
    are CL207's to check by hand, not CL201's."""
    assert kind_of(text) == MAYBE_NOT_INDEXED


def test_a_book_with_a_doi_is_looked_up_but_never_called_fabricated() -> None:
    text = (
        "Institute of Medicine. Dietary Reference Intakes for Calcium and Vitamin D. "
        "Washington, DC: The National Academies Press; 2011. doi:10.17226/13050."
    )
    assert kind_of(text) == MAYBE_NOT_INDEXED


@pytest.mark.parametrize(
    "text",
    [
        "Huang X. A picture book intervention for childhood anxiety. JAMA Netw Open. "
        "2023;6(2):e2254102.",
        "Boland GM. Guideline adherence and survival in colon cancer. BMJ. 2015;350:h2102.",
        "Espinoza J. Practice Bulletin No. 222: gestational hypertension. Obstet Gynecol. 2020.",
        "Patel N. Case report: a rare cause of stroke. Chest. 2018;153(2):e33-e36.",
        "Smith J. Pain: Treatment updates; 2019 edition of the consensus. Pain. 2020;161:1-9.",
        "Jones A. Erratum in: Lancet. 2020;395:100. Lancet. 2019;394:50-9.",
        "Ortiz R. Vitamin D: a trial of vitamin D. Am J Med; 2019.",
        # "Updated" and "reviewed" in an article's own title, not in brackets with a date.
        "Lee K. Updated guidance (reviewed by 12 societies) on sepsis. Crit Care Med. 2021.",
        "Wu F. Reviewed and updated 2019 criteria for gout. Ann Rheum Dis. 2020.",
    ],
)
def test_articles_that_mention_books_or_reports_are_articles(text: str) -> None:
    assert kind_of(text) == JOURNAL_ARTICLE


# The signs of a book as one pattern, as looks_like_a_book asked them before it ran the slower
# part only on entries holding one of its words: every answer must stay the same.
ONE_PATTERN = re.compile(
    r"(?=[\dedp\[mrsctwa(])(?:\b\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\b"
    r"|(?<![(\w])eds?\.(?=[,;:]?\s)|\beditors?[.,;:)]"
    r"|\[[^\]]{0,30}(?:dissertation|thesis)[^\]]{0,30}\]"
    r"|\b(?:doctoral|phd|master'?s|msc|md)\s+(?:thesis|dissertation)\b"
    r"|\b(?:report|review|series|catalogue) no\b|\btechnical report\b|\bworking paper\b"
    r"|\b(?:accessed|retrieved|cited)\b[^.;]{0,40}\b(?:19|20)\d{2}\b"
    r"|[(\[](?:(?:page )?last )?(?:reviewed|updated)\b[^.;)\]]{0,30}\b(?:19|20)\d{2}\b)",
    re.IGNORECASE,
)
SIGNS = [
    "[updated 2024 Jan 5; cited 2025 Feb 1]",
    "[Last reviewed 2023]",
    "nhs.uk/conditions/asthma/ (reviewed 2024)",
    "medlineplus.gov (Updated March 2025)",
    "(page last reviewed: 12 May 2023)",
    "(last updated 2022)",
    "2nd ed. Oxford: OUP",
    "3RD\u00a0EDN Elsevier",
    "11th edition",
    "Jones A, eds., Oxford",
    "Jones A, EDS.; Oxford",
    "Jones A (editor).",
    "Jones A, Editors; 2001",
    "[doctoral THESIS]",
    "[dissertation on gait]",
    "MD thesis",
    "master's\tdissertation",
    "Report No 12",
    "SERIES NO",
    "catalogue no",
    "Technical Report",
    "a WORKING PAPER of 2019",
    "Accessed 5 March 2021",
    "retrieved on 1 January 1999",
    "Cited 2020",
    # Letters that match another in IGNORECASE only: long s, dotless and dotted i.
    "2nd ed\u017f. Oxford",
    "Jones A, ed\u017f. Oxford",
    "Jones A, ed\u017f.\u00a0Oxford",
    "th\u0131sis]",
    "[doctoral the\u017fis]",
    "ACCE\u017fSED 2021",
    "c\u0130ted 2020",
    "Report No. 169",
    "https://example.org 2019 cited",
]


@pytest.mark.parametrize("text", SIGNS)
def test_each_sign_of_a_book_is_seen_as_one_pattern_sees_it(text: str) -> None:
    for shown in (text, f"Smith J. A study. {text} Journal 2019", text.upper(), text.lower()):
        entry = Reference(1, shown, 1, 1)
        expected = bool(ONE_PATTERN.search(shown) or _CHAPTER.search(shown))
        assert looks_like_a_book(entry) == (expected or bool(_PUBLISHER.search(shown)))


@given(st.lists(st.sampled_from([*SIGNS, " ", ".", "x", "2019", "ed", "Ed.", "s", "\u017f"])))
def test_signs_of_a_book_in_any_text_are_seen_as_one_pattern_sees_them(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    expected = ONE_PATTERN.search(text) or _CHAPTER.search(text) or _PUBLISHER.search(text)
    assert looks_like_a_book(Reference(1, text, 1, 1)) == bool(expected)


@given(
    st.lists(
        st.sampled_from(
            ["guidelines", "book", "handbook", "textbook", "consensus statement", "fact sheet"]
            + ["position statement", "website", "web page", "web", "page", " ", "x", "-", "s"]
        )
    )
)
def test_the_words_of_unindexed_works_are_found_as_their_pattern_finds_them(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    assert _hinted(text) == bool(_NOT_INDEXED_HINTS.search(text))


@pytest.mark.parametrize(
    "text",
    [
        "Horby P, Lim WS, Emberson J, et al. Effect of dexamethasone in hospitalized patients "
        "with COVID-19: preliminary report. medRxiv. Preprint posted online June 22, 2020. "
        "doi:10.1101/2020.06.22.20137273",
        "Okafor N, Tran HL. Walking after hip fracture. Research Square. 2023. "
        "doi:10.21203/rs.3.rs-1234567/v1",
        "Veklury (remdesivir) [package insert]. Gilead Sciences Inc; 2020.",
        "Eliquis (apixaban) prescribing information. Bristol-Myers Squibb; 2021.",
    ],
)
def test_preprints_and_drug_labels_are_looked_up_but_never_called_fabricated(text: str) -> None:
    """A preprint PubMed lacks, or a drug's label, was "possibly fabricated" (CL201)."""
    assert kind_of(text) == MAYBE_NOT_INDEXED


def test_a_conference_abstract_in_a_supplement_is_maybe_not_indexed() -> None:
    raw = (
        "Patel R, Okafor D. Seven-day physiotherapy after hip fracture surgery [abstract]. "
        "Age Ageing. 2024;53(Suppl 2):ii45."
    )
    entry = parse_entry([raw])
    assert entry.volume and entry.pages  # located, yet an abstract PubMed seldom holds
    assert entry_kind(entry) == MAYBE_NOT_INDEXED


@pytest.mark.parametrize(
    ("address", "doi"),
    [
        ("https://www.degruyter.com/document/doi/{}/html", "10.1515/hmbci-2022-0093"),
        ("https://www.frontiersin.org/articles/{}/full", "10.3389/fphys.2018.01034"),
        ("https://journals.physiology.org/doi/full/{}/pdf", "10.1152/ajpheart.00590.2021"),
        ("https://onlinelibrary.wiley.com/doi/abs/{}", "10.1002/acr2.11476"),
    ],
)
def test_an_entry_s_doi_leaves_out_the_publisher_s_page_name(address: str, doi: str) -> None:
    """Review15 F5: "/html", "/full", "/pdf" stayed in the DOI, which then matched nothing, so
    a wrong DOI in such an entry went unchecked (inline links already dropped them)."""
    link = address.format(doi)
    entry = parse_entry([f"Tayal D. A title of some length. J Name. 2024;45(2):75-84. {link}"])
    assert entry.doi == doi


def test_a_sici_doi_is_read_whole_in_an_entry_and_in_prose() -> None:
    sici = "10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E"
    entry = parse_entry([f"Newcombe RG. Intervals. Stat Med. 1998;17(8):857-72. doi:{sici}."])
    assert entry.doi == sici
    (citation,) = read_text(f"Wilson's interval is best (doi: {sici}).\n", "a.md", "md").inline
    assert citation.identifier == sici.lower()
    # A tag after a DOI is no part of it.
    tagged = parse_entry(["Smith J. A title here. Lancet. 2019;1:2. doi:10.1056/NEJMoa1<br>"])
    assert tagged.doi == "10.1056/NEJMoa1"


@pytest.mark.parametrize(
    "text",
    [
        "Okafor C, Rossi M. Acute heart failure natriuresis cohort [dataset]. Zenodo; 2023. "
        "doi:10.5281/zenodo.1234567",
        "Okafor C, Rossi M. Natriuresis cohort data. Dryad; 2023. https://doi.org/10.5061/dryad.x1",
        "Okafor C. Heart failure registry extract [data set]. Figshare; 2022.",
    ],
)
def test_a_data_set_may_not_be_indexed(text: str) -> None:
    """user21 P1 12: a Zenodo data set got CL201 "PubMed has no record with DOI ...
    possibly fabricated"; looked up (by its DOI too), not found it is CL207's."""
    assert entry_kind(parse_entry([text])) == MAYBE_NOT_INDEXED


def test_an_article_is_still_an_article_beside_data_set_words() -> None:
    text = (
        "Okafor C. A dataset of heart failure admissions: a cohort. Eur J Heart Fail. "
        "2022;24(3):412-20. doi:10.5555/ejhf.2022.412"
    )
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


@pytest.mark.parametrize(
    "text",
    [
        "National Institute for Health and Care Excellence, Chronic heart failure in adults: "
        "diagnosis and management (NG106), NICE, London, 2018.",
        "National Institute for Health and Care Excellence. Chronic Heart Failure in Adults: "
        "Diagnosis and Management (NICE, 2018).",
    ],
)
def test_nice_guidance_in_elsevier_and_nature_forms_may_not_be_indexed(text: str) -> None:
    """user21 P1 14: read as an article, NICE's guidance was "possibly fabricated"; looked
    up (PubMed holds some as Bookshelf records), not found it is CL207's."""
    assert entry_kind(parse_entry([text])) == MAYBE_NOT_INDEXED


def test_a_nice_summary_in_a_journal_is_an_article() -> None:
    text = (
        "National Institute for Health and Care Excellence. Chronic heart failure in adults: "
        "summary of updated NICE guidance. BMJ. 2018;363:k4524."
    )
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


@pytest.mark.parametrize(
    "text",
    [
        "Okafor C, Rossi M. Early natriuresis-guided diuretic therapy in acute heart failure. "
        "Eur Heart J. 2022;43(suppl 2):ehac544.1043. Abstract.",
        "Okafor C, Rossi M. Early natriuresis-guided diuretic therapy in acute heart failure. "
        "Eur Heart J. 2022;43(Suppl 2):ehac544.1043.",
        "Okafor C, Rossi M. Early natriuresis-guided diuretic therapy in acute heart failure "
        "(abstr). Eur Heart J 2022; 43 (suppl 2): ehac544.1043.",
        "Rossi M. Early decongestion strategies. Paper presented at: Heart Failure 2023, Annual "
        "Congress of the Heart Failure Association of the ESC; May 20-23, 2023; Prague.",
    ],
)
def test_conference_abstracts_are_looked_up_but_not_fabricated(text: str) -> None:
    """user21 P1 4: not found, each was CL201 "possibly fabricated"; now CL207's."""
    entry = parse_entry([text])
    assert entry_kind(entry) != JOURNAL_ARTICLE
    assert looks_like_an_abstract(entry)


def test_an_articles_e_locator_is_no_abstract_number() -> None:
    # In a regular issue: a supplement would make it maybe an abstract (user25 P1 1).
    text = (
        "Okafor C, Rossi M. Natriuresis-guided diuretic therapy in acute heart failure. "
        "Eur Heart J. 2022;43(30):ehac544."
    )
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


# user25 P1 1: abstracts printed in a supplement, cited as AMA and Vancouver cite them; not
# found, each was CL201 "possibly fabricated".
SUPPLEMENT_ABSTRACTS = [
    "Lindqvist M, Osei K, Brandt H. Early insulin needs in steroid-treated pneumonia "
    "[abstract 1187]. Diabetes. 2021;70(Suppl 1):1187-P.",
    "Haddad S, Moreau L. Natriuretic peptide response after transcatheter valve repair. "
    "Circulation. 2022;146(Suppl 1):A11873.",
    "Brandt H, Osei K. Remote monitoring of pulmonary pressure in older adults. "
    "J Am Coll Cardiol. 2023;81(8 Suppl):1234.",
    "Ferreira P, Kowalczyk A. Flare rates after tapering biologic therapy. Ann Rheum Dis. "
    "2022;81(Suppl 1):POS0123.",
    "Osei K, Haddad S. Prone positioning outside intensive care. Am J Respir Crit Care Med. "
    "2021;203:A2471.",
    "Moreau L. Venous thrombosis in myeloma on lenalidomide. Blood 2020;136 Suppl 1:1234-5.",
    "Kowalczyk A, Ferreira P. Liver stiffness after viral clearance. J Hepatol. "
    "2021;75(Suppl 2):S345-S346.",
]


@pytest.mark.parametrize("text", SUPPLEMENT_ABSTRACTS)
def test_abstracts_in_a_supplement_are_looked_up_but_not_fabricated(text: str) -> None:
    entry = parse_entry([text])
    assert entry_kind(entry) == MAYBE_NOT_INDEXED
    assert looks_like_an_abstract(entry)


@pytest.mark.parametrize(
    "text",
    [
        "Haddad S, Moreau L. Dietary supplement use in heart failure. Circulation. "
        "2022;146(12):1001-9.",
        "Brandt H. Vitamin D supplementation in 2 cohorts. BMJ. 2021;373:n1234.",
        "Osei K. Troponin at 3 hours. JAMA Netw Open. 2020;3(5):e205555.",
    ],
)
def test_articles_naming_supplements_or_e_locators_are_articles(text: str) -> None:
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


@pytest.mark.parametrize(
    "text",
    [
        "Lindqvist M, Osei K. Rosuvastatin and cardiovascular outcomes in older adults: a "
        "randomized trial. Lancet. 2021;397(Suppl 1):S12-S20.",
        "Moreau L. Dosing of vancomycin in obese adults. Clin Infect Dis. 2016;62 Suppl 1:S45-S50.",
        "Haddad S, Brandt H. Hemodynamic effects of levosimendan in septic shock. "
        "BMJ. 2008;337:a1840.",
    ],
)
def test_a_paper_in_a_supplement_or_a_bmj_e_locator_is_an_article(text: str) -> None:
    # review25a F1: not found, each was CL207 "conference abstract", not CL201.
    entry = parse_entry([text])
    assert entry_kind(entry) == JOURNAL_ARTICLE
    assert not looks_like_an_abstract(entry)


# user25 P1 5 and 9: a trial's registration cited as an entry; not found, each was CL201.
REGISTRATIONS = [
    "ClinicalTrials.gov NCT04381936",
    "RECOVERY Collaborative Group. Randomised Evaluation of COVID-19 Therapy (RECOVERY). "
    "ISRCTN registry. ISRCTN50189673. https://doi.org/10.1186/ISRCTN50189673",
    "EU Clinical Trials Register. EudraCT Number 2020-001113-21. Randomised evaluation of "
    "COVID-19 therapy.",
    "Clinical Trials Information System. CTIS 2023-503456-12-00. Early rhythm control.",
    "Chinese Clinical Trial Registry. ChiCTR2000029308. Lopinavir in adults with pneumonia.",
    "German Clinical Trials Register. DRKS00012345. Exercise after cardiac surgery.",
    "Australian New Zealand Clinical Trials Registry. ACTRN12620000445976.",
    "Clinical Trials Registry-India. CTRI/2020/05/025114.",
    "UMIN Clinical Trials Registry. UMIN000012345. Early mobilisation after stroke.",
    "Japan Registry of Clinical Trials. jRCTs031190022.",
    "Pan African Clinical Trials Registry. PACTR202006537901300.",
]


@pytest.mark.parametrize("text", REGISTRATIONS)
def test_a_trial_registration_is_looked_up_but_not_fabricated(text: str) -> None:
    entry = parse_entry([text])
    assert entry_kind(entry) == MAYBE_NOT_INDEXED
    assert looks_like_a_registration(entry)


def test_an_article_giving_its_registration_number_is_an_article() -> None:
    entry = parse_entry(
        [
            "Haddad S, Moreau L, Osei K. Dapagliflozin after transcatheter valve repair. "
            "N Engl J Med. 2023;388:1501-12. ClinicalTrials.gov number, NCT04381936."
        ]
    )
    assert entry_kind(entry) == JOURNAL_ARTICLE
    assert not looks_like_a_registration(entry)


def test_a_registry_page_giving_its_year_first_is_a_registration() -> None:
    entry = parse_entry(
        [
            "Brandt H. Early rhythm control in older adults (EARLY-AF). 2018. "
            "https://clinicaltrials.gov/study/NCT03619213"
        ]
    )
    assert looks_like_a_registration(entry)


@pytest.mark.parametrize(
    "text",
    [
        "Osei K, Haddad S, Brandt H. Dapagliflozin in anaemia of chronic kidney disease: a "
        "randomized trial. JAMA. 2021. doi:10.1001/jama.2021.99999. ClinicalTrials.gov "
        "identifier: NCT04123456.",
        "Moreau L, Lindqvist M. Long-term outcomes of transcatheter valve repair. N Engl J Med. "
        "2019 Nov 5. Epub ahead of print. NCT03333333.",
    ],
)
def test_an_article_without_pages_naming_its_registration_is_an_article(text: str) -> None:
    # review25a F2: not found, each was CL207 "trial registration", not CL201.
    entry = parse_entry([text])
    assert entry_kind(entry) == JOURNAL_ARTICLE
    assert not looks_like_a_registration(entry)


def test_an_article_noting_where_it_was_presented_is_an_article() -> None:
    # review21b P2-4: a made-up article with full volume and pages became CL207's, not CL201.
    entry = parse_entry(
        [
            "Okafor C, Rossi M. Natriuresis-guided diuretic therapy in acute heart failure. "
            "N Engl J Med. 2022;386:1201-12. Presented at the ESC Congress, Barcelona, 2022."
        ]
    )
    assert entry_kind(entry) == JOURNAL_ARTICLE
    assert not looks_like_an_abstract(entry)


SEARCHED_ABSTRACT_PAGE = re.compile(
    r"(?=:)(?<=[\d)]):\s*(?:a\d{3,5}|\d{2,5}-p|pos\d{3,4}|lba?\d{1,4})\b"
)


@settings(max_examples=3000)
@given(st.text(alphabet=list(":)( 0123456789aposlbx-\t.;٣١\u00a0"), max_size=40))
def test_an_abstract_page_is_found_at_the_colons_as_a_search_finds_it(text: str) -> None:
    """abstract_page matches only at each colon after a digit or ")", where a search tried
    every character; both find the same first match."""
    from citelint.read.identifiers import abstract_page

    searched = SEARCHED_ABSTRACT_PAGE.search(text)
    found = abstract_page(text)
    assert (found and (found.span(), found.group())) == (
        searched and (searched.span(), searched.group())
    )
    assert abstract_page("diabetes. 2021;70(suppl 1):1187-p.") is not None


@pytest.mark.parametrize(
    ("keys", "marks"),
    [
        (identifiers._UNCERTAIN_KEYS, identifiers._UNCERTAIN_MARKS),
        (identifiers._DATA_SET_KEYS, identifiers._DATA_SET_MARKS),
    ],
)
def test_every_mark_holds_a_key_so_a_text_without_keys_holds_no_mark(
    keys: tuple[str, ...], marks: tuple[str, ...]
) -> None:
    # The keys spare a text the marks' scans: a mark holding no key would go unseen.
    assert all(any(key in mark for key in keys) for mark in marks)


@pytest.mark.parametrize(
    "text",
    [
        "Poster [meeting abstract]. Circulation. 2021.",
        "Lee K. Trial results. medRxiv. 2021. Posted June 3.",
        "Zenodo archive 10.5281/zenodo.1234 [dataset].",
        "Halvorsen KE. Stimulation for claudication. Neuromodulation. 2019.",
    ],
)
def test_the_keyed_test_answers_as_scanning_every_mark(text: str) -> None:
    lowered = text.lower()
    for keys, marks in (
        (identifiers._UNCERTAIN_KEYS, identifiers._UNCERTAIN_MARKS),
        (identifiers._DATA_SET_KEYS, identifiers._DATA_SET_MARKS),
    ):
        expected = any(mark in lowered for mark in marks)
        assert identifiers._holds_any_of(lowered, keys, marks) is expected
