"""Citation lists whose numbers a space alone separates, as the BMJ sets its superscripts.

bmj.com makes each number of a superscript a link of its own with a space between them:
"<sup><a>1</a> <a>2</a></sup>". In its HTML (and Markdown converted from it) that is one
superscript; copied as text it reads "... in older adults.1 2 Supervised exercise ...", where
only the first number is glued to the text. The rest is read where the first number is a
citation and the page's order of first citations calls for it, never in ordinary prose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_path, read_text
from citelint.read.found import SPACED
from citelint.read.markers import find_markers

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def structure(text: str, suffix: str = "txt") -> list[tuple[str, int | None]]:
    document = read_text(text, f"article.{suffix}", suffix)
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.citation or finding.reference) for finding in findings]


def cited(text: str, suffix: str = "txt") -> list[list[int]]:
    document = read_text(text, f"article.{suffix}", suffix)
    return [marker.numbers for claim in document.claims for marker in claim.markers]


def bmj_list(count: int) -> str:
    return "\n\nReferences\n" + "".join(
        f"{n}.\nAuthor{n} A, Other B. Trial {n} of exercise for knee pain. "
        f"BMJ 2019;365:l{1000 + n}. doi:10.1136/bmj.l{1000 + n}\nCrossRefPubMedGoogle Scholar\n"
        for n in range(1, count + 1)
    )


def cited_up_to(last: int) -> str:
    return "".join(f"Finding {n} held.{n} " for n in range(1, last + 1))


@pytest.mark.parametrize(
    ("name", "numbers"),
    [("bmj-copied.txt", 26), ("bmj-article.html", 23), ("bmj-converted.md", 23)],
)
def test_every_citation_of_a_bmj_page_is_read(name: str, numbers: int) -> None:
    document = read_path(PAGES / name)
    markers = [marker for claim in document.claims for marker in claim.markers]
    assert [marker.raw for marker in markers if marker.problem] == []
    assert {number for marker in markers for number in marker.numbers} >= set(range(1, numbers + 1))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # After a word's full stop or comma, after a bracket, a percentage, a year.
        ("Pain is common in adults.1 2 Supervised exercise helps.", [[1, 2], [3]]),
        ("It helps over 6-12 weeks,1 2 but trials were small.", [[1, 2], [3]]),
        ("It helps over 6-12 weeks,1 2 3 but trials were small.", [[1, 2, 3]]),
        ("Randomised by region (appendix table 2).1 2 Adults were eligible.", [[1, 2], [3]]),
        ("Pain fell by 40%.1 2 The effect waned.", [[1, 2], [3]]),
        ("Deaths rose between 1990 and 2019.1 2 Few were treated.", [[1, 2], [3]]),
        # A range in the list, before or after a single number.
        ("Pain is common in adults.1 2-3 Supervised exercise helps.", [[1, 2, 3]]),
        ("Pain is common in adults.1-2 3 Supervised exercise helps.", [[1, 2, 3]]),
        # Glued to the word itself, mid-sentence, by the order of first citations.
        ("Walking was feasible in general practice1 2 and in community centres.", [[1, 2], [3]]),
        # At the end of the paragraph, and before a stop.
        ("Pain is common in adults.1 2", [[1, 2], [3]]),
        ("Walking was feasible in general practice1 2. Next.", [[1, 2], [3]]),
    ],
)
def test_a_copied_bmj_list_is_read(sentence: str, expected: list[list[int]]) -> None:
    page = sentence + "\n\nOther work agreed.3 It held again.3" + bmj_list(3)
    assert structure(page) == []
    assert cited(page)[: len(expected)] == expected


def test_a_list_re_citing_entries_is_read_with_its_new_ones() -> None:
    # "3 5 18": 3 and 5 cited before, 18 next; glued to a word whose number re-cites.
    page = cited_up_to(17) + "It matched hospital clinics,3 5 18 and the pilot study.4 19"
    assert structure(page + bmj_list(19)) == []
    assert cited(page + bmj_list(19))[-2:] == [[3, 5, 18], [4, 19]]
    glued = cited_up_to(17) + "Amyloid falls1 14 18 19. Next."
    assert structure(glued + bmj_list(19)) == []
    # After a formula, or a word that takes numbers of its own: on a page that cites with
    # glued numbers, such a list is a copied superscript ("in H2O1 4 18", "on stage2 5 18").
    for words in ("Water was lost as H2O1 4 18 19.", "It depends on stage2 5 18 19."):
        assert structure(cited_up_to(17) + words + bmj_list(19)) == []


@pytest.mark.parametrize("words", ["hospitalised patients8 12.", "body weight in H2O8 12."])
def test_a_list_that_only_re_cites_is_read_where_it_ends_its_sentence(words: str) -> None:
    # "patients8 12. Next": both cited before, so the order of first citations never took
    # the list, and an entry missing from the list went untold there (structure_quality
    # txt-bmj-1: CL101 missed for "H2O22 47.").
    page = cited_up_to(17) + f"Recovery was faster in {words} Next sentence follows.18"
    assert cited(page + bmj_list(18))[-2:] == [[8, 12], [18]]
    assert structure(page + bmj_list(18)) == []
    missing = bmj_list(18).replace(bmj_list(8)[len(bmj_list(7)) :], "")
    assert structure(page + missing).count(("CL101", 8)) == 2
    # Mid-sentence it may be a count: "in H2O8 12 patients" is left alone.
    page = cited_up_to(17) + "Water was lost as H2O8 12 patients said.18"
    assert [8, 12] not in cited(page + bmj_list(18))


def test_a_list_glued_to_a_number_is_read_by_the_order_of_citations() -> None:
    # "4549 50": age 45, then citations 49 and 50; "1229 30": week 12, then 29 and 30.
    page = cited_up_to(48) + "Screening from age 4549 50. Women with a variant differ."
    assert structure(page + bmj_list(50)) == []
    # A number that only re-cites is no evidence of a list after a number: "4530 49" (30
    # cited before) is left alone, as "Figure 2.1 3 Results" must be.
    page = cited_up_to(48) + "Screening from age 4530 49. Women with a variant differ."
    assert [30, 49] not in cited(page + bmj_list(49))
    page = cited_up_to(28) + "It was repeated at weeks 4, 8 and 1229 30. Activity rose."
    assert structure(page + bmj_list(30)) == []
    # Not after a number's stop: "doses of 0.5 1 2 Units", "HR 1.12 3 Studies" are prose
    # (so "at weeks 4, 8 and 12.29 30 Activity" is left unread).
    for last, sentence in ((4, "Doses of 0.5 1 2 Units were given."), (11, "HR was 1.12 3 So.")):
        page = cited_up_to(last) + sentence + f" Finding held.{last + 1}"
        expected = [[number] for number in range(1, last + 2)]
        assert cited(page + bmj_list(last + 1)) == expected
    # No item of the list is a number of its own to read apart ("26 45": not 4 and 5).
    page = cited_up_to(4) + "It was seen at ages 26 45 47. Next."
    assert [5] not in cited(page + bmj_list(47))
    # Each takes the next entries in order of place: 124 after 12, then 32 79 125.
    page = cited_up_to(123) + "Walks were timed at 12.124 Heart failure worsens it,32 79 125 and"
    assert structure(page + bmj_list(125)) == []


def test_a_percentage_cited_twice_is_no_name() -> None:
    # "Stat3 ... Stat3" is a gene named twice; "20%2 ... 25%2" cites 2 twice.
    page = "Pain is common.1 It fell by 20%2. It rose by 25%2. It lasts.3"
    assert structure(page + bmj_list(3)) == []
    page = "Pain is common.1 It was high (HR 2.1)2. It was (HR 1.9)2 in women. It lasts.3"
    assert structure(page + bmj_list(3)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Adverse events were mild (grade 1 2).",
        "Most adverse events were grade 1 2 or 3.",
        "Sessions were on days 1 2 and 3 of each week.",
        "Toxicity of grade 1. 2 patients had grade 3 events.",
        "We used R version 4.1 2 Packages were used.",
        "Those aged 65.1 2 Years later the others joined.",
        "The mean was 12.1 2 patients dropped out.",
        "Means were 2.1 2.3 2.5 in the three groups.",
        "Week 0 4 8 12\nPain 6.4 5.1 4.2 3.9",
        "Counts of CD4 8 cells fell.",
        "Follow-up ended on Dec. 31 2021. The analysis followed.",
        "See Fig.1 2 For details.",
    ],
)
def test_numbers_of_prose_are_no_spaced_list(sentence: str) -> None:
    assert [m for m in find_markers(sentence, unsure=True) if m.kind == SPACED] == []
    # Nor on a page that cites with glued numbers, wherever the sentence stands.
    for after in (1, 2, 3):
        page = cited_up_to(after) + sentence + " " + cited_up_to(6)[len(cited_up_to(after)) :]
        assert structure(page + bmj_list(6)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A number after a citation, then a unit: a quantity, whatever the order says.
        "Hypertension affects adults.1 2 mg aspirin helped.",
        "It was seen in adults,1 2 weeks later.",
        # The list falls: no list of entries runs backwards.
        "Pain is common in adults.3 2 Supervised exercise helps.",
        "Pain is common in adults.1 3 2 Supervised exercise helps.",
    ],
)
def test_a_number_after_a_citation_may_be_prose(sentence: str) -> None:
    page = sentence + " It held.3 It held again.3" + bmj_list(3)
    assert 2 not in [number for marker in cited(page) for number in marker]


@pytest.mark.parametrize(
    "sentence",
    [
        # A unit written with a capital starts no sentence: a dose, not citations 1 and 5
        # before "Gy was ...", where 5 would be cited before 2-4 (CL104).
        "Radiotherapy is used in older adults.1 5 Gy was the usual daily dose.",
        "Nerves were stimulated as before.1 5 Hz pulses were given for an hour.",
        "It is common in older adults.1 5 Million people live with it.",
        # Units with a capital inside, and signs of a quantity, even where the order of
        # first citations would take the number (2 comes next).
        "It was measured in older adults,1 2 kDa fragments were found.",
        "It was targeted in older adults,1 2 mmHg below baseline.",
        "It was stored as in earlier trials,1 2 °C being the usual.",
        "It was counted as in earlier trials,1 2 × 10 cells per litre.",
    ],
)
def test_a_quantity_after_a_citation_is_no_list(sentence: str) -> None:
    page = sentence + " Then 2 held.2 Then 3 held.3 Then 4 held.4 And 5 held.5" + bmj_list(5)
    assert structure(page) == []
    assert cited(page)[:2] == [[1], [2]]


@pytest.mark.parametrize(
    "sentence",
    [
        # The next sentence may start with a name or a symbol that looks like a unit.
        "Pain is common in older adults.1 2 Da Silva and colleagues found more.",
        "Pain is common in older adults.1 2 Mg deficiency is common too.",
        "Pain is common in older adults.1 2 Gray and colleagues found more.",
    ],
)
def test_a_sentence_after_a_list_may_start_with_a_unit_like_word(sentence: str) -> None:
    page = sentence + " Then 3 held.3" + bmj_list(3)
    assert structure(page) == []
    assert cited(page) == [[1, 2], [3]]


@pytest.mark.parametrize(
    "sentence",
    [
        # Where 3 would come next: a number that only re-cites, after a number or a letter,
        # starts no list; a counted noun after the number is prose.
        "Figure 2.1 3 Results are shown.",
        "See Table S1 2 3 for details.",
        "It was seen in adults,2 3 patients withdrew.",
    ],
)
def test_prose_where_the_order_would_take_it_is_not_read(sentence: str) -> None:
    page = cited_up_to(2) + sentence + " Finding 3 held.3"
    assert [numbers for numbers in cited(page + bmj_list(5)) if 3 in numbers] == [[3]]


def test_the_rest_of_a_list_is_read_only_where_the_order_calls_for_it() -> None:
    # Mid-sentence, after citation 1 the next is 2; after citations 5 and 1 it is not.
    sentence = "It is seen in adults,1 2 and in children."
    assert structure(sentence + "\n\nOther.3 Again.3" + bmj_list(3)) == []
    page = "Pain is common.5 " + sentence + "\n\nOther.3 4" + bmj_list(5)
    assert ("CL102", 2) in structure(page)
    page = "Pain is common.5 It is seen in adults.1 2 and in children.\n\nOther.3 4"
    assert ("CL102", 2) in structure(page + bmj_list(5))
    # Between a sentence's stop and the next sentence it is the sentence's list.
    page = "Pain is common.5 In adults.1 2 Next.\n\nOther.3 4" + bmj_list(5)
    assert structure(page) == [("CL104", 5)]


def test_a_page_that_cites_in_brackets_reads_no_rest() -> None:
    # A page citing in brackets does not cite with glued numbers: "grade.3" is read as
    # before, its "4" is not.
    page = "Pain is common [1]. It helps [2]. The scale ran to grade.3 4 Patients left [3]. [4]"
    assert [3, 4] not in cited(page + bmj_list(4))


def test_the_rest_of_a_list_goes_with_its_first_number() -> None:
    # A byline's first number is no citation ("Lindqvist1 2, Novak2" names affiliations), so
    # neither is the rest of its list.
    byline = "Maria Lindqvist1 2, Tomasz Novak2, Aiko Suzuki1 3\n\n"
    page = byline + "Pain is common.1 It helps.2 It lasts.3" + bmj_list(3)
    assert structure(page) == []
    assert cited(page) == [[1], [2], [3]]


def test_a_list_the_order_reads_never_names_an_entry_past_the_end() -> None:
    # "weeks,3 4-12 weeks": a range past the list is prose, not a citation of 4-12.
    page = "Pain is common.1 It helps.2 It lasts,3 4-7 and then wanes." + bmj_list(5)
    assert [3, 4, 5, 6, 7] not in cited(page)
    assert ("CL101", 6) not in structure(page)


@pytest.mark.parametrize("number", [9, 300])
def test_a_sentence_s_list_never_names_an_entry_far_past_the_end(number: int) -> None:
    # Between a sentence's stop and the next sentence, where the order does not decide: a
    # number more than a few past a list of three is a quantity, so "1 2 9" is no list and
    # 9 is reported missing nowhere (2 is cited after).
    page = f"Pain is common in adults.1 2 {number} Supervised exercise helps."
    page += "\n\nOther work agreed.2 It held again.3" + bmj_list(3)
    assert structure(page) == []
    assert cited(page) == [[1], [2], [3]]


def test_a_list_s_rest_goes_on_one_number_only() -> None:
    # A BMJ copy spaces every number of its list ("1 2 9"): "1,2 9" is a list, then prose.
    # Read as "1, 2, 9", entry 9 would be cited before 3 to 8 (a false CL104).
    page = "Pain is common in adults.1,2 9 Supervised exercise helps. "
    page += " ".join(f"Finding {n} held.{n}" for n in range(3, 10)) + bmj_list(9)
    assert structure(page) == []
    assert cited(page)[0] == [1, 2]


def test_faults_in_a_bmj_copy_are_still_found() -> None:
    page = "Pain is common in adults.1 2 Exercise helps,4 5 and surgery too.3 6"
    assert structure(page + bmj_list(5)) == [("CL104", 4), ("CL101", 6)]


@pytest.mark.parametrize(
    ("text", "suffix"),
    [
        ('Pain is common.<sup><a href="#r1">1</a> <a href="#r2">2</a></sup> Next.', "html"),
        ("Pain is common.<sup>1 2</sup> Next.", "md"),
        ("Pain is common.<sup>[1](#ref-1) [2](#ref-2)</sup> Next.", "md"),
        ("Pain is common.^1\\ 2^ Next.", "md"),
        ("Pain is common.<sup>1 3-5</sup> Next.", "md"),
    ],
)
def test_a_superscript_of_spaced_numbers_is_a_list(text: str, suffix: str) -> None:
    document = read_text(text, f"article.{suffix}", suffix)
    [marker] = [marker for claim in document.claims for marker in claim.markers]
    assert marker.problem is None
    assert marker.numbers in ([1, 2], [1, 3, 4, 5])


@pytest.mark.parametrize(
    ("content", "numbers"),
    [
        # Not numbers a space separates: read as before (a word or a decimal is no list).
        ("<sup>1 a</sup>", None),
        ("<sup>1 2.5</sup>", None),
        ("<sup>1,2 3</sup>", [1, 2, 3]),
    ],
)
def test_a_superscript_of_other_words_is_read_as_before(
    content: str, numbers: list[int] | None
) -> None:
    markers = find_markers(f"Pain is common.{content} Next.")
    assert [marker.numbers for marker in markers] == ([numbers] if numbers else [])
    assert all(marker.problem for marker in markers)


def test_a_rest_holds_at_most_thirty_numbers() -> None:
    # Longer runs are a table's numbers; the bound keeps "12 12 12 ..." linear to read.
    items = " ".join(str(n) for n in range(2, 32))
    assert [m.numbers for m in find_markers(f"Pain.1 {items} Next", unsure=True)][1:] == [
        list(range(2, 32))
    ]
    longer = items + " 32"
    assert [m.numbers for m in find_markers(f"Pain.1 {longer} Next", unsure=True)] == [[1]]


def test_carets_around_plain_spaces_are_powers_not_a_list() -> None:
    # Pandoc takes "^...^" as a superscript only where its spaces are escaped ("^1\ 2^"): in
    # "2^3 4^5" the carets raise 3 and 5, and "3 4" between them is no list of citations.
    page = (
        "Pain is common [1]. A grid of 2^3 4^5 cells was scanned [2].\n\n## References\n\n"
        "1. Smith A. Knee pain. BMJ 2019;365:l1001.\n2. Jones B. Hip pain. BMJ 2019;365:l1002.\n"
    )
    assert structure(page, "md") == []
    assert cited(page, "md") == [[1], [2]]
    # After a sentence, with nothing to raise, they are the list a hand would write.
    listed = page.replace("A grid of 2^3 4^5 cells was scanned [2].", "Hips too.^1 2^")
    assert structure(listed, "md") == []
    assert cited(listed, "md") == [[1], [1, 2]]
