"""A footnote's letter or symbol after a sentence of a JATS article (user27 P3-1): read as
text, it was glued to the claim ("events.a") and kept the next sentence from being cut off.
It is left out; a numeric footnote mark, a cited xref and a table footnote's own text stay."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.jats_flat import flatten
from citelint.read.xmltree import parse_xml

REFS = """
<back><ref-list>
<ref id="R1"><label>1</label><mixed-citation publication-type="journal"><person-group>
<name><surname>Adebayo</surname><given-names>KT</given-names></name></person-group>.
<article-title>Early warfarin after bioprosthetic mitral valve replacement</article-title>.
<source>Ann Thorac Surg</source>. <year>2019</year>;<volume>107</volume>:<fpage>1120</fpage>.
</mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation publication-type="journal"><person-group>
<name><surname>Lindqvist</surname><given-names>M</given-names></name></person-group>.
<article-title>Dual antiplatelet therapy and bleeding after valve surgery</article-title>.
<source>Heart</source>. <year>2020</year>;<volume>106</volume>:<fpage>300</fpage>.
</mixed-citation></ref>
</ref-list></back>"""


def article(paragraph: str, foot: str = "") -> str:
    return (
        '<?xml version="1.0"?>\n<article article-type="research-article"><body><sec>'
        f"<title>Results</title>\n<p>{paragraph}</p>{foot}</sec></body>{REFS}</article>"
    )


def claims(paragraph: str, foot: str = "") -> list[tuple[str, list[int]]]:
    document = read_text(article(paragraph, foot), "valves.xml", "jats")
    return [
        (claim.text, [n for m in claim.markers for n in m.numbers]) for claim in document.claims
    ]


def test_a_footnote_letter_after_a_sentence_is_left_out() -> None:
    found = claims(
        'Warfarin lowered early valve thrombosis (<xref ref-type="bibr" rid="R1">1</xref>).'
        '<xref ref-type="fn" rid="fn1">a</xref> Bleeding rose with dual antiplatelet therapy '
        '<xref ref-type="bibr" rid="R2">2</xref>.<sup><xref ref-type="table-fn" rid="t1">†</xref>'
        "</sup>"
    )
    assert found == [
        ("Warfarin lowered early valve thrombosis.", [1]),
        ("Bleeding rose with dual antiplatelet therapy.", [2]),
    ]


def test_a_numeric_footnote_mark_and_the_footnote_text_stay() -> None:
    foot = '<table-wrap-foot><fn id="t1"><label>a</label><p>Registry data to 2021.</p></fn>'
    found = claims(
        'Warfarin lowered early valve thrombosis<xref ref-type="fn" rid="fn3">3</xref> in the '
        'registry (<xref ref-type="bibr" rid="R1">1</xref>).',
        foot + "</table-wrap-foot>",
    )
    assert found == [("Warfarin lowered early valve thrombosis3 in the registry.", [1])]
    root = parse_xml(article("x", foot + "</table-wrap-foot>"), "valves.xml")
    assert "Registry data to 2021." in flatten(root).text


def test_a_cited_xref_with_a_letter_is_no_footnote_mark() -> None:
    found = claims(
        'Warfarin lowered early valve thrombosis (<xref ref-type="bibr" rid="R1">1a</xref>).'
    )
    assert found == [("Warfarin lowered early valve thrombosis.", [1])]
