"""``citelint mirror`` and ``check --mirror`` as a user runs them, in a subprocess."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from fake_eutils import FIXTURES, FakeEutils

ARTICLE = """\
# Lumbar spinal stenosis

Stimulation eased leg pain in patients unfit for surgery [1]. Platelet-rich plasma reversed
disc degeneration [2]. Statins prevent stenosis [3].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2019;22(4):465-72.
2. Varga TB, Rahimi S. Intradiscal platelet-rich plasma reverses disc degeneration. Pain
   Physician. 2018;21(5):E487-E496. PMID: 39990004
3. Quill RT, Marsh PB. Statin therapy prevents lumbar spinal stenosis in a nationwide cohort
   of centenarians. Eur Spine J. 2019;28(3):45-52.
"""


def citelint(tmp_path: Path, *arguments: str, env: dict[str, str] | None = None):
    # Nothing is asked of NCBI: unless a test serves E-utilities, nobody answers on port 9.
    environment = {**os.environ, "CITELINT_ENTREZ_URL": "http://127.0.0.1:9/"}
    environment.pop("CITELINT_PUBMED_MIRROR", None)
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "citelint", *arguments],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
    )
    assert "Traceback" not in done.stderr
    return done


def built(tmp_path: Path, *options: str) -> Path:
    done = citelint(
        tmp_path, "mirror", "build", "--mirror", "pubmed.sqlite3", *options, str(FIXTURES)
    )
    assert done.returncode == 0, done.stderr
    return tmp_path / "pubmed.sqlite3"


def findings(tmp_path: Path, *options: str, env: dict[str, str] | None = None):
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    done = citelint(
        tmp_path, "check", "--format", "json", "--no-cache", "article.md", *options, env=env
    )
    codes = {(f["reference"], f["code"]) for f in json.loads(done.stdout)["findings"]}
    return done, codes


def test_build_then_info(tmp_path: Path) -> None:
    built(tmp_path, "--abstracts")
    done = citelint(tmp_path, "mirror", "info", "--mirror", "pubmed.sqlite3")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert "records: 14" in lines and "abstracts: yes" in lines and "files applied: 14" in lines
    assert any(line.startswith("last file: 39990014.xml (dated 20") for line in lines)


def test_offline_the_mirror_answers_and_what_it_lacks_is_unverified(tmp_path: Path) -> None:
    built(tmp_path, "--abstracts")
    done, codes = findings(tmp_path, "--offline", "--mirror", "pubmed.sqlite3", "--select", "CL2")
    assert done.returncode == 1
    assert codes == {(2, "CL205"), (3, "CL208")}
    done, codes = findings(
        tmp_path, "--offline", "--mirror", "pubmed.sqlite3", "--mirror-complete", "--select", "CL2"
    )
    assert codes == {(2, "CL205"), (3, "CL201")}


def test_in_text_what_the_offline_mirror_lacks_is_listed_not_folded(tmp_path: Path) -> None:
    built(tmp_path, "--abstracts")
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    done = citelint(
        tmp_path, "check", "--offline", "--no-cache", "--mirror", "pubmed.sqlite3", "article.md"
    )
    # The mirror was asked and lacked entry 3: that is worth a line of its own, and the one
    # folded line would name the wrong cause ("offline, no lock").
    assert "no lock" not in done.stdout
    assert [line for line in done.stdout.splitlines() if " CL208 " in line] == [
        "article.md:13:1: CL208 info: reference 3 could not be checked: not in the PubMed "
        "mirror, which may be older than the paper; check online to confirm"
    ]


def test_the_mirror_is_named_by_the_environment_or_the_settings(tmp_path: Path) -> None:
    built(tmp_path, "--abstracts")
    env = {"CITELINT_PUBMED_MIRROR": str(tmp_path / "pubmed.sqlite3")}
    _, codes = findings(tmp_path, "--offline", "--select", "CL2", env=env)
    assert codes == {(2, "CL205"), (3, "CL208")}
    project = tmp_path / "project"
    project.mkdir()
    (project / ".citelint.toml").write_text(
        'mirror = "../pubmed.sqlite3"\nmirror-complete = true\n'
    )
    (project / "article.md").write_text(ARTICLE, encoding="utf-8")
    done = citelint(project, "check", "--offline", "--no-cache", "--select", "CL2", "article.md")
    assert "CL205" in done.stdout and "CL201" in done.stdout


def test_online_only_what_the_mirror_lacks_is_asked(tmp_path: Path) -> None:
    built(tmp_path, "--abstracts")
    with FakeEutils() as server:
        env = {"CITELINT_ENTREZ_URL": server.url, "CITELINT_HTTP_BACKOFF": "0.01"}
        _, codes = findings(tmp_path, "--mirror", "pubmed.sqlite3", "--select", "CL2", env=env)
        asked = server.requests()
    assert codes == {(2, "CL205"), (3, "CL201")}
    # Only the made-up entry went to E-utilities; the mirror's records were never fetched.
    assert asked and not any(r.utility == "efetch.fcgi" for r in asked)


def test_online_an_abstract_less_mirror_has_the_cited_abstracts_fetched(tmp_path: Path) -> None:
    built(tmp_path)
    with FakeEutils() as server:
        env = {"CITELINT_ENTREZ_URL": server.url, "CITELINT_HTTP_BACKOFF": "0.01"}
        done, codes = findings(tmp_path, "--mirror", "pubmed.sqlite3", env=env)
        fetched = [r.params["id"] for r in server.requests("efetch.fcgi")]
    assert "holds no abstracts" not in done.stderr
    assert any("39990001" in ids and "39990004" in ids for ids in fetched)
    # Had the abstracts stayed missing, both cited papers would be "without an abstract".
    assert not any(code == "CL305" for _, code in codes) and (2, "CL205") in codes


def test_an_abstract_less_mirror_offline_skips_the_claim_checks_and_says_so(
    tmp_path: Path,
) -> None:
    built(tmp_path)
    done, codes = findings(tmp_path, "--offline", "--mirror", "pubmed.sqlite3")
    assert "holds no abstracts" in done.stderr
    assert not any(code.startswith("CL3") for _, code in codes)
    assert (2, "CL205") in codes


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    cut = tmp_path / "pubmed25n0001.xml.gz"
    cut.write_bytes(gzip.compress((FIXTURES / "39990001.xml").read_bytes())[:-40])
    done = citelint(tmp_path, "mirror", "build", "--mirror", "pubmed.sqlite3", str(cut))
    assert done.returncode == 2
    assert done.stderr.startswith("citelint: error: ") and "pubmed25n0001.xml.gz" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "pubmed.sqlite3").exists()
    done = citelint(tmp_path, "check", "--offline", "--mirror", "nowhere.sqlite3", "x.md")
    assert done.returncode == 2 and "nowhere.sqlite3: no PubMed mirror there" in done.stderr
    done = citelint(tmp_path, "mirror", "info")
    assert done.returncode == 2 and "--mirror" in done.stderr


def test_update_skips_files_applied_before(tmp_path: Path) -> None:
    built(tmp_path, "--abstracts")
    done = citelint(tmp_path, "mirror", "update", "--mirror", "pubmed.sqlite3", str(FIXTURES))
    assert done.returncode == 0
    assert done.stdout.count("applied before, skipped") == 14


SOURCES = """\
Spinal cord stimulation can help older adults with lumbar stenosis who cannot have surgery,
lowering pain from 7.4 to 2.8 on average [1]. Steroid injections beat physiotherapy at 3 months [2].

