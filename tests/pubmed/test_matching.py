"""Verifying a candidate record against a reference entry."""

from __future__ import annotations

from citelint.models import Record, Reference
from citelint.pubmed.matching import (
    differences,
    first_author_matches,
    is_same_work,
    journal_matches,
    score,
    surname,
    title_similarity,
)

RECORD = Record(
    pmid="1",
    title="Decompression surgery for lumbar spinal stenosis: a randomized trial.",
    journal="Journal of clinical oncology : official journal of the American Society of "
    "Clinical Oncology",
    journal_abbrev="J Clin Oncol",
    year=2016,
    authors=["Müller-Lüdenscheidt H", "Park S"],
    volume="34",
    pages="1012-20",
)


def entry(**fields: object) -> Reference:
    return Reference(number=1, raw="", line=1, column=1, **fields)  # type: ignore[arg-type]


def test_titles_match_whatever_the_case_and_punctuation() -> None:
    assert (
        title_similarity(
            "DECOMPRESSION SURGERY FOR LUMBAR SPINAL STENOSIS - A RANDOMIZED TRIAL", RECORD.title
        )
        == 100
    )
    assert title_similarity("Decompression surgery for lumbar spinal...", RECORD.title) >= 85
    assert title_similarity("Decompression surgery for lumbar spinal stenosis", RECORD.title) >= 85
    assert title_similarity("Decompression surgery", RECORD.title) < 85
    assert title_similarity("Aspirin for headache in children", RECORD.title) < 60


def test_surnames_in_every_usual_shape() -> None:
    assert surname("Smith JA") == "smith"
    assert surname("Smith, J. A.") == "smith"
    assert surname("J. A. Smith") == "smith"
    assert surname("van der Berg AB") == "van der berg"
    assert surname("Müller-Lüdenscheidt H") == "muller ludenscheidt"


def test_first_author_ignores_accents_and_initial_style() -> None:
    assert first_author_matches(entry(authors=["Muller-Ludenscheidt H."]), RECORD)
    assert first_author_matches(entry(authors=["Park S"]), RECORD) is False
    assert first_author_matches(entry(), RECORD) is None


def test_journal_by_full_title_abbreviation_or_subtitle_free_name() -> None:
    assert journal_matches(entry(journal="J Clin Oncol"), RECORD)
    assert journal_matches(entry(journal="J. Clin. Oncol."), RECORD)
    assert journal_matches(entry(journal="Journal of Clinical Oncology"), RECORD)
    assert journal_matches(entry(journal="Lancet Oncol"), RECORD) is False


def test_journal_names_that_leave_off_a_tail() -> None:
    bone = Record(
        pmid="3",
        journal="The Journal of bone and joint surgery. American volume",
        journal_abbrev="J Bone Joint Surg Am",
    )
    assert journal_matches(entry(journal="J Bone Joint Surg"), bone)
    assert journal_matches(entry(journal="Journal of Bone and Joint Surgery"), bone)
    assert journal_matches(entry(journal="J Bone"), bone) is False
    pnas = Record(
        pmid="4",
        journal="Proceedings of the National Academy of Sciences of the United States of America",
        journal_abbrev="Proc Natl Acad Sci U S A",
    )
    assert journal_matches(entry(journal="Proc Natl Acad Sci USA"), pnas)


def test_with_a_title_the_title_decides() -> None:
    assert is_same_work(entry(title=RECORD.title, year=1990), RECORD)
    assert not is_same_work(entry(title="Another paper entirely", year=2016), RECORD)


def test_without_a_title_author_and_year_must_agree() -> None:
    assert is_same_work(entry(authors=["Müller-Lüdenscheidt H"], year=2017), RECORD)
    assert not is_same_work(entry(authors=["Jones P"], year=2016), RECORD)
    assert not is_same_work(entry(authors=["Müller-Lüdenscheidt H"], year=2012), RECORD)
    assert is_same_work(entry(journal="J Clin Oncol", volume="34"), RECORD)
    assert not is_same_work(entry(journal="J Clin Oncol"), RECORD)
    assert not is_same_work(entry(year=2016), RECORD)


def test_a_notice_repeating_the_title_ranks_below_the_paper() -> None:
    notice = Record(pmid="2", title=RECORD.title, publication_types=["Published Erratum"])
    reference = entry(title=RECORD.title)
    assert score(reference, RECORD) > score(reference, notice)


def test_differences_name_both_values() -> None:
    reference = entry(year=2012, journal="Lancet", volume="35", pages="1100-8")
    assert differences(reference, RECORD) == [
        "year 2012 in the entry, 2016 in PubMed",
        "journal 'Lancet' in the entry, 'J Clin Oncol' in PubMed",
        "volume 35 in the entry, 34 in PubMed",
        "pages 1100-8 in the entry, 1012-20 in PubMed",
    ]
    assert differences(entry(year=2015, pages="1012-1020"), RECORD) == []
