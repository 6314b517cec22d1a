"""``citelint lock`` keeps the verdicts the articles cite now: a corrected, retitled or removed
entry's old verdict goes, and the verdicts of articles the run did not read stay."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from citelint.models import Document, Reference, Resolution, Status
from citelint.pubmed.lock import LockFile
from citelint.pubmed.lock_resolver import (
    ANOTHER_ENTRY_REASON,
    NOT_LOCKED_REASON,
    OFFLINE_UNLOCKED_REASON,
    LockResolver,
)
from citelint.pubmed.outcomes import OFFLINE_REASON, StaticResolver
from citelint.pubmed.refresh import refresh_lock
from citelint.record import Record

TRIAL = Record(
    pmid="31000001",
    title="Graded walking for chronic low back pain: a randomised controlled trial",
    journal="Spine Journal",
    journal_abbrev="Spine J",
    year=2019,
    authors=["Okafor N", "Lindqvist P"],
    volume="19",
    pages="600-608",
    abstract="Adults with chronic low back pain walked three times a week for 12 weeks.",
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
REVIEW = Record(
    pmid="32000002",
    title="Exercise therapy for chronic neck pain: a systematic review",
    journal="Pain Reviews",
    year=2020,
    authors=["Brennan LK"],
    abstract="We pooled 14 trials of exercise for neck pain.",
    publication_types=["Journal Article", "Systematic Review"],
)


def titled(number: int, record: Record, pages: str | None = None, title: str = "") -> Reference:
    """An entry named by its title, journal and year, as most reference lists give it."""
    title = title or record.title
    pages = pages or record.pages or ""
    journal = record.journal_abbrev or record.journal
    return Reference(
        number=number,
        raw=f"{number}. {', '.join(record.authors)}. {title}. {journal}. "
        f"{record.year};{record.volume}:{pages}.",
        line=20 + number,
        column=1,
        title=title,
        journal=journal,
        year=record.year,
        volume=record.volume,
        pages=pages,
        authors=list(record.authors),
    )


def article(folder: Path, name: str, *references: Reference) -> Document:
    path = folder / name
    path.write_text("# An article\n", encoding="utf-8")  # only its being there counts
    return Document(str(path), "md", "", references=list(references))


def lock_run(
    path: Path,
    *documents: Document,
    records: tuple[Record, ...] = (TRIAL, REVIEW),
    covered: Sequence[Path] | None = None,
) -> tuple[LockFile, int]:
    """What ``citelint lock`` does with ``documents``: the lock, and the verdicts dropped.
    ``covered``: the paths the run was given (by default the documents themselves)."""
    lock = LockFile.load(path)
    refresh_lock(lock, documents, StaticResolver(records), checked="2026-05-06")
    given = [Path(document.path) for document in documents] if covered is None else covered
    return lock, lock.save(path, covered=given)


def test_correcting_an_entry_s_pages_leaves_one_verdict_that_still_answers(
    tmp_path: Path,
) -> None:
    """CLOSING22: after CL203's correction and a re-lock, the old verdict stayed beside the
    new one ("2 reference(s) locked" for one entry)."""
    path = tmp_path / "citelint.lock"
    lock_run(path, article(tmp_path, "a.md", titled(1, TRIAL, pages="600-680")))
    corrected = titled(1, TRIAL, pages="600-608")
    lock, dropped = lock_run(path, article(tmp_path, "a.md", corrected))
    assert (len(lock), dropped) == (1, 1)
    again = LockFile.load(path)
    assert len(again) == 1
    assert again.get(corrected) == TRIAL
    # The entry as it stood before is answered too: the same paper, a page wrong (CL203).
    assert again.get(titled(1, TRIAL, pages="600-680")) == TRIAL


def test_a_retitled_or_removed_entry_s_verdict_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    typo = titled(1, TRIAL, title="Graded walkng for chronic low back pain")
    lock_run(path, article(tmp_path, "a.md", typo, titled(2, REVIEW)))
    lock, dropped = lock_run(path, article(tmp_path, "a.md", titled(1, TRIAL)))
    assert (len(lock), dropped) == (1, 2)
    assert LockFile.load(path).get(titled(1, TRIAL)) == TRIAL


def test_a_run_over_one_article_keeps_the_verdicts_another_article_cites(
    tmp_path: Path,
) -> None:
    path = tmp_path / "citelint.lock"
    a = article(tmp_path, "a.md", titled(1, TRIAL), titled(2, REVIEW))
    b = article(tmp_path, "b.md", titled(1, REVIEW))
    lock_run(path, a, b)
    # a.md drops both its entries; only a.md is locked again.
    lock, dropped = lock_run(path, article(tmp_path, "a.md"))
    assert dropped == 1
    again = LockFile.load(path)
    assert again.get(titled(1, REVIEW)) == REVIEW  # b.md still cites it
    assert again.get(titled(1, TRIAL)) is None
    written = json.loads(path.read_text(encoding="utf-8"))
    assert list(written["articles"]) == ["b.md"]


def test_a_lock_written_before_it_kept_its_articles_loses_nothing(tmp_path: Path) -> None:
    """Its verdicts name no article: none can be told stale, so all stay."""
    path = tmp_path / "citelint.lock"
    old = LockFile()
    old.update(titled(1, TRIAL, pages="600-680"), TRIAL)
    old.update(titled(2, REVIEW), REVIEW)
    old.save(path)
    lock, dropped = lock_run(path, article(tmp_path, "a.md", titled(1, TRIAL, pages="600-608")))
    assert (len(lock), dropped) == (3, 0)


def test_a_deleted_article_s_verdicts_go_when_its_folder_is_locked(tmp_path: Path) -> None:
    """``citelint lock articles/``: an article deleted from the folder the run was given
    cites nothing."""
    path, folder = tmp_path / "citelint.lock", tmp_path / "articles"
    folder.mkdir()
    gone = article(folder, "old.md", titled(1, REVIEW))
    lock_run(path, gone, article(folder, "a.md", titled(1, TRIAL)), covered=[folder])
    Path(gone.path).unlink()
    a = article(folder, "a.md", titled(1, TRIAL))
    lock, dropped = lock_run(path, a, covered=[folder])
    assert (len(lock), dropped) == (1, 1)
    assert lock.get(titled(1, TRIAL)) == TRIAL
    written = json.loads(path.read_text(encoding="utf-8"))
    assert list(written["articles"]) == ["articles/a.md"]


def test_a_renamed_article_keeps_its_verdicts_when_another_article_is_locked(
    tmp_path: Path,
) -> None:
    """review23a P2-1: a.md renamed to b.md, then ``citelint lock c.md`` dropped a.md's
    verdicts (a retraction b.md still cites), so offline CI passed b.md."""
    path = tmp_path / "citelint.lock"
    a = article(tmp_path, "a.md", titled(1, REVIEW))
    lock_run(path, a, article(tmp_path, "c.md", titled(1, TRIAL)))
    Path(a.path).rename(tmp_path / "b.md")
    lock, dropped = lock_run(path, article(tmp_path, "c.md", titled(1, TRIAL)))
    assert (len(lock), dropped) == (2, 0)
    assert LockFile.load(path).get(titled(1, REVIEW)) == REVIEW
    # Nor does a run over a folder beside it drop them.
    elsewhere = tmp_path / "drafts"
    elsewhere.mkdir()
    assert lock_run(path, article(elsewhere, "d.md"), covered=[elsewhere])[1] == 0
    assert LockFile.load(path).get(titled(1, REVIEW)) == REVIEW


def test_an_article_outside_the_lock_s_folder_is_locked_but_not_listed(
    tmp_path: Path,
) -> None:
    """review23a P3-4: it was listed as "../out/x.md", a name no other checkout has."""
    repository, outside = tmp_path / "repository", tmp_path / "out"
    repository.mkdir()
    outside.mkdir()
    path = repository / "citelint.lock"
    lock_run(path, article(outside, "x.md", titled(1, REVIEW)), article(repository, "a.md"))
    written = json.loads(path.read_text(encoding="utf-8"))
    assert "articles" not in written
    assert LockFile.load(path).get(titled(1, REVIEW)) == REVIEW


class Down:
    """PubMed unreachable: every entry unverified."""

    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        return [Resolution(r.number, Status.UNVERIFIED, reason="network down") for r in references]

    def close(self) -> None:
        pass


def test_an_entry_the_network_could_not_check_keeps_its_verdict(tmp_path: Path) -> None:
    path = tmp_path / "citelint.lock"
    a = article(tmp_path, "a.md", titled(1, TRIAL), titled(2, REVIEW))
    lock_run(path, a)
    lock = LockFile.load(path)
    refresh_lock(lock, [a], Down())
    assert lock.save(path) == 0
    again = LockFile.load(path)
    assert (again.get(titled(1, TRIAL)), again.get(titled(2, REVIEW))) == (TRIAL, REVIEW)


LETTER = replace(TRIAL, pmid="31000009", title=TRIAL.title + ". Reply", pages="e30")


class Offline:
    def resolve(self, references: Sequence[Reference]) -> list[Resolution]:
        return [Resolution(r.number, Status.UNVERIFIED, reason=OFFLINE_REASON) for r in references]

    def close(self) -> None:
        pass


def test_an_entry_beside_another_entry_s_verdict_is_told_so_offline() -> None:
    """CLOSING22: CL208 said "no cached PubMed answer" for the trial's entry when the lock held
    the reply letter's verdict (its title and year) and none for the trial."""
    lock = LockFile()
    lock.update(titled(1, TRIAL, pages="e30"), LETTER)
    trial = titled(2, TRIAL, pages="600-608")
    elsewhere = titled(3, REVIEW)
    offline = LockResolver(lock, Offline()).resolve([trial, elsewhere])
    assert offline[0].reason == f"offline, and {ANOTHER_ENTRY_REASON}"
    # user23 P2 2: nothing of its title is locked: added or edited since the lock was written.
    assert offline[1].reason == OFFLINE_UNLOCKED_REASON
    assert LockResolver(None, Offline()).resolve([elsewhere])[0].reason == OFFLINE_REASON
    unlocked = LockResolver(lock).resolve([trial, elsewhere])
    assert [r.reason for r in unlocked] == [ANOTHER_ENTRY_REASON, NOT_LOCKED_REASON]


