"""Articles in Spanish, Portuguese, French, Italian, German, Dutch, Polish, Turkish, Chinese,
Japanese...: their reference list's heading, and superscripts flattened after words with accents."""

from __future__ import annotations

import pytest

from citelint.read import read_text

ENTRIES = "".join(
    f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n" for n in range(1, 4)
)


def numbers(text: str) -> tuple[list[int], list[list[int]]]:
    """The entries' numbers and the citations' numbers."""
    document = read_text(text, "a.txt", "txt")
    cited = [marker.numbers for claim in document.claims for marker in claim.markers]
    return [entry.number for entry in document.references], cited


@pytest.mark.parametrize(
    "heading",
    [
        "Referencias",
        "Referencias bibliográficas",
        "Bibliografía",
        "Referências",
        "REFERÊNCIAS BIBLIOGRÁFICAS",
        "Références",
        "Références bibliographiques",
        "Bibliographie",
        "Bibliografia",
        "Riferimenti bibliografici",
        "Literatur",
        "Literaturverzeichnis",
        # An AI answer's sources in Spanish, Portuguese, Italian and German.
        "Fuentes",
        "Fontes",
        "Fonti",
        "Quellen",
        # Dutch, Polish, Czech, Turkish, Swedish, Chinese, Japanese and Korean (user24 P1 2).
        "Literatuur",
        "Literatuurlijst",
        "Referenties",
        "Piśmiennictwo",
        "PIŚMIENNICTWO",
        "Literatura",
        "Seznam literatury",
        "Kaynaklar",
        "Kaynakça",
        "Referanslar",
        "Referenser",
        "参考文献",
        "参考文献：",
        "參考文獻",
        "文献",
        "引用文献",
        "참고문헌",
        # Russian, Greek, Finnish, Danish and Norwegian (user25 P1 6).
        "Список литературы",
        "СПИСОК ЛИТЕРАТУРЫ",
        "Литература",
        "Библиография",
        "Βιβλιογραφία",
        "ΒΙΒΛΙΟΓΡΑΦΙΑ",
        "Αναφορές",
        "Kirjallisuus",
        "Kirjallisuutta",
        "Lähteet",
        "Viitteet",
        "Litteraturliste",
        "Kildehenvisninger",
        "Kilder",
        "Källor",
    ],
)
def test_the_list_under_a_heading_in_another_language_is_the_list(heading: str) -> None:
    text = f"Texto [1]. Más texto [2, 3].\n\n{heading}\n{ENTRIES}"
    assert numbers(text) == ([1, 2, 3], [[1], [2, 3]])


@pytest.mark.parametrize("heading", ["## Список литературы", "# Литература", "## Kirjallisuutta"])
def test_a_markdown_heading_in_russian_or_finnish_heads_the_list(heading: str) -> None:
    text = f"Текст [1]. Ещё текст [2, 3].\n\n{heading}\n\n{ENTRIES}"
    document = read_text(text, "a.md", "md")
    assert [entry.number for entry in document.references] == [1, 2, 3]


def test_superscripts_flattened_after_words_with_accents_cite() -> None:
    # A Spanish page copied as text: "década2,3", "revisión4.", "discusión6,7.".
    text = (
        "La recurrencia bajó con la aspirina1. El tratamiento ha cambiado en la última "
        "década2,3. Las estrategias se resumen en otra revisión4. El manejo sigue en "
        "discusión5,6. Die Studien7 zeigen es. Reakcja była szybka8.\n\nBibliografía\n"
        + "".join(
            f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n"
            for n in range(1, 9)
        )
    )
    assert numbers(text)[1] == [[1], [2, 3], [4], [5, 6], [7], [8]]


def test_german_nouns_with_accents_glued_to_numbers_cite() -> None:
    """Review17 F9: a German noun, always capitalised, with an accent ("Übelkeit2",
    "Größe3", "Mittelmeerdiät4,5.") was not read: the capitalised branch knew ASCII alone."""
    text = (
        "Die Patienten wurden untersucht1. Häufig war die Übelkeit2. Die Größe3 der Wirkung "
        "war moderat. Die Vorteile der Mittelmeerdiät4,5.\n\nLiteratur\n"
        + "".join(
            f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n"
            for n in range(1, 6)
        )
    )
    assert numbers(text)[1] == [[1], [2], [3], [4, 5]]


def test_names_with_accents_glued_to_numbers_are_still_no_citations() -> None:
    # A byline whose names end in accented letters: affiliations, not citations.
    text = (
        "María José Fernández-López1, Joaquín Ruiz Ortega2, Åsa Öberg3\n\n"
        "La recurrencia bajó con la aspirina1. El tratamiento cambió2,3.\n\nBibliografía\n"
        + ENTRIES
    )
    assert numbers(text)[1] == [[1], [2, 3]]


