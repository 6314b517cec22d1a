"""Which claims the support scoring reads: those written in English. A sentence of another
language shares only names and numbers with an English abstract (user24 P1 1)."""

from __future__ import annotations

import pytest

from citelint.models import Claim
from citelint.support.language import english_claims, written_in_english

ENGLISH = [
    "Dapagliflozin reduced worsening heart failure or cardiovascular death by 26% [1].",
    "Dex ↓ 28-d mortality if on O2/IMV",
    "De-escalate abx at 48-72 h if cultures neg",
    "Treatment-naïve patients with von Willebrand disease were excluded.",
    "De novo mutations in the gene were found in 12 of the 40 families.",
    "Van der Meer et al. found that the drug lowered the rate of relapse.",
    "Give TXA 1 g IV over 10 min within 3 h of injury, then 1 g over 8 h.",
    "CURB-65 ≥2: consider admission; ≥3: assess for ICU.",
    "TNF-α and IL-6 levels fell with the β-blocker in the treated arm.",
    "The café-au-lait spots were counted by the dermatologist.",
    "Age ≥65 y, eGFR <30 mL/min/1.73 m², or weight ≤60 kg: reduce the dose.",
    "La Jolla investigators reported the same effect in a later cohort of the study.",
    # review24a P1 1-2: Greek letters, µ and name particles are no foreign language.
    "- β-blocker + MRA background: dapagliflozin ↓ CV death 45% (HR 0.55), α-blocker stopped",
    "Dex 6 mg OD x10 d; fentanyl 25 µg IV; salbutamol 2.5 mg neb; β2-agonist prn",
    "It lowered the rate by 45% (hazard ratio 0.55), as reviewed in de la Cruz's summary.",
    "De novo AKI after de-escalation of abx: stop NSAIDs, recheck Cr in 48 h",
    "de novo lesions; de facto standard of care; patients who die within 28 d",
    "Pts who had AKI: hold ACEi",
]

