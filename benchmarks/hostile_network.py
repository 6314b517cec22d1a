"""Time and memory of ``citelint check`` against E-utilities servers that misbehave on purpose.

Each case starts the hostile server of tests/hostile_http.py on 127.0.0.1, points
``CITELINT_ENTREZ_URL`` at it and runs the real command on a five-reference article with an
API key set. It prints, per case: the exit code, the wall time against the budget (deadline x
tries x the requests a run waits through, plus backoff), the peak memory of the citelint
process, how many references ended CL208 and CL201, whether the run ended in "internal error",
and whether the API key reached a host other than the configured one.

    .venv/bin/python benchmarks/hostile_network.py            # every case
    .venv/bin/python benchmarks/hostile_network.py gzip-bomb  # some of them
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

from peak_memory import measure

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
KEY = "benchmark-s3cret-key-0042"
TIMEOUT, ATTEMPTS, BACKOFF = 2.0, 2, 0.2
REQUESTS_WAITED = 2  # FAILED_REQUESTS_LIMIT: after two failed requests a run stops asking
ARTICLE = """\
# Stenosis

Stimulation eased leg pain [1]. Injections did no better than physiotherapy [2]. Statins
prevent stenosis [3]. Most patients improve without surgery [4]. Plasma reversed it [5].

## References

1. Halvorsen KE, Mbeki TN. Spinal cord stimulation for neurogenic claudication in lumbar
   spinal stenosis: a retrospective cohort study. Neuromodulation. 2019;22(4):465-72.
2. Delacroix M, Andersen LH. Transforaminal epidural steroid injection versus physiotherapy
   for lumbar spinal stenosis. Spine. 2022;47(2):101-10. doi:10.5555/brs.2022.0101
3. Quill RT, Marsh PB. Statin therapy prevents lumbar spinal stenosis in centenarians.
   J Imaginary Med. 2019;12(3):45-52.
4. Okafor A. Natural history of lumbar spinal stenosis. Spine J. 2020;20(1):1-9.
5. Varga TB, Rahimi S. Intradiscal platelet-rich plasma reverses disc degeneration. Pain
   Physician. 2018;21(5):E487-E496. PMID: 39990004
"""


def load_hostile_server() -> type:
    spec = importlib.util.spec_from_file_location(
        "hostile_http", ROOT / "tests" / "hostile_http.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["hostile_http"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.HostileServer


def budget() -> float:
    waits = sum(min(BACKOFF * 2**n + BACKOFF, 30.0) for n in range(ATTEMPTS - 1))
    return REQUESTS_WAITED * (ATTEMPTS * TIMEOUT + waits)


def run(url: str, work: Path) -> dict[str, object]:
    """Runs citelint once; returns what it did, with its peak memory."""
    article = work / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    env = {
        **os.environ,
        "CITELINT_ENTREZ_URL": url,
        "CITELINT_HTTP_TIMEOUT": str(TIMEOUT),
        "CITELINT_HTTP_ATTEMPTS": str(ATTEMPTS),
        "CITELINT_HTTP_BACKOFF": str(BACKOFF),
        "NCBI_API_KEY": KEY,
    }
    command = [sys.executable, "-m", "citelint", "check", "--format", "json", "--no-cache"]
    done = measure([*command, "--select", "CL2", str(article)], env, work)
    try:
        codes = [f["code"] for f in json.loads(done.stdout)["findings"]]
    except ValueError:
        codes = []
    return {
        "exit": done.exit,
        "seconds": done.seconds,
        "peak_mb": done.peak_mb,
        "cl208": codes.count("CL208"),
        "cl201": codes.count("CL201"),
        "internal_error": "internal error" in done.stderr,
        "stderr_lines": len(done.stderr.splitlines()),
    }


CASES = {
    "drip": {"kind": "drip", "interval": 0.5},
    "drip-headers": {"kind": "drip-headers", "interval": 0.5},
    "huge": {"kind": "huge", "size": 400 * MB},
    "gzip-bomb": {"kind": "gzip-bomb", "size": 1024 * MB},
    "cross-host-307": {"kind": "redirect"},
    "bad-location": {"kind": "redirect", "location": "http://[bad/"},
}


def main(names: list[str]) -> None:
    server_class = load_hostile_server()
    print(f"deadline {TIMEOUT:g} s, {ATTEMPTS} tries, budget {budget():.1f} s; memory limit 200 MB")
    print(f"{'case':<16}{'exit':>5}{'seconds':>9}{'peak MB':>9}{'CL208':>7}{'CL201':>7}  notes")
    for name in names or list(CASES):
        options = dict(CASES[name])
        with server_class("ok") as elsewhere, tempfile.TemporaryDirectory() as work:
            if name == "cross-host-307":
                options["location"] = elsewhere.url.replace("127.0.0.1", "localhost")
            with server_class(**options) as hostile:
                result = run(hostile.url, Path(work))
            notes = []
            if result["internal_error"]:
                notes.append("INTERNAL ERROR")
            if KEY in elsewhere.keys_seen():
                notes.append("KEY LEAKED")
            if result["seconds"] > budget() + 5:  # five seconds for starting Python and slack
                notes.append("over budget")
            if result["peak_mb"] > 200:
                notes.append("over 200 MB")
            notes.append(f"{result['stderr_lines']} stderr lines")
        print(
            f"{name:<16}{result['exit']:>5}{result['seconds']:>9.1f}{result['peak_mb']:>9.0f}"
            f"{result['cl208']:>7}{result['cl201']:>7}  {', '.join(notes)}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
