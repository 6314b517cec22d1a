"""Reading files in worker processes (``--jobs``): the same mirror, the same errors.

Also the ``title_words`` counts, which an update keeps right as titles come and go.
"""

from __future__ import annotations

import fcntl
import gzip
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fake_eutils import FIXTURES, PUBMED_DOCTYPE, FakeEutils
from test_mirror_build import COHORT, RETRACTED, article, pubmed_file, quiet
from test_mirror_cli import citelint

from citelint.commands.mirror import _terminate_as_error
from citelint.errors import CitelintError
from citelint.pubmed.mirror.query import MirrorClient
from citelint.pubmed.mirror.store import MirrorError, connect, read_meta
from citelint.pubmed.mirror.write import Applied, build, update

DELETION = '<DeleteCitation><PMID Version="1">39990002</PMID></DeleteCitation>'


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the times, and every (word, record, column) indexed."""
    queries = {
        "meta": "SELECT key, value FROM meta WHERE key <> 'created' ORDER BY key",
        "files": "SELECT seq, name, dated, records, deleted FROM files ORDER BY seq",
        "records": "SELECT * FROM records ORDER BY pmid",
        "ids": "SELECT * FROM ids ORDER BY key, pmid",
        "journals": "SELECT * FROM journals ORDER BY id",
        "journal_names": "SELECT * FROM journal_names ORDER BY name, journal",
        "places": "SELECT * FROM places ORDER BY pmid",
        "title_words": "SELECT * FROM title_words ORDER BY word",
        "indexed": "SELECT term, doc, col FROM temp.indexed ORDER BY term, doc, col",
    }
    db = sqlite3.connect(path)
    try:
        db.execute("CREATE VIRTUAL TABLE temp.indexed USING fts5vocab(main, 'words', 'instance')")
        return {name: db.execute(query).fetchall() for name, query in queries.items()}
    finally:
        db.close()


def body(path: Path) -> str:
    """What a fixture file's <PubmedArticleSet> holds (articles and books alike)."""
    text = path.read_text(encoding="utf-8")
    start = text.index("<PubmedArticleSet>") + len("<PubmedArticleSet>")
    return text[start : text.rindex("</PubmedArticleSet>")]


def versioned(number: int, note: str) -> str:
    text = article(COHORT).replace('<PMID Version="1">', f'<PMID Version="{number}">', 1)
    return text.replace("retrospective cohort", f"retrospective cohort ({note})")


def many_files(folder: Path) -> list[Path]:
    """The fixtures one file each, then later files that replace, repeat and delete records."""
    folder.mkdir()
    files = [
        pubmed_file(folder / f"pubmed25n{number:04d}.xml.gz", body(path))
        for number, path in enumerate(sorted(FIXTURES.glob("*.xml")), start=1)
    ]
    files.append(pubmed_file(folder / "pubmed25n0100.xml", versioned(2, "second"), tail=DELETION))
    files.append(pubmed_file(folder / "pubmed25n0101.xml.gz", versioned(1, "stale")))
    files.append(pubmed_file(folder / "pubmed25n0102.xml", versioned(3, "third")))
    return files


def test_any_number_of_jobs_builds_the_same_mirror(tmp_path: Path) -> None:
    files = many_files(tmp_path / "xml")
    built = {}
    for jobs in (1, 2, 3):
        target = tmp_path / f"jobs{jobs}.sqlite3"
        seen: list[Applied] = []
        assert build(target, files, True, seen.append, jobs=jobs) == 13
        stored = [(item.path.name, item.records, item.deleted) for item in seen]
        assert stored[-4:] == [
            ("pubmed25n0014.xml.gz", 1, 0),
            ("pubmed25n0100.xml", 1, 1),  # version 2 replaces 1, and 39990002 is deleted
            ("pubmed25n0101.xml.gz", 0, 0),  # version 1 does not replace 2
            ("pubmed25n0102.xml", 1, 0),
        ]
        built[jobs] = tables(target)
    assert built[1] == built[2] == built[3]
    assert len(built[1]["indexed"]) > 100
    with MirrorClient(tmp_path / "jobs2.sqlite3") as mirror:
        assert mirror.esearch('"retrospective cohort (third)"[ti]').ids == ["39990001"]
        assert mirror.esearch('"10.5555/esj.2020.2761"[doi]').ids == []


