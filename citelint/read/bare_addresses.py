"""A web address written without its scheme, as consumer-health sites print their sources'
links: "nejm.org/doi/full/10.1056/NEJMoa1511939", "cdc.gov/high-blood-pressure/about/".
Given "https://" it is read as the entry's link; without, its pieces stayed in the title
("... control. nejm.org/ /full/") and the title matched no paper (user29a P1-4).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

# A host ending in a common top-level domain, then a path. Not after "//", "@" or a word
# character (an address with its scheme, an e-mail address, a DOI's suffix "10.1000/x.com/");
# doi.org and NCBI's addresses are read by their identifiers' own patterns.
_BARE = LazyPattern(
    r"(?<![\w@/.:-])(?!(?:dx\.)?doi\.org/|(?:www\.)?ncbi\.nlm\.nih\.gov/|pubmed\.)"
    r"(?:[a-z0-9-]{1,63}\.){1,4}(?:com|org|gov|net|edu|int|us|uk|ca|au)/[^\s<>\[\]\"]*",
    re.IGNORECASE,
)
# What every bare address holds; a line with none (most) is not searched.
_DOMAIN_ENDS = (".com/", ".org/", ".gov/", ".net/", ".edu/", ".int/", ".us/", ".uk/", ".ca/")
_DOMAIN_ENDS += (".au/",)


def with_schemes(lines: list[str]) -> list[str]:
    """The lines with "https://" before each address written without a scheme."""
    if not any(_holds_domain(line) for line in lines):
        return lines
    return [_BARE.sub(_with_scheme, line) if _holds_domain(line) else line for line in lines]


def _holds_domain(line: str) -> bool:
    lower = line.lower()
    return any(map(lower.__contains__, _DOMAIN_ENDS))


def _with_scheme(match: re.Match[str]) -> str:
    return f"https://{match[0]}"
