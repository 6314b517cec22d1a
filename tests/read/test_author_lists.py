"""Where a list of authors ends (citelint.read.author_lists), as parse_entry reads it."""

from __future__ import annotations

import pytest

from citelint.read.entries import parse_entry


def test_et_al_with_no_stop_ends_the_names_before_the_title() -> None:
    """hunt17: "..., et al Remdesivir ..." ran the names into the title (a false CL201)."""
    entry = parse_entry(
        [
            "Hogan JI, Duerr R, Dimartino D, et al Remdesivir resistance in transplant "
            "recipients with persistent coronavirus disease 2019. Clin Infect Dis 2023;76:342-5"
        ]
    )
    assert entry.authors == ["Hogan JI", "Duerr R", "Dimartino D"]
    assert entry.title is not None and entry.title.startswith("Remdesivir resistance")


def test_et_al_and_a_comma_end_the_names_before_the_title() -> None:
    entry = parse_entry(
        [
            "Lange T, Backhaus SJ, Schulz A, et al, CMR-based cardiac phenotyping in different "
            "forms of heart failure. Int J Cardiovasc Imaging. 2024;40:1585-96."
        ]
    )
    assert entry.authors == ["Lange T", "Backhaus SJ", "Schulz A"]
    assert entry.title == "CMR-based cardiac phenotyping in different forms of heart failure"


def test_et_al_inside_a_title_with_no_names_before_it_ends_no_list() -> None:
    entry = parse_entry(["Comparing Smith et al Results With Ours. Clin Infect Dis 2023;76:342-5"])
    assert entry.authors == []
    assert entry.title == "Comparing Smith et al Results With Ours"


@pytest.mark.parametrize(
    ("text", "names", "title"),
    [
        (
            "Tayal, D, Jain, P, Goswami, B. D-dimer – a multifaceted molecule. Horm Mol Biol "
            "Clin Investig 2024;45:75–84.",
            ["Tayal D", "Jain P", "Goswami B"],
            "D-dimer – a multifaceted molecule",
        ),
        (
            "Kouri, TT, Hofmann, W, Gertsen, JB, et al.. The EFLM European urinalysis guideline "
            "2023. Clin Chem Lab Med 2024;62:1653–786.",
            ["Kouri TT", "Hofmann W", "Gertsen JB"],
            "The EFLM European urinalysis guideline 2023",
        ),
        (
            "van den Berg, FF, Boermeester, MA. Update on the management of acute pancreatitis. "
            "Curr Opin Crit Care 2023;29:145–51.",
            ["van den Berg FF", "Boermeester MA"],
            "Update on the management of acute pancreatitis",
        ),
        (
            "Raikou, VD. Renoprotective strategies. World J Nephrol 2024;13:89637.",
            ["Raikou VD"],
            "Renoprotective strategies",
        ),
    ],
)
def test_de_gruyters_names_with_a_comma_before_their_initials(
    text: str, names: list[str], title: str
) -> None:
    """hunt17: De Gruyter's pages; read as no names, the title began with them (CL201)."""
    entry = parse_entry([text])
    assert (entry.authors, entry.title) == (names, title)


@pytest.mark.parametrize(
    "text",
    [
        "Sepsis, ARDS. Lessons from the pandemic. Crit Care 2021;25:1–9.",
        "COVID-19, ICU. A survey of capacity. Crit Care 2021;25:10–19.",
    ],
)
def test_a_title_of_a_word_and_an_abbreviation_is_no_list_of_names(text: str) -> None:
    assert parse_entry([text]).authors == []


@pytest.mark.parametrize(
    "names",
    [
        "Lindqvist A, Obi P, et al; on behalf of the HARBOUR Collaborative Group.",
        "Lindqvist A, Obi P, et al.; on behalf of the HARBOUR Collaborative Group.",
        "Lindqvist A, Obi P; on behalf of HARBOUR Collaborative Group.",
        "Lindqvist A, Obi P, et al; for the HARBOUR Collaborative Group.",
    ],
)
def test_the_group_people_wrote_for_after_a_semicolon_ends_the_names(names: str) -> None:
    """user21: "et al; on behalf of the ... Group." made the names one author, the whole
    text before the title."""
    entry = parse_entry(
        [
            f"{names} Colchicine in hospitalized patients with influenza. "
            "N Engl J Med. 2021;384(12):1101-12."
        ]
    )
    assert entry.authors == ["Lindqvist A", "Obi P", "HARBOUR Collaborative Group"]
    assert entry.title == "Colchicine in hospitalized patients with influenza"


