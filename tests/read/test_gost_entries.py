"""Russian GOST 7.1 entries (user25 P1 13): "//" ends the title, " – " parts year, volume and
pages; read as Vancouver they gave journals such as "J. Med. – 2019. – Vol. 381, № 21"."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry
from citelint.read.gost_entries import as_vancouver

ENGLISH = (
    "Lindqvist M.A., Osei K., Brandt H. et al. Sotagliflozin after worsening heart failure "
    "// N. Engl. J. Med. – 2021. – Vol. 384, № 2. – P. 117–128. – DOI: 10.1056/NEJMoa2030183."
)
RUSSIAN = (
    "Орлова Я.А., Ткачёва О.Н. Старческая астения у больных хронической сердечной "
    "недостаточностью // Кардиология. – 2020. – Т. 60, № 9. – С. 12–19."
)


def test_an_english_paper_cited_in_gost_reads_its_fields() -> None:
    entry = parse_entry([ENGLISH])
    assert entry.authors[:2] == ["Lindqvist MA", "Osei K"]
    assert entry.title == "Sotagliflozin after worsening heart failure"
    assert (entry.journal, entry.year, entry.volume, entry.issue, entry.pages) == (
        "N. Engl. J. Med",
        2021,
        "384",
        "2",
        "117-128",
    )
    assert entry.doi == "10.1056/NEJMoa2030183"


def test_a_russian_paper_cited_in_gost_reads_its_fields() -> None:
    entry = parse_entry([RUSSIAN])
    assert entry.title is not None and entry.title.endswith("сердечной недостаточностью")
    assert (entry.journal, entry.year, entry.volume, entry.issue, entry.pages) == (
        "Кардиология",
        2020,
        "60",
        "9",
        "12-19",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Smith J. Notes on a web page. Available at: https://example.org/a // b. 2020.",
        "Okafor N. Heart failure today. Lancet. 2019;393:1-10.",
    ],
)
def test_other_entries_are_no_gost(text: str) -> None:
    assert as_vancouver(text) is None


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # "2019 г." (the year, год) and fields parted by full stops alone (GOST R 7.0.5).
        (
            "Орлова Я.А., Ткачёва О.Н. Старческая астения у больных хронической сердечной "
            "недостаточностью // Кардиология. 2020 г. Т. 60, № 9. С. 12–19.",
            ("Кардиология", 2020, "60", "9", "12-19"),
        ),
        # A journal numbering its issues alone.
        (
            "Гусева Е.В., Мартынов А.В. Фибрилляция предсердий у пожилых // Российский "
            "кардиологический журнал. – 2021 г. – № 3. – С. 45–52.",
            ("Российский кардиологический журнал", 2021, None, "3", "45-52"),
        ),
    ],
)
def test_a_gost_entry_with_the_year_s_g_or_no_volume_reads_its_fields(
    text: str, fields: tuple[str, int, str | None, str, str]
) -> None:
    entry = parse_entry([text])
    assert entry.title is not None and not entry.title.endswith(("г", "№ 3"))
    assert (entry.journal, entry.year, entry.volume, entry.issue, entry.pages) == fields


def test_a_russian_book_is_one() -> None:
    from citelint.read.identifiers import NOT_INDEXED, entry_kind

    book = parse_entry(
        ["Шляхто Е.В., Конради А.О. Артериальная гипертензия. – М.: ГЭОТАР-Медиа, 2020. – 320 с."]
    )
    assert entry_kind(book) == NOT_INDEXED
    assert entry_kind(parse_entry([RUSSIAN])) != NOT_INDEXED
