"""Does a PubMed mirror give the online verdicts, with no request at all?

The reference set of ``reference_quality.py`` (real PubMed records from fixtures/entrez/real
and hand-made awkward ones, cited in eight styles, with planted faults) is checked twice with
the installed ``citelint`` command, rules CL2xx:

1. online, against the fake E-utilities server (tests/fake_eutils.py), which holds the records;
2. ``--offline --mirror DB``, where DB is built by ``citelint mirror build`` from exactly the
   PubMed XML the server answers with; once with ``--mirror-complete`` and once without.

It prints, per run, the findings by rule and every reference whose codes differ from the
online run's, and the requests the mirror runs made (the target is zero). Without
``--mirror-complete`` the only allowed difference is CL201 (not found) becoming CL208
(unverified), and CL204 for a PMID that names no record going unsaid: a mirror may be older
than the paper or the PMID.

    .venv/bin/python benchmarks/mirror_verdicts.py [--show N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from reference_quality import server_holding, write_articles
from reference_set import build

ROOT = Path(__file__).resolve().parents[1]
PUBMED_DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
Verdicts = dict[tuple[str, int], set[str]]
# CL204 for a PMID that names no record: an incomplete mirror cannot say it (the PMID may be
# newer than the mirror), so it stays silent there.
UNKNOWN_PMID = "CL204 (unknown PMID)"


def citelint(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CITELINT_ENTREZ_URL": url}
    environment.pop("NCBI_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "citelint", *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


def verdicts(result: subprocess.CompletedProcess[str]) -> Verdicts:
    if result.returncode not in (0, 1):
        sys.exit(f"citelint failed (exit {result.returncode}): {result.stderr.strip()[:500]}")
    found: Verdicts = defaultdict(set)
    for finding in json.loads(result.stdout)["findings"]:
        code = finding["code"]
        if code == "CL204" and "names no PubMed record" in finding["message"]:
            code = UNKNOWN_PMID
        found[(finding["path"], finding.get("reference") or 0)].add(code)
    return found


def compare(
    name: str, online: Verdicts, mirrored: Verdicts, keys: list[tuple[str, int]], show: int
) -> int:
    allowed = {"CL201": "CL208", UNKNOWN_PMID: None} if "incomplete" in name else {}
    differ = []
    for key in keys:
        want = {allowed.get(code, code) for code in online.get(key, set())} - {None}
        if mirrored.get(key, set()) != want:
            differ.append((key, sorted(online.get(key, set())), sorted(mirrored.get(key, set()))))
    counts = Counter(code for codes in mirrored.values() for code in codes)
    print(f"{name}: findings {dict(sorted(counts.items()))}; references differing: {len(differ)}")
    for (path, number), want, have in differ[:show]:
        where = f"{Path(path).name} [{number}]"
        print(f"  {where}: online {want or 'nothing'}, mirror {have or 'nothing'}")
    return len(differ)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=10, help="differing references to print")
    arguments = parser.parse_args()
    cited, records = build()
    server = server_holding(records)
    with server, tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        placed = write_articles(folder, cited)
        keys = sorted(placed)
        common = ["check", "--select", "CL2", "--no-cache", "--format", "json", str(folder)]
        online = verdicts(citelint(*common, url=server.url))
        asked_online = len(server.requests())

        xml = Path(work) / "pubmed26n0001.xml"
        articles = "".join(server.articles[pmid] + "\n" for pmid in sorted(server.articles))
        xml.write_text(f"{PUBMED_DOCTYPE}<PubmedArticleSet>\n{articles}</PubmedArticleSet>\n")
        database = Path(work) / "mirror.sqlite3"
        built = citelint("mirror", "build", "--mirror", str(database), str(xml), url=server.url)
        if built.returncode != 0:
            sys.exit(f"mirror build failed: {built.stderr.strip()[:500]}")
        mirror = ["--offline", "--mirror", str(database)]
        complete = verdicts(citelint(*common, *mirror, "--mirror-complete", url=server.url))
        incomplete = verdicts(citelint(*common, *mirror, url=server.url))
        asked_mirror = len(server.requests()) - asked_online

    print(
        f"references: {len(placed)} in {len({path for path, _ in placed})} articles, "
        f"{len(server.articles)} PubMed records"
    )
    print(
        f"online: findings {dict(sorted(Counter(c for v in online.values() for c in v).items()))}"
    )
    print(f"online requests: {asked_online}; mirror runs' requests: {asked_mirror}")
    differing = compare("mirror, complete", online, complete, keys, arguments.show)
    differing += compare("mirror, incomplete", online, incomplete, keys, arguments.show)
    if differing or asked_mirror:
        sys.exit("target missed: the mirror's verdicts must equal the online ones, with 0 requests")


if __name__ == "__main__":
    main()
