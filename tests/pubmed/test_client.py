"""The E-utilities client: parameters, rate limit, retries, error bodies and a secret API key."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses

from citelint.errors import ConfigError
from citelint.pubmed import pubmed_xml
from citelint.pubmed.client import (
    Citation,
    ClientSettings,
    EntrezClient,
    RateLimiter,
    retry_after,
)
from citelint.pubmed.errors import EntrezError, EntrezFormatError, EntrezUnavailable

BASE = "http://eutils.test/entrez/eutils/"
KEY = "k3y-s3cr3t-0123456789"

ESEARCH_XML = b"""<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">
<eSearchResult><Count>2</Count><RetMax>2</RetMax><RetStart>0</RetStart>
<IdList><Id>31000001</Id><Id>31000002</Id></IdList>
<TranslationSet/><QueryTranslation>"x"[Title]</QueryTranslation></eSearchResult>
"""


def article(pmid: str, title: str) -> str:
    return f"""<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">
<PMID Version="1">{pmid}</PMID><Article PubModel="Print">
<Journal><JournalIssue CitedMedium="Print"><Volume>12</Volume>
<PubDate><Year>2019</Year><Month>Mar</Month></PubDate></JournalIssue>
<Title>Journal of Invented Results</Title><ISOAbbreviation>J Invent Res</ISOAbbreviation></Journal>
<ArticleTitle>{title}</ArticleTitle><Pagination><MedlinePgn>10-19</MedlinePgn></Pagination>
<AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Okafor</LastName><ForeName>Ada</ForeName>
<Initials>A</Initials></Author></AuthorList>
<PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType>
</PublicationTypeList>
</Article></MedlineCitation><PubmedData><ArticleIdList>
<ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList></PubmedData></PubmedArticle>"""


def article_set(*pmids: str) -> bytes:
    body = "".join(article(p, f"Paper number {p}.") for p in pmids)
    return f'<?xml version="1.0" ?>\n<PubmedArticleSet>{body}</PubmedArticleSet>'.encode()


class FakeTime:
    """A clock and a sleep that only move when told to: rate limits without real waiting."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def make_client(time: FakeTime, api_key: str | None = None, attempts: int = 3) -> EntrezClient:
    settings = ClientSettings(
        base_url=BASE, email="dev@example.org", api_key=api_key, max_attempts=attempts
    )
    limiter = RateLimiter(settings.rate, clock=time.clock, sleep=time.sleep)
    return EntrezClient(settings, limiter=limiter, sleep=time.sleep, jitter=lambda: 0.5)


def sent_form(call: responses.Call) -> dict[str, list[str]]:
    return parse_qs(call.request.body or "")


# -- parameters ---------------------------------------------------------------------------------


@responses.activate
def test_every_request_names_tool_and_email_and_carries_the_key() -> None:
    responses.post(BASE + "esearch.fcgi", body=ESEARCH_XML)
    client = make_client(FakeTime(), api_key=KEY)
    result = client.esearch('"a title"[ti]', retmax=5)
    assert result.ids == ["31000001", "31000002"]
    form = sent_form(responses.calls[0])
    assert form["tool"] == ["citelint"] and form["email"] == ["dev@example.org"]
    assert form["api_key"] == [KEY] and form["term"] == ['"a title"[ti]']
    assert form["retmax"] == ["5"] and form["db"] == ["pubmed"]


@responses.activate
def test_efetch_posts_batches_of_at_most_200_ids() -> None:
    responses.post(BASE + "efetch.fcgi", body=article_set("1"))
    client = make_client(FakeTime())
    client.efetch(str(n) for n in range(1, 451))
    sizes = [len(sent_form(call)["id"][0].split(",")) for call in responses.calls]
    assert sizes == [200, 200, 50]
    assert all(call.request.method == "POST" for call in responses.calls)


