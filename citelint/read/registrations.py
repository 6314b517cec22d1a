"""Trial registrations cited as entries: "ClinicalTrials.gov NCT04381936", "ISRCTN registry.
ISRCTN50189673. https://doi.org/10.1186/ISRCTN50189673", "EudraCT Number 2020-001113-21".
PubMed indexes no registry record, so such an entry, looked up and not found, is one to check
by hand (CL207), not "possibly fabricated" (CL201, user25 P1 5 and 9). A journal article
giving its registration number beside its volume and pages is still an article.
"""

from __future__ import annotations

import re

from citelint.lazy_pattern import LazyPattern

# The registries' numbers: ClinicalTrials.gov, ISRCTN (and its own DOIs, under BMC's 10.1186
# prefix), EudraCT and the EU's CTIS ("2023-503456-12-00"), China, Germany, Australia and New
# Zealand, India, Japan (UMIN, jRCT) and the Pan African registry.
_CTIS_NUMBER = r"\b(?:19|20)\d{2}-5\d{5}-\d{2}-00\b"
_REGISTRATION = LazyPattern(
    r"(?=[neicdaujp\d])(?:\bNCT\s?\d{8}\b|\bISRCTN\s?\d{8}\b|\bChiCTR-?[A-Z]{0,4}-?\d{6,12}\b"
    r"|\bDRKS\d{8}\b|\bACTRN\d{14}\b|\bCTRI/\d{4}/\d{2,4}/\d{4,7}\b|\bUMIN\d{9}\b"
    rf"|\bjRCTs?\d{{7,10}}\b|\bPACTR\d{{15}}\b|{_CTIS_NUMBER}"
    r"|\bEudraCT\b[^0-9]{0,20}(?:19|20)\d{2}-\d{6}-\d{2}\b)",
    re.I,
)
# A word each registration number above holds (in lower case): most entries hold none.
_REGISTRY_WORDS = ("nct", "isrctn", "chictr", "drks", "actrn", "ctri/", "umin", "jrct", "pactr")
_CTIS = LazyPattern(_CTIS_NUMBER)


def names_a_registration(lowered: str) -> bool:
    """Whether text in lower case gives a trial registry's number for the trial."""
    if any(word in lowered for word in _REGISTRY_WORDS) or "eudract" in lowered:
        return _REGISTRATION.search(lowered) is not None
    return "-00" in lowered and _CTIS.search(lowered) is not None
