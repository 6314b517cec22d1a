"""CL101-CL107 on pages shaped like real published ones (issue 9): no false alarms.

fixtures/structure/ holds pages made by benchmarks/structure_quality.py from hand-written
sentences (publisher HTML, copied text with brackets, superscripts, glued numbers or glued
numbers spaced as copied links, Markdown, Manubot), some with planted faults; expected.json
says what each must get.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.read import read_path, read_text

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "structure"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))


def lint(text: str, input_format: str = "md") -> list[Finding]:
    document = read_text(text, f"article.{input_format}", input_format)
    return lint_documents([document], Config(select=["CL1"]), resolver=None).findings


def key(finding: Finding) -> tuple[str, int]:
    if finding.code in ("CL101", "CL104"):
        return finding.code, finding.citation or 0
    if finding.code in ("CL102", "CL103", "CL105"):
        return finding.code, finding.reference or 0
    return finding.code, 0


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_made_up_pages_get_exactly_their_planted_findings(name: str) -> None:
    document = read_path(PAGES / name)
    findings = lint_documents([document], Config(select=["CL1"]), resolver=None).findings
    expected = Counter(
        {(code, number): count for code, number, count in EXPECTED[name]["expected"]}
    )
    assert Counter(key(finding) for finding in findings) == expected


def test_manubot_pages_have_hundreds_of_references_and_no_finding() -> None:
    for path in sorted(PAGES.glob("manubot-*.html")):
        document = read_path(path)
        assert len(document.references) >= 200
        assert [entry.number for entry in document.references] == list(
            range(1, len(document.references) + 1)
        )


class TestDuplicateReference:
    def test_two_reports_by_one_group_author_are_two_works(self) -> None:
        text = (
            "A [1]. B [2]. C [3]. D [4].\n\n## References\n\n"
            "1. World Health Organization. Global tuberculosis report 2019. Geneva: World "
            "Health Organization; 2019.\n"
            "2. World Health Organization. Guidelines on physical activity and sedentary "
            "behaviour. Geneva: WHO; 2020.\n"
            "3. UK Renal Registry. UK Renal Registry 22nd annual report. Bristol: UK Renal "
            "Registry; 2020.\n"
            "4. UK Renal Registry. UK Renal Registry 23rd annual report. Bristol: UK Renal "
            "Registry; 2021.\n"
        )
        assert lint(text) == []

    def test_one_report_listed_twice_is_still_a_duplicate(self) -> None:
        text = (
            "A [1]. B [2].\n\n## References\n\n"
            "1. World Health Organization. Global report on hypertension. Geneva: WHO; 2023.\n"
            "2. World Health Organization. Global report on hypertension. Geneva: WHO; 2023.\n"
        )
        assert [(f.code, f.reference) for f in lint(text)] == [("CL105", 2)]

    def test_the_same_title_years_apart_is_a_new_edition(self) -> None:
        text = (
            "A [1]. B [2].\n\n## References\n\n"
            "1. Alzheimer's Association. Alzheimer's disease facts and figures. Chicago; 2019.\n"
            "2. Alzheimer's Association. Alzheimer's disease facts and figures. Chicago; 2023.\n"
        )
        assert lint(text) == []


class TestNumberingGap:
    def test_two_swapped_entries_are_reported_once(self) -> None:
        text = "A [1]. B [2]. C [3]. D [4].\n\n## References\n\n1. A.\n2. B.\n4. D.\n3. C.\n"
        assert [(f.code, f.reference, f.message) for f in lint(text)] == [
            ("CL103", 3, "reference 3 comes after 4: the numbering goes back")
        ]

    def test_a_missing_number_is_still_a_gap(self) -> None:
        text = "A [1]. B [2]. D [4].\n\n## References\n\n1. A.\n2. B.\n4. D.\n"
        assert [(f.code, f.reference, f.message) for f in lint(text)] == [
            ("CL103", 4, "the reference list jumps from 2 to 4: 3 is missing")
        ]

    def test_years_starting_lines_of_a_manubot_list_are_not_entries(self) -> None:
        items = "".join(
            f'<div id="ref-{n}"><p>{n}. <strong>Study {n}</strong> <br />\nA Author <br />\n'
            f'(2016) <a href="https://doi.org/10.1234/{n}">https://doi.org/10.1234/{n}</a></p></div>'
            for n in range(1, 5)
        )
        callouts = "".join(
            f'<p>Claim {n} [<a href="#ref-{n}" role="doc-biblioref">{n}</a>].</p>'
            for n in range(1, 5)
        )
        page = (
            f'{callouts}<h2 id="references">References</h2>'
            f'<div id="refs" class="references" role="doc-bibliography">{items}</div>'
        )
        assert lint(page, "html") == []


class TestCitationOrder:
    def test_a_backwards_range_does_not_also_count_as_out_of_order(self) -> None:
        text = "A [3-1]. B [1]. C [2]. D [3].\n\n## References\n\n1. A.\n2. B.\n3. C.\n"
        assert [f.code for f in lint(text)] == ["CL106"]


class TestMissingReference:
    def test_a_molecular_weight_is_not_a_citation(self) -> None:
        body = "".join(f"Finding {n} held [{n}]. " for n in range(1, 9))
        text = body + "The protein, mol. wt. 150 K, ran as one band. Then it split. 12 Cells died."
        text += "\n\n## References\n\n" + "".join(f"{n}. Work {n}.\n" for n in range(1, 9))
        assert lint(text, "txt") == []

    def test_citations_glued_to_words_of_a_copied_page_are_checked(self) -> None:
        text = (
            "Tangles spread early in Alzheimer disease1,2. Plaques follow, as shown "
            "previously3–5 and in cohorts.6,7\n\nReferences\n\n"
            + "".join(f"{n}. Author A. Work {n}. J X. 2010;{n}:1-9.\n" for n in range(1, 7))
        )
        assert [(f.code, f.citation) for f in lint(text, "txt")] == [("CL101", 7)]


class TestNoReferenceList:
    @pytest.mark.parametrize("fmt", ["md", "txt"])
    def test_a_numbered_list_without_a_heading_is_found(self, fmt: str) -> None:
        text = (
            "Tangles spread early [1]. Plaques follow [2, 3].\n\n"
            "1. Smith J, Doe A. Tangles in ageing brains. Brain. 2010;13(2):150-8.\n"
            "2. Brown K. Plaques and cognition. Lancet Neurol. 2012;11:1-9.\n"
        )
        assert [(f.code, f.citation) for f in lint(text, fmt)] == [("CL101", 3)]


def test_a_citation_past_the_references_before_a_table_s_sources_is_reported() -> None:
    """Review17 F7: a table's "Fontes:" after the References is no list; a citation past
    the References' end is still reported, the data sources' entries are never uncited."""
    text = (
        "A mortalidade caiu [1]. Nas capitais [2,3]. Em mulheres [5].\n\n## Referências\n\n"
        "1. Silva A, Costa B. Mortalidade cardiovascular. Arq Bras Cardiol. 2019;112(3):200-8.\n"
        "2. Souza C, Lima D. Capitais brasileiras. Rev Saude Publica. 2020;54:45.\n"
        "3. Rocha E, Alves F. Tendências regionais. Cad Saude Publica. 2018;34(2):e00012318.\n"
        "4. Mendes G, Dias H. Mulheres e doença. Rev Bras Epidemiol. 2021;24:e210001.\n\n"
        "Tabela 1. Taxas de mortalidade por região.\n\n| Região | Taxa |\n|---|---|\n"
        "| Sudeste | 180 |\n\nFontes:\n1. Sistema de Informações sobre Mortalidade (SIM). "
        "Ministério da Saúde, 2019.\n2. Instituto Brasileiro de Geografia e Estatística. "
        "Censo 2010.\n"
    )
    assert [key(finding) for finding in lint(text)] == [("CL101", 5), ("CL102", 4)]