@responses.activate
def test_efetch_parses_the_records() -> None:
    responses.post(BASE + "efetch.fcgi", body=article_set("31000001", "31000002"))
    records = make_client(FakeTime()).efetch(["31000001", "31000002"])
    assert [r.pmid for r in records] == ["31000001", "31000002"]
    assert records[0].title == "Paper number 31000001."


@responses.activate
def test_ecitmatch_sends_many_citations_in_one_request() -> None:
    answer = (
        "j invent res|2019|12|10|okafor|0|31000001\n"
        "j invent res|2020|13|5|bell|1|NOT_FOUND\n"
        "j invent res|2021|||lee|2|AMBIGUOUS 31000003,31000004\n"
    )
    responses.get(BASE + "ecitmatch.cgi", body=answer)
    citations = [
        Citation("0", "J Invent Res", "2019", "12", "10", "okafor"),
        Citation("1", "J Invent Res", "2020", "13", "5", "bell"),
        Citation("2", "J Invent Res", "2021", "", "", "lee"),
    ]
    found = make_client(FakeTime()).ecitmatch(citations)
    assert len(responses.calls) == 1
    query = parse_qs(urlparse(responses.calls[0].request.url).query)
    assert query["bdata"] == [
        "J Invent Res|2019|12|10|okafor|0|\r"
        "J Invent Res|2020|13|5|bell|1|\r"
        "J Invent Res|2021|||lee|2|"
    ]
    assert found["0"].pmids == ["31000001"] and not found["0"].ambiguous
    assert found["1"].pmids == []
    assert found["2"].pmids == ["31000003", "31000004"] and found["2"].ambiguous


def test_citation_lines_drop_tags_pipes_angle_brackets_and_control_characters() -> None:
    odd = Citation("7", "<i>J Invent</i> Res|>", "2019\r\n", "1\x002", "10", "O<kafor\u00ad\x85")
    assert odd.line() == "J Invent Res|2019|1 2|10|O kafor|7|"


@responses.activate
def test_one_garbled_ecitmatch_line_leaves_the_other_answers_standing() -> None:
    answer = (
        "j invent res|2019|12|10|okafor|0|31000001\n"
        "j invent res|2020|13\n"
        "j invent res|2021|14|7|lee|2|NOT_FOUND\n"
    )
    responses.get(BASE + "ecitmatch.cgi", body=answer)
    citations = [
        Citation("0", "J Invent Res", "2019", "12", "10", "okafor"),
        Citation("1", "J Invent Res", "2020", "13", "5", "bell"),
        Citation("2", "J Invent Res", "2021", "14", "7", "lee"),
    ]
    found = make_client(FakeTime()).ecitmatch(citations)
    assert sorted(found) == ["0", "2"]
    assert found["0"].pmids == ["31000001"] and found["2"].pmids == []


@responses.activate
def test_ecitmatch_splits_citations_so_that_urls_stay_short() -> None:
    responses.get(BASE + "ecitmatch.cgi", body="j|2019|12|1|okafor|0|NOT_FOUND\n")
    journal = "Journal of Remarkably Long Names in Invented Medicine and Allied Sciences"
    citations = [Citation(str(n), journal, "2019", "12", str(n), "okafor") for n in range(200)]
    make_client(FakeTime()).ecitmatch(citations)
    assert len(responses.calls) > 1
    assert all(len(call.request.url) < 8000 for call in responses.calls)
    sent = sum(
        len(parse_qs(urlparse(c.request.url).query)["bdata"][0].split("\r"))
        for c in responses.calls
    )
    assert sent == 200


def test_a_citation_field_cannot_break_the_line_format() -> None:
    citation = Citation("7", "Acta | Odd\nJournal", "2001", "3", "9", "Ng")
    assert citation.line() == "Acta Odd Journal|2001|3|9|Ng|7|"


# -- rate limit ---------------------------------------------------------------------------------


def max_in_one_second(times: list[float]) -> int:
    return max(sum(1 for t in times if start <= t <= start + 1.0) for start in times)


