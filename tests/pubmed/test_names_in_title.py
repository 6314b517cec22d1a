"""An entry whose names were read into its title (user27 P1-3: a medRxiv list read as "Chey WD,
Howden CW, Moss SF, et al.ACG clinical guideline: ..."): its citation names the record, and its
"title" is the record's whole title after the first author's name, so it is that paper, with
no CL203 for its title. Anything else in the title, or another locus, is another paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.models import Reference
from citelint.pubmed.outcomes import decide
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.pubmed.same_work import is_same_work, title_is_not_its_papers
from citelint.read import read_text

RECORDS = Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "cited_otherwise"
[TRIAL] = [
    record
    for record in parse_pubmed_articles((RECORDS / "pubmed_cited_otherwise.xml").read_bytes())
    if record.pmid == "39990403"
]
GLUED = (
    "Nakamura K, Osei-Bonsu A, Whitfield R, et al.Telephone follow-up after hip fracture "
    "surgery: a randomised trial. Age Ageing 50, 1201–9 (2021)."
)


def entry_of(text: str) -> Reference:
    page = f"# A\n\nClaim [1].\n\n## References\n\n1. {text}\n"
    return read_text(page, "a.md", "md").references[0]


def test_names_read_into_the_title_on_the_records_citation_are_its_paper() -> None:
    entry = entry_of(GLUED)
    assert entry.authors == [] and entry.title.startswith("Nakamura K")  # as read today
    resolution = decide(entry, [], [TRIAL])
    assert resolution is not None and resolution.record.pmid == "39990403"
    assert not title_is_not_its_papers(entry, TRIAL)


@pytest.mark.parametrize(
    "text",
    [
        GLUED.replace("1201–9", "1301–9"),  # another first page
        GLUED.replace("Age Ageing", "BMJ"),  # another journal
        GLUED.replace("Nakamura K, Osei-Bonsu A", "Osei-Bonsu A, Nakamura K"),  # another first
        GLUED.replace("surgery: a randomised trial", "surgery: five-year outcomes"),
    ],
)
def test_names_in_the_title_with_one_other_fact_are_not_its_paper(text: str) -> None:
    assert not is_same_work(entry_of(text), TRIAL)
