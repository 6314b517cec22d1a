"""Resolving reference entries: identifiers, ECitMatch, titles, verification, failures, cache."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from fake_eutils import FakeEutils

from citelint.config import Config
from citelint.models import Reference, Status, normalise
from citelint.pubmed.cache import RecordCache
from citelint.pubmed.client import Citation, CitationMatch, ClientSettings, EntrezClient
from citelint.pubmed.errors import EntrezFormatError, EntrezUnavailable
from citelint.pubmed.outcomes import StaticResolver
from citelint.pubmed.pubmed_xml import ESearchResult
from citelint.pubmed.queries import words_term
from citelint.pubmed.resolver import EntrezResolver, build_resolver
from citelint.pubmed.store import OfflineClient
from citelint.read.entries import parse_entry
from citelint.read.identifiers import (
    JOURNAL_ARTICLE,
    MAYBE_NOT_INDEXED,
    NOT_INDEXED,
    entry_doi,
    entry_kind,
    entry_pmid,
)
from citelint.record import Record

ASPIRIN = Record(
    pmid="30100001",
    title="Low-dose aspirin after a first venous clot: a randomised trial.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2012,
    authors=["Brightwater T", "Ekberg J"],
    volume="367",
    pages="1979-87",
    doi="10.1056/nejm-test-1",
)
STENOSIS = Record(
    pmid="30100002",
    title="Surgery or physiotherapy for lumbar spinal stenosis.",
    journal="Annals of internal medicine",
    journal_abbrev="Ann Intern Med",
    year=2015,
    authors=["Delgado A"],
    volume="162",
    pages="465-73",
    doi="10.7326/aim-test-2",
)
WALKING = Record(
    pmid="30100003",
    title="Walking programmes for chronic low back pain in older adults.",
    journal="Spine",
    journal_abbrev="Spine (Phila Pa 1976)",
    year=2019,
    authors=["Nakamura K"],
    volume="44",
    pages="1100-8",
)
TWIN_A = Record(pmid="30100004", title="Vitamin D and falls.", journal="BMJ", year=2020)
TWIN_B = Record(pmid="30100005", title="Vitamin D and falls.", journal="BMJ", year=2020)
ALL = [ASPIRIN, STENOSIS, WALKING, TWIN_A, TWIN_B]


class FakeClient:
    """Answers like the E-utilities from a handful of records, and counts what it is asked."""

    def __init__(
        self,
        records: Iterable[Record] = ALL,
        citations: dict[tuple[str, str], CitationMatch] | None = None,
        failure: Exception | None = None,
    ) -> None:
        self.records = {r.pmid: r for r in records}
        self.citations = citations or {}  # (journal, first page) -> answer
        self.failure = failure
        self.calls: list[tuple[str, str]] = []

    @property
    def requests_made(self) -> int:
        return len(self.calls)

    def esearch(self, term: str, retmax: int = 20) -> ESearchResult:
        self.calls.append(("esearch", term))
        self._maybe_fail()
        ids = []
        for group in re.findall(r"\(([^()]*)\)", term):
            words = re.findall(r"(\w+)\[ti\]", group)
            for record in self.records.values():
                if set(words) <= set(normalise(record.title).split()):
                    ids.append(record.pmid)
        for value, tag in re.findall(r'"([^"]*)"\[(doi|ti|ti:~0)\]', term):
            for record in self.records.values():
                if tag == "doi" and (record.doi or "").lower() == value.lower():
                    ids.append(record.pmid)
                if tag == "ti:~0" and normalise(value) in normalise(record.title):
                    ids.append(record.pmid)  # side by side; the phrase index knows no titles
        return ESearchResult(count=len(ids), ids=ids[:retmax])

    def efetch(self, pmids: Iterable[str]) -> list[Record]:
        wanted = list(pmids)
        self.calls.append(("efetch", ",".join(wanted)))
        self._maybe_fail()
        return [self.records[p] for p in wanted if p in self.records]

    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, CitationMatch]:
        self.calls.append(("ecitmatch", str(len(citations))))
        self._maybe_fail()
        answers = {}
        for c in citations:
            match = self.citations.get((c.journal, c.first_page))
            answers[c.key] = CitationMatch(
                c.key, match.pmids if match else [], bool(match and match.ambiguous)
            )
        return answers

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.calls]

    def _maybe_fail(self) -> None:
        if self.failure is not None:
            raise self.failure


def entry(number: int = 1, **fields: object) -> Reference:
    return Reference(
        number=number,
        raw=str(fields.get("raw", "")),
        line=10 + number,
        column=1,
        **{k: v for k, v in fields.items() if k != "raw"},
    )  # type: ignore[arg-type]


def aspirin_entry(number: int = 1, **changes: object) -> Reference:
    fields: dict[str, object] = {
        "title": "Low-dose aspirin after a first venous clot: a randomised trial",
        "journal": "N Engl J Med",
        "year": 2012,
        "authors": ["Brightwater TA"],
        "volume": "367",
        "pages": "1979-1987",
    }
    fields.update(changes)
    return entry(number, **fields)


def resolve(client: FakeClient, *entries: Reference, cache: RecordCache | None = None):
    return EntrezResolver(client, cache).resolve(list(entries))  # type: ignore[arg-type]


# -- what an entry says about itself -------------------------------------------------------------


def test_identifiers_are_read_from_fields_links_and_text() -> None:
    assert entry_pmid(entry(url="https://pubmed.ncbi.nlm.nih.gov/30100001/")) == "30100001"
    assert entry_pmid(entry(raw="Spine. 2019;44:1100. PMID: 30100003")) == "30100003"
    assert entry_doi(entry(url="https://doi.org/10.7326/AIM-test-2")) == "10.7326/aim-test-2"
    assert entry_doi(entry(raw="Ann Intern Med. 2015. doi:10.7326/aim-test-2.")) == (
        "10.7326/aim-test-2"
    )
    assert entry_pmid(entry(raw="A title. J X. 2001.")) is None


# -- the identifier path --------------------------------------------------------------------------


def test_a_pmid_is_fetched_and_checked_against_the_title() -> None:
    client = FakeClient()
    [resolution] = resolve(client, aspirin_entry(pmid="30100001"))
    assert resolution.status == Status.RESOLVED and resolution.record == ASPIRIN
    assert client.calls == [("efetch", "30100001")]


def test_dois_of_many_entries_share_one_search_and_one_fetch() -> None:
    client = FakeClient()
    resolutions = resolve(
        client,
        aspirin_entry(1, doi="10.1056/NEJM-test-1"),
        entry(
            2,
            title="Surgery or physiotherapy for lumbar spinal stenosis",
            raw="doi:10.7326/aim-test-2",
        ),
    )
    assert [r.record.pmid for r in resolutions if r.record] == ["30100001", "30100002"]
    assert client.kinds() == ["esearch", "efetch"]
    assert client.calls[0][1] == '"10.1056/nejm-test-1"[doi] OR "10.7326/aim-test-2"[doi]'


def test_a_pmid_naming_another_paper_is_an_identifier_mismatch() -> None:
    client = FakeClient()
    [resolution] = resolve(client, aspirin_entry(pmid="30100002"))
    assert resolution.status == Status.RESOLVED
    assert resolution.record == ASPIRIN  # found by its title
    assert resolution.identifier_record == STENOSIS


def test_a_doi_naming_another_paper_with_an_unknown_title() -> None:
    client = FakeClient()
    [resolution] = resolve(client, entry(title="A trial nobody ran", doi="10.7326/aim-test-2"))
    assert resolution.status == Status.NOT_FOUND
    assert resolution.identifier_record == STENOSIS


def test_a_doi_pubmed_does_not_know_is_not_found() -> None:
    [resolution] = resolve(FakeClient(), entry(doi="10.5555/made-up", journal="Spine", year=2020))
    assert resolution.status == Status.NOT_FOUND


def test_a_pmid_that_does_not_exist_is_not_found() -> None:
    [resolution] = resolve(FakeClient(), entry(pmid="39999999"))
    assert resolution.status == Status.NOT_FOUND and "39999999" in resolution.reason


def test_a_made_up_pmid_beside_a_real_title_is_kept_as_unknown() -> None:
    [resolution] = resolve(FakeClient(), aspirin_entry(pmid="39999999"))
    assert resolution.status == Status.RESOLVED and resolution.record == ASPIRIN
    assert resolution.unknown_pmid == "39999999"
    [right] = resolve(FakeClient(), aspirin_entry(pmid="30100001"))
    assert right.unknown_pmid is None


def test_a_pmid_that_could_not_be_fetched_is_never_called_unknown(tmp_path: Path) -> None:
    class NoFetchFor39999999(FakeClient):
        def efetch(self, pmids: Iterable[str]) -> list[Record]:
            wanted = list(pmids)
            if "39999999" in wanted:
                raise EntrezUnavailable("PubMed could not be reached: connection reset")
            return super().efetch(wanted)

    cache = RecordCache(tmp_path)
    resolve(FakeClient(), aspirin_entry(), cache=cache)  # the title's record is cached
    [resolution] = resolve(NoFetchFor39999999(), aspirin_entry(pmid="39999999"), cache=cache)
    assert resolution.record == ASPIRIN
    assert resolution.unknown_pmid is None


# -- ECitMatch -----------------------------------------------------------------------------------


def test_ecitmatch_resolves_many_citations_in_one_request() -> None:
    client = FakeClient(
        citations={
            ("N Engl J Med", "1979"): CitationMatch("", ["30100001"]),
            ("Spine", "1100"): CitationMatch("", ["30100003"]),
        }
    )
    walking = entry(
        2, journal="Spine", year=2019, volume="44", pages="1100-8", authors=["Nakamura K"]
    )
    resolutions = resolve(client, aspirin_entry(1), walking)
    assert [r.record.pmid for r in resolutions if r.record] == ["30100001", "30100003"]
    assert client.kinds() == ["ecitmatch", "efetch"]


def test_a_wrong_pmid_from_ecitmatch_is_rejected_and_the_title_found() -> None:
    # ECitMatch answers with the stenosis paper, whose title is not the entry's.
    client = FakeClient(citations={("N Engl J Med", "1979"): CitationMatch("", ["30100002"])})
    [resolution] = resolve(client, aspirin_entry())
    assert resolution.status == Status.RESOLVED and resolution.record == ASPIRIN
    assert resolution.identifier_record is None
    assert client.kinds() == ["ecitmatch", "efetch", "esearch", "efetch"]


def test_a_citation_ecitmatch_left_unanswered_is_unverified_and_not_cached(
    tmp_path: Path,
) -> None:
    class DropsWalking(FakeClient):
        def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, CitationMatch]:
            answers = super().ecitmatch(citations)
            return {k: v for k, v in answers.items() if citations[int(k)].journal != "Spine"}

    client = DropsWalking(citations={("N Engl J Med", "1979"): CitationMatch("", ["30100001"])})
    walking = entry(
        2, journal="Spine", year=2019, volume="44", pages="1100-8", authors=["Nakamura K"]
    )
    cache = RecordCache(tmp_path)
    aspirin, unanswered = resolve(client, aspirin_entry(1), walking, cache=cache)
    assert aspirin.record == ASPIRIN
    assert unanswered.status == Status.UNVERIFIED
    assert unanswered.reason == "ECitMatch gave no readable answer"
    again = FakeClient(citations={("Spine", "1100"): CitationMatch("", ["30100003"])})
    [found] = resolve(again, walking, cache=cache)
    assert found.record == WALKING


def test_odd_characters_in_one_citation_do_not_spoil_the_ecitmatch_batch(
    fake_eutils: FakeEutils,
) -> None:
    terse = entry(
        1, journal="Neuromodulation", year=2019, volume="22", pages="465-72", authors=["Halvorsen"]
    )
    odd = entry(2, journal="<b>Neuromodulation</b>\r\n", year=2019, volume="22", pages="465-72")
    odd.authors = ["Halvorsen|KE>"]
    client = EntrezClient(ClientSettings(base_url=fake_eutils.url, max_attempts=1))
    with EntrezResolver(client) as resolver:
        resolutions = resolver.resolve([terse, odd])
    assert [r.record.pmid if r.record else r.reason for r in resolutions] == ["39990001"] * 2


def test_a_wrong_pmid_from_ecitmatch_without_a_title_is_not_believed() -> None:
    client = FakeClient(citations={("Spine", "1100"): CitationMatch("", ["30100002"])})
    walking = entry(journal="Spine", year=2019, volume="44", pages="1100-8", authors=["Nakamura K"])
    [resolution] = resolve(client, walking)
    # Not believed; the first author's paper on its first page (round 6), every field the
    # entry's, is found instead.
    assert resolution.record == WALKING
    no_author = entry(journal="Spine", year=2019, volume="44", pages="1100-8")
    [resolution] = resolve(client, no_author)
    assert resolution.status == Status.NOT_FOUND


def test_ecitmatch_ambiguity_without_a_title_is_ambiguous() -> None:
    client = FakeClient(
        citations={("BMJ", "5"): CitationMatch("", ["30100004", "30100005"], ambiguous=True)}
    )
    [resolution] = resolve(client, entry(journal="BMJ", year=2020, pages="5"))
    assert resolution.status == Status.AMBIGUOUS
    assert resolution.candidates == ["30100004", "30100005"]


# -- titles --------------------------------------------------------------------------------------


def test_titles_are_searched_together_and_matched_back() -> None:
    client = FakeClient()
    resolutions = resolve(
        client,
        entry(1, title="Surgery or physiotherapy for lumbar spinal stenosis"),
        entry(2, title="WALKING PROGRAMMES FOR CHRONIC LOW BACK PAIN IN OLDER ADULTS"),
        entry(3, title="Low-dose aspirin after a first venous clot - a randomised trial."),
    )
    assert [r.record.pmid for r in resolutions if r.record] == ["30100002", "30100003", "30100001"]
    assert client.kinds() == ["esearch", "efetch"]


def test_a_title_in_other_words_order_is_found_by_its_words() -> None:
    client = FakeClient()
    [resolution] = resolve(
        client, entry(title="Chronic low back pain in older adults: walking programmes")
    )
    assert resolution.status == Status.RESOLVED and resolution.record == WALKING
    assert client.calls[1] == (
        "esearch",
        "(programmes[ti] AND chronic[ti] AND walking[ti] AND adults[ti] AND older[ti])",
    )


def test_the_word_search_uses_telling_words_only() -> None:
    assert words_term("Outcomes among adults with sciatica: between two trials") == (
        "(outcomes[ti] AND sciatica[ti] AND adults[ti] AND trials[ti])"
    )
    assert words_term("Pain and gait") is None  # too few words to find one paper


def test_equally_good_records_are_ambiguous() -> None:
    [resolution] = resolve(FakeClient(), entry(title="Vitamin D and falls", year=2020))
    assert resolution.status == Status.AMBIGUOUS
    assert sorted(resolution.candidates) == ["30100004", "30100005"]


def test_a_title_nobody_published_is_not_found() -> None:
    [resolution] = resolve(
        FakeClient(), entry(title="Statins abolish dementia in centenarians", journal="Lancet")
    )
    assert resolution.status == Status.NOT_FOUND


def test_an_entry_with_nothing_to_look_up_is_unverified() -> None:
    client = FakeClient()
    [resolution] = resolve(client, entry(raw="Smith et al."))
    assert resolution.status == Status.UNVERIFIED and client.calls == []


# -- guidelines, books, web pages ----------------------------------------------------------------


def test_plain_guidelines_books_and_web_pages_cost_no_request() -> None:
    client = FakeClient()
    resolutions = resolve(
        client,
        entry(1, label="Guideline", title="Treatment of spinal stenosis", year=2025),
        entry(2, raw="Lumbar stenosis. In: Spine Atlas [Internet]. 2024.", title="Lumbar stenosis"),
        entry(3, title="Back pain advice", url="https://www.example.org/back-pain"),
    )
    assert [r.status for r in resolutions] == [Status.NOT_IN_PUBMED] * 3
    assert client.calls == []


def test_entry_kinds() -> None:
    assert entry_kind(entry(title="Facebook use and neck pain", journal="Spine")) == JOURNAL_ARTICLE
    assert entry_kind(entry(title="A handbook of spine care", year=2020)) == MAYBE_NOT_INDEXED
    assert entry_kind(entry(label="Guideline", title="Back pain", journal="J X")) == (
        MAYBE_NOT_INDEXED
    )
    assert entry_kind(entry(label="Guideline", title="Back pain")) == NOT_INDEXED
    summaries = "Praxis Insights: Practical Summaries of Clinical Guidelines"
    assert entry_kind(entry(label="Guideline", title="Back pain", journal=summaries)) == (
        NOT_INDEXED
    )
    assert entry_kind(entry(label="Guideline", pmid="30100001")) == JOURNAL_ARTICLE


def test_a_journal_article_cited_as_read_online_is_an_article() -> None:
    # NLM's style for a journal read online: "[Internet]" after the journal, then its volume
    # and pages. It was taken for a book of NCBI's Bookshelf (a false CL207).
    raw = (
        "Brighton TA, Eikelboom JW, Mann K, et al. Low-dose aspirin for preventing recurrent "
        "venous thromboembolism. N Engl J Med [Internet]. 2012 Nov 22 [cited 2024 Mar 3];"
        "367(21):1979-87."
    )
    assert entry_kind(parse_entry([raw])) == JOURNAL_ARTICLE
    # A book of the Bookshelf gives no volume and pages: still no article; StatPearls,
    # whose chapters PubMed holds, is looked up (real20).
    book = (
        "Okafor N. Aspirin. In: StatPearls [Internet]. Treasure Island (FL): StatPearls "
        "Publishing; 2024 Jan-."
    )
    assert entry_kind(parse_entry([book])) == MAYBE_NOT_INDEXED
    chapter = (
        "Tran HL. Hip fractures. In: Okafor N, editor. Geriatric care [Internet]. Bethesda "
        "(MD): National Library of Medicine (US); 2019. Chapter 3."
    )
    assert entry_kind(parse_entry([chapter])) == NOT_INDEXED


def test_a_guideline_in_a_journal_is_looked_up_and_not_called_fabricated() -> None:
    client = FakeClient()
    [resolution] = resolve(
        client,
        entry(
            label="Guideline",
            title="Treatment of central canal stenosis",
            year=2025,
            journal="Spine Journal",
        ),
    )
    assert resolution.status == Status.NOT_IN_PUBMED
    assert client.kinds() == ["esearch", "esearch"]  # its title as a phrase, then by words


@pytest.mark.parametrize(
    "text",
    [
        # User28a P1-7, P1-8: a note's remark read as an entry, a medication history's sources.
        "Referral to speech therapy if fewer than 50 words or no 2-word phrases at 2 years.",
        "Patient interview (hard of hearing; son present)",
        "Pill organiser brought by son",
        # Study words in a remark with no subtitle (review28c P1-3).
        "Sleep study ordered; trial of CPAP if AHI above 15",
        "PPI vs H2 blocker per patient preference",
    ],
)
def test_words_alone_that_no_title_holds_are_unverified_not_fabricated(text: str) -> None:
    [resolution] = resolve(FakeClient(), entry(raw=text, title=text))
    assert resolution.status == Status.UNVERIFIED
    assert resolution.lasting
    assert "nothing says it names a published paper" in resolution.reason


def test_a_paper_s_title_alone_that_no_record_holds_is_still_not_found() -> None:
    # Review28a P2-1: an AI answer's made-up paper listed by its title only.
    title = "Low-dose aspirin and colorectal cancer prevention: a randomized trial in older adults"
    [resolution] = resolve(FakeClient(), entry(raw=title, title=title))
    assert resolution.status == Status.NOT_FOUND


@pytest.mark.parametrize(
    "fields",
    [
        {"authors": ["Quillfeather TA"]},
        {"year": 2021},
        {"journal": "Lancet"},
        {"authors": ["Quillfeather TA"], "journal": "Lancet", "year": 2021},
    ],
)
def test_an_unfound_title_with_an_author_year_or_journal_is_still_not_found(
    fields: dict[str, object],
) -> None:
    title = "Moonlight exposure and sepsis mortality in ventilated adults"
    [resolution] = resolve(FakeClient(), entry(raw=title, title=title, **fields))
    assert resolution.status == Status.NOT_FOUND


# -- failures and offline runs -------------------------------------------------------------------


def test_network_failure_makes_entries_unverified_never_not_found() -> None:
    down = EntrezUnavailable("PubMed could not be reached: connection refused")
    resolutions = resolve(
        FakeClient(failure=down),
        aspirin_entry(1),
        entry(2, title="A trial nobody ran"),
        entry(3, pmid="30100001"),
        entry(4, doi="10.7326/aim-test-2"),
    )
    assert [r.status for r in resolutions] == [Status.UNVERIFIED] * 4
    assert all(r.reason == "PubMed could not be reached: connection refused" for r in resolutions)


def test_a_garbled_answer_makes_entries_unverified() -> None:
    garbled = EntrezFormatError("PubMed sent an unreadable answer: truncated XML")
    [resolution] = resolve(FakeClient(failure=garbled), entry(title="Vitamin D and falls"))
    assert resolution.status == Status.UNVERIFIED and "unreadable" in resolution.reason


def test_offline_without_cache_is_unverified() -> None:
    resolver = EntrezResolver(OfflineClient(), offline=True)
    resolutions = resolver.resolve([aspirin_entry(1), entry(2, title="A trial nobody ran")])
    assert [r.status for r in resolutions] == [Status.UNVERIFIED] * 2
    assert "offline" in resolutions[0].reason


def test_offline_uses_the_cache_and_never_says_not_found(tmp_path: Path) -> None:
    cache = RecordCache(tmp_path)
    entries = [
        aspirin_entry(1),
        entry(2, title="A trial nobody ran", authors=["Nobody A"], year=2020),
    ]
    online = resolve(FakeClient(), *entries, cache=cache)
    assert [r.status for r in online] == [Status.RESOLVED, Status.NOT_FOUND]
    offline = EntrezResolver(OfflineClient(), cache, offline=True).resolve(entries)
    assert [r.status for r in offline] == [Status.RESOLVED, Status.UNVERIFIED]
    assert offline[0].record == ASPIRIN


def test_a_second_run_over_the_same_entries_makes_no_request(tmp_path: Path) -> None:
    entries = [
        aspirin_entry(1, pmid="30100001"),
        entry(
            2, doi="10.7326/aim-test-2", title="Surgery or physiotherapy for lumbar spinal stenosis"
        ),
        entry(3, title="Walking programmes for chronic low back pain in older adults"),
        entry(4, title="A trial nobody ran"),
        entry(5, journal="Spine", year=2019, volume="44", pages="1100", authors=["Nakamura K"]),
        entry(6, pmid="39999999", title="A PMID that does not exist"),
    ]
    citations = {("Spine", "1100"): CitationMatch("", ["30100003"])}
    first_client = FakeClient(citations=citations)
    first = resolve(first_client, *entries, cache=RecordCache(tmp_path))
    assert first_client.calls
    second_client = FakeClient(citations=citations)
    second = resolve(second_client, *entries, cache=RecordCache(tmp_path))
    assert second_client.calls == []
    assert [(r.status, r.record and r.record.pmid) for r in second] == [
        (r.status, r.record and r.record.pmid) for r in first
    ]


def test_requests_stay_few_for_many_entries() -> None:
    client = FakeClient()
    entries = []
    for n in range(0, 60, 3):
        entries.append(
            entry(n + 1, title="Walking programmes for chronic low back pain in older adults")
        )
        entries.append(entry(n + 2, doi="10.1056/nejm-test-1"))
        entries.append(entry(n + 3, title=f"Unpublished idea number {n}"))
    resolutions = resolve(client, *entries)
    assert len(resolutions) == 60
    # One DOI search, its records, two title searches (21 distinct titles), their records,
    # and one search by words for the 20 titles nobody published.
    assert client.kinds() == ["esearch", "efetch", "esearch", "esearch", "efetch", "esearch"]


# -- other resolvers ----------------------------------------------------------------------------


def test_static_resolver_finds_records_by_pmid_doi_and_title() -> None:
    resolver = StaticResolver(ALL)
    resolutions = resolver.resolve(
        [
            entry(1, pmid="30100003"),
            entry(2, doi="10.7326/AIM-test-2"),
            aspirin_entry(3),
            entry(4, title="Unheard of", year=2020),
            aspirin_entry(5, pmid="30100002"),
            entry(6, label="Guideline", title="Local advice"),
        ]
    )
    assert [r.status for r in resolutions] == [
        Status.RESOLVED,
        Status.RESOLVED,
        Status.RESOLVED,
        Status.NOT_FOUND,
        Status.RESOLVED,
        Status.NOT_IN_PUBMED,
    ]
    assert [r.record.pmid for r in resolutions[:3] if r.record] == [
        "30100003",
        "30100002",
        "30100001",
    ]
    assert resolutions[4].identifier_record == STENOSIS


def test_build_resolver_follows_the_configuration(tmp_path: Path) -> None:
    offline = build_resolver(Config(offline=True, cache_dir=str(tmp_path)))
    assert isinstance(offline, EntrezResolver) and isinstance(offline.client, OfflineClient)
    online = build_resolver(Config(no_cache=True))
    assert isinstance(online, EntrezResolver) and isinstance(online.client, EntrezClient)
    assert online.store.cache is None


def test_closing_the_resolver_closes_its_cache_and_client(tmp_path: Path) -> None:
    closed: list[str] = []

    class Client(FakeClient):
        def close(self) -> None:
            closed.append("client")

    cache = RecordCache(tmp_path)
    with EntrezResolver(Client(), cache) as resolver:  # type: ignore[arg-type]
        resolver.resolve([aspirin_entry(1, pmid="30100001")])
        assert cache.enabled
    assert closed == ["client"] and not cache.enabled
    with build_resolver(Config(offline=True, cache_dir=str(tmp_path))) as offline:
        assert offline.store.cache is not None and offline.store.cache.enabled
    assert not offline.store.cache.enabled


def test_versions_of_one_review_are_told_apart_by_the_year() -> None:
    """real20: a Cochrane review and its update share title, authors and journal; an entry
    citing 2016 was "several records alike" (CL202), not the first version's wrong year."""
    versions = [
        Record(
            pmid=pmid,
            title="Inspiratory muscle training before lung resection.",
            journal="Cochrane Database Syst Rev",
            journal_abbrev="Cochrane Database Syst Rev",
            year=year,
            authors=["Achterberg F"],
            pages="CD012345",
        )
        for pmid, year in (("1", 2019), ("2", 2023))
    ]
    resolver = StaticResolver(versions)
    cited = {
        year: parse_entry(
            [
                f"Achterberg F. Inspiratory muscle training before lung resection. Cochrane "
                f"Database Syst Rev. {year};(3):CD012345."
            ]
        )
        for year in (2016, 2019, 2022)
    }
    found = {year: resolver.resolve([entry])[0] for year, entry in cited.items()}
    assert {year: r.record.pmid for year, r in found.items() if r.record} == {
        2016: "1",
        2019: "1",
        2022: "2",
    }