def test_a_worker_reading_a_bad_file_gives_the_same_error(tmp_path: Path) -> None:
    files = many_files(tmp_path / "xml")
    cut = files[5]
    cut.write_bytes(cut.read_bytes()[:-30])
    target = tmp_path / "pubmed.sqlite3"
    for jobs in (1, 2):
        with pytest.raises(MirrorError) as raised:
            build(target, files, True, quiet, jobs=jobs)
        assert str(raised.value) == f"{cut}: the gzip file is truncated or damaged (the file " + (
            "ends before the end of its compressed data)"
        )
        assert not target.exists() and not list(tmp_path.glob(".*.tmp"))
    other = tmp_path / "xml" / "pubmed25n0003.xml"
    other.write_text('<?xml version="1.0"?>\n<eSearchResult><Count>0</Count></eSearchResult>\n')
    with pytest.raises(MirrorError, match=r"pubmed25n0003.xml: not PubMed XML \(the document"):
        build(target, [*files[:2], other, *files[2:]], True, quiet, jobs=2)
    assert not target.exists()


def test_a_worker_never_fetches_the_doctype_dtd(tmp_path: Path) -> None:
    with FakeEutils(records_dir=None) as server:
        doctype = f'<!DOCTYPE PubmedArticleSet SYSTEM "{server.url}pubmed_250101.dtd">\n'
        files = []
        for number, path in enumerate([COHORT, RETRACTED], start=1):
            files.append(tmp_path / f"pubmed25n000{number}.xml")
            files[-1].write_text(f"{doctype}<PubmedArticleSet>{article(path)}</PubmedArticleSet>\n")
        assert build(tmp_path / "pubmed.sqlite3", files, True, quiet, jobs=2) == 2
        assert server.requests() == []


def test_an_update_read_by_workers_applies_files_in_order_until_a_bad_one(
    tmp_path: Path,
) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [COHORT, FIXTURES / "39990002.xml"], True, quiet)
    good = pubmed_file(tmp_path / "pubmed25n1300.xml", versioned(2, "second"), tail=DELETION)
    stale = pubmed_file(tmp_path / "pubmed25n1301.xml.gz", versioned(1, "stale"))
    bad = tmp_path / "pubmed25n1302.xml"
    bad.write_text(f"{PUBMED_DOCTYPE}<PubmedArticleSet>\n{article(RETRACTED)}<PubmedArt")
    seen: list[Applied] = []
    with pytest.raises(MirrorError, match="pubmed25n1302.xml: the XML is cut off"):
        update(target, [good, stale, bad], seen.append, jobs=2)
    assert [(item.path, item.records, item.deleted) for item in seen] == [
        (good, 1, 1),
        (stale, 0, 0),
    ]
    with connect(target, write=False) as db:
        assert read_meta(db)["records"] == "1"
        names = [row[0] for row in db.execute("SELECT name FROM files ORDER BY seq")]
    db.close()
    assert names[-2:] == [good.name, stale.name]
    seen.clear()
    update(target, [good, stale], seen.append, jobs=2)
    assert all(item.skipped for item in seen)


def test_an_update_keeps_the_title_word_counts_of_a_fresh_build(tmp_path: Path) -> None:
    baseline = [
        pubmed_file(tmp_path / "pubmed25n0001.xml", *map(body, sorted(FIXTURES.glob("*.xml"))))
    ]
    # A new title for one record, another deleted, one added, one repeated unchanged.
    renamed = article(COHORT).replace("retrospective cohort", "prospective zyxcohort")
    added = article(RETRACTED).replace("39990004", "39990099")
    updates = [
        pubmed_file(tmp_path / "pubmed25n1300.xml.gz", renamed, added, tail=DELETION),
        pubmed_file(tmp_path / "pubmed25n1301.xml", article(FIXTURES / "39990003.xml")),
    ]
    updated, fresh = tmp_path / "updated.sqlite3", tmp_path / "fresh.sqlite3"
    build(updated, baseline, True, quiet)
    before = dict(tables(updated)["title_words"])
    for jobs in (1, 2):
        build(updated, baseline, True, quiet)
        update(updated, updates, quiet, jobs=jobs)
        build(fresh, [*baseline, *updates], True, quiet)
        counts = dict(tables(updated)["title_words"])
        assert counts == dict(tables(fresh)["title_words"])
    assert counts["zyxcohort"] == 1 and "zyxcohort" not in before
    # The only title with "retrospective" is renamed: the word is in no title any more.
    assert before["retrospective"] == 1 and "retrospective" not in counts
    assert counts != before