@pytest.mark.parametrize(("api_key", "limit"), [(None, 3), (KEY, 10)])
def test_rate_limiter_never_puts_more_than_the_limit_in_any_second(
    api_key: str | None, limit: int
) -> None:
    time = FakeTime()
    limiter = RateLimiter(ClientSettings(api_key=api_key).rate, clock=time.clock, sleep=time.sleep)
    starts = []
    for _ in range(40):
        limiter.wait()
        starts.append(time.now)
    assert max_in_one_second(starts) == limit
    # It does not wait much more than it must either: 40 requests take about 40 / limit seconds.
    assert starts[-1] - starts[0] < 39 / limit * 1.1


def test_rate_limiter_does_not_wait_after_a_pause() -> None:
    time = FakeTime()
    limiter = RateLimiter(3, clock=time.clock, sleep=time.sleep)
    limiter.wait()
    time.now += 5
    limiter.wait()
    assert time.sleeps == []


@responses.activate
def test_requests_through_the_client_are_spaced() -> None:
    responses.post(BASE + "esearch.fcgi", body=ESEARCH_XML)
    time = FakeTime()
    client = make_client(time)
    for _ in range(7):
        client.esearch("x")
    # Seven requests at 3 a second: six waits of a little over a third of a second.
    assert len(time.sleeps) == 6 and all(s > 1 / 3 for s in time.sleeps)


# -- retries ------------------------------------------------------------------------------------


@responses.activate
def test_429_is_retried_after_the_time_retry_after_asks_for() -> None:
    responses.post(
        BASE + "esearch.fcgi",
        status=429,
        json={"error": "API rate limit exceeded", "count": "11"},
        headers={"Retry-After": "7"},
    )
    responses.post(BASE + "esearch.fcgi", body=ESEARCH_XML)
    time = FakeTime()
    result = make_client(time).esearch("x")
    assert result.count == 2 and len(responses.calls) == 2
    assert 7 in time.sleeps


@responses.activate
def test_503_is_retried_with_growing_waits() -> None:
    for _ in range(3):
        responses.post(BASE + "efetch.fcgi", status=503)
    responses.post(BASE + "efetch.fcgi", body=article_set("5"))
    time = FakeTime()
    client = make_client(time, attempts=4)
    assert [r.pmid for r in client.efetch(["5"])] == ["5"]
    retry_waits = [s for s in time.sleeps if s >= 1]
    assert retry_waits == [1.5, 2.5, 4.5]  # 1, 2, 4 seconds plus half a second of jitter


@responses.activate
def test_post_is_retried_after_a_connection_error() -> None:
    responses.post(BASE + "efetch.fcgi", body=requests.ConnectionError("connection reset by peer"))
    responses.post(BASE + "efetch.fcgi", body=article_set("8"))
    records = make_client(FakeTime()).efetch(["8"])
    assert [r.pmid for r in records] == ["8"]
    assert [c.request.method for c in responses.calls] == ["POST", "POST"]


@responses.activate
def test_attempts_are_bounded_and_the_reason_is_kept() -> None:
    responses.post(BASE + "esearch.fcgi", status=503)
    client = make_client(FakeTime(), attempts=3)
    with pytest.raises(EntrezUnavailable, match="HTTP 503 from esearch"):
        client.esearch("x")
    assert len(responses.calls) == 3
    # The server answered, so it is reachable: the next call tries again...
    with pytest.raises(EntrezUnavailable):
        client.esearch("x")
    assert len(responses.calls) == 6
    # ...but after two requests failed to the end, the run stops asking.
    with pytest.raises(EntrezUnavailable, match="HTTP 503 from esearch"):
        client.efetch(["1"])
    assert len(responses.calls) == 6


@responses.activate
def test_a_429_storm_ends_as_unavailable() -> None:
    responses.post(BASE + "esearch.fcgi", status=429, headers={"Retry-After": "1"})
    with pytest.raises(EntrezUnavailable, match="rate limited"):
        make_client(FakeTime()).esearch("x")


