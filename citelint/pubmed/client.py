"""A small, polite client of the NCBI E-utilities: rate limited, retried, never leaking the key.

Every request goes under one base URL (``CITELINT_ENTREZ_URL``), so tests and benchmarks can
point citelint at a server on 127.0.0.1. NCBI allows 3 requests a second without an API key and
10 with one; the limiter spaces requests so that no one-second window holds more than that.
"""

from __future__ import annotations

import logging
import os
import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TypeVar
from urllib.parse import quote, urlsplit

import requests

from citelint import __version__
from citelint.errors import ConfigError
from citelint.models import Record
from citelint.pubmed.closing import Closing
from citelint.pubmed.elink import parse_elink
from citelint.pubmed.errors import EntrezError, EntrezFormatError, EntrezUnavailable
from citelint.pubmed.pubmed_xml import (
    ESearchResult,
    parse_ecitmatch,
    parse_esearch,
    parse_pubmed_articles,
)
from citelint.pubmed.queries import Citation, CitationMatch

DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
TOOL = "citelint"
EFETCH_BATCH = 200  # NCBI asks for POST and at most a few hundred ids per EFetch
ELINK_BATCH = 100  # PMC ids per ELink request, each in an "id" parameter of its own
# ECitMatch is asked by GET, and servers refuse request lines much over 8 kB.
ECITMATCH_URL_BUDGET = 6000
# A hair over 1/rate between requests, so that clock jitter never puts rate + 1 in one second.
RATE_MARGIN = 1.02

T = TypeVar("T")
log = logging.getLogger(__name__)
# Transport problems that mean "nobody is there", as describe_transport_error words them.
NOBODY_THERE = ("connection refused", "host name could not be resolved")
UNREACHABLE = (*NOBODY_THERE, "no answer within")
FAILED_REQUESTS_LIMIT = 2


@dataclass(frozen=True)
class ClientSettings:
    base_url: str = DEFAULT_BASE_URL
    email: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 10.0  # seconds, for connecting and for each read
    max_attempts: int = 4  # per request, the first try included
    backoff: float = 1.0  # seconds before the first retry; doubled for each further one
    max_delay: float = 30.0  # no single wait is longer, whatever Retry-After asks

    @property
    def rate(self) -> float:
        return 10.0 if self.api_key else 3.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ClientSettings:
        """Settings from NCBI_API_KEY, NCBI_EMAIL, CITELINT_ENTREZ_URL and CITELINT_HTTP_*."""
        env = os.environ if environ is None else environ
        base = _base_url(env.get("CITELINT_ENTREZ_URL") or DEFAULT_BASE_URL)
        return cls(
            base_url=base if base.endswith("/") else base + "/",
            email=env.get("NCBI_EMAIL") or None,
            api_key=env.get("NCBI_API_KEY") or None,
            timeout=_number(env, "CITELINT_HTTP_TIMEOUT", cls.timeout),
            max_attempts=int(_number(env, "CITELINT_HTTP_ATTEMPTS", cls.max_attempts)),
            backoff=_number(env, "CITELINT_HTTP_BACKOFF", cls.backoff),
            max_delay=_number(env, "CITELINT_HTTP_MAX_DELAY", cls.max_delay),
        )


def _base_url(text: str) -> str:
    # A URL that requests cannot use would fail every lookup, each one quietly (CL208).
    try:
        parts = urlsplit(text.strip())
        usable = parts.scheme in ("http", "https") and bool(parts.hostname)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number
    except ValueError:
        usable = False
    if not usable:
        raise ConfigError(f"CITELINT_ENTREZ_URL: {text!r} must be an http(s) URL")
    return text.strip()


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    text = env.get(name)
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise ConfigError(f"{name}={text!r} is not a number") from None
    if value <= 0 and name != "CITELINT_HTTP_BACKOFF":
        raise ConfigError(f"{name}={text!r} must be above zero")
    return value


