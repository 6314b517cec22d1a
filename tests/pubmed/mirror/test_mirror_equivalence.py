"""The mirror gives the online verdicts: one list of references, resolved twice.

Once by ``EntrezResolver`` against the fake E-utilities server, once through a mirror built
from the very PubMed XML the server holds, and every resolution is compared field by field.
The references cite the fixture records and some look-alikes in eight citation styles, with
identifiers, without them, with slips, made up, or naming the wrong paper.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from fake_eutils import PUBMED_DOCTYPE, FakeEutils

from citelint.config import Config
from citelint.models import Reference, Resolution, Status
from citelint.pubmed.client import ClientSettings, EntrezClient, RateLimiter
from citelint.pubmed.mirror.query import MirrorClient
from citelint.pubmed.mirror.resolve import LACKING, MirrorResolver
from citelint.pubmed.mirror.source import collect
from citelint.pubmed.mirror.write import build
from citelint.pubmed.outcomes import in_unindexed_journal
from citelint.pubmed.resolver import EntrezResolver, build_resolver
from citelint.read import read_text
from citelint.record import Record

# Look-alikes: same words as fixture titles, so searches meet near misses and ties.
EXTRA = [
    Record(
        pmid="39980001",
        title="Spinal cord stimulation for lumbar spinal stenosis: a prospective cohort study.",
        journal="Neuromodulation",
        journal_abbrev="Neuromodulation",
        year=2020,
        authors=["Brenner T", "Hale J"],
        volume="23",
        issue="1",
        pages="12-19",
        doi="10.5555/ner.2020.0012",
        publication_types=["Journal Article"],
    ),
    Record(
        pmid="39980002",
        title="Walking capacity after decompression for lumbar spinal stenosis.",
        journal="European spine journal",
        journal_abbrev="Eur Spine J",
        year=2020,
        authors=["Okafor U"],
        volume="29",
        issue="4",
        pages="801-809",
        publication_types=["Journal Article"],
    ),
    Record(
        pmid="39980003",
        title="Walking capacity after decompression for lumbar spinal stenosis.",
        journal="European spine journal",
        journal_abbrev="Eur Spine J",
        year=2020,
        authors=["Okafor U"],
        volume="29",
        issue="9",
        pages="2201-2209",
        publication_types=["Journal Article"],
    ),
    Record(
        pmid="39980004",
        title="Natural history of lumbar spinal stenosis in older women.",
        journal="Acta orthopaedica Scandinavica",
        journal_abbrev="Acta Orthop Scand",
        year=1998,
        authors=["Sandvik A"],
        volume="69",
        issue="6",
        pages="610-615",
        publication_types=["Journal Article"],
    ),
]


def styles(record: Record) -> list[str]:
    """One record cited eight ways, as reference lists on real pages cite papers."""
    first, *rest = record.authors
    last, _, initials = first.rpartition(" ")
    second = rest[0] if rest else first
    issue = f"({record.issue})" if record.issue else ""
    doi = record.doi or ""
    title = record.title.rstrip(".")
    return [
        f"{first}, {second}. {record.title} {record.journal_abbrev}. "
        f"{record.year};{record.volume}{issue}:{record.pages}.",
        f"{first}, {second}, et al. {record.title} {record.journal_abbrev}. "
        f"{record.year};{record.volume}{issue}:{record.pages}. doi:{doi}",
        f"{last}, {initials[:1]}. ({record.year}). {record.title} {record.journal}, "
        f"{record.volume}{issue}, {record.pages}. https://doi.org/{doi}",
        f"{last}, {initials[:1]}. ({record.year}) '{title}', {record.journal}, "
        f"{record.volume}{issue}, pp. {record.pages}.",
        f"{first}. {record.title} {record.journal_abbrev}. {record.year};{record.volume}"
        f"{issue}:{record.pages}. PMID: {record.pmid}.",
        f"{first}. {record.journal_abbrev}. {record.year};{record.volume}:{record.pages}.",
        f'{last}, {initials[:1]}. "{title}." {record.journal} {record.volume}, no. '
        f"{record.issue} ({record.year}): {record.pages}.",
        f"{title.lower()} ({record.year})",
    ] + (
        # Found by its PMC id alone (ELink online, the mirror's ids offline).
        [f"{first}. {record.title} {record.journal_abbrev}. {record.year}. PMCID: {record.pmc}"]
        if record.pmc
        else []
    )


ODD_ENTRIES = [
    # Made up, in the shape of real entries.
    "Quill RT, Abernathy S. Transcranial magnetic stimulation for postural balance in lumbar "
    "stenosis. J Imag Spine Rehabil. 2021;7:55-61.",
    "Marsh PB. Statin therapy prevents lumbar spinal stenosis in centenarians. Neuromodulation. "
    "2019;22(4):999-1004.",
    # A real title beside the PMID of another paper, and a PMID nobody has.
    "Mensah KA. Pregabalin versus gabapentin for neurogenic claudication in lumbar spinal "
    "stenosis: a propensity-matched comparative cohort study. J Neurosurg Spine. 2021. "
    "PMID: 39990001",
    "Halvorsen KE. Spinal cord stimulation for neurogenic claudication in patients with lumbar "
    "spinal stenosis unsuitable for decompression: a retrospective cohort study. "
    "Neuromodulation. 2019. PMID: 39999999",
    # A DOI PubMed does not know, words in another order, a title cut short.
    "Lumbar stenosis registry. doi:10.5555/unknown.2020.1",
    "Okafor U. Decompression for lumbar spinal stenosis: walking capacity after it. "
    "Eur Spine J. 2020.",
    "Brennan LK, Yamamoto A. Lumbar Spinal Stenosis. In: Handbook of Spine Care [Internet]. 2024.",
    "North American Spine Society. Clinical practice guideline for the diagnosis and treatment "
    "of degenerative lumbar spinal stenosis: 2020 update. Spine J. 2020;20(10):1529-1548.",
    "Retraction: Intradiscal platelet-rich plasma reverses disc degeneration and relieves "
    "symptoms of lumbar spinal stenosis: a prospective study. Pain Physician. 2020;23(2):E215.",
    "Sandvik A. Acta Orthop Scand. 1998;69:610-5.",
    "Brennan LK, Yamamoto A. 2024;12:5.",
    "Okafor U. Eur Spine J. 2020;29:801-9.",
    "Walking capacity after decompression for lumbar spinal stenosis. Eur Spine J. 2020.",
    "World Health Organization. Low back pain fact sheet. https://www.who.int/ (accessed 2024).",
    # A PMC id no record has.
    "Tran H. Outcomes of lumbar stenosis surgery. Spine J. 2021. PMCID: PMC1234567",
]


@pytest.fixture
def server() -> FakeEutils:
    with FakeEutils() as fake:
        for record in EXTRA:
            fake.add_record(record)
        yield fake


def references(fake: FakeEutils) -> list[Reference]:
    cited = [r for r in fake.records.values() if r.authors and not r.book]
    lines = [entry for record in cited for entry in styles(record)]
    lines += ODD_ENTRIES
    body = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1))
    cites = " ".join(f"[{n}]" for n in range(1, len(lines) + 1))
    document = read_text(
        f"# Stenosis\n\nClaims {cites}.\n\n## References\n\n{body}\n", "a.md", "md"
    )
    assert len(document.references) == len(lines)
    return document.references


def mirror_of(fake: FakeEutils, folder: Path, abstracts: bool = True) -> Path:
    """A mirror built from exactly the XML the fake server answers with."""
    xml = folder / "pubmed25n0001.xml"
    articles = "".join(fake.articles[pmid] + "\n" for pmid in sorted(fake.articles))
    xml.write_text(f"{PUBMED_DOCTYPE}<PubmedArticleSet>\n{articles}</PubmedArticleSet>\n")
    path = folder / "mirror.sqlite3"
    build(path, collect([str(xml)]), abstracts, lambda applied: None)
    return path


def online(fake: FakeEutils, entries: list[Reference]) -> list[Resolution]:
    client = EntrezClient(ClientSettings(base_url=fake.url), limiter=RateLimiter(1000.0))
    with EntrezResolver(client) as resolver:
        return resolver.resolve(entries)


def from_mirror(path: Path, entries: list[Reference], complete: bool) -> list[Resolution]:
    offline = build_resolver(Config(offline=True, no_cache=True))
    with MirrorResolver(MirrorClient(path), offline, online=False, complete=complete) as resolver:
        return resolver.resolve(entries)


def test_the_mirror_gives_every_online_resolution_field_by_field(
    server: FakeEutils, tmp_path: Path
) -> None:
    entries = references(server)
    expected = online(server, entries)
    asked = len(server.requests())
    got = from_mirror(mirror_of(server, tmp_path), entries, complete=True)
    assert len(server.requests()) == asked  # the mirror asked the server nothing
    for entry, want, have in zip(entries, expected, got, strict=True):
        assert asdict(have) == asdict(want), entry.raw
    statuses = {resolution.status for resolution in expected}
    # The comparison means something only if the list meets every kind of outcome.
    assert statuses >= {
        Status.RESOLVED,
        Status.NOT_FOUND,
        Status.AMBIGUOUS,
        Status.NOT_IN_PUBMED,
    }
    assert any(r.identifier_record for r in expected) and any(r.unknown_pmid for r in expected)
    assert any(r.record and r.record.retracted for r in expected)
    by_pmc = [r for e, r in zip(entries, expected, strict=True) if "PMCID" in e.raw]
    assert Status.RESOLVED in {r.status for r in by_pmc}


def test_an_incomplete_mirror_never_says_not_found(server: FakeEutils, tmp_path: Path) -> None:
    entries = references(server)
    expected = online(server, entries)
    got = from_mirror(mirror_of(server, tmp_path), entries, complete=False)
    for want, have in zip(expected, got, strict=True):
        # Nor that a journal it lacks is none PubMed indexes.
        if want.status == Status.NOT_FOUND or in_unindexed_journal(want):
            assert (have.status, have.reason) == (Status.UNVERIFIED, LACKING)
        else:
            assert asdict(have) == asdict(want) | {"unknown_pmid": None}


def test_without_abstracts_only_the_abstract_and_mesh_differ(
    server: FakeEutils, tmp_path: Path
) -> None:
    entries = references(server)
    expected = online(server, entries)
    got = from_mirror(mirror_of(server, tmp_path, abstracts=False), entries, complete=True)
    for want, have in zip(expected, got, strict=True):
        assert have.status == want.status
        if want.record is not None:
            assert have.record is not None and have.record.abstract == ""
            bare = asdict(want.record) | {"abstract": "", "abstract_sections": [], "mesh_terms": []}
            assert asdict(have.record) == bare
