"""``citelint check`` on correct references that a first look at PubMed misses (user27 P1-1 to
P1-3): a title and journal in British spelling, a Spanish double surname cited by its first
part, a medRxiv page whose names run into the title. Each was a false CL201 or CL203; the
same entries with a real slip keep their findings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils

RECORDS = Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "cited_otherwise"

ARTICLE = """\
# Adrenal crisis in children

Most crises followed an infection [1]. A short tablet test screens memory [2]. Vitamin D
loading shortened sepsis [3]. The test told mild impairment from ageing [4].

## References

1. Okwuosa CT, Lindqvist M, Herrera Paz E. Adrenal crisis in paediatrics: a scoping review.
   J Paediatr Endocrinol Metab. 2022;35(7):881-90.
2. Ibarra ML, Quispe R, Allende T. A brief tablet-based memory test for older adults in
   primary care: a validation study. Alzheimers Dement. 2023;19(2):512-23.
3. Okwuosa CT, Lindqvist M. Vitamin D loading in neonatal sepsis: a prospective cohort.
   J Paediatr Endocrinol Metab. 2022;35(9):1102-9.
4. Ibarra MA, Quispe R, Allende T. A brief tablet-based memory test for older adults in
   primary care: a validation study. Alzheimers Dement. 2023;19(2):512-23.
"""
# The first entry's paper with one slip each, in an article of their own: a title spelt as
# PubMed spells it, searched beside the British one, would find that one's record too.
SLIPS = """\
# Adrenal crisis in children

Stress dosing was often missed [1]. Crises were recognised late [2, 3].

## References

1. Bergstrom K, Lindqvist M. Adrenal crisis in pediatrics: a scoping review. J Pediatr
   Endocrinol Metab. 2022;35(7):881-90.
2. Okwuosa CT, Lindqvist M. Adrenal crisis in pediatrics: a scoping review. J Pediatr
   Endocrinol Metab. 2017;35(7):881-90.
3. Okwuosa CT, Lindqvist M. Adrenal crisis in pediatrics: a scoping review. Clin Endocrinol
   (Oxf). 2022;35(7):881-90.
"""


def _cite(names: list[tuple[str, str]], etal: bool, title: str, journal: str, locus: str) -> str:
    """One entry of a medRxiv reference list: the names' list, then the fields in <cite>."""
    items = "".join(
        f'<li><span class="cit-auth"><span class="cit-name-surname">{surname}</span> '
        f'<span class="cit-name-given-names">{initials}</span></span>, </li>'
        for surname, initials in names
    )
    if etal:
        items += '<li><span class="cit-etal">et al.</span></li>'
    else:  # the last name closes its item without a comma
        items = items[: -len(", </li>")] + "</li>"
    volume, page, year = locus.split()
    return (
        '<li><a class="rev-xref-ref" href="#xref-ref-1">↵</a><div class="ref-content cit-ref">'
        f'<div class="cit ref-cit ref-journal"><div class="cit-metadata"><ol class="cit-auth-list">'
        f'{items}</ol><cite><span class="cit-article-title">{title}</span>. '
        f'<abbr class="cit-jnl-abbrev">{journal}</abbr> <span class="cit-vol">{volume}</span>, '
        f'<span class="cit-fpage">{page}</span> (<span class="cit-pub-date">{year}</span>).'
        "</cite></div></div></div></li>"
    )


PREPRINT = (
    "<!DOCTYPE html><html><head><title>Follow-up after hip fracture | medRxiv</title></head>"
    '<body><div class="section introduction"><h2>Introduction</h2><p>Telephone calls did not'
    ' lower readmissions (<a class="xref-bibr" href="#ref-1">1</a>). Infection preceded most'
    ' adrenal crises (<a class="xref-bibr" href="#ref-2">2</a>). Hip protectors halved'
    ' fractures (<a class="xref-bibr" href="#ref-3">3</a>).</p></div>'
    '<div class="section ref-list"><h2>References</h2><ol class="cit-list">'
    + _cite(
        [("Nakamura", "K"), ("Osei-Bonsu", "A"), ("Whitfield", "R")],
        True,
        "Telephone follow-up after hip fracture surgery: a randomised trial",
        "Age Ageing",
        "50 1201 2021",
    )
    + _cite(
        [("Okwuosa", "CT"), ("Lindqvist", "M")],
        False,
        "Adrenal crisis in pediatrics: a scoping review",
        "J Pediatr Endocrinol Metab",
        "35 881 2022",
    )
    + _cite(
        [("Nakamura", "K"), ("Whitfield", "R")],
        True,
        "Hip protectors in care homes halve fractures: a cluster randomised trial",
        "Age Ageing",
        "50 1415 2021",
    )
    + "</ol></div></body></html>\n"
)


@pytest.fixture
def pubmed() -> Iterator[FakeEutils]:
    with FakeEutils(records_dir=RECORDS) as server:
        yield server


def check(tmp_path: Path, url: str, name: str, text: str) -> tuple[int, list[dict]]:
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    environment = {
        **os.environ,
        "CITELINT_ENTREZ_URL": url,
        "CITELINT_HTTP_TIMEOUT": "10",
        "CITELINT_HTTP_ATTEMPTS": "2",
    }
    environment.pop("NCBI_API_KEY", None)
    command = [sys.executable, "-m", "citelint", "check", "--format", "json", "--no-cache"]
    command += ["--select", "CL2", str(article)]
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=60
    )
    assert "Traceback" not in done.stderr
    return done.returncode, json.loads(done.stdout)["findings"]


def test_entries_cited_otherwise_resolve(tmp_path: Path, pubmed: FakeEutils) -> None:
    code, findings = check(tmp_path, pubmed.url, "article.md", ARTICLE)
    by_reference = {f["reference"]: f for f in findings}
    assert code == 1
    assert sorted(by_reference) == [3, 4]  # 1 and 2 are the records' papers
    assert by_reference[3]["code"] == "CL201"
    assert (
        "no PubMed record has all of the title's distinctive words" in (by_reference[3]["message"])
    )
    assert by_reference[4]["code"] == "CL203"
    assert "first author 'Ibarra MA'" in by_reference[4]["message"]
    # The British title was found by its first author's papers around its year.
    terms = [r.params["term"] for r in pubmed.requests("esearch.fcgi")]
    assert '("Okwuosa CT"[au] AND 2021:2023[dp])' in terms


def test_the_same_paper_with_a_slip_keeps_its_finding(tmp_path: Path, pubmed: FakeEutils) -> None:
    code, findings = check(tmp_path, pubmed.url, "slips.md", SLIPS)
    assert code == 0  # warnings alone
    assert [(f["reference"], f["code"]) for f in findings] == [(n, "CL203") for n in (1, 2, 3)]
    assert "first author 'Bergstrom K'" in findings[0]["message"]
    assert "year 2017" in findings[1]["message"]
    assert "journal 'Clin Endocrinol (Oxf)'" in findings[2]["message"]


def test_a_medrxiv_list_is_read_field_by_field(tmp_path: Path, pubmed: FakeEutils) -> None:
    code, findings = check(tmp_path, pubmed.url, "preprint.html", PREPRINT)
    assert code == 1
    # The third entry's paper is none PubMed holds; the other two are its records.
    assert [(f["reference"], f["code"]) for f in findings] == [(3, "CL201")]
    assert "Nakamura" not in findings[0]["message"]