def test_words_after_for_the_that_name_no_group_end_no_list() -> None:
    entry = parse_entry(
        [
            "Lindqvist A, Obi P, for the elderly. Colchicine in hospitalized patients with "
            "influenza. N Engl J Med. 2021;384(12):1101-12."
        ]
    )
    assert entry.authors == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # Particles after the initials, as some Dutch and Spanish lists sort them (user23 P1-9).
        (
            "Linden PJ van der, Fuente-Ortiz M de la, et al.",
            ["van der Linden PJ", "de la Fuente-Ortiz M"],
        ),
        ("Berg FF van den, Okafor C.", ["van den Berg FF", "Okafor C"]),
        ("Costa MR dos, Okafor C.", ["dos Costa MR", "Okafor C"]),
        # A saint's name sorted the same way, and particles glued to the name (reading24).
        ("Clair MJ St, Okafor C.", ["St Clair MJ", "Okafor C"]),
        ("vandenBerg FF, deGroot JM, Okafor C.", ["vandenBerg FF", "deGroot JM", "Okafor C"]),
        # Initials that read as a suffix, "II" (user23 P1-10); a suffix after initials stays one.
        ("Ivanov II, Petrova AS.", ["Ivanov II", "Petrova AS"]),
        ("Smith SC Jr, Bonow RO.", ["Smith SC Jr", "Bonow RO"]),
    ],
)
def test_names_in_the_orders_other_lists_write_them(byline: str, names: list[str]) -> None:
    entry = parse_entry([f"{byline} Rate control in frail older adults. JAMA. 2022;327:240-9."])
    assert entry.authors == names
    assert entry.title == "Rate control in frail older adults"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # Family name first, as Chinese journals print their authors in English (user23 P2 4).
        (
            "Li Xiaoming, Chen Hui-Min, Zhou Jianguo, et al.",
            ["Li Xiaoming", "Chen Hui-Min", "Zhou Jianguo"],
        ),
        # Given name first, as a reference manager fills in full names.
        ("Xiaoming Li, Hui-Min Chen, et al.", ["Xiaoming Li", "Hui-Min Chen"]),
        ("Maria Elena Rossi, Thomas Becker, et al.", ["Maria Elena Rossi", "Thomas Becker"]),
    ],
)
def test_full_names_ended_by_et_al_are_the_authors(byline: str, names: list[str]) -> None:
    """User23 P2 4: the full names were read into the title, which then matched no record."""
    entry = parse_entry(
        [
            f"{byline} Tenecteplase for minor stroke with large vessel occlusion. Stroke. "
            "2023;54(3):712-21."
        ]
    )
    assert entry.authors == names
    assert entry.title == "Tenecteplase for minor stroke with large vessel occlusion"


@pytest.mark.parametrize(
    "text",
    [
        # A title listing its topics, and topics before "et al.": no list of names to read.
        "Heart Failure, Atrial Fibrillation, Stroke Prevention. Circulation. 2023;147:1-9.",
        "Atrial Fibrillation, et al. Rate control in frail older adults. JAMA. 2022;327:240-9.",
    ],
)
def test_capitalised_words_that_name_no_people_are_no_full_names(text: str) -> None:
    assert parse_entry([text]).authors == []


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # A Portuguese family name's last word after the initials, as SciELO's and some
        # Brazilian lists print it: PubMed writes "Souza Neto JD" (fix24a).
        ("Souza JD Neto, Okafor C, et al.", ["Souza Neto JD", "Okafor C"]),
        (
            "Okafor C, Mesquita ET Filho, Ramires FJ.",
            ["Okafor C", "Mesquita Filho ET", "Ramires FJ"],
        ),
    ],
)
def test_a_portuguese_family_names_last_word_after_the_initials(
    byline: str, names: list[str]
) -> None:
    entry = parse_entry(
        [f"{byline} Rate control in frail older adults. Arq Bras Cardiol. 2022;118:240-9."]
    )
    assert entry.authors == names
    assert entry.title == "Rate control in frail older adults"


def test_a_titles_word_after_the_initials_and_their_stop_stays_the_titles() -> None:
    entry = parse_entry(
        ["Souza JD. Neto family outcomes after valve surgery. Arq Bras Cardiol. 2022;118:240-9."]
    )
    assert entry.authors == ["Souza JD"]
    assert entry.title == "Neto family outcomes after valve surgery"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Yeming Wang, Dingyu Zhang.", ["Yeming Wang", "Dingyu Zhang"]),
        ("Wang Yeming, Zhang Dingyu, Du Guanhua.", ["Wang Yeming", "Zhang Dingyu", "Du Guanhua"]),
        (
            "Maria Elena Rossi, Thomas Becker and Anna Kowalska.",
            ["Maria Elena Rossi", "Thomas Becker", "Anna Kowalska"],
        ),
    ],
)
def test_full_names_with_no_et_al_before_a_title_and_a_journal(
    byline: str, names: list[str]
) -> None:
    """Read into the title, the names made it match no record (reading24 left it)."""
    entry = parse_entry(
        [
            f"{byline} Tenecteplase for minor stroke with large vessel occlusion. Stroke. "
            "2023;54(3):712-21."
        ]
    )
    assert entry.authors == names
    assert entry.title == "Tenecteplase for minor stroke with large vessel occlusion"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Topics in Title Case, then a subtitle: a title, not two people.
        (
            "Atrial Fibrillation Screening, Stroke Prevention. An overview of trials. Lancet. "
            "2020;395:1569-78.",
            "Atrial Fibrillation Screening, Stroke Prevention. An overview of trials",
        ),
        (
            "Heart Failure, Kidney Function. Two sides of one coin. Eur Heart J. 2021;42:100-9.",
            "Heart Failure, Kidney Function. Two sides of one coin",
        ),
        # Common words in name shapes (review25b): a title's topics, not people.
        (
            "Green Tea, Red Wine and Dark Chocolate. What we know. Nutrients. 2019;11(5):1040.",
            "Green Tea, Red Wine and Dark Chocolate. What we know",
        ),
        # Names with no journal after the title: the names may be the title's own words.
        ("Yeming Wang, Dingyu Zhang. Stroke. 2023;54(3):712-21.", "Yeming Wang, Dingyu Zhang"),
    ],
)
def test_title_case_topics_with_no_et_al_are_no_full_names(text: str, title: str) -> None:
    entry = parse_entry([text])
    assert entry.authors == []
    assert entry.title == title
