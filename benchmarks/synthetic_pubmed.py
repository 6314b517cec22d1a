"""Synthetic PubMed XML in NLM's baseline layout, for the mirror benchmark.

Every record is invented (pseudo-words drawn with a Zipf-like frequency, so that common title
words are common and rare ones rare, as in real titles), but the elements are the ones of NLM's
``pubmed25nXXXX.xml.gz`` files: MedlineCitation with dates, Journal and JournalIssue, Pagination,
ELocationID, structured and plain abstracts, authors with affiliations, publication types,
MedlineJournalInfo, MeSH headings, keywords, CommentsCorrections, and PubmedData with history,
article ids and a reference list. ``spec(pmid)`` gives the same record's facts again without
parsing, so references to it can be written.

    .venv/bin/python benchmarks/synthetic_pubmed.py OUT_FOLDER [--records N]
"""

from __future__ import annotations

import argparse
import gzip
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

FIRST_PMID = 20_000_001
PER_FILE = 30_000  # about what one NLM baseline file holds
SEED = 15
_SYLLABLE_TEXT = """
    ka ro mi ne tu sa lo pe di va to ri ba ko lu fe gra sti pro neu car vas lin mor phe tal sen
    dro cy the ma ple xi an on ic al ar en os um is ur
"""
_SYLLABLES = _SYLLABLE_TEXT.split()
_STOP = ("of", "the", "in", "and", "with", "for", "a", "to", "after", "among", "versus")
_TYPES = (
    "Journal Article",
    "Randomized Controlled Trial",
    "Review",
    "Meta-Analysis",
    "Comparative Study",
    "Case Reports",
    "Multicenter Study",
    "Editorial",
    "Letter",
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LABELS = ("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS")


def _vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 5))))
    return sorted(words)


_RNG = random.Random(SEED)
WORDS = _vocabulary(30_000, _RNG)
# Zipf-like: the n-th word is drawn in proportion to 1/n. Each word fills round(N/n) slots of
# one long list, so a word is drawn by one index (no search of cumulative weights): a million
# records draw some 150 million words.
_DRAW = [word for rank, word in enumerate(WORDS, start=1) for _ in range(round(len(WORDS) / rank))]
SURNAMES = [w.capitalize() for w in _vocabulary(20_000, _RNG)]
JOURNALS = [
    (
        " ".join(w.capitalize() for w in _RNG.sample(WORDS[:3000], _RNG.randint(2, 4))),
        "",
    )
    for _ in range(3000)
]
JOURNALS = [(title, " ".join(w[:5] for w in title.split())) for title, _ in JOURNALS]


@dataclass
class Spec:
    """The facts of one synthetic record."""

    pmid: int
    title: str
    journal: str
    abbrev: str
    year: int
    volume: str
    issue: str
    pages: str
    doi: str
    authors: list[tuple[str, str]]  # (last name, initials)
    types: list[str]
    abstract: list[tuple[str | None, str]] = field(default_factory=list)
    mesh: list[str] = field(default_factory=list)
    retracted_in: int | None = None
    references: list[int] = field(default_factory=list)


def _words(rng: random.Random, count: int) -> list[str]:
    return rng.choices(_DRAW, k=count)


def _sentence(rng: random.Random, count: int) -> str:
    words = _words(rng, count)
    words[1::3] = rng.choices(_STOP, k=len(words[1::3]))
    return " ".join(words)


def spec(pmid: int) -> Spec:
    """The record with this PMID; the same every time."""
    rng = random.Random(pmid * 7919 + SEED)
    journal, abbrev = JOURNALS[min(int(rng.paretovariate(1.2)) - 1, len(JOURNALS) - 1)]
    year = min(2025, 1950 + int(75 * rng.random() ** 0.4))
    first = rng.randint(1, 2000)
    title = _sentence(rng, rng.randint(6, 18)).capitalize() + "."
    item = Spec(
        pmid=pmid,
        title=title,
        journal=journal,
        abbrev=abbrev,
        year=year,
        volume=str(rng.randint(1, 120)),
        issue=str(rng.randint(1, 12)),
        pages=f"{first}-{first + rng.randint(1, 15)}",
        doi=f"10.5555/syn.{pmid}",
        authors=[
            (rng.choice(SURNAMES), "".join(rng.choice("ABCDEFGHJKLMNPRST") for _ in "ab"))
            for _ in range(rng.randint(1, 8))
        ],
        types=["Journal Article", *rng.sample(_TYPES[1:], rng.randint(0, 2))],
    )
    if rng.random() < 0.75:
        labels = _LABELS if rng.random() < 0.5 else (None,)
        per = 8 // len(labels)
        item.abstract = [
            (label, ". ".join(_sentence(rng, rng.randint(12, 24)) for _ in range(per)) + ".")
            for label in labels
        ]
    item.mesh = [w.capitalize() for w in _words(rng, rng.randint(5, 12))]
    if rng.random() < 0.002:
        item.retracted_in = pmid + 5_000_000
        item.types.append("Retracted Publication")
    item.references = [rng.randint(1_000_000, pmid) for _ in range(rng.randint(0, 25))]
    return item


