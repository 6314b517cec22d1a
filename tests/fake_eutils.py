"""A small stand-in for NCBI's E-utilities on 127.0.0.1, started by the tests themselves.

It answers ``esearch.fcgi``, ``efetch.fcgi`` (GET and POST), ``ecitmatch.cgi`` and ``elink.fcgi``
(PMC to PubMed, one LinkSet per ``id`` parameter as NCBI answers) from the
records it holds (by default the invented ones in fixtures/entrez/pubmed), logs every request
so tests can count them and check the rate, and can be told to misbehave: 429 with
Retry-After, 503, truncated XML, a cut connection, an HTML error page, or a hanging
connection. Point citelint at it with ``CITELINT_ENTREZ_URL=server.url``.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from citelint.pubmed.pubmed_xml import parse_pubmed_articles, parse_xml
from citelint.record import Record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "entrez" / "pubmed"
PUBMED_DOCTYPE = (
    '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
ELINK_DOCTYPE = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eLinkResult PUBLIC "-//NLM//DTD elink '
    '20101123//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20101123/elink.dtd">\n'
)
ESEARCH_DOCTYPE = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD '
    'esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
)
HTML_ERROR = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    b"<body><h1>Bad Gateway</h1><p>Please try again later.</p></body></html>\n"
)
MAX_HANG_SECONDS = 10.0  # a hang never outlives a stuck test by much
FIELD = re.compile(r"^(.*?)\s*\[([A-Za-z0-9 /]+?)(?::~(\d{1,3}))?\]$")
# PubMed's phrase index holds phrases seen often in the literature, not whole titles: a quoted
# phrase longer than this is "not found" (QuotedPhraseNotFound) and matches nothing.
PHRASE_INDEX_WORDS = 4


@dataclass(frozen=True)
class LoggedRequest:
    method: str
    utility: str  # "esearch.fcgi", "efetch.fcgi", "ecitmatch.cgi", ...
    params: dict[str, str]
    time: float  # time.monotonic() when the request arrived


@dataclass
class Fault:
    kind: str  # "429", "503", "truncate", "cut", "html", "hang", "bad key"
    utility: str | None = None  # only requests to this utility; None: any request
    retry_after: int | None = None
    seconds: float = 0.0
    status: int = 200  # for "html"


class FakeEutils:
    """The fake service. Use as a context manager, or call start() and stop()."""

    def __init__(
        self,
        records_dir: Path | None = FIXTURES,
        rate_limit: int | None = None,
        phrase_index_words: int | None = PHRASE_INDEX_WORDS,
    ) -> None:
        self.articles: dict[str, str] = {}  # PMID -> <PubmedArticle> or <PubmedBookArticle>
        self.records: dict[str, Record] = {}
        # Exact ESearch terms with fixed answers; checked before the built-in search.
        self.searches: dict[str, list[str]] = {}
        # ECitMatch keys with fixed answers (a PMID, "NOT_FOUND", "AMBIGUOUS 1,2" ...).
        self.citmatch: dict[str, str] = {}
        # When set, more than this many requests within one second get 429, as NCBI does.
        self.rate_limit = rate_limit
        # Longest quoted phrase PubMed's phrase index knows; None: every phrase is known.
        self.phrase_index_words = phrase_index_words
        self.log: list[LoggedRequest] = []
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        if records_dir is not None:
            for path in sorted(records_dir.glob("*.xml")):
                self.add_articles(path.read_bytes())

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the fake E-utilities server is not running")
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def start(self) -> FakeEutils:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        # A short poll interval keeps stop(), and so each test's teardown, quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases hanging requests
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeEutils:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- content ------------------------------------------------------------------------------

    def add_articles(self, data: bytes) -> None:
        """Hold every record of an EFetch answer (a PubmedArticleSet)."""
        root = parse_xml(data)
        records = parse_pubmed_articles(data)
        for element, record in zip(root, records, strict=True):
            self.articles[record.pmid] = etree.tostring(element, encoding="unicode")
            self.records[record.pmid] = record

    def add_record(self, record: Record) -> None:
        """Hold a record given as a Record (handy for generating many in benchmarks)."""
        self.add_articles(_article_set([_article_xml(record)]).encode("utf-8"))

    # -- fault injection: each call queues faults for the next matching requests ----------------

    def fail_with_429(
        self, times: int = 1, retry_after: int = 1, utility: str | None = None
    ) -> None:
        self._queue(times, Fault("429", utility, retry_after=retry_after))

    def fail_with_503(self, times: int = 1, utility: str | None = None) -> None:
        self._queue(times, Fault("503", utility))

    def truncate(self, times: int = 1, utility: str | None = None) -> None:
        """A 200 answer whose XML stops half-way (Content-Length matches the cut body)."""
        self._queue(times, Fault("truncate", utility))

    def cut_connection(self, times: int = 1, utility: str | None = None) -> None:
        """Promise the whole body, send half of it, and close the connection."""
        self._queue(times, Fault("cut", utility))

    def serve_html(self, times: int = 1, status: int = 200, utility: str | None = None) -> None:
        self._queue(times, Fault("html", utility, status=status))

    def reject_api_key(self, times: int = 1) -> None:
        """Answer as NCBI does a key it does not know: HTTP 400, a JSON body repeating it."""
        self._queue(times, Fault("bad key"))

    def hang(self, times: int = 1, seconds: float = 3.0, utility: str | None = None) -> None:
        """Say nothing for ``seconds`` (at most MAX_HANG_SECONDS), then answer normally."""
        self._queue(times, Fault("hang", utility, seconds=min(seconds, MAX_HANG_SECONDS)))

    # -- the request log -----------------------------------------------------------------------

    def requests(self, utility: str | None = None) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.log if utility is None or r.utility == utility]

    def max_requests_per_second(self) -> int:
        """The most requests that arrived within any one-second window."""
        times = sorted(r.time for r in self.requests())
        most, start = 0, 0
        for end, moment in enumerate(times):
            while moment - times[start] >= 1.0:
                start += 1
            most = max(most, end - start + 1)
        return most

    # -- answering (called from the server's threads) ------------------------------------------

    def _queue(self, times: int, fault: Fault) -> None:
        with self._lock:
            self._faults.extend([fault] * times)

    def _arrive(
        self, method: str, utility: str, params: dict[str, str]
    ) -> tuple[Fault | None, int]:
        """Log the request; return the fault it meets and how many requests came this second."""
        now = time.monotonic()
        with self._lock:
            self.log.append(LoggedRequest(method, utility, params, now))
            recent = sum(1 for r in self.log if now - r.time < 1.0)
            for fault in self._faults:
                if fault.utility in (None, utility):
                    self._faults.remove(fault)
                    return fault, recent
        return None, recent

    def _answer(
        self, utility: str, params: dict[str, str], repeated: dict[str, list[str]] | None = None
    ) -> tuple[int, str, bytes]:
        if utility == "elink.fcgi":
            return self._elink(params, repeated or {})
        if utility == "esearch.fcgi":
            return self._esearch(params)
        if utility == "efetch.fcgi":
            return self._efetch(params)
        if utility == "ecitmatch.cgi":
            return self._ecitmatch(params)
        return 404, "text/html", HTML_ERROR.replace(b"502 Bad Gateway", b"404 Not Found")

    def _esearch(self, params: dict[str, str]) -> tuple[int, str, bytes]:
        term = params.get("term", "").strip()
        if not term:
            body = "<eSearchResult><ERROR>Empty term and query_key - nothing todo</ERROR>"
            return 200, "text/xml", (ESEARCH_DOCTYPE + body + "</eSearchResult>\n").encode()
        unknown_phrases: list[str] = []
        ids = self._search(term, unknown_phrases)
        shown = ids[: int(params.get("retmax", "20") or 20)]
        if params.get("retmode") == "json":
            result = {
                "count": str(len(ids)),
                "retmax": str(len(shown)),
                "retstart": "0",
                "idlist": shown,
                "translationset": [],
                "querytranslation": term,
            }
            document = {"header": {"type": "esearch", "version": "0.3"}, "esearchresult": result}
            return 200, "application/json", json.dumps(document).encode()
        id_list = "".join(f"<Id>{pmid}</Id>\n" for pmid in shown)
        quoted = "".join(
            f"<QuotedPhraseNotFound>{_escape(phrase)}</QuotedPhraseNotFound>"
            for phrase in unknown_phrases
        )
        no_items = "<OutputMessage>No items found.</OutputMessage>" if not ids else ""
        not_found = (
            f"<ErrorList><PhraseNotFound>{_escape(term)}</PhraseNotFound></ErrorList>"
            if not ids and not unknown_phrases
            else ""
        )
        if quoted or no_items:
            not_found += f"<WarningList>{quoted}{no_items}</WarningList>"
        body = (
            f"<eSearchResult><Count>{len(ids)}</Count><RetMax>{len(shown)}</RetMax>"
            f"<RetStart>0</RetStart><IdList>\n{id_list}</IdList><TranslationSet/>"
            f"<QueryTranslation>{_escape(term)}</QueryTranslation>{not_found}</eSearchResult>\n"
        )
        return 200, "text/xml", (ESEARCH_DOCTYPE + body).encode()

    def _efetch(self, params: dict[str, str]) -> tuple[int, str, bytes]:
        ids = [pmid for pmid in re.split(r"[,\s]+", params.get("id", "")) if pmid]
        if not ids:
            body = '<?xml version="1.0" encoding="UTF-8" ?>\n<eFetchResult>\n'
            body += "\t<ERROR>Empty id list - nothing todo</ERROR>\n</eFetchResult>\n"
            return 200, "text/xml", body.encode()
        # Like NCBI: unknown ids are simply absent from the set.
        held = [self.articles[pmid] for pmid in dict.fromkeys(ids) if pmid in self.articles]
        return 200, "text/xml", _article_set(held).encode("utf-8")

    def _elink(
        self, params: dict[str, str], repeated: dict[str, list[str]]
    ) -> tuple[int, str, bytes]:
        """PMC to PubMed links: each ``id`` parameter gets a LinkSet of its own; ids joined by
        commas in one parameter share one, as NCBI pools them."""
        if params.get("dbfrom") != "pmc" or params.get("db") != "pubmed":
            body = "<eLinkResult><ERROR>Only pmc to pubmed links are served here</ERROR>"
            return 200, "text/xml", (ELINK_DOCTYPE + body + "</eLinkResult>\n").encode()
        by_pmc = {
            (r.pmc or "").upper().removeprefix("PMC"): pmid
            for pmid, r in self.records.items()
            if r.pmc
        }
        sets = []
        for value in repeated.get("id", []):
            ids = [part for part in re.split(r"[,\s]+", value) if part]
            linked = [by_pmc[i] for i in ids if i in by_pmc]
            id_list = "".join(f"<Id>{i}</Id>" for i in ids)
            links = "".join(f"<Link><Id>{pmid}</Id></Link>" for pmid in linked)
            database = (
                f"<LinkSetDb><DbTo>pubmed</DbTo><LinkName>pmc_pubmed</LinkName>{links}</LinkSetDb>"
                if linked
                else ""
            )
            sets.append(
                f"<LinkSet><DbFrom>pmc</DbFrom><IdList>{id_list}</IdList>{database}</LinkSet>"
            )
        body = "<eLinkResult>\n" + "\n".join(sets) + "\n</eLinkResult>\n"
        return 200, "text/xml", (ELINK_DOCTYPE + body).encode()

    def _ecitmatch(self, params: dict[str, str]) -> tuple[int, str, bytes]:
        lines = []
        for line in re.split(r"[\r\n]+", params.get("bdata", "")):
            if not line.strip():
                continue
            fields = line.rstrip("|").split("|") + [""] * 6
            journal, year, volume, page, author, key = (f.strip() for f in fields[:6])
            result = self.citmatch.get(key) or self._citation(journal, year, volume, page, author)
            lines.append(line if line.endswith("|") else line + "|")
            lines[-1] += result
        return 200, "text/plain", ("\n".join(lines) + "\n").encode("utf-8")

    def _citation(self, journal: str, year: str, volume: str, page: str, author: str) -> str:
        journals = {
            _norm(name) for r in self.records.values() for name in (r.journal, r.journal_abbrev)
        }
        if journal and _norm(journal) not in journals:
            return "NOT_FOUND;INVALID_JOURNAL"
        found = [
            pmid
            for pmid, r in sorted(self.records.items())
            if not r.book
            and (not journal or _norm(journal) in (_norm(r.journal), _norm(r.journal_abbrev)))
            and (not year or str(r.year) == year)
            and (not volume or r.volume == volume)
            and (not page or (r.pages or "").split("-")[0].lower() == page.lower())
            and (not author or (r.authors and _norm(r.authors[0]).startswith(_norm(author))))
        ]
        if len(found) == 1:
            return found[0]
        return f"AMBIGUOUS {','.join(found)}" if found else "NOT_FOUND"

    def _search(self, term: str, unknown_phrases: list[str] | None = None) -> list[str]:
        # PubMed lists the newest first; a larger PMID is a fair stand-in for newer.
        found = self._evaluate(term, [] if unknown_phrases is None else unknown_phrases)
        return sorted(found, key=int, reverse=True)

    def _evaluate(self, term: str, unknown_phrases: list[str]) -> set[str]:
        """A small subset of PubMed's query language: OR, AND, parentheses, field tags."""
        term = _unwrap(term.strip())
        if term in self.searches:
            return set(self.searches[term])
        alternatives = _split(term, "OR")
        if len(alternatives) > 1:
            return set().union(*(self._evaluate(part, unknown_phrases) for part in alternatives))
        required = _split(term, "AND")
        if len(required) > 1:
            parts = [self._evaluate(part, unknown_phrases) for part in required]
            return set.intersection(*parts)
        return self._search_one(term, unknown_phrases)

    def _search_one(self, term: str, unknown_phrases: list[str]) -> set[str]:
        match = FIELD.match(term)
        value, tag = (match.group(1), match.group(2).lower()) if match else (term, "")
        distance = int(match.group(3)) if match and match.group(3) is not None else None
        quoted = value.strip().startswith('"')
        value = value.strip().strip('"').strip()
        wanted = _norm(value)
        if tag in ("ti", "title"):
            return self._search_title(term, wanted.split(), quoted, distance, unknown_phrases)
        hits = set()
        for pmid, r in self.records.items():
            if tag in ("doi", "aid", "lid"):
                hit = (r.doi or "").lower() == value.lower()
            elif tag in ("pmid", "uid"):
                hit = pmid == value
            elif tag in ("tiab", "title/abstract"):
                hit = wanted in _norm(r.title + " " + r.abstract)
            elif tag in ("au", "author"):
                hit = any(_norm(name).startswith(wanted) for name in r.authors)
            elif tag in ("1au", "first author"):
                hit = bool(r.authors) and _norm(r.authors[0]).startswith(wanted)
            elif tag in ("dp", "pdat", "publication date"):
                first, _, last = value.partition(":")
                hit = r.year is not None and int(first) <= r.year <= int(last or first)
            elif tag in ("ta", "journal", "jour"):
                hit = wanted in (_norm(r.journal), _norm(r.journal_abbrev))
            elif tag in ("vi", "volume"):
                hit = r.volume == value
            elif tag in ("pg", "page"):
                hit = (r.pages or "").split("-")[0].lower() == value.lower()
            else:
                hit = pmid == value or wanted in _norm(f"{r.title} {r.abstract}")
            if hit:
                hits.add(pmid)
        return hits

    def _search_title(
        self,
        term: str,
        words: list[str],
        quoted: bool,
        distance: int | None,
        unknown_phrases: list[str],
    ) -> set[str]:
        """Titles as PubMed searches them: a quoted phrase only when its index holds it,
        ``"words"[ti:~N]`` as words at most N apart in any order, bare words each anywhere."""
        limit = self.phrase_index_words
        if quoted and distance is None and limit is not None and len(words) > limit:
            unknown_phrases.append(term)
            return set()
        hits = set()
        for pmid, record in self.records.items():
            title = _norm(record.title).split()
            if distance is not None:
                hit = _near(words, title, distance)
            elif quoted:
                hit = _near(words, title, 0) and " ".join(words) in " ".join(title)
            else:
                hit = set(words) <= set(title)
            if hit and words:
                hits.add(pmid)
        return hits


