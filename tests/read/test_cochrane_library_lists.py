"""A Cochrane Library review copied from the browser (tidy33's noticed 1-4): its groups'
headings, the labels of ongoing studies named by their registrations and the page's links
after the list are no entries; an author's email and a trial's unpublished report are not
"possibly fabricated" online, while a made-up journal article beside them still is."""

from __future__ import annotations

import pytest
from online_lint import holding, lint_online

from citelint.read import read_text
from citelint.read.entries import parse_entry
from citelint.read.identifiers import JOURNAL_ARTICLE, NOT_INDEXED, entry_kind

# Written for this test in the Library's shape: a study's label above each of its entries.
PAGE = "\n".join(
    [
        "Cochrane Database of Systematic Reviews",
        "Cite this review",
        "Main results",
        "Two trials found fewer falls with supervised balance training (Okonjo 2021; "
        "Varga 2023), and",
        "two more are under way (ACTRN12623000456789; NCT05512345).",
        "References",
        "References to studies included in this review",
        "Okonjo 2021 {published data only}",
        "Okonjo PA, Lindqvist S, Ferreira-Dias M. Supervised balance training for fall "
        "prevention in care home residents: a cluster randomised trial. Age and Ageing "
        "2021;50(4):1201-9.",
        "Okonjo PA. Falls by month of follow-up [personal communication]. Email to: H "
        "Marsh 3 March 2025.",
        "Varga 2023 {unpublished data only}",
        "Varga T, Kiss E. Balance classes in assisted living (BALANCE-AL): report to "
        "the sponsor. Unpublished report, 2023.",
        "References to ongoing studies",
        "ACTRN12623000456789 {unpublished data only}",
        "ACTRN12623000456789. Tai chi versus usual care for falls in care homes. "
        "www.anzctr.org.au (first received 2 May 2023).",
        "NCT05512345 {published data only}",
        "NCT05512345. Group Balance Training for Falls in Assisted Living. "
        "https://clinicaltrials.gov/study/NCT05512345 (first received 20 August 2022).",
        "Additional references",
        "Marsh 2020",
        "Marsh H, Dube N. Falls in care homes: incidence and costs in a national "
        "cohort. Injury Prevention 2020;26(3):240-6.",
        "References to other published versions of this review",
        "Marsh 2019",
        "Marsh H, Okonjo PA. Exercise for preventing falls in care homes. Cochrane "
        "Database of Systematic Reviews 2019, Issue 4. Art. No.: CD099123. [DOI: "
        "10.1002/14651858.CD099123]",
        "Download statistical data",
        "Cite this review",
        "",
    ]
)
FIRST_WORDS = [
    "Okonjo PA, Lindqvist",
    "Okonjo PA. Falls",
    "Varga T, Kiss",
    "ACTRN12623000456789. Tai",
    "NCT05512345. Group",
    "Marsh H, Dube",
    "Marsh H, Okonjo",
]


def test_the_librarys_labels_headings_and_links_are_no_entries() -> None:
    document = read_text(PAGE, "review.txt", "txt")
    raws = [entry.raw or "" for entry in document.references]
    assert len(raws) == len(FIRST_WORDS)
    assert [raw[: len(words)] for raw, words in zip(raws, FIRST_WORDS, strict=True)] == (
        FIRST_WORDS
    )
    # The registration label is no part of the record below it, nor the heading of the group.
    assert not any("{" in raw or "References to" in raw for raw in raws)


@pytest.mark.parametrize(
    ("heading", "worded"),
    [
        (
            "References to studies included in this review",
            "References to studies included in this systematic review",
        ),
        ("References to ongoing studies", "References to studies excluded from this overview"),
    ],
)
def test_group_headings_worded_another_way_are_no_entries(heading: str, worded: str) -> None:
    # Only the Library's own wording had been dropped: another was read as an entry, and
    # online searched as a title (review33a P1-6).
    document = read_text(PAGE.replace(heading, worded), "review.txt", "txt")
    raws = [entry.raw or "" for entry in document.references]
    assert [raw[: len(words)] for raw, words in zip(raws, FIRST_WORDS, strict=False)] == (
        FIRST_WORDS
    )
    assert len(raws) == len(FIRST_WORDS)


def test_registration_records_without_labels_stay_entries() -> None:
    # The Library's included studies may list a registration record of their own: an entry.
    page = PAGE.replace(
        "ACTRN12623000456789 {unpublished data only}\n", "Tamura 2024 {unpublished data only}\n"
    )
    raws = [entry.raw or "" for entry in read_text(page, "review.txt", "txt").references]
    assert "Tamura 2024 {unpublished data only}" in raws  # no label of the record below
    assert sum(raw.startswith("ACTRN12623000456789. Tai") for raw in raws) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Okonjo PA. Falls by month of follow-up [personal communication]. Email to: H Marsh "
        "3 March 2025.",
        "Varga T, Kiss E. Balance classes in assisted living: report to the sponsor. "
        "Unpublished report, 2023.",
        "Varga T. Falls at six months. {unpublished data only}",
        "Varga T. Falls at six months. Personal communication 2024.",
        "Okonjo PA. Trial data by care home. Email from: H Marsh, 4 May 2025.",
    ],
)
def test_data_never_published_is_not_indexed(text: str) -> None:
    assert entry_kind(parse_entry([text])) == NOT_INDEXED


@pytest.mark.parametrize(
    "text",
    [
        # Titles about email and unpublished reports: papers PubMed holds.
        "Okonjo PA, Marsh H. Email to patients before surgery: a randomised trial. BMJ "
        "Open 2022;12(3):e051234.",
        "Varga T. Unpublished reports in systematic reviews of falls. J Clin Epidemiol "
        "2021;135:88-95.",
    ],
)
def test_papers_about_such_data_stay_articles(text: str) -> None:
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


def test_online_the_grey_entries_are_checked_by_hand_and_a_made_up_paper_is_fabricated() -> None:
    made_up = (
        "Okonjo PA, Ferreira-Dias M. Vibration insoles halve hip fractures in care homes: a "
        "randomised trial. Age and Ageing 2022;51(2):311-9.\n"
    )
    page = PAGE.replace("Additional references\n", f"Additional references\nOkonjo 2022\n{made_up}")
    with holding([]) as server:
        findings = lint_online(server, read_text(page, "review.txt", "txt"), ["CL2"])
    codes = {(finding.reference, finding.code) for finding in findings}
    assert {(2, "CL207"), (3, "CL207")} <= codes  # the email and the unpublished report
    assert not {(2, "CL201"), (3, "CL201")} & codes
    assert (6, "CL201") in codes  # the made-up paper, listed sixth
