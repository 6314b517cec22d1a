"""CL105's index of the entries so far finds what comparing every pair finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from citelint.models import Reference, normalise
from citelint.rules.duplicates import (
    DUPLICATE_TITLE_SIMILARITY,
    LONGEST_FUZZY_LIST,
    SHORTEST_COMPARED_TITLE,
    SeenReferences,
    _numbers,
    different_works,
)

WORDS = ["exercise", "for", "lumbar", "stenosis", "type", "1", "2", "diabetes", "trial", "a"]


def every_pair(entries: list[Reference]) -> list[tuple[int, int, str] | None]:
    """For each entry, the earlier entry it is the same work as, comparing it with each."""
    found: list[tuple[int, int, str] | None] = []
    for at, entry in enumerate(entries):
        title = normalise(entry.title or "")
        same_pmid = [other for other in entries[:at] if entry.pmid and entry.pmid == other.pmid]
        same_doi = [
            other
            for other in entries[:at]
            if entry.doi and other.doi and entry.doi.lower() == other.doi.lower()
        ]
        same = None
        if same_pmid:
            same = (entry.number, same_pmid[0].number, "pmid")
        elif same_doi:
            same = (entry.number, same_doi[0].number, "doi")
        if same is None and len(title) >= SHORTEST_COMPARED_TITLE and at <= LONGEST_FUZZY_LIST:
            scored = []
            for index, other in enumerate(entries[:at]):
                other_title = normalise(other.title or "")
                score = fuzz.ratio(title, other_title)
                if (
                    len(other_title) >= SHORTEST_COMPARED_TITLE
                    and score >= DUPLICATE_TITLE_SIMILARITY
                    and not (entry.pmid and other.pmid or entry.doi and other.doi)
                    and _numbers(title) == _numbers(other_title)
                    and not (entry.year and other.year and abs(entry.year - other.year) > 1)
                    and not different_works(entry, title, other, other_title)
                ):
                    scored.append((-score, index))
            if scored:
                same = (entry.number, entries[min(scored)[1]].number, "title")
        found.append(same)
    return found


def indexed(entries: list[Reference]) -> list[tuple[int, int, str] | None]:
    seen = SeenReferences()
    found: list[tuple[int, int, str] | None] = []
    for entry in entries:
        title = normalise(entry.title or "")
        same = seen.same_as(entry, title)
        if same is None:
            found.append(None)
        else:
            other, why = same
            kind = "title" if why == "same title" else why.split()[1].lower()
            found.append((entry.number, other.number, kind))
        seen.add(entry, title)
    return found


entries = st.lists(
    st.builds(
        lambda words, pmid, doi, year: (" ".join(words), pmid, doi, year),
        st.lists(st.sampled_from(WORDS), min_size=2, max_size=8),
        st.sampled_from([None, "", "1", "2"]),
        st.sampled_from([None, "10.1/A", "10.1/a", "10.1/b"]),
        st.sampled_from([None, 2019, 2020, 2022]),
    ),
    max_size=14,
)


@settings(max_examples=300)
@given(entries)
def test_the_index_finds_what_comparing_every_pair_finds(
    fields: list[tuple[str, str | None, str | None, int | None]],
) -> None:
    references = [
        Reference(number, title, number, 1, title=title, pmid=pmid, doi=doi, year=year)
        for number, (title, pmid, doi, year) in enumerate(fields, start=1)
    ]
    assert indexed(references) == every_pair(references)


def entry(
    number: int, authors: str, title: str, journal: str, volume: str, pages: str
) -> Reference:
    return Reference(
        number,
        f"{authors}. {title}. {journal}.",
        number,
        1,
        title=title,
        journal=journal,
        year=2021,
        authors=[authors],
        volume=volume,
        pages=pages,
    )


def same(first: Reference, second: Reference) -> bool:
    seen = SeenReferences()
    seen.add(first, normalise(first.title or ""))
    return seen.same_as(second, normalise(second.title or "")) is not None


SUBGROUP = "Dapagliflozin in patients with heart failure and type 2 diabetes: a DAPA-HF analysis"


def test_a_title_that_negates_the_other_is_another_paper() -> None:
    # Two subgroup analyses of one trial, 96% alike, by the same group in the same journal.
    first = entry(1, "Kristensen SL", SUBGROUP, "Eur J Heart Fail", "23", "520-529")
    second = entry(2, "Kristensen SL", SUBGROUP.replace("and type", "and no type"), "", "", "")
    assert not same(first, second)


def test_entries_of_alike_titles_by_other_authors_in_other_journals_are_two_papers() -> None:
    first = entry(
        1, "Smith A", "Spironolactone in anaemia with heart failure: a trial", "Heart", "", ""
    )
    second = entry(2, "Lee C", "Spironolactone in cancer with heart failure: a trial", "", "", "")
    assert not same(first, second)
    third = entry(
        3, "", "Spironolactone in cancer with heart failure: a trial", "Cardiovasc Diabetol", "", ""
    )
    third.authors = []
    assert not same(first, third)
    fourth = entry(
        4, "", "Spironolactone in cancer with heart failure: a trial", "", "108", "462-9"
    )
    fourth.authors = []
    first.volume, first.pages = "108", "461-469"
    assert not same(first, fourth)


def test_one_work_written_in_two_styles_is_still_the_same_work() -> None:
    title = "Dapagliflozin in patients with heart failure and reduced ejection fraction"
    first = entry(1, "McMurray JJV", title, "N Engl J Med", "381", "1995-2008")
    second = entry(
        2, "J.J.V. McMurray", title + ".", "New England Journal of Medicine", "381(21)", "1995–2008"
    )
    assert same(first, second)
    third = entry(3, "McMurray JJ", title.replace("patients", "patient"), "", "", "1995")
    assert same(first, third)
    # review20b: a journal's initials and a trial's group leading one copy are no other paper.
    fourth = entry(4, "DAPA-HF Trial Committees and Investigators", title, "NEJM", "381", "1995")
    assert same(first, fourth)
    jama = entry(5, "Smith A", "Statins in older adults without heart disease", "JAMA", "", "")
    full = "Journal of the American Medical Association"
    assert same(jama, entry(6, "Smith AB", jama.title or "", full, "", ""))


def test_non_written_joined_or_hyphenated_is_one_negation() -> None:
    """real21: "non" counted only hyphenated, so copies writing "non-inferiority" and
    "noninferiority" were two works; "non-small cell" and "small cell" still are."""
    title = "Oral versus intravenous antibiotics for bone infection: a non-inferiority trial"
    first = entry(1, "Okafor C", title, "N Engl J Med", "380", "425-36")
    second = entry(2, "Okafor C", title.replace("non-inferiority", "noninferiority"), "", "", "")
    assert same(first, second)
    lung = "Adjuvant osimertinib in resected small cell lung cancer in older adults"
    third = entry(3, "Lee C", lung, "Lancet Oncol", "", "")
    fourth = entry(4, "Lee C", lung.replace("small", "non-small"), "Lancet Oncol", "", "")
    assert not same(third, fourth)


def test_a_journal_by_initials_pubmed_matching_knows_is_the_same_journal() -> None:
    """real21: CL105 took initials only as the full name's ("NEJM"); "PNAS" for "Proc Natl
    Acad Sci U S A" is known to the lookup (pubmed.initialisms), and now to CL105."""
    title = "Gut microbial metabolites and insulin resistance in adolescents with obesity"
    first = entry(1, "Tanaka H", title, "Proc Natl Acad Sci U S A", "120", "e2212345120")
    assert same(first, entry(2, "Tanaka H", title, "PNAS", "120", "e2212345120"))
    assert not same(first, entry(3, "Tanaka H", title, "JAMA", "120", "e2212345120"))


