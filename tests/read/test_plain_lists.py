"""leading_authors' direct reading of the common list (author_lists.plain_list) gives what its
general reading gives, and leaves to it every text where a later place could end the list."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from citelint.read import author_lists
from citelint.read.author_lists import leading_authors, plain_list


def general(text: str) -> tuple[list[str], str]:
    """leading_authors with the direct reading turned off."""
    taken = author_lists.plain_list
    author_lists.plain_list = lambda text: None  # type: ignore[assignment]
    try:
        return leading_authors(text)
    finally:
        author_lists.plain_list = taken


TAKEN = [
    "Achterberg PW, Sandoval-Ruiz M, Kowalczyk J, et al. Tranexamic acid in hip "
    "arthroplasty: a randomised trial. Bone Joint J",
    "van der Linden AB, O'Connell R. Early mobilisation after stroke. Stroke",
    "Okonkwo CE. A randomised trial of early feeding. JPEN J Parenter Enteral Nutr",
    "Lindqvist B, Haddad FS, Brennan LK. ",
    "Moreau C, Ibáñez-Ortega L, et al. 5-year outcomes of knee replacement. Knee",
]


@pytest.mark.parametrize("text", TAKEN)
def test_common_lists_are_read_directly_and_alike(text: str) -> None:
    direct = plain_list(text)
    assert direct is not None and direct[0]
    assert direct == general(text)


def test_the_names_and_the_rest_of_a_common_list() -> None:
    names, rest = leading_authors(
        "Achterberg PW, Sandoval-Ruiz M, et al. Tranexamic acid in hip arthroplasty. Bone"
    )
    assert names == ["Achterberg PW", "Sandoval-Ruiz M"]
    assert rest == "Tranexamic acid in hip arthroplasty. Bone"


DECLINED = [
    # A later place may end the list: the rest's first words join its last name.
    "Doe A. A New HIV. Vaccines",  # _INITIALS reads "Doe AA New HIV"
    "Nguyen AM, Osei BJ. I. I. Predictors of response. Lancet",  # "I. I" reads as "II"
    "Nguyen AM, Osei BJ. II. Predictors of response. Lancet",
    "Nguyen AM, Osei BJ. Jr. Predictors of response. Lancet",
    "Nguyen AM, Osei BJ. et al. Predictors of response. Lancet",
    "Nguyen AM, Osei BJ. and Kim S. Predictors of response. Lancet",
    "Nguyen AM, Osei BJ. , Kim S. Predictors of response. Lancet",
    "Nguyen AM, Osei BJ.  Predictors of response. Lancet",  # two spaces
    "Nguyen AM, Rossi A. LA, Osei BJ. Predictors of response. Lancet",  # reads "LA Rossi A"
    # A place the list may end before the stop.
    "Nguyen A. M., Osei B. J. Predictors of response. Lancet",
    "Nguyen AM, Osei BJ: Predictors of response. Lancet",
    # No names at all: the general reading looks further.
    "Predictors of response to pain. Lancet",
    "Sepsis. ",
]


@pytest.mark.parametrize("text", DECLINED)
def test_texts_a_later_place_may_end_are_declined(text: str) -> None:
    assert plain_list(text) is None


def test_declined_texts_read_as_the_general_reading_reads_them() -> None:
    """Where a later place ends the list, the general reading's longer list stands (these are
    the readings the direct one would have missed, not readings this asks for)."""
    assert leading_authors("Doe A. A New HIV. Vaccines") == (["Doe AA New HIV"], "Vaccines")
    names, rest = leading_authors("Nguyen AM, Osei BJ. II. Predictors of response. Lancet")
    assert names == ["Nguyen AM", "Osei BJ. II"] and rest == "Predictors of response. Lancet"


SURNAMES = st.sampled_from(["Doe", "van der Berg", "O'Neill", "Müller", "Lee-Chan", "Al", "et"])
INITIALS = st.sampled_from(["A", "AB", "I", "IV", "Jr", "X", "ABCDE", "a", "A-B"])
OPENINGS = st.sampled_from(
    ["A ", "A. ", "I. I. ", "II. ", "III: ", "and ", "And ", "et al. ", "Et al ", "X-ray ", "Jr. ",
     "B cell: ", "", "5-year ", "mRNA ", "Über ", "On behalf of ", "for the ", "HIV. ",
     "LA, ", "van der ", "De la "]
)  # fmt: skip
WORDS = st.lists(st.sampled_from(["trial", "AB.", "New", "HIV:", "II.", "of", "X.", "and", ","]))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(SURNAMES, INITIALS), min_size=1, max_size=4),
    st.booleans(),
    OPENINGS,
    WORDS,
)
@example([("Doe", "A")], False, "A ", ["New", "HIV:", "trial"])
@example([("Osei", "BJ")], False, "I. I. ", ["trial"])
def test_the_direct_reading_never_differs(
    names: list[tuple[str, str]], et_al: bool, opening: str, words: list[str]
) -> None:
    head = ", ".join(f"{surname} {letters}" for surname, letters in names)
    text = f"{head}{', et al' if et_al else ''}. {opening}{' '.join(words)}"
    direct = plain_list(text)
    assert direct is None or direct == general(text)


# Pieces of name lists: simple names, their look-alikes ("Et AL", suffixes read as initials,
# "and" inside a family name) and what _SIMPLE_NAMES refuses (particles, stops, other letters).
NAME_PIECES = [
    "Smith", "Sandberg", "Et", "Dell'Acqua", "Lee-Moore", "Bennet", "Oé", "van", "McDonald",
    "Müller", "García", "O'Brien", "D'Ángel", "Ørsted", "ß", "×", "÷", "de ", "van der ",
    "and ", "la ", "al ", "bin ", "-Et", "Et-",
    " ", ", ", "; ", " and ", " & ", "J", "AB", "AL", "II", "IV", "III", "V", "JI", "ABCDE",
    "et al", ", et al", "al", "St", "Neto", "Jr", ".", "-", "'", "O'",
]  # fmt: skip


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=14).map("".join))
@example("Smith J, Et AL")
@example("Et AL, Smith J")
@example("Smith III, Sandberg IV, et al")
@example("Bennet AL")
@example("Smith-Et AL")
@example("Smith J, de Et AL")
@example("van der de la Berg AB")
def test_simple_names_are_the_names_authors_reads(head: str) -> None:
    if author_lists._SIMPLE_NAMES.fullmatch(head):
        assert author_lists.simple_names(head) == author_lists.authors(head)


@given(
    st.lists(
        st.sampled_from(["Smith", "Sandberg", "Lee-Moore", "van der Berg", "O'Brien", "Müller"]),
        min_size=1,
    )
)
def test_simple_lists_are_matched(surnames: list[str]) -> None:
    head = ", ".join(f"{name} AB" for name in surnames) + ", et al"
    assert author_lists._SIMPLE_NAMES.fullmatch(head)
    assert author_lists.simple_names(head) == author_lists.authors(head)
