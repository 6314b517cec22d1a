"""Structure rules (CL101-CL106) on one article written in each format: as plain text, as Word
(.docx built with python-docx) and as JATS XML. The target (issue 14) is the same precision
and recall in Word and JATS as in plain text.

Each generated article is checked clean and with one planted fault: an entry deleted, an
uncited entry added, an entry pasted twice, the first two citations swapped, a range written
backwards. Findings are compared with the planted ones by (code, number); anything else
found is a false alarm. Clean articles also come as Word with automatic list numbering and
superscript runs split the way Word splits them, and as JATS cited by author and year.

    .venv/bin/python benchmarks/format_structure.py [--articles 40]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from docx import Document as WordDocument

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_path

TOPICS = [
    ("supervised walking", "neurogenic claudication"),
    ("statin therapy", "stroke after a transient ischaemic attack"),
    ("early mobilisation", "hip fracture in older adults"),
    ("inhaled corticosteroids", "asthma in school-age children"),
    ("cognitive behavioural therapy", "chronic insomnia"),
    ("metformin", "gestational diabetes"),
]
FINDINGS = ("reduced", "did not change", "modestly improved", "halved", "delayed")
JOURNALS = ["Spine J", "Lancet", "BMJ", "JAMA Intern Med", "Eur Respir J", "Diabetologia"]
SURNAMES = ["Tran", "Okafor", "Lindqvist", "Haddad", "Brandt", "Moreau", "Costa", "Ivers"]
FAULTS = ("clean", "deleted", "uncited", "duplicate", "swapped", "backwards")


@dataclass
class Article:
    claims: list[tuple[str, list[int], bool]]  # sentence, numbers cited, written as a range
    entries: list[tuple[int, str, str]]  # number shown, surname, the rest of the entry
    expected: set[tuple[str, int | None]] = field(default_factory=set)


def make_article(rng: random.Random) -> Article:
    treatment, condition = rng.choice(TOPICS)
    count = rng.randint(5, 9)
    claims: list[tuple[str, list[int], bool]] = []
    number = 1
    while number <= count:
        width = (
            1
            if number == count or rng.random() < 0.6
            else rng.randint(2, min(3, count - number + 1))
        )
        cited = list(range(number, number + width))
        effect = rng.choice(FINDINGS)
        sentence = f"In {condition}, {treatment} {effect} symptoms at {rng.randint(3, 24)} months"
        claims.append((sentence, cited, width == 3))
        number += width
    entries = []
    trials = rng.sample(range(10, 99), count)  # distinct titles: no duplicate by chance
    for n in range(1, count + 1):
        title = f"{treatment.capitalize()} in {condition}: trial {trials[n - 1]}"
        pages = f"{rng.randint(1, 900)}-{rng.randint(901, 999)}"
        locus = f"{rng.randint(1995, 2024)};{rng.randint(1, 400)}:{pages}"
        entries.append((n, rng.choice(SURNAMES), f"{title}. {rng.choice(JOURNALS)}. {locus}."))
    return Article(claims, entries)


def plant(article: Article, fault: str, rng: random.Random) -> Article:
    claims = [list(claim) for claim in article.claims]
    entries = list(article.entries)
    expected: set[tuple[str, int | None]] = set()
    count = len(entries)
    if fault == "deleted":
        gone = rng.randint(2, count - 1)
        entries = [entry for entry in entries if entry[0] != gone]
        expected = {("CL101", gone), ("CL103", gone + 1)}
    elif fault == "uncited":
        entries.append((count + 1, "Nobody", "An entry nothing cites. BMJ. 2001;1:1-2."))
        expected = {("CL102", count + 1)}
    elif fault == "duplicate":
        copied = entries[rng.randint(0, count - 1)]
        entries.append((count + 1, copied[1], copied[2]))
        claims.append(["The same work was cited again", [count + 1], False])
        expected = {("CL105", count + 1)}
    elif fault == "swapped":
        first, second = claims[0][1], claims[1][1]
        claims[0][1], claims[1][1] = second, first
        claims[0][2], claims[1][2] = claims[1][2], claims[0][2]
        expected = {("CL104", second[0])}
    elif fault == "backwards":
        claims.append(["Earlier trials agree", [3, 1], True])
        expected = {("CL106", None)}
    return Article([tuple(claim) for claim in claims], entries, expected)  # type: ignore[misc]


def marker_text(numbers: list[int], ranged: bool) -> str:
    if ranged:
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(map(str, numbers))


def as_text(article: Article, path: Path) -> Path:
    body = " ".join(f"{s} [{marker_text(n, r)}]." for s, n, r in article.claims)
    entries = "\n".join(f"{n}. {surname} A. {rest}" for n, surname, rest in article.entries)
    path.write_text(f"Evidence summary\n\n{body}\n\nReferences\n\n{entries}\n", encoding="utf-8")
    return path


def as_word(article: Article, path: Path, automatic: bool, rng: random.Random) -> Path:
    document = WordDocument()
    document.add_heading("Evidence summary", 0)
    paragraph = document.add_paragraph()
    for sentence, numbers, ranged in article.claims:
        paragraph.add_run(f"{sentence}")
        shown = marker_text(numbers, ranged).replace(" ", "")
        if rng.random() < 0.5:
            paragraph.add_run(f" [{marker_text(numbers, ranged)}]. ")
            continue
        cut = rng.randint(0, len(shown))  # Word splits superscripts where it likes
        for piece in (shown[:cut], shown[cut:]):
            if piece:
                paragraph.add_run(piece).font.superscript = True
        paragraph.add_run(". ")
    document.add_heading("References", 1)
    for number, surname, rest in article.entries:
        if automatic:
            document.add_paragraph(f"{surname} A. {rest}", style="List Number")
        else:
            document.add_paragraph(f"{number}.\t{surname} A. {rest}")
    document.save(str(path))
    return path


def as_jats(article: Article, path: Path, author_year: bool = False) -> Path:
    def xref(number: int) -> str:
        shown = (
            f"{article.entries[number - 1][1]} et al., 20{number:02d}"
            if author_year
            else str(number)
        )
        return f'<xref ref-type="bibr" rid="R{number}">{escape(shown)}</xref>'

    sentences = []
    for sentence, numbers, ranged in article.claims:
        if ranged and author_year:
            cited = "; ".join(xref(n) for n in range(numbers[0], numbers[-1] + 1))
        elif ranged:
            cited = f"{xref(numbers[0])}&#x2013;{xref(numbers[-1])}"
        else:
            cited = ", ".join(xref(n) for n in numbers)
        sentences.append(f"{escape(sentence)} [{cited}].")
    refs = "\n".join(
        f'<ref id="R{n}"><label>{n}</label><mixed-citation publication-type="journal">'
        f"{_tagged(surname, rest)}</mixed-citation></ref>"
        for n, surname, rest in article.entries
    )
    if author_year:
        refs = refs.replace("<label>", "<!--").replace("</label>", "-->")
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<article>\n<body>\n<sec><title>Evidence'
        f"</title>\n<p>{' '.join(sentences)}</p>\n</sec>\n</body>\n<back><ref-list>\n{refs}\n"
        "</ref-list></back>\n</article>\n",
        encoding="utf-8",
    )
    return path


def _tagged(surname: str, rest: str) -> str:
    """The entry as publishers tag a mixed citation: its text with each field marked."""
    title, journal, locus = rest.rstrip(".").split(". ")
    year, _, pages = locus.partition(";")
    volume, _, pages = pages.partition(":")
    first, _, last = pages.partition("-")
    return (
        f"<string-name><surname>{escape(surname)}</surname> <given-names>A</given-names>"
        f"</string-name>. <article-title>{escape(title)}</article-title>. "
        f"<source>{escape(journal)}</source>. <year>{year}</year>;<volume>{volume}</volume>:"
        f"<fpage>{first}</fpage>-<lpage>{last}</lpage>."
    )


def findings(path: Path) -> set[tuple[str, int | None]]:
    document = read_path(path)
    result = lint_documents([document], Config(select=["CL1"]), None)
    return {(f.code, f.citation or f.reference) for f in result.findings}


def build_forms(article: Article, stem: Path, fault: str, rng: random.Random) -> dict[str, Path]:
    forms = {
        "txt": as_text(article, stem.with_suffix(".txt")),
        "docx": as_word(article, stem.with_suffix(".docx"), False, rng),
        "jats": as_jats(article, stem.with_suffix(".nxml")),
    }
    if fault == "clean":
        auto = stem.with_name(stem.name + "-auto.docx")
        forms["docx-auto"] = as_word(article, auto, True, rng)
        forms["jats-author-year"] = as_jats(article, stem.with_name(stem.name + "-ay.nxml"), True)
    return forms


def count(tally: Counter[str], found: set, expected: set) -> None:  # type: ignore[type-arg]
    for item in found | expected:
        outcome = "tp" if item in found and item in expected else "fp" if item in found else "fn"
        tally[f"{item[0]} {outcome}"] += 1


def report(form: str, tally: Counter[str]) -> str:
    tp, fp, fn = (
        sum(v for k, v in tally.items() if k.endswith(kind)) for kind in ("tp", "fp", "fn")
    )
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    rules = sorted({key.split()[0] for key in tally})
    detail = " ".join(
        f"{r}:{tally[f'{r} tp']}/{tally[f'{r} fp']}/{tally[f'{r} fn']}" for r in rules
    )
    return f"{form:<18}{precision:>10.3f}{recall:>8.3f}   {detail or 'no findings (clean)'}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=40)
    arguments = parser.parse_args()
    rng = random.Random(14)
    counts: dict[str, Counter[str]] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for index in range(arguments.articles):
            base = make_article(rng)
            for fault in FAULTS:
                article = plant(base, fault, rng)
                stem = Path(folder) / f"a{index}-{fault}"
                for form, path in build_forms(article, stem, fault, rng).items():
                    count(counts.setdefault(form, Counter()), findings(path), article.expected)
    elapsed = time.perf_counter() - started
    print(f"{arguments.articles} articles x {len(FAULTS)} variants, {elapsed:.1f} s")
    print(f"{'form':<18}{'precision':>10}{'recall':>8}   per rule (tp/fp/fn)")
    for form, tally in counts.items():
        print(report(form, tally))


if __name__ == "__main__":
    main()
