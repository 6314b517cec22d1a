"""Sources PubMed seldom holds that patient-facing pages cite beside papers: a preprint cited by
its DOI alone, a textbook named with its publisher, and a health agency's or clinic's own page.

Looked up all the same (PubMed holds some preprints, and an agency's report may be a paper),
but when nothing matches, that says nothing against them: CL207 ("check it by hand"), not
CL201's "possibly fabricated" (user29a P1-5: a medRxiv DOI, "Goldman-Cecil Medicine. (2024).
Elsevier" and "Centers for Disease Control and Prevention: "High Blood Pressure Facts."" were
all called fabricated). Data never published ("Data on file. Company; 2021.", "unpublished
data", "personal communication"), which formularies and labels cite, PubMed cannot hold at
all: nobody is asked (user30b P1-15: "Data on file" was called fabricated).
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
# Agencies and clinics whose own pages patient-facing articles cite, as an entry opens with
# them (lower case): never inside a journal's name ("Mayo Clinic Proceedings", "Bulletin of
# the World Health Organization") or a title ("the National Institutes of Health Stroke
# Scale"), which a made-up paper may give as well as a real one (review29a P1-2).
_AGENCIES = (
    "centers for disease control",
    "food and drug administration",
    "national institutes of health",
    "world health organization",
    "mayo clinic",
    "askmayoexpert",
    "cleveland clinic",
    "medlineplus",
    "department of health",
    "agency for healthcare research",
    # WebMD's sources, each a line of its own (user29a P2): "American Heart Association:
    # "Understanding Blood Pressure Readings."", "UpToDate: "Patient education: ..."",
    # "National Heart, Lung, and Blood Institute: "..."", "FDA: "...".
    "american heart association",
    "american cancer society",
    "uptodate",
    "national heart, lung",
    "national cancer institute",
    "fda:",
    "cdc:",
)
# ... and their sites, as the link's host ends with them (never NCBI's pages on nih.gov).
_AGENCY_SITES = (
    "cdc.gov", "fda.gov", "who.int", "mayoclinic.org", "clevelandclinic.org", "medlineplus.gov",
    "nhs.uk", "nhlbi.nih.gov", "niddk.nih.gov", "nia.nih.gov", "ninds.nih.gov", "cancer.gov",
)  # fmt: skip
_LEADING = " \t-–•*·.[]()0123456789"  # a list's bullet or number before the entry


def cites_a_preprint_doi(lowered: str) -> bool:
    """Whether text in lower case gives a preprint server's DOI."""
    return any(map(lowered.__contains__, _PREPRINT_PREFIXES)) and bool(
        _PREPRINT_DOI.search(lowered)
    )


def seldom_in_pubmed(raw: str, url: str | None) -> bool:
    """Whether an entry giving no journal's volume and pages names a textbook's publisher at
    its end, opens with a health agency's or clinic's name, or links to such a site (see the
    module)."""
    opening = raw.lstrip(_LEADING).lower()
    # "The Centers for ...", "U.S. Food and Drug Administration" (review29c P1-2).
    opening = opening.removeprefix("the ").removeprefix("u.s. ").removeprefix("us ")
    if opening.startswith(_AGENCIES) or opening.startswith(_AGENCY_SITES):
        return True
    if url and _host(url).endswith(_AGENCY_SITES):
        return True
    return bool(_PUBLISHER_AT_END.search(raw.rstrip()))


def _host(url: str) -> str:
    """The host of a link, in lower case ("www.cdc.gov" of "https://www.cdc.gov/bp/...")."""
    rest = url.split("//", 1)[-1]
    return rest.split("/", 1)[0].split("?", 1)[0].lower()


# Data never published, named as an entry's own field (opening it, or after a stop, a comma or
# a parenthesis, and closed by one or the entry's end): "Data on file. Pfizer Inc; 2021.",
# "Smith J, personal communication, 2020". A title about such data ("Unpublished data in
# meta-analyses", "Personal communication: a review ...") runs on and stays a paper's.
_UNPUBLISHED = LazyPattern(
    r"(?:\A|[.,;:(]\s*)(?:data on file|unpublished (?:data|observations?|results)"
    r"|personal communications?|company (?:document|data|report)s?)\s*(?:[.,;)]|\Z)"
)
_UNPUBLISHED_WORDS = ("on file", "unpublished", "personal comm", "company")


def names_unpublished_data(lowered: str) -> bool:
    """Whether an entry's text in lower case names data never published as its source."""
    text = lowered.lstrip(_LEADING)
    return any(map(text.__contains__, _UNPUBLISHED_WORDS)) and bool(_UNPUBLISHED.search(text))
