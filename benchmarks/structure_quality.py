"""How well CL101-CL107 read made-up articles in the forms real pages take.

    python benchmarks/structure_quality.py [--articles N] [--seed S] [--write DIR]

Each article (structure_pages.py: 50-150 references, Vancouver order, sentences with
figure and table numbers, doses, units, p-values, years and gene names) is written in every
form of structure_forms.py (publisher HTML with [n] or <sup>, text copied with brackets,
superscripts or glued numbers, Markdown) with up to two planted faults: a deleted, added,
duplicated or swapped entry, two citations swapped, a range run backwards, the heading
removed. Manubot pages of 200-400 references are kept clean: any finding there is false.

Findings are matched to the expected ones by (code, citation or reference number); the
script prints precision and recall per rule and form, and the findings on Manubot pages.
``--write DIR`` also saves every page with a JSON file of what it should get.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from structure_forms import FORMS, Style, choose_style, positional, render  # noqa: E402
from structure_pages import FAULTS, Article, build_article, expected_findings, plant  # noqa: E402

from citelint.commands.pipeline import lint_documents  # noqa: E402
from citelint.config import Config  # noqa: E402
from citelint.models import Finding  # noqa: E402
from citelint.read import read_text  # noqa: E402

CODES = ("CL101", "CL102", "CL103", "CL104", "CL105", "CL106", "CL107")
Key = tuple[str, int]


def key_of(finding: Finding) -> Key:
    if finding.code in ("CL101", "CL104"):
        return finding.code, finding.citation or 0
    if finding.code in ("CL102", "CL103", "CL105"):
        return finding.code, finding.reference or 0
    return finding.code, 0


def findings_of(text: str, suffix: str) -> list[Finding]:
    document = read_text(text, f"page.{suffix}", suffix)
    return lint_documents([document], Config(select=["CL1"]), resolver=None).findings


def faults_for(style: Style, rng: random.Random) -> list[str]:
    if style.form == "manubot":
        return []
    allowed = [
        fault
        for fault in FAULTS
        if not (fault == "backwards" and style.callout == "footnote")
        # A footnote's definition needs no heading: taking it away changes nothing.
        and not (fault == "no-heading" and style.callout == "footnote")
    ]
    count = rng.choice([0, 1, 1, 2])
    faults = rng.sample(allowed, count)
    # A page without its list is a page of its own: nothing else can be planted there.
    return ["no-list"] if "no-list" in faults else faults


def _as_footnotes(expected: Counter[Key], seen: Article) -> Counter[Key]:
    """Footnotes are numbered by the page that shows them, in the order first cited: of
    CL103 and CL104 only a label defined twice is a reader's problem."""
    labels = Counter(number for number, _ in seen.entries)
    return Counter(
        {
            key: count
            for key, count in expected.items()
            if key[0] != "CL104" and (key[0] != "CL103" or labels[key[1]] > 1)
        }
    )


def make_page(form: str, seed: int) -> tuple[str, str, Counter[Key], list[str]]:
    rng = random.Random(f"{form}-{seed}")
    size = rng.randint(200, 400) if form == "manubot" else rng.randint(50, 150)
    article = build_article(rng, size)
    style = choose_style(form, rng)
    for fault in faults_for(style, rng):
        plant(article, rng, fault)
    seen = article
    if positional(style):
        seen = Article(
            article.title,
            article.sections,
            [(index, work) for index, (_, work) in enumerate(article.entries, start=1)],
            article.heading,
        )
    expected = expected_findings(seen)
    if style.callout == "footnote":
        expected = _as_footnotes(expected, seen)
    text, suffix = render(article, style, rng)
    label = f"{style.callout}/{style.entries}/{style.numbering}"
    return text, suffix, expected, [label, *article.faults]


def score(articles: int, seed: int, write: Path | None) -> int:
    tallies: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    misses: list[str] = []
    manubot_findings = 0
    started = time.perf_counter()
    for form in FORMS:
        for index in range(articles):
            text, suffix, expected, notes = make_page(form, seed + index)
            found = Counter(key_of(finding) for finding in findings_of(text, suffix))
            if write:
                name = f"{form}-{seed + index}"
                (write / f"{name}.{suffix}").write_text(text, encoding="utf-8")
                wanted = sorted([code, number, count] for (code, number), count in expected.items())
                (write / f"{name}.json").write_text(json.dumps(wanted), encoding="utf-8")
            if form == "manubot":
                manubot_findings += sum(found.values())
            for code in CODES:
                want = Counter({k: v for k, v in expected.items() if k[0] == code})
                got = Counter({k: v for k, v in found.items() if k[0] == code})
                hit = want & got
                tallies[form, code].update(
                    tp=sum(hit.values()),
                    fp=sum((got - hit).values()),
                    fn=sum((want - hit).values()),
                )
                if got != want:
                    misses.append(
                        f"{form}-{seed + index} {' '.join(notes)}: {code} "
                        f"missed {sorted((want - hit).elements())[:4]} "
                        f"false {sorted((got - hit).elements())[:4]}"
                    )
    elapsed = time.perf_counter() - started
    _print_table(tallies)
    print(f"\nManubot pages: {articles}, findings on them: {manubot_findings} (should be 0)")
    print(f"{articles * len(FORMS)} pages in {elapsed:.1f} s")
    if misses:
        print(f"\nPages where a rule was not exact ({len(misses)}):")
        print("\n".join(misses[:40]))
    return 0


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def _print_table(tallies: dict[tuple[str, str], Counter[str]]) -> None:
    print(f"{'form':<14}" + "".join(f"{code:>14}" for code in CODES))
    print(f"{'':<14}" + "".join(f"{'P     R':>14}" for _ in CODES))
    for form in (*FORMS, "all"):
        cells = []
        for code in CODES:
            tally: Counter[str] = Counter()
            for (where, rule), counts in tallies.items():
                if rule == code and form in (where, "all"):
                    tally.update(counts)
            precision = _ratio(tally["tp"], tally["tp"] + tally["fp"])
            recall = _ratio(tally["tp"], tally["tp"] + tally["fn"])
            cells.append(f"{precision} {recall}")
        print(f"{form:<14}" + "".join(f"{cell:>14}" for cell in cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=12, help="articles per form")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--write", type=Path, help="save the pages and their expected findings")
    args = parser.parse_args()
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
    return score(args.articles, args.seed, args.write)


if __name__ == "__main__":
    raise SystemExit(main())
