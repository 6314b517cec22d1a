"""Which of a paragraph's possible markers stand in prose (citelint.read.prose_candidates):
none of a byline's, none opening a paragraph."""

from __future__ import annotations

from citelint.read.found import SURE
from citelint.read.markers import find_markers
from citelint.read.number_readings import number_readings
from citelint.read.prose_candidates import in_prose, page_notes


def kept(text: str) -> set[str]:
    """The raw markers in_prose keeps of a paragraph's candidates and number readings."""
    candidates = find_markers(text, unsure=True)
    sure = [marker for marker in candidates if marker.kind == SURE]
    readings = number_readings(text, sure)
    return {marker.raw for marker in in_prose(text, [*candidates, *readings])}


def test_a_byline_s_affiliation_numbers_are_dropped_and_prose_keeps_its_citations() -> None:
    assert kept("Maria Lindqvist1,2, Tomasz Novak2 and Aiko Suzuki1,3") == set()
    assert kept("Control is poor in adults.1,2 It is less so in cities.3") == {"1,2", "3"}


def test_a_number_glued_to_a_degree_after_a_name_is_an_affiliation() -> None:
    assert kept("Rhiannon Pryce, MSc3, Kwame Mensah, PhD1,2, Lotte Berg, MD, PhD3") == set()
    # No name before the comma: "MS" is multiple sclerosis, and its number cites.
    assert "4" in kept("Relapses differ between CIS, MS4, and NMOSD cohorts in adults.")


def test_the_longest_degrees_are_told_as_well_as_the_short_ones() -> None:
    # The comma before "PharmD" stands furthest back from the number of any degree.
    assert kept("Lotte Berg, PharmD1,2, Ana Ruiz, MBChB3 and Li Wei, DPhil2") == set()


def test_a_number_opening_a_paragraph_is_no_citation() -> None:
    assert kept("¹Department of Medicine, Westlake University") == set()


def test_an_html_byline_typed_with_spaces_before_its_superscripts_cites_nothing() -> None:
    """user26 P1-1: journal pages that type "Name, <sup>1</sup>" or "Name <sup>1</sup>," and
    mark the corresponding author "<sup>1,*</sup>"."""
    assert kept("Jonas Ferreira, <sup>1</sup> Mira Castell, <sup>2</sup> and Ana Ruiz") == set()
    assert kept("by Helena Moreau <sup>1</sup>, Ana Ruiz <sup>2,*</sup> and Li Wei") == set()
    # One superscript after a sentence's last word cites, capitalised words or not.
    assert kept("Thrombolysis Is Reserved For Shock <sup>1</sup>") == {"<sup>1</sup>"}
    assert kept("Thrombolysis is kept for shock <sup>1</sup>, lysis for others <sup>2</sup>") == {
        "<sup>1</sup>",
        "<sup>2</sup>",
    }


def test_a_body_s_list_of_things_each_cited_with_a_spaced_superscript_keeps_them() -> None:
    """review26a P1-b: only a person's name (a given and a family name) makes a byline."""
    trials = "<li>RE-LY <sup>2</sup>, ARISTOTLE <sup>3</sup>, ROCKET AF <sup>4</sup></li>"
    assert kept(trials) == {"<sup>2</sup>", "<sup>3</sup>", "<sup>4</sup>"}
    drugs = "Dabigatran <sup>2</sup>, Apixaban <sup>3</sup> and Rivaroxaban <sup>4</sup>"
    assert kept(drugs) == {"<sup>2</sup>", "<sup>3</sup>", "<sup>4</sup>"}
    assert kept("Guidelines (ESC <sup>1</sup>, AHA <sup>2</sup>)") == {
        "<sup>1</sup>",
        "<sup>2</sup>",
    }