HEADINGS = [
    "References", "REFERENCES:", "1. References", "IV. Bibliography", "References (14)",
    "Referencias", "Referencias bibliográficas", "REFERENCIAS BIBLIOGRAFICAS", "Referências",
    "Referencias:", "Références", "RÉFÉRENCES BIBLIOGRAPHIQUES", "Réferences", "Bibliografía",
    "Bibliografia", "Bibliographie", "Riferimenti bibliografici", "5. Literatur",
    "Literaturverzeichnis", "Literaturangaben", "Fuentes", "Fontes:", "Fonti", "Quellen",
    "Quellenangaben", "Sources", "Works cited", "Key references", "Citations", "Notes",
    "Referencia", "Literature", "Literatura", "Fuentes de datos", "Refer", "Quelle",
    "Literatuur", "Piśmiennictwo", "Kaynakça", "Kaynak", "参考文献", "文献检索", "引用文献",
    "Literature review", "Seznam", "참고문헌", "Список литературы", "Литература", "Βιβλιογραφία",
    "Kirjallisuutta", "Lähteet", "Litteraturliste", "Kildehenvisninger", "Kilde", "Viite",
]  # fmt: skip


@pytest.mark.parametrize("heading", HEADINGS)
def test_headings_are_told_as_one_pattern_of_every_language_would(heading: str) -> None:
    """The other languages' names are tried apart, and only on a line holding one of their
    stems (their compiling cost every run): the verdict is the one pattern's."""
    import re

    from citelint.read import reference_headings as names

    start = len(names._NUMBERING)
    english, titled_english = names._REFERENCE_HEADING.pattern, names._TITLED_LIST.pattern
    foreign = names._FOREIGN_LIST_NAME
    one = re.compile(rf"{names._NUMBERING}(?:{foreign}\s*:?|{english[start:]})", re.IGNORECASE)
    assert names.heading_names_a_list(heading) == bool(one.fullmatch(heading))
    titled = re.compile(
        rf"{names._NUMBERING}(?:{foreign}\b|{titled_english[start:]})", re.IGNORECASE
    )
    assert names.titles_a_list(heading) == bool(titled.match(heading))


@pytest.mark.parametrize(
    "others",
    ["y cols.", "y col.", "et coll.", "et col.", "e col.", "e cols.", "u. a.", "u.a.", "ja muut."]
    + ["m.fl.", "mfl.", "ym.", "ve ark.", "i wsp."],
)
def test_et_al_in_another_language_ends_the_authors(others: str) -> None:
    """ "Costa-Matos L, Batista P, e col. Title": the names went into the title, so a
    wrong first author was missed and a right one reported as 'Costa-Matos L, Batista P,
    e col' (a false CL203)."""
    text = (
        "Texto [1].\n\nReferências\n1. Costa-Matos L, Batista P, "
        f"{others} Hfe mutations and iron overload. Arq Gastroenterol. 2013;50(1):35-41.\n"
    )
    [entry] = read_text(text, "a.txt", "txt").references
    assert entry.authors == ["Costa-Matos L", "Batista P"]
    assert entry.title == "Hfe mutations and iron overload"


def test_a_title_word_like_col_is_no_list_end() -> None:
    text = (
        "Texto [1].\n\nReferences\n1. Doe J, Roe A. Bile acids in the distal col. and ileum. "
        "Gut. 2013;50(1):35-41.\n"
    )
    [entry] = read_text(text, "a.txt", "txt").references
    assert entry.authors == ["Doe J", "Roe A"]
    assert entry.title == "Bile acids in the distal col. and ileum"


@pytest.mark.parametrize(
    ("cited", "available"),
    [
        ("[citado 3 mar 2024]", "Disponible en:"),
        ("[acesso em 3 mar 2024]", "Disponível em:"),
        ("[cité le 3 mars 2024]", "Disponible sur :"),
        ("[citato il 3 marzo 2024]", "Disponibile su:"),
        ("[zitiert am 3. März 2024]", "Verfügbar unter:"),
    ],
)
def test_vancouver_internet_notes_in_another_language_are_cut(cited: str, available: str) -> None:
    """ "N Engl J Med [Internet]. 2012 [citado 3 mar 2024];367(21):1979-87. Disponible en:
    <address>": the notes stayed in the title, no locus was read, and with "[Internet]" and no
    volume or pages the entry was taken for a web page (a false CL207)."""
    text = (
        "Texto [1].\n\nReferencias\n1. Brighton TA, Mann K. Low-dose aspirin for preventing "
        f"recurrent venous thromboembolism. N Engl J Med [Internet]. 2012 {cited};367(21):1979-87. "
        f"{available} https://www.nejm.org/doi/full/10.1056/NEJMoa1210384\n"
    )
    [entry] = read_text(text, "a.txt", "txt").references
    assert entry.title == "Low-dose aspirin for preventing recurrent venous thromboembolism"
    assert (entry.journal, entry.year, entry.volume, entry.pages) == (
        "N Engl J Med",
        2012,
        "367",
        "1979-87",
    )


