"""Entries whose title was read with words of another field: a Manubot byline ended by "et
al.", a page title's site name after an address, and the authors after a title (user19 P1 3,
5 and 7). Read with them, the right PMID or DOI was called another paper's (CL204)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.read import read_path, read_text
from citelint.read.entries import parse_entry
from citelint.read.title_readings import title_first

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


# -- Manubot: the authors' line ends in "et al." ----------------------------------------------


@pytest.mark.parametrize("et_al", [", et al.", " et al.", ", et al"])
def test_a_manubot_byline_ended_by_et_al_is_no_part_of_the_title(et_al: str) -> None:
    entry = parse_entry(
        [
            "Gait at home and in the clinic in Parkinson disease",
            f"Hanna Kowalski, Jun Watanabe, Peter Obi{et_al}",
            "Movement Disorders (2018-01-10) https://doi.org/gd3kx2",
            "DOI: 10.1002/mds.27200 https://doi.org/10.1002/mds.27200 · PMID: 29000001",
        ]
    )
    assert entry.title == "Gait at home and in the clinic in Parkinson disease"
    assert entry.authors == ["Hanna Kowalski", "Jun Watanabe", "Peter Obi"]
    assert (entry.journal, entry.year) == ("Movement Disorders", 2018)


@pytest.mark.parametrize("et_al", [", et al.", ""])
@pytest.mark.parametrize(
    "title",
    [
        "Influenza hospitalizations among adults - FluSurv-NET, 12 States, October 1-31, 2022",
        "Falls among older adults at home",
    ],
)
def test_a_manubot_byline_of_initials_stays_the_byline(title: str, et_al: str) -> None:
    """user32a P1-4: names written "Garg S, Kim L" read as PubMed's listing ("Title." /
    "Authors." / "Source."), the byline was taken for the title and the title for the
    journal: the right PMID was called another paper's (CL204)."""
    entry = parse_entry(
        [
            f"**{title}**  ",
            f"Okafor N, Lindgren E, Tran HL{et_al}  ",
            "*MMWR. Morbidity and Mortality Weekly Report* (2022-11-18) "
            "<https://doi.org/10.15585/mmwr.mm7146a1>  ",
        ]
    )
    assert (entry.title, entry.authors) == (title, ["Okafor N", "Lindgren E", "Tran HL"])
    assert (entry.journal, entry.year) == ("MMWR. Morbidity and Mortality Weekly Report", 2022)


def test_pubmeds_own_listing_still_reads_its_authors_line() -> None:
    entry = parse_entry(
        [
            "Falls among older adults at home.",
            "Okafor N, Lindgren E, Tran HL.",
            "Age Ageing. 2021;50(3):812-20.",
        ]
    )
    assert (entry.title, entry.authors[0], entry.journal) == (
        "Falls among older adults at home",
        "Okafor N",
        "Age Ageing",
    )


def test_a_manubot_page_with_et_al_bylines_reads_every_entry_apart() -> None:
    document = read_path(PAGES / "manubot-et-al.html")
    [first, *_, last] = document.references
    assert len(document.references) == 5
    assert first.title == "Low-dose aspirin for preventing recurrent venous thromboembolism"
    assert first.authors == ["Timothy A Brighton", "John W Eikelboom", "Kristy Mann"]
    assert (first.journal, first.year) == ("New England Journal of Medicine", 2012)
    assert (first.pmid, first.doi) == ("23121403", "10.1056/nejmoa1210384")
    assert last.title == "CMR-based cardiac phenotyping in different forms of heart failure"
    assert last.journal == "The International Journal of Cardiovascular Imaging"
    assert last.year == 2024


# -- A source as an address and the page's quoted title -----------------------------------------

SITE_NAMES = [
    ("https://www.nejm.org/doi/full/10.1056/NEJMoa0000001", "| New England Journal of Medicine"),
    ("https://www.bmj.com/content/380/bmj-2022-072001", "| The BMJ"),
    ("https://jamanetwork.com/journals/jama/fullarticle/2800001", "| JAMA | JAMA Network"),
    ("https://www.nature.com/articles/s41591-023-00001-1", "| Nature Medicine"),
    ("https://academic.oup.com/cid/article/76/2/342/67001", "| Clin Infect Dis | Oxford Academic"),
    ("https://www.mayoclinic.org/diseases-conditions/gout/syc-20372897", "- Mayo Clinic"),
    ("https://pubmed.ncbi.nlm.nih.gov/30000001/", "- PubMed"),
    ("https://www.nejm.org/doi/full/10.1056/NEJMoa0000001", "| NEJM"),
]  # fmt: skip


