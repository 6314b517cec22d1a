"""A page's own DOI, PMID and PMCID are not inline citations; identifiers in prose still are."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.read import read_path, read_text

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

BODY = (
    "\nAbstract\n"
    "Anticoagulation after bioprosthetic valve replacement is debated [1].\n"
    "We followed 812 patients for three years [2].\n"
    "\nReferences\n"
    "1. Merie C, Kober L. Warfarin after bioprosthetic aortic valve replacement. "
    "JAMA. 2012;308(20):2118-2125.\n"
    "2. Guimaraes HP, Lopes RD. Rivaroxaban in patients with a bioprosthetic mitral valve. "
    "N Engl J Med. 2020;383(22):2117-2126.\n"
)


def identifiers(text: str, fmt: str = "txt") -> list[str]:
    return [citation.identifier for citation in read_text(text, f"a.{fmt}", fmt).inline]


@pytest.mark.parametrize(
    "head",
    [
        "https://doi.org/10.1016/j.jacc.2021.04.011",
        "Published online: June 11 2025 https://doi.org/10.1016/j.jacc.2021.04.011",
        "J Am Coll Cardiol. 2021;77(19):2401-2410. doi:10.1016/j.jacc.2021.04.011",
        "Cite this article https://doi.org/10.1016/j.jacc.2021.04.011",
        "medRxiv preprint doi: https://doi.org/10.1101/2025.01.20.25300001; this version posted "
        "January 22, 2025. The copyright holder for this preprint is the author/funder.",
        "PMCID: PMC8400001  PMID: 34445000",
        # Europe PMC names the PMID first (user26 P2-6).
        "PMID: 34445000 PMCID: PMC8400001",
    ],
)
def test_the_heads_identifiers_are_the_pages_own(head: str) -> None:
    page = f"Original Research\nValve anticoagulation: a cohort study\n{head}\n{BODY}"
    assert identifiers(page) == []


def test_a_pmid_in_a_sentence_above_the_first_number_is_still_a_citation() -> None:
    page = f"Warfarin was no safer than rivaroxaban in the largest trial (PMID: 33196155).\n{BODY}"
    assert identifiers(page) == ["33196155"]


def test_repeats_and_figure_dois_below_the_head_are_the_pages_own() -> None:
    page = (
        "Valve anticoagulation: a cohort study\n"
        "https://doi.org/10.1371/journal.pone.0299001\n"
        f"{BODY.split('References')[0]}"
        "\nTable 1. Characteristics of the cohort.\n"
        "https://doi.org/10.1371/journal.pone.0299001.t001\n\n"
        "Citation: Berg T (2024) Valve anticoagulation: a cohort study of patients after "
        "surgery. PLoS ONE 19(3): e0299001. https://doi.org/10.1371/journal.pone.0299001\n"
        f"\nReferences{BODY.split('References')[1]}"
    )
    assert identifiers(page) == []


@pytest.mark.parametrize(
    "evidence",
    [
        "Evidence:\nPMID: 31535829\n",  # a clinical note's further evidence, alone on a line
        "Key sources:\n\n- doi:10.1056/NEJMoa1911303\n",  # an AI answer's bullets
    ],
)
def test_identifiers_alone_below_the_head_are_still_citations(evidence: str) -> None:
    """Review14 F1: a line of identifiers below the first citation may be evidence."""
    cited, listed = BODY.split("\nReferences\n")
    page = f"{cited}\n{evidence}\nReferences\n{listed}"
    assert len(identifiers(page, "md")) == 1


@pytest.mark.parametrize(
    "head",
    [
        "**Key trial:** DAPA-HF (PMID: 31535829)",
        "Key trial: DAPA-HF (https://doi.org/10.1056/NEJMoa1911303)",
        "Trial: PMID 31535829",
    ],
)
def test_a_source_named_above_the_first_number_is_still_a_citation(head: str) -> None:
    """Review14 F2: in brackets after a name, or a PMID after words, cites a source."""
    assert len(identifiers(f"{head}\n{BODY}", "md")) == 1


def test_a_data_availability_statements_doi_is_the_pages_data() -> None:
    cited, listed = BODY.split("\nReferences\n")
    page = (
        f"{cited}\n"
        "Data availability: the anonymised cohort data are deposited in the Dryad repository "
        "(https://doi.org/10.5061/dryad.8w9ghx3kq) and the analysis code on Zenodo "
        "(https://doi.org/10.5281/zenodo.7654321).\n"
        f"\nReferences\n{listed}"
    )
    assert identifiers(page) == []


def test_a_labelled_link_and_a_pmid_in_prose_below_stay_citations() -> None:
    cited, listed = BODY.split("\nReferences\n")
    page = (
        f"{cited}\n"
        "Further reading: see the [RIVER trial](https://pubmed.ncbi.nlm.nih.gov/33196155/).\n\n"
        "Rivaroxaban was noninferior to warfarin in these patients (PMID: 33196155).\n"
        f"\nReferences\n{listed}"
    )
    assert identifiers(page, "md") == ["33196155", "33196155"]


def test_a_page_that_cites_no_number_keeps_its_bare_identifiers() -> None:
    """An AI note citing by PMID alone, with a list of its sources: each PMID backs a bullet."""
    page = (
        "- SGLT2 inhibitors: PMID 31535829\n"
        "- Finerenone: PMID 33264825\n"
        "\nSources\n"
        "1. McMurray JJV, et al. Dapagliflozin in heart failure. N Engl J Med. 2019.\n"
    )
    assert identifiers(page, "md") == ["31535829", "33264825"]


def test_an_html_heads_doi_link_whose_text_is_its_address() -> None:
    page = (
        "<html><body><h1>Valve anticoagulation</h1>\n"
        '<div>BMJ 2024; 387 doi: <a href="https://doi.org/10.1136/bmj-2024-079911">'
        "https://doi.org/10.1136/bmj-2024-079911</a> (Published 03 October 2024)</div>\n"
        "<p>Anticoagulation after valve replacement is debated [1].</p>\n"
        "<h2>References</h2>\n<ol><li>Merie C, Kober L. Warfarin after bioprosthetic aortic "
        "valve replacement. JAMA. 2012;308(20):2118-2125.</li></ol>\n</body></html>\n"
    )
    assert identifiers(page, "html") == []


# A PMC article page as a browser or a scraper saves it minified: the whole page on one line.
PMC_HEAD = (
    '<section class="pmc-layout__citation"><div>Clin Infect Pract. 2023 Nov 2;18(4):e0412. '
    'doi: <a href="https://doi.org/10.5555/cip.2023.0412" class="usa-link">'
    "10.5555/cip.2023.0412</a></div></section><h1>Procalcitonin-guided antibiotic stopping"
    '</h1><div class="cg p">Imani Adebayo, Tomas Lindqvist</div>'
    '<ul class="pmc-layout__identifiers"><li>PMCID: PMC10877701</li><li>PMID: '
    '<a href="https://pubmed.ncbi.nlm.nih.gov/37922140/" class="usa-link">37922140</a>'
    "</li></ul>"
)
PMC_BODY = (
    '<section id="sec1"><h2>Introduction</h2><p>Procalcitonin guidance shortened antibiotic '
    'courses.<sup><a href="#R1">1</a></sup>{prose}</p></section><section class="ref-list">'
    '<h2>References</h2><ul class="ref-list"><li id="R1"><span class="label">1.</span><cite>'
    "de Jong E, van Oers JA, Beishuizen A, et al. Efficacy and safety of procalcitonin "
    "guidance in reducing the duration of antibiotic treatment in critically ill patients. "
    "Lancet Infect Dis. 2016;16(7):819-827.</cite></li></ul></section>"
)


@pytest.mark.parametrize("separator", ["", "\n"])
def test_a_minified_pmc_page_gives_its_own_identifiers(separator: str) -> None:
    """User23 P2 1: saved on one line, the page's DOI, PMCID and PMID shared the line of its
    first citation number, so none stood in the head and all three were looked up; with the
    head on a line of its own, the PMID followed the title and names on its line."""
    body = PMC_BODY.format(prose="")
    page = f"<html><body><main><article>{PMC_HEAD}{separator}{body}</article></main></body></html>"
    assert identifiers(page, "html") == []


def test_a_pmc_heads_pmid_after_a_no_break_space_entity_is_the_pages_own() -> None:
    """review24b P2-1: "&nbsp;" read as the word "nbsp" before the PMID, which was then no
    longer after labels only, and was looked up as a citation."""
    head = (
        '<div>PMCID: PMC10877701&nbsp; PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/'
        '37922140/">37922140</a></div><h1>Procalcitonin-guided antibiotic stopping</h1>'
    )
    page = f"<html><body>{head}{PMC_BODY.format(prose='')}</body></html>"
    assert identifiers(page, "html") == []


def test_a_pmid_in_prose_on_the_one_line_is_still_a_citation() -> None:
    prose = " Shorter courses were as safe (PMID: 27009304)."
    page = f"<html><body>{PMC_HEAD}{PMC_BODY.format(prose=prose)}</body></html>"
    assert identifiers(page, "html") == ["27009304"]


ANSWER_LIST = (
    "<h2>References</h2><ol><li>Merie C, Kober L. Warfarin after bioprosthetic aortic valve "
    "replacement. JAMA. 2012;308(20):2118-2125.</li><li>Guimaraes HP, Lopes RD. Rivaroxaban "
    "in patients with a bioprosthetic mitral valve. N Engl J Med. 2020;383(22):2117-2126."
    "</li></ol>"
)


@pytest.mark.parametrize("separator", ["", "\n"])
def test_a_doi_after_a_line_break_in_a_paragraph_of_prose_is_a_citation(separator: str) -> None:
    """review24b P1-2: a <br> does not open a block of its own: the DOI stands in the
    paragraph's prose, not among a head's metadata, on one line or on many."""
    page = separator.join(
        [
            "<html><body><h1>Anticoagulation after a bioprosthetic valve</h1>",
            "<p>Short answer: warfarin is not needed for most patients after the first months."
            "<br>Main trial: https://doi.org/10.1001/jama.2012.54555</p>",
            "<p>Bleeding was more frequent on warfarin [1], and rivaroxaban was as safe [2].</p>",
            f"{ANSWER_LIST}</body></html>",
        ]
    )
    assert identifiers(page, "html") == ["10.1001/jama.2012.54555"]


@pytest.mark.parametrize(
    "name",
    [
        "ajr-copied.txt",
        "bmj-article.html",
        "bmj-copied.txt",
        "jama-copied.txt",
        "medrxiv-preprint-copied.txt",
        "plos-copied.txt",
        "pmc-article.html",
        "pmc-copied.txt",
        "wiley-copied.txt",
    ],
)
def test_publisher_pages_cite_nothing_inline(name: str) -> None:
    assert read_path(PAGES / name).inline == []


def test_an_answer_pages_linked_trials_stay_citations() -> None:
    linked = read_path(PAGES / "answer-dashed-sources.md").inline
    assert [citation.identifier for citation in linked] == ["34170647", "27633186", "37952131"]


def test_a_head_listing_two_dois_lists_sources_not_the_pages_own() -> None:
    """Review14 F4: an AI answer copied with its "Sources" above the text."""
    page = (
        "Sources\n"
        "Dapagliflozin in heart failure with reduced ejection fraction\n"
        "https://doi.org/10.1056/NEJMoa1911303\n"
        "Empagliflozin in heart failure with a preserved ejection fraction\n"
        "https://doi.org/10.1056/NEJMoa2107038\n"
        f"{BODY}"
    )
    assert identifiers(page) == ["10.1056/nejmoa1911303", "10.1056/nejmoa2107038"]


@pytest.mark.parametrize("heading", ["Sources", "## Sources", "**Key sources:**", "Citations"])
def test_a_source_under_a_sources_heading_at_the_top_is_no_page_s_own(heading: str) -> None:
    """Review14 F4, one source: under "Sources" the one DOI is what the answer cites. It
    was the head's only DOI, so taken for the page's own and never looked up."""
    page = (
        f"{heading}\n"
        "Dapagliflozin in heart failure with reduced ejection fraction\n"
        "https://doi.org/10.1056/NEJMoa1911303\n"
        f"{BODY}"
    )
    assert identifiers(page) == ["10.1056/nejmoa1911303"]


def test_a_journal_s_own_doi_above_a_sources_heading_is_still_its_own() -> None:
    page = (
        "N Engl J Med 2019;381:1995-2008\nhttps://doi.org/10.1056/NEJMoa1911303\n\nSources\n"
        "Empagliflozin in heart failure with a preserved ejection fraction\n"
        "https://doi.org/10.1056/NEJMoa2107038\n"
        f"{BODY}"
    )
    assert identifiers(page) == ["10.1056/nejmoa2107038"]


AUTHOR_YEAR_BODY = (
    "\nIntroduction\n"
    "Anticoagulation after bioprosthetic valve replacement is debated (Merie and Kober 2012).\n"
    "\nReferences\n"
    "Merie C, Kober L (2012) Warfarin after bioprosthetic aortic valve replacement. JAMA "
    "308:2118-2125\n"
    "Guimaraes HP, Lopes RD (2020) Rivaroxaban in patients with a bioprosthetic mitral valve. "
    "N Engl J Med 383:2117-2126\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "https://doi.org/10.1016/j.jacc.2021.04.011",
        "First published: 12 March 2024 https://doi.org/10.1016/j.jacc.2021.04.011",
        # The Cochrane Library's head gives the review's type before its date (user26 P2-8).
        "Intervention Review Version published: 9 October 2024 "
        "https://doi.org/10.1016/j.jacc.2021.04.011",
        # A Silverchair page's citation line under its title (user30b P1-9).
        "Diabetes Care 2024;47(Supplement_1):S158–S178 https://doi.org/10.1016/j.jacc.2021.04.011",
        "Journal of the American College of Cardiology 2021;77(19):2401-2410. "
        "https://doi.org/10.1016/j.jacc.2021.04.011",
    ],
)
def test_the_heads_doi_of_a_page_citing_by_author_and_year_is_the_pages_own(head: str) -> None:
    """user20: looked up as a citation, it gave CL207 on the page's own DOI."""
    page = (
        f"Valve anticoagulation: a narrative review\nA. Okafor, B. Lind\n{head}\n{AUTHOR_YEAR_BODY}"
    )
    assert identifiers(page) == []


