"""A team's day one: lock the references once online, then check offline from the lock."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fake_eutils import FakeEutils

ARTICLE = """\
# Stimulation for spinal stenosis

Stimulation eased leg pain in patients unfit for surgery [1]. Platelet-rich plasma reversed
disc degeneration [2].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2019;22(4):465-72. PMID: 39990001
2. Varga TB, Rahimi S. Intradiscal platelet-rich plasma reverses disc degeneration. Pain
   Physician. 2018;21(5):E487-E496. PMID: 39990004
"""


def citelint(folder: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "CITELINT_ENTREZ_URL": url,
        "CITELINT_CACHE_DIR": str(folder / "cache"),
        "CITELINT_HTTP_TIMEOUT": "0.5",
        "CITELINT_HTTP_ATTEMPTS": "2",
        "CITELINT_HTTP_BACKOFF": "0.05",
    }
    env.pop("NCBI_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in done.stderr
    return done


def codes(done: subprocess.CompletedProcess[str]) -> set[tuple[int | None, str]]:
    return {(f["reference"], f["code"]) for f in json.loads(done.stdout)["findings"]}


def test_check_offline_gets_full_pubmed_checks_from_the_lock(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    locked = citelint(tmp_path, fake_eutils.url, "lock", "article.md")
    assert locked.returncode == 0, locked.stdout + locked.stderr
    # One summary, the new entries counted in it (user27 P3-4: "added 2 new entries" too).
    summary = f"{tmp_path / 'citelint.lock'}: 2 reference(s) locked, 2 new."
    assert locked.stdout.splitlines() == [summary]
    lock = json.loads((tmp_path / "citelint.lock").read_text(encoding="utf-8"))
    assert "39990001" in json.dumps(lock) and "39990004" in json.dumps(lock)

    # No cache and no network: only the lock can say that reference 2 is retracted.
    asked = len(fake_eutils.requests())
    offline = citelint(
        tmp_path,
        fake_eutils.url,
        "check",
        "--offline",
        "--no-cache",
        "--format",
        "json",
        "--select",
        "CL2",
        "article.md",
    )
    assert (2, "CL205") in codes(offline)
    assert not any(code == "CL208" for _, code in codes(offline))
    assert len(fake_eutils.requests()) == asked


def test_lock_without_a_path_locks_the_working_directory(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    # DESIGN.md: "citelint lock [PATH...]", as the offline summary's hint types it.
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "article.md").write_text(ARTICLE, encoding="utf-8")
    locked = citelint(tmp_path, fake_eutils.url, "lock")
    assert locked.returncode == 0, locked.stdout + locked.stderr
    assert locked.stdout.endswith("2 reference(s) locked, 2 new.\n")


def test_a_refresh_reports_a_new_retraction(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    assert citelint(tmp_path, fake_eutils.url, "lock", "article.md").returncode == 0

    record = fake_eutils.records["39990001"]
    fake_eutils.add_record(
        dataclasses.replace(
            record,
            publication_types=[*record.publication_types, "Retracted Publication"],
            retraction_in=["39990099"],
        )
    )
    refreshed = citelint(tmp_path, fake_eutils.url, "lock", "article.md")
    assert refreshed.returncode == 1
    assert "39990001" in refreshed.stdout and "now retracted" in refreshed.stdout
    offline = citelint(
        tmp_path, fake_eutils.url, "check", "--offline", "--format", "json", "article.md"
    )
    assert (1, "CL205") in codes(offline)


def test_eight_processes_share_one_cache_and_one_lock(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    articles = []
    for index in range(8):
        name = f"article-{index}.md"
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        articles.append(name)
    with ThreadPoolExecutor(max_workers=8) as pool:
        checks = list(
            pool.map(
                lambda name: citelint(
                    tmp_path, fake_eutils.url, "check", "--format", "json", "--select", "CL2", name
                ),
                articles,
            )
        )
        locks = list(
            pool.map(lambda name: citelint(tmp_path, fake_eutils.url, "lock", name), articles)
        )
    for done in checks:
        assert codes(done) == {(2, "CL205")}, done.stdout + done.stderr
    for done in locks:
        assert done.returncode == 0, done.stdout + done.stderr
    lock = json.loads((tmp_path / "citelint.lock").read_text(encoding="utf-8"))
    text = json.dumps(lock)
    assert "39990001" in text and "39990004" in text
    offline = citelint(
        tmp_path,
        fake_eutils.url,
        "check",
        "--offline",
        "--no-cache",
        "--format",
        "json",
        "--select",
        "CL2",
        articles[0],
    )
    assert codes(offline) == {(2, "CL205")}


def test_a_refresh_that_could_check_nothing_fails_as_an_error_not_a_finding(
    tmp_path: Path,
) -> None:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    done = citelint(tmp_path, "http://127.0.0.1:9/", "lock", "article.md")
    # 1 would say "findings": a scheduled refresh could not tell PubMed being down from a
    # new retraction.
    assert done.returncode == 2
    assert "could not be checked" in done.stdout
    # No lock of nothing: one would change what every later offline check says.
    assert not (tmp_path / "citelint.lock").exists()
    assert (
        "citelint.lock: not written: none of the 2 references could be checked (PubMed could "
        "not be reached"
    ) in done.stderr.splitlines()[-1]


def test_a_lock_offline_without_a_mirror_is_refused_and_the_old_lock_kept(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    assert citelint(tmp_path, fake_eutils.url, "lock", "article.md").returncode == 0
    locked = (tmp_path / "citelint.lock").read_bytes()
    done = citelint(tmp_path, fake_eutils.url, "lock", "--offline", "article.md")
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith("citelint: error: ") and line.endswith(
        "citelint.lock: not written: offline (--offline or 'offline = true' in the settings) "
        "and no --mirror, so no reference can be looked up"
    )
    # Nor does a refresh that reaches nobody touch the lock it could not refresh.
    unreachable = citelint(tmp_path, "http://127.0.0.1:9/", "lock", "article.md")
    assert unreachable.returncode == 2 and "not written" in unreachable.stderr
    assert (tmp_path / "citelint.lock").read_bytes() == locked


def test_a_wrong_entry_in_one_article_does_not_break_the_same_pmid_in_another(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    # a.md gives the PMID of another paper than its title (CL204); b.md cites that PMID rightly.
    (tmp_path / "a.md").write_text(
        "# Injections\n\nInjections helped more than physiotherapy at 3 months [1].\n\n"
        "## References\n\n"
        "1. Delacroix M, Andersen LH. Transforaminal epidural steroid injection versus a "
        "supervised physiotherapy programme for lumbar spinal stenosis: a multicentre "
        "randomized controlled trial. Spine. 2022;47:101-110. PMID: 39990001\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "# Stimulation\n\nIn 58 patients, stimulation lowered leg pain from 7.4 to 2.8 [1].\n\n"
        "## References\n\n1. PMID: 39990001\n",
        encoding="utf-8",
    )
    alone = citelint(tmp_path, fake_eutils.url, "check", "--format", "json", "b.md")
    assert alone.returncode == 0, alone.stdout + alone.stderr
    assert citelint(tmp_path, fake_eutils.url, "lock", "a.md").returncode == 0

    after_lock = citelint(tmp_path, fake_eutils.url, "check", "--format", "json", "b.md")
    assert codes(after_lock) == codes(alone) == set()
    article_a = citelint(tmp_path, fake_eutils.url, "check", "--format", "json", "a.md")
    assert (1, "CL204") in codes(article_a)


def test_a_made_up_pmid_beside_a_real_title_is_cl204_online_and_from_the_lock(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    (tmp_path / "article.md").write_text(
        "# Stimulation\n\nStimulation eased leg pain in patients unfit for surgery [1].\n\n"
        "## References\n\n"
        "1. Halvorsen KE, Mbeki TN. Spinal cord stimulation for neurogenic claudication in "
        "patients with lumbar spinal stenosis unsuitable for decompression: a retrospective "
        "cohort study. Neuromodulation. 2019;22(4):465-472. PMID: 39990099\n",
        encoding="utf-8",
    )
    for args in (("check",), ("check", "--no-cache")):
        online = citelint(tmp_path, fake_eutils.url, *args, "--format", "json", "article.md")
        [finding] = json.loads(online.stdout)["findings"]
        assert finding["code"] == "CL204"
        assert "PMID 39990099 names no PubMed record" in finding["message"]
        assert "PMID 39990001" in finding["message"]
    assert citelint(tmp_path, fake_eutils.url, "lock", "article.md").returncode == 0
    offline = citelint(
        tmp_path,
        fake_eutils.url,
        "check",
        "--offline",
        "--no-cache",
        "--format",
        "json",
        "article.md",
    )
    assert codes(offline) == {(1, "CL204")}


def test_a_malformed_entrez_url_stops_the_run_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    done = citelint(tmp_path, "http://[::1", "check", "article.md")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "citelint: error: CITELINT_ENTREZ_URL: 'http://[::1' must be an http(s) URL"
    ]


def test_a_lock_with_a_wrong_value_stops_the_run_with_one_line(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    assert citelint(tmp_path, fake_eutils.url, "lock", "article.md").returncode == 0
    lock = tmp_path / "citelint.lock"
    data = json.loads(lock.read_text(encoding="utf-8"))
    key = sorted(data["references"])[0]
    data["references"][key]["record"]["title"] = 5  # as a hand-edited pull request might
    lock.write_text(json.dumps(data), encoding="utf-8")
    done = citelint(tmp_path, fake_eutils.url, "check", "--offline", "article.md")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        f"citelint: error: corrupt lock file {lock}: entry {key!r}: record: title must be "
        "text; correct it, or delete it and run 'citelint lock'"
    ]


def test_a_lock_run_drops_the_verdict_of_an_entry_its_article_no_longer_cites(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    """CLOSING22: the lock kept every verdict it ever held ("4 reference(s) locked" for 2)."""
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    assert citelint(tmp_path, fake_eutils.url, "lock", "article.md").returncode == 0
    one_left = ARTICLE.split("\n2. Varga")[0].replace(" Platelet-rich plasma reversed\n", "\n")
    (tmp_path / "article.md").write_text(one_left.replace("disc degeneration [2].", ""))
    again = citelint(tmp_path, fake_eutils.url, "lock", "article.md")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "1 reference(s) locked; 1 no article cites any more dropped." in again.stdout
    assert "39990004" not in (tmp_path / "citelint.lock").read_text(encoding="utf-8")


def test_a_renamed_article_keeps_its_retraction_when_another_article_is_locked(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    """review23a P2-1: a.md renamed to b.md, then ``citelint lock c.md`` dropped the retracted
    paper's verdict only a.md had listed, and the offline check of b.md passed (exit 0)."""
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    one_left = ARTICLE.split("\n2. Varga")[0].replace(" Platelet-rich plasma reversed\n", "\n")
    (tmp_path / "c.md").write_text(one_left.replace("disc degeneration [2].", ""))
    assert citelint(tmp_path, fake_eutils.url, "lock", "a.md", "c.md").returncode == 0
    (tmp_path / "a.md").rename(tmp_path / "b.md")
    again = citelint(tmp_path, fake_eutils.url, "lock", "c.md")
    assert "1 reference(s) locked" not in again.stdout, again.stdout
    offline = ("check", "--offline", "--no-cache", "--format", "json", "--select", "CL2")
    checked = citelint(tmp_path, fake_eutils.url, *offline, "b.md")
    assert (checked.returncode, codes(checked)) == (1, {(2, "CL205")})
    # A run over the folder reads b.md and forgets a.md, which is no longer there.
    assert citelint(tmp_path, fake_eutils.url, "lock", ".").returncode == 0
    lock = json.loads((tmp_path / "citelint.lock").read_text(encoding="utf-8"))
    assert sorted(lock["articles"]) == ["b.md", "c.md"]


def test_an_entry_no_lookup_can_settle_is_named_but_fails_no_refresh(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    # user26 P2-7: a Spanish title with no PMID, DOI, volume or pages can never be checked as
    # written; a nightly `citelint lock` failed on it every night. Named, exit 0.
    spanish = (
        "3. Ortega Ruiz M, Beltrán Sáez L. Estimulación medular en la estenosis del canal "
        "lumbar: experiencia de un centro. Rev Esp Anestesiol Reanim. 2020.\n"
    )
    article = ARTICLE.replace("disc degeneration [2].", "disc degeneration [2], [3].") + spanish
    (tmp_path / "article.md").write_text(article, encoding="utf-8")
    done = citelint(tmp_path, fake_eutils.url, "lock", "article.md")
    assert "reference 3 could not be checked: its title is in another language" in done.stdout
    assert done.returncode == 0
    assert "2 reference(s) locked" in done.stdout
