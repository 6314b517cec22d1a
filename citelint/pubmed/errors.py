"""Why an E-utilities request gave no usable answer.

None of these end a run: the resolver turns them into CL208 "unverified" with the reason.
"""

from __future__ import annotations

# How the client's reasons for a failed lookup begin: the same for every reference once the
# network is gone, so report.counts tells their CL208 findings in one line.
UNREACHABLE = "PubMed could not be reached"
UNREADABLE = "PubMed sent an unreadable answer"
KEY_REJECTED_START = "NCBI rejected the API key"
KEY_REJECTED = (
    f"{KEY_REJECTED_START} in NCBI_API_KEY ('API key invalid'): correct it, or unset "
    "NCBI_API_KEY to send requests without a key"
)
FAILED_LOOKUP = (UNREACHABLE, UNREADABLE, KEY_REJECTED_START)


class EntrezError(Exception):
    """E-utilities answered, but with an error message instead of data.

    Also the base class of the other two, so ``except EntrezError`` catches every failure.
    """


class EntrezUnavailable(EntrezError):
    """The service could not be reached: connection refused, timeout, 429 or 5xx to the end."""


class EntrezFormatError(EntrezError):
    """The body is not what was asked for: truncated or garbled XML, an HTML page, bad JSON."""