def test_a_chinese_article_under_its_heading_is_checked_against_its_list() -> None:
    """User24 P1 2: "参考文献" was not known, the list was taken for body text and its
    citations were false CL101 errors (the list "had" the entries after the first lines)."""
    text = (
        "慢性肾脏病患者的血压控制仍不理想[1]。强化降压可减少心血管事件[2-3]。\n\n"
        "参考文献\n"
        "[1] Doe J, Roe A. Blood pressure in kidney disease. Kidney Int. 2018;93(2):300-8.\n"
        "[2] Lee K, Park S. Intensive control of blood pressure. Lancet. 2019;394:1000-9.\n"
        "[3] Chen L, Wu H. Outcomes of blood pressure targets. BMJ. 2020;368:m100.\n"
    )
    assert numbers(text) == ([1, 2, 3], [[1], [2, 3]])


def test_turkish_parenthesised_numbers_cite_the_list_under_kaynaklar() -> None:
    text = (
        "Kronik böbrek hastalığında kan basıncı kontrolü yetersizdir (1). Yoğun kontrol "
        "olayları azaltmıştır (2). Böbrek işlevi korunmuştur (3). Yan etkiler azdır (4). "
        "Kılavuzlar bu hedefi önermektedir (5).\n\nKaynaklar\n"
        + "".join(
            f"{n}. Author{n} A. Title number {n} of a study. J Med. 2010;{n}:1-9.\n"
            for n in range(1, 6)
        )
    )
    assert numbers(text) == ([1, 2, 3, 4, 5], [[1], [2], [3], [4], [5]])


@pytest.mark.parametrize("stop", ["“.", ".“"])
def test_a_title_in_german_quotes_is_the_title(stop: str) -> None:
    """User24 P1 16: German closes „ with “, which opens a quote elsewhere: the quote ran on
    to the entry's end, no title was read and the journal was the title and the journal."""
    text = (
        "Text [1].\n\nLiteratur\n1. Huber K, Meier S, Wolf T u. a. „Telemonitoring bei "
        f"Herzinsuffizienz: eine randomisierte Studie{stop} Dtsch Med Wochenschr 2021; 146: "
        "e50–e58\n"
    )
    [entry] = read_text(text, "a.txt", "txt").references
    assert entry.title == "Telemonitoring bei Herzinsuffizienz: eine randomisierte Studie"
    assert (entry.journal, entry.year, entry.volume) == ("Dtsch Med Wochenschr", 2021, "146")


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("SILVA, João Carlos; SOUZA, Maria.", ["Silva JC", "Souza M"]),
        ("SILVA, J. C.; SOUZA, M.", ["Silva JC", "Souza M"]),
        ("SOUZA NETO, João; OLIVEIRA, Ana Paula de.", ["Souza Neto J", "Oliveira AP"]),
        ("COSTA-MATOS, Luís Henrique et al.", ["Costa-Matos LH"]),
    ],
)
def test_abnt_names_are_the_authors(names: str, authors: list[str]) -> None:
    """ABNT's "SOBRENOME, Nome; ..." was read as no names and the list stood in the title."""
    text = (
        "Texto [1].\n\nReferências\n1. "
        f"{names} Hipertensão em idosos. Arq Bras Cardiol, v. 112, n. 3, p. 187-195, 2019.\n"
    )
    [entry] = read_text(text, "a.txt", "txt").references
    assert entry.authors == authors
    assert entry.title == "Hipertensão em idosos"


@pytest.mark.parametrize(
    "head",
    [
        "WORLD HEALTH ORGANIZATION, Geneva.",
        "SOCIEDADE BRASILEIRA DE CARDIOLOGIA, Departamento de Hipertensão.",
        "NEJM, Editors.",
        # review26b P1: a group's acronym, then its name.
        "ESC, Scientific Document Group.",
        "GBD, Chronic Respiratory Disease Collaborators.",
        "WHO, World Health Organization.",
        "NICE, National Guideline Centre.",
        "USPSTF, Final Recommendation Statement.",
        "ESC, Scientific Document Group; AHA, Writing Committee.",
    ],
)
def test_a_group_in_capitals_is_no_abnt_person(head: str) -> None:
    text = f"Texto [1].\n\nReferences\n1. {head} Time to act. N Engl J Med. 2020;383:1479-80.\n"
    [entry] = read_text(text, "a.txt", "txt").references
    assert entry.authors in ([], [head.rstrip(".")])  # a group, or none: never "Nejm E"
