"""Volume, issue and pages in the local forms German, French, Spanish, Brazilian and Japanese
lists print (user24 P2 3, 4, 6), read as any other entry's, so that the paper is checked."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.identifiers import JOURNAL_ARTICLE, NOT_INDEXED, entry_kind


def _fields(line: str) -> tuple[str | None, int | None, str | None, str | None, str | None]:
    entry = parse_entry([line])
    return entry.journal, entry.year, entry.volume, entry.issue, entry.pages


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (  # German: Jahrgang, Heft, Seite
            "Schäfer K, Brandt L. Vorhofflimmern im Alter: Antikoagulation in der Praxis. "
            "Dtsch Med Wochenschr. 146. Jg. (2021), Heft 8, S. 512-519.",
            ("Dtsch Med Wochenschr", 2021, "146", "8", "512-519"),
        ),
        (  # French: tome, numéro, page
            "Martin P, Girard S. Hypertension artérielle résistante : une mise au point. "
            "Rev Med Interne. 2020 ; t. 41, n° 3 : p. 188-95.",
            ("Rev Med Interne", 2020, "41", "3", "188-95"),
        ),
        (  # Spanish: vol., nº, p.
            "Pérez-Gil A, Ortega L. Insuficiencia renal aguda tras cirugía cardiaca. "
            "Rev Esp Cardiol. 2021;vol. 74, nº 2, p. 140-147.",
            ("Rev Esp Cardiol", 2021, "74", "2", "140-147"),
        ),
        (  # Brazil's ABNT: the city, v., n., p., the month and year at the end
            "SOUZA, M. R. et al. Tratamento da hipertensão na atenção primária. "
            "Arquivos Brasileiros de Cardiologia, Rio de Janeiro, v. 118, n. 2, p. 301-309, "
            "fev. 2022.",
            ("Arquivos Brasileiros de Cardiologia", 2022, "118", "2", "301-309"),
        ),
        (  # Japanese: volume(issue): pages, year after a journal named in Japanese
            "山田 太郎, 中村 一郎: 心房細動の抗凝固療法. 日本内科学会雑誌 110(4): 788-795, 2021.",
            ("日本内科学会雑誌", 2021, "110", "4", "788-795"),
        ),
    ],
)
def test_local_locus_forms(line: str, expected: tuple[object, ...]) -> None:
    assert _fields(line) == expected
    assert entry_kind(parse_entry([line])) == JOURNAL_ARTICLE


def test_elsevier_e_pages_read_whole() -> None:
    line = (
        "García R, López M. Guía de práctica clínica sobre síncope. "
        "Rev Esp Cardiol. 2018;71(10):837.e1-837.e92."
    )
    assert _fields(line)[2:] == ("71", "10", "837.e1-837.e92")
    assert _fields(line.replace("837.e1-837.e92", "837.e1"))[4] == "837.e1"
    # The last page's online part alone: "837.e1-92" was read as "837.e1".
    assert _fields(line.replace("837.e1-837.e92", "837.e1-92"))[4] == "837.e1-92"
    assert _fields(line.replace("837.e1-837.e92", "837.e1-e92"))[4] == "837.e1-e92"


def test_din_1505_article_after_in_is_an_article() -> None:
    line = (
        "Schäfer, K.; Brandt, L.; Vogel, H.-J.: Vorhofflimmern im Alter. "
        "In: Dtsch Med Wochenschr 146 (2021), Nr. 8, S. 512–519"
    )
    entry = parse_entry([line])
    assert entry.authors == ["Schäfer K", "Brandt L", "Vogel H-J"]
    assert entry.title == "Vorhofflimmern im Alter"
    assert (entry.journal, entry.year, entry.volume, entry.issue) == (
        "Dtsch Med Wochenschr",
        2021,
        "146",
        "8",
    )
    assert entry.pages == "512–519"
    assert entry_kind(entry) == JOURNAL_ARTICLE


def test_din_1505_chapter_with_editors_stays_a_book() -> None:
    entry = parse_entry(
        [
            "Brandt, L.: Herzinsuffizienz. In: Schäfer, K. (Hrsg.): Innere Medizin. "
            "Stuttgart : Thieme, 2020, S. 112–130"
        ]
    )
    assert entry_kind(entry) == NOT_INDEXED


def test_cochrane_review_with_access_date_is_the_review() -> None:
    entry = parse_entry(
        [
            "Lee K, et al. Exercise for intermittent claudication. Cochrane Database of "
            "Systematic Reviews 2017, Issue 12. Art. No.: CD000990 [accessed 3 May 2024]."
        ]
    )
    assert (entry.journal, entry.year, entry.issue, entry.pages) == (
        "Cochrane Database of Systematic Reviews",
        2017,
        "12",
        "CD000990",
    )
    assert entry_kind(entry) == JOURNAL_ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        # A page and a year in a book's details: no volume, no locus.
        "Brandt L. Kardiologie. 3. Aufl. Stuttgart: Thieme; 2019, S. 45-60.",
        # A book's volume in German and a publisher before the year: no journal's locus.
        "Classen M, Diehl V. Handbuch der Inneren Medizin. Bd. 2 (2019), S. 45-60.",
        "Brandt L. Kardiologie. Band 3 (2018), S. 12-20.",
        "Herold G. Innere Medizin. Köln: Herold; 2020 ; vol. 2, p. 45-60.",
        # "p." in a title, a Vancouver locus at the end: that one is read.
        "Roux P. Le score p. 5 en pratique. Rev Prat. 2019;69(2):120-5.",
    ],
)
def test_no_local_locus_where_none_ends_the_entry(line: str) -> None:
    entry = parse_entry([line])
    assert entry.volume in (None, "69")
    if entry.volume == "69":
        assert entry.pages == "120-5"
