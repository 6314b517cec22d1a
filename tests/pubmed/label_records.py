"""Records and a verdict helper shared by the tests of link labels against records."""

from __future__ import annotations

from pathlib import Path

from citelint.pubmed.label_fit import judge
from citelint.pubmed.labels import read_clues
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.pubmed.record_index import index_record
from citelint.record import Record

RECORDS = Path(__file__).resolve().parents[2] / "fixtures" / "inline" / "records"


def record(pmid: str) -> Record:
    """A record of fixtures/inline/records, as PubMed's XML gives it."""
    return parse_pubmed_articles((RECORDS / f"{pmid}.xml").read_bytes())[0]


def verdict(label: str, pmid: str, context: str | None = None) -> str:
    """The verdict on ``label`` for the record ``pmid``, with the sentence around it."""
    around = read_clues(context, with_years=False) if context else None
    return judge(read_clues(label), index_record(record(pmid)), around).verdict


DAPA = Record(
    pmid="30000004",
    title="Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2019,
    authors=["McMurray JJV", "Solomon SD", "Inzucchi SE"],
    abstract="We randomly assigned 4744 patients with heart failure and an ejection "
    "fraction of 40% or less to receive dapagliflozin or placebo.",
)
STIMULATION = Record(
    pmid="39990021",
    title="Spinal cord stimulation for neurogenic claudication unsuitable for decompression.",
    journal="Neuromodulation : journal of the International Neuromodulation Society",
    journal_abbrev="Neuromodulation",
    year=2019,
    authors=["Halvorsen KE", "Mbeki TN", "Castellano R"],
    abstract="OBJECTIVE: To assess spinal cord stimulation in lumbar spinal stenosis. RESULTS: "
    "Leg pain on the visual analogue scale fell from 7.4 to 2.8 over 27 months.",
)
