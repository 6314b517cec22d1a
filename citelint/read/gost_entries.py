"""Russian GOST 7.1 entries, the style Russian journals require: "Authors. Title // Journal. –
2019. – Vol. 381, № 21. – P. 1995–2008." (in Russian "Т. 61, № 4. – С. 4–14."). Read as
Vancouver, "//" ended no title and " – " parted nothing: the journal became "J. Med. – 2019.
– Vol. 381, ...", a false CL203, and an entry of an English paper "possibly fabricated"
(user25 P1 13). Such an entry is read as its Vancouver form, "Title. Journal. 2019;381(21):
1995-2008.", its text (and place) kept as written.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

_DASH = r"\s[–—-]\s"
_GOST = LazyPattern(
    r"(?P<head>.+?)\s//\s(?P<journal>[^–—/]+?)\.?"
    + _DASH
    + r"(?P<year>(?:19|20)\d{2})\."
    + _DASH
    + r"(?:Vol\.|Т\.|Том|V\.)\s*(?P<volume>\d{1,4})"
    r"(?:,?\s*(?:№|No\.?|N|Iss\.|Вып\.)\s*(?P<issue>[\w-]{1,8}))?\."
    + _DASH
    + r"(?:P\.|С\.|pp?\.)\s*(?P<pages>[\dA-Za-z]{1,8}(?:\s?[–—-]\s?[\dA-Za-z]{1,8})?)"
    r"\.?(?P<tail>.*)",
    re.S,
)


def as_vancouver(text: str) -> str | None:
    """The GOST entry's text in Vancouver's shape, or None when it is no such entry."""
    if " // " not in text:
        return None
    found = _GOST.fullmatch(text.strip())
    if found is None:
        return None
    issue = f"({found['issue']})" if found["issue"] else ""
    pages = re.sub(r"\s?[–—]\s?", "-", found["pages"])
    tail = re.sub(r"^\s*[–—-]\s*", " ", found["tail"]).rstrip()
    head = found["head"].rstrip(" .")
    return f"{head}. {found['journal']}. {found['year']};{found['volume']}{issue}:{pages}.{tail}"