@pytest.mark.parametrize(("address", "site"), SITE_NAMES)
def test_a_page_titles_site_name_is_no_part_of_the_title(address: str, site: str) -> None:
    title = "Colchicine in Patients with Gout Flares Treated in the Emergency Department"
    entry = parse_entry([f'{address} "{title} {site}"'])
    assert entry.title == title
    assert entry.journal is None
    # The whole quoted text stays a reading, should the last part be the title's own.
    assert [reading.title for reading in entry.alternatives] == [f"{title} {site}"]


@pytest.mark.parametrize("after", [" : Spine", " : Critical Care Medicine | LWW"])
def test_an_lww_page_titles_journal_after_a_spaced_colon_is_no_part_of_the_title(
    after: str,
) -> None:
    """real21 (titles19 left): Wolters Kluwer's "Title : Journal | Site" kept " : Journal"."""
    title = "Paraspinal muscle fat infiltration and outcomes after lumbar fusion: a cohort study"
    address = "https://journals.lww.com/spinejournal/abstract/2021/07150/paraspinal.7.aspx"
    entry = parse_entry([f'{address} "{title}{after}"'])
    assert entry.title == title
    assert [reading.title for reading in entry.alternatives] == [title + after]
    # Elsewhere a spaced colon is the title's own (French titles write one).
    french = "Prise en charge de la bronchiolite : Actualisation Pratique"
    other = parse_entry([f'https://www.em-consulte.com/article/1 "{french}"'])
    assert other.title == french


@pytest.mark.parametrize(
    "quoted",
    [
        # A dash inside a title, the words after it no name of the address's site.
        "Heart failure with preserved ejection fraction - Diagnosis and Treatment",
        # No bar or dash at all.
        "Colchicine in Patients with Gout Flares Treated in the Emergency Department",
    ],
)
def test_a_page_title_without_a_site_name_is_left_whole(quoted: str) -> None:
    address = "https://www.ahajournals.org/doi/10.1161/CIR.0000000000000001"
    entry = parse_entry([f'{address} "{quoted}"'])
    assert entry.title == quoted


def test_a_chatgpt_sources_list_reads_titles_without_site_names() -> None:
    document = read_path(PAGES / "answer-page-titled-sources.txt")
    titles = [reference.title for reference in document.references]
    assert titles == [
        "Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma",
        "Cardiac evaluation of patients with juvenile dermatomyositis",
        "Remdesivir Resistance in Transplant Recipients With Persistent Coronavirus Disease 2019",
        "Primary Aldosteronism: State-of-the-Art Review",
        "Sleep and the hypothalamus",
        "Leucocyte telomere length, genetic variants at the TERT gene region and risk of "
        "pancreatic cancer",
    ]


# user29a P1-14: a link picker copies the page's title alone, its topic section included.
TRIAL = "Intensive Blood Pressure Control and Memory Decline: A Randomized Clinical Trial"


@pytest.mark.parametrize(
    "site",
    [
        " | Dementia and Cognitive Impairment | JAMA | JAMA Network",
        " | JAMA | JAMA Network",
        " | JAMA",
    ],
)
def test_a_linked_page_title_alone_drops_its_section_and_site(site: str) -> None:
    html = (
        "<html><body><p>Tighter control did not lower dementia.<sup>1</sup></p>"
        "<h2>Sources</h2><ol><li><a href='https://jamanetwork.com/journals/jama/fullarticle/"
        f"2700001'>{TRIAL}{site}</a></li></ol></body></html>"
    )
    [entry] = read_text(html, "page.html", "html").references
    assert entry.title == TRIAL
    assert [reading.title for reading in entry.alternatives] == [TRIAL + site]


REVIEW = "Colchicine for preventing cardiovascular events after myocardial infarction"
ON_COCHRANE = "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD099111.pub2/full"


@pytest.mark.parametrize("site", [" - Cochrane Library", " - The Cochrane Library"])
def test_a_linked_page_title_alone_drops_a_site_after_a_dash(site: str) -> None:
    """user32a P1-7: Perplexity's "[site](link) Title - Cochrane Library": read with the
    site's name, the right DOI was called another paper's (CL204)."""
    text = f"[cochranelibrary.com]({ON_COCHRANE}) {REVIEW}{site}"
    [entry] = read_text(f"Claim [1].\n\n## Sources\n\n1. {text}\n", "a.md", "md").references
    assert entry.title == REVIEW
    assert [reading.title for reading in entry.alternatives] == [REVIEW + site]