def test_an_entry_the_lock_lacks_offline_is_said_so_without_naming_the_cache() -> None:
    """review23a P3-3: CL208 said "neither citelint.lock nor the cache holds this entry" under
    --no-cache too (the cache was not read) and said nothing of a --mirror asked as well."""
    lock = LockFile()
    lock.update(titled(1, TRIAL), TRIAL)
    edited = titled(2, REVIEW)
    assert LockResolver(lock, Offline()).resolve([edited])[0].reason == (
        "offline, and citelint.lock holds no verdict for this entry (added or edited since it "
        "was locked?); run 'citelint lock'"
    )


def test_the_lists_of_a_book_s_earlier_chapters_are_locked_too(tmp_path: Path) -> None:
    """review26b P2: a chapter before the last is checked against its own list, so
    ``citelint lock`` locks its entries as well; left out, they stayed "could not be checked"
    with a hint to run the lock."""
    book = article(tmp_path, "book.md", titled(1, REVIEW))
    book.chapters = [Document(book.path, "md", "", references=[titled(1, TRIAL)])]
    lock, _ = lock_run(tmp_path / "citelint.lock", book)
    again = LockFile.load(tmp_path / "citelint.lock")
    assert (len(lock), again.get(titled(1, TRIAL)), again.get(titled(1, REVIEW))) == (
        2,
        TRIAL,
        REVIEW,
    )
