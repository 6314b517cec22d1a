"""Grey literature's marks against a fake PubMed holding the real records (review32b P2,
user32a): how a work is published ("Elsevier Inc; 2022", "& Sons", a meeting's days) makes a
made-up paper CL207 only where its entry names no journal; and CL207 names what a patent,
software, a thesis or a press release is."""

from __future__ import annotations

import pytest
from fake_eutils import FakeEutils

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.resolver import EntrezResolver
from citelint.read import read_text


def findings(server: FakeEutils, entry: str) -> list[tuple[str, str]]:
    text = f"Pain after surgery\n\nThe point is argued here [1].\n\nReferences\n\n1. {entry}\n"
    document = read_text(text, "review.txt", "txt")
    client = EntrezClient(ClientSettings(base_url=server.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        found = lint_documents([document], Config(select=["CL2"]), resolver).findings
    return [(f.code, f.message) for f in found]


@pytest.mark.parametrize(
    "source",
    [
        "Lancet Diabetes Endocrinol. Elsevier Inc; 2022.",
        "J Am Med Inform Assoc. John Wiley & Sons; 2021.",
        "Eur J Heart Fail. 2021 Nov 11-15 Nov.",
    ],
)
def test_a_made_up_paper_in_a_named_journal_stays_possibly_fabricated(
    pubmed: FakeEutils, source: str
) -> None:
    """It was CL207 "check it by hand" once a publisher or a meeting's days followed."""
    made_up = f"Thorvald QZ, Okonkwo B. Nightly melatonin and falls in assisted living. {source}"
    [(code, message)] = findings(pubmed, made_up)
    assert code == "CL201" and "possibly fabricated" in message


def test_a_drugs_extended_release_in_a_title_is_no_grey_mark(pubmed: FakeEutils) -> None:
    made_up = (
        "Thorvald QZ, Okonkwo B. Oxycodone [extended release] for chronic low back pain in "
        "assisted living. Pain Med. 2021."
    )
    [(code, _)] = findings(pubmed, made_up)
    assert code == "CL201"


@pytest.mark.parametrize(
    "entry",
    [
        "Brennan LK. Spine Surgery in Older Adults. Philadelphia: Elsevier; 2022.",
        "Halvorsen KE. Clinical Epidemiology for Surgeons. Chichester: John Wiley & Sons; 2021.",
        "Mbeki TN. Falls after hip fracture in care homes. Annual Scientific Meeting of the "
        "British Geriatrics Society; Harrogate, 11-13 November.",
        "Okonkwo B. Halden Falls Registry. Halden Analytics Ltd; 2022.",
        # review33a P1-3: a society's meeting is all journal words but for its "Sessions"
        "Mbeki TN. Falls after hip fracture in care homes. American Heart Association "
        "Scientific Sessions. 11-15 November.",
        "Mbeki TN. Falls after hip fracture in care homes. American Diabetes Association "
        "Scientific Sessions. San Diego, CA, 23-26 June.",
        "Mbeki TN. Falls after hip fracture in care homes. American College of Cardiology "
        "Annual Scientific Session. 4-6 April.",
    ],
)
def test_books_meetings_and_company_reports_stay_cl207(pubmed: FakeEutils, entry: str) -> None:
    """Trap: named by no journal, these marks still say PubMed need not hold the work."""
    [(code, _)] = findings(pubmed, entry)
    assert code == "CL207"


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        (
            "Okonkwo B, Tran HL, inventors; Halden Pharma Ltd, assignee. Oral pyrazole "
            "compounds for pain. United States patent US 11,482,907. 2022 Nov 1.",
            "looks like a patent",
        ),
        (
            "StataCorp. Stata Statistical Software: Release 18. College Station, TX: StataCorp "
            "LLC; 2023.",
            "looks like software",
        ),
        (
            "Brennan LK. Frailty and recovery after emergency laparotomy in older adults. "
            "Dissertation. University of Leeds; 2021.",
            "looks like a thesis",
        ),
        (
            "Halden Pharma. Oral pyrazole reduced pain scores in a phase 3 trial [press "
            "release]. London: Halden Pharma; 2023 Mar 2.",
            "looks like a press release",
        ),
    ],
)
def test_cl207_names_a_patent_software_a_thesis_and_a_press_release(
    pubmed: FakeEutils, entry: str, kind: str
) -> None:
    """It called each "a guideline, book or web page"."""
    [(code, message)] = findings(pubmed, entry)
    assert code == "CL207" and kind in message and "guideline" not in message


def test_a_guideline_is_still_called_one(pubmed: FakeEutils) -> None:
    guideline = (
        "National Institute for Health and Care Excellence. Low back pain and sciatica in over "
        "16s: assessment and management. NICE guideline NG59. London: NICE; 2016."
    )
    [(code, message)] = findings(pubmed, guideline)
    assert code == "CL207" and "a guideline, book or web page" in message