def test_a_doi_on_its_own_line_after_prose_on_an_author_year_page_stays_a_citation() -> None:
    # review20b: all above the list was taken for the page's head.
    page = (
        "Valve anticoagulation: a narrative review\n\n"
        "Warfarin after valve replacement was studied in a large national cohort of adults. "
        "The report is here:\n\nhttps://doi.org/10.1001/jama.2012.54555\n"
        f"{AUTHOR_YEAR_BODY}"
    )
    assert identifiers(page) == ["10.1001/jama.2012.54555"]


@pytest.mark.parametrize("separator", ["", "\n"])
def test_a_doi_in_its_own_paragraph_on_an_author_year_html_page_stays_a_citation(
    separator: str,
) -> None:
    """review24b P1-3: an HTML block ends in its closing tag, so no block read as prose and
    the whole body was the head; the DOI below the prose was dropped as the page's own."""
    page = separator.join(
        [
            "<html><body><h1>Valve anticoagulation: a narrative review</h1>",
            "<p>Warfarin after valve replacement was studied in a large national cohort of "
            "adults (Merie and Kober, 2012).</p>",
            "<p>The trial protocol is here</p><p>https://doi.org/10.1001/jama.2012.54555</p>",
            "<p>Rivaroxaban was as safe as warfarin in the randomised trial that followed "
            "(Guimaraes and Lopes, 2020).</p>",
            f"{ANSWER_LIST}</body></html>",
        ]
    )
    assert identifiers(page, "html") == ["10.1001/jama.2012.54555"]


