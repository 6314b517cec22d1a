"""Word, Manubot and PMC JATS pages as their authors' tools write them (word19): every one in
fixtures/pages/ is right, so test_real_documents.py finds nothing in them offline; here, a
fault planted in each is still found, and those citing records the fake PubMed holds get no
CL1xx or CL2xx finding online either."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online
from test_real_pages_online import findings

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_path, read_text
from citelint.record import Record

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "fixtures" / "pages"


def structure(path: Path) -> list[tuple[str, int | None]]:
    document = read_path(path)
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.citation or finding.reference) for finding in found]


def planted_docx(tmp_path: Path, name: str, old: str, new: str, part: str) -> Path:
    """The page with one piece of one XML part replaced, as an author's slip would."""
    source = PAGES / name
    target = tmp_path / name
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(target, "w") as copy:
        for item in package.infolist():
            data = package.read(item.filename)
            if item.filename == part:
                text = data.decode("utf-8")
                assert text.count(old) == 1, (name, old)
                data = text.replace(old, new).encode("utf-8")
            copy.writestr(item, data)
    return target


def shown(text: str) -> str:
    return f'<w:t xml:space="preserve">{text}</w:t>'


PLANTED_WORD = [
    ("word-superscript-manuscript.docx", "<w:t>2-4</w:t>", "<w:t>2-7</w:t>", ("CL101", 7)),
    ("word-zotero-bibliography-field.docx", shown("3,4"), shown("3"), ("CL102", 4)),
    ("word-mendeley-controls.docx", shown("[1,3]"), shown("[1,5]"), ("CL101", 5)),
    ("word-endnote-tracked.docx", shown("4,5"), shown("5,4"), ("CL104", 5)),
    ("word-footnoted-letter.docx", "below 5.5 mmol/L [2]", "below 5.5 mmol/L [3]", ("CL101", 3)),
    ("word-journal-template.docx", "follow-up [1]", "follow-up [5]", ("CL101", 5)),
    # word20's pages: a Ref column, a text box's neighbours, a move, equations, a list in
    # a VML text box, a Google Docs export.
    ("word-trials-table.docx", "<w:t>[2]</w:t>", "<w:t>[7]</w:t>", ("CL101", 7)),
    ("word-hospital-guideline.docx", "<w:t>3,4</w:t>", "<w:t>3,6</w:t>", ("CL101", 6)),
    (
        "word-reviewed-draft.docx",
        "; azithromycin cut exacerbations [4]",
        "; azithromycin cut exacerbations",
        ("CL102", 4),  # the moved-away copy of the sentence is no citation
    ),
    ("word-equations.docx", "<w:t>3</w:t>", "<w:t>4</w:t>", ("CL101", 4)),
    ("word-leaflet-boxes.docx", "month by month [3]", "month by month [4]", ("CL101", 4)),
    ("word-google-docs-export.docx", "<w:t>3</w:t>", "<w:t>4</w:t>", ("CL101", 4)),
    # word21's: a list in a table with levels, Word's own citations, alternate content.
    ("word-guideline-evidence-table.docx", "very old [4]", "very old [5]", ("CL101", 5)),
    ("word-ieee-bibliography.docx", shown(" [2], [3]"), shown(" [2], [6]"), ("CL101", 6)),
    (
        "word-leaflet-symbols.docx",
        '"w14"><w:r><w:rPr><w:noProof/></w:rPr>' + shown(" [2]"),
        '"w14"><w:r><w:rPr><w:noProof/></w:rPr>' + shown(" [4]"),
        ("CL101", 4),  # the choice is read, not the fallback's copy
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "finding"), PLANTED_WORD)
def test_a_fault_planted_in_a_word_page_is_found(
    tmp_path: Path, name: str, old: str, new: str, finding: tuple[str, int]
) -> None:
    assert structure(PAGES / name) == []
    path = planted_docx(tmp_path, name, old, new, "word/document.xml")
    assert finding in structure(path)


def test_a_citation_in_a_footnote_beside_the_list_is_read(tmp_path: Path) -> None:
    name = "word-footnotes-citing.docx"
    assert structure(PAGES / name) == []  # reference 3 is cited in footnote 2 only
    path = planted_docx(tmp_path, name, "help less [3]", "help less [5]", "word/footnotes.xml")
    assert sorted(structure(path)) == [("CL101", 5), ("CL102", 3)]