def article_xml(item: Spec) -> str:
    """One ``<PubmedArticle>`` in NLM's layout."""
    month = _MONTHS[item.pmid % 12]
    start, _, end = item.pages.partition("-")
    authors = "".join(
        f'<Author ValidYN="Y"><LastName>{last}</LastName><ForeName>{initials[0]}ax '
        f"{initials[1:]}.</ForeName><Initials>{initials}</Initials><AffiliationInfo>"
        f"<Affiliation>Department of {last} Studies, University of {last}ia, {last}burg, "
        f"Utopia.</Affiliation></AffiliationInfo></Author>"
        for last, initials in item.authors
    )
    abstract = ""
    if item.abstract:
        parts = "".join(
            f'<AbstractText Label="{label}" NlmCategory="{label}">{text}</AbstractText>'
            if label
            else f"<AbstractText>{text}</AbstractText>"
            for label, text in item.abstract
        )
        abstract = f"<Abstract>{parts}</Abstract>"
    types = "".join(
        f'<PublicationType UI="D0{len(t):05d}">{t}</PublicationType>' for t in item.types
    )
    mesh = "".join(
        f'<MeshHeading><DescriptorName UI="D{sum(map(ord, term)) * 7 % 999999:06d}"'
        f' MajorTopicYN="N">{term}</DescriptorName></MeshHeading>'
        for term in item.mesh
    )
    notices = ""
    if item.retracted_in:
        notices = (
            '<CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn">'
            f"<RefSource>{item.abbrev}. 2025</RefSource>"
            f'<PMID Version="1">{item.retracted_in}</PMID></CommentsCorrections>'
            "</CommentsCorrectionsList>"
        )
    references = "".join(
        f"<Reference><Citation>{item.authors[0][0]} et al. {item.journal}. {item.year}.</Citation>"
        f'<ArticleIdList><ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList></Reference>'
        for pmid in item.references
    )
    return (
        '<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM" IndexingMethod="Automated">'
        f'<PMID Version="1">{item.pmid}</PMID>'
        f"<DateCompleted><Year>{item.year}</Year><Month>06</Month><Day>11</Day></DateCompleted>"
        "<DateRevised><Year>2025</Year><Month>01</Month><Day>09</Day></DateRevised>"
        '<Article PubModel="Print-Electronic"><Journal>'
        f'<ISSN IssnType="Electronic">{item.pmid % 9000 + 1000}-{item.pmid % 8999:04d}</ISSN>'
        f'<JournalIssue CitedMedium="Internet"><Volume>{item.volume}</Volume>'
        f"<Issue>{item.issue}</Issue><PubDate><Year>{item.year}</Year><Month>{month}</Month>"
        f"</PubDate></JournalIssue><Title>{item.journal}</Title>"
        f"<ISOAbbreviation>{item.abbrev}</ISOAbbreviation></Journal>"
        f"<ArticleTitle>{item.title}</ArticleTitle>"
        f"<Pagination><StartPage>{start}</StartPage><EndPage>{end}</EndPage>"
        f"<MedlinePgn>{item.pages}</MedlinePgn></Pagination>"
        f'<ELocationID EIdType="doi" ValidYN="Y">{item.doi}</ELocationID>'
        f'{abstract}<AuthorList CompleteYN="Y">{authors}</AuthorList><Language>eng</Language>'
        f"<PublicationTypeList>{types}</PublicationTypeList>"
        f'<ArticleDate DateType="Electronic"><Year>{item.year}</Year><Month>03</Month>'
        "<Day>02</Day></ArticleDate></Article>"
        "<MedlineJournalInfo><Country>Utopia</Country>"
        f"<MedlineTA>{item.abbrev}</MedlineTA><NlmUniqueID>{item.pmid % 99999}</NlmUniqueID>"
        "</MedlineJournalInfo><CitationSubset>IM</CitationSubset>"
        f"<MeshHeadingList>{mesh}</MeshHeadingList>{notices}</MedlineCitation>"
        '<PubmedData><History><PubMedPubDate PubStatus="received"><Year>'
        f"{item.year}</Year><Month>1</Month><Day>4</Day></PubMedPubDate>"
        f'<PubMedPubDate PubStatus="pubmed"><Year>{item.year}</Year><Month>3</Month>'
        "<Day>3</Day><Hour>6</Hour><Minute>0</Minute></PubMedPubDate></History>"
        "<PublicationStatus>ppublish</PublicationStatus><ArticleIdList>"
        f'<ArticleId IdType="pubmed">{item.pmid}</ArticleId>'
        f'<ArticleId IdType="doi">{item.doi}</ArticleId>'
        f'<ArticleId IdType="pii">S{item.pmid}-{item.year}</ArticleId></ArticleIdList>'
        f"<ReferenceList>{references}</ReferenceList></PubmedData></PubmedArticle>\n"
    )


HEADER = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD '
    'PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/'
    'pubmed_250101.dtd">\n<PubmedArticleSet>\n'
)


def write_files(folder: Path, records: int, per_file: int = PER_FILE, jobs: int = 1) -> list[Path]:
    """``records`` records in files of ``per_file``, named as NLM names its baseline; ``jobs``
    files are written at once (each file's records depend only on their PMIDs)."""
    folder.mkdir(parents=True, exist_ok=True)
    parts = [
        (folder / f"pubmed25n{number:04d}.xml.gz", start, min(start + per_file, records))
        for number, start in enumerate(range(0, records, per_file), start=1)
    ]
    if jobs <= 1:
        return [write_file(*part) for part in parts]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(write_file, *zip(*parts, strict=True)))


def write_file(path: Path, start: int, end: int) -> Path:
    """One file of the records numbered ``start`` to ``end`` (not included)."""
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        out.write(HEADER)
        for pmid in range(FIRST_PMID + start, FIRST_PMID + end):
            out.write(article_xml(spec(pmid)))
        out.write("</PubmedArticleSet>\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=1, help="files written at once")
    args = parser.parse_args()
    for path in write_files(args.folder, args.records, jobs=args.jobs):
        print(path)


if __name__ == "__main__":
    main()
