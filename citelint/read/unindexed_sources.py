"""Sources PubMed seldom holds that patient-facing pages cite beside papers: a preprint cited by
its DOI alone, a textbook named with its publisher, and a health agency's or clinic's own page.

Looked up all the same (PubMed holds some preprints, and an agency's report may be a paper),
but when nothing matches, that says nothing against them: CL207 ("check it by hand"), not
CL201's "possibly fabricated" (user29a P1-5: a medRxiv DOI, "Goldman-Cecil Medicine. (2024).
Elsevier" and "Centers for Disease Control and Prevention: "High Blood Pressure Facts."" were
all called fabricated).
"""

from __future__ import annotations

from citelint.lazy_pattern import LazyPattern

# bioRxiv's and medRxiv's DOIs are dated ("10.1101/2024.03.18.24304451") or a bare number
# ("10.1101/812345"); Cold Spring Harbor's journals share the prefix with letters after it
# ("10.1101/gad.1234"), and PubMed holds those. Research Square's and OSF's preprints too.
_PREPRINT_DOI = LazyPattern(r"\b10\.1101/\d|\b10\.21203/rs\.|\b10\.31219/osf\.io")
_PREPRINT_PREFIXES = ("10.1101/", "10.21203/", "10.31219/")
# Medical publishers whose name ends a textbook's entry: "Elsevier", "Elsevier; 2024.",
# "Philadelphia: Wolters Kluwer".
_PUBLISHER_AT_END = LazyPattern(
    r"\b(?:Elsevier|Saunders|Mosby|Churchill Livingstone|Lippincott(?: Williams (?:&|and) "
    r"Wilkins)?|Wolters Kluwer|McGraw[- ]Hill(?: Education| Medical)?|Springer|Wiley(?:-Blackwell)?"
    r"|Thieme|CRC Press|Academic Press|(?:Oxford|Cambridge) University Press)"
    r"(?:[,;]?\s*(?:19|20)\d{2})?\.?\s*\Z"
)
# Agencies and clinics whose own pages patient-facing articles cite (lower case).
_AGENCIES = (
    "centers for disease control",
    "cdc.gov",
    "food and drug administration",
    "fda.gov",
    "national institutes of health",
    "nih.gov",
    "world health organization",
    "who.int",
    "mayo clinic",
    "askmayoexpert",
    "cleveland clinic",
    "medlineplus",
    "nhs.uk",
    "department of health",
    "agency for healthcare research",
)


def cites_a_preprint_doi(lowered: str) -> bool:
    """Whether text in lower case gives a preprint server's DOI."""
    return any(map(lowered.__contains__, _PREPRINT_PREFIXES)) and bool(
        _PREPRINT_DOI.search(lowered)
    )


def seldom_in_pubmed(raw: str, lowered: str) -> bool:
    """Whether an entry giving no journal's volume and pages names a textbook's publisher at
    its end or a health agency or clinic (see the module); ``lowered`` is the entry's text
    in lower case."""
    if any(map(lowered.__contains__, _AGENCIES)):
        return True
    return bool(_PUBLISHER_AT_END.search(raw.rstrip()))
