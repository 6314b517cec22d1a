"""``citelint check`` against E-utilities servers that misbehave on purpose (tests/hostile_http.py).

Whatever the server does, every reference it should have answered for ends as CL208, the run
ends normally (no "internal error"), and the API key reaches no other host.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_http import MB, HostileServer

KEY = "hostile-cli-s3cret-31"
ARTICLE = """\
# Stenosis

Stimulation eased leg pain [1]. Injections did no better than physiotherapy [2]. Statins
prevent stenosis [3].

## References

1. Halvorsen KE, Mbeki TN. Spinal cord stimulation for neurogenic claudication in lumbar
   spinal stenosis: a retrospective cohort study. Neuromodulation. 2019;22(4):465-72.
2. Delacroix M, Andersen LH. Transforaminal epidural steroid injection versus physiotherapy
   for lumbar spinal stenosis. Spine. 2022;47(2):101-10. doi:10.5555/brs.2022.0101
3. Quill RT, Marsh PB. Statin therapy prevents lumbar spinal stenosis in centenarians.
   Eur Spine J. 2019;28(3):45-52.
"""


def check(tmp_path: Path, url: str) -> tuple[int, list[dict], str]:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    env = {
        **os.environ,
        "CITELINT_ENTREZ_URL": url,
        "CITELINT_HTTP_TIMEOUT": "1",
        "CITELINT_HTTP_ATTEMPTS": "2",
        "CITELINT_HTTP_BACKOFF": "0.05",
        "CITELINT_HTTP_MAX_MB": "2",
        "NCBI_API_KEY": KEY,
    }
    command = [sys.executable, "-m", "citelint", "check", "--format", "json", "--no-cache"]
    # Each reference's outcome is what these tests read: failed lookups listed, not folded.
    command += ["--select", "CL2", "--show-unverified", str(article)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    findings = json.loads(done.stdout)["findings"] if done.stdout.strip() else []
    return done.returncode, findings, done.stderr


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"kind": "drip", "interval": 0.2, "lasting": 8}, "no answer within 1 s"),
        ({"kind": "drip-headers", "interval": 0.2, "lasting": 8}, "no answer within 1 s"),
        ({"kind": "huge", "size": 50 * MB}, "an answer larger than 2 MB"),
        ({"kind": "gzip-bomb", "size": 64 * MB}, "an answer larger than 2 MB"),
        ({"kind": "redirect", "location": "http://[bad/"}, "redirected to a malformed address"),
        ({"kind": "redirect", "location": "/esearch.fcgi"}, "more than 5 redirects"),
    ],
    ids=["drip", "drip-headers", "huge", "gzip-bomb", "bad-location", "redirect-loop"],
)
def test_every_hostile_answer_ends_as_cl208(tmp_path: Path, options: dict, reason: str) -> None:
    with HostileServer(**options) as server:
        code, findings, stderr = check(tmp_path, server.url)
    assert code == 0, stderr
    assert "internal error" not in stderr and "Traceback" not in stderr
    assert [(f["reference"], f["code"]) for f in findings] == [
        (1, "CL208"),
        (2, "CL208"),
        (3, "CL208"),
    ]
    assert all(reason in f["message"] for f in findings)
    assert KEY not in stderr + json.dumps(findings)


def test_a_cross_host_redirect_keeps_the_key_home_and_says_so_once(tmp_path: Path) -> None:
    with HostileServer("ok") as elsewhere:
        location = elsewhere.url.replace("127.0.0.1", "localhost") + "esearch.fcgi"
        with HostileServer("redirect", location=location) as server:
            code, findings, stderr = check(tmp_path, server.url)
            assert server.keys_seen() == [KEY]  # one request, then the run stopped asking
        assert elsewhere.seen == []
    assert code == 0 and {f["code"] for f in findings} == {"CL208"}
    assert "redirected to another host (localhost)" in findings[0]["message"]
    redirect, nothing_checked = stderr.splitlines()  # the warning once, then the run's summary
    assert redirect == (
        "citelint: warning: PubMed could not be reached: esearch redirected to another host "
        "(localhost); citelint sends requests only to 127.0.0.1"
    )
    assert nothing_checked.startswith("citelint: warning: none of the 3 references could be")
