"""Building and updating the mirror: records in, versions replaced, deletions, bad input."""

from __future__ import annotations

import fcntl
import gzip
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from fake_eutils import FIXTURES, PUBMED_DOCTYPE, FakeEutils

from citelint.models import Status, normalise
from citelint.pubmed.mirror.query import MirrorClient
from citelint.pubmed.mirror.source import collect, read_file, skip_elements
from citelint.pubmed.mirror.store import MirrorError, connect, read_meta
from citelint.pubmed.mirror.write import Applied, build, update
from citelint.pubmed.pubmed_xml import parse_pubmed_articles

RETRACTED = FIXTURES / "39990004.xml"
COHORT = FIXTURES / "39990001.xml"


def article(path: Path) -> str:
    """The <PubmedArticle> element of a fixture file, as text."""
    text = path.read_text(encoding="utf-8")
    return text[text.index("<PubmedArticle>") : text.rindex("</PubmedArticleSet>")]


def pubmed_file(path: Path, *articles: str, tail: str = "") -> Path:
    body = "".join(articles) + tail
    data = f"{PUBMED_DOCTYPE}<PubmedArticleSet>\n{body}</PubmedArticleSet>\n".encode()
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return path


def quiet(applied: Applied) -> None:
    pass


def records(path: Path) -> dict[str, object]:
    with MirrorClient(path) as mirror:
        return {r.pmid: r for r in mirror.efetch([str(n) for n in range(39990001, 39990015)])}


def test_a_folder_of_files_becomes_a_mirror_holding_what_efetch_gives(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    assert build(target, collect([str(FIXTURES)]), True, quiet) == 14
    held = records(target)
    for path in sorted(FIXTURES.glob("*.xml")):
        (expected,) = parse_pubmed_articles(path.read_bytes())
        assert held[expected.pmid] == expected
    with MirrorClient(target) as mirror:
        assert mirror.abstracts
        assert mirror.esearch('"10.5555/PP.2018.E487"[doi]').ids == ["39990004"]
    assert not list(tmp_path.glob(".*.tmp"))


def test_without_abstracts_the_mirror_keeps_no_abstract_or_mesh(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, collect([str(COHORT)]), False, quiet)
    (record,) = records(target).values()
    assert record.abstract == "" and record.mesh_terms == [] and record.title


def test_gzip_files_are_read_in_name_order(tmp_path: Path) -> None:
    older = article(COHORT)
    newer = older.replace("a retrospective cohort study.", "a retrospective cohort study (v2).")
    second = pubmed_file(tmp_path / "pubmed25n0002.xml.gz", newer)
    first = pubmed_file(tmp_path / "pubmed25n0001.xml.gz", older)
    assert collect([str(second), str(first)]) == [first, second]
    target = tmp_path / "pubmed.sqlite3"
    build(target, collect([str(tmp_path)]), True, quiet)
    assert records(target)["39990001"].title.endswith("(v2).")


def test_update_replaces_records_removes_deleted_ones_and_remembers_files(
    tmp_path: Path,
) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, collect([str(COHORT), str(FIXTURES / "39990002.xml")]), True, quiet)
    changed = article(COHORT).replace("<Volume>22</Volume>", "<Volume>23</Volume>")
    deletion = '<DeleteCitation><PMID Version="1">39990002</PMID></DeleteCitation>'
    update_file = pubmed_file(tmp_path / "pubmed25n1300.xml.gz", changed, tail=deletion)
    seen: list[Applied] = []
    assert update(target, [update_file], seen.append) == 1
    assert (seen[0].records, seen[0].deleted) == (1, 1)
    held = records(target)
    assert list(held) == ["39990001"] and held["39990001"].volume == "23"
    with MirrorClient(target) as mirror:
        assert mirror.esearch('"10.5555/esj.2020.2761"[doi]').ids == []
        assert mirror.esearch("(effectiveness[ti] AND rehabilitation[ti])").ids == []
    seen.clear()
    update(target, [update_file], seen.append)
    assert seen[0].skipped
    with connect(target, write=False) as db:
        assert read_meta(db)["records"] == "1"
        names = [row[0] for row in db.execute("SELECT name FROM files ORDER BY seq")]
    assert names[-1] == "pubmed25n1300.xml.gz"


