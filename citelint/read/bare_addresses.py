"""A web address written without its scheme, as consumer-health sites print their sources'
links: "nejm.org/doi/full/10.1056/NEJMoa1511939", "cdc.gov/high-blood-pressure/about/".
Given "https://" it is read as the entry's link; without, its pieces stayed in the title
("... control. nejm.org/ /full/") and the title matched no paper (user29a P1-4).
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

# A word that is a host ending in a common top-level domain, then a path. doi.org and
# NCBI's addresses are read by their identifiers' own patterns.
_BARE = LazyPattern(
    r"(?!(?:dx\.)?doi\.org/|(?:www\.)?ncbi\.nlm\.nih\.gov/|pubmed\.)"
    r"(?:[a-z0-9-]{1,63}\.){1,4}(?:com|org|gov|net|edu|int|us|uk|ca|au)/",
    re.IGNORECASE,
)
# What every bare address holds (in lower case, as addresses are written): found by one
# scan, as each entry's lines are searched for it.
_DOMAIN_END = LazyPattern(r"\.(?:com|org|gov|net|edu|int|us|uk|ca|au)/")


def with_schemes(lines: list[str]) -> list[str]:
    """The lines with "https://" before each address written without a scheme."""
    holding = [_may_hold_one(line) for line in lines]
    if not any(holding):
        return lines
    return [
        _with_schemes(line) if held else line for line, held in zip(lines, holding, strict=True)
    ]


def _may_hold_one(line: str) -> bool:
    """Whether a word of the line may be a bare address: one holds a domain's end, which a
    line holding "://" as often (each address with its scheme) holds only there."""
    return len(_DOMAIN_END.findall(line)) > line.count("://")


def _with_schemes(line: str) -> str:
    words = line.split(" ")
    for index, word in enumerate(words):
        # An e-mail address, or a DOI's suffix ("10.1000/x.com/"), is no address.
        if "/" in word and "://" not in word and "@" not in word and _BARE.match(word):
            words[index] = f"https://{word}"
    return " ".join(words)
