"""The real ``citelint check`` command against a fake E-utilities server on 127.0.0.1.

Faults are injected on the server (429 with Retry-After, 503, truncated XML, an HTML page, a
hanging connection); whatever happens, an entry that could not be checked is CL208, never
CL201. Short timeouts and backoffs come from CITELINT_HTTP_* so the tests stay quick.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from fake_eutils import FakeEutils

API_KEY = "integration-s3cret-key-42"

ARTICLE = """\
# Lumbar spinal stenosis

Stimulation eased leg pain in patients unfit for surgery [1]. Injections did no better than
physiotherapy [2]. Statins prevent stenosis [3]. Most patients improve without surgery [4].
Platelet-rich plasma reversed disc degeneration [5].

## References

1. Halvorsen KE, Mbeki TN, et al. Spinal cord stimulation for neurogenic claudication in
   patients with lumbar spinal stenosis unsuitable for decompression: a retrospective cohort
   study. Neuromodulation. 2019;22(4):465-72.
2. Delacroix M, Andersen LH. Transforaminal epidural steroid injection versus a supervised
   physiotherapy programme for lumbar spinal stenosis: a multicentre randomized controlled
   trial. Spine. 2022;47(2):101-10. doi:10.5555/brs.2022.0101
3. Quill RT, Marsh PB. Statin therapy prevents lumbar spinal stenosis in a nationwide cohort
   of centenarians. Eur Spine J. 2019;28(3):45-52.
4. Brennan LK. Lumbar spinal stenosis. In: StatPearls [Internet]. Treasure Island (FL):
   StatPearls Publishing; 2024.
5. Varga TB, Rahimi S. Intradiscal platelet-rich plasma reverses disc degeneration. Pain
   Physician. 2018;21(5):E487-E496. PMID: 39990004
