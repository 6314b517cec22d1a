"""Real-size articles for the speed benchmarks: 40-60 KB, 50-80 references, txt / md / html.

Published papers are much longer than the answer pages the rule examples use: an abstract,
five or six sections of dense paragraphs with many citations each, a table or two, bullet
lists, then a long reference list. Each format is written the way such pages really come:

- md: a paper as Manubot or pandoc writes it (front matter, ``[1]``/``[2-4]`` markers, an
  occasional footnote, tables, inline code, links, "1." entries with DOI and PMID);
- txt: a publisher page copied from the browser (superscripts flattened to "disease.1,2",
  bare numbers after a bullet, "PubMed | Google Scholar" link-outs under each entry, or the
  labelled "Research / title / Journal, Year" shape of answer pages);
- html: a publisher page (head, scripts, navigation, ``<sup><a href="#ref-1">1</a></sup>``,
  a ``<section class="references">`` with an ``<ol>``, DOI and PubMed links, a footer).

The text is invented from word lists; nothing is copied. The same seed gives the same corpus.

    python benchmarks/real_size.py OUT_DIR [--articles 30]
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

CONDITIONS = [
    "lumbar spinal stenosis", "knee osteoarthritis", "atrial fibrillation", "type 2 diabetes",
    "chronic low back pain", "heart failure with reduced ejection fraction", "migraine",
    "community-acquired pneumonia", "major depressive disorder", "asthma in children",
    "rheumatoid arthritis", "chronic kidney disease", "hip fracture in older adults",
]  # fmt: skip
INTERVENTIONS = [
    "supervised exercise", "decompression surgery", "epidural steroid injection", "metformin",
    "SGLT2 inhibitors", "direct oral anticoagulants", "cognitive behavioural therapy",
    "physiotherapy", "spinal cord stimulation", "early mobilisation", "inhaled corticosteroids",
    "acupuncture", "a structured education programme", "high-intensity statin therapy",
]  # fmt: skip
OUTCOMES = [
    "pain intensity", "all-cause mortality", "walking distance", "hospital readmission",
    "quality of life", "functional disability", "HbA1c", "the rate of stroke",
    "length of stay", "symptom-free days", "the Oswestry Disability Index", "fall risk",
]  # fmt: skip
DESIGNS = [
    "A randomised controlled trial", "A prospective cohort study", "A meta-analysis",
    "A systematic review", "A retrospective cohort study", "A registry analysis",
    "A cross-sectional survey", "A pragmatic multicentre trial", "A case-control study",
]  # fmt: skip
VERBS = ["reduced", "improved", "did not change", "modestly lowered", "increased", "halved"]
LINKERS = [
    "However,", "In contrast,", "Similarly,", "Moreover,", "Notably,", "In addition,",
    "Taken together,", "By comparison,", "Consistent with this,",
]  # fmt: skip
PLAIN = [
    "The certainty of this evidence was judged low because of imprecision and risk of bias.",
    "Follow-up was short in most studies, and few reported harms in a standard way.",
    "Adherence fell over time, which may have diluted the effect in the later months.",
    "Subgroup analyses were not prespecified and should be read as hypothesis-generating.",
    "Costs were not reported, so the balance of benefit and expense remains unclear.",
    "Patients with severe disease were excluded from most of the trials reviewed here.",
    "See Table 2 and Fig. 3 for the full list of outcomes, measured at 6 and 12 months.",
    "Data were extracted by two reviewers working independently (Cohen's kappa 0.81).",
]  # fmt: skip
SECTIONS = ["Introduction", "Methods", "Results", "Discussion", "Limitations", "Conclusions"]
SURNAMES = [
    "Smith", "Okafor", "Lindqvist", "Nakamura", "García", "Müller", "Chen", "Patel", "Rossi",
    "O'Brien", "van der Berg", "Kowalski", "Haddad", "Nguyen", "Johansson", "Dubois", "Kim",
    "Fernández", "Abernethy", "Osei", "Ivanova", "Tanaka", "Moreau", "Brennan", "Achebe",
]  # fmt: skip
JOURNALS = [
    "Spine", "JAMA", "Lancet", "BMJ", "N Engl J Med", "Ann Intern Med", "Eur Spine J",
    "J Bone Joint Surg Am", "Diabetes Care", "Circulation", "Cochrane Database Syst Rev",
    "Arthritis Rheumatol", "Neurology", "Pain", "Clin Orthop Relat Res", "Neuromodulation",
]  # fmt: skip
TITLE_HEADS = [
    "Effect of", "Long-term outcomes of", "Comparative effectiveness of", "Safety of",
    "Cost-effectiveness of", "Predictors of response to", "Adherence to", "Trends in use of",
]  # fmt: skip
TITLE_TAILS = [
    "a randomized clinical trial", "a systematic review and meta-analysis",
    "a population-based cohort study", "results from a national registry",
    "a multicentre observational study", "secondary analysis of a randomised trial",
]  # fmt: skip


@dataclass
class Entry:
    """One invented reference, with every field the three formats print."""

    authors: list[str]
    title: str
    journal: str
    year: int
    volume: int
    issue: int
    first: int
    last: int
    doi: str | None
    pmid: str | None
    kind: str  # "article", "guideline" or "book"

    def vancouver(self) -> str:
        if self.kind == "guideline":
            where = f"https://www.example.org/guidance/ng{self.volume}"
            return f"{self.title}. National Guideline Centre; {self.year}. Available from: {where}"
        if self.kind == "book":
            book = "StatPearls [Internet]. Treasure Island (FL): StatPearls Publishing"
            return f"{self.authors[0]}. {self.title}. In: {book}; {self.year}."
        names = ", ".join(self.authors[:6]) + (", et al" if len(self.authors) > 6 else "")
        locus = f"{self.year};{self.volume}({self.issue}):{self.first}-{self.last % 100:02d}"
        text = f"{names}. {self.title}. {self.journal}. {locus}."
        if self.doi:
            text += f" doi:{self.doi}."
        if self.pmid:
            text += f" PMID: {self.pmid}."
        return text

    def apa(self) -> str:
        names = ", ".join(
            f"{a.rsplit(' ', 1)[0]}, {a.rsplit(' ', 1)[1][0]}." for a in self.authors[:4]
        )
        locus = f"{self.volume}({self.issue}), {self.first}-{self.last}"
        return f"{names} ({self.year}). {self.title}. {self.journal}, {locus}."


def make_entry(rng: random.Random, condition: str, taken: set[str]) -> Entry:
    """An entry whose title no other entry of the list has: the lists are free of duplicates."""
    roll = rng.random()
    kind = "guideline" if roll < 0.05 else "book" if roll < 0.08 else "article"
    title = ""
    while not title or title in taken:
        intervention = rng.choice(INTERVENTIONS)
        if kind == "guideline":
            number = rng.randint(1, 999)
            title = f"{intervention.capitalize()} in {condition}: clinical guideline {number}"
        else:
            subject = f"{rng.choice(OUTCOMES)} after {intervention}"
            title = f"{rng.choice(TITLE_HEADS)} {subject} in {condition}: {rng.choice(TITLE_TAILS)}"
    taken.add(title)
    authors = [
        f"{rng.choice(SURNAMES)} {rng.choice('ABCDEFGHJKLMNPRST')}{rng.choice(['', 'A', 'M', 'J'])}"
        for _ in range(rng.randint(1, 9))
    ]
    first = rng.randint(1, 2400)
    article = kind == "article"
    return Entry(
        authors=authors,
        title=title,
        journal=rng.choice(JOURNALS),
        year=rng.randint(1994, 2025),
        volume=rng.randint(1, 400),
        issue=rng.randint(1, 12),
        first=first,
        last=first + rng.randint(4, 18),
        doi=f"10.{rng.randint(1000, 9999)}/{rng.choice('abcdefgh')}{rng.randint(10000, 99999)}"
        if article and rng.random() < 0.6
        else None,
        pmid=str(rng.randint(10_000_000, 39_999_999)) if article and rng.random() < 0.4 else None,
        kind=kind,
    )


def claim(rng: random.Random, condition: str) -> str:
    """One sentence stating a finding, without its marker."""
    n = rng.randint(40, 9000)
    pct = rng.randint(3, 64)
    low = round(rng.uniform(0.4, 0.95), 2)
    return (
        f"{rng.choice(DESIGNS)} of {n:,} patients with {condition} found that "
        f"{rng.choice(INTERVENTIONS)} {rng.choice(VERBS)} {rng.choice(OUTCOMES)} by {pct}% "
        f"(hazard ratio {low}, 95% CI {round(low - 0.1, 2)} to {round(low + 0.12, 2)}; "
        f"p = 0.0{rng.randint(1, 4)}) over {rng.randint(6, 60)} months"
    )


class Citing:
    """Hands out citation numbers so that the list is cited in order, some numbers again."""

    def __init__(self, rng: random.Random, total: int) -> None:
        self.rng, self.total, self.next = rng, total, 1

    def numbers(self) -> list[int]:
        if self.next <= self.total and self.rng.random() < 0.75:
            count = min(self.rng.choice([1, 1, 1, 2, 3]), self.total - self.next + 1)
            numbers = list(range(self.next, self.next + count))
            self.next += count
            return numbers
        upper = max(1, self.next - 1)
        return sorted(self.rng.sample(range(1, upper + 1), k=min(upper, self.rng.choice([1, 2]))))

    def rest(self) -> list[int]:
        return list(range(self.next, self.total + 1))


def bracket(numbers: list[int]) -> str:
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"[{numbers[0]}-{numbers[-1]}]"
    return "[" + ", ".join(map(str, numbers)) + "]"


def paragraphs(
    rng: random.Random, condition: str, citing: Citing, count: int
) -> list[list[tuple[str, list[int]]]]:
    """Paragraphs as lists of (sentence, cited numbers); plain sentences cite nothing."""
    made = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(3, 7)):
            if rng.random() < 0.7:
                lead = rng.choice(LINKERS) + " " if rng.random() < 0.3 else ""
                text = claim(rng, condition)
                sentences.append(
                    (lead + (text[0].lower() if lead else text[0]) + text[1:], citing.numbers())
                )
            else:
                sentences.append((rng.choice(PLAIN).rstrip("."), []))
        made.append(sentences)
    return made


@dataclass
class Paper:
    title: str
    sections: list[tuple[str, list[list[tuple[str, list[int]]]]]]
    entries: list[Entry]


def make_paper(rng: random.Random, size: int) -> Paper:
    """A paper whose body, written out, comes to about ``size`` characters."""
    condition = rng.choice(CONDITIONS)
    taken: set[str] = set()
    entries = [make_entry(rng, condition, taken) for _ in range(rng.randint(50, 80))]
    citing = Citing(rng, len(entries))
    sections: list[tuple[str, list[list[tuple[str, list[int]]]]]] = []
    body = sum(len(e.vancouver()) + 20 for e in entries)
    while body < size:
        name = SECTIONS[len(sections) % len(SECTIONS)]
        if len(sections) >= len(SECTIONS):
            name = f"{name} ({len(sections) // len(SECTIONS) + 1})"
        made = paragraphs(rng, condition, citing, rng.randint(3, 6))
        body += sum(len(s) + 12 for p in made for s, _ in p)
        sections.append((name, made))
    # Whatever is left uncited is cited in the closing sentence, so the list is all used.
    rest = citing.rest()
    closing = [
        ("Further sources are listed for completeness", rest[i : i + 3])
        for i in range(0, len(rest), 3)
    ]
    if closing:
        sections[-1][1].append(closing)
    title = f"{rng.choice(INTERVENTIONS).capitalize()} for {condition}: a review of the evidence"
    return Paper(title, sections, entries)


# -- Markdown: a paper as Manubot or pandoc writes it ----------------------------------------

MARKDOWN_ASIDE = (
    " The `ODI` score and [the guideline summary](https://www.example.org/summary) are"
    " described in the appendix."
)


def markdown(rng: random.Random, paper: Paper) -> str:
    footnotes = rng.random() < 0.2  # "[^3]" markers and "[^3]: ..." definitions
    cite = (lambda ns: "".join(f"[^{n}]" for n in ns)) if footnotes else bracket
    out = [
        "---",
        f'title: "{paper.title}"',
        "keywords: [evidence review, clinical practice]",
        "lang: en-GB",
        "---",
        "",
        f"# {paper.title}",
        "",
        f"*{', '.join(paper.entries[0].authors[:4])}* · Department of Medicine",
        "",
    ]
    for name, blocks in paper.sections:
        out += [f"## {name}", ""]
        for index, sentences in enumerate(blocks):
            shape = rng.random()
            if shape < 0.15:
                out += [f"- {s}{' ' + cite(ns) if ns else ''}." for s, ns in sentences] + [""]
            elif shape < 0.22:
                out += ["| Study | Design | Patients | Effect |", "| --- | --- | --- | --- |"]
                for s, ns in sentences:
                    words = s.split()
                    cells = [f"{words[1]} {cite(ns) if ns else ''}", words[2]]
                    cells += [str(rng.randint(30, 900)), f"{rng.uniform(-2, 2):.2f}"]
                    out.append("| " + " | ".join(cells) + " |")
                out.append("")
            else:
                text = " ".join(f"{s}{' ' + cite(ns) if ns else ''}." for s, ns in sentences)
                if index == 0 and rng.random() < 0.3:
                    text += MARKDOWN_ASIDE
                out += [text, ""]
    if footnotes:
        out += [f"[^{n}]: {e.vancouver()}" for n, e in enumerate(paper.entries, 1)]
    else:
        out += ["## References", ""]
        apa = rng.random() < 0.15
        out += [
            f"{n}. {e.apa() if apa and e.kind == 'article' else e.vancouver()}"
            for n, e in enumerate(paper.entries, 1)
        ]
    return "\n".join(out) + "\n"


# -- Plain text: a publisher page or an answer page, copied from the browser -----------------


def plain_text(rng: random.Random, paper: Paper) -> str:
    style = rng.choice(["glued", "bare", "bracket"])

    def sentence(text: str, numbers: list[int]) -> str:
        if not numbers:
            return text + "."
        joined = ",".join(map(str, numbers))
        if style == "glued":
            return f"{text}.{joined}"
        if style == "bare":
            return f"{text}. {', '.join(map(str, numbers))}"
        return f"{text} {bracket(numbers)}."

    out = [paper.title, "", "Open Access · Review Article", "Last updated: March 3, 2025", ""]
    out += ["Abstract", "", "Background: " + PLAIN[0] + " Methods: " + PLAIN[3], ""]
    for name, blocks in paper.sections:
        out += [name, ""]
        for sentences in blocks:
            if style == "bare" and rng.random() < 0.3:
                out += [f"  • {sentence(s, ns)}" for s, ns in sentences]
                out.append("")
            else:
                out += [" ".join(sentence(s, ns) for s, ns in sentences), ""]
    out += ["References", ""]
    labelled = style == "bare" and rng.random() < 0.5
    for number, entry in enumerate(paper.entries, 1):
        if labelled:
            label = {"guideline": "Guideline", "book": "Book"}.get(entry.kind, "Research")
            out += [label, "", entry.title + ".", "", f"{entry.journal}, {entry.year}", ""]
        else:
            out.append(f"{number}. {entry.vancouver()}")
            if rng.random() < 0.5:
                out.append("PubMed | Google Scholar | Crossref")
    out += [
        "",
        "Copyright © 2025 the authors. Published under a CC BY licence.",
        "",
        "Share this article",
    ]
    return "\n".join(out) + "\n"


# -- HTML: a publisher's article page -------------------------------------------------------

_NAV = (
    '<nav class="site-nav"><ul><li><a href="/">Home</a></li>'
    '<li><a href="/journals">Journals</a></li></ul></nav>'
)
_SCRIPT = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}" * 20
_STYLE = (
    ".article p{margin:0 0 1em}.ref-list li{margin-bottom:.5em}sup a{text-decoration:none}" * 15
)


def html(rng: random.Random, paper: Paper) -> str:
    linked = rng.random() < 0.7

    def cite(numbers: list[int]) -> str:
        if not numbers:
            return ""
        if linked:
            links = ",".join(f'<a href="#ref-{n}" class="xref">{n}</a>' for n in numbers)
            return f"<sup>{links}</sup>"
        return f' <a href="#B{numbers[0]}">{bracket(numbers)}</a>'

    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{paper.title}</title>",
        f"<script>{_SCRIPT}</script>",
        f"<style>{_STYLE}</style>",
        "</head><body>",
        _NAV,
        '<main><article class="article">',
        f"<h1>{paper.title}</h1>",
        f'<p class="authors">{", ".join(paper.entries[0].authors[:5])}</p>',
    ]
    for name, blocks in paper.sections:
        out.append(f'<section id="{name.lower().split()[0]}"><h2>{name}</h2>')
        for sentences in blocks:
            if rng.random() < 0.12:
                out.append('<ul class="list">')
                out += [f"<li>{s}{cite(ns)}.</li>" for s, ns in sentences]
                out.append("</ul>")
            else:
                text = " ".join(f"{s}{cite(ns)}." for s, ns in sentences)
                out.append(f"<p>{text}</p>")
        if rng.random() < 0.2:
            out.append(
                f'<figure><img src="f{rng.randint(1, 9)}.png" alt="forest plot">'
                f"<figcaption>Figure {rng.randint(1, 4)}. Pooled estimates by subgroup."
                "</figcaption></figure>"
            )
        out.append("</section>")
    out += ['<section class="ref-list" id="references"><h2>References</h2><ol>']
    for number, entry in enumerate(paper.entries, 1):
        links = []
        if entry.doi:
            links.append(f'<a href="https://doi.org/{entry.doi}">Crossref</a>')
        if entry.pmid:
            links.append(f'<a href="https://pubmed.ncbi.nlm.nih.gov/{entry.pmid}/">PubMed</a>')
        links.append('<a href="https://scholar.google.com/">Google Scholar</a>')
        text = entry.vancouver().replace(f" {entry.journal}.", f" <i>{entry.journal}</i>.", 1)
        out.append(f'<li id="ref-{number}">{text} {" ".join(links)}</li>')
    out += [
        "</ol></section></article></main>",
        '<footer class="site-footer">'
        "<p>Copyright © 2025 Example Medical Publishing. All rights reserved.</p>",
        '<p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a></p></footer>',
        "</body></html>",
    ]
    return "\n".join(out) + "\n"


WRITERS = {"md": markdown, "txt": plain_text, "html": html}
# The body's share of the file; HTML spends the rest on markup.
BODY_SHARE = {"md": 1.0, "txt": 1.0, "html": 0.7}


def article(seed: int, fmt: str) -> str:
    """Article number ``seed`` in format ``fmt``: 40-60 KB, 50-80 references."""
    rng = random.Random(seed)
    target = rng.randint(41_000, 59_000)
    for _ in range(20):
        text = WRITERS[fmt](rng, make_paper(rng, int(target * BODY_SHARE[fmt])))
        if 40_000 <= len(text.encode("utf-8")) <= 60_000:
            return text
    return text


def write_corpus(folder: Path, count: int, seed: int = 13) -> list[Path]:
    """``count`` articles in ``folder``, the three formats in turn."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    formats = list(WRITERS)
    for index in range(count):
        fmt = formats[index % len(formats)]
        path = folder / f"article-{index:05d}.{fmt}"
        path.write_text(article(seed * 100_003 + index, fmt), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=30)
    args = parser.parse_args()
    paths = write_corpus(args.folder, args.articles)
    sizes = [path.stat().st_size for path in paths]
    print(f"{len(paths)} articles, {min(sizes)}-{max(sizes)} bytes, in {args.folder}")


if __name__ == "__main__":
    main()
