"""JSON text as ``json.dumps(..., indent=2, ensure_ascii=False)`` writes it, made faster.

An indented dump goes through json's encoder written in Python; only the compact encoding
of a string is written in C. Reports of many findings (JSON, SARIF) are built here from the
compact encoding of each key and scalar instead, byte for byte the same text.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring


def indented(value: object, depth: int) -> str:
    """``value`` as ``json.dumps(..., indent=2, ensure_ascii=False)`` writes it at that depth
    of a document (a tuple as a list, as json writes it)."""
    if not isinstance(value, (dict, list, tuple)):
        return compact(value)  # most values are scalars: asked first
    pad = "  " * depth
    if isinstance(value, dict) and value and all(isinstance(key, str) for key in value):
        items = []
        for key, item in value.items():
            # Strings, nulls and whole numbers are all but a few of a finding's values and
            # keys: written here as ``compact`` writes them (keep the two in step), without a
            # call each.
            kind = type(item)
            if kind is str:
                text = encode_basestring(item)
            elif item is None:
                text = "null"
            elif kind is int:
                text = int.__repr__(item)
            else:
                text = indented(item, depth + 1)
            items.append(f"{encode_basestring(key)}: {text}")
        inner = f"\n{pad}  "
        return "{" + inner + f",{inner}".join(items) + f"\n{pad}}}"
    if isinstance(value, (list, tuple)) and value:
        items = [f"{pad}  {indented(item, depth + 1)}" for item in value]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + pad)


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
