"""What stands between a list's heading and its first entry: a rule, a sourcing statement."""

from __future__ import annotations

import pytest

from citelint.read import read_text

BODY = (
    "# Eliquis or Xarelto\n\nApixaban prevented more strokes than warfarin.[1] Rivaroxaban "
    "bled less inside the skull than warfarin.[2]\n\n"
)
ENTRIES = (
    "1. Granger CB, Alexander JH, McMurray JJ, et al. Apixaban versus warfarin in patients "
    "with atrial fibrillation. N Engl J Med. 2011;365(11):981-992.\n"
    "2. Patel MR, Mahaffey KW, Garg J, et al. Rivaroxaban versus warfarin in nonvalvular "
    "atrial fibrillation. N Engl J Med. 2011;365(10):883-891.\n"
)
STATEMENTS = [
    "Riverside Health uses only high-quality sources, including peer-reviewed studies, to "
    "back the facts in our pages. Read our editorial process to learn how we check them.",
    "Riverside News has strict sourcing guidelines and draws on peer-reviewed studies and\n"
    "medical associations. We avoid using tertiary references.",
    "Riverside Clinic's health articles are based on evidence-backed information and review "
    "by our clinicians.",
]


@pytest.mark.parametrize("statement", STATEMENTS)
@pytest.mark.parametrize("heading", ["2 Sources", "## Sources"])
def test_the_statement_is_no_entry_and_the_numbers_stay(heading: str, statement: str) -> None:
    document = read_text(f"{BODY}{heading}\n\n{statement}\n\n{ENTRIES}", "a.md", "md")
    assert [(entry.number, entry.year) for entry in document.references] == [
        (1, 2011),
        (2, 2011),
    ]
    assert document.references[0].raw.startswith("Granger CB")


def test_the_statement_in_html_is_no_entry() -> None:
    html = (
        "<html><body><h1>Statins</h1><p>LDL fell by 59%.<sup>1</sup></p><h2>References</h2>"
        f"<p>{STATEMENTS[2]}</p><ol><li>Sabatine MS, Giugliano RP, Keech AC, et al. "
        "Evolocumab and clinical outcomes in patients with cardiovascular disease. N Engl J "
        "Med. 2017;376(18):1713-1722.</li></ol></body></html>"
    )
    assert [entry.year for entry in read_text(html, "a.html", "html").references] == [2017]


def test_an_entry_about_sourcing_with_a_year_stays_an_entry() -> None:
    entry = (
        "Okafor N. Why a newsroom uses only high-quality sources: an audit. "
        "J Health Commun. 2021;26(3):101-109."
    )
    text = f"{BODY}## Sources\n\n{entry}\n\n{ENTRIES}"
    document = read_text(text.replace("[2]", "[3]").replace("[1]", "[1,2]"), "a.md", "md")
    assert document.references[0].year == 2021
    assert len(document.references) == 3


HUGO_NOTES = (
    '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n<li id="fn:1">\n<p>{first}&#160;'
    '<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>'
    '\n</li>\n<li id="fn:2">\n<p>{second}&#160;<a href="#fnref:2" class="footnote-backref">'
    "&#x21a9;&#xfe0e;</a></p>\n</li>\n</ol>\n</div>"
)
PANDOC_NOTES = (
    '<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">'
    '\n<hr>\n<ol>\n<li id="fn1"><p>{first}<a href="#fnref1" class="footnote-back" '
    'role="doc-backlink">↩︎</a></p></li>\n<li id="fn2"><p>{second}<a href="#fnref2" '
    'class="footnote-back">↩︎</a></p></li>\n</ol>\n</section>'
)


@pytest.mark.parametrize(("notes", "target"), [(HUGO_NOTES, "fn:"), (PANDOC_NOTES, "fn")])
def test_the_rule_opening_built_footnotes_ends_no_list(notes: str, target: str) -> None:
    first, second = ENTRIES.splitlines()
    body = (
        f'<p>Apixaban prevented more strokes.<sup id="fnref{target}1"><a href="#{target}1" '
        f'class="footnote-ref" role="doc-noteref">1</a></sup> Rivaroxaban bled less.<sup><a '
        f'href="#{target}2" class="footnote-ref" role="doc-noteref">2</a></sup></p>'
    )
    notes = notes.format(first=first[3:], second=second[3:])
    html = f"<html><body><article><h1>Anticoagulants</h1>{body}{notes}</article></body></html>"
    document = read_text(html, "a.html", "html")
    assert [(entry.number, entry.year) for entry in document.references] == [(1, 2011), (2, 2011)]
    assert [claim.numbers for claim in document.claims] == [[1], [2]]


def test_a_rule_under_a_markdown_heading_ends_no_list() -> None:
    document = read_text(f"{BODY}## References\n\n---\n\n{ENTRIES}", "a.md", "md")
    assert [entry.number for entry in document.references] == [1, 2]


def test_a_rule_after_the_list_still_ends_it() -> None:
    text = f"{BODY}## References\n\n{ENTRIES}\n---\n\nJo Park writes about the heart. 2024.\n"
    document = read_text(text, "a.md", "md")
    assert [entry.number for entry in document.references] == [1, 2]
