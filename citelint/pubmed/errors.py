"""Why an E-utilities request gave no usable answer.

None of these end a run: the resolver turns them into CL208 "unverified" with the reason.
"""

from __future__ import annotations


class EntrezError(Exception):
    """E-utilities answered, but with an error message instead of data.

    Also the base class of the other two, so ``except EntrezError`` catches every failure.
    """


class EntrezUnavailable(EntrezError):
    """The service could not be reached: connection refused, timeout, 429 or 5xx to the end."""


class EntrezFormatError(EntrezError):
    """The body is not what was asked for: truncated or garbled XML, an HTML page, bad JSON."""
