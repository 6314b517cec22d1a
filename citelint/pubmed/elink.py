"""ELink answers: which PubMed records a PMC article is (``dbfrom=pmc&db=pubmed``).

A request that names each id in a parameter of its own gets one ``LinkSet`` per id, so the
answer says which PMID belongs to which PMC article; ids joined by commas would come back
pooled in a single set.
"""

from __future__ import annotations

from citelint.pubmed.errors import EntrezFormatError
from citelint.pubmed.pubmed_xml import check_error_body, parse_xml

PMC_TO_PUBMED = "pmc_pubmed"


def parse_elink(data: bytes) -> dict[str, list[str]]:
    """PMIDs linked from each source id ("6869436" -> ["31535829"]); ids without a link map
    to an empty list, so "no PubMed record" can be told from "not asked"."""
    check_error_body(data)
    root = parse_xml(data)
    if root.tag != "eLinkResult":
        raise EntrezFormatError(f"expected an eLinkResult, got <{root.tag}>")
    found: dict[str, list[str]] = {}
    for link_set in root.iter("LinkSet"):
        sources = [(node.text or "").strip() for node in link_set.findall("IdList/Id")]
        linked: list[str] = []
        for database in link_set.findall("LinkSetDb"):
            name = (database.findtext("LinkName") or "").strip()
            if name and name != PMC_TO_PUBMED:
                continue
            linked += [(node.text or "").strip() for node in database.findall("Link/Id")]
        for source in filter(None, sources):
            found.setdefault(source, []).extend(pmid for pmid in linked if pmid.isdigit())
    return found