"""
# Reference 4, a StatPearls chapter, is looked up (PubMed holds StatPearls' chapters): CL207
# when nothing matches (the fake's "Lumbar Spinal Stenosis" is another book's), CL208 when
# PubMed cannot answer.
CLEAN_RUN = {(3, "CL201"), (4, "CL207"), (5, "CL205")}


def run_check(
    tmp_path: Path, url: str, *options: str, env: dict[str, str] | None = None
) -> tuple[int, set[tuple[int, str]], list[dict], str]:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    environment = {
        **os.environ,
        "CITELINT_ENTREZ_URL": url,
        "CITELINT_HTTP_TIMEOUT": "0.5",
        "CITELINT_HTTP_ATTEMPTS": "3",
        "CITELINT_HTTP_BACKOFF": "0.05",
        "NCBI_EMAIL": "tests@example.org",
        **(env or {}),
    }
    if "NCBI_API_KEY" not in (env or {}):
        environment.pop("NCBI_API_KEY", None)  # a developer's own key must not leak in
    command = [sys.executable, "-m", "citelint", "check", "--format", "json", str(article)]
    command += ["--select", "CL2", "--cache-dir", str(tmp_path / "cache"), *options]
    # Each reference's outcome is what these tests read: failed lookups listed, not folded.
    command.append("--show-unverified")
    done = subprocess.run(
        command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=60
    )
    assert "Traceback" not in done.stderr
    findings = json.loads(done.stdout)["findings"] if done.stdout.strip() else []
    codes = {(f["reference"], f["code"]) for f in findings}
    return done.returncode, codes, findings, done.stdout + done.stderr


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def test_a_clean_run_finds_the_fabricated_the_retracted_and_the_book(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    code, codes, findings, _ = run_check(tmp_path, fake_eutils.url)
    assert code == 1 and codes == CLEAN_RUN
    retracted = next(f for f in findings if f["code"] == "CL205")
    assert retracted["pmid"] == "39990004" and retracted["line"] == 19
    # DOI search, ECitMatch, one EFetch; then a title search for the entries not found, first
    # for their titles as phrases, with an EFetch of what that found (the StatPearls
    # chapter's namesake in another book: its title, read without "In: StatPearls ...", is
    # the phrase), then for the words of the title still not found, then for the first
    # author's papers around its year (none near its title), then ECitMatch for its journal,
    # volume and first page without the year (round 3d: none).
    assert [r.utility for r in fake_eutils.requests()] == [
        "esearch.fcgi",
        "ecitmatch.cgi",
        "efetch.fcgi",
        "esearch.fcgi",
        "efetch.fcgi",
        "esearch.fcgi",
        "esearch.fcgi",
        "ecitmatch.cgi",
    ]
    for request in fake_eutils.requests():
        assert request.params["tool"] == "citelint"
        assert request.params["email"] == "tests@example.org"
        assert "api_key" not in request.params
    assert fake_eutils.max_requests_per_second() <= 3


def test_a_second_run_is_answered_from_the_cache(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    run_check(tmp_path, fake_eutils.url)
    asked = len(fake_eutils.requests())
    code, codes, _, _ = run_check(tmp_path, fake_eutils.url)
    assert code == 1 and codes == CLEAN_RUN
    assert len(fake_eutils.requests()) == asked


def test_refresh_asks_again_past_the_cache(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    run_check(tmp_path, fake_eutils.url)
    asked = len(fake_eutils.requests())
    code, codes, _, _ = run_check(tmp_path, fake_eutils.url, "--refresh")
    assert code == 1 and codes == CLEAN_RUN
    assert len(fake_eutils.requests()) == 2 * asked


def test_a_wrong_ecitmatch_answer_is_caught(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    # ECitMatch names the vitamin D trial for the stimulation paper (entry 1, the first asked).
    fake_eutils.citmatch["0"] = "39990012"
    _, codes, _, _ = run_check(tmp_path, fake_eutils.url)
    assert codes == CLEAN_RUN  # entry 1 was found by its title instead: no CL201, no CL204
    terms = [r.params["term"] for r in fake_eutils.requests("esearch.fcgi")]
    assert any("Spinal cord stimulation for neurogenic claudication" in t for t in terms)


def test_offline_asks_nobody_and_says_unverified(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    # Listed (JSON counts an offline run's unverified entries unless asked to list them).
    code, codes, findings, output = run_check(
        tmp_path, fake_eutils.url, "--offline", "--show-unverified"
    )
    assert codes == {(1, "CL208"), (2, "CL208"), (3, "CL208"), (4, "CL208"), (5, "CL208")}
    assert code == 0 and fake_eutils.requests() == []
    assert "could be checked" not in output  # asked for: no warning
    assert all("offline" in f["message"] for f in findings if f["code"] == "CL208")


def test_429_with_retry_after_is_waited_out(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    fake_eutils.fail_with_429(times=1, retry_after=1, utility="efetch.fcgi")
    code, codes, _, _ = run_check(tmp_path, fake_eutils.url)
    assert codes == CLEAN_RUN
    fetches = fake_eutils.requests("efetch.fcgi")
    # The refused fetch and its retry, then the fetch of the StatPearls title's candidates.
    assert len(fetches) == 3 and fetches[1].time - fetches[0].time >= 1.0
    assert fetches[0].params["id"] == fetches[1].params["id"]


def test_503_is_retried(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    fake_eutils.fail_with_503(times=2)
    _, codes, _, _ = run_check(tmp_path, fake_eutils.url)
    assert codes == CLEAN_RUN


def test_a_connection_cut_mid_answer_is_retried(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    fake_eutils.cut_connection(times=1, utility="efetch.fcgi")
    _, codes, _, _ = run_check(tmp_path, fake_eutils.url)
    assert codes == CLEAN_RUN
    fetches = fake_eutils.requests("efetch.fcgi")
    # The cut fetch and its retry, then the fetch of the StatPearls title's candidates.
    assert len(fetches) == 3 and fetches[0].params["id"] == fetches[1].params["id"]


def test_truncated_xml_to_the_end_makes_entries_unverified(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    fake_eutils.truncate(times=10, utility="efetch.fcgi")
    _, codes, findings, _ = run_check(tmp_path, fake_eutils.url)
    assert (3, "CL201") not in codes and (5, "CL205") not in codes
    assert {(1, "CL208"), (2, "CL208"), (5, "CL208"), (4, "CL208")} <= codes
    assert any("unreadable answer" in f["message"] for f in findings)


def test_an_html_error_page_makes_entries_unverified(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    fake_eutils.serve_html(times=20)
    attempts = {"CITELINT_HTTP_ATTEMPTS": "2"}
    _, codes, findings, _ = run_check(tmp_path, fake_eutils.url, env=attempts)
    assert not any(code in ("CL201", "CL205") for _, code in codes)
    assert all(f["code"] in ("CL207", "CL208") for f in findings)


def test_a_hanging_server_is_given_up_on_after_two_requests(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    fake_eutils.hang(times=20, seconds=5)
    _, codes, findings, output = run_check(tmp_path, fake_eutils.url)
    assert codes == {(1, "CL208"), (2, "CL208"), (3, "CL208"), (4, "CL208"), (5, "CL208")}
    assert "no answer within 0.5 s" in findings[0]["message"]
    # Each request had its three tries; after two requests failed through all of them the run
    # stopped asking, and every wait was said.
    assert len(fake_eutils.requests()) == 6
    assert "citelint: warning: esearch: no answer within 0.5 s; trying again" in output


def test_two_stalled_tries_do_not_end_the_checking(tmp_path: Path, fake_eutils: FakeEutils) -> None:
    # Timeouts get the tries CITELINT_HTTP_ATTEMPTS allows (3 here), like 503s do.
    fake_eutils.hang(times=2, seconds=3)
    _, codes, _, _ = run_check(tmp_path, fake_eutils.url)
    assert codes == CLEAN_RUN


def test_refused_connection_is_unverified_not_fabricated(tmp_path: Path) -> None:
    code, codes, findings, _ = run_check(tmp_path, closed_port_url())
    assert code == 0
    assert codes == {
        (1, "CL208"),
        (2, "CL208"),
        (3, "CL208"),
        (4, "CL208"),
        (5, "CL208"),
    }  # StatPearls is looked up
    assert findings[0]["message"].endswith("PubMed could not be reached: connection refused")


def test_a_run_that_checked_nothing_says_so_once_on_stderr(tmp_path: Path) -> None:
    code, _, _, output = run_check(tmp_path, closed_port_url())
    warnings = [line for line in output.splitlines() if "could be checked" in line]
    assert code == 0 and warnings == [
        "citelint: warning: none of the 5 references could be checked on PubMed (PubMed could "
        "not be reached: connection refused); they are CL208 infos, which pass; --fail-level "
        'info or [tool.citelint.severity] CL208 = "error" fails such a run'
    ]


def run_text(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """The verify hook's run (online, text) of the article, with PubMed out of reach."""
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    environment = {**os.environ, "CITELINT_ENTREZ_URL": closed_port_url()}
    environment.update(CITELINT_HTTP_ATTEMPTS="1", CITELINT_HTTP_BACKOFF="0.05")
    environment.pop("NCBI_API_KEY", None)
    command = [sys.executable, "-m", "citelint", "check", "article.md", "--select", "CL2"]
    command += ["--cache-dir", str(tmp_path / "cache"), *options]
    return subprocess.run(
        command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=60
    )