def test_an_affiliation_block_set_with_breaks_cites_nothing() -> None:
    text = "<sup>1</sup> Department of Medicine, Westlake\n<sup>2</sup> Faculty of Nursing, Eastby"
    assert kept(text) == set()
    # A paragraph that opens with words keeps a superscript on a line of its own.
    assert kept("Iron overload is common in\n<sup>2</sup> drinkers") == {"<sup>2</sup>"}


def test_a_wrapped_line_of_prose_in_lower_case_is_no_byline() -> None:
    text = "affects those with Sweden1 and Norway2 syndromes, which differ in"
    assert kept(text) == {"1", "2"}


def test_the_byline_of_one_author_with_one_affiliation_cites_nothing() -> None:
    """A single-author commentary's "Helena Moreau <sup>1</sup>" above its "<sup>1</sup>
    Department ..." line was a claim citing entry 1 (fix26a left it)."""
    assert kept("Helena Moreau <sup>1</sup>") == set()
    assert kept("Maria van der Berg, <sup>1</sup>") == set()
    # Another number, a word that is no name, or a sentence: a citation.
    assert kept("Helena Moreau <sup>2</sup>") == {"<sup>2</sup>"}
    assert kept("Apixaban <sup>1</sup>") == {"<sup>1</sup>"}
    assert kept("Statins lower LDL <sup>1</sup>") == {"<sup>1</sup>"}
    assert kept("Thrombolysis Is Reserved For Shock <sup>1</sup>") == {"<sup>1</sup>"}


def test_a_saved_single_author_commentary_claims_nothing_in_its_byline() -> None:
    from pathlib import Path

    from citelint.read import read_path

    page = Path(__file__).resolve().parents[2] / "fixtures/pages/commentary-single-author.html"
    document = read_path(page)
    assert [(claim.line, claim.numbers) for claim in document.claims] == [
        (14, [1]),
        (14, [2]),
        (15, [3]),
        (17, [1, 2]),
    ]


def test_a_paragraph_opening_with_a_raised_or_typed_number_before_words_defines_a_note() -> None:
    texts = [
        "<sup>1</sup> Check with your insurer first.",
        "² Doses are for adults.",
        "3 Trough levels were drawn weekly.",
        "Statins lower LDL cholesterol.<sup>4</sup>",  # a citation, no note
        "5. A numbered step, not a note",
        "  ",
    ]
    assert page_notes(texts) == {1, 2, 3}


def test_a_byline_with_one_number_and_a_marked_author_cites_nothing() -> None:
    """The corresponding author's star or dagger counts as the byline's second number,
    whether it is a star or a dagger; a paragraph with neither keeps its one superscript."""
    assert kept("Helena Moreau <sup>2</sup>, Ana Ruiz <sup>*</sup>") == set()
    assert kept("Helena Moreau <sup>2</sup>, Ana Ruiz <sup>†</sup>") == set()
    assert kept("Helena Moreau <sup>2</sup>, Ana Ruiz") == {"<sup>2</sup>"}


def test_affiliations_on_one_line_under_a_byline_cite_nothing() -> None:
    # user30a P1-2: pandoc's and Word's affiliation line; its "2" was read as the first
    # citation of entry 2, a false CL104 in every such manuscript.
    assert (
        kept("^1^ Institute of Hygiene, Graz, Austria; ^2^ Makerere University, Kampala") == set()
    )
    assert kept("<sup>1</sup> Hôpital Lariboisière, Paris; <sup>2</sup> Aarhus University") == set()
    assert kept("<sup>1</sup> Graz Medical School, <sup>2</sup> Ghent University") == set()


def test_a_paragraph_opening_with_a_raised_number_then_citing_in_prose_keeps_its_citations() -> (
    None
):
    # Only a separator then a capital after each number makes a list of institutions.
    prose = "^1^ Iron overload is common in thalassaemia, ^2^ and chelation lowers it.^3^"
    assert kept(prose) == {"^2^", "^3^"}
    glued = "<sup>1</sup> Graz Medical School; chelation lowers it<sup>2</sup> Afterwards"
    assert kept(glued) == {"<sup>2</sup>"}