def test_a_later_version_of_a_record_is_never_replaced_by_an_earlier_one(tmp_path: Path) -> None:
    second = article(COHORT).replace('<PMID Version="1">', '<PMID Version="2">', 1)
    second = second.replace("retrospective cohort", "retrospective cohort (version 2)")
    target = tmp_path / "pubmed.sqlite3"
    build(target, [pubmed_file(tmp_path / "a.xml", second)], True, quiet)
    update(target, [pubmed_file(tmp_path / "b.xml", article(COHORT))], quiet)
    assert "(version 2)" in records(target)["39990001"].title


def test_within_one_file_records_and_deletions_apply_in_file_order(tmp_path: Path) -> None:
    # Records are stored in batches: a later copy, a deletion, or an earlier version further
    # down the same file must still act as if each were applied in turn.
    def version(number: int, note: str) -> str:
        text = article(COHORT).replace('<PMID Version="1">', f'<PMID Version="{number}">', 1)
        return text.replace("retrospective cohort", f"retrospective cohort ({note})")

    deletion = '<DeleteCitation><PMID Version="1">39990002</PMID></DeleteCitation>'
    path = pubmed_file(
        tmp_path / "pubmed25n0001.xml",
        version(1, "first"),
        article(FIXTURES / "39990002.xml"),
        version(2, "second"),
        version(1, "stale"),
        tail=deletion,
    )
    target = tmp_path / "pubmed.sqlite3"
    assert build(target, [path], True, quiet) == 1
    held = records(target)
    assert list(held) == ["39990001"] and "(second)" in held["39990001"].title
    with MirrorClient(target) as mirror:
        assert mirror.esearch('"retrospective cohort (second)"[ti]').ids == ["39990001"]
        assert mirror.esearch('"retrospective cohort (first)"[ti]').ids == []


def test_blank_text_between_inline_markup_is_kept_as_efetch_keeps_it(tmp_path: Path) -> None:
    # libxml2's blank-text removal would read "<i>a</i> <b>b</b>" as "ab".
    original = article(COHORT)
    start = original.index("<ArticleTitle>") + len("<ArticleTitle>")
    end = original.index("</ArticleTitle>")
    marked = original[:start] + "<i>Lumbar</i> <b>stenosis</b>" + original[end:]
    path = pubmed_file(tmp_path / "pubmed25n0001.xml", marked)
    target = tmp_path / "pubmed.sqlite3"
    build(target, [path], True, quiet)
    (expected,) = parse_pubmed_articles(path.read_bytes())
    assert expected.title == "Lumbar stenosis"
    assert records(target)["39990001"] == expected


def test_a_paper_retracted_in_an_update_is_retracted_from_then_on(tmp_path: Path) -> None:
    from citelint.config import Config
    from citelint.models import Reference
    from citelint.pubmed.mirror.resolve import MirrorResolver
    from citelint.pubmed.resolver import build_resolver

    before = article(RETRACTED)
    start, end = (
        before.index("<CommentsCorrectionsList>"),
        before.index("</CommentsCorrectionsList>"),
    )
    before = before[:start] + before[end + len("</CommentsCorrectionsList>") :]
    before = before.replace(">Retracted Publication<", ">Journal Article<")
    target = tmp_path / "pubmed.sqlite3"
    build(target, [pubmed_file(tmp_path / "pubmed25n0001.xml", before)], True, quiet)
    entry = Reference(1, "Varga TB. PMID: 39990004", 1, 1, pmid="39990004")

    def resolved() -> object:
        fallback = build_resolver(Config(offline=True, no_cache=True))
        with MirrorResolver(MirrorClient(target), fallback, online=False) as resolver:
            (resolution,) = resolver.resolve([entry])
        assert resolution.status == Status.RESOLVED
        return resolution.record

    assert not resolved().retracted
    update(target, [pubmed_file(tmp_path / "pubmed25n1301.xml", article(RETRACTED))], quiet)
    assert resolved().retracted


