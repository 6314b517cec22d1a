"""JATS files in the shapes publishers and PMC give them (user33b's trial): what stands
before the root, a table's reference column, floats kept after the back matter, declared
encodings, supplementary material."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.errors import InputError
from citelint.read import read_path
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