def test_a_cochrane_library_pages_own_doi_is_no_citation() -> None:
    assert read_path(PAGES / "cochrane-library-saved.html").inline == []


def test_a_doi_in_the_prose_of_a_cochrane_page_stays_a_citation() -> None:
    page = (PAGES / "cochrane-library-saved.html").read_text(encoding="utf-8")
    cited = page.replace(
        "slows recovery (",
        "slows recovery, as a cohort showed (https://doi.org/10.1056/NEJMcp1605501) and (",
        1,
    )
    assert identifiers(cited, "html") == ["10.1056/nejmcp1605501"]


def test_a_bullet_citing_by_doi_above_a_list_stays_a_citation() -> None:
    page = (
        "- Dapagliflozin: doi:10.1056/NEJMoa1911303\n"
        "\nSources\n"
        "1. McMurray JJV, et al. Dapagliflozin in heart failure. N Engl J Med. 2019.\n"
    )
    assert identifiers(page, "md") == ["10.1056/nejmoa1911303"]


def test_an_article_info_block_after_the_list_gives_the_pages_own_doi() -> None:
    """user20: the Lancet's "Article info" after the references was looked up (CL207)."""
    cited, listed = BODY.split("\nReferences\n")
    entries = "".join(f"<li>{line}</li>" for line in listed.strip().split("\n"))
    page = (
        f"<html><body><p>{cited.strip()}</p>\n<section><h2>References</h2><ol>{entries}</ol>"
        '</section><section class="article-info"><h2>Article info</h2><p>Published: March 12, '
        "2024</p><p>Identification: DOI: https://doi.org/10.1016/S0140-6736(24)00123-4</p>"
        "</section></body></html>\n"
    )
    assert identifiers(page, "html") == []
    further = page.replace("Identification: DOI:", "Further reading:")
    assert identifiers(further, "html") == ["10.1016/s0140-6736(24)00123-4"]


