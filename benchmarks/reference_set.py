"""The cited references of the reference benchmark: real PubMed records in eight citation
styles, hand-made records with awkward titles, and planted faults, each with the finding it
should get (None, CL201, CL203, CL204 or CL207).

The real records are ``fixtures/entrez/real/pubmed_set.xml``. The hand-made ones (PMIDs
3998xxxx, DOIs 10.5555/...) are invented, in the shapes real titles take: Science section
heads, initials, "spp.", "s.s.", "vs.", a question before a subtitle, a year in the title,
"; discussion" pages, supplement and e-pages, translated titles in brackets. Every citation
below is written by this module from the record; nothing is copied from elsewhere.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from pathlib import Path

from citelint.pubmed.matching import normalise, title_similarity
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.record import Record

ROOT = Path(__file__).resolve().parents[1]
REAL_SET = ROOT / "fixtures" / "entrez" / "real" / "pubmed_set.xml"
STYLES = ("pmid", "doi", "vancouver", "et-al", "title-journal-year", "link-outs", "apa", "url")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Cited:
    """One reference entry of the benchmark and the finding it should get."""

    text: str  # the entry as it stands in the list (lines joined by "\n")
    style: str
    expected: str | None  # "CL201", "CL203", "CL204", "CL207" or None for a correct entry
    what: str  # a few words on what the entry is, shown when it is misjudged


def real_records() -> list[Record]:
    records = parse_pubmed_articles(REAL_SET.read_bytes())
    return [r for r in records if r.title and r.journal and r.year and not r.book]


TRICKY = Path(__file__).resolve().parent / "data" / "tricky_records.tsv"


def tricky_records() -> list[Record]:
    """Invented records whose titles have the shapes that trip a reader of citations."""
    records = []
    for line in TRICKY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pmid, title, journal, year, volume, issue, pages, authors = line.split("\t")
        full, abbreviation = journal.split("|")
        records.append(
            Record(
                pmid=pmid,
                title=title,
                journal=full,
                journal_abbrev=abbreviation,
                year=int(year),
                volume=volume or None,
                issue=issue or None,
                pages=pages or None,
                authors=authors.split(";"),
                doi=f"10.5555/tricky.{pmid}",
            )
        )
    return records


def _named(record: Record) -> list[str]:
    return [a for a in record.authors if a]


def vancouver_authors(record: Record, most: int = 6) -> str:
    names = _named(record)
    if len(names) > most:
        names = [*names[:3], "et al"]
    return ", ".join(names)


def locus(record: Record, rng: random.Random, month: bool = True) -> str:
    text = str(record.year)
    if month and rng.random() < 0.5:
        text += f" {rng.choice(MONTHS)}"
    text += f";{record.volume}" if record.volume else ""
    text += f"({record.issue})" if record.issue and record.volume else ""
    pages = (record.pages or "").split(";")[0] if rng.random() < 0.5 else record.pages
    return text + (f":{pages}" if pages else "")


def vancouver(record: Record, rng: random.Random, authors: str | None = None) -> str:
    """NLM/Vancouver, with the variations reference managers and writers bring: dotted or
    italic journal abbreviations, Title Case, no full stop before the year, Epub notes."""
    names = vancouver_authors(record) if authors is None else authors
    head = f"{names}. " if names else ""
    journal = record.journal_abbrev or record.journal
    roll = rng.random()
    if roll < 0.1:
        journal = dotted(record)
    elif roll < 0.2:
        journal = f"*{journal}*"
    title = title_case(record.title) if rng.random() < 0.08 else record.title
    before_year = ". " if rng.random() < 0.85 and not journal.endswith(".") else " "
    text = f"{head}{title} {journal}{before_year}{locus(record, rng)}."
    roll = rng.random()
    if roll < 0.06:
        text += f" Epub {record.year} {rng.choice(MONTHS)} {rng.randint(1, 28)}."
    elif roll < 0.1:
        text += " [Epub ahead of print]"
    return text


def dotted(record: Record) -> str:
    """ "N Engl J Med" -> "N. Engl. J. Med.": a full stop after each shortened word."""
    whole = set(normalise(record.journal).split())
    words = (record.journal_abbrev or record.journal).split()
    return " ".join(w if w.lower() in whole or not w.isalpha() else f"{w}." for w in words)


def title_case(title: str) -> str:
    small = {"a", "an", "and", "of", "the", "in", "on", "for", "to", "with", "by", "or", "at"}
    words = title.split(" ")
    return " ".join(
        w if (w.lower() in small and i) or not w[:1].islower() else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def apa_author(name: str) -> str:
    surname, _, initials = name.rpartition(" ")
    if not surname or not initials.isupper():
        return name
    return f"{surname}, " + " ".join(f"{letter}." for letter in initials)


def apa_journal(name: str) -> str:
    """PubMed's journal title as APA writes it: no subtitle or place, words capitalised."""
    main = re.split(r"\s[:;=]\s|\s\(", name)[0]
    small = {"of", "and", "the", "in", "for", "on", "de", "la", "et"}
    words = [w if w in small and i else w[:1].upper() + w[1:] for i, w in enumerate(main.split())]
    return " ".join(words)


