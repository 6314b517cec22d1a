"""The fake E-utilities server answers like NCBI, and misbehaves when told to."""

from __future__ import annotations

import pytest
import requests
from fake_eutils import FakeEutils

from citelint.pubmed.errors import EntrezFormatError
from citelint.pubmed.pubmed_xml import parse_ecitmatch, parse_esearch, parse_pubmed_articles
from citelint.record import Record


def get(server: FakeEutils, utility: str, **params: str) -> requests.Response:
    return requests.get(server.url + utility, params=params, timeout=5)


def test_the_url_is_a_local_base_ending_in_a_slash(fake_eutils: FakeEutils) -> None:
    assert fake_eutils.url.startswith("http://127.0.0.1:")
    assert fake_eutils.url.endswith("/")


def test_efetch_by_post_returns_the_held_records_and_skips_unknown_ids(
    fake_eutils: FakeEutils,
) -> None:
    response = requests.post(
        fake_eutils.url + "efetch.fcgi",
        data={"db": "pubmed", "id": "39990004,11111111,39990009", "retmode": "xml"},
        timeout=5,
    )
    records = parse_pubmed_articles(response.content)
    assert [r.pmid for r in records] == ["39990004", "39990009"]
    assert records[0].retracted and records[1].book
    [logged] = fake_eutils.requests("efetch.fcgi")
    assert (logged.method, logged.params["id"]) == ("POST", "39990004,11111111,39990009")


@pytest.mark.parametrize(
    ("term", "ids"),
    [
        ("10.5555/ner.2019.0465[doi]", ["39990001"]),
        ("39990003[pmid]", ["39990003"]),
        ("39990003[uid] OR 39990005[uid]", ["39990005", "39990003"]),
        (
            '"spinal cord stimulation"[ti] AND "cohort study"[ti]',
            ["39990014", "39990001"],
        ),
        (
            '"spinal cord stimulation"[ti] AND "lumbar spinal stenosis"[ti]',
            ["39990014", "39990008", "39990001"],
        ),
        ("(spinal cord stimulation[title] AND Brenner T[au])", ["39990014"]),
        ("natural history of lumbar spinal stenosis[title]", ["39990011"]),
        ("intradiscal ozone[title]", []),
    ],
)
def test_esearch_finds_records_by_identifier_and_title(
    fake_eutils: FakeEutils, term: str, ids: list[str]
) -> None:
    result = parse_esearch(get(fake_eutils, "esearch.fcgi", db="pubmed", term=term).content)
    assert (result.count, result.ids) == (len(ids), ids)
    assert bool(result.errors) == (not ids)


def test_esearch_answers_json_and_fixed_terms(fake_eutils: FakeEutils) -> None:
    fake_eutils.searches["anything at all"] = ["39990010"]
    body = get(fake_eutils, "esearch.fcgi", term="anything at all", retmode="json").content
    assert parse_esearch(body).ids == ["39990010"]


def test_ecitmatch_answers_each_citation_line(fake_eutils: FakeEutils) -> None:
    fake_eutils.citmatch["forced"] = "39990012"
    bdata = "\r".join(
        [
            "neuromodulation|2019|22|465|halvorsen ke|ref1|",
            "pain physician|2018|21|E487|varga|ref2|",
            "spine j|2021|20|1529|whitcombe rj|ref3|",
            "journal of imaginary spine research|2020|1|1|smith j|ref4|",
            "|2019|22|||ref5|",
            "lancet|2000|1|1|x|forced|",
        ]
    )
    text = get(fake_eutils, "ecitmatch.cgi", db="pubmed", retmode="xml", bdata=bdata).text
    assert [(m.key, m.pmid, m.note) for m in parse_ecitmatch(text)] == [
        ("ref1", "39990001", ""),
        ("ref2", "39990004", ""),
        ("ref3", None, "NOT_FOUND"),
        ("ref4", None, "NOT_FOUND;INVALID_JOURNAL"),
        ("ref5", None, "AMBIGUOUS 39990001,39990008"),
        ("forced", "39990012", ""),
    ]


