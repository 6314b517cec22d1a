"""Made-up articles with numbered citations, their faults, and what CL101-CL107 should say.

An Article is the page's content before it is written in any form: sections of sentences
whose citation slots hold Cites, and the reference list as printed (numbers and works).
``build_article`` draws one from the hand-written sentences and title pieces in
benchmarks/data/structure/; ``plant`` adds faults such as a deleted or duplicated entry;
``expected_findings`` is what a perfect reader of the page would report, rule by rule.
structure_forms.py writes an Article as publisher HTML, copied text, Markdown or Manubot.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

DATA = Path(__file__).resolve().parent / "data" / "structure"
SLOT = re.compile(r"\{c\}")


@dataclass
class Work:
    """One cited work; two entries with the same ``key`` are the same work (CL105)."""

    key: int
    kind: str  # "article", "group", "web", "book"
    authors: list[tuple[str, str]]  # (surname, initials); one (name, "") for a group
    title: str
    journal: str = ""
    abbrev: str = ""
    year: int = 2020
    volume: int = 1
    issue: int = 1
    first_page: int = 1
    last_page: int = 10
    doi: str = ""
    pmid: str = ""
    url: str = ""


@dataclass
class Cite:
    """One citation marker: the numbers it names, written as the page writes them."""

    numbers: list[int]
    backwards: bool = False  # a planted range that runs backwards ("5–3")

    def display(self, dash: str = "–", comma: str = ",") -> str:
        if self.backwards:
            return f"{self.numbers[-1]}{dash}{self.numbers[0]}"
        parts: list[str] = []
        run = [self.numbers[0]]
        for number in self.numbers[1:]:
            if number == run[-1] + 1:
                run.append(number)
                continue
            parts.append(_run(run, dash))
            run = [number]
        parts.append(_run(run, dash))
        return comma.join(parts)

    def cited(self) -> list[int]:
        """The numbers a reader takes the marker to name (a backwards range: its two ends)."""
        return [self.numbers[-1], self.numbers[0]] if self.backwards else self.numbers


def _run(run: list[int], dash: str) -> str:
    if len(run) >= 3:
        return f"{run[0]}{dash}{run[-1]}"
    return ",".join(str(number) for number in run)


@dataclass
class Sentence:
    template: str  # with {c} slots, ^{x} powers, {fig} and {tab}
    cites: list[Cite] = field(default_factory=list)


@dataclass
class Article:
    title: str
    sections: list[tuple[str, list[list[Sentence]]]]
    entries: list[tuple[int, Work]]  # the list as printed: number, work
    heading: bool = True  # the list has a "References" heading
    faults: list[str] = field(default_factory=list)

    def cites(self) -> list[Cite]:
        return [
            cite
            for _, paragraphs in self.sections
            for paragraph in paragraphs
            for sentence in paragraph
            for cite in sentence.cites
        ]


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _title_pieces() -> dict[str, list[str]]:
    pieces: dict[str, list[str]] = {}
    current = ""
    for line in _lines("titles.txt"):
        if line.startswith("["):
            current = line.strip("[]")
            pieces[current] = []
        else:
            pieces[current].append(line)
    return pieces


SENTENCES = _lines("sentences.txt")
JOURNALS = [tuple(line.split("|")) for line in _lines("journals.txt")]
SURNAMES = [name.replace("_", " ") for line in _lines("names.txt") for name in line.split()]
TITLES = _title_pieces()
GROUP_REPORTS = [
    ("World Health Organization", "Global report on {0}", "Geneva: World Health Organization"),
    ("UK Renal Registry", "UK Renal Registry {1} annual report", "Bristol: UK Renal Registry"),
    ("Alzheimer's Association", "{2} Alzheimer's disease facts and figures", "Chicago, IL"),
]
REPORT_TOPICS = ["tuberculosis", "hypertension", "dementia", "physical activity", "ageing"]
ORDINALS = ["20th", "21st", "22nd", "23rd", "24th"]
SECTION_NAMES = ["Introduction", "Methods", "Results", "Discussion"]


def _title(rng: random.Random, seen: list[str]) -> str:
    """A title unlike every earlier one (no two made-up works may pass for one work)."""
    while True:
        exposure, outcome = rng.choice(TITLES["exposure"]), rng.choice(TITLES["outcome"])
        population, design = rng.choice(TITLES["population"]), rng.choice(TITLES["design"])
        shape = rng.randrange(4)
        if shape == 0:
            title = f"{exposure} and {outcome} in {population}: {design}"
        elif shape == 1:
            title = f"Association of {exposure.lower()} with {outcome} among {population}"
        elif shape == 2:
            title = f"Effect of {exposure.lower()} on {outcome} in {population}"
        else:
            title = f"{outcome.capitalize()} after {exposure.lower()} in {population}"
        if all(fuzz.ratio(title.lower(), other.lower()) < 85 for other in seen[-400:]):
            seen.append(title)
            return title


def _authors(rng: random.Random) -> list[tuple[str, str]]:
    count = rng.choice([1, 2, 3, 3, 4, 5, 6, 7])
    letters = "ABCDEFGHJKLMNPRSTW"
    return [
        (rng.choice(SURNAMES), "".join(rng.sample(letters, rng.choice([1, 1, 2]))))
        for _ in range(count)
    ]


def make_works(rng: random.Random, count: int, groups: bool) -> list[Work]:
    """``count`` different works; with ``groups``, some are reports by one group author."""
    works: list[Work] = []
    seen: list[str] = []
    reports = 0
    for key in range(count):
        year = rng.randint(1995, 2024)
        if groups and reports < 4 and rng.random() < 0.06:
            group, title, place = GROUP_REPORTS[reports % len(GROUP_REPORTS)]
            title = title.format(REPORT_TOPICS[reports], ORDINALS[reports], year)
            works.append(Work(key, "group", [(group, "")], title, journal=place, year=year))
            reports += 1
            continue
        if rng.random() < 0.04:
            authors = _authors(rng)[:3]
            title = f"{rng.choice(TITLES['exposure'])} in clinical practice"
            if title in seen:
                title = _title(rng, seen)
            seen.append(title)
            works.append(Work(key, "book", authors, title, journal="Springer", year=year))
            continue
        journal, abbrev = rng.choice(JOURNALS)
        first = rng.randint(1, 2400)
        works.append(
            Work(
                key,
                "article",
                _authors(rng),
                _title(rng, seen),
                journal=journal,
                abbrev=abbrev,
                year=year,
                volume=rng.randint(1, 400),
                issue=rng.randint(1, 12),
                first_page=first,
                last_page=first + rng.randint(3, 14),
                doi=f"10.{rng.randint(1000, 9999)}/j.{rng.randint(10**5, 10**7)}",
                pmid=str(rng.randint(10_000_000, 38_000_000)) if rng.random() < 0.7 else "",
            )
        )
    return works


def build_article(rng: random.Random, references: int, groups: bool = True) -> Article:
    """An article citing ``references`` works in order of first citation (Vancouver)."""
    works = make_works(rng, references, groups)
    bank = list(SENTENCES)
    rng.shuffle(bank)
    sentences: list[Sentence] = []
    next_new = 1
    while next_new <= references or len(sentences) < 30:
        if not bank:
            bank = list(SENTENCES)
            rng.shuffle(bank)
        template = bank.pop()
        cites = []
        for _ in SLOT.findall(template):
            numbers = _cite_numbers(rng, next_new, references)
            next_new = max(next_new, max(numbers) + 1)
            cites.append(Cite(numbers))
        sentences.append(Sentence(template, cites))
    paragraphs: list[list[Sentence]] = []
    while sentences:
        size = rng.randint(2, 6)
        paragraphs.append(sentences[:size])
        sentences = sentences[size:]
    share = -(-len(paragraphs) // len(SECTION_NAMES))
    sections = [
        (name, paragraphs[index * share : (index + 1) * share])
        for index, name in enumerate(SECTION_NAMES)
    ]
    entries = [(work.key + 1, work) for work in works]
    title = _title(rng, [])
    return Article(title, sections, entries)


def _cite_numbers(rng: random.Random, next_new: int, references: int) -> list[int]:
    """Numbers of one marker: mostly new ones, sometimes earlier ones or a mix of both."""
    earlier = list(range(1, next_new))
    roll = rng.random()
    if next_new > references or (earlier and roll < 0.2):
        count = min(len(earlier), rng.choice([1, 1, 2]))
        return sorted(rng.sample(earlier, count)) if count else [1]
    new = min(references - next_new + 1, rng.choice([1, 1, 1, 2, 2, 3, 4, 5]))
    numbers = list(range(next_new, next_new + new))
    if earlier and roll > 0.85:
        numbers = sorted({*rng.sample(earlier, min(2, len(earlier))), *numbers})
    return numbers


def expected_findings(article: Article, list_found: bool = True) -> Counter[tuple[str, int]]:
    """What CL101-CL107 should report on the article, keyed by (code, number); CL106 and
    CL107 have number 0. This is the rules' definition applied to the true structure."""
    expected: Counter[tuple[str, int]] = Counter()
    cites = article.cites()
    if not list_found or not article.entries:
        if cites:
            expected["CL107", 0] += 1
        return expected
    listed = {number for number, _ in article.entries}
    cited: set[int] = set()
    first: list[int] = []
    for cite in cites:
        cited |= set(cite.cited())
        if cite.backwards:
            expected["CL106", 0] += 1
            continue
        for number in dict.fromkeys(cite.numbers):
            if number not in listed:
                expected["CL101", number] += 1
            elif number not in first:
                first.append(number)
    for number, _ in article.entries:
        if number not in cited:
            expected["CL102", number] += 1
    for number in _numbering_problems([number for number, _ in article.entries]):
        expected["CL103", number] += 1
    for number, wanted in zip(first, sorted(first), strict=True):
        if number != wanted:
            expected["CL104", number] += 1
            break
    works: set[int] = set()
    for number, work in article.entries:
        if work.key in works:
            expected["CL105", number] += 1
        works.add(work.key)
    return expected


