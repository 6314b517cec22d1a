"""Gather real EFetch records into one small PubmedArticleSet for the reference benchmark.

    python scripts/trim_pubmed_xml.py OUT.xml FILE.xml [FILE.xml ...]

Each record keeps what a citation can name (title, journal, issue, pages, authors, dates,
publication types, notices, identifiers) in NCBI's own layout; abstracts, MeSH, reference
lists, grants and affiliations are dropped, since the benchmark needs none of them and NCBI
asks that abstracts not be copied around. The first copy of a PMID wins; book records and
records without a journal are left out. Nothing is rewritten, only removed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from citelint.pubmed.pubmed_xml import parse_xml

DROPPED = (
    "Abstract",
    "OtherAbstract",
    "MeshHeadingList",
    "KeywordList",
    "ChemicalList",
    "SupplMeshList",
    "GrantList",
    "InvestigatorList",
    "ReferenceList",
    "AffiliationInfo",
    "Identifier",
    "GeneSymbolList",
    "PersonalNameSubjectList",
    "DataBankList",
    "CoiStatement",
    "History",
)
HEADER = (
    '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    '1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)


def trimmed(article: etree._Element) -> etree._Element:
    for name in DROPPED:
        for element in article.findall(f".//{name}"):
            element.getparent().remove(element)
    for element in article.findall(".//CommentsCorrections[@RefType='Cites']"):
        element.getparent().remove(element)
    for element in article.findall(".//CommentsCorrectionsList"):
        if len(element) == 0:
            element.getparent().remove(element)
    return article


def main(out: str, sources: list[str]) -> None:
    seen: set[str] = set()
    kept: list[str] = []
    for source in sources:
        root = parse_xml(Path(source).read_bytes())
        for article in root.iter("PubmedArticle"):
            pmid = article.findtext("MedlineCitation/PMID") or ""
            if pmid in seen or article.find("MedlineCitation/Article/Journal/Title") is None:
                continue
            seen.add(pmid)
            kept.append(etree.tostring(trimmed(article), encoding="unicode").strip())
    body = "<PubmedArticleSet>\n" + "\n".join(kept) + "\n</PubmedArticleSet>\n"
    Path(out).write_text(HEADER + body, encoding="utf-8")
    print(f"{out}: {len(kept)} records")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
