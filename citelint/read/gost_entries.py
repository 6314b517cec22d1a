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

# GOST R 7.0.5-2008 lets a full stop alone part the fields: "Кардиология. 2019. Т. 59, № 4.
# С. 12–18."
_DASH = r"(?:\s[–—-])?\s"
_ISSUE = r"(?:№|No\.?|N|Iss\.|Вып\.)\s*(?P<{}>[\w-]{{1,8}})"
_GOST = LazyPattern(
    r"(?P<head>.+?)\s//\s(?P<journal>[^–—/]+?)\.?"
    + _DASH
    # "2019 г." (год, the year) as Russian lists often write it.
    + r"(?P<year>(?:19|20)\d{2})(?:\s?г)?\."
    + _DASH
    # A journal numbering its issues only gives "№ 3" with no volume.
    + r"(?:(?:Vol\.|Т\.|Том|V\.)\s*(?P<volume>\d{1,4})(?:,?\s*"
    + _ISSUE.format("issue")
    + r")?|"
    + _ISSUE.format("issue_alone")
    + r")\."
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
    issue = found["issue"] or found["issue_alone"]
    issue = f"({issue})" if issue else ""
    pages = re.sub(r"\s?[–—]\s?", "-", found["pages"])
    tail = re.sub(r"^\s*[–—-]\s*", " ", found["tail"]).rstrip()
    head = found["head"].rstrip(" .")
    volume = found["volume"] or ""
    return f"{head}. {found['journal']}. {found['year']};{volume}{issue}:{pages}.{tail}"
