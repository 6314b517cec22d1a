"""One try of one HTTP request, bounded in time and size, that never strays to another host.

requests' own timeout bounds each wait for a packet, so a server that sends one byte every
half second could hold a run for ever, and its redirects would carry the API key to any
host. Here a try runs in a worker thread that the caller waits for at most ``deadline``
seconds, from connecting to the last byte; the body is read in pieces and decompressed here
with a cap on the decoded size (a small gzip can hold a gigabyte of zeros); and a redirect is
followed only to the host of the base URL. Whatever goes wrong comes out as ``TryFailed``.
"""

from __future__ import annotations

import http.client
import threading
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import SplitResult, urljoin, urlsplit

import requests
import urllib3

MB = 1024 * 1024
CHUNK = 64 * 1024
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
# Only what the decoder below reads; zlib's wbits 32 + 15 takes a gzip or a zlib header.
ACCEPT_ENCODING = "gzip, deflate"
_ZLIB_ENCODINGS = ("gzip", "x-gzip", "deflate")
# Everything requests, urllib3 and http.client raise for a server that misbehaves.
TRANSPORT_ERRORS = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    http.client.HTTPException,
    OSError,
    ValueError,  # bad URLs, header values and chunk sizes
    zlib.error,
)


class TryFailed(Exception):
    """One try gave no usable answer; the message is fit to show (it holds no URL).

    ``retry`` is False when asking again cannot help (a redirect to another host).
    """

    def __init__(self, reason: str, retry: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Mapping[str, str]
    body: bytes  # decoded


@dataclass(frozen=True)
class Request:
    method: str  # "GET" or "POST"
    url: str
    params: Mapping[str, str | list[str]]  # the query of a GET, the form of a POST (lists repeat)
    home: str  # the base URL: the one host this request may go to
    deadline: float = 10.0  # seconds for the whole try, redirects included
    max_bytes: int = 64 * MB  # of the decoded body


def send(session: requests.Session, request: Request) -> Answer:
    """One try of ``request``; raises TryFailed when it gives no answer within the deadline."""
    outcome: list[Answer | TryFailed] = []
    given_up = threading.Event()

    def work() -> None:
        # Failures are handed over as new exceptions: a caught one's traceback would keep
        # this thread's frames, and the body read so far, alive until the next collection.
        try:
            outcome.append(_follow(session, request, time.monotonic() + request.deadline, given_up))
        except TryFailed as failure:
            outcome.append(TryFailed(failure.reason, failure.retry))
        except TRANSPORT_ERRORS as error:
            outcome.append(TryFailed(describe_transport_error(error, request.deadline)))
        except Exception as error:  # noqa: BLE001 - a server must never end the run
            outcome.append(TryFailed(f"the request failed ({type(error).__name__})"))

    # A daemon thread: one stuck in a dripping read never keeps the process from ending.
    worker = threading.Thread(target=work, name="citelint-http", daemon=True)
    worker.start()
    worker.join(request.deadline)
    if not outcome:
        given_up.set()  # the worker stops at its next piece of the body
        raise TryFailed(no_answer_within(request.deadline))
    if isinstance(outcome[0], TryFailed):
        raise outcome[0]
    return outcome[0]


def _follow(
    session: requests.Session, request: Request, deadline: float, given_up: threading.Event
) -> Answer:
    url, home = request.url, urlsplit(request.home)
    for _ in range(MAX_REDIRECTS + 1):
        with _open(session, request, url, deadline) as response:
            if response.status_code in REDIRECTS:
                url = redirect_target(url, response.headers.get("Location"), home)
                continue
            body = _read_body(response, request.max_bytes, deadline, given_up)
            return Answer(response.status_code, response.headers, body)
    raise TryFailed(f"more than {MAX_REDIRECTS} redirects")


def _open(
    session: requests.Session, request: Request, url: str, deadline: float
) -> requests.Response:
    """The answer's status and headers, its body still unread.

    The adapter is called directly: Session.send reads a redirect's Location even when told
    not to follow it, and a malformed one would raise there.
    """
    get = request.method == "GET"
    prepared = session.prepare_request(
        requests.Request(
            request.method,
            url,
            params=dict(request.params) if get and url == request.url else None,
            data=None if get else dict(request.params),
            headers={"Accept-Encoding": ACCEPT_ENCODING},
        )
    )
    # Proxies and certificate bundles from the environment, as Session.send would take them.
    environment = session.merge_environment_settings(prepared.url, {}, True, None, None)
    remaining = max(deadline - time.monotonic(), 0.01)
    return session.get_adapter(prepared.url or url).send(
        prepared,
        stream=True,
        timeout=(remaining, remaining),
        verify=environment["verify"],
        cert=environment["cert"],
        proxies=environment["proxies"],
    )


def redirect_target(current: str, location: str | None, home: SplitResult) -> str:
    """Where a redirect leads, if that is the base URL's own host; else TryFailed."""
    try:
        target = urljoin(current, (location or "").strip())
        parts = urlsplit(target)
        port = parts.port
    except ValueError:
        raise TryFailed("redirected to a malformed address") from None
    if not location or parts.scheme not in ("http", "https") or not parts.hostname:
        raise TryFailed("redirected to a malformed address")
    default = {"http": 80, "https": 443}
    same_port = (port or default[parts.scheme]) == (home.port or default[home.scheme])
    # The same host, and the same port unless the redirect only moves http to https.
    upgrade = home.scheme == "http" and parts.scheme == "https" and not parts.port
    if parts.hostname != home.hostname or not (
        upgrade or (same_port and parts.scheme == home.scheme)
    ):
        raise TryFailed(
            f"redirected to another host ({parts.hostname[:80]}); citelint sends requests "
            f"only to {home.hostname}",
            retry=False,
        )
    return target


def _read_body(
    response: requests.Response, limit: int, deadline: float, given_up: threading.Event
) -> bytes:
    """The decoded body, refused once it grows past ``limit`` bytes or the deadline passes."""
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if encoding not in (*_ZLIB_ENCODINGS, "", "identity"):
        raise TryFailed(f"an answer in an unknown encoding ({encoding[:40]})")
    decoder = zlib.decompressobj(32 + zlib.MAX_WBITS) if encoding in _ZLIB_ENCODINGS else None
    # One growing block rather than many pieces: a block that large is handed back to the
    # system when let go, where pieces would stay in this worker thread's own heap.
    body = bytearray()
    for piece in response.raw.stream(CHUNK, decode_content=False):
        if given_up.is_set() or time.monotonic() > deadline:
            raise TryFailed("given up on a slow answer")  # seen by nobody: the caller left
        while piece:
            if decoder is None:
                decoded, piece = piece, b""
            else:
                # A megabyte at a time, and never past the limit, however well it compresses.
                decoded = decoder.decompress(piece, min(MB, limit + 1 - len(body)))
                piece = decoder.unconsumed_tail
            body += decoded
            if len(body) > limit:
                raise TryFailed(f"an answer larger than {limit / MB:g} MB")
    if decoder is not None:
        body += decoder.flush()  # what the last megabyte's limit held back, a few bytes
        if len(body) > limit:
            raise TryFailed(f"an answer larger than {limit / MB:g} MB")
    return bytes(body)


def no_answer_within(deadline: float) -> str:
    return f"no answer within {deadline:g} s"


def describe_transport_error(error: Exception, deadline: float) -> str:
    """A short reason without the URL (which would carry the API key)."""
    text = str(error).lower()
    if isinstance(error, (requests.Timeout, TimeoutError)) or "timed out" in text:
        return no_answer_within(deadline)
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
    if isinstance(error, zlib.error):
        return "the compressed answer is damaged"
    return "connection failed"