def test_update_files_of_a_year_before_the_mirrors_are_skipped(tmp_path: Path) -> None:
    # Last year's update files left in the download folder replaced this year's retracted
    # record with its older, unretracted version, without a word (user33a P1-6).
    unretracted = article(RETRACTED).replace(">Retracted Publication<", ">Journal Article<")
    target = tmp_path / "pubmed.sqlite3"
    build(target, [pubmed_file(tmp_path / "pubmed25n0001.xml", article(RETRACTED))], True, quiet)
    folder = tmp_path / "updatefiles"
    folder.mkdir()
    pubmed_file(folder / "pubmed24n1299.xml.gz", unretracted)
    pubmed_file(folder / "pubmed25n1300.xml.gz", article(COHORT))
    reported: list[Applied] = []
    update(target, collect([str(folder)]), reported.append)
    assert [(a.path.name, a.skipped, a.earlier_year) for a in reported] == [
        ("pubmed24n1299.xml.gz", True, (2024, 2025)),
        ("pubmed25n1300.xml.gz", False, None),
    ]
    held = records(target)
    assert held["39990004"].retracted and "39990001" in held
    # Not remembered as applied: a mirror of 2024 would still take it.
    with closing(connect(target, write=False)) as db:
        names = [row[0] for row in db.execute("SELECT name FROM files")]
    assert "pubmed24n1299.xml.gz" not in names


def test_files_of_a_later_year_and_of_other_names_are_applied(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [pubmed_file(tmp_path / "pubmed25n0001.xml", article(COHORT))], True, quiet)
    reported: list[Applied] = []
    files = [
        pubmed_file(tmp_path / "pubmed26n0001.xml", article(RETRACTED)),
        pubmed_file(tmp_path / "local-fix.xml", article(COHORT)),
    ]
    update(target, files, reported.append)
    assert [a.earlier_year for a in reported] == [None, None]
    assert not any(a.skipped for a in reported)


# -- bad input ---------------------------------------------------------------------------


def test_a_truncated_gzip_file_is_named_and_leaves_no_mirror(tmp_path: Path) -> None:
    whole = pubmed_file(tmp_path / "pubmed25n0001.xml.gz", article(COHORT) * 1)
    cut = tmp_path / "pubmed25n0002.xml.gz"
    cut.write_bytes(whole.read_bytes()[:-30])
    target = tmp_path / "pubmed.sqlite3"
    with pytest.raises(MirrorError, match="pubmed25n0002.xml.gz: the gzip file is truncated"):
        build(target, [whole, cut], True, quiet)
    assert not target.exists() and not list(tmp_path.glob(".*.tmp"))
    # Nor a lock file, with no mirror to guard (user33a P3-1); an update of a mirror that is
    # not there leaves none either.
    assert not list(tmp_path.glob("*.lock"))
    with pytest.raises(MirrorError, match="no PubMed mirror there"):
        update(tmp_path / "typo.sqlite3", [whole], quiet)
    assert not list(tmp_path.glob("*.lock"))


def test_a_failed_build_leaves_the_old_mirror_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [COHORT], True, quiet)
    broken = tmp_path / "broken.xml"
    broken.write_text(f"{PUBMED_DOCTYPE}<PubmedArticleSet>\n{article(RETRACTED)[:500]}")
    with pytest.raises(MirrorError, match="broken.xml: the XML is cut off or garbled"):
        build(target, [FIXTURES / "39990002.xml", broken], True, quiet)
    assert list(records(target)) == ["39990001"]


