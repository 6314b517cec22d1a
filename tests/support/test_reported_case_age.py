"""A review's sentence telling a published case, "A 52-year-old woman developed ... [1]",
states the case report's age, which CL301 checks (fix32c's recall cost); the note's own
patient ("Our 52-year-old patient", "Mrs K, a 52-year-old woman") stays the writer's."""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_path
from citelint.record import Record
from citelint.support.clauses import is_writers_own, order_clauses
from citelint.support.numbers import extract_numbers

ENTRY = (
    "1. Lindqvist A, Okonkwo C. Rhabdomyolysis after clarithromycin was added to simvastatin: "
    "a case report. J Med Case Rep. 2019;13(1):212. PMID: 39300001"
)


def case_report(age: int) -> Record:
    return Record(
        pmid="39300001",
        title="Rhabdomyolysis after clarithromycin was added to simvastatin: a case report.",
        journal="Journal of Medical Case Reports",
        journal_abbrev="J Med Case Rep",
        year=2019,
        authors=["Lindqvist A", "Okonkwo C"],
        abstract=(
            f"A {age}-year-old woman taking simvastatin developed rhabdomyolysis and acute "
            "kidney injury five days after clarithromycin was added for pneumonia. "
            "Simvastatin was stopped and she recovered with intravenous fluids. "
            "Clarithromycin inhibits the metabolism of simvastatin and raises its level."
        ),
        publication_types=["Case Reports"],
    )


def cl301_numbers(tmp_path: Path, sentence: str, age: int) -> set[str]:
    path = tmp_path / "review.txt"
    path.write_text(f"Statin interactions\n\n{sentence}\n\nReferences\n{ENTRY}\n", "utf-8")
    result = lint_documents(
        [read_path(path, None)], Config(select=["CL3"]), StaticResolver([case_report(age)])
    )
    return {f.message.split('"')[1] for f in result.findings if f.code == "CL301"}


SENTENCE = (
    "A 52-year-old woman developed rhabdomyolysis and acute kidney injury after "
    "clarithromycin was added to simvastatin [1]."
)


def test_a_reported_case_s_age_is_checked(tmp_path: Path) -> None:
    assert cl301_numbers(tmp_path, SENTENCE, 47) == {"52"}
    assert cl301_numbers(tmp_path, SENTENCE, 52) == set()


def test_the_note_s_own_patient_s_age_stays_unchecked(tmp_path: Path) -> None:
    sentence = SENTENCE.replace("A 52-year-old woman", "Our 52-year-old patient")
    assert cl301_numbers(tmp_path, sentence, 47) == set()


def own(text: str) -> list[str]:
    orders = order_clauses(text)
    return [q.raw for q in extract_numbers(text) if is_writers_own(text, q, orders)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A case's course in a review: the age is the report's.
        ("A 38-year-old man died of hyperkalaemia after trimethoprim was started.", []),
        ("A 61-year-old woman has been described with lactic acidosis on metformin.", []),
        # The note's own patient, however named, and a note's admission or order: the
        # writer's, as before.
        ("Mrs K, a 61-year-old woman, developed delirium after the anaesthetic.", ["61"]),
        ("This 61-year-old woman developed delirium after the anaesthetic.", ["61"]),
        ("A 68-year-old man was admitted with pneumonia; CURB-65 of 3 is high risk.", ["68"]),
        ("A 70-year-old woman with HFrEF should start dapagliflozin.", ["70"]),
        ("A 74-year-old man with AF and CKD: apixaban is preferred.", ["74"]),
    ],
)
def test_whose_age_an_n_year_old_is(text: str, expected: list[str]) -> None:
    assert own(text) == expected