def _html_page(head: str, after_list: str) -> str:
    cited, listed = BODY.split("\nReferences\n")
    entries = "".join(f"<li>{line}</li>" for line in listed.strip().split("\n"))
    return (
        f"<html><body><header>{head}</header><p>{cited.strip()}</p>\n"
        f"<section><h2>References</h2><ol>{entries}</ol></section>{after_list}</body></html>\n"
    )


CITE_BLOCK = (
    "<p>Berg, T., Lund, K. <i>et al.</i> Valve anticoagulation: a cohort study. "
    "<i>Heart Valves</i> <b>12</b>, 101–110 (2025). https://doi.org/10.1038/s99999-025-01234-x</p>"
)


@pytest.mark.parametrize(
    "block",
    [
        # Springer Nature's "About this article" (user28b P2-1).
        f"<section><h2>About this article</h2><p>Cite this article</p>{CITE_BLOCK}</section>",
        "<section><p>How to cite this article: Berg T, Lund K. Valve anticoagulation: a cohort "
        "study. Heart Valves. 2025;12:101-110. doi:10.1038/s99999-025-01234-x</p></section>",
    ],
)
def test_a_cite_this_article_block_after_the_list_gives_the_pages_own_doi(block: str) -> None:
    assert identifiers(_html_page("<h1>Valve anticoagulation</h1>", block), "html") == []