def _numbering_problems(numbers: list[int]) -> list[int]:
    """Entries where the numbering skips, repeats or goes back; a number that only comes
    early (a swap) is reported where the list goes back, not also where it jumps."""
    problems: list[int] = []
    seen: set[int] = set()
    expected = 1
    for index, number in enumerate(numbers):
        later = set(numbers[index + 1 :])
        back = number in seen or number < expected
        skipped = set(range(expected, number))
        if back or (skipped and not skipped <= later):
            problems.append(number)
        seen.add(number)
        expected = max(expected, number + 1)
    return problems


FAULTS = (
    "delete",
    "delete-last",
    "add",
    "duplicate",
    "duplicate-number",
    "same-work",
    "swap-entries",
    "swap-citations",
    "backwards",
    "no-heading",
    "no-list",
)


def plant(article: Article, rng: random.Random, fault: str) -> None:
    """Change ``article`` the way an edit gone wrong would."""
    entries = article.entries
    if not entries:
        return
    middle = rng.randint(3, len(entries) - 4)
    if fault == "delete":
        del entries[middle]
    elif fault == "delete-last":
        # The last entry is lost, and the list is renumbered: only its citations dangle.
        entries.pop()
    elif fault == "add":
        entries.append((len(entries) + 1, _extra_work(article, rng)))
    elif fault == "duplicate":
        entries.append((len(entries) + 1, entries[middle][1]))
    elif fault == "duplicate-number":
        entries.insert(middle + 1, entries[middle])
    elif fault == "same-work":
        number, _ = entries[middle + 1]
        entries[middle + 1] = (number, entries[middle - 2][1])
    elif fault == "swap-entries":
        entries[middle], entries[middle + 1] = entries[middle + 1], entries[middle]
    elif fault == "swap-citations":
        _swap_first_citations(article, rng)
    elif fault == "backwards":
        _reverse_a_range(article)
    elif fault == "no-heading":
        article.heading = False
    elif fault == "no-list":
        article.entries.clear()  # the list was lost in copying: CL107 and nothing else
        article.heading = False
    article.faults.append(fault)


