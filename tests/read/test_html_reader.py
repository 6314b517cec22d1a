"""HTML: markers and entries reported at their place in the HTML source."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.read import read_path, read_text

PAGE = """<!DOCTYPE html>
<html><head><title>Not a claim [9]</title><script>var x = "[8]";</script></head>
<body>
<h1>Aspirin</h1>
<p>Aspirin lowers risk<sup><a href="#r1">1</a></sup>. Statins
   lower it too [2, 3]. Units like kg/m<sup>2</sup> are not citations.</p>
<ul><li>A bullet with a bare number after it. 2</li></ul>
<pre>print("[7]")</pre>
<h2>References</h2>
<ol>
  <li>Smith J, Doe A. Aspirin for prevention. N Engl J Med. 2010;13(2):150-8.</li>
  <li>Brown K. Statins and stroke.
      Lancet. 2012;380:1-9. <a href="https://pubmed.ncbi.nlm.nih.gov/2222/">PubMed</a></li>
</ol>
<ol start="3"><li>Third paper. J X. 2001;1:1.</li><li value="5">Fifth. J Y. 2002;2:2.</li></ol>
<h2>Disclaimer</h2><p>Not advice [6].</p>
</body></html>
"""


def test_markers_point_into_the_html_source() -> None:
    document = read_text(PAGE, "a.html", "html")
    found = [(m.numbers, m.line, m.column, m.raw) for c in document.claims for m in c.markers]
    assert found == [
        ([1], 5, 23, "<sup>1</sup>"),
        ([2, 3], 6, 17, "[2, 3]"),
        ([2], 7, 47, "2"),
    ]
    lines = PAGE.splitlines()
    assert lines[5][16:].startswith("[2, 3]")
    assert lines[4][22:].startswith("<sup>")
    assert lines[6][46:].startswith("2</li>")


def test_claims_are_sentences_without_markup() -> None:
    claims = read_text(PAGE, "a.html", "html").claims
    assert [c.text for c in claims] == [
        "Aspirin lowers risk.",
        "Statins lower it too.",
        "A bullet with a bare number after it.",
    ]
    assert (claims[1].line, claims[1].column) == (5, 55)


def test_ordered_lists_keep_start_and_value() -> None:
    document = read_text(PAGE, "a.html", "html")
    assert document.references_line == 9
    entries = document.references
    assert [(e.number, e.line, e.column) for e in entries] == [
        (1, 11, 3),
        (2, 12, 3),
        (3, 15, 15),
        (5, 15, 51),
    ]
    assert PAGE.splitlines()[14][50:].startswith('<li value="5">')
    assert entries[1].pmid == "2222"
    assert entries[1].journal == "Lancet"


def test_footnote_sections_are_reference_lists_without_a_heading() -> None:
    page = (
        '<p>A claim<sup class="footnote-ref"><a href="#fn1">[1]</a></sup>.</p>\n'
        '<section class="footnotes"><ol><li id="fn1"><p>Smith J. Aspirin. Lancet. '
        '2010;1:1. <a href="#fnref1">↩︎</a></p></li></ol></section>\n'
    )
    document = read_text(page, "a.html", "html")
    assert [(e.number, e.title, e.journal) for e in document.references] == [
        (1, "Aspirin", "Lancet")
    ]
    assert [c.numbers for c in document.claims] == [[1]]


def test_entities_and_fragments() -> None:
    document = read_text("<p>A &amp; B&nbsp;help [1].</p>", "a.html", "html")
    assert [(c.text, c.markers[0].column) for c in document.claims] == [("A & B help.", 24)]


def test_broken_html_still_reads() -> None:
    document = read_text("<p>Unclosed <b>bold [1]\n<div>claim [2]", "a.html", "html")
    assert [c.numbers for c in document.claims] == [[1], [2]]


@pytest.mark.parametrize("section", ["<![end.if]>", "<![ endif ]>", "<![if !x]", "<![9]>"])
def test_a_marked_section_with_no_known_keyword_is_skipped_like_a_bogus_comment(
    section: str,
) -> None:
    # A damaged Word export's conditional comment made the standard tokenizer raise
    # AssertionError: the run ended in "internal error" (found by fuzzing real-shaped pages).
    page = f"<p>First claim [1].</p>{section}<p>Second claim [2].</p>"
    document = read_text(page, "a.html", "html")
    assert [claim.numbers for claim in document.claims] == [[1], [2]]
    second = document.claims[1].markers[0]
    assert page[second.column - 1 : second.column + 2] == "[2]"  # review20a: 3 too far


def test_wikipedia_style_references() -> None:
    page = (
        '<p>A claim.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>\n'
        '<div class="reflist"><ol class="references"><li id="cite_note-1">'
        '<span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> '
        '<span class="reference-text">Smith J. Aspirin. Lancet. 2010;1:1.</span></li></ol></div>'
    )
    document = read_text(page, "a.html", "html")
    assert [(e.number, e.title) for e in document.references] == [(1, "Aspirin")]
    assert [(c.text, c.numbers) for c in document.claims] == [("A claim.", [1])]


def test_unclosed_tags_and_comments_are_read_as_text() -> None:
    # The standard tokenizer of older Pythons is quadratic over these; they are defused first.
    for unit in ("<a", "<a href='", "<![CDATA[", "<?", "</"):
        document = read_text(unit * 50_000 + "<p>Claim [1].</p>", "a.html", "html")
        assert [claim.numbers for claim in document.claims][-1:] == [[1]]
    # As in a browser, an unclosed comment runs to the end of the page.
    assert read_text("<p>Claim [1].</p>" + "<!--" * 50_000, "a.html", "html").claims
    assert not read_text("<!--" * 50_000 + "<p>Claim [1].</p>", "a.html", "html").claims


def test_unclosed_tag_keeps_positions() -> None:
    document = read_text("<p>x<y and a claim [2].</p>", "a.html", "html")
    [claim] = document.claims
    assert (claim.markers[0].line, claim.markers[0].column) == (1, 20)


PUBMED = '<a href="https://pubmed.ncbi.nlm.nih.gov/123/">PubMed</a>'
SCHOLAR = '<a href="https://scholar.google.com/x">Google Scholar</a>'


def test_link_outs_after_an_entry_are_not_its_text() -> None:
    page = (
        "<p>A [1]. B [2]. C [3].</p><h2>References</h2><ol>"
        f"<li>Smith J. One. J X. 2020;1:1.<ul><li>{PUBMED}</li><li>{SCHOLAR}</li></ul></li>"
        f"<li>Moe D. Two. J Y. 2021;2:2. {SCHOLAR} &ndash; <a href='/x'>CrossRef</a></li>"
        f"<li>Roe R. Three. J Z. 2022;3:3.<div>{SCHOLAR} | Full text</div></li></ol>"
    )
    entries = read_text(page, "a.html", "html").references
    assert [(entry.raw, entry.pmid) for entry in entries] == [
        ("Smith J. One. J X. 2020;1:1. https://pubmed.ncbi.nlm.nih.gov/123/", "123"),
        ("Moe D. Two. J Y. 2021;2:2.", None),
        ("Roe R. Three. J Z. 2022;3:3.", None),
    ]


def test_a_link_out_item_in_an_unnumbered_list_is_not_an_entry() -> None:
    page = (
        "<p>A. 1</p><p>B. 2</p><h2>References</h2><ul><li>Smith J. One. J X. 2020;1:1.</li>"
        f"<li>{PUBMED} – {SCHOLAR}</li><li>Moe D. Two. J Y. 2021;2:2.</li></ul>"
    )
    entries = read_text(page, "a.html", "html").references
    assert [entry.raw for entry in entries] == [
        "Smith J. One. J X. 2020;1:1. https://pubmed.ncbi.nlm.nih.gov/123/",
        "Moe D. Two. J Y. 2021;2:2.",
    ]


def test_a_superscript_calling_a_note_the_page_defines_is_no_citation() -> None:
    page = (
        "<html><body><h1>After knee replacement</h1>"
        "<p>Use the ice pack for 20 minutes, 3 to 4 times a day.</p>"
        "<table><tr><th>Week</th><th>Goal</th></tr>"
        "<tr><td>6</td><td>Drive (if automatic)<sup>1</sup></td></tr></table>\n"
        "<p><sup>1</sup> Check with your insurer first.</p></body></html>"
    )
    assert read_text(page, "a.html", "html").claims == []


def test_a_note_number_that_names_an_entry_is_still_a_citation() -> None:
    page = (
        "<html><body><p>Driving resumed at 6 weeks.<sup>1</sup></p>\n"
        "<p><sup>1</sup> Check with your insurer first.</p>\n"
        "<h2>References</h2><ol><li>Marques CJ, Barreiros J, Cabri J, et al. Does the brake "
        "response time of the right leg change after left total knee arthroplasty? Knee. "
        "2008;15(4):295-298.</li></ol></body></html>"
    )
    claims = read_text(page, "a.html", "html").claims
    assert [claim.numbers for claim in claims] == [[1]]


def test_a_note_typed_without_superscript_still_defines_it() -> None:
    page = (
        "<html><body><h2>3. Maintenance dose</h2>"
        "<p>Target trough 15–20 mg/L for severe infection<sup>1</sup></p>\n"
        "<p>1 Trough levels are taken before the fourth dose.</p></body></html>"
    )
    assert read_text(page, "a.html", "html").claims == []


IN_PAGE_LIST = (
    '<h2>References</h2><ol><li id="r1">Doe J. Statins. J Lipid Res. 2015;56:100-9.</li>'
    '<li id="r2">Roe K. Aspirin. Stroke. 2018;49:200-8.</li>'
    '<li id="r3">Poe L. Warfarin. Blood. 2017;130:1-9.</li></ol>'
)


@pytest.mark.parametrize(
    ("paragraph", "cited", "claim"),
    [
        # A number linked to its entry in prose cites it, as "[1](#r1)" does in Markdown.
        ('Statins help <a href="#r1">1</a>, <a href="#r2">2</a>.', [[1], [2]], "Statins help,."),
        ('Aspirin helps (<a href="#ref-1">1</a>–<a href="#ref-3">3</a>).', [[1, 2, 3]], None),
        ('Heparin helps <a href="#B2">2</a>.', [[2]], "Heparin helps."),
        # In brackets or a superscript, as before.
        ('Warfarin [<a href="#r1">1</a>, <a href="#r3">3</a>].', [[1, 3]], "Warfarin."),
        ('Heparin<sup><a href="#r2">2</a></sup>.', [[2]], "Heparin."),
        # A figure, a table, a section or words are no citation.
        ('See <a href="#fig1">1</a> and table <a href="#T2">2</a>.', [], None),
        ('Smith <a href="#r3">et al.</a> agreed.', [], None),
        # A note or footnote is no entry: "Note 4", "followed for 12 months".
        (
            'Note <a href="#note4">4</a> says so; followed for <a href="#fn1">12</a> months.',
            [],
            None,
        ),
    ],
)
def test_in_page_links_to_entries_cite_them(
    paragraph: str, cited: list[list[int]], claim: str | None
) -> None:
    document = read_text(f"<p>{paragraph}</p>{IN_PAGE_LIST}", "a.html", "html")
    assert [marker.numbers for c in document.claims for marker in c.markers] == cited
    if claim is not None:
        assert [c.text for c in document.claims] == [claim]
    assert len(document.references) == 3


ENTRIES = [
    "Okafor N, Lind P. Early mobilisation after hip fracture surgery. Age Ageing. 2018;47:12-19.",
    "Varga T, Moreau S. Night-time falls in geriatric wards. BMC Geriatr. 2020;20:301.",
    "Iyer R, Holm K. Vitamin D and fracture healing. Osteoporos Int. 2021;32:455-463.",
]


def test_entries_each_in_a_references_div_of_their_own_are_one_list() -> None:
    # Frontiers sets every entry in its own <div class="References">: a heading written for
    # each made a list of one per entry, and only the last was read (new-user trial).
    blocks = "".join(
        f'<div class="References"><p class="ReferencesCopy1">{n}. {entry}</p>'
        '<p class="ReferencesCopy2"><a href="#">PubMed Abstract</a> | '
        '<a href="#">Google Scholar</a></p></div>'
        for n, entry in enumerate(ENTRIES, start=1)
    )
    claim = "<p>Mobilise early [1], watch nights [2] and check vitamin D [3].</p>"
    page = f"{claim}<h2>References</h2>{blocks}"
    document = read_text(page, "a.html", "html")
    assert [(e.number, e.title) for e in document.references] == [
        (1, "Early mobilisation after hip fracture surgery"),
        (2, "Night-time falls in geriatric wards"),
        (3, "Vitamin D and fracture healing"),
    ]


def substack_note(number: int, entry: str) -> str:
    """One note as a Substack post ends with it: no heading, one div a note."""
    return (
        f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{number}" '
        f'href="#footnote-anchor-{number}" class="footnote-number" contenteditable="false" '
        f'target="_self">{number}</a><div class="footnote-content"><p>{entry}</p></div></div>'
    )


def substack_anchor(number: int) -> str:
    return (
        '<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
        f'id="footnote-anchor-{number}" href="#footnote-{number}" target="_self">{number}</a>'
    )


def test_a_substack_post_s_notes_are_its_list() -> None:
    """user25 P1 4: the notes of a Substack post, with no heading, were no list (CL107)."""
    claim = (
        f"<p>Mobilise early{substack_anchor(1)}. Watch the nights{substack_anchor(2)}. Then "
        f"check calcium{substack_anchor(3)}.</p>"
    )
    notes = "".join(substack_note(n, entry) for n, entry in enumerate(ENTRIES, start=1))
    page = f'<div class="body markup">{claim}{notes}</div><div class="post-footer">♡ 12</div>'
    document = read_text(page, "a.html", "html")
    assert [(e.number, e.title) for e in document.references] == [
        (1, "Early mobilisation after hip fracture surgery"),
        (2, "Night-time falls in geriatric wards"),
        (3, "Vitamin D and fracture healing"),
    ]
    assert [c.numbers for c in document.claims] == [[1], [2], [3]]


def test_a_substack_post_s_list_ends_with_its_last_note() -> None:
    """review25a F5: "Subscribe" after the last note joined it ("See note 1, at 2197.
    Subscribe for more."), which was then looked up (a false CL201)."""
    claim = f"<p>Mobilise early{substack_anchor(1)}. Watch the nights{substack_anchor(2)}.</p>"
    notes = substack_note(1, ENTRIES[0]) + substack_note(2, "See note 1, at 201.")
    page = (
        f'<div class="body markup">{claim}{notes}</div><p>Subscribe for more.</p>'
        '<div class="post-footer">38 comments</div>'
    )
    document = read_text(page, "a.html", "html")
    assert [e.raw for e in document.references][1:] == ["See note 1, at 201."]


def test_another_page_s_footnote_div_is_no_list() -> None:
    page = (
        "<p>Mobilise early [1].</p><h2>References</h2><ol><li>"
        + ENTRIES[0]
        + '</li></ol><div class="footnote">* Corresponding author: K. Holm, 12 Elm St.</div>'
    )
    document = read_text(page, "a.html", "html")
    assert [e.title for e in document.references] == [
        "Early mobilisation after hip fracture surgery"
    ]


def test_back_reference_links_inside_each_entry_start_no_list() -> None:
    # NEJM closes each entry with <div class="back-references"> ("Go to Citation"): read as a
    # reference container, it cut the list after every entry.
    items = "".join(
        f'<div role="listitem" id="r{n}"><div class="label">{n}.</div>'
        f'<div class="citations"><div class="citation"><div class="citation-content">{entry}</div>'
        f'<div class="external-links"><a href="https://www.ncbi.nlm.nih.gov/pubmed/{n}0">PubMed</a>'
        "</div></div></div>"
        f'<div class="back-references"><a href="#b{n}">Go to Citation</a></div></div>'
        for n, entry in enumerate(ENTRIES, start=1)
    )
    page = (
        "<p>Mobilise early.<sup>1</sup> Watch nights.<sup>2</sup> Check vitamin D.<sup>3</sup></p>"
        f'<section id="bibliography"><h2>References</h2><div role="list">{items}</div></section>'
    )
    document = read_text(page, "a.html", "html")
    assert [(e.number, e.title) for e in document.references] == [
        (1, "Early mobilisation after hip fracture surgery"),
        (2, "Night-time falls in geriatric wards"),
        (3, "Vitamin D and fracture healing"),
    ]
    assert [c.numbers for c in document.claims] == [[1], [2], [3]]


def test_two_reference_containers_in_a_row_keep_apart_when_named_apart() -> None:
    # Only a container named as the one before continues its list: these stay two lists.
    page = (
        "<p>A claim [1].</p>"
        f'<section class="references"><ol><li>{ENTRIES[0]}</li></ol></section>'
        f'<section class="footnotes"><ol><li>{ENTRIES[1]}</li></ol></section>'
    )
    document = read_text(page, "a.html", "html")
    assert [e.title for e in document.references] == ["Night-time falls in geriatric wards"]


def _entries(page: str) -> list[tuple[int | None, str]]:
    references = read_text(page, "a.html", "html").references
    return [(entry.number, entry.raw.split(".")[1].strip()) for entry in references]


def test_each_entry_in_a_references_div_of_its_own_is_one_list() -> None:
    # Frontiers: <div class="References"> around each entry, one after the other.
    items = "".join(
        f'<div class="References"><p class="ReferencesCopy1">{n}. Okafor N. Trial {n} of '
        f'dapagliflozin. Kidney Int. (2019) {n}:10–9.</p><p class="ReferencesCopy2">'
        '<a href="https://pubmed.ncbi.nlm.nih.gov/1">PubMed Abstract</a> | '
        '<a href="https://scholar.google.com/">Google Scholar</a></p></div>'
        for n in (1, 2, 3)
    )
    page = f"<p>One (1). Two (2, 3).</p><h2>References</h2>{items}"
    assert [number for number, _ in _entries(page)] == [1, 2, 3]


def test_go_to_citation_blocks_after_the_entries_start_no_list() -> None:
    # NEJM: a <div class="back-references"> ends each entry of the bibliography.
    items = "".join(
        f'<div role="listitem" id="core-r{n}"><div class="label">{n}.</div><div '
        f'class="citation-content">Okafor N. Trial {n} of dapagliflozin. N Engl J Med '
        f'2019;{n}:10-9.</div><div class="back-references"><a href="#core-bib{n}">Go to '
        "Citation</a></div></div>"
        for n in (1, 2, 3)
    )
    page = (
        '<p>One.<sup>1</sup> Two.<sup>2,3</sup></p><section id="bibliography"><h2>References'
        f'</h2><div role="list">{items}</div></section>'
    )
    assert [number for number, _ in _entries(page)] == [1, 2, 3]


def test_same_named_containers_with_text_between_stay_two_lists() -> None:
    # review20a: a table's notes in a <div class="footnotes"> and the page's notes later in
    # another: only a container right after the last one continues its list.
    page = (
        "<p>First claim [1].</p><table><tr><td>1.2</td></tr></table>"
        '<div class="footnotes"><ol><li>Measured at baseline.</li></ol></div>'
        "<p>Second claim [2].</p>"
        f'<div class="footnotes"><ol><li>{ENTRIES[0]}</li><li>{ENTRIES[1]}</li></ol></div>'
    )
    document = read_text(page, "a.html", "html")
    assert [e.title for e in document.references] == [
        "Early mobilisation after hip fracture surgery",
        "Night-time falls in geriatric wards",
    ]
    assert [c.numbers for c in document.claims] == [[1], [2]]


def test_quarto_s_author_date_links_are_no_numbered_citations() -> None:
    """Quarto's author-date page links each citation to its entry (role="doc-biblioref"):
    "(Lindqvist 2021, 12)" and "2 of 3 trials" beside them cite no entry by number."""
    path = Path(__file__).resolve().parents[2] / "fixtures" / "pages" / "quarto-author-date.html"
    document = read_path(path)
    assert [len(entry.authors) for entry in document.references] == [3, 1, 2]
    assert all(not claim.markers for claim in document.claims)