@responses.activate
def test_timeouts_are_retried_then_reported() -> None:
    responses.post(BASE + "esearch.fcgi", body=requests.ReadTimeout("read timed out"))
    client = make_client(FakeTime(), attempts=2)
    with pytest.raises(EntrezUnavailable, match="no answer within"):
        client.esearch("x")
    assert len(responses.calls) == 2


@responses.activate
def test_an_unreachable_network_is_not_tried_again_in_the_same_run() -> None:
    refused = requests.ConnectionError(
        f"HTTPSConnectionPool: Max retries exceeded with url: /esearch.fcgi?api_key={KEY} "
        "(Caused by NewConnectionError: [Errno 111] Connection refused)"
    )
    responses.post(BASE + "esearch.fcgi", body=refused)
    time = FakeTime()
    client = make_client(time, api_key=KEY, attempts=3)
    with pytest.raises(EntrezUnavailable) as first:
        client.esearch("x")
    assert str(first.value) == "PubMed could not be reached: connection refused"
    waited = len(time.sleeps)
    with pytest.raises(EntrezUnavailable, match="connection refused"):
        client.efetch(["1"])
    # Refused twice is refused for good: one retry, then no more attempts in this run.
    assert len(responses.calls) == 2 and len(time.sleeps) == waited


@responses.activate
def test_dns_failure_is_named_as_such() -> None:
    responses.post(
        BASE + "esearch.fcgi",
        body=requests.ConnectionError("NameResolutionError: Temporary failure in name resolution"),
    )
    with pytest.raises(EntrezUnavailable, match="host name could not be resolved"):
        make_client(FakeTime(), attempts=1).esearch("x")


@responses.activate
def test_a_client_error_is_not_retried() -> None:
    responses.post(BASE + "esearch.fcgi", status=400)
    with pytest.raises(EntrezError, match="HTTP 400"):
        make_client(FakeTime()).esearch("x")
    assert len(responses.calls) == 1


# -- bodies that are not what was asked for -----------------------------------------------------


@responses.activate
def test_error_element_in_a_200_answer_is_an_error() -> None:
    responses.post(
        BASE + "esearch.fcgi",
        body=b'<?xml version="1.0" ?>\n<eSearchResult><ERROR>Invalid db name specified: '
        b"fleegle</ERROR></eSearchResult>",
    )
    with pytest.raises(EntrezError, match="Invalid db name"):
        make_client(FakeTime(), attempts=1).esearch("x")


@responses.activate
def test_json_error_in_a_200_answer_is_an_error() -> None:
    responses.post(BASE + "esearch.fcgi", json={"error": "API rate limit exceeded", "count": "4"})
    with pytest.raises(EntrezError, match="rate limit"):
        make_client(FakeTime(), attempts=1).esearch("x")


@responses.activate
def test_html_page_is_a_format_error_and_retried() -> None:
    page = b"<!DOCTYPE html><html><head><title>Service unavailable</title></head></html>"
    responses.post(BASE + "efetch.fcgi", body=page)
    responses.post(BASE + "efetch.fcgi", body=article_set("3"))
    client = make_client(FakeTime())
    assert [r.pmid for r in client.efetch(["3"])] == ["3"]
    responses.replace(responses.POST, BASE + "efetch.fcgi", body=page)
    with pytest.raises(EntrezFormatError, match="unreadable answer"):
        client.efetch(["3"])


@responses.activate
def test_truncated_xml_is_a_format_error() -> None:
    responses.post(BASE + "efetch.fcgi", body=article_set("3", "4")[:-120])
    with pytest.raises(EntrezFormatError):
        make_client(FakeTime(), attempts=2).efetch(["3", "4"])
    assert len(responses.calls) == 2


@responses.activate
def test_json_error_and_empty_body_to_efetch_are_errors() -> None:
    responses.post(BASE + "efetch.fcgi", json={"error": "API rate limit exceeded"})
    with pytest.raises(EntrezError, match="rate limit"):
        make_client(FakeTime(), attempts=1).efetch(["3"])
    responses.replace(responses.POST, BASE + "efetch.fcgi", body=b"  \n")
    with pytest.raises(EntrezFormatError, match="empty response"):
        make_client(FakeTime(), attempts=1).efetch(["3"])


