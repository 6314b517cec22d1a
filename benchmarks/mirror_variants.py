"""PubMed XML that exercises every corner of the mirror's reader, for mirror_identical.py.

``write_updates``: update files for synthetic_pubmed.py's baseline (new versions with new
titles, stale versions, a PMID twice in a file, new records, deletions of held and unknown
PMIDs). ``write_mutants``: synthetic records changed the ways real records differ (inline
markup, entities and character references, white space beyond ASCII, collective and misspelt
authors, authors without initials, MedlineDate, ELocationID, missing fields, vernacular
titles, odd attribute values, notices, books, MathML), plus a file with an entity that no DTD
defines and one with a record the reader refuses.
"""

from __future__ import annotations

import gzip
import random
from collections.abc import Callable
from pathlib import Path

from mirror_speed import synthetic_pubmed

FIRST = synthetic_pubmed.FIRST_PMID
_MATHML = 'xmlns:mml="http://www.w3.org/1998/Math/MathML"'


def _write(path: Path, body: str, tail: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = synthetic_pubmed.HEADER + body + tail + "</PubmedArticleSet>\n"
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        out.write(text)
    return path


def _record(pmid: int, version: int = 1, note: str = "") -> str:
    text = synthetic_pubmed.article_xml(synthetic_pubmed.spec(pmid))
    text = text.replace('<PMID Version="1">', f'<PMID Version="{version}">', 1)
    return text.replace("</ArticleTitle>", f"{note}</ArticleTitle>", 1)


def _deletion(pmids: list[int]) -> str:
    listed = "".join(f'<PMID Version="1">{pmid}</PMID>' for pmid in pmids)
    return f"<DeleteCitation>{listed}<PMID/></DeleteCitation>\n"


def write_updates(folder: Path, records: int) -> list[Path]:
    """Two update files for a baseline of ``records`` synthetic records."""
    first = "".join(
        [
            *(_record(pmid, 2, " (revised)") for pmid in range(FIRST, FIRST + records, 10)),
            _record(FIRST + 3, 1, " (first of two)"),
            _record(FIRST + 3, 1, " (second of two)"),
            *(_record(pmid) for pmid in range(FIRST + records, FIRST + records + 50)),
        ]
    )
    gone = [*range(FIRST + 5, FIRST + records, 97), 99_999_999]
    second = "".join(
        [
            *(_record(pmid, 1, " (stale)") for pmid in range(FIRST, FIRST + records, 20)),
            _record(FIRST + 5, 3, " (back after deletion)"),
        ]
    )
    return [
        _write(folder / "pubmed25n1001.xml.gz", first, _deletion(gone)),
        _write(folder / "pubmed25n1002.xml.gz", second, _deletion([FIRST + 7, FIRST + records])),
    ]


def _replace(old: str, new: str) -> Callable[[str], str]:
    return lambda text: text.replace(old, new, 1)


def _author(inner: str, valid: str = "Y") -> Callable[[str], str]:
    return _replace(
        '<AuthorList CompleteYN="Y">',
        f'<AuthorList CompleteYN="Y"><Author ValidYN="{valid}">{inner}</Author>',
    )


_MUTATIONS: list[Callable[[str], str]] = [
    _replace(
        "<ArticleTitle>",
        "<ArticleTitle>The <i>in vivo</i> CO<sub>2</sub> and Ca<sup>2+</sup> <b>x</b> <i>y</i> ",
    ),
    _replace(
        "<ArticleTitle>", "<ArticleTitle>&amp; &lt;b&gt; &#945;&#x3B2; &quot;q&quot; &apos;a&apos; "
    ),
    _replace(
        "<ArticleTitle>",
        "<ArticleTitle>\u00a0Non\u00a0breaking\u2009thin\u3000wide&#160;ref\u0085nel ",
    ),
    _replace("<ArticleTitle>", "<ArticleTitle>\n\t  Tabs\tand\r\nlines  "),
    _replace("<ArticleTitle>", "<ArticleTitle><![CDATA[a < b > c]]> <!-- note --> <?pi x?> "),
    _replace(
        "<ArticleTitle>",
        f"<ArticleTitle><mml:math {_MATHML}><mml:mi>x</mml:mi></mml:math> ",
    ),
    _author("<CollectiveName>The  Synthetic\u00a0Study Group</CollectiveName>"),
    _author("<LastName>Misspelt</LastName><Initials>MX</Initials>", valid="N"),
    _author("<LastName>Noinit</LastName><ForeName>Jean-Luc  \u00e9mile Marie</ForeName>"),
    _author("<LastName>Bare</LastName><Initials> </Initials>"),
    _author("<LastName>\u00a0</LastName><ForeName>Only Space</ForeName>"),
    _author("<LastName>Spaced</LastName><Initials/><ForeName>A\u00a0B</ForeName>"),
    _author("<ForeName>No Last</ForeName>"),
    lambda text: text.replace('<Author ValidYN="Y">', "<Author>", 2),
    lambda text: text.replace("<AuthorList", '<AuthorList Type="x"', 1),
    _replace("<PubDate><Year>", "<PubDate><MedlineDate>1998 Dec-1999 Jan</MedlineDate><Year>"),
    lambda text: _cut(
        text,
        "<PubDate>",
        "</PubDate>",
        "<PubDate><MedlineDate>Winter 1987-1988</MedlineDate></PubDate>",
    ),
    lambda text: _cut(
        text, "<PubDate>", "</PubDate>", "<PubDate><Season>Spring</Season></PubDate>"
    ),
    lambda text: _cut(text, '<ArticleId IdType="doi">', "</ArticleId>", ""),
    lambda text: _cut(text, '<ArticleId IdType="doi">', "</ArticleId>", "").replace(
        "<ELocationID",
        '<ELocationID EIdType="doi"> </ELocationID>'
        '<ELocationID EIdType="pii">P1</ELocationID><ELocationID',
        1,
    ),
    _replace(
        '<ArticleId IdType="pii">',
        '<ArticleId IdType="pmc">PMC123</ArticleId><ArticleId IdType="pmc">PMC9</ArticleId>'
        '<ArticleId IdType="">e</ArticleId><ArticleId>none</ArticleId><ArticleId IdType="pii">',
    ),
    lambda text: _cut(text, "<Pagination>", "</Pagination>", ""),
    lambda text: _cut(text, "<MedlinePgn>", "</MedlinePgn>", ""),
    lambda text: (
        _cut(text, "<EndPage>", "</EndPage>", "")
        .replace("<MedlinePgn>", "<MedlinePgn> ", 1)
        .replace("</MedlinePgn>", "</MedlinePgn>", 1)
    ),
    lambda text: _cut(
        _cut(text, "<MedlinePgn>", "</MedlinePgn>", ""), "<StartPage>", "</StartPage>", ""
    ),
    lambda text: _cut(
        _cut(text, "<Volume>", "</Volume>", ""), "<Issue>", "</Issue>", "<Issue> </Issue>"
    ),
    lambda text: _cut(text, "<ISOAbbreviation>", "</ISOAbbreviation>", ""),
    lambda text: _cut(text, "<Title>", "</Title>", "<Title/>"),
    lambda text: _cut(
        text,
        "<ArticleTitle>",
        "</ArticleTitle>",
        "<ArticleTitle> </ArticleTitle>"
        "<VernacularTitle>Titre <i>fran\u00e7ais</i></VernacularTitle>",
    ),
    lambda text: _cut(text, "<ArticleTitle>", "</ArticleTitle>", ""),
    _replace('<PMID Version="1">', '<PMID Version="">'),
    _replace('<PMID Version="1">', "<PMID>"),
    _replace('<PMID Version="1">', '<PMID Version="12">'),
    _replace('<PMID Version="1">', '<PMID Version="&#x661;">'),
    _replace(
        "<Abstract>",
        '<Abstract><AbstractText Label=" unassigned ">A</AbstractText>'
        '<AbstractText Label="UNLABELLED"/><AbstractText Label="a b">B</AbstractText>'
        '<AbstractText Label="\u017fpecial">C</AbstractText>',
    ),
    _replace(
        "<Abstract>",
        f'<Abstract><AbstractText Label="m">x <mml:math {_MATHML}><mml:mn>2</mml:mn></mml:math>'
        " y</AbstractText><AbstractText>\u00a0</AbstractText>",
    ),
    _replace(
        "<CitationSubset>",
        '<CommentsCorrectionsList><CommentsCorrections RefType="ErratumIn">'
        '<PMID Version="1">123</PMID><PMID>456</PMID></CommentsCorrections>'
        '<CommentsCorrections RefType="ExpressionOfConcernIn"><PMID/></CommentsCorrections>'
        '<CommentsCorrections RefType="RetractionIn"><RefSource>x</RefSource><PMID> 789 </PMID>'
        '</CommentsCorrections><CommentsCorrections RefType="CommentIn"><PMID>5</PMID>'
        "</CommentsCorrections></CommentsCorrectionsList><CommentsCorrectionsList>"
        '<CommentsCorrections RefType="ErratumIn"><PMID>777</PMID></CommentsCorrections>'
        "</CommentsCorrectionsList><CitationSubset>",
    ),
    _replace("<PublicationTypeList>", "<PublicationTypeList><PublicationType/><Other>Kind</Other>"),
    _replace(
        "</PublicationTypeList>",
        "</PublicationTypeList><PublicationTypeList><PublicationType>Second List"
        "</PublicationType></PublicationTypeList><ArticleDate><Year>1888</Year></ArticleDate>",
    ),
    lambda text: _cut(
        text,
        "<MedlineJournalInfo>",
        "</MedlineJournalInfo>",
        "<MedlineJournalInfo/><MedlineJournalInfo><MedlineTA>Second TA</MedlineTA>"
        "</MedlineJournalInfo>",
    ),
    _replace("<ArticleTitle>", "<ArticleTitle>\u65e5\u672c\u8a9e \U0001d54f "),
]


def _cut(text: str, start: str, end: str, put: str) -> str:
    """``text`` with its first element from ``start`` to ``end`` replaced by ``put``."""
    at = text.find(start)
    if at == -1:
        return text
    stop = text.index(end, at) + len(end)
    return text[:at] + put + text[stop:]


def _book(pmid: int, authors: str) -> str:
    return (
        "<PubmedBookArticle><BookDocument>"
        f'<PMID Version="1">{pmid}</PMID><ArticleIdList><ArticleId IdType="bookaccession">'
        f"NBK{pmid}</ArticleId></ArticleIdList><Book><Publisher><PublisherName>Press"
        "</PublisherName></Publisher><BookTitle>A <i>Synthetic</i> Book</BookTitle><PubDate>"
        '<Year>2019</Year></PubDate><AuthorList Type="authors"><Author><LastName>Booker'
        "</LastName><Initials>B</Initials></Author></AuthorList><Volume>3</Volume></Book>"
        f"{authors}<PublicationType>Review</PublicationType><Abstract><AbstractText>Book "
        "abstract.</AbstractText></Abstract></BookDocument><PubmedBookData><ArticleIdList>"
        f'<ArticleId IdType="pubmed">{pmid}</ArticleId><ArticleId IdType="doi">10.1/b{pmid}'
        "</ArticleId></ArticleIdList></PubmedBookData></PubmedBookArticle>\n"
    )


_BOOK_AUTHORS = [
    "",
    '<AuthorList Type="editors"><Author><LastName>Editor</LastName></Author></AuthorList>',
    '<AuthorList Type="authors"><Author><CollectiveName>Group</CollectiveName></Author>'
    "</AuthorList>",
    '<AuthorList Type="authors"/><AuthorList><Author><LastName>Second</LastName></Author>'
    "</AuthorList><ArticleTitle>Chapter <b>one</b></ArticleTitle>",
]


def write_mutants(folder: Path, per_mutation: int = 3) -> list[Path]:
    """Files of mutated records: one the stylesheet reads whole, one with an undefined entity,
    one with attribute values holding separators, and one with an article that is refused."""
    rng = random.Random(7)
    pmid = 30_000_001
    records = []
    for mutation in _MUTATIONS:
        for _ in range(per_mutation):
            text = mutation(synthetic_pubmed.article_xml(synthetic_pubmed.spec(pmid)))
            if rng.random() < 0.5:  # a second change beside it
                text = rng.choice(_MUTATIONS)(text)
            records.append(text)
            pmid += 1
    for authors in _BOOK_AUTHORS:
        records.append(_book(pmid, authors))
        pmid += 1
    entity = _record(pmid).replace("<ArticleTitle>", "<ArticleTitle>Caf&eacute; ", 1)
    # Attribute values holding a tab, line feed or carriage return (character references).
    odd = [
        _record(pmid + 3).replace('<ArticleId IdType="pii">', f'<ArticleId IdType="{kind}">', 1)
        for kind in ("p&#9;i", "c&#13;r", "l&#10;f")
    ]
    odd.append(
        _record(pmid + 6).replace(
            "<Abstract>", '<Abstract><AbstractText Label="a&#10;b">x</AbstractText>', 1
        )
    )
    odd.append(_record(pmid + 7).replace('<PMID Version="1">', '<PMID Version="1&#9;">', 1))
    bad = "<PubmedArticle><PubmedData/></PubmedArticle>\n"
    return [
        _write(folder / "mutants-1.xml.gz", "".join(records), _deletion([30_000_002])),
        _write(folder / "mutants-entity.xml.gz", entity + _record(pmid + 1)),
        _write(folder / "mutants-attributes.xml.gz", "".join(odd)),
        _write(folder / "mutants-bad.xml.gz", _record(pmid + 2) + bad),
    ]
