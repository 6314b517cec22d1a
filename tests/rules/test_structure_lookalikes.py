"""CL1xx on copied pages with things that look like glued citations but are not (review 2).

Pages copied from a browser lose their superscripts ("walking.1,2"), so citelint reads digits
glued to words there. Each page below is correct; the look-alike must raise nothing, and the
same page with a real fault must still raise it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.read import read_path, read_text


def codes(text: str) -> list[tuple[str, int | None]]:
    document = read_text(text, "page.txt", "txt")
    found = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.citation or finding.reference) for finding in found]


def vancouver(count: int, topic: str) -> str:
    return "References\n" + "".join(
        f"{n}. Author{chr(64 + n)} T, Writer L. Study {n} of {topic}. J Med. 20{10 + n};"
        f"{n}(2):{100 + n}-{110 + n}.\n"
        for n in range(1, count + 1)
    )


GENE_AFTER_THE_LAST = (
    "Bone loss in chronic inflammation\nIntroduction\n"
    "Chronic inflammation speeds bone loss.1 Cytokines drive osteoclast formation.2 "
    "Osteoblast function is suppressed as well.3\nResults\n"
    "Expression of the transcription factor Stat4 was unchanged, while osteoclast markers "
    "rose twofold.\n" + vancouver(3, "bone loss")
)
WORDS_IN_PARENTHESES = (
    "Serum markers in early breast cancer\nIntroduction\n"
    "Surgery usually comes first.1 Tumour markers guide adjuvant therapy.2 "
    "HER2 status is tested in every tumour.3\nMethods\n"
    "Values were put on a logarithmic scale (log4), and receptor status was coded (her4), "
    "then entered into the model.\n" + vancouver(3, "breast cancer")
)
CYCLE_IN_PARENTHESES = (
    "Adjuvant chemotherapy after colon cancer surgery\nIntroduction\n"
    "Adjuvant chemotherapy lowers recurrence.1,2 Oxaliplatin adds benefit but causes "
    "neuropathy.3 Shorter courses were tested.4,5\nMethods\n"
    "Neuropathy was graded at the last cycle (cycle12), and doses were reduced when needed. "
    "Outcomes were compared as in earlier trials.6 Recurrence was assessed by imaging.7-9\n"
    "Discussion\nOur results agree with pooled analyses10 and with shorter courses.11-15\n"
    + vancouver(15, "chemotherapy")
)
BYLINE_WITH_A_TEAM = (
    "Walking programmes for older adults with knee pain\n"
    "Maria Lindqvist1, Tomasz Novak2 and the Active Knees study team\nIntroduction\n"
    "Knee pain limits walking.1 Group walking programmes improve pain and function.2 "
    "Few trials have tested them in rural areas.3\n" + vancouver(3, "knee pain")
)
CITING_BOX = (
    "Vitamin D and falls in care homes\nIntroduction\n"
    "Falls are frequent in care homes.1 Vitamin D deficiency is common.2 "
    "Trials of supplements report mixed results.3\n" + vancouver(3, "falls") + "{heading}\n"
    "Okafor E, Lind J. Vitamin D in long-term care: a review. Nutrients. 2023;15(4):990.\n"
    "Sato H. Preventing falls among residents. Geriatr Nurs. 2024;55:12-18.\n"
)
PAGE_NUMBERS_IN_AN_AUTHOR_YEAR_LIST = (
    "Sleep and blood pressure in shift workers\nIntroduction\n"
    "Night shifts disturb sleep (Adams and Brown, 2018). Short sleep raises blood pressure "
    "(Chen et al., 2019).\nReferences\n14\n"
    "Adams, L., and Brown, T. (2018). Night work and sleep. Sleep Med. 45, 10-16.\n"
    "Chen, Y., and Wang, Z. (2019). Short sleep and hypertension. Hypertension 73, 120-128.\n"
    "15\n"
    "Evans, K., and Ford, S. (2021). Shift work and blood pressure. J. Hypertens. 39, 800-807.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        GENE_AFTER_THE_LAST,
        WORDS_IN_PARENTHESES,
        CYCLE_IN_PARENTHESES,
        BYLINE_WITH_A_TEAM,
        CITING_BOX.format(heading="Citations"),
        CITING_BOX.format(heading="Citations (2)"),
        PAGE_NUMBERS_IN_AN_AUTHOR_YEAR_LIST,
    ],
    ids=[
        "gene",
        "parenthesised-words",
        "cycle12",
        "byline",
        "citations",
        "citations-count",
        "pdf-pages",
    ],
)
def test_a_correct_page_with_a_look_alike_raises_nothing(page: str) -> None:
    assert codes(page) == []


def test_the_byline_is_not_read_as_citations() -> None:
    claims = read_text(BYLINE_WITH_A_TEAM, "page.txt", "txt").claims
    assert [marker.line for claim in claims for marker in claim.markers] == [4, 4, 4]


def test_real_faults_beside_the_look_alikes_are_still_found() -> None:
    missing = GENE_AFTER_THE_LAST.replace("suppressed as well.3", "suppressed as well.3,4")
    assert codes(missing) == [("CL101", 4)]
    swapped = CYCLE_IN_PARENTHESES.replace("recurrence.1,2", "recurrence.2,1")
    assert codes(swapped) == [("CL104", 2)]
    unused = BYLINE_WITH_A_TEAM.replace("in rural areas.3", "in rural areas.")
    assert codes(unused) == [("CL102", 3)]


def test_a_glued_range_may_run_past_the_list() -> None:
    # "since 20163-6." with entry 6 missing: the run starts at an entry, so it is read, and
    # only its missing end is reported (not 3-5 as never cited).
    page = (
        "Falls in care homes\nIntroduction\nFalls are frequent in care homes.1 Vitamin D "
        "deficiency is common.2 Fracture rates rose between 1990 and 20163-6.\n"
        + vancouver(5, "falls")
    )
    assert codes(page) == [("CL101", 6)]
    assert codes(page.replace("20163-6", "20163-5")) == []


LOOKALIKES = Path(__file__).resolve().parents[2] / "fixtures" / "lookalikes"
CORRECT = sorted(
    path
    for path in LOOKALIKES.iterdir()
    if path.suffix in (".md", ".txt", ".html") and not path.name.startswith("fault-")
)


def page_codes(path: Path) -> list[tuple[str, int | None]]:
    found = lint_documents([read_path(path)], Config(select=["CL1"]), resolver=None).findings
    return [(finding.code, finding.citation or finding.reference) for finding in found]


@pytest.mark.parametrize("path", CORRECT, ids=[path.name for path in CORRECT])
def test_a_correct_look_alike_page_gets_no_finding(path: Path) -> None:
    assert page_codes(path) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("fault-order-beside-table.md", [("CL104", 3)]),
        ("fault-uncited-after-running-head.txt", [("CL102", 5)]),
        ("fault-duplicate-in-grouped-list.md", [("CL102", 4), ("CL105", 4)]),
    ],
)
def test_a_fault_beside_a_look_alike_is_found(
    name: str, expected: list[tuple[str, int | None]]
) -> None:
    assert page_codes(LOOKALIKES / name) == expected


def test_an_answer_page_reads_its_citations_list_not_its_sources_strip() -> None:
    document = read_path(LOOKALIKES / "ai-sources-top.txt")
    assert len(document.references) == 2
    assert [marker.numbers for claim in document.claims for marker in claim.markers] == [
        [1],
        [2],
        [1],
    ]