# A correction PubMed files under the DOI of the paper it corrects (its ELocationID).
ASPIRIN_CORRECTION = Record(
    pmid="30100099",
    title="Correction to the article.",
    journal="The New England journal of medicine",
    journal_abbrev="N Engl J Med",
    year=2013,
    publication_types=["Published Erratum"],
    doi="10.1056/nejm-test-1",
)


def test_a_doi_shared_by_a_paper_and_its_notice_is_the_papers() -> None:
    # The notice had been taken for the DOI's record: a link to the paper was called another
    # paper's (user33a P1-5).
    # PubMed lists the newer record, the notice, first.
    client = FakeClient([ASPIRIN_CORRECTION, ASPIRIN, STENOSIS])
    [resolution] = resolve(client, entry(doi="10.1056/nejm-test-1"))
    assert resolution.record == ASPIRIN and resolution.identifier_record is None
    [cited] = resolve(
        FakeClient([ASPIRIN_CORRECTION, ASPIRIN]), aspirin_entry(doi="10.1056/nejm-test-1")
    )
    assert cited.record == ASPIRIN and cited.identifier_record is None


def test_a_doi_only_a_notice_carries_is_the_notices() -> None:
    [resolution] = resolve(FakeClient([ASPIRIN_CORRECTION]), entry(doi="10.1056/nejm-test-1"))
    assert resolution.record == ASPIRIN_CORRECTION


def test_an_entry_citing_the_notice_by_the_shared_doi_is_the_notices() -> None:
    # The notice is put after the paper, not dropped: an entry citing the correction itself
    # by the DOI both records carry had been given the paper as the DOI's record, a false
    # CL204 (review33a P1-5).
    notice = entry(
        title="Correction to the article",
        journal="N Engl J Med",
        year=2013,
        doi="10.1056/nejm-test-1",
        raw="Correction to the article. N Engl J Med. 2013. doi:10.1056/nejm-test-1",
    )
    for records in ([ASPIRIN_CORRECTION, ASPIRIN], [ASPIRIN, ASPIRIN_CORRECTION]):
        [resolution] = resolve(FakeClient(records), notice)
        assert resolution.record == ASPIRIN_CORRECTION
        assert resolution.identifier_record is None