def expand_pages(pages: str) -> str:
    """ "1979-87" -> "1979-1987", as APA and many journals print them."""
    match = re.fullmatch(r"([A-Za-z]?)(\d+)-([A-Za-z]?)(\d+)", pages)
    if not match or len(match[4]) >= len(match[2]):
        return pages
    first = match[2]
    return (
        f"{match[1]}{first}-{match[3] or match[1]}{first[: len(first) - len(match[4])]}{match[4]}"
    )


def apa(record: Record, rng: random.Random) -> str:
    names = [apa_author(a) for a in _named(record)]
    if len(names) > 7:
        names = [*names[:6], "...", names[-1]]
    authors = ", ".join(names[:-1]) + f", & {names[-1]}" if len(names) > 1 else "".join(names)
    source = apa_journal(record.journal)
    if record.volume:
        source += f", {record.volume}"
        source += f"({record.issue})" if record.issue else ""
    if record.pages:
        source += f", {expand_pages(record.pages.split(';')[0])}"
    roll = rng.random()
    doi = f" https://doi.org/{record.doi}" if roll < 0.55 else f" doi:{record.doi}"
    doi = doi if record.doi and roll < 0.75 else ""
    head = f"{authors} ({record.year}). " if authors else f"{record.title} ({record.year}). "
    title = f"{record.title} " if authors else ""
    return f"{head}{title}{source}.{doi}"


def cite(record: Record, style: str, rng: random.Random) -> str:
    """The record cited in one of the eight styles."""
    if style == "pmid":
        return f"{vancouver(record, rng)} PMID: {record.pmid}."
    if style == "doi":
        doi = f" doi: {record.doi}." if record.doi else f" PMID: {record.pmid}."
        return vancouver(record, rng) + doi
    if style == "vancouver":
        return vancouver(record, rng)
    if style == "et-al":
        first = _named(record)[:1]
        return vancouver(record, rng, f"{first[0]}, et al" if first else "")
    if style == "title-journal-year":
        journal = record.journal_abbrev if rng.random() < 0.5 else apa_journal(record.journal)
        return f"{record.title} {journal}{rng.choice(('.', ',', '.', ''))} {record.year}."
    if style == "link-outs":
        return _link_outs(record, rng)
    if style == "apa":
        return apa(record, rng)
    return f"https://pubmed.ncbi.nlm.nih.gov/{record.pmid}/"


LINK_LINES = (
    "[DOI] [PubMed] [Google Scholar]",
    "[DOI] [PMC free article] [PubMed] [Google Scholar]",
    "[PubMed] [CrossRef] [Google Scholar]",
    "Crossref | PubMed | Google Scholar",
    "View Article PubMed/NCBI Google Scholar",
)


def _link_outs(record: Record, rng: random.Random) -> str:
    """As copied from a web page: an entry followed by its links (PMC's "[DOI] [PubMed]",
    a publisher's "Crossref | PubMed"), or an answer page's title line, "journal, year" line
    and a line of links."""
    roll = rng.random()
    if roll < 0.5:
        doi = f" doi: {record.doi}." if record.doi else ""
        joint = " " if rng.random() < 0.6 else "\n"
        return f"{vancouver(record, rng)}{doi}{joint}{rng.choice(LINK_LINES)}"
    links = "PubMed | Google Scholar" if roll < 0.8 else "Abstract | Full text | PubMed"
    return f"{record.title}\n{record.journal}, {record.year}\n{links}"


# -- planted faults --------------------------------------------------------------------------