def _extra_work(article: Article, rng: random.Random) -> Work:
    keys = [work.key for _, work in article.entries]
    seen = [work.title for _, work in article.entries]
    work = make_works(rng, 1, groups=False)[0]
    work.key = max(keys) + 1
    work.title = _title(rng, seen)
    return work


def _swap_first_citations(article: Article, rng: random.Random) -> None:
    """Two neighbouring single citations are swapped, so the later number is cited first."""
    singles = [cite for cite in article.cites() if len(cite.numbers) == 1]
    firsts: dict[int, Cite] = {}
    for cite in article.cites():
        for number in cite.numbers:
            firsts.setdefault(number, cite)
    pairs = [
        (a, b)
        for a, b in zip(singles, singles[1:], strict=False)
        if firsts[a.numbers[0]] is a
        and firsts[b.numbers[0]] is b
        and b.numbers[0] == a.numbers[0] + 1
    ]
    if pairs:
        first, second = rng.choice(pairs[len(pairs) // 4 :] or pairs)
        first.numbers, second.numbers = second.numbers, first.numbers


def _reverse_a_range(article: Article) -> None:
    """A range whose numbers are all cited elsewhere too runs backwards, as a slip would."""
    cites = article.cites()
    counts = Counter(number for cite in cites for number in cite.numbers)
    for cite in reversed(cites):
        numbers = cite.numbers
        ranged = len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[-1] + 1))
        if ranged and all(counts[number] > 1 for number in numbers):
            cite.backwards = True
            return
