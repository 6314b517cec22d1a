"""Lock version 4 keys an entry named by its title and journal alone by its year too: the
versions of a Cochrane review cited without identifiers keep locked records of their own.
A version-3 lock is read by its old keys until ``citelint lock`` writes each entry again."""

from __future__ import annotations

import json
from pathlib import Path

from citelint.models import Document, Reference, Status
from citelint.pubmed.lock import LockFile
from citelint.pubmed.lock_keys import lock_key
from citelint.pubmed.lock_resolver import LockResolver
from citelint.pubmed.outcomes import StaticResolver
from citelint.pubmed.refresh import refresh_lock
from citelint.record import Record

TITLE = "Inspiratory muscle training before lung resection for adults with lung cancer"
FIRST = Record(
    pmid="31000101",
    title=TITLE + ".",
    journal="The Cochrane database of systematic reviews",
    journal_abbrev="Cochrane Database Syst Rev",
    year=2012,
    authors=["Achterberg F"],
    volume="3",
    pages="CD099101",
)
UPDATE = Record(
    pmid="31000102",
    title=TITLE + ".",
    journal="The Cochrane database of systematic reviews",
    journal_abbrev="Cochrane Database Syst Rev",
    year=2017,
    authors=["Achterberg F"],
    volume="6",
    pages="CD099101",
)


def cited(number: int, record: Record) -> Reference:
    """The review cited without PMID or DOI, as Cochrane's own lists do."""
    return Reference(
        number=number,
        raw=f"{number}. Achterberg F. {TITLE}. Cochrane Database Syst Rev. {record.year};"
        f"({record.volume}):{record.pages}.",
        line=10 + number,
        column=1,
        title=TITLE,
        journal="Cochrane Database Syst Rev",
        year=record.year,
        authors=["Achterberg F"],
        volume=record.volume,
        pages=record.pages,
    )


def version_3_lock(path: Path, record: Record) -> None:
    """A lock as version 3 wrote it: the review keyed by its title alone."""
    lock = LockFile()
    lock.update(cited(1, record), record, checked="2026-11-30")
    data = json.loads(lock.to_json())
    data["version"] = 3
    data["references"] = {
        lock_key(cited(1, record), dated=False): entry for entry in data["references"].values()
    }
    path.write_text(json.dumps(data), encoding="utf-8")


def test_two_versions_of_one_review_keep_their_own_records(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    lock = LockFile()
    lock.update(cited(1, FIRST), FIRST)
    lock.update(cited(2, UPDATE), UPDATE)
    lock.save(path)
    again = LockFile.load(path)
    assert len(again) == 2
    assert again.get(cited(1, FIRST)) == FIRST
    assert again.get(cited(2, UPDATE)) == UPDATE
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 4


def test_a_version_3_lock_is_read_by_its_old_keys(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    version_3_lock(path, UPDATE)
    lock = LockFile.load(path)
    # As version 3 read it: the one locked record answers for the title.
    assert lock.get(cited(2, UPDATE)) == UPDATE
    assert lock.get(cited(1, FIRST)) == UPDATE
    # Saved without locking again: version 4, the old key listed as undated, still read.
    lock.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 4
    assert data["undated"] == [lock_key(cited(1, UPDATE), dated=False)]
    assert LockFile.load(path).get(cited(2, UPDATE)) == UPDATE


def test_locking_again_replaces_the_old_key_by_each_versions_own(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    version_3_lock(path, UPDATE)
    lock = LockFile.load(path)
    article = Document("a.md", "md", "", references=[cited(1, FIRST), cited(2, UPDATE)])
    result = refresh_lock(lock, [article], StaticResolver([FIRST, UPDATE]))
    assert result.checked == 2
    lock.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert sorted(data["references"]) == sorted(
        [lock_key(cited(1, FIRST)), lock_key(cited(2, UPDATE))]
    )
    assert "undated" not in data
    relocked = LockFile.load(path)
    resolutions = LockResolver(relocked).resolve([cited(1, FIRST), cited(2, UPDATE)])
    assert [r.status for r in resolutions] == [Status.RESOLVED] * 2
    assert [r.record.pmid for r in resolutions if r.record] == [FIRST.pmid, UPDATE.pmid]


def test_a_version_4_lock_does_not_answer_for_another_year(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    lock = LockFile()
    lock.update(cited(2, UPDATE), UPDATE)
    lock.save(path)
    assert LockFile.load(path).get(cited(1, FIRST)) is None


def test_an_entry_without_a_year_keeps_its_key() -> None:
    undated = Reference(1, f"1. {TITLE}. Cochrane Database Syst Rev.", 1, 1, title=TITLE)
    undated.journal = "Cochrane Database Syst Rev"
    assert lock_key(undated) == lock_key(undated, dated=False)
    assert lock_key(cited(1, FIRST)) == lock_key(cited(1, FIRST), dated=False) + "|year:2012"
