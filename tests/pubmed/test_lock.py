"""``citelint.lock``: locked records, atomic and concurrent saves, refresh, lock-first resolving."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.errors import CitelintError, ConfigError
from citelint.models import Document, Reference, Resolution, Status
from citelint.pubmed.lock import LockFile
from citelint.pubmed.lock_keys import lock_key
from citelint.pubmed.lock_resolver import NOT_LOCKED_REASON, LockResolver, default_lock_path
from citelint.pubmed.outcomes import StaticResolver
from citelint.pubmed.refresh import refresh_lock
from citelint.read import read_path
from citelint.record import Record

TRIAL = Record(
    pmid="31000001",
    title="Supervised walking for chronic low back pain: a randomised controlled trial",
    journal="Spine Journal",
    journal_abbrev="Spine J",
    year=2019,
    authors=["Smith J", "Lee K"],
    volume="19",
    issue="4",
    pages="600-608",
    abstract="Adults with chronic low back pain walked three times a week for 12 weeks.",
    abstract_sections=[("METHODS", "Adults walked."), (None, "Pain fell.")],
    publication_types=["Journal Article", "Randomized Controlled Trial"],
    doi="10.1000/spine.2019.001",
)
REVIEW = Record(
    pmid="32000002",
    title="Exercise therapy for neck pain: a systematic review",
    journal="Pain Reviews",
    year=2020,
    authors=["Roe K"],
    abstract="We pooled 14 trials of exercise for neck pain.",
    publication_types=["Journal Article", "Systematic Review"],
)


def entry(number: int, record: Record, with_pmid: bool = True) -> Reference:
    authors = ", ".join(record.authors)
    return Reference(
        number=number,
        raw=f"{number}. {authors}. {record.title}. {record.journal}. {record.year}.",
        line=10 + number,
        column=1,
        title=record.title,
        journal=record.journal,
        year=record.year,
        authors=list(record.authors),
        pmid=record.pmid if with_pmid else None,
    )


def test_round_trip_keeps_every_outcome(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    lock = LockFile()
    trial, review = entry(1, TRIAL), entry(2, REVIEW, with_pmid=False)
    ghost = Reference(3, "3. Nobody A. A study that never was. Nowhere J. 2021.", 13, 1)
    ghost.title = "A study that never was"
    lock.update(trial, TRIAL, checked="2026-01-02")
    lock.update(review, REVIEW, checked="2026-01-02")
    lock.update_resolution(ghost, Resolution(3, Status.NOT_FOUND, reason="no match"), "2026-01-02")
    made_up = replace(entry(4, REVIEW, with_pmid=False), pmid="39999999")
    unknown = Resolution(4, Status.RESOLVED, REVIEW, unknown_pmid="39999999")
    lock.update_resolution(made_up, unknown, "2026-01-02")
    lock.save(path)

    loaded = LockFile.load(path)
    assert loaded.get(trial) == TRIAL
    assert loaded.get(review) == REVIEW
    assert loaded.get(ghost) is None
    resolution = loaded.get_resolution(ghost)
    assert resolution is not None
    assert (resolution.reference, resolution.status, resolution.reason) == (
        3,
        Status.NOT_FOUND,
        "no match",
    )
    assert loaded.get_resolution(made_up) == unknown
    assert len(loaded) == 4


def test_lock_file_is_sorted_json_with_the_summary_a_reviewer_reads(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    lock = LockFile()
    lock.update(entry(1, TRIAL), TRIAL, checked="2026-01-02")
    lock.save(path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert data["version"] == 4
    locked = data["references"][lock_key(entry(1, TRIAL))]
    assert locked["pmid"] == "31000001"
    assert locked["title"] == TRIAL.title
    assert locked["journal"] == "Spine Journal"
    assert locked["year"] == 2019
    assert locked["authors"] == ["Smith J", "Lee K"]
    assert locked["abstract_sha256"] == hashlib.sha256(TRIAL.abstract.encode()).hexdigest()
    assert locked["retracted"] is False
    assert locked["publication_types"] == TRIAL.publication_types
    assert locked["checked"] == "2026-01-02"
    assert locked["record"]["abstract"] == TRIAL.abstract


def test_entries_are_keyed_by_the_work_not_the_number(tmp_path: Path) -> None:
    lock = LockFile()
    lock.update(entry(1, REVIEW, with_pmid=False), REVIEW)
    renumbered = entry(7, REVIEW, with_pmid=False)
    resolution = lock.get_resolution(renumbered)
    assert resolution is not None and resolution.reference == 7
    assert lock.get(renumbered) == REVIEW
    assert lock.get(entry(1, TRIAL)) is None


def test_pmid_written_in_the_entry_text_is_the_key() -> None:
    lock = LockFile()
    lock.update(Reference(1, "1. PMID: 31000001", 10, 1, pmid="31000001"), TRIAL)
    plain = Reference(4, "4. PMID: 31000001", 20, 1)
    assert lock_key(plain) == "pmid:31000001"
    assert lock.get(plain) == TRIAL


def test_the_key_holds_pmid_doi_and_title_so_entries_sharing_a_pmid_stay_apart() -> None:
    titled = replace(entry(1, REVIEW), pmid="31000001", doi="10.1000/X")
    assert lock_key(titled) == (
        "pmid:31000001|doi:10.1000/x|title:exercise therapy for neck pain a systematic review"
    )
    lock = LockFile()
    named_other = Resolution(1, Status.NOT_FOUND, reason="PMID 31000001 is another paper")
    lock.update_resolution(titled, named_other)
    bare = Reference(2, "2. PMID: 31000001", 20, 1)
    assert lock.get_entry(bare) is None
    lock.update(bare, TRIAL)
    assert lock.get(bare) == TRIAL
    assert lock.get_resolution(titled) == replace(named_other, reference=1)


def test_untitled_entries_without_identifiers_are_keyed_by_their_whole_text() -> None:
    terse = Reference(3, "3. Brenner T, et al. Pain Med. 2021;22:1580.", 10, 1, title="Pain Med")
    other = Reference(5, "5. Ames K. Pain Med. 2019;20:33.", 11, 1, title="Pain Med")
    assert lock_key(terse) == "title:pain med|text:brenner t et al pain med 2021 22 1580"
    assert lock_key(terse) != lock_key(other)


def test_a_version_1_lock_reads_as_empty_and_is_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    old = {"pmid:31000001": {"status": "not-found", "checked": "2026-01-02", "reason": "x"}}
    path.write_text(json.dumps({"version": 1, "references": old}), encoding="utf-8")
    lock = LockFile.load(path)
    assert len(lock) == 0
    lock.update(entry(1, TRIAL), TRIAL)
    lock.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 4
    assert list(data["references"]) == [lock_key(entry(1, TRIAL))]


MIGRATION = Path(__file__).resolve().parents[2] / "fixtures" / "migration"


def test_a_version_2_lock_written_before_the_shared_normaliser_still_resolves(
    tmp_path: Path,
) -> None:
    # citelint.lock in fixtures/migration was written by the code of 2026-11-25: its keys keep
    # the accents of "Zürich", "Ødegård", "Naïve", which today's keys drop.
    article = read_path(MIGRATION / "article.md")
    lock = LockFile.load(MIGRATION / "citelint.lock")
    resolutions = LockResolver(lock).resolve(article.references)
    assert [r.status for r in resolutions] == [Status.RESOLVED] * 4
    assert [r.record.pmid for r in resolutions if r.record] == [
        "27000001",
        "27000002",
        "27000003",
        "27000004",
    ]
    path = tmp_path / "citelint.lock"
    path.write_bytes((MIGRATION / "citelint.lock").read_bytes())
    lock = LockFile.load(path)
    lock.save(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 4
    # Saved as read, version 3's keys (no year) listed as such, until locked again.
    old_keys = {lock_key(entry, dated=False) for entry in article.references}
    assert set(saved["references"]) == set(saved["undated"]) == old_keys
    assert len(LockResolver(LockFile.load(path)).resolve(article.references)) == 4


def test_save_is_atomic_when_writing_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "citelint.lock"
    first = LockFile()
    first.update(entry(1, TRIAL), TRIAL)
    first.save(path)
    before = path.read_bytes()

    def broken_replace(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    second = LockFile.load(path)
    second.update(entry(2, REVIEW), REVIEW)
    with pytest.raises(CitelintError, match="disk full"):
        second.save(path)
    assert path.read_bytes() == before
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def _add_records(path: str, worker: int, barrier: multiprocessing.synchronize.Barrier) -> None:
    lock = LockFile.load(path)  # every worker starts from the same, soon stale, file
    barrier.wait()
    for item in range(5):
        pmid = str(40000000 + worker * 10 + item)
        record = Record(pmid=pmid, title=f"Trial {worker}-{item} of walking", year=2020)
        lock.update(Reference(item + 1, f"PMID {pmid}", 1, 1, pmid=pmid), record)
        lock.save(path)


def test_eight_processes_saving_one_lock_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    seed = LockFile()
    seed.update(entry(1, TRIAL), TRIAL)
    seed.save(path)
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(8)
    workers = [context.Process(target=_add_records, args=(str(path), n, barrier)) for n in range(8)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert [worker.exitcode for worker in workers] == [0] * 8
    loaded = LockFile.load(path)
    expected = {f"pmid:{40000000 + w * 10 + i}" for w in range(8) for i in range(5)}
    assert set(loaded.entries) == expected | {lock_key(entry(1, TRIAL))}


def document(*references: Reference) -> Document:
    return Document("a.md", "md", "", references=list(references))


def test_refresh_reports_a_new_retraction(tmp_path: Path) -> None:
    lock = LockFile()
    lock.update(entry(1, TRIAL), TRIAL, checked="2026-01-02")
    retracted = replace(
        TRIAL,
        publication_types=[*TRIAL.publication_types, "Retracted Publication"],
        retraction_in=["39999999"],
    )
    refreshed = refresh_lock(
        lock, [document(entry(1, TRIAL))], StaticResolver([retracted]), checked="2026-03-04"
    )
    assert refreshed.messages == ["a.md:11:1: reference 1: PMID 31000001 is now retracted"]
    assert refreshed.retracted == 1
    locked = lock.get_entry(entry(1, TRIAL))
    assert locked is not None and locked.record is not None
    assert locked.record.retracted
    assert locked.checked == "2026-03-04"


def test_refresh_without_changes_says_nothing_and_new_entries_are_counted() -> None:
    lock = LockFile()
    lock.update(entry(1, TRIAL), TRIAL)
    articles = [document(entry(1, TRIAL), entry(2, REVIEW)), document(entry(5, REVIEW))]
    refreshed = refresh_lock(lock, articles, StaticResolver([TRIAL, REVIEW]))
    assert refreshed.messages == []  # counted in the command's summary (user27 P3-4)
    assert (refreshed.added, refreshed.retracted, refreshed.unchecked) == (1, 0, 0)
    assert set(lock.entries) == {lock_key(entry(1, TRIAL)), lock_key(entry(2, REVIEW))}


def test_refresh_reports_changed_metadata_and_notices() -> None:
    lock = LockFile()
    lock.update(entry(1, TRIAL), TRIAL)
    corrected = replace(TRIAL, erratum_in=["38888888"], abstract=TRIAL.abstract + " Revised.")
    refreshed = refresh_lock(lock, [document(entry(1, TRIAL))], StaticResolver([corrected]))
    assert refreshed.messages == [
        "a.md:11:1: reference 1: PMID 31000001 has a new erratum",
        "a.md:11:1: reference 1: PMID 31000001: abstract changed",
    ]


def test_refresh_keeps_the_locked_entry_when_the_network_fails() -> None:
    class Down:
        def resolve(self, references: list[Reference]) -> list[Resolution]:
            return [
                Resolution(r.number, Status.UNVERIFIED, reason="network down") for r in references
            ]

        def close(self) -> None:
            pass

    lock = LockFile()
    lock.update(entry(1, TRIAL), TRIAL, checked="2026-01-02")
    refreshed = refresh_lock(lock, [document(entry(1, TRIAL))], Down())
    # The entry is named by its place in the article, never by the lock's internal key.
    assert refreshed.messages == [
        "a.md:11:1: reference 1 could not be checked: network down; kept the locked entry"
    ]
    assert refreshed.unchecked == 1
    kept = lock.get_entry(entry(1, TRIAL))
    assert kept is not None and kept.record == TRIAL and kept.checked == "2026-01-02"


def test_lock_resolver_uses_the_lock_then_the_fallback_in_order() -> None:
    lock = LockFile()
    lock.update(entry(2, REVIEW), REVIEW)
    references = [entry(1, TRIAL), entry(2, REVIEW), entry(3, TRIAL)]
    resolutions = LockResolver(lock, StaticResolver([TRIAL])).resolve(references)
    assert [(r.reference, r.status) for r in resolutions] == [
        (1, Status.RESOLVED),
        (2, Status.RESOLVED),
        (3, Status.RESOLVED),
    ]
    assert [r.record.pmid for r in resolutions if r.record] == ["31000001", "32000002", "31000001"]


def test_closing_a_lock_resolver_closes_its_fallback() -> None:
    closed: list[bool] = []

    class Fallback(StaticResolver):
        def close(self) -> None:
            closed.append(True)

    with LockResolver(LockFile(), Fallback([TRIAL])):
        pass
    assert closed == [True]
    LockResolver(LockFile()).close()  # nothing to close


def test_lock_resolver_without_fallback_marks_the_rest_unverified() -> None:
    lock = LockFile()
    lock.update(entry(1, TRIAL), TRIAL)
    resolutions = LockResolver(lock).resolve([entry(1, TRIAL), entry(2, REVIEW)])
    assert resolutions[0].status == Status.RESOLVED
    assert (resolutions[1].reference, resolutions[1].status, resolutions[1].reason) == (
        2,
        Status.UNVERIFIED,
        NOT_LOCKED_REASON,
    )


def test_a_locked_retraction_is_found_offline() -> None:
    retracted = replace(TRIAL, publication_types=["Journal Article", "Retracted Publication"])
    lock = LockFile()
    lock.update(entry(1, TRIAL), retracted)
    result = lint_documents([document(entry(1, TRIAL))], Config(), LockResolver(lock))
    assert "CL205" in [finding.code for finding in result.findings]


@pytest.mark.parametrize(
    "content",
    [
        "{broken",
        '{"version": 99, "references": {}}',
        '{"version": 2, "references": []}',
        '{"version": 1}',
        '{"version": 1, "references": []}',
        '{"version": 1, "references": {"pmid:1": {"status": "resolved", "checked": "x"}}}',
        '{"version": 1, "references": {"pmid:1": {"status": "maybe", "checked": "x"}}}',
        '{"version": 1, "references": {"pmid:1": {"status": "resolved", "checked": "x",'
        ' "record": {"pmid": 1}}}}',
        '{"version": 1, "references": {"pmid:1": "resolved"}}',
    ],
)
def test_corrupt_lock_is_a_config_error_naming_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "citelint.lock"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="citelint.lock"):
        LockFile.load(path)
    with pytest.raises(ConfigError, match="citelint.lock"):
        LockFile().save(path)  # never overwrite what cannot be read


def test_missing_lock_is_empty_unless_required(tmp_path: Path) -> None:
    assert len(LockFile.load(tmp_path / "citelint.lock")) == 0
    with pytest.raises(ConfigError, match="citelint lock"):
        LockFile.load(tmp_path / "citelint.lock", missing_ok=False)


def test_default_lock_path_sits_beside_the_configuration(tmp_path: Path) -> None:
    config = Config(source=str(tmp_path / "articles" / "pyproject.toml"))
    assert default_lock_path(config) == tmp_path / "articles" / "citelint.lock"
    config.lock_file = "locks/refs.lock"
    assert default_lock_path(config) == tmp_path / "articles" / "locks" / "refs.lock"
    assert default_lock_path(Config(), cwd=tmp_path) == tmp_path / "citelint.lock"


def test_default_lock_path_finds_the_lock_of_an_enclosing_folder(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "citelint.lock").write_text("{}", encoding="utf-8")
    articles = tmp_path / "articles" / "2026"
    articles.mkdir(parents=True)
    assert default_lock_path(Config(), cwd=articles) == tmp_path / "citelint.lock"


def test_default_lock_path_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "citelint.lock").write_text("{}", encoding="utf-8")
    repository = tmp_path / "repo"
    (repository / ".git").mkdir(parents=True)
    assert default_lock_path(Config(), cwd=repository) == repository / "citelint.lock"


def locked_entry_json(tmp_path: Path) -> tuple[Path, dict, str]:
    """A lock holding one resolved entry, and that entry's stored form and key."""
    path = tmp_path / "citelint.lock"
    lock = LockFile()
    lock.update(entry(1, TRIAL), TRIAL, checked="2026-01-02")
    lock.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    key = lock_key(entry(1, TRIAL))
    return path, data, key


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"title": 5}, "title must be text"),
        ({"record": {"title": 5}}, "record: title must be text"),
        ({"record": {"authors": 7}}, "record: authors must be a list of text"),
        ({"record": {"authors": ["Smith J", None]}}, "record: authors must be a list of text"),
        ({"record": {"year": "x"}}, "record: year must be a whole number or null"),
        ({"record": {"year": True}}, "record: year must be a whole number or null"),
        ({"record": {"pmid": 31000001}}, "record: pmid must be a PubMed ID (text of digits)"),
        ({"record": {"abstract_sections": [["A"]]}}, "record: abstract_sections must be a list"),
        ({"record": {"book": "no"}}, "record: book must be true or false"),
        ({"record": {"volume": 19}}, "record: volume must be text or null"),
        ({"checked": 20260102}, "checked must be text"),
        ({"candidates": "31000001"}, "candidates must be a list of PubMed IDs"),
        ({"unknown_pmid": 5}, "unknown_pmid must be a PubMed ID or null"),
        ({"identifier_record": "31000001"}, "identifier_record: a record must be a table"),
        ({"retracted": "no"}, "retracted must be true or false"),
    ],
)
def test_a_wrong_value_in_a_lock_entry_is_named_in_one_line(
    tmp_path: Path, change: dict, problem: str
) -> None:
    path, data, key = locked_entry_json(tmp_path)
    stored = data["references"][key]
    for name, value in change.items():
        if name == "record":
            stored["record"].update(value)
        else:
            stored[name] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        LockFile.load(path)
    message = str(caught.value)
    assert message.startswith(f"corrupt lock file {path}: entry {key!r}: {problem}")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("stored", "problem"),
    [
        ({}, "status must be one of resolved, not-found, ambiguous, not-in-pubmed"),
        ({"status": "resolved", "checked": "x", "record": {}}, "record: a record needs its pmid"),
        ({"status": "not-found"}, "checked (the date of the last check) is missing"),
        ([], "must be a table"),
    ],
)
def test_an_incomplete_lock_entry_is_named_too(
    tmp_path: Path, stored: object, problem: str
) -> None:
    path = tmp_path / "citelint.lock"
    path.write_text(json.dumps({"version": 2, "references": {"pmid:1": stored}}), "utf-8")
    with pytest.raises(ConfigError, match=re.escape(f"entry 'pmid:1': {problem}")):
        LockFile.load(path)