def test_the_text_summary_says_plainly_that_nothing_could_be_checked(tmp_path: Path) -> None:
    # The verify hook passed with no network and its summary read like any other (user
    # trial): the summary now says it, once (not again on stderr), and how to make it fail.
    # The five CL208 of the failed lookups are one line, not five (a 615-entry paper read
    # without network listed 615).
    done = run_text(tmp_path)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines() == [
        "No findings in 1 file read.",
        "5 references not checked against PubMed: the network failed or PubMed gave no "
        "usable answer; run again later, or add --show-unverified to list them.",
        "0 of 5 references could be checked against PubMed (PubMed could not be reached: "
        "connection refused): they are CL208 infos, which pass; --fail-level info or "
        '[tool.citelint.severity] CL208 = "error" fails such a run.',
    ]
    # A run they fail lists them, as --show-unverified and --select CL208 do.
    failing = run_text(tmp_path, "--fail-level", "info")
    assert failing.returncode == 1 and failing.stdout.count("CL208 info:") == 5
    for listing in (["--show-unverified"], ["--select", "CL208"]):
        listed = run_text(tmp_path, *listing)
        assert listed.returncode == 0 and listed.stdout.count("CL208 info:") == 5
        assert "Found 5 findings (0 errors, 0 warnings, 5 info) in 1 file." in listed.stdout
    quiet = run_text(tmp_path, "--quiet")  # no summary: standard error says it
    assert "0 of 5" not in quiet.stdout and "none of the 5 references" in quiet.stderr


