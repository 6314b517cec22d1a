"""A title in another language and PubMed's English one: the same paper's, or another's."""

from __future__ import annotations

import pytest

from citelint.pubmed.cognates import echoes_title

ASPIRIN = "Low-dose aspirin for preventing recurrent venous thromboembolism."
EMBOLISM = "Current Management of Acute Pulmonary Embolism."
SHOCK = "Hemodynamic monitoring in cardiogenic shock."
HFE = "Hfe mutations and iron overload in patients with alcoholic liver disease."
ASTHMA = "Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma."
NETS = "Neutrophil extracellular traps regulate ischemic stroke brain injury."

RIGHT = [
    (ASPIRIN, "Aspirina en dosis bajas para prevenir la tromboembolia venosa recurrente"),
    (ASPIRIN, "Aspirina em baixa dose para prevenção do tromboembolismo venoso recorrente"),
    (ASPIRIN, "L'aspirine à faible dose pour prévenir la maladie thromboembolique veineuse"),
    (ASPIRIN, "Niedrig dosiertes Aspirin zur Prävention rezidivierender venöser Thromboembolien"),
    (ASPIRIN, "Aspirina a basso dosaggio per la prevenzione del tromboembolismo venoso ricorrente"),
    (EMBOLISM, "Manejo actual de la embolia pulmonar aguda"),
    (EMBOLISM, "Prise en charge actuelle de l'embolie pulmonaire aiguë"),
    (EMBOLISM, "Aktuelles Management der akuten Lungenembolie"),
    (EMBOLISM, "Gestione attuale dell'embolia polmonare acuta"),
    (SHOCK, "Monitorización hemodinámica en el choque cardiogénico"),
    (SHOCK, "Hämodynamisches Monitoring beim kardiogenen Schock"),
    (HFE, "Mutações do HFE e sobrecarga de ferro em pacientes com doença hepática alcoólica"),
    (ASTHMA, "Association budésonide-formotérol inhalée à la demande dans l'asthme léger"),
    (
        NETS,
        "Las trampas extracelulares de neutrófilos regulan la lesión cerebral del ictus isquémico",
    ),
]


@pytest.mark.parametrize(("english", "translated"), RIGHT)
def test_a_right_translation_echoes_the_english_title(english: str, translated: str) -> None:
    assert echoes_title(translated, english)


@pytest.mark.parametrize(("english", "translated"), RIGHT)
def test_another_paper_s_translated_title_does_not(english: str, translated: str) -> None:
    """Review18 F3: a hybrid entry, another paper's title on a real paper's locus."""
    for other, _ in RIGHT:
        # Thromboembolism holds embolism: the aspirin titles echo the embolism record's one.
        if other not in (english, EMBOLISM):
            assert not echoes_title(translated, other), other


def test_a_title_on_the_same_drug_or_organ_is_not_enough() -> None:
    """Two of seven words: the drug and "prevent" of a paper on another disease."""
    near = "Aspirina en dosis bajas para prevenir el ictus en la fibrilación auricular"
    assert not echoes_title(near, ASPIRIN)
    assert not echoes_title("Manejo actual de la insuficiencia cardiaca aguda", EMBOLISM)
    assert not echoes_title("Lesión cerebral tras el ictus isquémico: nuevas dianas", NETS)
