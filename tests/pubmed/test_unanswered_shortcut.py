"""Offline with no cache, the verdict given without asking skips the kind of an entry with an
identifier (``unanswered``): the same verdict as working its kind out first."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_resolver_unanswered import Unanswering

from citelint.models import Reference, Resolution
from citelint.pubmed.cache import RecordCache
from citelint.pubmed.outcomes import (
    OFFLINE_REASON,
    UnansweredResolver,
    not_indexed,
    unanswered,
    unresolved,
)
from citelint.pubmed.queries import as_looked_up, asks_title, has_citation
from citelint.pubmed.resolver import EntrezResolver
from citelint.pubmed.store import OfflineClient
from citelint.read.identifiers import (
    NOT_INDEXED,
    entry_doi,
    entry_kind,
    entry_pmc,
    entry_pmid,
    kind_without_pmid,
    plainly_unindexed,
)

ENTRIES = [
    Reference(1, "Smith J. Walking and back pain. Spine. 2019;44:1100-8.", 1, 1,
              title="Walking and back pain", journal="Spine", year=2019, volume="44",
              pages="1100-8"),
    Reference(2, "Smith J. Walking. PMID: 30100003", 2, 1, title="Walking", pmid="30100003"),
    Reference(3, "Smith J. Walking. PMID: none", 3, 1, title="Walking", pmid="none"),
    Reference(4, "Walking. https://pubmed.ncbi.nlm.nih.gov/30100003/", 4, 1),
    Reference(5, "Walking. doi:10.1097/brs.test", 5, 1, title="Walking"),
    Reference(6, "Walking.", 6, 1, title="Walking", doi="10.1097/BRS.TEST."),
    Reference(7, "Walking.", 7, 1, title="Walking", doi=".;"),
    Reference(20, "StatPearls [Internet]. Low back pain.", 20, 1, doi="."),
    Reference(8, "Walking. PMC6869436", 8, 1, title="Walking"),
    Reference(9, "Harrison's Principles of Internal Medicine. 20th ed. New York: McGraw-Hill; "
              "2018.", 9, 1, title="Harrison's Principles of Internal Medicine"),
    Reference(10, "Institute of Medicine. Dietary Reference Intakes. Washington, DC: The "
              "National Academies Press; 2011. doi:10.17226/13050.", 10, 1),
    Reference(11, "Back pain.", 11, 1, label="Guideline", title="Back pain"),
    Reference(12, "Back pain. J X.", 12, 1, label="Guideline", title="Back pain", journal="J X"),
    Reference(13, "Back pain - https://example.org/back", 13, 1, title="Back pain",
              url="https://example.org/back"),
    Reference(14, "StatPearls [Internet]. Low back pain.", 14, 1),
    Reference(15, "Anonymous.", 15, 1),
    Reference(16, "A handbook of spine care. 2020.", 16, 1, title="A handbook of spine care",
              year=2020),
    Reference(17, "Smith J. Spine. 2019;44:1100-8.", 17, 1, title="Spine", year=2019,
              volume="44", pages="1100-8"),
    Reference(18, "Nguyen TH. Balance training [dissertation]. 2019. PMID: 31000001", 18, 1),
    Reference(19, "Mayo Clinic. Stenosis. Accessed January 5, 2025. "
              "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6869436/", 19, 1),
    # Kinds that only tell "maybe not indexed" from an article: with journal details, and
    # without (then the kind decides the verdict).
    Reference(21, "Okafor C. Gait after stroke. medRxiv. 2021.", 21, 1,
              title="Gait after stroke", journal="medRxiv", year=2021),
    Reference(22, "Okafor C. Gait after stroke [preprint]. 2021.", 22, 1, year=2021),
    Reference(23, "Lindgren P. Hip pain. Circulation. 2020;142(Suppl 3):A11873.", 23, 1,
              title="Hip pain", journal="Circulation", year=2020, volume="142",
              pages="A11873"),
    Reference(24, "ClinicalTrials.gov. NCT04381936. Updated 2022.", 24, 1),
    Reference(25, "Statement on spine care [abstract].", 25, 1,
              title="Statement on spine care [abstract]"),
]  # fmt: skip


def asks_about(entry: Reference) -> bool:
    """Whether resolving the entry asks PubMed anything at all: its citation details, the
    record its PMID names, its DOI, its PMC id, or its title. The lookups ask nothing else."""
    return bool(
        has_citation(entry)
        or entry_pmid(entry)
        or entry_doi(entry)
        or entry_pmc(entry)
        or asks_title(entry)
    )


def verdict_by_its_kind(reference: Reference) -> Resolution:
    """The verdict as worked out before the shortcut: the entry's kind first."""
    kind = entry_kind(reference)
    if kind == NOT_INDEXED:
        return not_indexed(reference)
    failure = OFFLINE_REASON if asks_about(reference) else None
    return unresolved(reference, kind, None, failure, searchable=False)


@pytest.mark.parametrize("reference", ENTRIES, ids=lambda entry: str(entry.number))
def test_the_verdict_without_asking_is_the_one_its_kind_gives(reference: Reference) -> None:
    looked_up = as_looked_up(reference)
    assert unanswered(looked_up) == verdict_by_its_kind(looked_up)


@pytest.mark.parametrize("reference", ENTRIES, ids=lambda entry: str(entry.number))
@pytest.mark.parametrize("has_doi", [False, True])
def test_plainly_unindexed_is_the_kind_not_indexed(reference: Reference, has_doi: bool) -> None:
    looked_up = as_looked_up(reference)
    kind = kind_without_pmid(looked_up, has_doi=has_doi)
    assert plainly_unindexed(looked_up, has_doi=has_doi) == (kind == NOT_INDEXED)


def test_the_verdict_without_asking_is_the_one_asking_gives(tmp_path: Path) -> None:
    # An empty cache answers nothing either: the offline resolver knows it, and one whose
    # client is no OfflineClient asks it (and the client) every question all the same.
    cache = RecordCache(tmp_path)
    asking = EntrezResolver(Unanswering(), cache, offline=True)  # type: ignore[arg-type]
    assert not asking.answers_nothing()
    assert EntrezResolver(OfflineClient(), cache, offline=True).answers_nothing()
    unanswering = EntrezResolver(OfflineClient(), None, offline=True)
    assert unanswering.answers_nothing()
    assert unanswering.resolve(ENTRIES) == asking.resolve(ENTRIES)
    assert UnansweredResolver().resolve(ENTRIES) == asking.resolve(ENTRIES)
    cache.close()
