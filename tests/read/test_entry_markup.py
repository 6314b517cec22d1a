"""An entry's text as plain words (read/entry_markup.py), read through a whole answer."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.entry_markup import clean_markup


def _entries(list_lines: str) -> list:
    text = "Steroids lowered mortality [1]. Gliflozins helped [2].\n\n## References\n\n"
    return read_text(text + list_lines, "answer.md", "md").references


def test_an_entry_that_is_a_link_whose_text_is_its_address_has_no_title() -> None:
    # An AI answer's sources: each address written as a link to itself. The ")" closing the
    # link was read as the title and compared with the record's (false CL204, user22 P1 1).
    entries = _entries(
        "1. [https://doi.org/10.1056/NEJMoa2033190](https://doi.org/10.1056/NEJMoa2033190)\n"
        "2. [https://pubmed.ncbi.nlm.nih.gov/34012345/](https://pubmed.ncbi.nlm.nih.gov/34012345/)\n"
    )
    assert [(e.title, e.doi, e.pmid) for e in entries] == [
        (None, "10.1056/NEJMoa2033190", None),
        (None, None, "34012345"),
    ]


def test_an_entry_whose_link_text_is_its_address_shortened_has_no_title() -> None:
    # Labelled by the address without its scheme, or by the site's host, as ChatGPT lists
    # its sources: the label was searched as a title (CL204, CL201 errors, review22b P1-7).
    entries = _entries(
        "1. [doi.org/10.1056/NEJMoa2033190](https://doi.org/10.1056/NEJMoa2033190)\n"
        "2. [pubmed.ncbi.nlm.nih.gov](https://pubmed.ncbi.nlm.nih.gov/34012345/)\n"
        "3. [www.thelancet.com](https://www.thelancet.com/journals/lancet/article/"
        "PIIS0140-6736(22)01234-5/fulltext)\n"
        "4. [nejm.org/doi/full/10.1056/NEJMoa20…](https://www.nejm.org/doi/full/10.1056/NEJMoa2033190)\n"
    )
    assert [(e.title, e.doi, e.pmid) for e in entries] == [
        (None, "10.1056/NEJMoa2033190", None),
        (None, None, "34012345"),
        (None, None, None),
        (None, "10.1056/NEJMoa2033190", None),
    ]


def test_link_words_that_only_begin_like_the_address_are_kept() -> None:
    # A prefix that stops inside a name, or words that are no address, are the entry's own.
    assert (
        clean_markup("[nejm.o](https://www.nejm.org/doi/x)") == "nejm.o https://www.nejm.org/doi/x"
    )
    assert clean_markup("[Colchicine trial](https://doi.org/10.1/x)") == (
        "Colchicine trial https://doi.org/10.1/x"
    )


def test_an_entry_that_is_an_autolink_has_no_title() -> None:
    entries = _entries(
        "1. <https://doi.org/10.1016/S0140-6736(22)01234-5>\n"
        "2. <https://pubmed.ncbi.nlm.nih.gov/34012345/>\n"
    )
    assert [(e.title, e.doi, e.pmid) for e in entries] == [
        (None, "10.1016/S0140-6736(22)01234-5", None),
        (None, None, "34012345"),
    ]


def test_a_lancet_doi_in_a_markdown_link_keeps_its_parentheses() -> None:
    # Cut at "(22" the DOI was searched, not found, and called possibly fabricated (P1 2).
    entries = _entries(
        "1. [Colchicine after myocardial infarction (Lancet 2022)]"
        "(https://doi.org/10.1016/S0140-6736(22)01234-5)\n"
        "2. [Gliflozins in heart failure](https://pubmed.ncbi.nlm.nih.gov/34012345/)\n"
    )
    assert entries[0].doi == "10.1016/S0140-6736(22)01234-5"
    assert entries[1].pmid == "34012345"


def test_a_link_whose_address_opens_a_parenthesis_it_never_closes_ends_at_the_first() -> None:
    entries = _entries("1. Kahn S. [Notes on gout](https://example.org/a(b). Gout J. 2020.\n")
    assert "https://example.org/a(b" in (entries[0].url or "")


def test_an_entry_that_is_a_link_named_for_its_site_has_no_title() -> None:
    # "Lancet article" was searched as the title, found nowhere, and the entry called
    # unfindable (CL201 error, user22 P1 2); the address alone gives CL208 "check by hand".
    entries = _entries(
        "1. [Lancet article](https://www.thelancet.com/journals/lancet/article/"
        "PIIS0140-6736(22)01234-5/fulltext)\n"
        "2. [NEJM full text](https://www.nejm.org/doi/full/10.1056/NEJMoa2033190)\n"
    )
    assert [(e.title, e.doi) for e in entries] == [(None, None), (None, "10.1056/NEJMoa2033190")]


def test_a_site_named_link_inside_a_full_entry_keeps_its_words() -> None:
    entries = _entries(
        "1. Kahn S, Roe A. Colchicine after infarction. [The Lancet](https://www.thelancet.com/"
        "journals/lancet/issue/vol400no1). 2022;400:10-19.\n"
    )
    assert (entries[0].title, entries[0].journal) == ("Colchicine after infarction", "The Lancet")


def test_a_manubot_entry_whose_journal_ends_in_its_place_in_brackets() -> None:
    # NLM names some journals with their place in brackets, and Manubot prints that name in
    # italics: the "*" after ")" stayed, the journal line was no source, and the entry read
    # the title '·' (a false CL204 error online, user33a P1-2).
    (entry, _) = _entries(
        "1. **(Mis)reading the triage score**  \n"
        "Okafor N, Lindqvist P  \n"
        "*Journal of rural nursing (Bethesda, Md. : 1995)* (2020) "
        "<https://doi.org/10.5555/jrn.2020.114>  \n"
        "DOI: [10.5555/jrn.2020.114](https://doi.org/10.5555/jrn.2020.114) · "
        "PMID: [31234567](https://www.ncbi.nlm.nih.gov/pubmed/31234567)\n"
        "2. Gliflozins in heart failure. *Lancet* (2021) <https://doi.org/10.5555/x1>\n"
    )
    assert entry.title == "(Mis)reading the triage score"
    assert entry.authors == ["Okafor N", "Lindqvist P"]
    assert entry.journal == "Journal of rural nursing (Bethesda, Md. : 1995)"
    assert entry.year == 2020


def test_emphasis_closing_after_a_bracket_goes() -> None:
    assert clean_markup("*Annals (Paris)* (2019)") == "Annals (Paris) (2019)"
