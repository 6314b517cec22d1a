"""How many E-utilities requests does resolving 100 articles x 10 references take?

Generates 100 Markdown articles citing invented records served by the fake E-utilities server
(tests/fake_eutils.py) in the usual citation shapes (PMID, DOI, plain Vancouver, "et al.",
APA, title+journal+year, web-page style, PubMed URL, some made up, some guidelines and
books), a fifth of them with titles that hold full stops and question marks of their own
("vs.", "spp.", a question before a subtitle, a section head, a year in brackets). It runs
``citelint check``'s pipeline over all of them on a cold cache, and prints requests per
reference and the most requests in any one second. The server enforces NCBI's limit (3 a
second without a key): a burst would show as 429 answers. A second, warm run must ask
nothing.

    .venv/bin/python benchmarks/resolve_requests.py
"""

from __future__ import annotations

import importlib.util
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from citelint.commands.pipeline import lint_paths
from citelint.config import Config
from citelint.pubmed.resolver import build_resolver
from citelint.record import Record

ROOT = Path(__file__).resolve().parents[1]
ARTICLES, PER_ARTICLE, RECORDS = 100, 10, 600
JOURNALS = [
    ("Journal of Invented Spine Research", "J Invent Spine Res"),
    ("Annals of Imaginary Medicine", "Ann Imag Med"),
    ("Fictional Pain Reports", "Fict Pain Rep"),
    ("Acta Synthetica Orthopaedica", "Acta Synth Orthop"),
    ("Notional Neurosurgery", "Notional Neurosurg"),
    ("Clinical Trials in Make-Believe", "Clin Trials Make Believe"),
]
SUBJECTS = [
    "lumbar stenosis",
    "neck pain",
    "sciatica",
    "disc herniation",
    "spondylolisthesis",
    "facet arthropathy",
    "vertebral fracture",
    "spinal cord stimulation",
    "low back pain",
]
TREATMENTS = [
    "physiotherapy",
    "decompression",
    "fusion",
    "epidural steroids",
    "gabapentin",
    "acupuncture",
    "yoga",
    "walking programmes",
    "radiofrequency ablation",
    "bracing",
]
DESIGNS = [
    "a randomized trial",
    "a cohort study",
    "a meta-analysis",
    "a case series",
    "a registry analysis",
    "a pilot study",
]
GROUPS = ["adults", "older adults", "athletes", "workers"]
PEOPLE = [
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Tanaka",
    "Novak",
    "Castillo",
    "Osei",
    "Brennan",
    "Kowalczyk",
    "Ferreira",
    "Nakamura",
    "Adeyemi",
    "Larsen",
]