def test_a_doi_after_the_list_under_another_heading_stays_a_citation() -> None:
    block = f"<section><h2>Further reading</h2>{CITE_BLOCK}</section>"
    page = _html_page("<h1>Valve anticoagulation</h1>", block)
    assert identifiers(page, "html") == ["10.1038/s99999-025-01234-x"]


def _author(name: str, marks: str, place: str) -> str:
    return (
        f'<span><a class="author-name" href="#"><span>{name}</span></a><sup>{marks}</sup>'
        f'<div class="author-info"><p>{place}</p><p><b>More papers by this author</b></p></div>'
        "</span>"
    )


def test_a_first_published_doi_below_byline_superscripts_is_the_pages_own() -> None:
    """user28b P2-1: Wiley's head gives the DOI after the byline's affiliation marks."""
    head = (
        '<div class="journal">Heart Valves</div><h1>Valve anticoagulation</h1><div>'
        + _author("Tove Berg", "1,2", "Department of Cardiology, Lund University, Lund, Sweden")
        + _author("Karl Lund", "2", "Heart Centre, Uppsala, Sweden")
        + '</div><p class="epub-section">First published: 11 March 2025 <a href="https://doi.org/'
        '10.1161/JAHA.124.300001">https://doi.org/10.1161/JAHA.124.300001</a></p>'
    )
    assert identifiers(_html_page(head, ""), "html") == []


def test_a_first_published_doi_below_a_copied_byline_is_the_pages_own() -> None:
    head = (
        "Heart Valves\nValve anticoagulation: a cohort study\nTove Berg1,2\n\n"
        "Department of Cardiology, University Hospital, Lund, Sweden\n\nKarl Lund2\n\n"
        "First published: 11 March 2025 https://doi.org/10.1161/JAHA.124.300001\n"
    )
    assert identifiers(head + BODY) == []


def test_a_journal_line_past_the_list_or_in_nlm_style_is_a_source() -> None:
    """review30b P1-3: "Further reading" under the list, and an NLM source line (a stop after
    its abbreviated journal), give a source's DOI, still checked."""
    further = (
        "Lower targets reduce stroke in diabetes [1].\n\n## References\n\n"
        "1. Okafor M, Lind P. Blood pressure targets in diabetes. Diabetes Care. "
        "2019;42(4):701-8.\n\n## Further reading\n\n"
        "Diabetes Care 2024;47(Supplement_1):S179–S218 https://doi.org/10.2337/dc24-S099\n"
    )
    assert identifiers(further, "md") == ["10.2337/dc24-s099"]