@responses.activate
def test_each_answer_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[bytes] = []
    real_parse = pubmed_xml.parse_xml

    def counting_parse(data: bytes) -> object:
        parsed.append(data)
        return real_parse(data)

    monkeypatch.setattr(pubmed_xml, "parse_xml", counting_parse)
    responses.post(BASE + "efetch.fcgi", body=article_set("3"))
    responses.post(BASE + "esearch.fcgi", body=ESEARCH_XML)
    responses.get(BASE + "ecitmatch.cgi", body=b"<ERROR>Invalid db name</ERROR>")
    client = make_client(FakeTime(), attempts=1)
    client.efetch(["3"])
    client.esearch("x")
    with pytest.raises(EntrezError, match="Invalid db name"):
        client.ecitmatch([Citation("0", "J Invent Res", "2019")])
    assert len(parsed) == 3


# -- the API key stays secret -------------------------------------------------------------------


@responses.activate
def test_the_api_key_never_appears_in_an_error() -> None:
    responses.post(BASE + "esearch.fcgi", body=requests.ConnectionError(f"boom api_key={KEY}"))
    responses.post(BASE + "efetch.fcgi", status=400)
    client = make_client(FakeTime(), api_key=KEY)
    for call in (lambda: client.esearch("x"), lambda: client.efetch(["1"])):
        with pytest.raises(EntrezError) as caught:
            call()
        assert KEY not in str(caught.value)
    assert KEY not in repr(client.settings)


class CountingSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.closed = 0

    def close(self) -> None:
        self.closed += 1
        super().close()


def test_close_closes_the_clients_own_session_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(requests, "Session", CountingSession)
    with EntrezClient(ClientSettings(base_url=BASE)) as client:
        assert isinstance(client.session, CountingSession)
    assert client.session.closed == 1
    lent = CountingSession()
    EntrezClient(ClientSettings(base_url=BASE), session=lent).close()
    assert lent.closed == 0


def test_redact_blanks_the_key() -> None:
    client = EntrezClient(ClientSettings(api_key=KEY))
    assert client.redact(f"url?api_key={KEY}&x=1") == "url?api_key=***&x=1"


# -- settings -----------------------------------------------------------------------------------


def test_settings_come_from_the_environment() -> None:
    settings = ClientSettings.from_env(
        {
            "CITELINT_ENTREZ_URL": "http://127.0.0.1:8765/eutils",
            "NCBI_API_KEY": KEY,
            "NCBI_EMAIL": "me@example.org",
            "CITELINT_HTTP_TIMEOUT": "0.5",
            "CITELINT_HTTP_ATTEMPTS": "2",
        }
    )
    assert settings.base_url == "http://127.0.0.1:8765/eutils/"
    assert settings.rate == 10 and settings.timeout == 0.5 and settings.max_attempts == 2
    assert ClientSettings.from_env({}).base_url == "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
    assert ClientSettings.from_env({}).rate == 3


def test_a_bad_setting_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="CITELINT_HTTP_TIMEOUT"):
        ClientSettings.from_env({"CITELINT_HTTP_TIMEOUT": "soon"})


@pytest.mark.parametrize("url", ["http://[::1", "ftp://x/", "not a url", "http://", "http://h:x/"])
def test_a_base_url_that_is_no_http_url_is_a_config_error(url: str) -> None:
    with pytest.raises(ConfigError, match=r"CITELINT_ENTREZ_URL: .* must be an http\(s\) URL"):
        ClientSettings.from_env({"CITELINT_ENTREZ_URL": url})


def test_retry_after_reads_seconds_and_dates() -> None:
    assert retry_after("12") == 12.0
    assert retry_after(None) is None and retry_after("whenever") is None
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # long past


def test_retry_after_takes_no_superscript_or_endless_number_for_seconds() -> None:
    assert retry_after("¹") is None
    assert retry_after("1" * 5000) is None
