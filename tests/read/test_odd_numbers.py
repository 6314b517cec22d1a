"""A number where a reader expects one, written oddly: "¹", "①" or five thousand digits.

Each of these ended a run with "internal error: ValueError" (str.isdigit() accepts what
int() refuses). Now the odd value counts as no number, as any other non-number does.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from citelint.read import read_path, read_text

ENTRY = "Roe K. Social ties in later life. J Aging Health. 2015;27:500-18."
OTHER = "Doe J. Walking after stroke. Stroke. 2018;49:200-8."
LONG = "1" * 5000


@pytest.mark.parametrize("label", ["¹", "①"])
def test_a_footnote_labelled_with_a_superscript_is_no_numbered_entry(label: str) -> None:
    document = read_text(f"Walking helps.[^1]\n\n[^{label}]: {ENTRY}\n", "notes.md", "md")
    assert [entry.number for entry in document.references] == []


@pytest.mark.parametrize(
    "list_html",
    [
        f'<ol start="¹"><li>{ENTRY}</li><li>{OTHER}</li></ol>',
        f'<ol start="{LONG}"><li>{ENTRY}</li><li>{OTHER}</li></ol>',
        f'<ol><li value="²">{ENTRY}</li><li>{OTHER}</li></ol>',
        f'<ol><li value="{LONG}">{ENTRY}</li><li>{OTHER}</li></ol>',
    ],
)
def test_an_odd_list_start_or_item_value_is_ignored(list_html: str) -> None:
    page = (
        f"<p>Ties help<sup>1</sup> and walking too<sup>2</sup>.</p><h2>References</h2>{list_html}"
    )
    document = read_text(page, "page.html", "html")
    assert [entry.number for entry in document.references] == [1, 2]


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _paragraph(text: str, level: str = "0") -> str:
    numbered = f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'
    return f"<w:p><w:pPr>{numbered}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_odd_numbers_in_a_word_file_are_read_as_none(tmp_path: Path) -> None:
    body = (
        '<w:p><w:pPr><w:outlineLvl w:val="²"/></w:pPr><w:r><w:t>References</w:t></w:r></w:p>'
        + _paragraph(ENTRY, level="¹")
        + _paragraph(OTHER)
    )
    numbering = (
        f"<w:numbering {W}>"
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="①"><w:start w:val="--5"/>'
        '<w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{LONG}"/></w:lvlOverride></w:num>'
        "</w:numbering>"
    )
    styles = (
        f'<w:styles {W}><w:style w:styleId="H"><w:name w:val="heading ³"/>'
        '<w:pPr><w:outlineLvl w:val="⁴"/><w:numPr><w:ilvl w:val="⁵"/><w:numId w:val="1"/>'
        "</w:numPr></w:pPr></w:style></w:styles>"
    )
    path = tmp_path / "odd.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>"
        )
        archive.writestr("word/numbering.xml", numbering)
        archive.writestr("word/styles.xml", styles)

    document = read_path(path)

    assert document.format == "docx"
    assert "Social ties in later life" in document.text