def test_jobs_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "xml"
    many_files(folder)
    done = citelint(tmp_path, "mirror", "build", "--mirror", "a.sqlite3", "--jobs", "2", "xml")
    assert done.returncode == 0, done.stderr
    assert "13 record(s) from 17 file(s)" in done.stdout
    done = citelint(tmp_path, "mirror", "build", "--mirror", "b.sqlite3", "-j", "1", "xml")
    assert tables(tmp_path / "a.sqlite3") == tables(tmp_path / "b.sqlite3")
    cut = folder / "pubmed25n0009.xml.gz"
    cut.write_bytes(gzip.compress(b"<PubmedArticleSet>")[:-8])
    done = citelint(tmp_path, "mirror", "build", "--mirror", "c.sqlite3", "--jobs", "2", "xml")
    assert done.returncode == 2
    assert done.stderr.startswith("citelint: error: ") and "pubmed25n0009.xml.gz" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "c.sqlite3").exists() and not list(tmp_path.glob(".*.tmp"))
    done = citelint(tmp_path, "mirror", "update", "--mirror", "a.sqlite3", "--jobs", "0", "xml")
    assert done.returncode == 2 and "--jobs" in done.stderr


def test_with_jobs_a_mirror_that_cannot_be_written_is_still_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [COHORT], True, quiet)
    files = [FIXTURES / "39990002.xml", FIXTURES / "39990003.xml"]
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(MirrorError, match="locked by another process"):
            update(target, files, quiet, timeout=0.05, jobs=2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open(f"{target}.lock", "a") as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(MirrorError, match="another 'citelint mirror build' or 'update'"):
            build(target, files, True, quiet, jobs=2)
        with pytest.raises(MirrorError, match="another 'citelint mirror build' or 'update'"):
            update(target, files, quiet, jobs=2)
    with sqlite3.connect(target) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    db.close()
    with pytest.raises(MirrorError, match="upgrade citelint"):
        update(target, files, quiet, jobs=2)
    monkeypatch.setattr("citelint.pubmed.mirror.write.os.access", lambda path, mode: False)
    with pytest.raises(MirrorError, match="pubmed.sqlite3: the PubMed mirror is read-only"):
        update(target, files, quiet, jobs=2)


# A build whose reading processes never finish: the writer waits on the first file.
STALLED_BUILD = """
import multiprocessing, sys, threading, time
from pathlib import Path
from citelint.pubmed.mirror import rows

def stall(path, abstracts):
    time.sleep(120)
    return b""

def tell_workers():
    time.sleep(1)
    print(*[child.pid for child in multiprocessing.active_children()], flush=True)

rows._whole_file = stall
threading.Thread(target=tell_workers, daemon=True).start()
next(rows.read_files([Path("a.xml"), Path("b.xml")], False, 2))
"""


def running(pid: int) -> bool:
    """Whether the process runs (a zombie no one has reaped yet has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_reading_processes_end_when_the_writer_is_killed(tmp_path: Path) -> None:
    # Left running, they would hold the mirror's lock (inherited) and refuse every later build.
    writer = subprocess.Popen(
        [sys.executable, "-c", STALLED_BUILD], cwd=tmp_path, stdout=subprocess.PIPE, text=True
    )
    try:
        workers = [int(pid) for pid in writer.stdout.readline().split()]  # type: ignore[union-attr]
        assert len(workers) == 2 and all(running(pid) for pid in workers)
    finally:
        writer.kill()
        writer.wait()
    deadline = time.monotonic() + 15
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left


def test_a_terminate_signal_ends_a_build_with_an_error() -> None:
    previous = signal.getsignal(signal.SIGTERM)
    terminated = pytest.raises(CitelintError, match="pubmed.sqlite3: stopped by a terminate")
    with terminated, _terminate_as_error(Path("pubmed.sqlite3")):
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the signal arrives before this ends
    assert signal.getsignal(signal.SIGTERM) == previous


def test_a_build_removes_what_a_killed_build_left(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    left = tmp_path / ".pubmed.sqlite3.4242.tmp"
    left.write_bytes(b"half a database")
    # Other mirrors' temporary files, which may be building now, stay.
    others = [tmp_path / ".other.sqlite3.4242.tmp", tmp_path / ".pubmed.sqlite3.b.4242.tmp"]
    for other in others:
        other.write_bytes(b"")
    build(target, [COHORT], True, quiet)
    assert not left.exists() and all(other.exists() for other in others)
