"""What an entry says about itself, read without loading the network client."""

from __future__ import annotations

import subprocess
import sys

import pytest

from citelint.models import Reference
from citelint.read.identifiers import NOT_INDEXED, entry_doi, entry_kind, entry_pmid


def test_identifiers_come_from_links_and_text() -> None:
    entry = Reference(1, "Spine. 2019;44:1100. doi:10.1097/BRS.TEST.", 3, 1)
    assert entry_doi(entry) == "10.1097/brs.test"
    assert entry_pmid(Reference(2, "", 4, 1, url="https://pubmed.ncbi.nlm.nih.gov/31/")) == "31"
    assert entry_kind(Reference(3, "StatPearls [Internet]. Low back pain.", 5, 1)) == NOT_INDEXED


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
