"""JATS files in the shapes publishers and PMC give them (user33b's trial): what stands
before the root, a table's reference column, floats kept after the back matter, declared
encodings, supplementary material."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.errors import InputError
from citelint.read import read_path, read_text
from citelint.read.detect import is_article_file, sniff_text

_ENTRY = (
    '<ref id="R{n}"><label>{n}</label><element-citation publication-type="journal">'
    "<person-group><name><surname>Okafor</surname><given-names>N</given-names></name>"
    "</person-group><article-title>Trial {n} of a walking programme</article-title>"
    "<source>BMJ</source><year>2019</year></element-citation></ref>"
)


def _article(body: str, count: int, head: str = "", after_back: str = "") -> str:
    entries = "".join(_ENTRY.format(n=n) for n in range(1, count + 1))
    return (
        f"{head}<article><body>{body}</body><back><ref-list>{entries}</ref-list></back>"
        f"{after_back}</article>\n"
    )


def _cite(number: int) -> str:
    return f'<xref ref-type="bibr" rid="R{number}">{number}</xref>'


_OPEN_ACCESS = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange '
    'DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">\n'
    "<?properties open_access?>\n"
)
_STYLESHEET = (
    '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="jats-html.xsl"?>\n'
    "<!-- kept for preview -->\n"
)
_ONE_CLAIM = f"<p>Walking more lowered falls in older adults [{_cite(1)}].</p>"


@pytest.mark.parametrize("head", [_OPEN_ACCESS, _STYLESHEET])
def test_processing_instructions_before_the_root_are_passed_over(tmp_path: Path, head: str) -> None:
    # user33b P1-1: PMC's open-access files were refused, and skipped silently in a folder.
    path = tmp_path / "oa.nxml"
    path.write_text(_article(_ONE_CLAIM, 1, head), encoding="utf-8")
    assert is_article_file(path)
    assert sniff_text(path.read_text(encoding="utf-8")) == "jats"
    document = read_path(path)
    assert document.format == "jats"
    assert [m.numbers for c in document.claims for m in c.markers] == [[1]]


def test_xml_that_is_no_article_stays_unread_despite_a_processing_instruction(
    tmp_path: Path,
) -> None:
    path = tmp_path / "build.xml"
    path.write_text('<?xml version="1.0"?>\n<?m2e ignore?>\n<project><article/></project>')
    assert not is_article_file(path)
    with pytest.raises(InputError, match="no JATS <article>"):
        read_path(path)


def _table(cell: str) -> str:
    rows = "".join(
        f"<tr><td>{drug}</td><td>{result}</td><td>{cell.format(n=n)}</td></tr>"
        for n, drug, result in ((2, "apixaban", "stroke 1.3% vs 1.6%"), (3, "warfarin", "INR"))
    )
    return (
        f"<p>Anticoagulation lowered stroke risk [{_cite(1)}].</p>"
        '<table-wrap id="T1"><label>Table 1</label><table><thead><tr><th>Drug</th>'
        f"<th>Result</th><th>Ref.</th></tr></thead><tbody>{rows}</tbody></table></table-wrap>"
    )


@pytest.mark.parametrize(
    "cell",
    [
        '<xref ref-type="bibr" rid="R{n}">{n}</xref>',
        '<sup><xref ref-type="bibr" rid="R{n}">{n}</xref></sup>',
        '[<xref ref-type="bibr" rid="R{n}">{n}</xref>]',
    ],
)
def test_a_reference_column_cites_its_row(cell: str) -> None:
    # user33b P1-2: a "Ref." cell holding only its xref cited nothing (false CL102 per row).
    document = read_text(_article(_table(cell), 3), "t.xml", "jats")
    rows = [(c.text, [m.numbers for m in c.markers]) for c in document.claims[1:]]
    assert rows == [("apixaban; stroke 1.3% vs 1.6%", [[2]]), ("warfarin; INR", [[3]])]


def test_a_cell_opening_with_its_citation_keeps_it() -> None:
    table = (
        f"<p>Context [{_cite(1)}].</p><table-wrap><table><tbody><tr><td>Stroke</td>"
        f"<td>{_cite(2)} found fewer strokes with apixaban.</td></tr></tbody></table>"
        "</table-wrap>"
    )
    document = read_text(_article(table, 2), "t.xml", "jats")
    assert [m.numbers for c in document.claims for m in c.markers] == [[1], [2]]


def _floats_article(body_order: tuple[int, ...]) -> str:
    """Text citing ``body_order`` around a call-out of Table 1, which cites 4 and 5 and
    stands in <floats-group> after the back matter, as OUP's and PMC's files place it."""
    first, *rest = body_order
    body = (
        f"<p>Falls are common in older adults [{_cite(first)}].</p>"
        '<p>The trials are listed in <xref ref-type="table" rid="T1">Table 1</xref>.</p>'
        + "".join(f"<p>Exercise lowered the rate of falls [{_cite(n)}].</p>" for n in rest)
    )
    rows = "".join(f"<tr><td>Trial {n}</td><td>[{_cite(n)}]</td></tr>" for n in (4, 5))
    floats = (
        '<floats-group><table-wrap id="T1"><label>Table 1</label><caption><p>Trials.</p>'
        f"</caption><table><tbody>{rows}</tbody></table></table-wrap></floats-group>"
    )
    return _article(body, 7, after_back=floats)


def _order_findings(xml: str) -> list[str]:
    document = read_text(xml, "f.xml", "jats")
    found = lint_documents([document], Config(select=["CL104"]), resolver=None).findings
    return [finding.message for finding in found]


def test_citations_in_floats_after_the_back_matter_keep_their_place() -> None:
    # user33b P1-3: Table 1's [4] and [5], after <back>, made the text's [6] a false CL104.
    document = read_text(_floats_article((1, 2, 3, 6, 7)), "f.xml", "jats")
    flags = [(m.numbers, m.floating) for c in document.claims for m in c.markers]
    assert flags[-2:] == [([4], True), ([5], True)]
    assert not any(floating for _, floating in flags[:-2])
    assert _order_findings(_floats_article((1, 2, 3, 6, 7))) == []


def test_an_out_of_order_citation_in_the_text_is_still_found() -> None:
    assert _order_findings(_floats_article((1, 3, 2, 6, 7))) == [
        "citation [3] is the first citation of reference 3, but reference 2 has not been "
        "cited yet; number references in the order they are first cited"
    ]


@pytest.mark.parametrize("declared", ["ISO-8859-1", "windows-1252"])
def test_an_xml_file_is_read_in_the_encoding_it_declares(tmp_path: Path, declared: str) -> None:
    # user33b P2-2: older SciELO exports, Latin-1 and CRLF, were refused as not UTF-8.
    head = f"<?xml version='1.0' encoding='{declared}'?>\n"
    text = _article(f"<p>A ades\u00e3o caiu em idosos [{_cite(1)}].</p>", 1, head)
    path = tmp_path / "scielo.xml"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    document = read_path(path)
    assert [(c.text, c.line) for c in document.claims] == [("A ades\u00e3o caiu em idosos.", 2)]


def test_undeclared_latin1_xml_stays_refused_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "latin.xml"
    path.write_bytes(_article("<p>Ades\u00e3o [1].</p>", 1).encode("latin-1"))
    with pytest.raises(InputError, match="not valid UTF-8: byte 0xe3"):
        read_path(path)


def test_a_supplement_caption_cites_its_source_without_a_claim() -> None:
    # user33b P1-4: "Search strategy and screened trials [2]" was checked as a claim (CL302).
    body = (
        f"<p>Walking more lowered falls in older adults [{_cite(1)}].</p>"
        '<supplementary-material id="S1"><label>Table S1</label><caption><p>Search strategy '
        f"and the list of screened trials<sup>{_cite(2)}</sup>.</p></caption>"
        '<media xlink:href="s1.docx"/></supplementary-material>'
        f"<fig><caption><p>Falls by group. Adapted from [{_cite(3)}].</p></caption></fig>"
    )
    document = read_text(_article(body, 3).replace("<article>", _XLINK), "s.xml", "jats")
    claims = [(c.text, [m.numbers for m in c.markers]) for c in document.claims]
    assert claims == [
        ("Walking more lowered falls in older adults.", [[1]]),
        ("", [[2]]),
        ("Adapted from.", [[3]]),
    ]


_XLINK = '<article xmlns:xlink="http://www.w3.org/1999/xlink">'


def test_an_entity_without_the_doctype_line_is_named() -> None:
    # user33b P3-3: "undefined entity: line 1, column 40" named neither &nbsp; nor the cause.
    xml = _article(f"<p>Falls fell&nbsp;by half [{_cite(1)}].</p>", 1)
    with pytest.raises(InputError) as caught:
        read_text(xml, "a.xml", "jats")
    assert caught.value.problem.startswith(
        "not well-formed XML: undefined entity &nbsp; at line 1, column 29: the DOCTYPE line"
    )
    assert "put the publisher's DOCTYPE line back" in caught.value.problem


def test_an_appendix_table_in_the_back_matter_floats_and_a_body_table_does_not() -> None:
    # The appendix's Table A1 cites 4 and 5, after the text's 6 and 7: no false CL104.
    xml = _floats_article((1, 2, 3, 6, 7)).replace("floats-group>", "app-group>")
    xml = xml.replace("</ref-list></back><app-group>", "</ref-list><app-group>")
    xml = xml.replace("</app-group>", "</app-group></back>")
    assert "<back><ref-list>" in xml and "</table-wrap></app-group></back>" in xml
    assert _order_findings(xml) == []
    in_body = _floats_article((1, 2, 3, 6, 7)).replace("<floats-group>", "<body>")
    in_body = in_body.replace("</floats-group>", "</body>")
    document = read_text(in_body, "b.xml", "jats")
    assert not any(m.floating for c in document.claims for m in c.markers)