def test_two_entries_alike_in_a_typed_list_are_still_duplicates(tmp_path: Path) -> None:
    # A Word list is no notes: the same work under two numbers is CL105's. (Entry 1 pasted
    # again under 2 with its issue left out: a title alone shared by other authors in
    # another journal is two papers, see tests/rules/test_duplicates.py.)
    name = "word-footnoted-letter.docx"
    path = planted_docx(
        tmp_path,
        name,
        "2. Haddad N, Brooks E. Spironolactone after hyperkalaemia in heart failure: restart or "
        "stop? ESC Heart Fail. 2020;7(5):2513-21.",
        "2. Lindgren A, Osei K. Patiromer for hyperkalaemia in chronic kidney disease. Clin "
        "Kidney J. 2021;14:921-9.",
        "word/document.xml",
    )
    assert ("CL105", 2) in structure(path)


PLANTED_TEXT = [
    (
        "manubot-review-rendered.html",
        'ref-Ha9Pq0sD" role="doc-biblioref">8</a>]</span>. Table',
        'ref-Ha9Pq0sD" role="doc-biblioref">10</a>]</span>. Table',
        ("CL101", 10),
    ),
    ("manubot-manuscript.md", "[@doi:10.1037/amp0000904]", "[@smith2021]", ("CL101", 7)),
    ("quarto-manuscript.md", "[@doi:10.1037/amp0000904]", "[@audit2024]", ("CL101", 7)),
    (
        "pmc-jats-element.nxml",
        '<xref ref-type="bibr" rid="CR6">6</xref>&#x2013;',
        '<xref ref-type="bibr" rid="CR7">7</xref>&#x2013;',
        ("CL102", 6),
    ),
    (
        "pmc-jats-supplement.nxml",
        '<sup><xref ref-type="bibr" rid="R6">6</xref></sup>',
        "",
        ("CL102", 6),
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "finding"), PLANTED_TEXT)
def test_a_fault_planted_in_a_manubot_or_jats_page_is_found(
    name: str, old: str, new: str, finding: tuple[str, int]
) -> None:
    path = PAGES / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    fmt = {"nxml": "jats"}.get(path.suffix[1:], path.suffix[1:])
    document = read_text(text.replace(old, new, 1), name, fmt)
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert finding in [(f.code, f.citation or f.reference) for f in found]


_SUPPLEMENT = (
    '<app-group><app id="App1"><title>Appendix</title><sec><title>Supplementary references'
    "</title><p>These works are cited in Additional file 1 only.</p><ref-list>"
    '<ref id="CRS1"><label>S1.</label><mixed-citation publication-type="journal">Chey WD, '
    "Howden CW, Moss SF, et al. ACG clinical guideline: treatment of Helicobacter pylori "
    "infection. Am J Gastroenterol. 2024;119(9):1730-53.</mixed-citation></ref>"
    '<ref id="CRS2"><label>{label}</label><mixed-citation publication-type="journal">'
    "O'Byrne PM, FitzGerald JM, Bateman ED, et al. Inhaled combined budesonide-formoterol "
    "as needed in mild asthma. N Engl J Med. 2018;378(20):1865-76.</mixed-citation></ref>"
    "</ref-list></sec></app></app-group></back>"
)


@pytest.mark.parametrize("label", ["S2.", "2."])
def test_a_supplements_own_list_is_not_the_articles(label: str) -> None:
    # Titled "Supplementary references" (and here labelled S1, S2): cited in the supplement,
    # so never "unused", and not entries of the article's list.
    text = (PAGES / "pmc-jats-element.nxml").read_text(encoding="utf-8")
    document = read_text(
        text.replace("</back>", _SUPPLEMENT.format(label=label)), "article.nxml", "jats"
    )
    assert len(document.references) == 10
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert found == []


def test_an_article_whose_only_list_is_labelled_s1_keeps_it() -> None:
    text = (PAGES / "pmc-jats-element.nxml").read_text(encoding="utf-8")
    for number in range(1, 11):
        text = text.replace(f"<label>{number}.</label>", f"<label>S{number}.</label>")
    assert len(read_text(text, "article.nxml", "jats").references) == 10


ONLINE = [
    "word-zotero-bibliography-field.docx",
    "word-footnote-citations.docx",
    "manubot-manuscript.md",
    "quarto-manuscript.md",
    "pmc-jats-element.nxml",
    "pmc-jats-supplement.nxml",
]


@pytest.mark.parametrize("name", ONLINE)
def test_pages_citing_real_records_get_no_finding_online(pubmed: FakeEutils, name: str) -> None:
    assert findings(pubmed, name) == []