def test_a_bad_update_file_changes_nothing_and_earlier_files_stay(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [COHORT], True, quiet)
    good = pubmed_file(tmp_path / "pubmed25n1300.xml", article(FIXTURES / "39990002.xml"))
    bad = tmp_path / "pubmed25n1301.xml"
    bad.write_text(f"{PUBMED_DOCTYPE}<PubmedArticleSet>\n{article(RETRACTED)}<PubmedArt")
    with pytest.raises(MirrorError, match="pubmed25n1301.xml"):
        update(target, [good, bad], quiet)
    assert sorted(records(target)) == ["39990001", "39990002"]
    with connect(target, write=False) as db:
        assert read_meta(db)["records"] == "2"
        assert db.execute("SELECT count(*) FROM files WHERE name = ?", (bad.name,)).fetchone() == (
            0,
        )


def test_xml_that_is_not_pubmed_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.xml"
    other.write_text('<?xml version="1.0"?>\n<eSearchResult><Count>0</Count></eSearchResult>\n')
    with pytest.raises(MirrorError, match=r"other.xml: not PubMed XML \(the document is <eSear"):
        list(read_file(other, True))
    wrapped = tmp_path / "wrapped.xml"
    wrapped.write_text(f"<Archive>{article(COHORT)}</Archive>")
    with pytest.raises(MirrorError, match="wrapped.xml: not PubMed XML"):
        list(read_file(wrapped, True))


@pytest.mark.parametrize("pmid", ["99999999999999999999999", "3999²"])
def test_a_pmid_no_database_can_hold_is_named_with_its_file(tmp_path: Path, pmid: str) -> None:
    odd = article(COHORT).replace(">39990001</PMID>", f">{pmid}</PMID>", 1)
    source = pubmed_file(tmp_path / "pubmed25n0001.xml", odd)
    with pytest.raises(MirrorError, match="pubmed25n0001.xml: a <PubmedArticle> without a usable"):
        build(tmp_path / "pubmed.sqlite3", [source], True, quiet)


def test_a_deletion_or_version_no_database_can_hold_is_passed_over(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    huge = "99999999999999999999999"
    newer = article(COHORT).replace('<PMID Version="1">', f'<PMID Version="{huge}">', 1)
    deletion = f'<DeleteCitation><PMID Version="1">{huge}</PMID></DeleteCitation>'
    build(target, [pubmed_file(tmp_path / "pubmed25n0001.xml", newer, tail=deletion)], True, quiet)
    assert list(records(target)) == ["39990001"]


def test_entities_declared_in_the_file_are_refused(tmp_path: Path) -> None:
    laughs = tmp_path / "laughs.xml"
    laughs.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [\n<!ENTITY a "ha">\n'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n'
        "]>\n<PubmedArticleSet>"
        + article(COHORT).replace("Halvorsen", "&b;&secret;")
        + "</PubmedArticleSet>\n"
    )
    with pytest.raises(MirrorError, match="laughs.xml: the XML declares entities"):
        list(read_file(laughs, True))


def test_a_dtd_named_by_the_doctype_is_never_fetched(tmp_path: Path) -> None:
    with FakeEutils(records_dir=None) as server:
        doctype = f'<!DOCTYPE PubmedArticleSet SYSTEM "{server.url}pubmed_250101.dtd">\n'
        path = tmp_path / "pubmed25n0001.xml"
        path.write_text(f"{doctype}<PubmedArticleSet>{article(COHORT)}</PubmedArticleSet>\n")
        items = list(read_file(path, True))
        assert server.requests() == []
    assert items[0].record.pmid == "39990001"


def test_a_mirror_from_a_newer_citelint_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [COHORT], True, quiet)
    with sqlite3.connect(target) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
        db.execute("UPDATE meta SET value = '9.0' WHERE key = 'citelint'")
    db.close()
    with pytest.raises(MirrorError, match=r"made by citelint 9.0 .*upgrade citelint"):
        MirrorClient(target)
    with pytest.raises(MirrorError, match="upgrade citelint"):
        update(target, [FIXTURES / "39990002.xml"], quiet)


