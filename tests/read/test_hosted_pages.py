"""Pages of journals hosted on HighWire (older BMJ, Stroke, Heart, Hypertension pages) and on
Silverchair (JAMA Network, Oxford Academic).

HighWire starts each entry of a reference list with a back-link to the text, "↵", after the
entry's label, and sets its authors as a list of their own (``<ol class="cit-auth-list">``).
Copied as text, the arrow stands on a line of its own before each entry. Silverchair sets
each field of an entry in a div of its own (``<div class="surname">``) inside
``<div class="mixed-citation">``. None of these is an entry or a line: read as ones, they
split every entry (CL101, CL103) or doubled the list (CL102).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_path, read_text

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


@pytest.mark.parametrize("name", ["highwire-article.html", "highwire-copied.txt"])
def test_a_highwire_page_reads_one_entry_for_each_reference(name: str) -> None:
    document = read_path(PAGES / name)
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings

    assert [finding.code for finding in findings] == []
    assert [entry.number for entry in document.references] == list(range(1, 9))
    first = document.references[0]
    assert first.authors == ["Okafor N", "Lindgren P"]
    assert first.title == "Home blood pressure telemonitoring after stroke: a randomised trial"
    assert (first.journal, first.year) == ("Stroke", 2019)


def test_a_silverchair_page_reads_each_entry_as_one_line() -> None:
    document = read_path(PAGES / "silverchair-article.html")
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings

    assert [finding.code for finding in findings] == []
    assert [entry.number for entry in document.references] == list(range(1, 7))
    second = document.references[1]
    assert second.authors == ["Fischer T", "Ngata H", "Romero L"]
    assert second.title == "Delirium after hip fracture and 1-year mortality"
    assert (second.journal, second.year, second.volume, second.pages) == (
        "J Am Geriatr Soc",
        2019,
        "67",
        "1601-1608",
    )
    assert (second.doi, second.pmid) == ("10.1111/jgs.15901", "34100002")


def test_blocks_inside_an_entrys_fields_stay_in_its_line() -> None:
    # Nested divs of the same tag: the line ends only where the outer container closes.
    html = (
        "<p>Pain is common.<sup>1</sup> It lasts.<sup>2</sup></p><h2>References</h2>"
        '<div class="ref-list"><div class="ref"><span>1.</span> <div class="mixed-citation">'
        '<div class="person-group"><div class="surname">Okafor</div> <div>N</div></div>. '
        "<div>Telemonitoring</div>. <div>Stroke</div>. 2019;50:1204-11.</div></div>"
        '<div class="ref"><span>2.</span> <div class="mixed-citation">Byrne S. Caps. '
        "<div>Heart</div>. 2017;103:1890-6.</div></div></div>"
    )
    references = read_text(html, "a.html", "html").references
    assert [(entry.number, entry.authors, entry.journal) for entry in references] == [
        (1, ["Okafor N"], "Stroke"),
        (2, ["Byrne S"], "Heart"),
    ]


@pytest.mark.parametrize(
    "item",
    [
        '<li class="mixed-citation">{}</li>',  # the entry itself is the one-line container
        '<div class="mixed-citation">{}</div>',
    ],
)
def test_entries_that_are_their_own_one_line_container_stay_apart(item: str) -> None:
    entries = [
        "Okafor N. Telemonitoring. <div>Stroke</div>. 2019;50:1204-11.",
        "Byrne S. Caps. <div>Heart</div>. 2017;103:1890-6.",
        "Holm B. Targets. <div>JAMA</div>. 2023;329:1320-9.",
    ]
    listed = "".join(item.format(entry) for entry in entries)
    html = (
        "<p>Pain is common.<sup>1</sup> It lasts.<sup>2</sup> It recurs.<sup>3</sup></p>"
        f"<h2>References</h2><ol>{listed}</ol>"
        if item.startswith("<li")
        else "<p>Pain is common.<sup>1</sup> It lasts.<sup>2</sup> It recurs.<sup>3</sup></p>"
        f'<h2>References</h2><div class="ref-list">{listed}</div>'
    )
    document = read_text(html, "a.html", "html")
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert [finding.code for finding in findings] == []
    assert [entry.journal for entry in document.references] == ["Stroke", "Heart", "JAMA"]


@pytest.mark.parametrize(
    "entry",
    [
        "↵\nOkafor N. Telemonitoring after stroke. Stroke 2019;50:1204-11.",
        "1.↵\nOkafor N. Telemonitoring after stroke. Stroke 2019;50:1204-11.",
        "1. ↵ Okafor N. Telemonitoring after stroke. Stroke 2019;50:1204-11.",
        "1. Okafor N. Telemonitoring after stroke. Stroke 2019;50:1204-11. ↵",
    ],
)
def test_the_back_link_arrow_is_no_part_of_an_entry(entry: str) -> None:
    page = f"Pain is common.1\n\nReferences\n{entry}\n"
    [reference] = read_text(page, "a.txt", "txt").references
    assert (reference.number, reference.authors) == (1, ["Okafor N"])
    assert reference.title == "Telemonitoring after stroke"


def test_the_arrow_keeps_an_entrys_place_on_its_line() -> None:
    page = "Pain is common.1\n\nReferences\n↵ Okafor N. Telemonitoring. Stroke 2019;50:1204-11.\n"
    [reference] = read_text(page, "a.txt", "txt").references
    assert (reference.line, reference.column) == (4, 3)


@pytest.mark.parametrize("label", ["1.", "[1]", "1)"])
def test_a_label_repeating_the_lists_number_is_dropped(label: str) -> None:
    # "<ol><li><span class="label">1.</span> Okafor N ...": the list numbers the item, and the
    # page's own label repeats the number.
    html = (
        "<p>Pain is common.<sup>1</sup></p><h2>References</h2><ol><li>"
        f'<span class="label">{label}</span> Okafor N, Byrne S. Telemonitoring after stroke. '
        "Stroke 2019;50:1204-11.</li></ol>"
    )
    [reference] = read_text(html, "a.html", "html").references
    assert reference.authors == ["Okafor N", "Byrne S"]
    assert reference.title == "Telemonitoring after stroke"
    assert reference.raw.startswith("Okafor N")


def test_a_number_starting_an_entry_that_is_not_its_label_stays() -> None:
    # Entry 2's title starts with "3." only by chance of its words: not its own number.
    page = (
        "Pain.1 More.2\n\nReferences\n1. Okafor N. Telemonitoring. Stroke 2019;50:1204-11.\n"
        "2. 3. Mwangi J. Caps. Hypertension 2021;77:1001-9.\n"
    )
    second = read_text(page, "a.txt", "txt").references[1]
    assert second.raw.startswith("3. Mwangi J")


def test_a_springer_page_gives_each_entry_the_doi_and_pmid_of_its_links() -> None:
    # Springer Nature prints no DOI in an entry: its "Article" link holds it with the slash
    # escaped (doi.org/10.1038%2Fnature12345), and its PubMed link is an old Entrez query.
    document = read_path(PAGES / "springer-article.html")
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings

    assert [finding.code for finding in findings] == []
    assert [(entry.doi, entry.pmid) for entry in document.references] == [
        ("10.1038/nature12345", "31000001"),
        ("10.1016/j.cmet.2018.01.001", None),
        ("10.1038/s41579-020-0001-1", None),
    ]


def test_links_converted_to_markdown_keep_their_identifiers() -> None:
    entry = (
        "Okafor, N. Sleep and weight. *Nature* **500**, 100–105 (2019). "
        "[Article](https://doi.org/10.1038%2Fnature12345) [PubMed](http://www.ncbi.nlm.nih.gov/"
        "entrez/query.fcgi?cmd=Retrieve&db=PubMed&dopt=Abstract&list_uids=31000001)"
    )
    [reference] = read_text(
        f"Sleep matters [1].\n\n## References\n\n1. {entry}\n", "a.md", "md"
    ).references
    assert (reference.doi, reference.pmid) == ("10.1038/nature12345", "31000001")


def test_names_of_a_list_without_commas_stay_apart() -> None:
    # "<li>Okafor N</li><li>Byrne S</li>": the items, now words of one line, keep a space.
    html = (
        "<p>Pain is common.<sup>1</sup></p><h2>References</h2><ol><li>"
        '<ol class="cit-auth-list"><li>Okafor N</li><li>Byrne S</li></ol>. '
        "Telemonitoring after stroke. Stroke 2019;50:1204-11.</li></ol>"
    )
    [reference] = read_text(html, "a.html", "html").references
    assert reference.raw.startswith("Okafor N Byrne S. Telemonitoring")


@pytest.mark.parametrize(
    ("after", "raw"),
    [
        # medRxiv: the title's span right after the list (user27 P1-3: "et al.Telemonitoring").
        ('<cite><span class="cit-article-title">Telemonitoring', "et al. Telemonitoring"),
        ("<cite>&#8220;Telemonitoring", "et al.“Telemonitoring"),
        # HighWire's journals: a full stop first, written as it stands.
        ('<cite>. <span class="cit-article-title">Telemonitoring', "et al.. Telemonitoring"),
        ('<cite> <span class="cit-article-title">Telemonitoring', "et al. Telemonitoring"),
    ],
)
def test_a_word_after_the_list_of_names_is_set_apart(after: str, raw: str) -> None:
    html = (
        "<p>Pain is common.<sup>1</sup></p><h2>References</h2><ol><li>"
        '<ol class="cit-auth-list"><li>Okafor N, </li><li>Byrne S, </li>'
        '<li><span class="cit-etal">et al.</span></li></ol>'
        f"{after} after stroke</cite>. Stroke 2019;50:1204-11.</li></ol>"
    )
    [reference] = read_text(html, "a.html", "html").references
    assert reference.raw.startswith(f"Okafor N, Byrne S, {raw} after stroke")
    if raw == "et al. Telemonitoring":
        assert reference.authors == ["Okafor N", "Byrne S"]
        assert reference.title == "Telemonitoring after stroke"