**Sources**
1. [Spinal cord stimulation for neurogenic claudication (Neuromodulation 2019)](https://pubmed.ncbi.nlm.nih.gov/39990012/)
2. [Transforaminal steroid injection vs physiotherapy RCT](https://pubmed.ncbi.nlm.nih.gov/39990003/)
"""


def test_a_numbered_sources_link_cl209_calls_wrong_gets_no_claim_finding(tmp_path: Path) -> None:
    # Entry 1 links a vitamin D trial under a stimulation label. Read as a list, its claim
    # would get CL303 against that wrong paper's abstract; the link's CL209 says it all.
    built(tmp_path, "--abstracts")
    (tmp_path / "sources.md").write_text(SOURCES, encoding="utf-8")
    done = citelint(
        tmp_path,
        "check",
        "--format",
        "json",
        "--no-cache",
        "--offline",
        "--mirror",
        "pubmed.sqlite3",
        "sources.md",
    )
    codes = {(f["reference"], f["code"]) for f in json.loads(done.stdout)["findings"]}
    assert (1, "CL209") in codes
    assert not any(code.startswith("CL3") for reference, code in codes if reference == 1)


def test_offline_an_entry_whose_pmid_is_in_the_mirror_is_not_blamed_on_its_age(
    tmp_path: Path,
) -> None:
    # The record the PMID names is in the mirror and does not fit: "the mirror may be older
    # than the paper" sent the user online for nothing (user33a P1-2).
    built(tmp_path, "--abstracts")
    (tmp_path / "article.md").write_text(
        ARTICLE.replace("Eur Spine J. 2019;28(3):45-52.", "Eur Spine J. 2019. PMID: 39990004"),
        encoding="utf-8",
    )
    done = citelint(
        tmp_path, "check", "--offline", "--no-cache", "--mirror", "pubmed.sqlite3", "article.md"
    )
    [line] = [line for line in done.stdout.splitlines() if " CL208 " in line]
    assert "older than the paper" not in line
    assert "names PMID 39990004 'Intradiscal platelet-rich plasma" in line
    assert "does not fit the entry" in line


def test_update_names_each_file_of_an_earlier_year_it_skips(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline"
    updates = tmp_path / "updatefiles"
    baseline.mkdir()
    updates.mkdir()
    (baseline / "pubmed25n0001.xml").write_bytes((FIXTURES / "39990001.xml").read_bytes())
    (updates / "pubmed24n1299.xml").write_bytes((FIXTURES / "39990002.xml").read_bytes())
    assert (
        citelint(tmp_path, "mirror", "build", "--mirror", "m.sqlite3", "baseline").returncode == 0
    )
    done = citelint(tmp_path, "mirror", "update", "--mirror", "m.sqlite3", "updatefiles")
    assert done.returncode == 0
    assert "warning: pubmed24n1299.xml: an update file of 2024, before this mirror's 2025" in (
        done.stderr
    )
    assert "m.sqlite3: 1 record(s)" in done.stdout