def test_records_can_be_added_from_record_objects(fake_eutils: FakeEutils) -> None:
    record = Record(
        pmid="39995555",
        title="Generated record for a benchmark.",
        journal="Benchmark journal",
        journal_abbrev="Bench J",
        year=2024,
        authors=["Doe J", "Bench Study Group"],
        volume="3",
        pages="10-19",
        abstract="RESULTS: It worked in 9 of 10 runs.",
        abstract_sections=[("RESULTS", "It worked in 9 of 10 runs.")],
        publication_types=["Journal Article"],
        doi="10.5555/bench.1",
        retraction_in=["39995556"],
    )
    fake_eutils.add_record(record)
    [fetched] = parse_pubmed_articles(get(fake_eutils, "efetch.fcgi", id="39995555").content)
    assert fetched == record


def test_faults_come_in_the_order_they_were_queued(fake_eutils: FakeEutils) -> None:
    fake_eutils.fail_with_429(times=2, retry_after=7)
    fake_eutils.fail_with_503()
    fake_eutils.serve_html(status=200)
    first, second = get(fake_eutils, "esearch.fcgi", term="x"), get(fake_eutils, "efetch.fcgi")
    assert (first.status_code, first.headers["Retry-After"]) == (429, "7")
    assert second.status_code == 429
    assert get(fake_eutils, "efetch.fcgi", id="39990001").status_code == 503
    html = get(fake_eutils, "efetch.fcgi", id="39990001")
    assert html.status_code == 200 and html.text.startswith("<!DOCTYPE html>")
    assert len(parse_pubmed_articles(get(fake_eutils, "efetch.fcgi", id="39990001").content)) == 1
    assert len(fake_eutils.requests()) == 5


def test_a_fault_can_be_aimed_at_one_utility(fake_eutils: FakeEutils) -> None:
    fake_eutils.truncate(utility="efetch.fcgi")
    assert get(fake_eutils, "esearch.fcgi", term="39990001[pmid]").status_code == 200
    truncated = get(fake_eutils, "efetch.fcgi", id="39990001,39990002")
    assert truncated.status_code == 200
    with pytest.raises(EntrezFormatError):
        parse_pubmed_articles(truncated.content)


def test_a_cut_connection_breaks_the_transfer(fake_eutils: FakeEutils) -> None:
    fake_eutils.cut_connection()
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        get(fake_eutils, "efetch.fcgi", id="39990001")


def test_a_hanging_request_outlasts_the_client_timeout(fake_eutils: FakeEutils) -> None:
    fake_eutils.hang(seconds=2.0)
    with pytest.raises(requests.exceptions.Timeout):
        requests.get(fake_eutils.url + "efetch.fcgi", params={"id": "39990001"}, timeout=0.2)


def test_the_optional_rate_limit_answers_429_to_bursts() -> None:
    with FakeEutils(rate_limit=3) as server:
        codes = [get(server, "esearch.fcgi", term="x").status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200]
        assert codes.count(429) == server.max_requests_per_second() - 3


def test_esearch_knows_no_whole_title_as_a_phrase_but_finds_it_side_by_side(
    fake_eutils: FakeEutils,
) -> None:
    title = "natural history of lumbar spinal stenosis"
    quoted = get(fake_eutils, "esearch.fcgi", term=f'"{title}"[ti]').content
    result = parse_esearch(quoted)
    assert (result.count, result.ids) == (0, [])
    assert result.warnings == [
        f'QuotedPhraseNotFound: "{title}"[ti]',
        "OutputMessage: No items found.",
    ]
    near = parse_esearch(get(fake_eutils, "esearch.fcgi", term=f'"{title}"[ti:~0]').content)
    assert near.ids == ["39990011"] and not near.warnings
    shuffled = '"stenosis spinal lumbar of history natural"[ti:~0]'
    assert parse_esearch(get(fake_eutils, "esearch.fcgi", term=shuffled).content).ids == [
        "39990011"
    ]
    apart = '"natural stenosis"[ti:~0]'  # four words stand between them
    assert parse_esearch(get(fake_eutils, "esearch.fcgi", term=apart).content).ids == []
    assert parse_esearch(
        get(fake_eutils, "esearch.fcgi", term='"natural stenosis"[ti:~4]').content
    ).ids == ["39990011"]


def test_esearch_reads_a_range_of_years(fake_eutils: FakeEutils) -> None:
    term = "(stenosis[ti] AND 1997:1999[dp])"
    assert parse_esearch(get(fake_eutils, "esearch.fcgi", term=term).content).ids == ["39990011"]
