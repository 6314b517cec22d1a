"""Are correct references left alone, and faulty ones caught? CL201, CL203, CL204, CL207.

Real PubMed records (fixtures/entrez/real) and hand-made awkward ones are cited in eight
styles (Vancouver with PMID, with DOI and bare, "et al.", title+journal+year, copied with
link-outs, APA, PubMed URL), beside planted faults: made-up papers (CL201), one wrong fact
(CL203), another paper's PMID or DOI or a PMID nobody has (CL204), books, theses, reports and
web pages (CL207). The articles go through ``citelint check``'s pipeline against the fake
E-utilities server (tests/fake_eutils.py), which searches titles as PubMed does: a long quoted
phrase is not in its phrase index, ``[ti:~N]`` is a proximity search. It prints, per rule,
precision and recall, false alarms on correct references, and requests per reference.

    .venv/bin/python benchmarks/reference_quality.py [--show N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from reference_set import SHAPES, Cited, build
from resolve_requests import load_fake_server

from citelint.commands.pipeline import lint_paths
from citelint.config import Config
from citelint.pubmed.resolver import build_resolver
from citelint.record import Record

RULES = ("CL201", "CL203", "CL204", "CL207")
PER_ARTICLE = 12


def write_articles(directory: Path, cited: list[Cited]) -> dict[tuple[str, int], Cited]:
    """Articles of one style each, faults mixed in; returns (path, entry number) -> entry."""
    by_style: dict[str, list[Cited]] = defaultdict(list)
    for entry in cited:
        by_style[entry.style].append(entry)
    placed: dict[tuple[str, int], Cited] = {}
    rng = random.Random(7)
    for style, entries in sorted(by_style.items()):
        rng.shuffle(entries)
        for start in range(0, len(entries), PER_ARTICLE):
            group = entries[start : start + PER_ARTICLE]
            path = directory / f"{style}-{start // PER_ARTICLE:03d}.md"
            claims = " ".join(f"Finding {n} was reported [{n}]." for n in range(1, len(group) + 1))
            items = [
                f"{n}. " + entry.text.replace("\n", "\n   ")
                for n, entry in enumerate(group, start=1)
            ]
            path.write_text(
                f"# {style}\n\n{claims}\n\n## References\n\n" + "\n".join(items) + "\n",
                encoding="utf-8",
            )
            for n, entry in enumerate(group, start=1):
                placed[(str(path), n)] = entry
    return placed


def score(placed: dict[tuple[str, int], Cited], found: dict[tuple[str, int], set[str]]) -> None:
    print(f"{'rule':6} {'precision':>9} {'recall':>7} {'planted':>8} {'raised':>7} {'false':>6}")
    for rule in RULES:
        planted = {key for key, entry in placed.items() if entry.expected == rule}
        raised = {key for key, codes in found.items() if rule in codes}
        hits = len(planted & raised)
        precision = hits / len(raised) if raised else 1.0
        recall = hits / len(planted) if planted else 1.0
        false = len(raised - planted)
        print(f"{rule:6} {precision:9.3f} {recall:7.3f} {len(planted):8} {len(raised):7} {false:6}")
    correct = [key for key, entry in placed.items() if entry.expected is None]
    alarms = Counter(code for key in correct for code in found.get(key, ()))
    print(
        f"correct references: {len(correct)}; findings on them: "
        + (", ".join(f"{code} {n}" for code, n in sorted(alarms.items())) or "none")
    )


def misjudged(
    placed: dict[tuple[str, int], Cited], found: dict[tuple[str, int], set[str]], show: int
) -> None:
    wrong = []
    for key, entry in placed.items():
        codes = found.get(key, set()) & {*RULES, "CL202", "CL208"}
        expected = {entry.expected} if entry.expected else set()
        if codes != expected:
            wrong.append((entry, sorted(codes)))
    print(f"misjudged entries: {len(wrong)}")
    for entry, codes in wrong[:show]:
        print(f"  expected {entry.expected}, got {codes or 'nothing'}: {entry.what}")
        print("    " + entry.text.replace("\n", " / ")[:200])


def server_holding(records: list[Record]) -> Any:
    """A fake E-utilities server (NCBI's rate limit) with the real records and ``records``."""
    server = load_fake_server()(records_dir=None, rate_limit=3)
    real = Path(__file__).resolve().parents[1] / "fixtures" / "entrez" / "real" / "pubmed_set.xml"
    server.add_articles(real.read_bytes())
    server.add_articles(SHAPES.read_bytes())  # served as NCBI's layout has them (ArticleDate ...)
    for record in records:
        if record.pmid not in server.records:
            server.add_record(record)
    return server


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=15, help="misjudged entries to print")
    arguments = parser.parse_args()
    cited, records = build()
    server = server_holding(records)
    with server, tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        placed = write_articles(folder, cited)
        os.environ["CITELINT_ENTREZ_URL"] = server.url
        os.environ.pop("NCBI_API_KEY", None)
        config = Config(select=["CL2"], cache_dir=str(Path(work) / "cache"))
        result = lint_paths([str(folder)], config, build_resolver(config))
        found: dict[tuple[str, int], set[str]] = defaultdict(set)
        for finding in result.findings:
            found[(finding.path, finding.reference or 0)].add(finding.code)
        requests = len(server.requests())
    print(f"references: {len(placed)} in {len(result.documents)} articles")
    score(placed, found)
    print(f"requests: {requests}, {requests / len(placed):.3f} per reference")
    misjudged(placed, found, arguments.show)
    failed = any(
        entry.expected is None and found.get(key, set()) & {"CL201", "CL203", "CL204"}
        for key, entry in placed.items()
    )
    if failed or requests / len(placed) > 0.05:
        sys.exit("target missed: no CL201/CL203/CL204 on correct references, <= .05 requests")


if __name__ == "__main__":
    main()
