"""Markdown link definitions labelled by numbers under a sources heading, as AI answers list
what their "[1]" cites: the entries of those citations (user28a P1-3)."""

from __future__ import annotations

from citelint.read import read_text

ANSWER = """\
Budesonide-formoterol as needed cut severe exacerbations [1]. Adherence was better [2].

### Sources

[1]: https://www.nejm.org/doi/full/10.1056/NEJMoa1715274 "Inhaled Combined Budesonide-Formoterol \
as Needed in Mild Asthma | New England Journal of Medicine"
[2]: <https://pubmed.ncbi.nlm.nih.gov/29768149/> "As-needed budesonide-formoterol | PubMed"
"""


def test_numbered_link_definitions_are_the_entries_of_their_citations() -> None:
    document = read_text(ANSWER, "answer.md", "md")
    assert [reference.number for reference in document.references] == [1, 2]
    assert document.references[0].doi == "10.1056/NEJMoa1715274"
    assert document.references[1].pmid == "29768149"
    cited = [marker.numbers for claim in document.claims for marker in claim.markers]
    assert cited == [[1], [2]]


def test_named_link_definitions_are_still_no_entries() -> None:
    page = (
        "See [the guide][guide] for details [1].\n\n## References\n\n"
        "1. Lee A. A trial of walking. J Med. 2010;1:1-9.\n\n"
        "[guide]: https://example.org/guide 'Guide'\n"
    )
    document = read_text(page, "page.md", "md")
    assert [reference.number for reference in document.references] == [1]
