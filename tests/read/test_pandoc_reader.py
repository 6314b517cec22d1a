"""Pandoc and Manubot Markdown: citation keys, bibliographies, aliases and cross-references."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.errors import InputError
from citelint.read import read_path, read_text
from citelint.read.bibtex import BibtexError, detex, parse_bibtex

FORMATS = Path(__file__).resolve().parents[2] / "fixtures" / "formats"


def test_keys_are_numbered_in_order_of_first_citation() -> None:
    document = read_path(FORMATS / "pandoc" / "review.md")
    assert document.format == "pandoc"
    assert list(document.keys.values()) == [
        "@tran2016walking",
        "@lindqvist2018decompression",
        "@stenosis2021",
        "@nice2021",
        "@okonkwo2019",
        "@pmid:39990001",
        "@doi:10.1093/PM/PNX000",
        "@brandt2015",
    ]
    group = document.claims[1].markers[0]
    assert (group.numbers, group.line, group.column) == ([2, 3, 4], 19, 1)


def test_code_comments_addresses_and_cross_references_are_no_citations() -> None:
    document = read_path(FORMATS / "pandoc" / "review.md")
    raws = [m.raw for c in document.claims for m in c.markers]
    assert not any("fig:" in raw or "tbl:" in raw or "example.org" in raw for raw in raws)
    assert not any("commented2020" in key for key in document.keys.values())
    assert len(raws) == 6  # one marker for each bracketed group


def test_bibliography_fields_go_to_the_entries() -> None:
    document = read_path(FORMATS / "pandoc" / "review.md")
    tran, lindqvist, group, guidance, okonkwo, by_pmid, by_doi, _ = document.references
    assert (tran.journal, tran.pages, tran.authors) == (
        "Spine J",
        "455-462",
        ["Tran HL", "Okafor N"],
    )
    assert lindqvist.doi == "10.1056/NEJMoa0000002"
    assert (group.authors, group.year, group.journal) == (
        ["Stenosis Trialists Collaboration"],
        2021,
        "Lancet",
    )
    assert (guidance.label, guidance.year) == ("Book", 2021)  # a report: not in PubMed
    assert okonkwo.pmid == "39990003"  # BibTeX keys match whatever their case
    assert (by_pmid.pmid, by_doi.doi) == ("39990001", "10.1093/pm/pnx000")
    # An entry is placed where the article first cites it.
    assert (tran.line, tran.column) == (17, 53)


def test_unused_bibliography_entries_only_when_asked() -> None:
    path = FORMATS / "pandoc" / "review.md"
    assert len(read_path(path).references) == 8
    asked = read_path(path, unused_bibliography=True)
    extra = asked.references[8:]
    assert [asked.keys[entry.number] for entry in extra] == ["@marsh2014"]
    assert extra[0].line == 4  # the front matter's "bibliography:" line


def test_manubot_identifiers_aliases_tags_and_manual_references() -> None:
    document = read_path(FORMATS / "manubot" / "content" / "02.introduction.md")
    by_key = {key: document.reference(n) for n, key in document.keys.items()}
    assert by_key["@pubmed:39990001"].pmid == "39990001"
    assert by_key["@nejm-trial"].doi == "10.1056/nejmoa0000002"  # metadata.yaml alias
    assert by_key["@clinicaltrials:NCT00000001"].label == "Web page"
    assert by_key["@isbn:9780000000002"].label == "Book"
    assert by_key["@raw:audit-2019"].title.startswith("Audit of physiotherapy referrals")
    assert by_key["@missing-key"] is None  # CL101
    # "@tag:older-cohort" (citation-tags.tsv) is the same work as the DOI cited before it.
    numbers = [m.numbers for c in document.claims for m in c.markers]
    assert numbers[0] == [1, 2] and numbers[-3:] == [[2], [9], [10]]


def test_numbered_markdown_with_a_stray_at_sign_stays_markdown() -> None:
    text = (
        "Walking helps [1]. Thanks to [@reviewer2] for comments.\n\n## References\n\n"
        "1. Tran HL. Walking. Spine J. 2016;16:455-62.\n"
    )
    document = read_text(text, "a.md", "md")
    assert document.format == "md" and document.references[0].number == 1


def test_broken_bibliography_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text("@article{a,\n  title = {Unclosed,\n")
    article = tmp_path / "a.md"
    article.write_text("---\nbibliography: refs.bib\n---\n\nText [@a].\n")
    with pytest.raises(InputError) as caught:
        read_path(article)
    assert caught.value.path == str(article)
    assert "refs.bib: line 2: a brace opened here is never closed" in caught.value.problem


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("refs.json", "[{", "not valid JSON"),
        ("refs.yaml", "references: [", "is not valid YAML"),
        ("refs.ris", "TY  - JOUR", "unsupported format '.ris'"),
        ("refs.json", '{"id": "a"}', "expected a list of CSL items"),
    ],
)
def test_other_broken_bibliographies(tmp_path: Path, name: str, content: str, problem: str) -> None:
    (tmp_path / name).write_text(content)
    article = tmp_path / "a.md"
    article.write_text(f"---\nbibliography: {name}\n---\n\nText [@a].\n")
    with pytest.raises(InputError) as caught:
        read_path(article)
    assert problem in caught.value.problem


def test_missing_bibliography_file(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\nbibliography: nowhere.bib\n---\n\nText [@a].\n")
    with pytest.raises(InputError) as caught:
        read_path(article)
    assert "nowhere.bib: No such file or directory" in caught.value.problem


def test_bibtex_macros_accents_and_group_authors() -> None:
    entries = parse_bibtex(
        '@string{j = "Acta"}\n@comment{x}\n@Article{k1, author = {M{\\"u}ller, J. and '
        '{The Group}}, journal = j # " Med", year = 2001,}\n'
    )
    assert [(e.key, e.kind, e.line) for e in entries] == [("k1", "article", 3)]
    assert entries[0].fields["journal"] == "Acta Med"
    assert detex(r"{\'E}tude de l'{\oe}uvre -- \emph{vol} 2") == "Étude de l'œuvre – vol 2"
    with pytest.raises(BibtexError):
        parse_bibtex("@article{k, title = }")


def test_one_bracketed_name_alone_is_no_pandoc_article() -> None:
    text = "# Notes\n\nThanks to [@alice] for the review.\n"
    assert read_text(text, "notes.md", "md").format == "md"
    with_bibliography = "---\nbibliography: refs.bib\n---\n\n" + text
    assert "refs.bib" in with_bibliography  # the front matter names one: pandoc
    assert read_text("Walking helps [@doi:10.1000/x].\n", "a.md", "md").format == "pandoc"


def test_an_author_in_text_citation_opening_a_sentence_belongs_to_that_sentence(
    tmp_path: Path,
) -> None:
    (tmp_path / "refs.bib").write_text(
        "@article{who2007, title = {Global report on falls prevention}, year = 2007,"
        " author = {{World Health Organization}}, journal = {WHO}}\n"
        "@article{sherrington2019, title = {Exercise for preventing falls}, year = 2019,"
        " author = {Sherrington, C.}, journal = {Cochrane Database Syst Rev}}\n",
        encoding="utf-8",
    )
    article = tmp_path / "paper.md"
    article.write_text(
        "---\nbibliography: refs.bib\n---\n\n"
        "Guidance on prevention is published by the WHO [@who2007].\n"
        "@sherrington2019 pooled 108 trials of exercise. As @sherrington2019 showed, "
        "balance training works.\n",
        encoding="utf-8",
    )
    claims = read_path(article).claims
    assert [(c.text, c.line, c.numbers) for c in claims] == [
        ("Guidance on prevention is published by the WHO.", 5, [1]),
        ("pooled 108 trials of exercise.", 6, [2]),
        ("As showed, balance training works.", 6, [2]),
    ]


def test_percent_comments_in_bibtex_are_skipped_as_biber_does() -> None:
    entries = parse_bibtex(
        "% Encoding: UTF-8\n% Questions to me@example.org\n"
        "@article{a,\n  title = {Falls in 5% of adults},\n  %volume = {7},\n  year = {2001},\n}\n"
    )
    assert [(e.key, e.fields) for e in entries] == [
        ("a", {"title": "Falls in 5% of adults", "year": "2001"})
    ]


def test_a_bibliography_setting_that_names_no_file_is_one_clear_error(tmp_path: Path) -> None:
    article = tmp_path / "paper.md"
    article.write_text("---\nbibliography: 3\n---\n\nText [@a] and [@b].\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_path(article)
    assert caught.value.problem == "'bibliography' must name a file or a list of files, not 3"


def test_a_key_in_the_text_is_numbered_where_it_stands(tmp_path: Path) -> None:
    # Pandoc numbers its generated list by first citation, in text order: "@key found" in a
    # paragraph's middle comes before the bracketed key after it (user19).
    (tmp_path / "refs.bib").write_text(
        "".join(
            f"@article{{{key}, title={{Trial {key}}}, journal={{N Engl J Med}}, year={{2020}}}}\n"
            for key in ("lee2020", "park2021", "cho2022")
        )
    )
    article = tmp_path / "a.md"
    article.write_text(
        "---\nbibliography: refs.bib\n---\n\n"
        "Dialysis was delayed [@lee2020].\n"
        "@park2021 found a slower decline of eGFR, and potassium stayed normal [@cho2022].\n"
    )
    document = read_path(article)
    assert list(document.keys.values()) == ["@lee2020", "@park2021", "@cho2022"]
    assert [m.numbers for c in document.claims for m in c.markers] == [[1], [2], [3]]


@pytest.mark.parametrize(
    ("nocite", "unused"),
    [
        ("", ["@park2021", "@cho2022"]),
        ("nocite: |\n  @cho2022\n", ["@park2021"]),
        ("nocite: '@*'\n", []),
    ],
)
def test_entries_nocite_lists_are_not_unused(tmp_path: Path, nocite: str, unused: list) -> None:
    # pandoc prints them in the list on purpose: no "never cited" (user19).
    (tmp_path / "refs.bib").write_text(
        "".join(
            f"@article{{{key}, title={{Trial {key}}}, journal={{Lancet}}, year={{2021}}}}\n"
            for key in ("lee2020", "park2021", "cho2022")
        )
    )
    article = tmp_path / "a.md"
    article.write_text(
        f"---\nbibliography: refs.bib\n{nocite}---\n\nDialysis was delayed [@lee2020].\n"
    )
    document = read_path(article, unused_bibliography=True)
    assert [document.keys[entry.number] for entry in document.references[1:]] == unused


PAGES = FORMATS.parent / "pages"


def test_an_in_text_key_before_a_bracketed_one_is_cited_first() -> None:
    # "As @pubmed:33967209 note, ... [@doi:10.1515/...]": pandoc numbers the in-text key 6,
    # the bracketed one 7 (they were numbered the other way round: a false CL104).
    document = read_path(PAGES / "quarto-manuscript.md")
    assert document.format == "pandoc"
    assert [m.numbers for c in document.claims for m in c.markers] == [
        [1],
        [2, 3],
        [4],
        [5],
        [6],
        [7],
    ]
    assert document.keys[5] == "@pubmed:33967209"


@pytest.mark.parametrize("fence", ["::: {#refs}\n:::", ":::{#refs}\n:::", "::: refs\n:::"])
def test_pandocs_div_for_the_list_is_no_entry(fence: str) -> None:
    # Its "{#refs}" was read as a numbered list's entry, so the page was read as Markdown
    # citing by number, and its keys not at all.
    text = (
        "Aspirin prevented recurrences [@pubmed:23121403]. Shock needs monitoring "
        "[@pubmed:33967209].\n\n| Test | Range |\n|---|---|\n| Platelets | [150-400] |\n\n"
        f"## References\n\n{fence}\n"
    )
    document = read_text(text, "audit.md", "md")
    assert document.format == "pandoc"
    assert [entry.pmid for entry in document.references] == ["23121403", "33967209"]