class RateLimiter:
    """Spaces calls at least ``RATE_MARGIN / per_second`` apart: no bursts, ever."""

    def __init__(
        self,
        per_second: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = RATE_MARGIN / per_second
        self._clock = clock
        self._sleep = sleep
        self._next: float | None = None

    def wait(self) -> None:
        now = self._clock()
        if self._next is not None and now < self._next:
            self._sleep(self._next - now)
            now = max(self._clock(), self._next)
        self._next = now + self.interval


class EntrezClient(Closing):
    """ESearch, EFetch, ECitMatch and ELink over ``requests``.

    Failures come out as ``EntrezUnavailable`` (network, 429 storms, 5xx) or
    ``EntrezFormatError`` (a body that is not what was asked for), with a reason fit to show a
    user. Once the network has proved unreachable, every later call fails at once with the
    same reason, so an offline machine does not wait through the backoff again and again.
    """

    def __init__(
        self,
        settings: ClientSettings | None = None,
        session: requests.Session | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.settings = settings or ClientSettings.from_env()
        # A session handed in belongs to whoever made it; close() only closes our own.
        self._owns_session = session is None
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = f"citelint/{__version__} (+{TOOL})"
        self.limiter = limiter or RateLimiter(self.settings.rate, sleep=sleep)
        self._sleep = sleep
        self._jitter = jitter
        self.requests_made = 0
        self.failed_requests = 0  # requests that failed after all their attempts
        self.unreachable: str | None = None

    def close(self) -> None:
        """Close the connections kept open for the next request."""
        if self._owns_session:
            self.session.close()

    # -- the E-utilities citelint uses -------------------------------------------------

    def esearch(self, term: str, retmax: int = 20, sort: str | None = None) -> ESearchResult:
        params = {"db": "pubmed", "term": term, "retmax": str(retmax), "retmode": "xml"}
        if sort:
            params["sort"] = sort
        return self._call("esearch.fcgi", params, post=True, parse=parse_esearch)

    def efetch(self, pmids: Iterable[str]) -> list[Record]:
        """Records of these PMIDs, in batches of at most 200 by POST; unknown ids are absent."""
        wanted = list(dict.fromkeys(pmids))
        records: list[Record] = []
        for start in range(0, len(wanted), EFETCH_BATCH):
            batch = wanted[start : start + EFETCH_BATCH]
            params = {"db": "pubmed", "id": ",".join(batch), "retmode": "xml"}
            records.extend(
                self._call("efetch.fcgi", params, post=True, parse=parse_pubmed_articles)
            )
        return records

    def ecitmatch(self, citations: Sequence[Citation]) -> dict[str, CitationMatch]:
        """PMIDs for many citations, as many in one request as a URL comfortably holds."""
        found: dict[str, CitationMatch] = {}
        for batch in _url_sized(citations):
            params = {
                "db": "pubmed",
                "retmode": "xml",
                "bdata": "\r".join(c.line() for c in batch),
            }
            for match in self._call("ecitmatch.cgi", params, post=False, parse=_citation_matches):
                found[match.key] = match
        return found

    def pmc_pmids(self, pmc_ids: Iterable[str]) -> dict[str, list[str]]:
        """The PubMed records of PMC articles: "PMC6869436" -> ["31535829"], [] for none."""
        wanted = list(dict.fromkeys(pmc.upper() for pmc in pmc_ids))
        found: dict[str, list[str]] = {}
        for start in range(0, len(wanted), ELINK_BATCH):
            batch = wanted[start : start + ELINK_BATCH]
            params: dict[str, str | list[str]] = {
                "dbfrom": "pmc",
                "db": "pubmed",
                "linkname": "pmc_pubmed",
                "retmode": "xml",
                "id": [pmc.removeprefix("PMC") for pmc in batch],
            }
            links = self._call("elink.fcgi", params, post=True, parse=parse_elink)
            for pmc in batch:
                found[pmc] = links.get(pmc.removeprefix("PMC"), [])
        return found

    # -- transport -----------------------------------------------------------------------

    def _call(
        self,
        path: str,
        params: Mapping[str, str | list[str]],
        post: bool,
        parse: Callable[[bytes], T],
    ) -> T:
        if self.unreachable:
            raise EntrezUnavailable(self.unreachable)
        utility = path.split(".", 1)[0]
        params = {**params, "tool": TOOL}
        if self.settings.email:
            params["email"] = self.settings.email
        if self.settings.api_key:
            params["api_key"] = self.settings.api_key
        url = self.settings.base_url + path
        problem, answered, format_error = "", False, False
        for attempt in range(1, self.settings.max_attempts + 1):
            format_error = False  # the last attempt's trouble is the one reported
            self.limiter.wait()
            self.requests_made += 1
            wait = self._backoff(attempt)
            try:
                if post:
                    response = self.session.post(url, data=params, timeout=self.settings.timeout)
                else:
                    response = self.session.get(url, params=params, timeout=self.settings.timeout)
                body = response.content
            except requests.Timeout:
                problem = f"no answer within {self.settings.timeout:g} s"
            except requests.RequestException as error:
                problem = describe_transport_error(error)
            else:
                answered = True
                if response.status_code == 429 or response.status_code >= 500:
                    problem = f"HTTP {response.status_code} from {utility}"
                    if response.status_code == 429:
                        problem = f"rate limited by NCBI (HTTP 429 from {utility})"
                    wait = max(wait, retry_after(response.headers.get("Retry-After")) or 0.0)
                elif response.status_code >= 400:
                    raise EntrezError(
                        self.redact(f"{utility} answered HTTP {response.status_code}")
                    )
                else:
                    try:
                        # Each parser checks for error bodies on the tree it parses anyway.
                        return parse(body)
                    except EntrezError as error:
                        # Truncated bodies and HTML maintenance pages are usually passing trouble.
                        problem, format_error = self.redact(f"{utility}: {error}"), True
            if attempt >= self.settings.max_attempts:
                break
            if not answered and problem.startswith(UNREACHABLE) and attempt >= 2:
                break  # refused, unknown or silent twice: waiting longer will not help
            delay = min(wait, self.settings.max_delay)
            # Said on stderr so that a slow run is never a silent one.
            log.warning(self.redact(f"{utility}: {problem}; trying again in {delay:.1f} s"))
            self._sleep(delay)
        self.failed_requests += 1
        if format_error:
            reason = self.redact(f"PubMed sent an unreadable answer: {problem}")
        else:
            reason = self.redact(f"PubMed could not be reached: {problem}")
        # A server that never answered will not answer the next batch either. One that answered
        # badly (429, 5xx, a broken body) may do better, but not for ever: a run waits out
        # at most FAILED_REQUESTS_LIMIT requests' worth of retries.
        if (not answered and problem.startswith(UNREACHABLE)) or (
            self.failed_requests >= FAILED_REQUESTS_LIMIT
        ):
            self.unreachable = reason
        if format_error:
            raise EntrezFormatError(reason)
        raise EntrezUnavailable(reason)

    def _backoff(self, attempt: int) -> float:
        base = self.settings.backoff * 2 ** (attempt - 1)
        return base + self._jitter() * self.settings.backoff

    def redact(self, text: str) -> str:
        """The text with the API key blanked out, for anything a person may see."""
        key = self.settings.api_key
        return text.replace(key, "***") if key else text


def retry_after(value: str | None) -> float | None:
    """Seconds asked for by a Retry-After header (a number or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def describe_transport_error(error: requests.RequestException) -> str:
    """A short reason without the URL (which would carry the API key)."""
    text = str(error).lower()
    if "refused" in text:
        return "connection refused"
    if any(
        word in text
        for word in (
            "name or service not known",
            "nodename nor servname",
            "name resolution",
            "getaddrinfo",
            "resolve",
        )
    ):
        return "host name could not be resolved"
    if isinstance(error, requests.exceptions.ChunkedEncodingError) or "incomplete" in text:
        return "the answer was cut off"
    if "reset" in text or "aborted" in text or "disconnected" in text:
        return "connection closed by the server"
    return "connection failed"


def _url_sized(citations: Sequence[Citation]) -> list[list[Citation]]:
    batches: list[list[Citation]] = [[]]
    used = 0
    for citation in citations:
        size = len(quote(citation.line(), safe="")) + 3  # and the encoded line break
        if batches[-1] and used + size > ECITMATCH_URL_BUDGET:
            batches.append([])
            used = 0
        batches[-1].append(citation)
        used += size
    return [batch for batch in batches if batch]


def _citation_matches(body: bytes) -> list[CitationMatch]:
    matches = []
    for line in parse_ecitmatch(body.decode("utf-8", errors="replace")):
        if line.pmid:
            matches.append(CitationMatch(line.key, [line.pmid]))
        else:
            ambiguous = line.note.startswith("AMBIGUOUS")
            matches.append(CitationMatch(line.key, line.candidates, ambiguous))
    return matches
