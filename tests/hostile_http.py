"""A small HTTP server on 127.0.0.1 that answers every request in one hostile way.

Tests and benchmarks point ``CITELINT_ENTREZ_URL`` at it to check that the client gives up in
time, within its memory, and without following the server elsewhere. Every request it sees is
logged with its query and form fields, so a test can check where the API key went.

Ways to answer (``HostileServer(kind, ...)``):
  drip          headers, then the body one byte every ``interval`` seconds, for ``lasting``
                seconds (then the connection is closed)
  drip-headers  the status line and headers the same way
  huge          a 200 answer of ``size`` bytes (chunked, no length announced)
  gzip-bomb     ``size`` bytes of zeros gzip-compressed into a small body
  redirect      ``status`` (307 by default) with ``Location: location``
  ok            a small, valid ESearch answer (the host a redirect points to)
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
import zlib
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

MB = 1024 * 1024
ESEARCH_OK = (
    b'<?xml version="1.0" encoding="UTF-8" ?>\n<eSearchResult><Count>1</Count><RetMax>1</RetMax>'
    b"<RetStart>0</RetStart><IdList><Id>31000001</Id></IdList><TranslationSet/>"
    b"<QueryTranslation>x</QueryTranslation></eSearchResult>\n"
)


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    params: dict[str, str]


@functools.cache
def gzip_of_zeros(size: int) -> bytes:
    """``size`` bytes of zeros as one gzip member (about a thousandth of the size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MB)
    parts = [packer.compress(block) for _ in range(size // MB)]
    parts.append(packer.compress(bytes(size % MB)))
    parts.append(packer.flush())
    return b"".join(parts)


class HostileServer:
    def __init__(
        self,
        kind: str,
        interval: float = 0.5,
        lasting: float = 120.0,
        size: int = 100 * MB,
        location: str = "",
        status: int = 307,
    ) -> None:
        self.kind = kind
        self.interval = interval
        self.lasting = lasting
        self.size = size
        self.location = location
        self.status = status
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        if kind == "gzip-bomb":
            gzip_of_zeros(size)  # made before the clock of any test starts

    @property
    def url(self) -> str:
        assert self._server is not None, "the hostile server is not running"
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> HostileServer:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()  # ends every drip
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def log(self, method: str, path: str, params: dict[str, str]) -> None:
        with self._lock:
            self.seen.append(Seen(method, path, params))

    def keys_seen(self) -> list[str]:
        with self._lock:
            return [seen.params["api_key"] for seen in self.seen if "api_key" in seen.params]


def _handler_for(server: HostileServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            self._handle("GET", "")

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            self._handle("POST", self.rfile.read(length).decode("utf-8", "replace"))

        def _handle(self, method: str, form: str) -> None:
            parts = urlsplit(self.path)
            query = "&".join(part for part in (parts.query, form) if part)
            params = {name: values[-1] for name, values in parse_qs(query).items()}
            server.log(method, parts.path, params)
            # The client is expected to hang up on most of these answers.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError, TimeoutError):
                self._answer()
            self.close_connection = True

        def _answer(self) -> None:
            kind = server.kind
            if kind == "drip-headers":
                return self._drip(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n" + b"X: y\r\n" * 9999
                )
            if kind == "redirect":
                return self._head(
                    server.status, {"Location": server.location, "Content-Length": "0"}
                )
            if kind == "ok":
                self._head(200, {"Content-Length": str(len(ESEARCH_OK))})
                return self._write(ESEARCH_OK)
            if kind == "gzip-bomb":
                body = gzip_of_zeros(server.size)
                headers = {"Content-Encoding": "gzip", "Content-Length": str(len(body))}
                self._head(200, headers)
                return self._write(body)
            if kind == "huge":
                return self._huge()
            if kind == "drip":
                self._head(200, {"Content-Length": str(10 * MB)})
                return self._drip(ESEARCH_OK * (10 * MB // len(ESEARCH_OK)))
            raise ValueError(f"unknown kind {kind!r}")

        def _head(self, status: int, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/xml; charset=UTF-8")
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.flush()

        def _write(self, data: bytes) -> None:
            self.wfile.write(data)
            self.wfile.flush()

        def _huge(self) -> None:
            self._head(200, {"Transfer-Encoding": "chunked"})
            piece = b"<Id>1</Id>" * (MB // 10)
            sent = 0
            while sent < server.size and not server._stopping.is_set():
                self._write(b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
            self._write(b"0\r\n\r\n")

        def _drip(self, data: bytes) -> None:
            started = time.monotonic()
            for index in range(len(data)):
                if time.monotonic() - started > server.lasting:
                    return
                self._write(data[index : index + 1])
                if server._stopping.wait(server.interval):
                    return

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler
