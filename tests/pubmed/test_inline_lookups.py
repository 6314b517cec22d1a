"""PMC ids through ELink, wrong links' labels through batched searches, against the fake server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils

from citelint.inline_citation import InlineCitation
from citelint.models import Reference, Status
from citelint.pubmed.client import ClientSettings, EntrezClient
from citelint.pubmed.elink import parse_elink
from citelint.pubmed.errors import EntrezError
from citelint.pubmed.label_search import LABEL_BATCH
from citelint.pubmed.labels import Clues, read_clues
from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.pubmed.resolver import EntrezResolver
from citelint.pubmed.store import OfflineClient
from citelint.pubmed.suggest import LabelQuery, choose, search_term
from citelint.record import Record

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "fixtures" / "inline" / "records"


@pytest.fixture
def fake() -> Iterator[FakeEutils]:
    with FakeEutils() as server:
        for path in sorted(RECORDS.glob("*.xml")):
            server.add_articles(path.read_bytes())
        yield server


def client_for(fake: FakeEutils) -> EntrezClient:
    settings = ClientSettings(base_url=fake.url, backoff=0.0, max_attempts=2, timeout=5)
    return EntrezClient(settings, sleep=lambda _: None, jitter=lambda: 0.0)


def test_an_elink_answer_gives_each_pmc_article_its_pmids() -> None:
    data = (ROOT / "fixtures" / "entrez" / "elink" / "pmc_pubmed.xml").read_bytes()
    assert parse_elink(data) == {"9900101": ["99200001"], "9900199": []}


def test_an_elink_error_body_is_an_error() -> None:
    with pytest.raises(EntrezError):
        parse_elink(b"<eLinkResult><ERROR>Invalid db name</ERROR></eLinkResult>")


def test_pmc_ids_go_to_pubmed_in_one_request_with_an_id_parameter_each(fake: FakeEutils) -> None:
    client = client_for(fake)
    found = client.pmc_pmids(["PMC9900101", "pmc9900109", "PMC1234567"])
    assert found == {
        "PMC9900101": ["99200001"],
        "PMC9900109": ["99200009"],
        "PMC1234567": [],
    }
    (request,) = fake.requests("elink.fcgi")
    assert request.params["dbfrom"] == "pmc" and request.params["linkname"] == "pmc_pubmed"


def test_the_resolver_names_the_record_of_a_pmc_link(fake: FakeEutils) -> None:
    resolver = EntrezResolver(client_for(fake))
    entries = [
        Reference(
            1, "PMCID: PMC9900118", 1, 1, url="https://pmc.ncbi.nlm.nih.gov/articles/PMC9900118/"
        ),
        Reference(
            2, "PMCID: PMC1234567", 2, 1, url="https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/"
        ),
    ]
    first, second = resolver.resolve(entries)
    assert first.status == Status.RESOLVED and first.record and first.record.pmid == "99200018"
    assert second.status == Status.NOT_FOUND
    assert [r.utility for r in fake.requests()] == ["elink.fcgi", "efetch.fcgi"]


def test_offline_a_pmc_link_is_unverified() -> None:
    resolver = EntrezResolver(OfflineClient(), offline=True)
    (resolution,) = resolver.resolve(
        [
            Reference(
                1,
                "PMCID: PMC9900118",
                1,
                1,
                url="https://pmc.ncbi.nlm.nih.gov/articles/PMC9900118/",
            )
        ]
    )
    assert resolution.status == Status.UNVERIFIED


def query(label: str, context: str | None = None) -> LabelQuery:
    clues = read_clues(label)
    around = read_clues(context, with_years=False) if context else None
    return LabelQuery(search_term(clues) or "", clues, around, False)


def test_search_terms_narrow_by_trial_author_and_year() -> None:
    assert query("HELIOS-HF, Okafor et al. NEJM 2019").term == (
        '("HELIOS-HF"[tiab] AND Okafor[1au] AND 2018:2020[dp])'
    )
    assert query("Ivanova et al., Circulation 2021").term == ("(Ivanova[1au] AND 2020:2022[dp])")
    assert query("link").term == ""
    assert query("heart failure").term == ""  # two words fit thousands of papers
    sentence = read_clues("Zinc lozenges shortened colds in adults with heart failure", False)
    assert search_term(sentence, sentence=True) is None  # the article's prose is not sent


def records(*pmids: str) -> list:
    return [parse_pubmed_articles((RECORDS / f"{pmid}.xml").read_bytes())[0] for pmid in pmids]


def test_a_trial_name_alone_means_the_results_paper_of_its_family() -> None:
    family = records("99200001", "99200002", "99200003", "99200005")
    choice = choose(query("HELIOS-HF"), family, cited="99200031")
    assert choice is not None and choice.record.pmid == "99200001"


def test_no_suggestion_when_no_candidate_clearly_wins() -> None:
    # Two trials of the class fit "SGLT2 inhibitor in heart failure" about as well.
    rivals = records("99200001", "99200004")
    assert choose(query("SGLT2 inhibitor trial in heart failure, NEJM"), rivals, "99200031") is None


def test_the_cited_record_is_never_its_own_suggestion() -> None:
    assert choose(query("HELIOS-HF"), records("99200001"), cited="99200001") is None


def test_label_searches_are_batched_and_cached(fake: FakeEutils, tmp_path: Path) -> None:
    from citelint.pubmed.cache import RecordCache

    labels = [f'"{name}"[tiab]' for name in ("HELIOS-HF", "TEMPEST", "GRANITE", "QUARTZ")]
    labels += [f"(Nobody{index}[1au] AND 2019[dp])" for index in range(LABEL_BATCH)]
    cache = RecordCache(tmp_path / "cache")
    resolver = EntrezResolver(client_for(fake), cache)

    def keep(term: str, record: Record) -> bool:
        # A batch's hits are pooled; each label keeps those that fit it.
        name = term.split('"')[1] if '"' in term else "nobody"
        return name in f"{record.title} {record.abstract}"

    found = resolver.search_labels(labels, keep)
    assert {record.pmid for record in found[labels[1]] or []} == {"99200007"}
    assert [r.utility for r in fake.requests()] == ["esearch.fcgi", "esearch.fcgi", "efetch.fcgi"]
    resolver.close()
    again = EntrezResolver(client_for(fake), RecordCache(tmp_path / "cache"))
    assert again.search_labels(labels, keep) == found
    assert len(fake.requests()) == 3  # all answered from the cache
    again.close()


def test_a_failed_label_search_is_no_answer(fake: FakeEutils) -> None:
    fake.fail_with_503(times=5)
    resolver = EntrezResolver(client_for(fake))
    assert resolver.search_labels(['"TEMPEST"[tiab]'], keep=lambda t, r: True) == {
        '"TEMPEST"[tiab]': None
    }


def test_the_lock_holds_inline_citations_too(fake: FakeEutils) -> None:
    from citelint.pubmed.lock import LockFile
    from citelint.pubmed.lock_resolver import LockResolver
    from citelint.pubmed.refresh import refresh_lock
    from citelint.read import read_text
    from citelint.read.inline_view import inline_view

    text = "Ablation in older adults ([ORBIT](https://pubmed.ncbi.nlm.nih.gov/99200008/)).\n"
    document = read_text(text, "a.md", "md")
    lock = LockFile()
    refresh_lock(lock, [document], EntrezResolver(client_for(fake)))
    assert "pmid:99200008" in lock.entries
    requests = len(fake.requests())
    (resolution,) = LockResolver(lock).resolve(inline_view(document).references)  # type: ignore[union-attr]
    assert resolution.record is not None and resolution.record.pmid == "99200008"
    assert len(fake.requests()) == requests


def test_links_of_one_sentence_read_its_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """review16: k links in one sentence read the sentence k times (k² time)."""
    from citelint.pubmed import links as module

    read: list[str] = []
    real = module.read_clues

    def counted(text: str, with_years: bool = True) -> Clues:
        read.append(text)
        return real(text, with_years)

    monkeypatch.setattr(module, "read_clues", counted)
    sentence = "Semaglutide lowered weight in adults " * 20
    citations = [
        InlineCitation("pmid", str(100 + i), str(100 + i), 1, 1, "Smith 2020", sentence)
        for i in range(10)
    ]
    contexts: dict[str, Clues] = {}
    queries = [module.label_query(citation, contexts) for citation in citations]
    assert read.count(sentence) == 1
    assert all(query.context is queries[0].context for query in queries)
    assert read.count("Smith 2020") == 10  # each link's own label is its own
    assert queries[0].clues.loose_authors == ["Smith"]