def _near(words: list[str], title: list[str], distance: int) -> bool:
    """Whether every word stands in the title within a window of len(words) + distance."""
    width = len(words) + distance
    needed = {word: words.count(word) for word in words}
    for start in range(max(1, len(title) - width + 1)):
        window = title[start : start + width]
        if all(window.count(word) >= count for word, count in needed.items()):
            return True
    return False


def _handler_for(fake: FakeEutils) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            self._handle("GET", urlsplit(self.path).query)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            query = urlsplit(self.path).query
            self._handle("POST", f"{query}&{body}" if query else body)

        def _handle(self, method: str, query: str) -> None:
            utility = urlsplit(self.path).path.rsplit("/", 1)[-1]
            repeated = parse_qs(query)
            params = {name: values[-1] for name, values in repeated.items()}
            fault, recent = fake._arrive(method, utility, params)
            # The client may have given up first, as it should after a hang.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._respond(fault, recent, utility, params, repeated)

        def _respond(
            self,
            fault: Fault | None,
            recent: int,
            utility: str,
            params: dict[str, str],
            repeated: dict[str, list[str]],
        ) -> None:
            if fault is not None and fault.kind == "hang":
                fake._stopping.wait(fault.seconds)
                fault = None
            if fault is not None and fault.kind == "429":
                body = b'{"error":"API rate limit exceeded","count":"4"}'
                headers = {"Retry-After": str(fault.retry_after)}
                return self._send(429, "application/json", body, headers)
            if fake.rate_limit is not None and recent > fake.rate_limit:
                body = f'{{"error":"API rate limit exceeded","count":"{recent}"}}'.encode()
                return self._send(429, "application/json", body)
            if fault is not None and fault.kind == "503":
                return self._send(503, "text/html", HTML_ERROR.replace(b"502 Bad", b"503 Bad"))
            if fault is not None and fault.kind == "bad key":
                key = params.get("api_key", "")
                body = f'{{"error":"API key invalid","api-key":"{key}","type":"invalid"}}'
                return self._send(400, "application/json", body.encode())
            if fault is not None and fault.kind == "html":
                return self._send(fault.status, "text/html", HTML_ERROR)
            status, kind, body = fake._answer(utility, params, repeated)
            if fault is not None and fault.kind == "truncate":
                body = body[: len(body) // 2]
            if fault is not None and fault.kind == "cut":
                self._send(status, kind, body, length=len(body), send_body=False)
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return None
            return self._send(status, kind, body)

        def _send(
            self,
            status: int,
            kind: str,
            body: bytes,
            headers: dict[str, str] | None = None,
            length: int | None = None,
            send_body: bool = True,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=UTF-8")
            self.send_header("Content-Length", str(len(body) if length is None else length))
            self.send_header("X-RateLimit-Limit", str(fake.rate_limit or 3))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if send_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # the request log is fake.log; stderr stays quiet

    return Handler


def _article_set(articles: Iterable[str]) -> str:
    return PUBMED_DOCTYPE + "<PubmedArticleSet>\n" + "".join(articles) + "</PubmedArticleSet>\n"


def _article_xml(record: Record) -> str:
    """A minimal PubmedArticle in NCBI's layout for a Record."""
    article = etree.Element("PubmedArticle")
    citation = etree.SubElement(article, "MedlineCitation", Status="MEDLINE", Owner="NLM")
    etree.SubElement(citation, "PMID", Version="1").text = record.pmid
    body = etree.SubElement(citation, "Article", PubModel="Print")
    journal = etree.SubElement(body, "Journal")
    issue = etree.SubElement(journal, "JournalIssue", CitedMedium="Internet")
    for tag, value in (("Volume", record.volume), ("Issue", record.issue)):
        if value:
            etree.SubElement(issue, tag).text = value
    if record.year:
        etree.SubElement(etree.SubElement(issue, "PubDate"), "Year").text = str(record.year)
    etree.SubElement(journal, "Title").text = record.journal
    etree.SubElement(journal, "ISOAbbreviation").text = record.journal_abbrev
    etree.SubElement(body, "ArticleTitle").text = record.title
    if record.pages:
        etree.SubElement(etree.SubElement(body, "Pagination"), "MedlinePgn").text = record.pages
    if record.abstract_sections or record.abstract:
        abstract = etree.SubElement(body, "Abstract")
        for label, text in record.abstract_sections or [(None, record.abstract)]:
            part = etree.SubElement(abstract, "AbstractText")
            part.text = text
            if label:
                part.set("Label", label)
    if record.authors:
        authors = etree.SubElement(body, "AuthorList", CompleteYN="Y")
        for name in record.authors:
            author = etree.SubElement(authors, "Author", ValidYN="Y")
            last, _, initials = name.rpartition(" ")
            if last and initials.isupper():
                etree.SubElement(author, "LastName").text = last
                etree.SubElement(author, "Initials").text = initials
            else:
                etree.SubElement(author, "CollectiveName").text = name
    types = etree.SubElement(body, "PublicationTypeList")
    for kind in record.publication_types or ["Journal Article"]:
        etree.SubElement(types, "PublicationType").text = kind
    if record.vernacular_title:
        etree.SubElement(body, "VernacularTitle").text = record.vernacular_title
    if record.online_year:
        date = etree.SubElement(body, "ArticleDate", DateType="Electronic")
        etree.SubElement(date, "Year").text = str(record.online_year)
    notices = [
        (ref_type, pmid)
        for ref_type, pmids in (
            ("RetractionIn", record.retraction_in),
            ("ExpressionOfConcernIn", record.concern_in),
            ("ErratumIn", record.erratum_in),
        )
        for pmid in pmids
    ]
    if notices:
        corrections = etree.SubElement(citation, "CommentsCorrectionsList")
        for ref_type, pmid in notices:
            item = etree.SubElement(corrections, "CommentsCorrections", RefType=ref_type)
            etree.SubElement(item, "PMID", Version="1").text = pmid
    if record.mesh_terms:
        headings = etree.SubElement(citation, "MeshHeadingList")
        for term in record.mesh_terms:
            heading = etree.SubElement(headings, "MeshHeading")
            etree.SubElement(heading, "DescriptorName", MajorTopicYN="N").text = term
    data = etree.SubElement(article, "PubmedData")
    ids = etree.SubElement(data, "ArticleIdList")
    etree.SubElement(ids, "ArticleId", IdType="pubmed").text = record.pmid
    for kind, value in (("doi", record.doi), ("pmc", record.pmc)):
        if value:
            etree.SubElement(ids, "ArticleId", IdType=kind).text = value
    return etree.tostring(article, encoding="unicode") + "\n"


def _split(term: str, operator: str) -> list[str]:
    """Split on a boolean operator outside parentheses and quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    token = f" {operator} "
    index = 0
    while index < len(term):
        char = term[index]
        if char == '"':
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        elif not quoted and depth == 0 and term.startswith(token, index):
            parts.append(term[start:index])
            index += len(token)
            start = index
            continue
        index += 1
    parts.append(term[start:])
    return [part.strip() for part in parts if part.strip()]


def _unwrap(term: str) -> str:
    """``(a AND b)`` -> ``a AND b``, but ``(a) OR (b)`` stays as it is."""
    while term.startswith("(") and term.endswith(")"):
        depth = 0
        for index, char in enumerate(term):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if depth == 0 and index < len(term) - 1:
                return term
        term = term[1:-1].strip()
    return term


def _norm(text: str) -> str:
    """Lower case, accents folded ("Krüger" is "kruger", as PubMed searches it), words only."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded.lower()).split())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
