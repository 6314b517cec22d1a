"""A small, polite client of the NCBI E-utilities: rate limited, retried, never leaking the key.

Every request goes under one base URL (``CITELINT_ENTREZ_URL``), so tests and benchmarks can
point citelint at a server on 127.0.0.1, and only to that URL's host (``transport``). Each
try is bounded in time and size; a try that fails for any reason is tried again, up to
``CITELINT_HTTP_ATTEMPTS``, and a request that fails to the end is an EntrezError.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TypeVar
from urllib.parse import quote

import requests

from citelint import __version__, logs
from citelint.pubmed.citations import Citation, CitationMatch
from citelint.pubmed.closing import Closing
from citelint.pubmed.elink import parse_elink
from citelint.pubmed.errors import (
    KEY_REJECTED,
    UNREACHABLE,
    UNREADABLE,
    EntrezError,
    EntrezFormatError,
    EntrezUnavailable,
)
from citelint.pubmed.pubmed_xml import (
    ESearchResult,
    parse_ecitmatch,
    parse_esearch,
    parse_pubmed_articles,
)
from citelint.pubmed.settings import ClientSettings, RateLimiter
from citelint.pubmed.transport import Request, TryFailed, send
from citelint.record import Record
from citelint.whole_numbers import whole_number

TOOL = "citelint"
EFETCH_BATCH = 200  # NCBI asks for POST and at most a few hundred ids per EFetch
ELINK_BATCH = 100  # PMC ids per ELink request, each in an "id" parameter of its own
# ECitMatch is asked by GET, and servers refuse request lines much over 8 kB.
ECITMATCH_URL_BUDGET = 6000

T = TypeVar("T")
log = logging.getLogger(__name__)
# Transport problems that mean "nobody is there", as describe_transport_error words them.
NOBODY_THERE = ("connection refused", "host name could not be resolved")
FAILED_REQUESTS_LIMIT = 2
MAX_CANDIDATES = 20  # PMIDs kept of an ambiguous ECitMatch answer


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
        # The command line's warnings are set up with its first; requests and urllib3 may
        # give theirs before ours, and read as citelint's warnings as well.
        logs.set_up()
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
        result = self._call("esearch.fcgi", params, post=True, parse=parse_esearch)
        # No more than was asked for, whatever the server sends: each id may cost a fetch.
        del result.ids[retmax:]
        return result

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
        """One E-utility asked until it answers or the tries run out; then EntrezError."""
        if self.unreachable:
            raise EntrezUnavailable(self.unreachable)
        utility = path.split(".", 1)[0]
        request = self._request(path, params, post)
        trouble = _Trouble("no try was made")
        for attempt in range(1, self.settings.max_attempts + 1):
            self.limiter.wait()
            self.requests_made += 1
            outcome = self._try(utility, request, parse)
            if not isinstance(outcome, _Trouble):
                return outcome
            trouble = outcome
            if attempt >= self.settings.max_attempts or not trouble.retry:
                break
            if trouble.problem in NOBODY_THERE and attempt >= 2:
                break  # refused or unknown twice: waiting longer will not help
            delay = min(max(self._backoff(attempt), trouble.wait), self.settings.max_delay)
            # Said on stderr so that a slow run is never a silent one.
            log.warning(self.redact(f"{utility}: {trouble.problem}; trying again in {delay:.1f} s"))
            self._sleep(delay)
        raise self._give_up(utility, trouble)

    def _request(self, path: str, params: Mapping[str, str | list[str]], post: bool) -> Request:
        form = {**params, "tool": TOOL}
        if self.settings.email:
            form["email"] = self.settings.email
        if self.settings.api_key:
            # The key goes to the base URL's host only: transport follows no other redirect.
            form["api_key"] = self.settings.api_key
        return Request(
            method="POST" if post else "GET",
            url=self.settings.base_url + path,
            params=form,
            home=self.settings.base_url,
            deadline=self.settings.timeout,
            max_bytes=self.settings.max_bytes,
        )

    def _try(self, utility: str, request: Request, parse: Callable[[bytes], T]) -> T | _Trouble:
        """One try: the parsed answer, or why it failed; EntrezError for a client error.

        Trouble is returned, not raised, so that no traceback keeps an answer's body alive.
        """
        try:
            answer = send(self.session, request)
        except TryFailed as failure:
            return _Trouble(failure.reason, retry=failure.retry, answered=False)
        status = answer.status
        if status == 429 or status >= 500:
            wait = retry_after(answer.headers.get("Retry-After")) or 0.0
            if status == 429:
                return _Trouble(f"rate limited by NCBI (HTTP 429 from {utility})", wait=wait)
            return _Trouble(f"HTTP {status} from {utility}", wait=wait)
        if status == 400 and self.settings.api_key and _rejects_the_key(answer.body):
            # No request with this key will be answered: said once, by the setting's name
            # (user25 P2 1; NCBI's body repeats the key, so it is not shown), and every
            # reference is left unverified at once, as when PubMed cannot be reached.
            self.failed_requests += 1
            self.unreachable = KEY_REJECTED
            log.warning(KEY_REJECTED)
            raise EntrezUnavailable(KEY_REJECTED)
        if status >= 300:
            raise EntrezError(self.redact(f"{utility} answered HTTP {status}"))
        try:
            # Each parser checks for error bodies on the tree it parses anyway.
            return parse(answer.body)
        except EntrezError as error:
            # Truncated bodies and HTML maintenance pages are usually passing trouble.
            return _Trouble(self.redact(f"{utility}: {error}"), unreadable=True)
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            # XML or JSON of the right kind with values of the wrong type.
            problem = f"{utility}: an answer of an unexpected shape ({type(error).__name__})"
            return _Trouble(problem, unreadable=True)

    def _give_up(self, utility: str, trouble: _Trouble) -> EntrezError:
        """The error a request ends with after its last try; marks the run when it must stop."""
        self.failed_requests += 1
        problem = self.redact(trouble.problem)
        if trouble.unreadable:
            reason = f"{UNREADABLE}: {problem}"
        elif trouble.retry:
            reason = f"{UNREACHABLE}: {problem}"
        else:
            reason = f"{UNREACHABLE}: {utility} {problem}"
            log.warning(reason)  # said once: every later request fails at once, quietly
        # A server that refuses or has no address will refuse the next batch too, and one
        # that sends citelint elsewhere will again. Others (silent, 429, 5xx, broken bodies)
        # may do better, but not for ever: a run waits out at most FAILED_REQUESTS_LIMIT
        # requests' worth of tries.
        if (
            (not trouble.answered and trouble.problem in NOBODY_THERE)
            or not trouble.retry
            or self.failed_requests >= FAILED_REQUESTS_LIMIT
        ):
            self.unreachable = reason
        return EntrezFormatError(reason) if trouble.unreadable else EntrezUnavailable(reason)

    def _backoff(self, attempt: int) -> float:
        base = self.settings.backoff * 2 ** (attempt - 1)
        return base + self._jitter() * self.settings.backoff

    def redact(self, text: str) -> str:
        """The text with the API key blanked out, for anything a person may see."""
        key = self.settings.api_key
        return text.replace(key, "***") if key else text


@dataclass(frozen=True)
class _Trouble:
    """Why one try failed, and whether another may do better."""

    problem: str
    retry: bool = True
    answered: bool = True  # the server sent a status line
    unreadable: bool = False  # it answered, with a body that is not what was asked
    wait: float = 0.0  # seconds its Retry-After asked for


def _rejects_the_key(body: bytes) -> bool:
    """Whether an HTTP 400 answer says the API key is not one NCBI knows (its JSON body
    '{"error":"API key invalid", ...}'); a 400 for a bad request says otherwise."""
    return b"api key invalid" in body[:2000].lower()


def retry_after(value: str | None) -> float | None:
    """Seconds asked for by a Retry-After header (a number or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    seconds = whole_number(text)
    if seconds is not None:
        return float(seconds)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, OverflowError):
        return None
    return max(0.0, moment.timestamp() - time.time())


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
            # Real ambiguities name a handful of records; each one named is fetched.
            candidates = line.candidates[:MAX_CANDIDATES]
            unknown_journal = "INVALID_JOURNAL" in line.note
            matches.append(CitationMatch(line.key, candidates, ambiguous, unknown_journal))
    return matches
