"""Entries that are one labelled link are read as inline citations; the quick test of link
labels against entries answers as comparing every entry's words."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import example, given, settings
from hypothesis import strategies as st

from citelint.models import Reference
from citelint.read import labelled_entries, read_text
from citelint.read.labelled_entries import (
    entry_words,
    labels_name_an_entry,
    longest_label,
    may_be_labelled,
)

# Pieces of entries that each step of entry_words may change: tags, mentions, links, emphasis,
# in-page targets, empty brackets, addresses, spaced marks, table cells, non-ASCII letters.
PIECES = [
    "Smith", "PubMed", "Crossref", "trial", "ID", "PMID", "PMCID", "PMC", "doi", "no.", "number",
    "identifiers", "PubMedID", "1234567", "PMC12345", "10.1000/x1", " ", "  ", "\n", "\t", ":",
    ".", ",", " .", ";", "<", ">", "<span class=x>", "<i>", "</i>", "**", "__", "`", "[", "]",
    "(", ")", "](", "(#ref-1)", "[ ]", "( )", "https://pubmed.ncbi.nlm.nih.gov/1/", "www.",
    "doi.org/10.1/x", "|", "> ", "é", "Müller", "a", "x", "İ", "ſt", "\u00a0", "\u2003",
]  # fmt: skip
LABELS = ["pubmed", "crossref", "smith trial", "trial", "smith", "id", "müller", "x1", "a"]


def test_a_sources_list_of_links_is_read_as_inline_citations() -> None:
    text = (
        "# Focal epilepsy\n\nCenolamate reduced seizures.\n\n## Sources\n\n"
        "- [ARBOR-EP trial](https://pubmed.ncbi.nlm.nih.gov/99200016/)\n"
        "- [SOLACE-PD trial](https://pubmed.ncbi.nlm.nih.gov/99200036/)\n"
    )
    document = read_text(text, "a.md", "md")
    assert document.references == []
    assert [(c.identifier, c.link_text, c.reference) for c in document.inline] == [
        ("99200016", "ARBOR-EP trial", None),
        ("99200036", "SOLACE-PD trial", None),
    ]


def test_one_link_entries_of_a_cited_list_keep_their_number_but_not_the_label_as_title() -> None:
    text = (
        "Cenolamate reduced seizures [1].\n\n## References\n\n"
        "1. [ARBOR-EP trial](https://pubmed.ncbi.nlm.nih.gov/99200016/)\n"
    )
    document = read_text(text, "a.md", "md")
    (entry,) = document.references
    assert entry.title is None and entry.pmid == "99200016"
    (citation,) = document.inline
    assert citation.reference == 1 and citation.link_text == "ARBOR-EP trial"


def test_a_one_link_entry_is_its_label_in_any_case_and_punctuation() -> None:
    # Labels and entries are compared by their words in lower case: ASCII or not.
    text = (
        "Cenolamate reduced seizures [1] and tremor [2].\n\n## References\n\n"
        "1. [ARBOR-EP trial](https://pubmed.ncbi.nlm.nih.gov/99200016/)\n"
        "2. [Müller-Lyer study](https://pubmed.ncbi.nlm.nih.gov/99200036/)\n"
    )
    document = read_text(text, "a.md", "md")
    assert [(entry.number, entry.title) for entry in document.references] == [(1, None), (2, None)]
    assert [(c.reference, c.link_text) for c in document.inline] == [
        (1, "ARBOR-EP trial"),
        (2, "Müller-Lyer study"),
    ]


def _plain(labels: set[str], raws: list[str]) -> bool:
    entries = [Reference(number, raw, 1, 1) for number, raw in enumerate(raws, 1)]
    return bool(labels & {entry_words(entry) for entry in entries})


@settings(max_examples=400)
@given(
    st.sets(st.sampled_from(LABELS), min_size=1),
    st.lists(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), max_size=4),
)
@example({"smith trial"}, ["Smith **trial**"])
@example({"pubmed"}, ["Smith PMID 1234567 PubMed"])
@example({"pubmed"}, ["<span class=Smith> PubMed"])
@example({"smith"}, ["Smith PubMed ID 1234567"])
@example({"smithtrial"}, ["Smith**trial"])
def test_the_quick_test_answers_as_every_entrys_words(labels: set[str], raws: list[str]) -> None:
    entries = [Reference(number, raw, 1, 1) for number, raw in enumerate(raws, 1)]
    assert labels_name_an_entry(labels, entries) == _plain(labels, raws)


def test_an_entry_with_its_own_words_is_told_without_working_them_out() -> None:
    entries = [
        Reference(1, "Smith J. A trial of rest. Lancet. 2020;1:2. PubMed Crossref", 1, 1),
        Reference(2, "Jones K. Sleep. BMJ. 2019;3:4. doi: 10.1136/bmj.1 PubMed", 2, 1),
    ]
    with patch.object(labelled_entries, "entry_words", side_effect=AssertionError):
        assert not labels_name_an_entry({"pubmed", "crossref"}, entries)


def test_an_entry_that_is_only_a_label_is_found() -> None:
    entries = [
        Reference(1, "Smith J. A trial of rest. Lancet. 2020 PubMed", 1, 1),
        Reference(2, "[ARBOR-EP trial](https://pubmed.ncbi.nlm.nih.gov/99200016/)", 2, 1),
    ]
    assert labels_name_an_entry({"pubmed", "arbor ep trial"}, entries)
    assert not labels_name_an_entry({"pubmed", "arbor trial"}, entries)


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.integers(min_value=1, max_value=40),
)
@example("Smith **trial**", 11)
@example("Smith PMID 1234567 trial", 10)
@example("<span class=Smith> trial", 4)
def test_an_entry_told_longer_than_any_label_has_longer_words(raw: str, longest: int) -> None:
    entry = Reference(1, raw, 1, 1)
    if not may_be_labelled([entry], longest):
        assert len(entry_words(entry)) > longest


def test_labels_are_not_read_where_every_entry_is_longer_than_its_links_words() -> None:
    page = (
        "<p>Rest helps <sup>1</sup>.</p><h2>References</h2><ol>"
        '<li>Smith J. A trial of rest. Lancet. 2020;1:2. <a href="https://pubmed.ncbi.nlm.nih.gov/'
        '99200016/">PubMed</a></li></ol>'
    )
    with patch.object(labelled_entries, "link_labels", side_effect=AssertionError):
        document = read_text(page, "a.html", "html")
    assert [entry.pmid for entry in document.references] == ["99200016"]


def test_an_html_entry_that_is_only_its_link_is_still_an_inline_citation() -> None:
    page = (
        "<p>Rest helps.</p><h2>Sources</h2><ul>"
        '<li><a href="https://pubmed.ncbi.nlm.nih.gov/99200016/">AURORA trial</a></li>'
        '<li><a href="https://pubmed.ncbi.nlm.nih.gov/99200036/">Balance study</a></li></ul>'
    )
    document = read_text(page, "a.html", "html")
    assert document.references == []
    assert [(c.identifier, c.link_text) for c in document.inline] == [
        ("99200016", "AURORA trial"),
        ("99200036", "Balance study"),
    ]


def test_the_longest_label_is_none_where_a_markdown_link_stands() -> None:
    assert longest_label("see [Trial](https://x.org/1)", [(0, 28)], []) is None
    assert longest_label("see [Trial][1]", [(0, 14)], []) is None
    assert longest_label("no link here", [(0, 12)], []) == 0
