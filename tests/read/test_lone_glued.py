"""A superscript flattened mid-sentence onto a word, out of the order of first citations."""

from __future__ import annotations

import pytest

from citelint.read import read_text

ENTRIES = "\n".join(
    f"{n}. Author{n} AB, Other CD. A study of topic {n} in adults. JAMA. 2015;{300 + n}(2):"
    f"{100 + n}-{110 + n}."
    for n in range(1, 13)
)


GLUED = ("infection.1 Early recognition helps.2,3", "Lactate defines shock.4 Fluids help.5")


def cited_entries(sentence: str, around: tuple[str, str] = GLUED) -> set:
    """The entries a page glued like an AMA page copied as text cites, ``sentence`` in its
    second paragraph, after entries 1 to 3 and before 4 and 5."""
    text = (
        f"Sepsis is a dysregulated host response to {around[0]}\n\n{sentence} {around[1]}"
        "\n\nReferences\n" + ENTRIES + "\n"
    )
    document = read_text(text, "a.txt", "txt")
    return {number for claim in document.claims for m in claim.markers for number in m.numbers}


@pytest.mark.parametrize(
    "sentence",
    [
        # Entry 6 is cited before entry 4: read, it is a fault for CL104, not CL102's.
        "The consensus definitions6 and the SOFA score replaced the criteria.",
        "The receptor6 and its ligand were measured.",
    ],
)
def test_a_lone_number_glued_mid_sentence_cites_an_entry_cited_nowhere_else(
    sentence: str,
) -> None:
    assert cited_entries(sentence) == {1, 2, 3, 4, 5, 6}


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients who received 6mg and more were excluded.",
        "Those with COVID19 and sepsis were excluded.",
        "Those with type6 diabetes were excluded.",
        "Levels of IL6 and TNF were recorded.",
        "Counts of CD6 and CD8 were recorded.",
        "Carriers of BRCA6 and BRCA2 were excluded.",
        "Mutations of p6 were excluded.",
        "The Phase6 program enrolled adults.",
        "In cycle6 patients improved.",
        "Carriers of apoe6 alleles were excluded.",  # a short word: a gene's name as often
        "Inhibition of kinase6 and kinase7 was studied.",  # one word, two numbers: names
        "The regimen of dexamethasone6 mg daily was used.",  # a dose lost its space
        "Use of omega6 fatty acids was studied.",
        "In chromosome6 deletions were found.",
        "The consensus definitions6 And the score.",  # nor one in lower case
        "The consensus definitions12 and the SOFA score replaced the criteria.",  # cited below
        "The consensus definitions13 and the SOFA score replaced the criteria.",  # past the list
        "The consensus definitions0 and the SOFA score replaced the criteria.",  # no entry 0
    ],
)
def test_names_units_and_numbered_words_are_no_lone_glued_citation(sentence: str) -> None:
    cited = cited_entries(sentence + " Sepsis kills.12")
    assert cited == {1, 2, 3, 4, 5, 12}


def test_a_lone_glued_number_is_no_citation_on_a_page_citing_in_brackets() -> None:
    cited = cited_entries(
        "The consensus definitions6 and the SOFA score replaced the criteria.",
        ("infection [1]. Early recognition helps [2,3].", "Lactate defines shock [4]. Fluids [5]."),
    )
    assert 6 not in cited


# Notes18: short words of prose ("risk4 and", "dose3 or") are read where the page writes
# them elsewhere as words of their own; short names and units stay names.
@pytest.mark.parametrize(
    "sentence",
    [
        "The risk of death is high. The absolute risk6 and its timing vary.",
        "The right dose is uncertain. A higher dose6 or a longer course did not help.",
        "Early use of steroids helps. Their use6 in shock is debated.",
    ],
)
def test_a_short_word_of_prose_with_a_lone_glued_number_cites(sentence: str) -> None:
    assert cited_entries(sentence) == {1, 2, 3, 4, 5, 6}


@pytest.mark.parametrize(
    "sentence",
    [
        "The absolute risk6 and its timing vary.",  # "risk" nowhere else: may be a name
        "Carriers of sglt6 and apoe6 variants were excluded.",
        "A level of 5 mmol is typical. Above mmol6 and higher it rises.",  # a unit
        "Levels of IL6 and CD6 were recorded; H6 and T6 were imaged.",
        "Levels of 5 mg are common. Above mg6 and more it rises.",
        "Each dose2 and dose6 was given.",  # one word, two numbers: names
    ],
)
def test_short_names_and_units_are_no_lone_glued_citation(sentence: str) -> None:
    assert cited_entries(sentence + " Sepsis kills.12") == {1, 2, 3, 4, 5, 12}
