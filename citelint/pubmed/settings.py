"""How the E-utilities client is set up: base URL, key, time and size limits, request rate.

NCBI allows 3 requests a second without an API key and 10 with one; the limiter spaces
requests so that no one-second window holds more than that.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from citelint.errors import ConfigError
from citelint.pubmed.transport import MB

DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
# 8% over 1/rate between requests. What counts is when requests reach NCBI, and the time from
# the limiter to the wire varies (a thread to start, a connection to reuse or open, a busy
# machine): with a 2% margin 20 ms of such jitter put rate + 1 requests in one second and drew a
# 429; 8% absorbs 80 ms for a 6% slower run.
RATE_MARGIN = 1.08


@dataclass(frozen=True)
class ClientSettings:
    base_url: str = DEFAULT_BASE_URL
    email: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 10.0  # seconds for one try, from connecting to the last byte
    max_attempts: int = 4  # per request, the first try included
    backoff: float = 1.0  # seconds before the first retry; doubled for each further one
    max_delay: float = 30.0  # no single wait is longer, whatever Retry-After asks
    max_mb: float = 64.0  # of one decoded answer; a larger one is a failed try

    @property
    def rate(self) -> float:
        return 10.0 if self.api_key else 3.0

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * MB)

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
            max_attempts=max(1, int(_number(env, "CITELINT_HTTP_ATTEMPTS", cls.max_attempts))),
            backoff=_number(env, "CITELINT_HTTP_BACKOFF", cls.backoff),
            max_delay=_number(env, "CITELINT_HTTP_MAX_DELAY", cls.max_delay),
            max_mb=_number(env, "CITELINT_HTTP_MAX_MB", cls.max_mb),
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
    if not math.isfinite(value):
        raise ConfigError(f"{name}={text!r} must be a finite number")
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
