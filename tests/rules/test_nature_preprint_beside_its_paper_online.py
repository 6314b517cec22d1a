"""Nature's "Preprint at https://doi.org/10.1101/..." entry beside the entry of the paper it
became: two works, no CL105 (once the preprint's authors and title were read apart, the two
matched PubMed's one record alike; user32a's nature-preprints list)."""

from __future__ import annotations

from fake_eutils import FakeEutils

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.resolver import EntrezResolver
from citelint.read import read_text
from citelint.record import Record

PAPER = Record(
    pmid="39350001",
    title="Antibody prevalence among blood donors in two counties, spring 2020.",
    journal="International journal of epidemiology",
    journal_abbrev="Int J Epidemiol",
    year=2021,
    volume="50",
    issue="2",
    pages="410-419",
    authors=["Ortega R", "Haldane P", "Mbeki T"],
    doi="10.1093/ije/dyab010",
)
PREPRINT_ENTRY = (
    "Ortega, R. et al. Antibody prevalence among blood donors in two counties, spring 2020. "
    "Preprint at https://doi.org/10.1101/2020.05.02.20088427 (2020)."
)
PAPER_ENTRY = (
    "Ortega R, Haldane P, Mbeki T. Antibody prevalence among blood donors in two counties, "
    "spring 2020. Int J Epidemiol 2021;50:410–9."
)


def findings(entries: list[str]) -> list[tuple[str, int | None]]:
    cites = " ".join(f"Point {n} held [{n}]." for n in range(1, len(entries) + 1))
    listed = "\n".join(f"{n}. {entry}" for n, entry in enumerate(entries, start=1))
    text = f"Serology\n\n{cites}\n\nReferences\n\n{listed}\n"
    with FakeEutils(records_dir=None) as server:
        server.add_record(PAPER)
        client = EntrezClient(ClientSettings(base_url=server.url, max_attempts=1))
        with EntrezResolver(client) as resolver:
            document = read_text(text, "review.txt", "txt")
            found = lint_documents([document], Config(select=["CL1", "CL2"]), resolver)
    return [(f.code, f.reference) for f in found.findings]


def test_a_preprint_and_its_paper_are_two_works() -> None:
    assert findings([PREPRINT_ENTRY, PAPER_ENTRY]) == []


def test_the_paper_cited_twice_is_still_one_work() -> None:
    """Trap: the same journal entry twice stays CL105."""
    assert ("CL105", 2) in findings([PAPER_ENTRY, PAPER_ENTRY.replace("410–9", "410-419")])