FOREIGN = [
    "La aspirina a dosis bajas redujo la recurrencia de la trombosis en un tercio.",
    "A dexametasona reduziu a mortalidade em 28 dias nos pacientes com oxigênio.",
    "L'apixaban a réduit les hémorragies majeures par rapport à la warfarine.",
    "Die Therapie mit Dapagliflozin senkte das Risiko einer Hospitalisierung.",
    "Il trattamento con empagliflozin ha ridotto le ospedalizzazioni per scompenso.",
    "Bij patiënten met hartfalen verlaagde dapagliflozine het risico op opname.",
    "Leczenie dapagliflozyną zmniejszyło ryzyko hospitalizacji oraz zgonu.",
    "Yoğun tedavi ile kardiyovasküler olaylar azaldı ve sağkalım daha iyi oldu.",
    "达格列净使心血管死亡或心力衰竭恶化的风险降低26%。",
    "ダパグリフロジンは心不全による入院のリスクを低下させた。",
    "Дапаглифлозин снижал риск госпитализации по поводу сердечной недостаточности.",
    # review24a P1 10: short sentences with one little word and no English one.
    "Blutdruckziele sind umstritten.",
    "Dapagliflozine verminderde de kans op verslechtering van hartfalen.",
    "Oktober 2021 gilt die aktualisierte Leitlinie der ESC.",
    "Nello studio DAPA-HF il dapagliflozin ha ridotto il rischio di morte cardiovascolare.",
    # user25 P1 8: Scandinavian and Finnish.
    "Tiazider og SSRI er hyppige årsaker til hyponatremi hos eldre.",
    "Behandling med dapagliflozin minskade risken för sjukhusvård och död.",
    "Empagliflotsiini vähensi sairaalahoitoja ja kuolleisuutta, mutta ei munuaistapahtumia.",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_claims_are_read(text: str) -> None:
    assert written_in_english(text)


@pytest.mark.parametrize("text", FOREIGN)
def test_claims_in_other_languages_are_not(text: str) -> None:
    assert not written_in_english(text)


def claims(*texts: str) -> list[Claim]:
    return [Claim(text=text, line=line, column=1) for line, text in enumerate(texts, 1)]


def test_a_short_sentence_of_a_foreign_document_is_left_unjudged() -> None:
    document = claims(
        "La insuficiencia cardíaca es la primera causa de ingreso en los mayores de 65 años.",
        "El tratamiento con dapagliflozina redujo la mortalidad cardiovascular.",
        "Las guías europeas lo recomiendan (clase I, nivel A).",
    )
    # The last sentence alone shows too few signs; the document says it is Spanish.
    assert not written_in_english(document[0].text)
    assert written_in_english(document[2].text)
    assert english_claims(document) == []


def test_an_english_quote_in_a_foreign_document_is_judged() -> None:
    document = claims(
        "La insuficiencia cardíaca es la primera causa de ingreso en los mayores de 65 años.",
        "El tratamiento con dapagliflozina redujo la mortalidad cardiovascular.",
        "The trial concluded that dapagliflozin lowered the risk of worsening heart failure.",
    )
    assert english_claims(document) == [document[2]]


def test_an_english_document_keeps_its_short_lines() -> None:
    document = claims(*ENGLISH)
    assert english_claims(document) == document


def test_a_terse_sentence_of_a_norwegian_note_is_left_unjudged() -> None:
    # user25 P1 8: the last sentence has no lowercase little word ("Ved" opens it).
    document = claims(
        "Hyponatremi finnes hos opptil 15 % av eldre pasienter som legges inn på sykehus, og er "
        "forbundet med fall og brudd.",
        "Tiazider og SSRI er hyppige årsaker.",
        "Ved hyperkalemi stabiliserer kalsiumglukonat myokard.",
    )
    assert written_in_english(document[2].text)
    assert english_claims(document) == []


def page(heading: str, body: list[str], list_heading: str) -> tuple[str, int]:
    """A short page's text and the line of its reference list's heading."""
    lines = [heading, "", *body, "", list_heading, "1. McMurray JJV, et al. N Engl J Med. 2019."]
    return "\n".join(lines), len(lines) - 1


SHORT_FOREIGN_PAGES = [
    (
        "SGLT2-remmers bij hartfalen",
        [
            "Dapagliflozine verminderde de kans op verslechtering van hartfalen.",
            "Empagliflozine had een vergelijkbaar effect.",
        ],
        "Literatuur",
    ),
    ("# Hartfalen", ["Empagliflozine had een vergelijkbaar effect."], "## Literatuur"),
    ("Insuficiencia cardiaca", ["Empagliflozina tuvo un efecto similar."], "Bibliografía"),
    ("Herzinsuffizienz", ["Empagliflozin hatte einen ähnlichen Effekt."], "Literatur"),
]


@pytest.mark.parametrize(("heading", "body", "list_heading"), SHORT_FOREIGN_PAGES)
def test_a_short_page_s_language_is_read_from_all_it_has(
    heading: str, body: list[str], list_heading: str
) -> None:
    """CLOSING24: one or two short Dutch sentences were judged as English (a false CL302 on
    nl_literatuur.docx); the page's heading and its list's heading say Dutch."""
    text, list_line = page(heading, body, list_heading)
    assert english_claims(claims(*body), text, list_line) == []


SHORT_ENGLISH_PAGES = [
    ("Heart failure", ["Empagliflozin had a similar effect."], "References"),
    ("# Plan", ["Dex ↓ 28-d mortality if on O2/IMV", "De-escalate abx at 48-72 h"], "Refs"),
    ("Sepsis bundle", ["Give 30 mL/kg crystalloid within 3 h; lactate 2 mmol/L."], "Sources"),
    ("Anticoagulation", ["Treatment-naïve pts: apixaban 5 mg BID."], "References"),
    ("De novo HF", ["Sacubitril-valsartan lowered NT-proBNP."], "Literature cited"),
]


@pytest.mark.parametrize(("heading", "body", "list_heading"), SHORT_ENGLISH_PAGES)
def test_a_short_english_page_keeps_its_claims(
    heading: str, body: list[str], list_heading: str
) -> None:
    text, list_line = page(heading, body, list_heading)
    assert english_claims(claims(*body), text, list_line) == claims(*body)