def test_a_silverchair_heads_citation_line_gives_the_pages_own_doi() -> None:
    """user30b P1-9: the ADA Standards' page, citing by linked numbers in parentheses."""
    page = (
        "<html><body><h1>9. Pharmacologic Approaches to Glycemic Treatment</h1>"
        '<div class="wi-authors">Professional Practice Committee</div>'
        '<div class="ww-citation-primary"><em>Diabetes Care</em> 2024;47(Supplement_1):'
        'S158–S178 <a href="https://doi.org/10.2337/dc24-S009">https://doi.org/10.2337/dc24-S009'
        "</a></div><p>Empagliflozin reduced cardiovascular death by 38% in a large outcome "
        'trial (<a href="#c1">1</a>).</p>'
        f"{ANSWER_LIST}</body></html>"
    )
    assert identifiers(page, "html") == []


@pytest.mark.parametrize(
    "head",
    [
        # Traps: a source's authors before its journal, and a citation line below the prose.
        "McMurray JJ, et al. N Engl J Med 2019;381(21):1995-2008. https://doi.org/10.1056/x1",
        "Anticoagulation after valve replacement is debated in adults and in the elderly.\n"
        "N Engl J Med 2019;381(21):1995-2008. https://doi.org/10.1056/x1",
    ],
)
def test_a_sources_citation_line_stays_a_citation(head: str) -> None:
    page = f"Valve anticoagulation: a narrative review\n{head}\n{AUTHOR_YEAR_BODY}"
    assert identifiers(page) == ["10.1056/x1"]


IMAGE_PAGE = (
    "Images in Clinical Medicine\nBlack Hairy Tongue after Linezolid\n"
    "A 67-year-old man treated with linezolid for osteomyelitis noticed a dark tongue on day 9. "
    "Examination showed elongated black filiform papillae. The discoloration resolved after "
    "linezolid was stopped.\n"
)


@pytest.mark.parametrize(
    "foot",
    [
        "DOI: 10.5555/icm.2025.1187\nCopyright © 2025 Massachusetts Medical Society.\n",
        "Copyright © 2025 Massachusetts Medical Society.\ndoi:10.5555/icm.2025.1187\n",
    ],
)
def test_the_imprint_doi_of_a_page_without_references_is_the_pages_own(foot: str) -> None:
    """An Images in Medicine page gives its own DOI beside its copyright (user31b P1-7)."""
    assert identifiers(IMAGE_PAGE + foot) == []


@pytest.mark.parametrize(
    "foot",
    [
        "Source: doi:10.1056/nejmoa1911303\n© 2025 The Authors.\n",
        "DOI: 10.1056/nejmoa1911303\nThe drug was stopped after two weeks.\n",
        "Linezolid causes it in some patients (doi:10.1056/nejmoa1911303).\n"
        "Copyright © 2025 Massachusetts Medical Society.\n",
        # review31b P1-1: a link beside the footer, or a journal line above a DOI, may be what
        # the page cites ("Learn more:", "Further reading"): only a labelled DOI is its own.
        "https://doi.org/10.1056/nejmoa1911303\n\n© 2025 The Authors. All rights reserved.\n",
        "N Engl J Med 2019;381:1995-2008\nDOI: 10.1056/nejmoa1911303\n",
    ],
)
def test_a_doi_of_a_page_without_references_away_from_an_imprint_stays_a_citation(
    foot: str,
) -> None:
    assert identifiers(IMAGE_PAGE + foot) == ["10.1056/nejmoa1911303"]


def test_the_imprint_doi_of_a_saved_html_page_is_the_pages_own() -> None:
    """lastread31a: the label and the rest of the line are read without their tags."""
    page = (
        "<html><body><h1>Black Hairy Tongue after Linezolid</h1>"
        "<p>A 67-year-old man treated with linezolid noticed a dark tongue on day 9.</p>\n"
        "<p>DOI: 10.5555/icm.2025.1187</p>\n"
        "<p>Copyright © 2025 Massachusetts Medical Society.</p></body></html>\n"
    )
    document = read_text(page, "image.html", "html")
    assert [citation.identifier for citation in document.inline] == []