# "2": built before records held online_year (real20 bumped the format to 3).
@pytest.mark.parametrize("older", ["1", "2"])
def test_a_mirror_in_an_older_format_asks_to_be_rebuilt(tmp_path: Path, older: str) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [COHORT], True, quiet)
    with sqlite3.connect(target) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (older,))
    db.close()
    with pytest.raises(MirrorError, match="older format .*rebuild it with 'citelint mirror build'"):
        MirrorClient(target)


def test_title_words_are_counted_for_searches_to_ask_the_rarest(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, collect([str(FIXTURES)]), True, quiet)
    titles = [parse_pubmed_articles(path.read_bytes())[0].title for path in FIXTURES.glob("*.xml")]
    with connect(target, write=False) as db:
        counts = dict(db.execute("SELECT word, titles FROM title_words").fetchall())
    db.close()
    assert counts["stenosis"] == sum("stenosis" in normalise(title).split() for title in titles) > 1
    with MirrorClient(target) as mirror:
        # A word no title holds is counted as none, so it is asked first.
        assert mirror.titles._rarest(["lumbar", "stenosis", "zyxwords"])[0] == "zyxwords"


def test_a_file_that_is_no_mirror_is_named(tmp_path: Path) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"these are not the tables you are looking for" * 100)
    with pytest.raises(MirrorError, match="notes.sqlite3: not a citelint PubMed mirror"):
        MirrorClient(other)
    with pytest.raises(MirrorError, match="missing.sqlite3: no PubMed mirror there"):
        MirrorClient(tmp_path / "missing.sqlite3")


@pytest.mark.parametrize("schema", ["\u00b2", "1" * 5000])  # a superscript two; endless digits
def test_a_mirror_whose_schema_is_no_number_is_named(tmp_path: Path, schema: str) -> None:
    odd = tmp_path / "odd.sqlite3"
    with closing(sqlite3.connect(odd)) as db, db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (schema,))
    with pytest.raises(MirrorError, match="odd.sqlite3: not a citelint PubMed mirror"):
        MirrorClient(odd)


def test_a_read_only_mirror_is_not_updated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [COHORT], True, quiet)
    # Root may write any file, so the permission check is what is tested here.
    monkeypatch.setattr("citelint.pubmed.mirror.write.os.access", lambda path, mode: False)
    with pytest.raises(MirrorError, match="pubmed.sqlite3: the PubMed mirror is read-only"):
        update(target, [FIXTURES / "39990002.xml"], quiet)


def test_a_locked_mirror_is_reported_as_locked(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    build(target, [COHORT], True, quiet)
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(MirrorError, match="locked by another process"):
            update(target, [FIXTURES / "39990002.xml"], quiet, timeout=0.05)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert list(records(target)) == ["39990001"]


def test_two_writers_never_meet(tmp_path: Path) -> None:
    target = tmp_path / "pubmed.sqlite3"
    with open(f"{target}.lock", "a") as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(MirrorError, match="another 'citelint mirror build' or 'update'"):
            build(target, [COHORT], True, quiet)
    assert not target.exists()


def test_skipped_elements_leave_everything_else_byte_for_byte() -> None:
    data = (
        b"<A><History><B/></History><HistoryNote>keep</HistoryNote>"
        b"<ReferenceList><ReferenceList><C/></ReferenceList></ReferenceList><D/>"
        b'<History Type="x"/><History>not closed here'
    )
    kept = skip_elements(data, (b"History", b"ReferenceList"))
    assert kept == b"<A><HistoryNote>keep</HistoryNote><D/><History>not closed here"