DESIGNS = (
    "a randomized controlled trial",
    "a prospective cohort study",
    "a meta-analysis",
    "a multicentre registry study",
    "a cross-sectional survey",
    "a pilot trial",
)
ACTIONS = (
    "Intermittent fasting",
    "Low-dose colchicine",
    "Transcranial magnetic stimulation",
    "Probiotic supplementation",
    "Early mobilisation",
    "Intranasal oxytocin",
    "Whole-body vibration",
    "Nightly melatonin",
    "Remote ischaemic conditioning",
    "High-flow nasal oxygen",
)
OUTCOMES = (
    "reverses cognitive decline",
    "prevents postoperative delirium",
    "halves migraine frequency",
    "restores gait speed",
    "abolishes tinnitus",
    "reduces hospital readmission",
    "improves wound healing",
    "lowers HbA1c",
)
GROUPS = (
    "in centenarians",
    "after hip arthroplasty",
    "in adolescent swimmers",
    "in long-haul pilots",
    "after bariatric surgery",
    "in night-shift nurses",
    "in frail nursing-home residents",
    "after lumbar fusion",
)
SURNAMES = (
    "Quillfeather",
    "Marrowby",
    "Ostrander",
    "Vexley",
    "Thornquist",
    "Halloway",
    "Brindlecombe",
    "Castellane",
    "Mokoena",
    "Ishikawa",
    "Ferreira-Lund",
    "Zelenko",
)

NOT_IN_PUBMED = Path(__file__).resolve().parent / "data" / "not_in_pubmed.txt"


def not_in_pubmed() -> list[str]:
    """Books, chapters, theses, reports and web pages: CL207, never CL201."""
    text = NOT_IN_PUBMED.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n")]
    return [p for p in paragraphs if p and not p.startswith("#")]


def fabricated(rng: random.Random, records: list[Record], count: int) -> list[Record]:
    """Papers nobody wrote, cited like real ones (CL201). Their titles share no record's."""
    made: list[Record] = []
    while len(made) < count:
        title = (
            f"{rng.choice(ACTIONS)} {rng.choice(OUTCOMES)} {rng.choice(GROUPS)}: "
            f"{rng.choice(DESIGNS)}."
        )
        if title in {r.title for r in made} or any(
            title_similarity(title, r.title) >= 60 for r in records
        ):
            continue
        model = rng.choice(records)
        first = rng.randint(10, 900)
        number = len(made)
        made.append(
            replace(
                model,
                pmid=str(41000000 + rng.randint(0, 999999)),  # PubMed holds none of these
                title=title,
                authors=[
                    f"{rng.choice(SURNAMES)} {rng.choice('ABCDEHJKLMP')}"
                    for _ in range(rng.randint(1, 4))
                ],
                year=rng.randint(2008, 2024),
                volume=str(rng.randint(5, 90)),
                issue=str(rng.randint(1, 12)),
                pages=f"{first}-{first + rng.randint(5, 12)}",
                doi=f"10.5555/made-up.{number}",
            )
        )
    return made


def metadata_slip(record: Record, rng: random.Random, other: Record) -> tuple[Record, str]:
    """The record with one fact wrong, as a citation written from memory has it (CL203)."""
    choices = ["year", "journal"]
    if record.volume and record.volume.isdigit():
        choices.append("volume")
    if record.pages and re.match(r"\d+", record.pages):
        choices.append("pages")
    if record.authors and record.authors[0]:
        choices.append("author")
    kind = rng.choice(choices)
    if kind == "year":
        return replace(record, year=(record.year or 2000) + rng.choice((-5, -3, 3, 4))), kind
    if kind == "journal":
        return replace(record, journal=other.journal, journal_abbrev=other.journal_abbrev), kind
    if kind == "volume":
        return replace(record, volume=str(int(record.volume or 0) + 7)), kind
    if kind == "pages":
        first = int(re.match(r"\d+", record.pages or "")[0]) + 40  # type: ignore[index]
        return replace(record, pages=f"{first}-{first + 9}"), kind
    return replace(record, authors=[f"{rng.choice(SURNAMES)} Q", *record.authors[1:]]), kind


SLIP_STYLES = ("pmid", "doi", "vancouver", "et-al", "apa", "title-journal-year", "link-outs")


