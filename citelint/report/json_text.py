"""JSON text as ``json.dumps(..., indent=2, ensure_ascii=False)`` writes it, made faster.

An indented dump goes through json's encoder written in Python; only the compact encoding
of a string is written in C. Reports of many findings (JSON, SARIF) are built here from the
compact encoding of each key and scalar instead, byte for byte the same text.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

from citelint.lazy_pattern import LazyPattern

_LONE_SURROGATE = LazyPattern("[\ud800-\udfff]")


def indented(value: object, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=2, ensure_ascii=False)`` writes it at that depth
    of a document (a tuple as a list, as json writes it)."""
    kind = type(value)
    if kind is dict and value:
        pad = "  " * depth
        items = []
        for key, item in value.items():  # type: ignore[attr-defined]
            if type(key) is not str:
                break  # a key not text (json writes 1 as "1"): the whole as json writes it
            # Strings, nulls and whole numbers are all but a few of a report's values:
            # written here as ``compact`` writes them (keep the two in step), without a call.
            item_kind = type(item)
            if item_kind is str:
                text = encode_basestring(item)
            elif item is None:
                text = "null"
            elif item_kind is int:
                text = int.__repr__(item)
            else:
                text = indented(item, depth + 1)
            items.append(f"{encode_basestring(key)}: {text}")
        else:
            inner = f"\n{pad}  "
            return "{" + inner + f",{inner}".join(items) + f"\n{pad}}}"
    elif (kind is list or kind is tuple) and value:
        pad = "  " * depth
        inner = f"\n{pad}  "
        items = [indented(item, depth + 1) for item in value]  # type: ignore[attr-defined]
        return "[" + inner + f",{inner}".join(items) + f"\n{pad}]"
    elif not isinstance(value, (dict, list, tuple)):
        return compact(value)  # a scalar
    # Empty, of a subclass, or with keys other than text: as json writes it.
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return text.replace("\n", "\n" + "  " * depth)


def compact(value: object) -> str:
    """``json.dumps(value, ensure_ascii=False)``: the common scalars written as json writes
    them, without the encoder object json.dumps builds on every call (a call per field)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is bool:
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)


def escaped_surrogates(text: str) -> str:
    """JSON text with each lone surrogate written as a \\u escape. A file name whose bytes
    are not UTF-8 reaches Python as lone surrogates; written as they are, a stream that turns
    them back into the bytes (Python's in the C locale) makes the report invalid UTF-8, which
    JSON readers refuse. The escape reads back as the same name."""
    if text.isascii():
        return text
    return _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found[0]):04x}", text)