REGISTRY = (
    "Colchicine with or without corticosteroids for hospitalised patients with severe influenza: "
    "a multinational registry analysis"
)


def test_a_retraction_notice_is_another_work_than_the_paper() -> None:
    """user23 P1-3: the Lancet titles its notice "Retraction-" and the paper's title; reviews
    of retracted papers cite both, and CL105 called them one work."""
    paper = entry(1, "Hallworth SR", REGISTRY, "Lancet", "", "")
    for notice in ("Retraction-", "Retraction Note: ", "Erratum to: ", "Expression of concern: "):
        assert not same(paper, entry(2, "Hallworth SR", notice + REGISTRY, "Lancet", "397", ""))
    # A notice cited twice is one work; "Correction of" begins a title of its own.
    notice = entry(4, "Hallworth SR", "Retraction-" + REGISTRY, "Lancet", "397", "2150")
    assert same(notice, entry(5, "Hallworth SR", "Retraction-" + REGISTRY, "Lancet", "", ""))
    hyponatraemia = "Correction of hyponatraemia in hospitalised older adults: a cohort study"
    first = entry(6, "Lindqvist P", hyponatraemia, "BMJ", "", "")
    assert same(first, entry(7, "Lindqvist P", hyponatraemia + ".", "BMJ", "", ""))
