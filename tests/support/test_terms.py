"""Key terms: stems without stopwords, spellings aligned, abbreviations expanded."""

from __future__ import annotations

import pytest

from citelint.support.terms import (
    find_abbreviations,
    is_generic,
    key_terms,
    stem,
    weigh,
    weighted_terms,
)
from citelint.support.topic_words import names_no_topic, source_terms, words_a_number


@pytest.mark.parametrize(
    "words",
    [
        ("randomised", "randomized", "randomization"),
        ("stenosis", "stenoses"),
        ("anaemia", "anemia"),
        ("paediatric", "pediatric"),
        ("oedema", "edema"),
        ("decompression", "decompressive"),
        ("denervation", "denervated"),
        ("effectiveness", "effective"),
        ("controlled", "control"),
        ("centre", "center"),
    ],
)
def test_inflections_and_spellings_share_a_stem(words: tuple[str, ...]) -> None:
    assert len({stem(word) for word in words}) == 1


def test_key_terms_drop_stopwords_and_keep_content() -> None:
    terms = key_terms("The patients with lumbar spinal stenosis were treated in the clinic.")
    assert {"lumbar", stem("spinal"), stem("stenosis"), stem("clinic")} <= terms
    assert not {"the", "with", "were", "in"} & terms


def test_hyphenated_words_give_their_parts() -> None:
    assert {stem("anti"), stem("inflammatory")} <= key_terms("anti-inflammatory drugs")


def test_abbreviation_defined_in_the_text_is_expanded() -> None:
    terms = key_terms("Spinal cord stimulation (SCS) works. SCS relieved pain.")
    assert {"scs", stem("stimulation"), "cord"} <= terms


def test_abbreviation_defined_elsewhere_is_expanded_when_given() -> None:
    alone = key_terms("SCS relieved pain.")
    assert "cord" not in alone
    given = key_terms("SCS relieved pain.", {"scs": "spinal cord stimulation"})
    assert "cord" in given


def test_only_words_written_like_abbreviations_are_expanded() -> None:
    # "loss" is a word, not the plural of the abbreviation LOS.
    assert "stabil" not in key_terms("loss of balance", {"los": "limit of stability"})
    assert "limit" in key_terms("LOS testing", {"los": "limit of stability"})


def test_plural_abbreviations_are_expanded() -> None:
    assert stem("randomized") in key_terms("Two RCTs agreed.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("spinal cord stimulation (SCS)", {"scs": "spinal cord stimulation"}),
        ("visual analogue scale (VAS)", {"vas": "visual analogue scale"}),
        ("limit of stability (LOS) testing", {"los": "limit of stability"}),
        ("Oswestry Disability Index (ODI)", {"odi": "Oswestry Disability Index"}),
        ("in this study (n = 40)", {}),
        ("patients (mostly women)", {}),
        (
            "heart failure (HF); acute kidney injury (AKI)",
            {
                "hf": "heart failure",
                "aki": "acute kidney injury",
            },
        ),
    ],
)
def test_find_abbreviations(text: str, expected: dict[str, str]) -> None:
    assert find_abbreviations(text) == expected


def test_generic_research_words_are_known() -> None:
    assert is_generic(stem("patients"))
    assert is_generic(stem("significantly"))
    assert not is_generic(stem("stenosis"))


def test_a_sentence_of_numbers_and_hedges_names_no_topic() -> None:
    """claims14: 'The absolute difference was 4.9 points, or roughly 1 in 20 patients.' got
    CL302 (support 0.07): 'absolute', 'points', 'roughly' counted as its topic."""
    numbers = weighted_terms("The absolute difference was 4.9 points, or roughly 1 in 20 patients.")
    assert [t for t in numbers.weights if not (is_generic(t) or words_a_number(t))] == []
    topic = weighted_terms("Dapagliflozin lowered worsening heart failure by about a quarter.")
    assert len([t for t in topic.weights if not (is_generic(t) or words_a_number(t))]) >= 3


def test_an_answer_s_framing_names_no_topic() -> None:
    """Perplexity's first line 'Yes, both add benefit on top of standard care in their
    populations.[1][2]' got CL302 (support 0.00) though both trials show just that."""
    framing = weighted_terms("Yes, both add benefit on top of standard care in their populations.")
    assert len([t for t in framing.weights if not names_no_topic(t)]) < 3
    topic = weighted_terms("Yes, empagliflozin adds benefit in heart failure with reduced EF.")
    assert len([t for t in topic.weights if not names_no_topic(t)]) >= 3


def test_heart_failure_shorthand_is_spelled_out() -> None:
    """user19 P1 10c, user20 P1 11: "HFrEF, n = 3730 | HR 0.75" and "Benefit consistent in
    HFrEF" met abstracts that say "an ejection fraction of 40% or less" with no word shared."""
    from citelint.support.terms import key_terms

    assert {"heart", "failur", "eject", "fract"} <= key_terms("Benefit consistent in HFrEF")
    assert "fibril" in " ".join(key_terms("Rhythm control in early AF"))


def test_version_page_and_library_name_a_source_only_in_a_source_s_phrase() -> None:
    """review21a P3-3: "version", "page" and "library" were never a topic, so "external
    cephalic version" lost its topic word. They name where a claim was read only as "a
    version", "version 3", "page 4", "its own page" or "the Cochrane Library"."""
    read_from = "So did a version cited from the Cochrane Library's own page."
    sources = source_terms(read_from)
    assert {t for t in weigh(read_from, {}).weights if names_no_topic(t, sources)} >= {
        "vers",
        "page",
    }
    clinical = "External cephalic version reduced caesarean births; a cDNA library was made."
    sources = source_terms(clinical)
    assert sources == frozenset()
    assert not names_no_topic(stem("version"), sources)
    assert not names_no_topic(stem("library"), sources)
    assert source_terms("See page 4 of version 3") == {stem("page"), stem("version")}
