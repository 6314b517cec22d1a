"""Names PubMed spells one way and reference lists another (user23 P1-12, P1-14, P1-15, P2-3):
each was a false CL203, or a wrong paper taken for the entry's; a wrong first author or
journal must still disagree."""

from __future__ import annotations

import pytest

from citelint.models import Reference
from citelint.pubmed.matching import first_author_matches, journal_matches
from citelint.pubmed.same_work import is_same_work
from citelint.record import Record


def entry(**fields: object) -> Reference:
    return Reference(number=1, raw="", line=1, column=1, **fields)  # type: ignore[arg-type]


def record(**fields: object) -> Record:
    base: dict[str, object] = {"pmid": "1", "title": "A trial.", "year": 2021}
    return Record(**(base | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cited", "pubmed"),
    [
        ("DSouza R", "D'Souza R"),
        ("Dsouza R", "D'Souza R"),
        ("El-Sayed NA", "ElSayed NA"),
        ("El Sayed NA", "ElSayed NA"),
        ("Santos JR", "dos Santos JR"),
        ("van Dijk LM", "Dijk LM"),
        ("StJohn AB", "St John AB"),
        ("Saint John AB", "St John AB"),
        ("St. John AB", "St John AB"),
        # As the reader gives "John AB St" and glued "vanderMeer AJ" (reading24).
        ("vanderMeer AJ", "van der Meer AJ"),
        ("Xiaoming Li", "Li X"),
        ("Li Xiaoming", "Li X"),
        # A Spanish double surname by its first part, unhyphenated in PubMed (user27 P1-2).
        ("Curiel RE", "Curiel Cid RE"),
        # The same person with the family name written whole, or by its first part in the
        # Spanish and Portuguese shapes (traps for review27a P2-4's fix).
        ("Ouyang W", "Ou Yang W"),
        ("Ou-Yang W", "Ouyang W"),
        ("Au Yeung K", "Au-Yeung K"),
        ("Garcia LA", "Garcia Rodriguez LA"),
        ("Silva J", "Silva Santos J"),
        ("Costa M", "Costa e Silva M"),
        ("Berg J", "van den Berg J"),
        # A Hong Kong married name, the husband's family name first: one person.
        ("Chan K", "Chan Wong K"),
        # Hyphenated, the first part is taken as before review27a P2-4 ("Lee-Smith").
        ("Lee J", "Lee-Smith J"),
        ("Jung M", "Jung-Müller M"),
    ],
)
def test_one_surname_spelt_two_ways_is_the_first_author(cited: str, pubmed: str) -> None:
    assert first_author_matches(entry(authors=[cited]), record(authors=[pubmed, "Lee K"]))


@pytest.mark.parametrize(
    ("cited", "pubmed"),
    [
        ("Sousa JR", "dos Santos JR"),
        ("Sayed NA", "ElSayed NA"),  # "El" is written into the name: "Sayed" is another
        ("Souza R", "D'Souza R"),
        ("John AB", "St John AB"),
        ("Dossantos JR", "Santos JR"),
        ("Curiel AB", "Curiel Cid RE"),  # other initials: another Curiel
        ("Cid RE", "Curiel Cid RE"),  # the second surname alone
        ("van RE", "van den Berg RE"),  # a particle is no first surname
    ],
)
def test_another_surname_still_disagrees(cited: str, pubmed: str) -> None:
    assert first_author_matches(entry(authors=[cited]), record(authors=[pubmed])) is False


# review27a P2-4: the Spanish shape (a two-word family name cited by its first word) is no
# licence for every two-word family name. An East Asian family name is a name of its own, not
# the first half of a longer one: "Lee J" is another person than a record's "Lee Kim J", and
# "Ou" another family name than "Ou Yang" (Ouyang). Dutch and Portuguese particles start no
# first surname.
@pytest.mark.parametrize(
    ("cited", "pubmed"),
    [
        ("Lee J", "Lee Kim J"),
        ("Kim J", "Kim Lee J"),
        ("Park S", "Park Sung S"),
        ("Wang Y", "Wang Li Y"),
        ("Ou W", "Ou Yang W"),
        ("Lee J", "Lee Chang J"),  # review28c P3-1
        ("Kim S", "Kim Chung S"),
        ("van J", "van der Berg J"),
        ("van der Berg J", "van den Berg J"),
        ("da J", "da Silva J"),
        ("Santos J", "Silva Santos J"),
        ("Lopez A", "Lopez Garcia B"),
    ],
)
def test_a_two_word_family_name_is_not_its_first_word_alone(cited: str, pubmed: str) -> None:
    assert first_author_matches(entry(authors=[cited]), record(authors=[pubmed])) is False


# Review28a P1-5: a Latin American author whose first surname is also a Chinese or Korean
# family name, cited by it as Spanish style does, is still the record's first author.
@pytest.mark.parametrize(
    ("cited", "pubmed"),
    [
        ("Lee J", "Lee Moreno J"),
        ("Chen A", "Chen Morales A"),
        ("Garcia LA", "Garcia Rodriguez LA"),
        ("Lee J", "Lee Ruiz J"),  # a short Spanish second surname (review28c P1-2)
        ("Chen A", "Chen Diaz A"),
    ],
)
def test_a_spanish_double_surname_led_by_an_east_asian_word_is_its_first_word(
    cited: str, pubmed: str
) -> None:
    assert first_author_matches(entry(authors=[cited]), record(authors=[pubmed])) is True


# Decided (leftovers30), Cantonese "Cheung", "Yeung" and "Wong" stay out of the East Asian
# family names: a Hong Kong married woman's record leads with her husband's family name and
# then her own ("Lee Cheung K", "Chan Wong K"), and she is cited by the first alone ("Lee K").
# Taken in, "Lee K" would be called another person than "Lee Cheung K": a false CL203 on a
# right entry. Left out, a different "Lee K" cited for such a record is missed: no alarm is
# the lesser fault.
@pytest.mark.parametrize(
    ("cited", "pubmed"),
    [
        ("Lee K", "Lee Cheung K"),
        ("Chan K", "Chan Wong K"),
        ("Lee KY", "Lee Yeung KY"),
    ],
)
def test_a_hong_kong_married_name_is_cited_by_its_first_word(cited: str, pubmed: str) -> None:
    assert first_author_matches(entry(authors=[cited]), record(authors=[pubmed])) is True


CHINESE = record(
    journal="Zhonghua jie he he hu xi za zhi = Zhonghua jiehe he huxi zazhi = Chinese journal "
    "of tuberculosis and respiratory diseases",
    journal_abbrev="Zhonghua Jie He He Hu Xi Za Zhi",
)


@pytest.mark.parametrize(
    "journal",
    [
        "Chinese Journal of Tuberculosis and Respiratory Diseases",
        "Chin J Tuberc Respir Dis",
        "Zhonghua Jie He He Hu Xi Za Zhi",
    ],
)
def test_a_chinese_journal_by_its_english_name(journal: str) -> None:
    assert journal_matches(entry(journal=journal), CHINESE)


def test_another_chinese_journal_still_disagrees() -> None:
    assert journal_matches(entry(journal="Chinese Journal of Cardiology"), CHINESE) is False


@pytest.mark.parametrize(
    ("initials", "journal", "abbrev"),
    [
        ("AJKD", "American journal of kidney diseases", "Am J Kidney Dis"),
        ("ARD", "Annals of the rheumatic diseases", "Ann Rheum Dis"),
        ("CMI", "Clinical microbiology and infection", "Clin Microbiol Infect"),
        ("JAC", "The Journal of antimicrobial chemotherapy", "J Antimicrob Chemother"),
    ],
)
def test_a_journal_by_its_own_initials(initials: str, journal: str, abbrev: str) -> None:
    assert journal_matches(entry(journal=initials), record(journal=journal, journal_abbrev=abbrev))


def test_initials_of_another_journal_still_disagree() -> None:
    kidney = record(journal="Kidney international", journal_abbrev="Kidney Int")
    assert journal_matches(entry(journal="AJKD"), kidney) is False


PRESERVED = record(
    title="[Heart failure with preserved ejection fraction: current diagnosis and therapy].",
    journal="Deutsche medizinische Wochenschrift (1946)",
    journal_abbrev="Dtsch Med Wochenschr",
    year=2022,
    authors=["Müller-Werdan U", "Schäfer C"],
)


def test_a_title_a_word_apart_with_author_and_journal_wrong_is_another_paper() -> None:
    chapter = entry(
        title="Heart failure with improved ejection fraction",
        authors=["Okonjo E", "Whitfield M"],
        journal="StatPearls",
        year=2023,
    )
    assert not is_same_work(chapter, PRESERVED)


def test_a_title_a_word_apart_keeps_its_paper_when_the_author_agrees() -> None:
    cited = entry(
        title="Heart failure with improved ejection fraction",
        authors=["Müller-Werdan U"],
        journal="Lancet",
        year=2022,
    )
    assert is_same_work(cited, PRESERVED)


def test_one_title_keeps_its_paper_whatever_else_disagrees() -> None:
    # A planted wrong author and journal on the paper's own title stay CL203's to report.
    cited = entry(
        title="Heart failure with preserved ejection fraction: current diagnosis and therapy",
        authors=["Okonjo E"],
        journal="Lancet",
        year=2022,
    )
    assert is_same_work(cited, PRESERVED)


@pytest.mark.parametrize(
    "cited",
    [
        "Shchukin YuV",
        "Shchukin YV",
        "Shchukin Yu.V.",
        "Shchukin Yu. V.",
        "Shchukin IuV",
        # The whole list read as the first author, as one reading gives it.
        "Shchukin YuV, Zhuravlev AG, Kuznetsova ES",
    ],
)
def test_russian_initials_transliterated_in_two_letters_are_initials(cited: str) -> None:
    """user25 P1 11: journals print Ю as "Yu", NLM as "Iu"; "YuV" and "IuV", taken for the
    family names, made a false CL203 'first author' on the right paper."""
    assert first_author_matches(entry(authors=[cited]), record(authors=["Shchukin IuV"]))


@pytest.mark.parametrize(
    ("cited", "pubmed"),
    [("Shchukan YuV", "Shchukin IuV"), ("Zhuravlev AG", "Shchukin IuV")],
)
def test_another_author_with_such_initials_still_differs(cited: str, pubmed: str) -> None:
    assert not first_author_matches(entry(authors=[cited]), record(authors=[pubmed]))
