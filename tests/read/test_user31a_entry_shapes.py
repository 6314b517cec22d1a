"""How entries in the shapes of user31a's trial are read (P1-3 to P1-8): each field where the
style puts it, and the look-alikes that must stay as they were read."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.title_readings import title_first

TITLE = "Statins and delirium in older adults after hip surgery: a cohort study"


def fields(text: str) -> tuple[object, ...]:
    entry = parse_entry([text])
    return (entry.title, entry.journal, entry.year, entry.volume, entry.issue, entry.pages)


@pytest.mark.parametrize(
    "text",
    [
        f"Lindqvist, M., Oduya, T., & Brandt, K. (2021). {TITLE}. Age Ageing, 50(4), ix–xiv.",
        f"Lindqvist, M. et al. {TITLE}. Age Ageing 50, ix–xiv (2021).",
        f"M. Lindqvist, T. Oduya, K. Brandt, {TITLE}. Age Ageing 50, ix–xiv (2021).",
        f"Lindqvist M, Oduya T, Brandt K (2021) {TITLE}. Age Ageing 50:ix–xiv.",
        f"Lindqvist, M., Oduya, T., and Brandt, K. (2021). {TITLE}. Age Ageing 50, ix–xiv.",
        f"Lindqvist, M.; Oduya, T.; Brandt, K. {TITLE}. Age Ageing 2021, 50 (4), ix–xiv.",
        f"M. Lindqvist, T. Oduya, and K. Brandt, “{TITLE},” Age Ageing, vol. 50, no. 4, "
        "pp. ix–xiv, Jul. 2021.",
        f"Lindqvist, Maja, and Karin Brandt. “{TITLE}.” Age Ageing 50, no. 4 (2021): ix–xiv.",
        f"Lindqvist M, Oduya T, Brandt K. {TITLE}. Age Ageing. 2021;50(4):ix-xiv.",
    ],
)
def test_roman_page_ranges_are_pages_in_every_locus_shape(text: str) -> None:
    title, journal, year, volume, _, pages = fields(text)
    assert (title, journal, year, volume) == (TITLE, "Age Ageing", 2021, "50")
    assert pages in ("ix–xiv", "ix-xiv")


def test_a_roman_numeral_alone_is_no_page_range() -> None:
    # "Part ii" ends no locus: a range only is read as roman pages.
    entry = parse_entry([f"Lindqvist M, Brandt K (2021) {TITLE}, part ii. Age Ageing 50, ii."])
    assert entry.pages is None


@pytest.mark.parametrize(
    ("text", "authors", "journal"),
    [
        (
            f"{TITLE}. Haraldsen P, Mbeki R, et al. Nat Commun. 2022;13:4821.",
            ["Haraldsen P", "Mbeki R"],
            "Nat Commun",
        ),
        (
            f"{TITLE}. Haraldsen P, Mbeki R, et al. Rheumatology (Oxford). 2020;59(6):1302-9.",
            ["Haraldsen P", "Mbeki R"],
            "Rheumatology (Oxford)",
        ),
        (f"{TITLE}. Kovacs L. Lancet. 2014;384(9):ix-xiv.", ["Kovacs L"], "Lancet"),
        (
            f"{TITLE}. Kovacs L. Arthritis Rheum. 2014;66(3):707-20.",
            ["Kovacs L"],
            "Arthritis Rheum",
        ),
    ],
)
def test_a_title_first_entry_reads_its_byline_apart(
    text: str, authors: list[str], journal: str
) -> None:
    entry = parse_entry([text])
    assert (entry.title, entry.authors, entry.journal) == (TITLE, authors, journal)


@pytest.mark.parametrize(
    "text",
    [
        # A roman numeral's "initials": the title's words, not one author.
        "Guidelines for the management of severe sepsis. Stage IV. Critical Care Medicine",
        "Guidelines for the management of severe sepsis. Part III. Crit Care Med",
        # A sentence of the title after the names: no journal.
        "Colchicine for gout flares. Okafor N. Colchicine was safe in adults",
    ],
)
def test_title_words_after_a_title_are_no_byline(text: str) -> None:
    assert title_first(text, 2015) is None


@pytest.mark.parametrize(
    "tail", ["PubMed PMID: 39310004.", "PubMed PMID 39310004", "Pubmed PMID: 39310004."]
)
def test_endnotes_pubmed_pmid_tail_is_an_identifier_after_any_style(tail: str) -> None:
    nature = parse_entry(
        [f"Achterberg, I. et al. {TITLE}. Circulation 138, 874–885 (2018). {tail}"]
    )
    acs = parse_entry(
        [f"Achterberg, I.; Sato, Y. {TITLE}. Circulation 2018, 138 (9), 874–885. {tail}"]
    )
    for entry in (nature, acs):
        assert (entry.title, entry.journal, entry.pmid) == (TITLE, "Circulation", "39310004")
    assert acs.authors == ["Achterberg I", "Sato Y"]


def test_a_title_naming_pubmed_keeps_its_word() -> None:
    entry = parse_entry(["Okafor N, Tran H. Searching PubMed for trials. BMJ. 2019;365:l2301."])
    assert entry.title == "Searching PubMed for trials"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            f"Osei, K.; Ahmadzai; Lindgren, B. {TITLE}. J. Clin. Oncol. 2017, 35 (12), 1201–1210.",
            ["Osei K", "Ahmadzai", "Lindgren B"],
        ),
        (
            f"Osei, K.; Ahmadzai; Lindgren, B.; et al. {TITLE}. J. Clin. Oncol. 2017, 35, 1201.",
            ["Osei K", "Ahmadzai", "Lindgren B"],
        ),
        (
            f"K. Osei, Ahmadzai, and B. Lindgren, “{TITLE},” J. Clin. Oncol., vol. 35, no. 12, "
            "pp. 1201–1210, Apr. 2017.",
            ["Osei K", "Ahmadzai", "Lindgren B"],
        ),
        (
            f"Osei, Kwame, Ahmadzai, and Bo Lindgren. “{TITLE}.” J. Clin. Oncol. 35, no. 12 "
            "(2017): 1201–10.",
            ["Osei K", "Ahmadzai", "Lindgren B"],
        ),
    ],
)
def test_an_author_with_no_initials_stays_in_the_byline(text: str, authors: list[str]) -> None:
    entry = parse_entry([text])
    # IEEE's and Chicago's readers keep the journal's last stop, as before.
    journal = (entry.journal or "").rstrip(".")
    assert (entry.authors, entry.title, journal) == (authors, TITLE, "J. Clin. Oncol")


def test_a_quoted_word_after_one_bare_word_is_no_ieee_byline() -> None:
    # Only between two names is a bare word a name: "Colchicine" opens no byline.
    entry = parse_entry(
        ["Colchicine, “a gout drug,” and heart disease. Lancet. 2019;394(3):1012-20."]
    )
    assert entry.authors == []
    assert entry.journal == "Lancet"


@pytest.mark.parametrize(("issue", "volume"), [("Suppl 1", "39"), ("2 Pt 1", "39"), ("3", "39")])
def test_chicagos_issue_is_read_whole(issue: str, volume: str) -> None:
    entry = parse_entry(
        [
            f"Marchetti, Flavia, and Sipho Dlamini. “{TITLE}.” Diabetes Care 39, no. {issue} "
            "(2016): S15–S24."
        ]
    )
    assert (entry.journal, entry.volume, entry.issue, entry.year) == (
        "Diabetes Care",
        volume,
        issue,
        2016,
    )


def test_an_ieee_entry_online_before_its_issue_reads_its_journal() -> None:
    entry = parse_entry(
        [
            f"J. H. Moreno and C. Baptiste, “{TITLE},” J. Am. Coll. Cardiol., Mar. 2024, doi: "
            "10.1016/j.jacc.2024.90001."
        ]
    )
    assert (entry.title, entry.journal, entry.year, entry.volume, entry.pages) == (
        TITLE,
        "J. Am. Coll. Cardiol.",
        2024,
        None,
        None,
    )
