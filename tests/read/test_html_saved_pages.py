"""Pages saved from a browser: pop-ups, sidebars, spinners and hidden blocks are no prose.

The shapes are those publishers serve (Atypon's citation pop-ups on the Lancet's and
cell.com's pages, Oxford Academic's labelled entries, Springer Nature's reading companion,
ScienceDirect's entries and its spinner); the words are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_text
from citelint.read.html_hidden import HIDING_CLASSES

LIST = """<section id="references"><h2>References</h2><ol>
<li>Imazio M, Brucato A, Cemin R, et al. Colchicine for recurrent pericarditis: a randomised
trial. Lancet. 2014;383:2232-2237.</li>
<li>Adler Y, Charron P, Imazio M, et al. Guidelines on pericardial diseases. Eur Heart J.
2015;36:2921-2964.</li>
</ol></section>"""


def numbers(page: str) -> list[list[int]]:
    document = read_text(page, "page.html", "html")
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def codes(page: str) -> list[tuple[str, str]]:
    document = read_text(page, "page.html", "html")
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.message) for finding in findings]


def popup(number: int, pmid: str) -> str:
    return (
        f'<a href="#bib{number}" class="dropBlock reference-citations" '
        f'data-db-target-for="bib{number}">{number}</a><div class="dropBlock__holder" '
        f'data-db-target-of="bib{number}"><div class="ref__content"><div class="citation-content">'
        "Imazio M, et al. Colchicine for recurrent pericarditis. <em>Lancet</em>. 2014; "
        '<strong>383</strong>: 2232-2237</div><div class="ref__links"><a href="https://pubmed.'
        f'ncbi.nlm.nih.gov/{pmid}">PubMed</a><a href="https://doi.org/10.1016/S0140-6736(14)'
        '60001-1">Crossref</a><a>Google Scholar</a></div></div></div>'
    )


def test_a_citations_popup_saved_open_is_no_part_of_the_claim() -> None:
    page = (
        f"<p>Colchicine halved recurrences at 18 months<sup>{popup(1, '38000001')}</sup>. "
        f"Guidelines advise it for 3 months<sup>{popup(2, '38000002')}</sup>.</p>" + LIST
    )
    document = read_text(page, "page.html", "html")
    assert [m.numbers for c in document.claims for m in c.markers] == [[1], [2]]
    assert document.inline == []  # the pop-ups' PubMed and Crossref links
    assert not any("2232" in claim.text or "PubMed" in claim.text for claim in document.claims)
    assert codes(page) == []


def test_oxfords_label_inside_the_entry_keeps_the_entry_whole() -> None:
    entries = "".join(
        f'<div class="js-splitview-ref-item"><div class="ref-content"><div class="mixed-citation '
        f'citation"><div class="label -label">{n}</div><div class="person-group"><div class="name">'
        f'<div class="surname">Okafor</div> <div class="given-names">N</div></div></div>. <div '
        f'class="article-title">Pericardial effusion after cardiac surgery, part {n}</div>. <div '
        f'class="source ">J Thorac Dis</div> <div class="year">2019</div>;<div class="volume">1'
        f'{n}</div>:<div class="fpage">10</div>.</div><p class="citation-links"><a class="link" '
        f'href="https://dx.doi.org/10.1000/jtd.{n}">Crossref</a><a class="link" href="https://'
        f'www.ncbi.nlm.nih.gov/pubmed/3900000{n}">PubMed</a>OpenURL Placeholder Text</p></div>'
        "</div>"
        for n in (1, 2, 3)
    )
    page = (
        "<p>Effusions are common after surgery [1]. Most resolve [2], some need drainage [3].</p>"
        f'<h2>References</h2><div class="ref-list">{entries}</div>'
    )
    document = read_text(page, "page.html", "html")
    assert [(e.number, e.title, e.pmid) for e in document.references] == [
        (n, f"Pericardial effusion after cardiac surgery, part {n}", f"3900000{n}")
        for n in (1, 2, 3)
    ]
    assert codes(page) == []


def test_springers_reading_companion_is_no_second_list() -> None:
    companion = LIST.replace("<section id", '<section class="companion-list" id')
    page = (
        "<main><p>Colchicine halved recurrences [1], as guidelines note [2].</p>"
        + LIST
        + '</main><aside class="c-reading-companion"><div class="c-reading-companion__references">'
        + companion
        + "</div></aside>"
    )
    document = read_text(page, "page.html", "html")
    assert [entry.line for entry in document.references] == [2, 4]  # the article's own list
    assert codes(page) == []


def test_a_list_saved_while_still_loading_is_said_so() -> None:
    page = (
        "<p>Colchicine halved recurrences [1], as guidelines note [2].</p>"
        '<section id="references"><h2>References</h2><section class="bibliography-sec">'
        '<div class="u-loading-spinner">Loading...</div></section></section>'
    )
    document = read_text(page, "page.html", "html")
    assert document.references == []
    assert codes(page) == [
        (
            "CL107",
            "the reference section at line 1 was saved while its list was still loading: "
            "save the page again once the list shows",
        )
    ]


def test_sciencedirects_entry_led_by_a_group_reads_its_parts() -> None:
    page = (
        "<p>Colchicine halved recurrences [1].</p><h2>References</h2><ol><li>"
        '<span class="label">[1]</span><span class="reference"><div class="contribution">'
        '<div class="authors u-font-sans">CORP-2 Trial Investigators, M. Imazio, A. Brucato, '
        'et al.</div><div class="title text-m">Colchicine for recurrent pericarditis</div></div>'
        '<div class="host u-font-sans">Lancet, 383 (2014), pp. 2232-2237</div></span></li></ol>'
    )
    (entry,) = read_text(page, "page.html", "html").references
    assert entry.authors == ["CORP-2 Trial Investigators", "Imazio M", "Brucato A"]
    assert (entry.title, entry.journal, entry.year) == (
        "Colchicine for recurrent pericarditis",
        "Lancet",
        2014,
    )


BODY = "<p>Colchicine halved recurrences [1], as guidelines note [2].</p>"


@pytest.mark.parametrize(
    "block",
    [
        "<div hidden>Old draft: see [9] and [10].</div>",
        '<div style="DISPLAY:\tnone">Old draft: see [9] and [10].</div>',
        '<aside style="color: red; display: none;"><div>Menu [9]</div><p>[10]</p></aside>',
        '<section hidden=""><div><div>Old draft [9].</div></div> and [10].</section>',
    ],
)
def test_citations_in_a_hidden_block_above_the_list_are_not_read(block: str) -> None:
    page = block + BODY + LIST
    assert numbers(page) == [[1], [2]]
    assert codes(page) == []


@pytest.mark.parametrize(
    "block",
    [
        # A template: numbers the text cites too, and one past the list's end.
        "<div hidden>Cited as [2]; see also [9].</div>",
        '<div style="display: none">[1]</div><aside hidden>[10]</aside>',
    ],
)
def test_a_hidden_block_citing_nothing_new_is_dropped(block: str) -> None:
    page = block + BODY + LIST
    assert numbers(page) == [[1], [2]]
    assert codes(page) == []


def test_a_collapsed_section_keeps_its_citations() -> None:
    # review21b P1-2: a "Discussion" a script collapsed (as jQuery's slideUp leaves it) is
    # the article's own: it alone cites entry 2, and its [3] has no entry.
    page = (
        "<h2>Introduction</h2><p>Colchicine halved recurrences [1].</p><h2>Discussion</h2>"
        '<div class="section-body" style="display: none;"><p>As guidelines note [2]. A trial '
        "disagreed [3].</p></div>" + LIST
    )
    assert numbers(page) == [[1], [2], [3]]
    assert [code for code, _ in codes(page)] == ["CL101"]


def test_the_own_doi_of_a_page_saved_while_its_list_loads_is_no_citation() -> None:
    # user20 P2: ScienceDirect's head names the article's DOI; with no entry read, it was
    # looked up as a citation (a CL207 info for the page's own DOI).
    page = (
        '<div class="Publication"><h2 class="publication-title">Kidney International</h2>'
        '<div class="text-xs">Volume 105, Issue 4, April 2024, Pages 684-701</div></div>\n'
        '<h1 class="Head">Chronic kidney disease in adults: a review</h1>\n'
        '<div class="DoiLink"><a class="anchor doi" href="https://doi.org/10.1016/j.kint.'
        '2024.01.012">https://doi.org/10.1016/j.kint.2024.01.012</a></div>\n'
        "<p>Colchicine halved recurrences [1], as guidelines note [2].</p>\n"
        '<section><h2>References</h2><div class="Bibliography"><div class="u-loading-spinner">'
        "Loading...</div></div></section>\n"
    )
    document = read_text(page, "page.html", "html")
    assert document.list_loading
    assert document.inline == []
    # Where a page cites by its identifiers, with no list at all, they stay citations.
    no_list = page.split("<section>")[0]
    assert [link.identifier for link in read_text(no_list, "page.html", "html").inline] == [
        "10.1016/j.kint.2024.01.012"
    ]


def test_a_spinner_away_from_the_list_says_nothing_of_its_loading() -> None:
    # review21b P3-3: a page with no reference section, a spinner under its comments.
    page = BODY + '<h2>Comments</h2><div class="u-loading-spinner">Loading...</div>'
    assert read_text(page, "page.html", "html").list_loading is False
    assert [message for _, message in codes(page)] == [
        "citations appear but no reference list was found (expected a heading such as "
        "'References' followed by the entries)"
    ]


@pytest.mark.parametrize(
    "page",
    [
        # A collapsed "References" accordion under its heading.
        BODY
        + '<h2>References</h2><div class="accordion-body" style="display: none">'
        + LIST.split("<h2>References</h2>")[1]
        + "</div>",
        # "Show all references": the later entries hidden one by one.
        BODY + LIST.replace("<li>Adler", '<li style="display:none">Adler'),
        # The whole reference section collapsed, its heading and all.
        BODY + f'<div style="display:none">{LIST}</div>',
    ],
)
def test_a_hidden_reference_list_is_still_the_list(page: str) -> None:
    assert len(read_text(page, "page.html", "html").references) == 2
    assert codes(page) == []


@pytest.mark.parametrize(
    "page",
    [
        # Shown when the page is searched: the body itself, on mobile pages.
        f'<section hidden="until-found">{BODY}</section>{LIST}',
        # An item hidden, its end tag left out as HTML allows: no block of ours.
        f"<ul><li hidden>Menu<li>Home</ul>{BODY}{LIST}",
        # A hidden block never closed: nothing is known hidden.
        f"<div hidden><p>Note</p>{BODY}{LIST}",
    ],
)
def test_the_body_is_read_whatever_hides_around_it(page: str) -> None:
    assert numbers(page) == [[1, 2]] or numbers(page) == [[1], [2]]
    assert codes(page) == []


@pytest.mark.parametrize(
    "block",
    [
        # Hidden by the stylesheet's class alone: a template copy of citations.
        '<div class="hidden">Cited as [2]; see also [9].</div>',
        '<div class="modal d-none"><p>Cite [10]</p></div>',
        '<section class="card is-hidden">Old draft [9].</section>',
        '<aside class="u-hide">[1] [10]</aside>',
    ],
)
def test_a_block_hidden_by_its_class_citing_nothing_new_is_dropped(block: str) -> None:
    page = block + BODY + LIST
    assert numbers(page) == [[1], [2]]
    assert codes(page) == []


@pytest.mark.parametrize(
    "block",
    [
        # Shown at some width: Tailwind's and Bootstrap's responsive classes.
        '<div class="hidden md:block">Old draft [9].</div>',
        '<div class="d-none d-lg-block">Old draft [9].</div>',
    ],
)
def test_a_block_hidden_by_a_class_shown_at_some_width_is_read(block: str) -> None:
    page = block + BODY + LIST
    assert [code for code, _ in codes(page)] == ["CL101"]


def test_a_block_hidden_by_its_class_keeps_a_citation_only_it_makes() -> None:
    # A section the page's script opens: it alone cites entry 2, and its [3] has no entry.
    page = (
        "<p>Colchicine halved recurrences [1].</p>"
        '<div class="hidden"><p>As guidelines note [2]. A trial disagreed [3].</p></div>' + LIST
    )
    assert numbers(page) == [[1], [2], [3]]
    assert [code for code, _ in codes(page)] == ["CL101"]


def sr_link(number: int, words: str = "Reference ", name: str = "usa-sr-only") -> str:
    return f'<a href="#R{number}" class="usa-link"><span class="{name}">{words}</span>{number}</a>'


@pytest.mark.parametrize(
    "citation",
    [
        f"<sup>{sr_link(1)}</sup>",
        f"<sup>{sr_link(1, name='visually-hidden')}</sup>",
        f"[{sr_link(1, 'Ref. ', 'sr-only')}]",
        f"{sr_link(1, '<span>Reference</span> ', 'screen-reader-text')}",
    ],
)
def test_screen_reader_words_in_a_citation_link_are_not_read(citation: str) -> None:
    page = (
        f"<p>Colchicine halved recurrences{citation}, as guidelines note"
        f"<sup>{sr_link(1)},{sr_link(2, name='sr-only')}</sup>.</p>" + LIST
    )
    assert numbers(page) == [[1], [1, 2]]
    assert codes(page) == []


def test_screen_reader_words_keep_the_places_of_what_follows() -> None:
    page = f"<p>Colchicine halved recurrences<sup>{sr_link(1)}</sup> [2].</p>" + LIST
    document = read_text(page, "page.html", "html")
    markers = [marker for claim in document.claims for marker in claim.markers]
    assert [(marker.line, marker.column) for marker in markers] == [
        (1, page.index("<sup>") + 1),
        (1, page.index("[2]") + 1),
    ]


@pytest.mark.parametrize(
    "link",
    [
        # A span shown, or a link whose shown words are no number: read as written.
        '<a href="#R1"><span class="label">Reference </span>1</a>',
        '<a href="#R1"><span class="sr-only">Reference 1</span></a>',
        '<a href="#R1"><span class="sr-only">Opens </span>reference one</a>',
        # A link to a figure, a table or a note, not to an entry: its number is no citation.
        '<a href="#fig1"><span class="sr-only">Figure </span>1</a>',
        '<a href="#fn1"><span class="visually-hidden">Footnote </span>1</a>',
    ],
)
def test_a_link_showing_no_number_is_read_as_written(link: str) -> None:
    page = f"<p>Colchicine halved recurrences<sup>{link}</sup>; guidelines [2].</p>" + LIST
    assert numbers(page) == [[2]]


def test_a_figures_link_with_screen_reader_words_in_brackets_is_no_citation() -> None:
    page = (
        '<p>Colchicine halved recurrences [<a href="#fig2"><span class="sr-only">Figure </span>'
        "2</a>]; guidelines [2].</p>" + LIST
    )
    assert numbers(page) == [[2]]


def test_a_screen_reader_span_left_open_hides_no_more_than_its_link() -> None:
    # Its end tag left out: the "1" is the span's own, and the page reads on after the link.
    page = (
        '<p>Colchicine halved recurrences<sup><a href="#R1"><span class="sr-only">Reference '
        "1</a></sup>, as guidelines note [2] and <sup>" + sr_link(1) + "</sup>.</p>" + LIST
    )
    assert numbers(page) == [[2], [1]]


def _answer_link(pmid: str, number: int) -> str:
    return (
        f'<a class="citation" href="https://pubmed.ncbi.nlm.nih.gov/{pmid}/">'
        f"<span>{number}</span></a>"
    )


ANSWER = (
    '<html><body><div class="prose">\n<p>Colchicine lowered recurrent pericarditis'
    + _answer_link("24589125", 1)
    + ". Adding rilonacept cut recurrences further, with 7% vs 74% recurring by week 16"
    + _answer_link("33200891", 2)
    + _answer_link("35012345", 3)
    + ".</p>\n<p>Anakinra worked in children too"
    + _answer_link("31234567", 4)
    + ".</p>\n<h3>Sources</h3>\n<ol>\n"
    + "".join(
        f'<li><a href="https://pubmed.ncbi.nlm.nih.gov/{pmid}/">{title} - PubMed</a></li>\n'
        for pmid, title in [
            ("24589125", "Colchicine for recurrent pericarditis"),
            ("33200891", "Rilonacept for recurrent pericarditis"),
            ("35012345", "Long-term rilonacept in recurrent pericarditis"),
            ("31234567", "Anakinra in paediatric recurrent pericarditis"),
        ]
    )
    + "</ol></div></body></html>\n"
)


def test_an_answers_citation_links_side_by_side_cite_each_entry() -> None:
    # "16<a>2</a><a>3</a>": the first number glued to one of the claim's, the second after
    # the first's address. [1] alone was read: "3" stayed a word of the claim and entries
    # 2, 3 and 4 seemed uncited (false CL102 each, user22 P1 7).
    document = read_text(ANSWER, "answer.html", "html")
    assert [[m.numbers for m in claim.markers] for claim in document.claims] == [
        [[1]],
        [[2], [3]],
        [[4]],
    ]
    assert document.claims[1].text.endswith("recurring by week 16.")
    assert codes(ANSWER) == []


def test_the_readme_names_every_class_that_hides_a_block() -> None:
    # The README listed three of the six (review22b P3).
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert {name for name in HIDING_CLASSES if f"`{name}`" not in readme} == set()
    assert "a screen reader's words in a numbered link to an entry" in " ".join(readme.split())


def test_one_answer_link_glued_to_a_number_cites_its_entry() -> None:
    # "by week 16<a>2</a>.": one link, its number glued to the claim's, read "162" (no
    # citation), so entry 2 seemed uncited (a false CL102, fix22a left from user22 P1 7).
    page = ANSWER.replace(_answer_link("35012345", 3), "").replace(
        "Anakinra worked in children too" + _answer_link("31234567", 4),
        "Anakinra worked in children too" + _answer_link("35012345", 3),
    )
    page = page.replace(
        '<li><a href="https://pubmed.ncbi.nlm.nih.gov/31234567/">Anakinra in paediatric '
        "recurrent pericarditis - PubMed</a></li>\n",
        "",
    )
    document = read_text(page, "answer.html", "html")
    assert [[m.numbers for m in claim.markers] for claim in document.claims] == [
        [[1]],
        [[2]],
        [[3]],
    ]
    assert document.claims[1].text.endswith("recurring by week 16.")
    assert codes(page) == []


def test_a_figure_link_after_a_number_is_no_citation() -> None:
    # A link to a source whose words are no short number stays a word of the text.
    page = (
        "<p>Recurrence fell by 16"
        '<a href="https://doi.org/10.1000/fig.2024">%</a> in the trial [1].</p>'
        "<h2>References</h2><ol><li>Okafor N, Tran H. Rilonacept for recurrent pericarditis. "
        "N Engl J Med. 2021;384:31-41.</li></ol>"
    )
    document = read_text(page, "page.html", "html")
    assert [[m.numbers for m in claim.markers] for claim in document.claims] == [[[1]]]
