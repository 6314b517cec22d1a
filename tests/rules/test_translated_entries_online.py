"""Entries whose titles are put into the citing article's language (PubMed's are English),
on revista-traducidos-copied.txt against a fake PubMed holding the real records: review19's
right translations get no finding, however free, when their DOI names the record or their
whole locus agrees; another paper's title on a real locus (a hybrid) is still found."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_eutils import FakeEutils
from online_lint import lint_online

from citelint.models import Finding
from citelint.read import read_text

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "fixtures" / "pages" / "revista-traducidos-copied.txt"
# The page's titles of entries 1, 2, 3 (with a DOI), 4 (with a DOI) and 7.
TITLES = {
    1: "Aspirina en dosis bajas para prevenir la tromboembolia venosa recurrente.",
    2: "Manejo actual de la embolia pulmonar aguda.",
    3: "Monitorización hemodinámica en el choque cardiogénico.",
    4: "Mutaciones del HFE y sobrecarga de hierro en pacientes con hepatopatía alcohólica.",
    7: "Interactions between insulin and exercise.",
}
# Right translations review19 found flagged (F3: CL204 naming the very record, CL201; F4).
RIGHT = [
    (4, "Genotipo HFE y depósitos de hierro en pacientes alcohólicos con hepatopatía."),
    (3, "Monitoramento hemodinâmico no choque cardiogênico."),
    (3, "Hämodynamisches Monitoring beim kardiogenen Schock."),
    (1, "Niedrig dosiertes Aspirin zur Prävention rezidivierender venöser Thromboembolien."),
    (1, "Aspirina a basso dosaggio per prevenire il tromboembolismo venoso ricorrente."),
    (2, "Tratamiento actual del tromboembolismo pulmonar agudo."),
    (7, "Interactions entre l'insuline et l'exercice physique."),
    (7, "Interacciones entre insulina y ejercicio físico."),
    (7, "Interacción entre insulina y actividad física."),
    (1, "Ácido acetilsalicílico a dosis bajas en la prevención de la trombosis venosa recurrente."),
    (4, "Mutações do HFE e sobrecarga de ferro em pacientes com doença hepática alcoólica."),
]
# Another paper's title on a record's locus, no identifier: the title is questioned (CL203).
HYBRIDS = [
    (1, "Rivaroxabán frente a warfarina en la fibrilación auricular no valvular."),
    (7, "Resistencia a la insulina y obesidad infantil."),
]


def check(server: FakeEutils, number: int, title: str, pmid_after: str = "") -> list[Finding]:
    """The page's findings with entry ``number``'s title replaced, and the aspirin trial's
    PMID put after ``pmid_after`` when given."""
    text = PAGE.read_text(encoding="utf-8")
    assert TITLES[number] in text and pmid_after in text
    text = text.replace(TITLES[number], title, 1)
    if pmid_after:
        text = text.replace(pmid_after, f"{pmid_after} PMID: 23121403.", 1)
    document = read_text(text, PAGE.name, "txt")
    return lint_online(server, document, ["CL1", "CL2"])


@pytest.mark.parametrize(("number", "title"), RIGHT)
def test_a_right_translation_gets_no_finding(pubmed: FakeEutils, number: int, title: str) -> None:
    assert [(f.code, f.reference, f.message) for f in check(pubmed, number, title)] == []


@pytest.mark.parametrize(("number", "title"), HYBRIDS)
def test_another_paper_s_title_on_a_real_locus_is_found(
    pubmed: FakeEutils, number: int, title: str
) -> None:
    [found] = check(pubmed, number, title)
    assert (found.code, found.reference) == ("CL203", number)
    assert f"title '{title.rstrip('.')}' in the entry does not read as a translation" in (
        found.message
    )


def test_a_free_translation_without_an_identifier_is_questioned_not_fabricated(
    pubmed: FakeEutils,
) -> None:
    """Review19 F3: with no DOI, a free translation cannot be told from a hybrid; its locus
    names a real paper, so CL203 names that paper's title rather than CL201."""
    title = "Aspirina a dosis bajas y recurrencia de la ETV tras la anticoagulación."
    [found] = check(pubmed, 1, title)
    assert (found.code, found.reference) == ("CL203", 1)
    assert "'Low-dose aspirin for preventing recurrent venous thromboembolism'" in found.message


@pytest.mark.parametrize("title", ["Abordaje actual del TEP agudo.", "Enfermedad del TEP agudo."])
def test_a_spanish_title_without_accents_on_its_locus_is_questioned_not_fabricated(
    pubmed: FakeEutils, title: str
) -> None:
    """Review19 F4: one little word ("del") and no accent read as English, so a right
    locus with its title in Spanish (Spanish initials, TEP for PE) was "possibly
    fabricated" (CL201); at worst its title is questioned."""
    assert [(f.code, f.reference) for f in check(pubmed, 2, title)] == [("CL203", 2)]


def test_a_free_translation_with_its_doi_is_settled(pubmed: FakeEutils) -> None:
    """The same kind of title on entry 4, whose DOI names the record: no CL204 naming the
    very paper, and no CL203 questioning the title."""
    title = "Genotipo HFE y hemosiderosis en bebedores con hepatopatía."
    assert check(pubmed, 4, title) == []


def test_a_free_translation_with_its_pmid_is_settled(pubmed: FakeEutils) -> None:
    """Entry 1 has no DOI; its PMID names the record as well as a DOI would."""
    title = "Aspirina a dosis bajas y recurrencia de la ETV tras la anticoagulación."
    assert check(pubmed, 1, title, pmid_after="2012;367(21):1979-87.") == []


@pytest.mark.parametrize(
    "title",
    [
        "Sjögren's syndrome and Behçet's disease in the intensive care unit.",
        "Vasopressor dose per kilogram in Guillain-Barré syndrome.",
        "Ménière disease: long-term outcomes of gentamicin.",
    ],
)
def test_another_english_title_on_a_record_s_doi_is_still_found(
    pubmed: FakeEutils, title: str
) -> None:
    """Review20 F4: a name's accents ("Sjögren", "Barré") and "per" made these English titles
    read as translations, so another paper's title on entry 3's DOI and locus passed; the
    DOI names another paper than the title does (CL204): the entry's own identifier naming
    the record, its title is not taken for "another title" of the paper (that is CL203's
    where only the locus names it)."""
    assert [(f.code, f.reference) for f in check(pubmed, 3, title)] == [("CL204", 3)]