def test_a_linked_title_whose_dash_names_no_site_stays_whole() -> None:
    title = f"{REVIEW} - a network meta-analysis"
    text = f"[cochranelibrary.com]({ON_COCHRANE}) {title}"
    [entry] = read_text(f"Claim [1].\n\n## Sources\n\n1. {text}\n", "a.md", "md").references
    assert entry.title == title


def test_bars_in_a_citation_with_its_year_leave_it_read_as_before() -> None:
    text = f"Okafor H, Lindgren J. {TRIAL}. JAMA. 2019;321(6):553-561. | PubMed | Google Scholar"
    entry = parse_entry([text])
    assert (entry.title, entry.journal, entry.year) == (TRIAL, "JAMA", 2019)


def test_bars_after_a_citation_without_a_year_leave_it_read_as_before() -> None:
    text = "Okafor H, Lindgren J. Blood pressure control and memory. JAMA | PubMed | Google Scholar"
    entry = parse_entry([text])
    assert entry.title == "Blood pressure control and memory"
    assert entry.authors == ["Okafor H", "Lindgren J"]


def test_a_bar_before_a_sentence_is_the_titles_own() -> None:
    text = "Blood pressure and memory | what the trials of older adults have shown so far"
    assert parse_entry([text]).title == text


# -- Title first, then the authors, as OpenEvidence lists its sources ---------------------------


def test_authors_after_the_title_are_read_as_authors() -> None:
    entry = parse_entry(
        [
            "Colchicine for Gout Flares in the Emergency Department. Okafor N, Tran HL, "
            "Singh P, et al. The New England Journal of Medicine. 2021;385(4):301-310. "
            "doi:10.1056/NEJMoa0000001."
        ]
    )
    assert entry.title == "Colchicine for Gout Flares in the Emergency Department"
    assert entry.authors == ["Okafor N", "Tran HL", "Singh P"]
    assert entry.journal == "The New England Journal of Medicine"
    assert (entry.year, entry.volume, entry.issue, entry.pages) == (2021, "385", "4", "301-310")


def test_two_authors_after_the_title_one_with_a_particle() -> None:
    entry = parse_entry(
        [
            "Update on the Management of Acute Pancreatitis. van den Berg FF, Boermeester MA. "
            "Current Opinion in Critical Care. 2023;29(2):145-151."
        ]
    )
    assert entry.title == "Update on the Management of Acute Pancreatitis"
    assert entry.authors == ["van den Berg FF", "Boermeester MA"]
    assert entry.journal == "Current Opinion in Critical Care"


@pytest.mark.parametrize(
    "text",
    [
        # A group first, then its writers and the title: no title-first entry.
        "SPRINT Research Group. Wright JT Jr, Williamson JD, et al. A Randomized Trial of "
        "Intensive versus Standard Blood-Pressure Control. N Engl J Med",
        # One "name" that may be the title's own words ("Part II").
        "Guidelines for the Management of Severe Sepsis. Part II. Critical Care Medicine",
        # Names after an initial's stop ("Vitamin D."): no title is sure to end there.
        "Vitamin D. Okafor N, Tran HL. Journal of Clinical Endocrinology",
        # The authors, then the title: no journal after the names.
        "Colchicine for gout flares. Okafor N, Tran HL, et al. Colchicine was safe in adults",
    ],
)
def test_other_entries_are_not_read_title_first(text: str) -> None:
    assert title_first(text, 2015) is None


def test_an_answer_pages_title_first_list_reads_every_entry_apart() -> None:
    document = read_path(PAGES / "answer-title-first.txt")
    authors = [reference.authors[0] for reference in document.references]
    assert authors == [
        "O'Byrne PM",
        "Shaheen NJ",
        "Vaidya A",
        "van den Berg FF",
        "VanDyck TJ",
        "Hogan JI",
    ]
    assert document.references[3].title == "Update on the Management of Acute Pancreatitis"


def test_a_linked_title_first_in_html_is_read_apart() -> None:
    """OpenEvidence's HTML links the title to PubMed, the authors after the link."""
    page = (
        "<p>As-needed budesonide-formoterol was non-inferior.<sup><a href='#ref-1'>1</a></sup></p>"
        "<h3>References</h3><ol><li id='ref-1'><a href='https://pubmed.ncbi.nlm.nih.gov/29768149/'>"
        "Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.</a> O'Byrne PM, "
        "FitzGerald JM, Bateman ED, et al. The New England Journal of Medicine. "
        "2018;378(20):1865-1876.</li></ol>"
    )
    [entry] = read_text(page, "answer.html", "html").references
    assert entry.title == "Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma"
    assert entry.authors == ["O'Byrne PM", "FitzGerald JM", "Bateman ED"]
    assert (entry.pmid, entry.year) == ("29768149", 2018)
