"""Grey literature cited without a link (user32a P1-1): a patent, the EU's law, a thesis,
software, an agency's report or statistics, APA 7's bracketed descriptions, a meeting's poster
and a news story are looked up, or not at all, but never called "possibly fabricated"; a
made-up journal article still is."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Reference
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.read.entries import parse_entry
from citelint.read.identifiers import JOURNAL_ARTICLE, NOT_INDEXED, entry_kind

GREY = [
    # Citing Medicine's patent, and a patent number alone.
    "Okafor NE, Lindgren PA, inventors; Helix Therapeutics Ltd, assignee. Pyrazole "
    "inhibitors of viral proteases. United States patent US 11,482,907. 2022 Oct 25.",
    "Haddad S. Wearable pulse oximeter housing. European Patent No. 3,912,044. 2023.",
    # An EU regulation in its Official Journal: its series and pages read as a locus.
    "Regulation (EU) 2017/745 of the European Parliament and of the Council of 5 April 2017 "
    "on medical devices. Official Journal of the European Union. 2017 May 5;L117:1-175.",
    # The same in NLM's abbreviation (lastread32a).
    "Regulation (EU) 2017/745 of the European Parliament and of the Council on medical "
    "devices. Off J Eur Union. 2017;L117:1-175.",
    # AMA's thesis, and APA's.
    "Tran HL. Sleep, Pain and Mobility After Hip Fracture Surgery. Dissertation. University "
    "of Leeds; 2020.",
    "Tran, H. L. (2020). *Sleep, pain and mobility after hip fracture surgery* [Doctoral "
    "dissertation, University of Leeds].",
    # Software: AMA without a place, APA's descriptions.
    "StataCorp. Stata Statistical Software: Release 17. StataCorp LLC; 2021.",
    "IBM Corp. IBM SPSS Statistics for Windows, Version 29.0. IBM Corp; 2022.",
    "StataCorp. (2021). *Stata statistical software: Release 17* [Computer software]. "
    "StataCorp LLC.",
    "Viechtbauer, W. (2024). *metafor: Meta-analysis package for R* (Version 4.6-0) [R package].",
    # Agencies in Harvard's shape, the year after the name.
    "European Medicines Agency (2023) Lagevrio: withdrawal of the marketing authorisation "
    "application. EMA/123456/2023. Amsterdam: EMA.",
    "Office for National Statistics (2022) Deaths registered weekly in England and Wales, "
    "provisional: week ending 4 March 2022. Statistical bulletin.",
    "Canadian Agency for Drugs and Technologies in Health (2021) Remdesivir for COVID-19. "
    "CADTH Reimbursement Review SR0651. Ottawa: CADTH.",
    # APA 7's own descriptions.
    "Ahmed, N., & Vu, T. T. (2022, October 19–23). *Statin loading before cardiac surgery in "
    "adults over 75* [Poster presentation]. IDWeek 2022, Washington, DC, United States.",
    "Helix Therapeutics. (2022, March 3). *Interim results of the PROTECT-2 trial* [Press "
    "release].",
    "Office for National Statistics. (2022). *Deaths registered weekly in England and Wales* "
    "[Statistical bulletin].",
    # Harvard's meeting paper and news story.
    "Ahmed, N. and Vu, T.T. (2022) 'Statin loading before cardiac surgery in adults over "
    "75', IDWeek 2022. Washington, DC, 19-23 October.",
    "Branswell, H. (2021) 'Why hospitals ran short of oxygen this winter', STAT, 12 January.",
    # A data repository on a code host, a database from its publisher.
    "Okafor N, Tran HL. Hip fracture outcomes dashboard data, England 2015-2023. GitHub; 2024.",
    "Cochrane Central Register of Controlled Trials (CENTRAL). 2023, Issue 6. Chichester: John "
    "Wiley & Sons.",
]


@pytest.mark.parametrize("text", GREY)
def test_grey_literature_is_no_journal_article(text: str) -> None:
    assert entry_kind(parse_entry([text])) != JOURNAL_ARTICLE


@pytest.mark.parametrize(
    "text",
    [
        # An MMWR report's title names its days: a paper PubMed holds.
        "Garg S, Kim L, Whitaker M. Hospitalization rates of patients hospitalized with "
        "COVID-19 - COVID-NET, 14 States, March 1-30, 2020. MMWR Morb Mortal Wkly Rep. 2020.",
        # A paper about software, patents or theses, and a bracketed NLM type label.
        "Okafor N, Tran HL. Statistical software choices in surgical trials: a survey. Br J "
        "Surg. 2021.",
        "Lindgren PA. Patent thickets and drug prices. Health Aff. 2019.",
        "Tran HL, Okafor N. Ten rules for sharing surgical code on GitHub. PLoS Comput Biol. 2022.",
        "Haddad S. Reply to the thesis of early surgery [letter]. Lancet. 2020.",
        "Haddad S, Tran HL. Why early surgery helps: a reply. Lancet. 2020 Oct 25.",
        # A regulation's name in the title of a paper about it.
        "Weiss B. Regulation (EU) 2017/745 and the evidence for medical devices. BMJ. 2021.",
        # A society journal's full title as Zotero gives it: no law (review32b P1-1).
        "Haddad S, Weiss B. Adjuvant nivolumab in resected melanoma. Annals of Oncology: "
        "Official Journal of the European Society for Medical Oncology. 2019;30(5):800-808.",
        # A paper whose title names the Official Journal (lastread32a).
        "Smith J. Claims published in the Official Journal of the European Union: an "
        "analysis. Nutrients. 2019;11(5):1012.",
    ],
)
def test_papers_naming_such_things_stay_articles(text: str) -> None:
    assert entry_kind(parse_entry([text])) == JOURNAL_ARTICLE


def _codes(entries: list[str]) -> list[tuple[int, str]]:
    body = " ".join(f"Claim {n} [{n}]." for n in range(1, len(entries) + 1))
    listed = "\n".join(f"{n}. {entry}" for n, entry in enumerate(entries, start=1))
    document = read_text(f"{body}\n\nReferences\n\n{listed}\n", "review.txt", "txt")
    findings = lint_documents([document], Config(select=["CL2"]), StaticResolver([])).findings
    return sorted((finding.reference or 0, finding.code) for finding in findings)


def test_none_of_it_is_possibly_fabricated_but_a_made_up_paper_is() -> None:
    made_up = (
        "Castellano RB, Oyelowo F. Fluvoxamine prophylaxis prevents long COVID in health care "
        "workers: a pragmatic cohort. Clin Infect Dis. 2021;73(4):612-9."
    )
    codes = _codes([*GREY, made_up])
    assert (len(GREY) + 1, "CL201") in codes
    assert [code for number, code in codes if number <= len(GREY)] == ["CL207"] * len(GREY)


@pytest.mark.parametrize(
    "address",
    [
        "https://www.cdc.gov/mmwr/volumes/72/wr/mm7214a1.htm",
        "https://www.journalslibrary.nihr.ac.uk/hta/ABCD1234",
    ],
)
def test_a_papers_own_page_cited_by_link_and_title_is_looked_up(address: str) -> None:
    """user32a P2-1: an MMWR report and an NIHR report linked with their page titles were
    "web pages, which PubMed does not index" (CL207), never looked up."""
    title = "Influenza vaccination coverage among adults aged 65 and older | MMWR"
    assert entry_kind(_linked(address, title)) != NOT_INDEXED
    assert entry_kind(_linked("https://www.cdc.gov/flu/about/index.html", "About flu")) == (
        NOT_INDEXED
    )


def _linked(address: str, title: str) -> Reference:
    text = f'Claim [1]. More [2].\n\n## Sources\n\n[1]: <{address}> "{title}"\n'
    text += '[2]: <https://www.who.int/news-room/fact-sheets> "Fact sheets"\n'
    return read_text(text, "a.md", "md").references[0]