def load_fake_server() -> type:
    spec = importlib.util.spec_from_file_location("fake_eutils", ROOT / "tests" / "fake_eutils.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["fake_eutils"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.FakeEutils


# Real titles carry full stops and question marks of their own; a fifth of the records do.
TRICKY_TITLES = [
    "{A} vs. {b} for {s} in {g}: {d}.",
    "Is {a} better than {b} for {s}? A study of {n} {g}.",
    "SPINE SURGERY. {A} or {b} for {s} in {g}.",
    "{A} for {s} in {g} (Okafor {y}) revisited: {d}.",
    "Candida spp. and {s} after {a} in {g}: {d}.",
    "{A} in the U.S. and {b} in Europe for {s}: {d}.",
]


def make_title(rng: random.Random) -> str:
    words = {
        "a": rng.choice(TREATMENTS),
        "b": rng.choice(TREATMENTS),
        "s": rng.choice(SUBJECTS),
        "g": rng.choice(GROUPS),
        "d": rng.choice(DESIGNS),
        "n": rng.randint(10, 999),
        "y": rng.randint(1950, 1990),
    }
    words["A"] = str(words["a"]).capitalize()
    if rng.random() < 0.2:
        return rng.choice(TRICKY_TITLES).format(**words)
    return (
        f"{words['A']} versus {words['b']} for {words['s']} in {words['g']}"
        f" ({words['n']} patients): {words['d']}."
    )


def make_records(rng: random.Random) -> list[Record]:
    records, titles = [], set()
    while len(records) < RECORDS:
        title = make_title(rng)
        if title in titles:
            continue
        titles.add(title)
        journal, abbrev = rng.choice(JOURNALS)
        first = rng.randint(1, 1900)
        number = len(records)
        records.append(
            Record(
                pmid=str(38000000 + number),
                title=title,
                journal=journal,
                journal_abbrev=abbrev,
                year=rng.randint(1995, 2024),
                authors=[
                    f"{rng.choice(PEOPLE)} {rng.choice('ABCDEHJKLMNPRST')}{rng.choice('ABJKM')}"
                    for _ in range(rng.randint(1, 4))
                ],
                volume=str(rng.randint(1, 80)),
                pages=f"{first}-{first + rng.randint(4, 14)}",
                doi=f"10.5555/bench.{number}",
            )
        )
    return records


def entry_text(record: Record, shape: str) -> str:
    authors = ", ".join(record.authors[:3])
    title = record.title.rstrip(".")
    locus = f"{record.journal_abbrev}. {record.year};{record.volume}:{record.pages}."
    if shape == "pmid":
        return f"{authors}. {title}. {locus} PMID: {record.pmid}"
    if shape == "doi":
        return f"{authors}. {title}. {locus} doi:{record.doi}"
    if shape == "web":
        return f"{title}\n\n   {record.journal}, {record.year}"
    if shape == "et-al":
        return f"{record.authors[0]}, et al. {title}. {locus}"
    if shape == "title-journal-year":
        return f"{title}. {record.journal}. {record.year}."
    if shape == "apa":
        names = ", ".join(
            f"{a.rsplit(' ', 1)[0]}, {a.rsplit(' ', 1)[1][0]}." for a in record.authors
        )
        return (
            f"{names} ({record.year}). {title}. {record.journal}, {record.volume}, {record.pages}."
        )
    if shape == "url":
        return f"https://pubmed.ncbi.nlm.nih.gov/{record.pmid}/"
    return f"{authors}. {title}. {locus}"


SHAPES = ["pmid", "doi", "vancouver", "web", "et-al", "title-journal-year", "apa", "url"]
BOOKS = [
    "Harrison's Principles of Internal Medicine. 20th ed. New York: McGraw-Hill; 2018.",
    "Nguyen TH. Balance training in lumbar stenosis [dissertation]. Boston (MA): Boston "
    "University; 2019.",
    "Katz JN. Lumbar spinal stenosis. In: Goldman L, Schafer AI, editors. Goldman-Cecil "
    "Medicine. 26th ed. Philadelphia: Elsevier; 2020. p. 1094-8.",
]


def write_articles(directory: Path, records: list[Record], rng: random.Random) -> int:
    references = 0
    for number in range(ARTICLES):
        entries = []
        for index in range(PER_ARTICLE):
            roll = rng.random()
            if roll < 0.05:
                entries.append(
                    f"Quill RT. A trial that never happened number {number}-{index}. "
                    f"J Invent Spine Res. 2020;{index + 1}:{number + 10}-{number + 19}."
                )
            elif roll < 0.08:
                entries.append(
                    f"Guideline. Managing {rng.choice(SUBJECTS)}: advice for clinicians. "
                    f"https://guidance.example.org/{number}/{index}"
                )
            elif roll < 0.1:
                entries.append(rng.choice(BOOKS))
            else:
                shape = rng.choices(SHAPES, [20, 20, 25, 10, 8, 7, 7, 3])[0]
                entries.append(entry_text(rng.choice(records), shape))
        claims = " ".join(f"Finding {n} was reported [{n}]." for n in range(1, PER_ARTICLE + 1))
        listing = "\n".join(f"{n}. {text}" for n, text in enumerate(entries, start=1))
        text = f"# Article {number}\n\n{claims}\n\n## References\n\n{listing}\n"
        (directory / f"article-{number:03d}.md").write_text(text, encoding="utf-8")
        references += len(entries)
    return references


def run(paths: list[str], cache_dir: Path) -> tuple[float, Counter]:
    config = Config(select=["CL2"], cache_dir=str(cache_dir))
    started = time.monotonic()
    result = lint_paths(paths, config, build_resolver(config))
    statuses = Counter(
        resolution.status
        for by_number in result.resolutions.values()
        for resolution in by_number.values()
    )
    return time.monotonic() - started, statuses


def main() -> None:
    rng = random.Random(2026)
    records = make_records(rng)
    fake_eutils = load_fake_server()(records_dir=None, rate_limit=3)
    for record in records:
        fake_eutils.add_record(record)
    with fake_eutils, tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "articles"
        folder.mkdir()
        references = write_articles(folder, records, rng)
        os.environ["CITELINT_ENTREZ_URL"] = fake_eutils.url
        os.environ.pop("NCBI_API_KEY", None)
        seconds, statuses = run([str(folder)], Path(work) / "cache")
        cold = fake_eutils.requests()
        kinds = Counter(request.utility for request in cold)
        print(f"articles: {ARTICLES}, references: {references}")
        print(
            f"cold run: {len(cold)} requests, {len(cold) / references:.3f} per reference "
            f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), {seconds:.1f} s"
        )
        print(f"most requests in any one second: {fake_eutils.max_requests_per_second()} (limit 3)")
        print("resolutions: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
        seconds, _ = run([str(folder)], Path(work) / "cache")
        warm = len(fake_eutils.requests()) - len(cold)
        print(f"warm run: {warm} requests, {seconds:.1f} s")
    if len(cold) / references > 0.1 or fake_eutils.max_requests_per_second() > 3 or warm:
        sys.exit("target missed: at most 0.1 requests per reference, 3 a second, 0 when warm")


if __name__ == "__main__":
    main()