def test_the_summary_names_no_cl208_infos_when_cl208_is_not_selected(tmp_path: Path) -> None:
    # cli18: "they are CL208 infos, which pass" stood under a report that held none, and
    # "--fail-level info" could fail nothing there.
    done = run_text(tmp_path, "--select", "CL201,CL203")
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines()[-2:] == [
        "No findings in 1 file read.",
        "0 of 5 references could be checked against PubMed (PubMed could not be reached: "
        "connection refused): CL208, which reports each, is not selected; select it with "
        "--fail-level info to fail such a run.",
    ]
    assert run_text(tmp_path, "--select", "CL201,CL203", "--fail-level", "info").returncode == 0
    quiet = run_text(tmp_path, "--ignore", "CL208", "--quiet")
    assert "CL208" not in quiet.stdout  # run_text selects CL2: CL207's book is reported
    assert "CL208, which reports each, is not selected" in quiet.stderr


def test_a_strict_ci_fails_when_nothing_could_be_checked(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.citelint.severity]\nCL208 = "error"\n', encoding="utf-8"
    )
    code, codes, findings, _ = run_check(tmp_path, closed_port_url())
    assert code == 1 and (1, "CL208") in codes
    assert {f["severity"] for f in findings if f["code"] == "CL208"} == {"error"}


def test_a_run_that_checked_something_gives_no_such_warning(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    _, _, _, output = run_check(tmp_path, fake_eutils.url)
    assert "could be checked" not in output


@pytest.mark.parametrize("fault", ["503", "none"])
def test_the_api_key_is_sent_but_never_shown(
    tmp_path: Path, fake_eutils: FakeEutils, fault: str
) -> None:
    if fault == "503":
        fake_eutils.fail_with_503(times=20)
    _, _, _, output = run_check(tmp_path, fake_eutils.url, env={"NCBI_API_KEY": API_KEY})
    assert all(r.params["api_key"] == API_KEY for r in fake_eutils.requests())
    assert API_KEY not in output
    cache_file = tmp_path / "cache" / "records.sqlite3"
    assert API_KEY.encode() not in cache_file.read_bytes()


def test_a_key_ncbi_rejects_is_named_by_its_setting_never_by_its_value(
    tmp_path: Path, fake_eutils: FakeEutils
) -> None:
    """user25 P2 1: NCBI answers a key it does not know with HTTP 400 and a body repeating
    the key. The run says so once, by the setting's name, asks no more, and leaves every
    reference unverified (CL208), as when PubMed cannot be reached."""
    fake_eutils.reject_api_key(times=50)
    code, codes, findings, output = run_check(
        tmp_path, fake_eutils.url, env={"NCBI_API_KEY": API_KEY}
    )
    assert code == 0
    assert codes and {code for _, code in codes} == {"CL208"}
    assert "NCBI rejected the API key in NCBI_API_KEY" in findings[0]["message"]
    # Each finding, the warning said once, and the line saying nothing could be checked.
    assert output.count("NCBI rejected the API key") == len(findings) + 2
    assert API_KEY not in output
    assert len(fake_eutils.requests()) == 1