def test_manubot_authors_cut_before_the_last_are_read(pubmed: FakeEutils) -> None:
    # CSL's et-al-use-last: "A, B, … Z". The journal and year had run into the authors, and
    # the entry's PMID was taken for another paper's (CL204).
    name = "manubot-real-records.html"
    page = (PAGES / name).read_text(encoding="utf-8")
    whole = "Yu Seon Kim, Alireza Oestrich, Feng Qu, Nazanin Rashidi, Farshid Guilak"
    assert whole in page
    cut = page.replace(whole, "Yu Seon Kim, … Farshid Guilak")
    assert findings(pubmed, name, cut) == []
    entry = read_text(cut, name, "html").references[4]
    assert (entry.journal, entry.year, entry.authors[-1]) == (
        "American Journal of Physiology-Cell Physiology",
        2023,
        "Farshid Guilak",
    )


@pytest.mark.parametrize("dash", ["&#x2010;", "&#x2011;"])
def test_linked_numbers_with_unicodes_hyphen_between_are_a_range(dash: str) -> None:
    # "[4‐6]" with U+2010 was not read at all: reference 7 then came first (CL104).
    name = "manubot-review-rendered.html"
    text = (PAGES / name).read_text(encoding="utf-8")
    old = 'role="doc-biblioref">4</a>–<a'
    assert old in text
    document = read_text(text.replace(old, old.replace("–", dash)), name, "html")
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    assert found == []


_ABSTRACTS = {
    "23121403": "After anticoagulation for unprovoked venous thromboembolism, 822 patients were "
    "randomly assigned to aspirin 100 mg or placebo. Aspirin reduced the rate of recurrence by "
    "about a third (hazard ratio 0.68) without more major bleeding.",
    "33967209": "Invasive hemodynamic monitoring with pulmonary artery catheters guides inotropes "
    "and mechanical support in patients in cardiogenic shock.",
}


@pytest.fixture(scope="module")
def abstracts() -> Iterator[FakeEutils]:
    """A fake PubMed whose two records of word-answer-links have abstracts to compare."""
    with FakeEutils(records_dir=None) as server:
        for record in read_path(PAGES / "pmc-jats-element.nxml").references[1:3]:
            server.add_record(
                Record(
                    pmid=record.pmid or "",
                    title=record.title or "",
                    journal=record.journal or "",
                    journal_abbrev=record.journal or "",
                    year=record.year,
                    authors=list(record.authors),
                    volume=record.volume,
                    issue=record.issue,
                    pages=record.pages,
                    doi=record.doi,
                    abstract=_ABSTRACTS[record.pmid or ""],
                    publication_types=["Journal Article"],
                )
            )
        yield server


_ANSWER_HTML = (
    "<html><body><h1>Follow-up after a pulmonary embolism</h1><p>After six months of "
    "anticoagulation, low-dose aspirin lowered the risk of recurrence "
    '<a href="https://pubmed.ncbi.nlm.nih.gov/23121403/">[1]</a>. Invasive monitoring is for '
    'cardiogenic shock only <a href="https://doi.org/10.1097/MCC.0000000000000838">[2]</a>.'
    "</p><h2>Sources</h2><ol><li>Brighton TA, et al. Low-dose aspirin for preventing "
    "recurrent venous thromboembolism. N Engl J Med. 2012;367(21):1979-87. "
    '<a href="https://pubmed.ncbi.nlm.nih.gov/23121403/">Link</a></li><li>VanDyck TJ, Pinsky '
    "MR. Hemodynamic monitoring in cardiogenic shock. Curr Opin Crit Care. 2021;27(4):454-9. "
    '<a href="https://doi.org/10.1097/MCC.0000000000000838">Link</a></li></ol></body></html>'
)


@pytest.mark.parametrize("page", ["word-answer-links.docx", "answer-links.html"])
def test_a_links_address_is_no_number_of_the_claim(abstracts: FakeEutils, page: str) -> None:
    # "[1]" linked to PubMed: the reader writes the address after it, and its digits
    # ("23121403", "10.1097") were the claim's numbers, "not in the abstract" (CL301).
    if page.endswith(".html"):
        document = read_text(_ANSWER_HTML, page, "html")
    else:
        document = read_path(PAGES / page)
    assert len(document.claims) == 2
    found = lint_online(abstracts, document, ["CL301"])
    assert found == []
