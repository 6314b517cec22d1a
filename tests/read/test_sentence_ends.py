"""Citations after a stop that ends a sentence, though the word before it looks like an
address, a decimal or an initial: a unit with a slash ("190 mg/dL.2 Statins"), a ratio
("130/80.2"), a name numbered after a hyphen ("severe Covid-19.2 Early"), and on answer pages
a capital naming a thing ("vitamin D. 2"). Lost, each gave a false CL102/CL104, and `citelint
fix` renumbered around it. Their look-alikes stay unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from citelint.commands.cli import cli
from citelint.read.found import BARE, GLUED, WORD
from citelint.read.markers import find_markers
from citelint.read.sentence_ends import is_address


def readings(text: str) -> list[tuple[str, list[int], str]]:
    return [(m.raw, m.numbers, m.kind) for m in find_markers(text, unsure=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Screen when LDL is at least 190 mg/dL.2 Statins help.", [("2", [2], GLUED)]),
        ("Screen when LDL is at least 190 mg/dL.2,3 Statins help.", [("2,3", [2, 3], GLUED)]),
        ("Treat a potassium below 3.0 mmol/L.4 Oral salts", [("4", [4], GLUED)]),
        ("Halve the dose below 30 mL/min.5 Monitor levels", [("5", [5], GLUED)]),
        ("Give 15 mg/kg.6 Repeat daily", [("6", [6], GLUED)]),
        ("Give 50 U/kg.6 Repeat daily", [("6", [6], GLUED)]),
        ("Troponin above 52 ng/L.7 Serial tests", [("7", [7], GLUED)]),
        ("Ferritin below 30 µg/L.7 Iron stores", [("7", [7], GLUED)]),
        ("Eat at least 25 g/day.8 Fibre lowers", [("8", [8], GLUED)]),
        ("Common in people with HIV/AIDS.9 Screening", [("9", [9], GLUED)]),
        # After a number: only where the page cites that way (WORD).
        ("Aim for a pressure below 130/80.2 Lifestyle", [("2", [2], WORD)]),
        ("Adrenaline 1:1000.3 Repeat after five minutes.", [("3", [3], WORD)]),
        ("Patients remain at risk of severe Covid-19.2 Early care", [("2", [2], WORD)]),
        ("Celecoxib inhibits COX-2.2 Gastric harm", [("2", [2], WORD)]),
        ("It raises IL-6.4 Tocilizumab", [("4", [4], WORD)]),
        ("Agonists of GLP-1.2 Weight fell", [("2", [2], WORD)]),
        ("Deaths coded by ICD-10.2 Rates rose", [("2", [2], WORD)]),
        ("Infection with SARS-CoV-2.2 Vaccines", [("2", [2], WORD)]),
        ("Mood was scored with the WHO-5.2 Scores", [("2", [2], WORD)]),
        ("In severe Covid-19.2\nNext paragraph.", [("2", [2], WORD)]),
    ],
)
def test_a_superscript_after_a_unit_ratio_or_numbered_name_is_read(
    text: str, expected: list[tuple[str, list[int], str]]
) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "See example.org/page.1 for more",
        "See example.org/page.1 The page",
        "See https://example.org/page.1 The page",
        "See www.example.org/page.1 The page",
        "Read doi.org/10.1056/NEJMoa1.2 The trial",
        "See 10.1056/NEJMoa1.2 The trial",
        "Mail a@b.org.2 The desk",
        "Open /usr/share/doc.2 The file",
        "Adolescents aged 10-19.2 Most were",
        "Adolescents aged 10-19.2 mg daily",
        "Update to version 2.2 Early",
        "A ratio of 1:2.5 The rest",
        "Severe COVID-19 outcomes",
        "Tumours expressing p-tau217.2 Next",
    ],
)
def test_addresses_decimals_and_ranges_stay_unread(text: str) -> None:
    assert readings(text) == []


@pytest.mark.parametrize(
    ("token", "address"),
    [
        ("example.org/page", True),
        ("https://x/y", True),
        ("www.x/y", True),
        ("10.1056/NEJM", True),
        ("/usr/doc", True),
        ("a@b.org", True),
        ("?id=3", True),
        ("mg/dL", False),
        ("HIV/AIDS", False),
        ("130/80", False),
        ("µg/L", False),
    ],
)
def test_an_address_is_told_by_its_host_scheme_or_root(token: str, address: bool) -> None:
    assert is_address(token) is address


@pytest.mark.parametrize(
    "line",
    [
        "  • Do not give annual or monthly bolus doses of vitamin D. 2",
        "  • Give intravenous potassium when the level is below 2.5 mmol/L. 2",
        "  • Offer vaccination to adults who are not immune to hepatitis B. 2",
        "  • Screen everyone born before 1965 for hepatitis C. 2",
        "  • Treat a sore throat with penicillin when caused by group A. 2",
        "  • Start oseltamivir early in severe influenza A. 2",
        "  • Avoid the drug in people with cirrhosis of Child-Pugh class B. 2",
        "  • Add a second bronchodilator for patients in GOLD E. 2",
        "  • Correct slowly when sodium is below 120 mEq/L. 2",
        "  • Give albumin when the level is below 25 g/L. 2",
        "  • Check the level when it is above 200 mg/dL. 2",
    ],
)
def test_an_answer_bullet_ending_in_a_capital_or_a_unit_keeps_its_citation(line: str) -> None:
    assert readings(line) == [("2", [2], BARE)]


@pytest.mark.parametrize(
    "text",
    [
        "Smith J. 2 Early treatment",
        "Smith J, Lee A. 2 Early treatment",
        "SMITH J, JONES K. 2 Early treatment",
        "as reported by Smith J. 2 Early treatment",
        "Vol. 2 Early",
        "Fig. 2 Shows the rest",
        "p. 2 The rest",
        "No. 2 The rest",
        "Appendix B. 2 The rest",
    ],
)
def test_initials_and_abbreviations_before_a_bare_number_stay_unread(text: str) -> None:
    assert readings(text) == []


PAGES = Path(__file__).parents[2] / "fixtures" / "pages"


@pytest.mark.parametrize(
    "page", ["ama-units-and-names-copied.txt", "ai-answer-capitals-and-units.txt"]
)
def test_fix_leaves_a_correctly_numbered_page_unchanged(page: str) -> None:
    result = CliRunner().invoke(cli, ["fix", "--check", str(PAGES / page)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("unit", ["mmol/L", "g/L", "µg/L", "IU/L", "ng/L", "mmol/mol"])
def test_a_sentence_ending_in_a_unit_is_no_claim_of_the_next_citation(unit: str) -> None:
    # user31b P1-10: "... above 1.0 mmol/L." was read as an initial's stop, so the uncited
    # sentence's numbers ran into the next one and were charged to its citation (CL301).
    from citelint.read import read_text

    text = (
        f"Of 186 patients, 22 (11.8%) had a level above 1.0 {unit}. Most guidelines advise "
        f"serum levels of 0.6-0.8 {unit}.[1]\n\n## References\n\n"
        "1. Malhi GS, Gessler D, Outhred T. The use of lithium for the treatment of bipolar "
        "disorder. J Affect Disord. 2017;217:266-280.\n"
    )
    document = read_text(text, "audit.md", "md")
    assert [claim.text for claim in document.claims] == [
        f"Most guidelines advise serum levels of 0.6-0.8 {unit}."
    ]


def test_an_author_s_initial_still_closes_no_sentence() -> None:
    from citelint.read import read_text

    text = (
        "As shown by Smith J. in a cohort of 120 patients, statins help [1].\n\n"
        "## References\n\n1. Smith J, Lee A. Statins in a cohort. BMJ. 2020;370:m1234.\n"
    )
    document = read_text(text, "audit.md", "md")
    assert [claim.text for claim in document.claims] == [
        "As shown by Smith J. in a cohort of 120 patients, statins help."
    ]


def test_a_title_after_a_slash_closes_no_sentence() -> None:
    # lastread31a: "A/Prof." is an Australian title, no unit.
    from citelint.read import read_text

    text = (
        "This was reviewed by A/Prof. Smith at the clinic in 2020 [1].\n\n## References\n\n"
        "1. Smith J, Lee A. Statins in a cohort. BMJ. 2020;370:m1234.\n"
    )
    document = read_text(text, "audit.md", "md")
    assert [claim.text for claim in document.claims] == [
        "This was reviewed by A/Prof. Smith at the clinic in 2020."
    ]
