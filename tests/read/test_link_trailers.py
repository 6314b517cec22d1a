"""Link-outs after a reference entry ("PubMed | Google Scholar") are no part of it."""

from __future__ import annotations

import pytest

from citelint.read.link_trailers import is_link_trailer, without_link_words


def test_a_line_of_link_outs_is_a_trailer_and_an_entry_is_not() -> None:
    assert is_link_trailer("PubMed | Google Scholar")
    assert is_link_trailer("ArticlePubMedGoogle ScholarCrossref")
    assert not is_link_trailer("Smith J. A title. Lancet. 2019;1:2.")
    assert not is_link_trailer(" | [ ] - ")  # separators alone are no link-outs


def test_long_runs_of_separators_are_no_trailer_and_are_read_at_once() -> None:
    # A rule of dashes or a run of spaces before a word: each separator used to be split
    # between the link-out pattern's two repeats in every possible way (minutes for 30).
    assert not is_link_trailer("- " * 40 + "end of list")
    assert not is_link_trailer(" " * 60 + "x")


def test_link_outs_after_the_last_stop_of_an_entry_are_dropped_and_their_addresses_kept() -> None:
    entry = "Smith J. A title. Lancet. 2019;1:2."
    assert without_link_words(entry + " PubMed Google Scholar") == entry
    pubmed = "https://pubmed.ncbi.nlm.nih.gov/31535829/"
    assert without_link_words(f"{entry} PubMed {pubmed} Google Scholar") == f"{entry} {pubmed}"
    assert without_link_words("Smith J. A title. Lancet. 2019. Crossref; PubMed") == (
        "Smith J. A title. Lancet. 2019."
    )
    # Separators alone are no link-outs; nor is a word in the title that starts like one.
    assert without_link_words("Smith J. A title. Lancet. 2019. | [ ]").endswith("| [ ]")
    assert without_link_words("Smith J. Scholarly views; a title. 2019;1:2.") == (
        "Smith J. Scholarly views; a title. 2019;1:2."
    )


def test_an_address_alone_after_the_last_stop_stays_as_it_is() -> None:
    entry = "Smith J. A title. Lancet. 2019;1:2."
    for address in ("https://doi.org/10.1/x", "https://pubmed.ncbi.nlm.nih.gov/31535829/"):
        assert without_link_words(f"{entry} {address}") == f"{entry} {address}"
    # A Markdown link's ")" is still dropped, and link-outs before the address still go.
    assert without_link_words(f"{entry} https://doi.org/10.1/x)") == (
        f"{entry} https://doi.org/10.1/x"
    )
    assert without_link_words(f"{entry} PubMed https://doi.org/10.1/x") == (
        f"{entry} https://doi.org/10.1/x"
    )


def test_mdpis_green_version_is_a_link_out() -> None:
    """user26 P1-2: MDPI links an open copy after its other link-outs; kept, it made the
    whole entry its title (a false CL204 error)."""
    entry = "Paul, J. Pancreatic Steatosis. Arq. Gastroenterol. 2020, 57, 216–220."
    assert without_link_words(entry + " [Google Scholar] [CrossRef] [PubMed] [Green Version]") == (
        entry
    )
    assert without_link_words(entry + " [Green Version]") == entry
    assert is_link_trailer("[Green Version]")


def test_de_gruyters_search_in_google_scholar_is_a_link_out() -> None:
    """hunt17: each "Search in Google Scholar PubMed" line of a De Gruyter page copied was an
    entry of its own (42 entries for 21, with false CL105, CL201 and CL102)."""
    assert is_link_trailer("Search in Google Scholar")
    assert is_link_trailer("Search in Google Scholar PubMed PubMed Central")
    entry = "Tayal, D. D-dimer. Horm Mol Biol Clin Investig 2024;45:75–84."
    assert without_link_words(entry + " Search in Google Scholar") == entry
    assert not is_link_trailer("Search in the literature")


def test_hindawis_lwws_and_acps_link_outs_are_link_outs() -> None:
    """hunt17: "View at: Publisher Site | Google Scholar" (Hindawi), "Cited Here |" and "View
    Full Text | PubMed | CrossRef" (LWW), "Link | ISI | Google Scholar" (ACP); copied with a
    list whose numbers did not copy, each such line began the next entry."""
    for line in (
        "View at: Publisher Site | Google Scholar",
        "Cited Here |",
        "View Full Text | PubMed | CrossRef",
        "Link | ISI | Google Scholar",
    ):
        assert is_link_trailer(line)
    assert not is_link_trailer("Link JS, Cited A. Here and there. 2020;1:2.")


@pytest.mark.parametrize(
    "line",
    [
        "PubMed/NCBI",  # PLOS
        "Article ADS CAS PubMed Google Scholar",  # Nature
        "Article MathSciNet MATH Google Scholar",  # Springer Nature
        "Search ADS",  # Oxford Academic
        "WorldCat",
        "Go to citation",  # Wiley
        "Open in a new tab",  # PMC, LWW
    ],
)
def test_publishers_link_outs_are_link_outs(line: str) -> None:
    """furniture18: in a list copied without its numbers, each of these lines was an entry of
    its own (PLOS, Oxford Academic and Nature pages: 34 to 88 false findings a page)."""
    assert is_link_trailer(line)
    entry = "Laird NM, Ware JH. Random-effects models. Biometrics. 1982;38:963-74."
    assert without_link_words(f"{entry} {line}") == entry


def test_words_that_start_like_the_new_link_outs_are_kept() -> None:
    assert not is_link_trailer("Mathematical models of adsorption")
    assert not is_link_trailer("Adams R, Math J. Title. 2020;1:2.")
    entry = "Smith J. Models. Ann Math. 2001;3:45."
    assert without_link_words(entry) == entry


@pytest.mark.parametrize(
    ("entry", "trailer"),
    [
        ("Smith J. A title. Lancet. 2019;1:2. PMID: 35830032", " Google Scholar"),
        ("Smith J. A title. Lancet. 2019;1:2. pmid:35830032", " [PubMed] [Google Scholar]"),
        ("Smith J. A title. Biochem Soc Trans. 2019;1:2. doi: 10.1042/x", " [DOI] [PubMed]"),
        ("Smith J. A title. Lancet. 2019;1:2", " PubMed Google Scholar"),
    ],
)
def test_link_outs_after_an_identifier_with_no_stop_are_dropped(entry: str, trailer: str) -> None:
    """left19: with no stop before them they stayed in the entry's raw text."""
    assert without_link_words(entry + trailer) == entry


@pytest.mark.parametrize(
    "entry",
    [
        "Smith J. A title [abstract]",  # a note of NLM's, not a link-out
        "Smith J. Trial 2 results. Lancet. 2019;1:2 [Internet]",
        "Smith J. Phase 2 trial of drug X in stage 3 disease",  # words of a title
    ],
)
def test_other_brackets_after_an_entry_stay(entry: str) -> None:
    assert without_link_words(entry) == entry