def test_a_lock_key_with_control_characters_is_shown_escaped(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    key = "title:forged\nline\u202e"
    path.write_text(json.dumps({"version": 2, "references": {key: {}}}), "utf-8")
    with pytest.raises(ConfigError) as caught:
        LockFile.load(path)
    assert "entry 'title:forged\\nline\\u202e'" in str(caught.value)


def _titled(number: int, journal: str, volume: str, pages: str) -> Reference:
    title = "Supervised walking for chronic low back pain"
    return Reference(
        number=number,
        raw=f"{number}. Smith J. {title}. {journal}. 2019;{volume}:{pages}.",
        line=10 + number,
        column=1,
        title=title,
        journal=journal,
        year=2019,
        volume=volume,
        pages=pages,
    )


LETTER = replace(TRIAL, pmid="31000009", title=TRIAL.title + ". Reply", pages="e30")


def test_entries_of_one_title_and_year_citing_other_pages_keep_their_own_verdicts(
    tmp_path: Path,
) -> None:
    """user21: the lock held the reply letter's record (titled as the trial, the same year)
    for the trial's entries too: "pages 693-704 in the entry, e30 in PubMed", a false CL203."""
    trial, letter = _titled(1, "Spine J", "19", "600-608"), _titled(2, "Spine J", "19", "e30")
    assert lock_key(trial) == lock_key(letter)
    lock = LockFile()
    lock.update(letter, LETTER)
    assert lock.get(trial) is None  # the letter's verdict is not the trial's
    lock.update(trial, TRIAL)
    path = tmp_path / "citelint.lock"
    lock.save(path)
    again = LockFile.load(path)
    assert again.get(letter) == LETTER
    assert again.get(trial) == TRIAL
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 4


def test_a_verdict_locked_before_entries_kept_their_source_still_answers() -> None:
    """A version-4 lock written before: its entries answer as they did."""
    trial = _titled(1, "Spine J", "19", "600-608")
    data = {
        "version": 4,
        "references": {
            lock_key(trial): {
                "status": "resolved",
                "checked": "2026-01-02",
                "record": TRIAL.to_dict(),
            }
        },
    }
    lock = LockFile.parse(json.dumps(data), Path("citelint.lock"))
    assert lock.get(trial) == TRIAL
    assert lock.get(_titled(2, "Spine J", "19", "e30")) == TRIAL


@pytest.mark.parametrize(
    ("locked", "corrected"),
    [
        (("Spine J", "19", "600-680"), ("Spine J", "19", "600-608")),  # the last page, CL203
        (("Spine J", "19", "60-608"), ("Spine J", "19", "600-608")),  # the first page
        (("Spine J", "91", "600-608"), ("Spine J", "19", "600-8")),  # volume, restyled pages
    ],
)
def test_an_entry_corrected_toward_its_locked_record_stays_locked(
    locked: tuple[str, str, str], corrected: tuple[str, str, str]
) -> None:
    """review22a P1-2: fixing the pages as CL203 asked unlocked the entry, and offline its
    CL205 (retracted) and CL206 (erratum) findings gave way to a CL208 info, exit 0."""
    retracted = replace(TRIAL, retraction_in=["31000010"])
    lock = LockFile()
    lock.update(_titled(1, *locked), retracted)
    assert lock.get(_titled(1, *corrected)) == retracted
    # An entry that disagrees with the locked record is another paper's (user21's letter).
    assert lock.get(_titled(1, "Spine J", "19", "e30")) is None


def test_a_lock_run_over_some_articles_keeps_the_other_entries_of_a_key(tmp_path: Path) -> None:
    """review22a P2-1: locking only the article citing the letter wrote it under the key and
    dropped the trial's verdict, so the trial's entry was no longer locked."""
    trial, letter = _titled(1, "Spine J", "19", "600-608"), _titled(1, "Spine J", "19", "e30")
    path = tmp_path / "citelint.lock"
    lock = LockFile()
    lock.update(trial, TRIAL)
    lock.update(letter, LETTER)
    lock.save(path)
    partial = LockFile.load(path)
    partial.update(letter, LETTER)
    partial.save(path)
    again = LockFile.load(path)
    assert again.get(trial) == TRIAL
    assert again.get(letter) == LETTER
    assert len(again) == 2


def test_an_entry_restyled_again_is_answered_by_its_latest_verdict() -> None:
    """The verdict of the entry before its correction stays beside the one locked after it;
    an entry agreeing with both is answered by the later (here: retracted since)."""
    retracted = replace(TRIAL, retraction_in=["31000010"])
    lock = LockFile()
    lock.update(_titled(1, "Spine J", "19", "600-680"), TRIAL, checked="2026-01-02")
    lock.update(_titled(1, "Spine J", "19", "600-608"), retracted, checked="2026-03-04")
    assert len(lock) == 2
    assert lock.get(_titled(1, "Spine J", "19", "600-8")) == retracted


def test_locking_returns_the_verdict_the_entry_now_reads() -> None:
    """refresh compares the verdict before and after from what update_resolution returns
    (review22a P3-5: it read it back, with a branch for a miss that cannot happen)."""
    trial, letter = _titled(1, "Spine J", "19", "600-608"), _titled(1, "Spine J", "19", "e30")
    lock = LockFile()
    for reference, record in ((trial, TRIAL), (letter, LETTER)):
        written = lock.update_resolution(
            reference, Resolution(1, Status.RESOLVED, record), "2026-01-02"
        )
        assert written is lock.get_entry(reference)
        assert written.record == record