def build(seed: int = 2026) -> tuple[list[Cited], list[Record]]:
    """Every cited entry, and every record the fake PubMed holds."""
    rng = random.Random(seed)
    real, tricky = real_records(), tricky_records()
    cited: list[Cited] = []
    for record in real + tricky:
        for style in STYLES:
            what = f"PMID {record.pmid} ({style})"
            cited.append(Cited(cite(record, style, rng), style, None, what))
    for record in rng.sample(real + tricky, 120):
        other = rng.choice(
            [
                r
                for r in real
                if not set(normalise(r.journal).split()) & set(normalise(record.journal).split())
            ]
        )
        wrong, kind = metadata_slip(record, rng, other)
        style = rng.choice(SLIP_STYLES)
        if style == "title-journal-year" and kind not in ("year", "journal"):
            style = "vancouver"
        if style == "link-outs" and kind not in ("year", "journal"):
            style = "et-al" if kind == "author" else "vancouver"
        cited.append(Cited(cite(wrong, style, rng), style, "CL203", f"PMID {record.pmid}: {kind}"))
    # Cited by PMC id alone, as PMC and Europe PMC pages give it: found through ELink online.
    for record in [r for r in real + tricky if r.pmc][::4]:
        text = f"{vancouver(record, rng)} PMCID: {record.pmc}."
        cited.append(Cited(text, "pmc", None, f"PMID {record.pmid} (pmc)"))
    cited.extend(_wrong_identifiers(rng, real + tricky))
    for record in fabricated(rng, real, 70):
        style = STYLES[len(cited) % len(STYLES)]
        cited.append(Cited(cite(record, style, rng), style, "CL201", f"made up ({style})"))
    for text in not_in_pubmed():
        cited.append(Cited(text, "book", "CL207", text[:40]))
    cited.extend(shaped_entries())
    return cited, real + tricky + decoys(rng, real + tricky)


SHAPES = ROOT / "fixtures" / "entrez" / "shapes" / "pubmed_shapes.xml"
SHAPED_ENTRIES = ROOT / "fixtures" / "entrez" / "shapes" / "cited_entries.txt"
# "## <PMID> <style> [<code>]: <what>", as the file's own header describes it.
_SHAPED_HEAD = re.compile(
    r"## (?P<pmid>\d+) (?P<style>[\w-]+)(?: (?P<expected>CL\d{3}))?: (?P<what>.+)"
)


def shaped_entries() -> list[Cited]:
    """Entries in the shapes real lists print (group authors, notices, seasons, online-first
    years, translated titles, letters and replies ...), citing the records of ``SHAPES``
    (records in EFetch's layout, which the fake PubMed serves as they are)."""
    cited = []
    for block in SHAPED_ENTRIES.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if not line.startswith("# ")]
        head = _SHAPED_HEAD.fullmatch(lines[0]) if lines else None
        if head is None:
            continue
        text = "\n".join(lines[1:])
        what = f"PMID {head['pmid']} ({head['style']}): {head['what']}"
        cited.append(Cited(text, f"shaped-{head['style']}", head["expected"], what))
    return cited


def _wrong_identifiers(rng: random.Random, records: list[Record]) -> list[Cited]:
    """A real title beside another paper's PMID or DOI, or a PMID nobody has (CL204)."""
    cited = []
    for index, record in enumerate(rng.sample(records, 60)):
        other = rng.choice([r for r in records if r.pmid != record.pmid and r.doi])
        if index % 3 == 0:
            text = f"{vancouver(record, rng)} PMID: {other.pmid}."
            what = f"PMID {record.pmid} cited with PMID {other.pmid}"
        elif index % 3 == 1:
            text = f"{vancouver(record, rng)} doi: {other.doi}."
            what = f"PMID {record.pmid} cited with DOI {other.doi}"
        else:
            made_up = str(42000000 + rng.randint(0, 999999))
            text = f"{vancouver(record, rng)} PMID: {made_up}."
            what = f"PMID {record.pmid} cited with absent PMID {made_up}"
        cited.append(Cited(text, "pmid", "CL204", what))
    return cited


def decoys(rng: random.Random, records: list[Record]) -> list[Record]:
    """Records a search also meets: errata repeating a title, and short titles many papers
    share ("Introduction.", "Editorial."), as PubMed holds thousands of them."""
    made = []
    for number, record in enumerate(rng.sample(records, 30)):
        title = record.title if number % 2 else f"Correction to: {record.title}"
        made.append(
            Record(
                pmid=str(39970000 + number),
                title=title,
                journal=record.journal,
                journal_abbrev=record.journal_abbrev,
                year=(record.year or 2000) + 1,
                volume=str(int(record.volume) + 1) if (record.volume or "").isdigit() else None,
                pages="1",
                publication_types=["Published Erratum"],
            )
        )
    for number, title in enumerate(("Introduction.", "Editorial.", "Correction.") * 4):
        model = rng.choice(records)
        made.append(
            replace(
                model,
                pmid=str(39971000 + number),
                title=title,
                year=rng.randint(1990, 2024),
                volume=str(rng.randint(1, 99)),
                pages=str(rng.randint(1, 400)),
                authors=[f"{rng.choice(SURNAMES)} {rng.choice('ABCDEHJK')}"],
                doi=None,
                pmc=None,  # a PMC article has one PubMed record: the notice is not it
            )
        )
    return made
