"""JATS XML: xref callouts, ref-list entries read from their tags, and hostile XML refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.errors import InputError
from citelint.read import read_path, read_text

JATS = Path(__file__).resolve().parents[2] / "fixtures" / "formats" / "jats"
PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def markers(document):  # type: ignore[no-untyped-def]
    return [(m.numbers, m.line, m.column) for c in document.claims for m in c.markers]


def test_superscript_xrefs_with_a_dash_between_make_a_range() -> None:
    document = read_path(JATS / "superscript-ranges.nxml")
    assert document.format == "jats"
    first = document.claims[0]
    assert first.text == "Neurogenic claudication limits how far older adults can walk."
    assert (first.line, first.markers[0].numbers) == (20, [1, 2, 3, 4])
    # "10<sup>9</sup>/L" is no citation; fig and table xrefs are not either.
    assert all(number <= 6 for numbers, _, _ in markers(document) for number in numbers)
    # One xref naming two entries ("rid='B4 B5'"), table cells and captions are claims too.
    assert [4, 5] in [numbers for numbers, _, _ in markers(document)]
    texts = [claim.text for claim in document.claims]
    assert "Better tolerated than walking" in texts and "Pooled from two trials." in texts


def test_entries_come_from_their_tags_not_their_text() -> None:
    document = read_path(JATS / "superscript-ranges.nxml")
    first, second, third, fourth, _, book = document.references
    assert (first.number, first.line, first.pmid, first.pages) == (1, 45, "39990001", "455-462")
    assert first.authors == ["Tran HL", "Okafor N"] and first.journal == "Spine J"
    assert second.doi == "10.1056/NEJMoa0000002" and second.year == 2018
    assert third.title == "Epidural steroid injections in older adults: a cohort study"
    assert (third.volume, third.issue, third.pages) == ("20", "2", "310-8")
    assert fourth.authors == ["Stenosis Trialists Collaboration"]
    assert (book.title, book.journal, book.label) == (
        "Rehabilitation of the ageing spine",
        None,
        "Book",
    )
    assert document.references_line == 43


def test_author_year_articles_are_numbered_by_first_citation() -> None:
    document = read_path(JATS / "author-year.nxml")
    # The list is alphabetical; numbering it in order of citation keeps CL104 quiet.
    assert [(r.number, r.authors[0]) for r in document.references] == [
        (2, "Abbott R"),
        (3, "Moreau P"),
        (1, "Zeller T"),
    ]
    assert not any(entry.numbered for entry in document.references)
    assert document.claims[0].markers[0].raw == "(Zeller et al., 2017; Abbott and Lee, 2020)"
    assert (
        document.claims[0].text == "After decompression, most patients walk further within a year."
    )


def test_an_article_without_ref_elements_is_read_from_its_text() -> None:
    document = read_path(JATS / "converted-list.xml")
    assert markers(document) == [([1], 11, 67), ([2], 12, 65)]
    assert [entry.journal for entry in document.references] == ["Spine J", "N Engl J Med"]


def test_planted_faults_are_seen() -> None:
    document = read_path(JATS / "faulty.nxml")
    assert [entry.number for entry in document.references] == [1, 2, 3, 5]
    found = markers(document)
    assert ([4], 4, 80) in found
    backwards = document.claims[-1].markers[0]
    assert backwards.problem == "the range 3-2 runs backwards"


def test_an_xref_to_a_missing_entry_is_named_as_printed() -> None:
    xml = (
        '<article><body><p>Claim one <xref ref-type="bibr" rid="smith">Smith 2001</xref>.'
        '</p></body><back><ref-list><ref id="doe"><mixed-citation>Doe J. Title. J X. 2001.'
        "</mixed-citation></ref></ref-list></back></article>"
    )
    document = read_text(xml, "a.xml", "jats")
    number = document.claims[0].markers[0].numbers[0]
    assert document.reference(number) is None
    assert document.cited_as(number) == "[Smith 2001]"


def test_doctype_is_never_fetched_and_html_entities_are_read() -> None:
    xml = (
        '<!DOCTYPE article SYSTEM "http://127.0.0.1:9/never-fetched.dtd">\n'
        "<article><body><p>Pain fell by half&nbsp;&ndash; a lot "
        '<xref ref-type="bibr" rid="r1">1</xref>.</p></body><back><ref-list><ref id="r1">'
        "<label>1</label><element-citation><article-title>T</article-title></element-citation>"
        "</ref></ref-list></back></article>"
    )
    document = read_text(xml, "a.xml", "jats")
    assert document.claims[0].text == "Pain fell by half – a lot."


@pytest.mark.parametrize(
    ("xml", "problem"),
    [
        ('<!DOCTYPE a [<!ENTITY x "y">]><article>&x;</article>', "declares entities"),
        ('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><article/>', "declares entities"),
        ("<article><p>unclosed</article>", "not well-formed XML: mismatched tag"),
        ("<book-part/>", "not a JATS <article>"),
    ],
)
def test_hostile_or_broken_xml_is_one_clear_error(xml: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        read_text(xml, "bad.xml", "jats")
    assert problem in caught.value.problem


def test_xml_that_is_not_an_article_is_refused_by_suffix(tmp_path: Path) -> None:
    path = tmp_path / "pom.xml"
    path.write_text("<project><modelVersion>4.0.0</modelVersion></project>")
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert "no JATS <article>" in caught.value.problem


def test_citation_alternatives_are_read_from_their_tags(tmp_path: Path) -> None:
    # Springer's and BMC's PMC files give each reference tagged and as printed, side by side.
    article = tmp_path / "alternatives.nxml"
    article.write_text(
        '<?xml version="1.0"?>\n<article><body><p>Falls are common in older adults '
        '[<xref ref-type="bibr" rid="CR1">1</xref>].</p></body>\n<back><ref-list>\n'
        '<ref id="CR1"><label>1.</label><citation-alternatives>'
        '<element-citation publication-type="journal"><person-group person-group-type="author">'
        "<name><surname>Rubenstein</surname><given-names>LZ</given-names></name></person-group>"
        "<article-title>Falls in older people: epidemiology, risk factors and strategies for "
        "prevention</article-title><source>Age Ageing</source><year>2006</year>"
        '<volume>35</volume><fpage>ii37</fpage><lpage>ii41</lpage><pub-id pub-id-type="pmid">'
        "16926202</pub-id></element-citation>"
        '<mixed-citation publication-type="journal">Rubenstein LZ. Falls in older people. '
        "Age Ageing. 2006;35:ii37-ii41.</mixed-citation></citation-alternatives></ref>\n"
        "</ref-list></back></article>\n",
        encoding="utf-8",
    )
    (entry,) = read_path(article).references
    assert (entry.number, entry.pmid, entry.journal, entry.year) == (
        1,
        "16926202",
        "Age Ageing",
        2006,
    )
    assert entry.title and entry.title.startswith("Falls in older people: epidemiology")
    assert entry.authors == ["Rubenstein LZ"]


def test_a_mixed_citation_that_tags_little_is_read_from_its_printed_text() -> None:
    # Many publishers' PMC files tag a DOI at most: the rest is the printed entry.
    xml = (
        '<article><body><p>Falls injure [<xref ref-type="bibr" rid="R1">1</xref>].</p></body>'
        '<back><ref-list><ref id="R1"><label>1.</label><mixed-citation publication-type='
        '"journal">Bischoff-Ferrari HA, Dietrich T, Orav EJ. Higher 25-hydroxyvitamin D '
        "concentrations and lower-extremity function. Am J Clin Nutr. 2004;80(3):752-8. "
        'PMID: 15321818. <pub-id pub-id-type="doi">10.1093/ajcn/80.3.752</pub-id>'
        "</mixed-citation></ref></ref-list></back></article>"
    )
    (entry,) = read_text(xml, "a.nxml", "jats").references
    assert (entry.year, entry.journal, entry.pmid, entry.doi) == (
        2004,
        "Am J Clin Nutr",
        "15321818",
        "10.1093/ajcn/80.3.752",
    )
    assert entry.authors[0] == "Bischoff-Ferrari HA"
    assert entry.title == "Higher 25-hydroxyvitamin D concentrations and lower-extremity function"
    assert (entry.volume, entry.issue, entry.pages) == ("80", "3", "752-8")


@pytest.mark.parametrize("dash", ["&#x2013;", "&#x2010;", "&#x2011;"])
def test_a_range_of_two_xrefs_with_unicodes_hyphens(dash: str) -> None:
    # Wiley's files set the range's dash as U+2010 (or U+2011): "6‐8" cites 6, 7 and 8.
    text = (PAGES / "pmc-jats-element.nxml").read_text(encoding="utf-8")
    old = '<xref ref-type="bibr" rid="CR6">6</xref>&#x2013;<xref'
    assert old in text
    document = read_text(text.replace(old, old.replace("&#x2013;", dash)), "a.nxml", "jats")
    assert [6, 7, 8] in [m.numbers for c in document.claims for m in c.markers]


def test_identifiers_as_publishers_tag_them() -> None:
    # "https://doi.org/...", "doi:..." and "PMID: ..." inside <pub-id>, and a DOI tagged as
    # <ext-link ext-link-type="doi">, which was read as no identifier at all.
    text = (PAGES / "pmc-jats-element.nxml").read_text(encoding="utf-8")
    for old, new in (
        (">10.1056/NEJMoa1210384<", ">https://doi.org/10.1056/NEJMoa1210384<"),
        (">23121403<", ">PMID: 23121403<"),
        (">10.1097/MCC.0000000000000838<", ">doi:10.1097/MCC.0000000000000838 <"),
        (
            '<pub-id pub-id-type="doi">10.1037/amp0000904</pub-id>',
            '<ext-link ext-link-type="doi" xlink:href="10.1037/amp0000904">'
            "10.1037/amp0000904</ext-link>",
        ),
    ):
        assert old in text
        text = text.replace(old, new)
    entries = read_text(text, "a.nxml", "jats").references
    assert (entries[1].doi, entries[1].pmid) == ("10.1056/NEJMoa1210384", "23121403")
    assert entries[2].doi == "10.1097/MCC.0000000000000838"
    assert entries[8].doi == "10.1037/amp0000904"


def _scielo_ref(mixed: str, element: str = "") -> str:
    """An article with one ref shaped as SciELO's SPS files give it: the label, the printed
    entry repeating the label, and (usually) the same work tagged."""
    return (
        '<article><body><p>Adherence was low [<xref ref-type="bibr" rid="B1">1</xref>].</p>'
        '</body><back><ref-list><ref id="B1"><label>1</label>'
        f"<mixed-citation>{mixed}</mixed-citation>{element}</ref></ref-list></back></article>"
    )


_PRINTED = (
    "1. Ferreira LM, Duarte PR, Lima AC, et al. Adesão ao tratamento anti-hipertensivo em "
    "idosos atendidos na atenção primária. Rev Saude Publica. 2018;52:41. doi: "
    "10.11606/S1518-8787.2018052000101."
)
_TAGGED = (
    '<element-citation publication-type="journal"><person-group person-group-type="author">'
    "<name><surname>Ferreira</surname><given-names>LM</given-names></name><name><surname>"
    "Duarte</surname><given-names>PR</given-names></name><etal/></person-group><article-title>"
    "Adesão ao tratamento anti-hipertensivo em idosos atendidos na atenção primária"
    "</article-title><source>Rev Saude Publica</source><year>2018</year><volume>52</volume>"
    "<elocation-id>41</elocation-id></element-citation>"
)


def test_a_printed_entry_repeating_its_label_is_read_without_it() -> None:
    """User24 P1 11: "1. Ferreira LM, ..." under <label>1</label> was read with no authors
    and the label and names as the title's start (false CL201, CL204)."""
    (entry,) = read_text(_scielo_ref(_PRINTED), "a.xml", "jats").references
    assert entry.authors[:2] == ["Ferreira LM", "Duarte PR"]
    assert entry.title == (
        "Adesão ao tratamento anti-hipertensivo em idosos atendidos na atenção primária"
    )
    assert entry.raw.startswith("Ferreira LM, Duarte PR")


def test_a_ref_printed_and_tagged_is_read_from_its_tags() -> None:
    (entry,) = read_text(_scielo_ref(_PRINTED, _TAGGED), "a.xml", "jats").references
    assert entry.authors == ["Ferreira LM", "Duarte PR"]
    assert entry.title == (
        "Adesão ao tratamento anti-hipertensivo em idosos atendidos na atenção primária"
    )
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "Rev Saude Publica",
        2018,
        "52",
        "41",
    )
    # The DOI only the printed entry gives is kept; its words are the printed ones.
    assert entry.doi == "10.11606/S1518-8787.2018052000101"
    assert entry.raw.startswith("Ferreira LM")


def test_a_number_opening_a_printed_entry_under_another_label_stays() -> None:
    printed = _PRINTED.replace("1. Ferreira", "2019 Ferreira", 1)
    (entry,) = read_text(_scielo_ref(printed), "a.xml", "jats").references
    assert entry.raw.startswith("2019 Ferreira")
