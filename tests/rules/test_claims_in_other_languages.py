"""The claim checks (CL301-CL306) leave alone claims written in another language than English:
the cited abstract is English, so such a claim shares only names and numbers with it and would
be called unsupported, or another entry's, for its language alone (user24 P1 1). The reference
checks still run on the same articles, and an English claim in the same shape is judged."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record

RECORDS = [
    Record(
        pmid="38300001",
        title="Low-dose aspirin for the extended prevention of venous thromboembolism.",
        journal="The Lancet",
        year=2021,
        authors=["Ferreira-Lund M", "Oyelaran B"],
        abstract=(
            "BACKGROUND: After anticoagulation for a first unprovoked venous thromboembolism "
            "is stopped, recurrence is common. METHODS: 1224 patients were randomly assigned "
            "to aspirin 100 mg daily or placebo for two years. RESULTS: Recurrence occurred in "
            "5.1% with aspirin and 7.5% with placebo (hazard ratio 0.68). Major bleeding was "
            "rare in both groups. CONCLUSIONS: Aspirin lowered the risk of recurrence by about "
            "a third without more major bleeding."
        ),
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    ),
    Record(
        pmid="38300002",
        title="Dapagliflozin in chronic kidney disease.",
        journal="The New England journal of medicine",
        year=2020,
        authors=["Haldorsen P", "Mirzaei S"],
        abstract=(
            "METHODS: 4304 patients with chronic kidney disease were assigned to "
            "dapagliflozin 10 mg or placebo. RESULTS: A sustained decline in eGFR of at "
            "least 50%, end-stage kidney disease or renal or cardiovascular death occurred in "
            "9.2% and 14.5% (hazard ratio 0.61). CONCLUSIONS: Dapagliflozin lowered the risk "
            "of kidney failure and death in chronic kidney disease with or without diabetes."
        ),
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    ),
]

ENTRIES = (
    "1. Ferreira-Lund M, Oyelaran B. Low-dose aspirin for the extended prevention of venous "
    "thromboembolism. Lancet. 2021;397(10285):1701-10.\n"
    "2. Haldorsen P, Mirzaei S. Dapagliflozin in chronic kidney disease. N Engl J Med. "
    "2020;383(15):1436-46.\n"
)

SPANISH = """# Prevención secundaria en la práctica clínica

La enfermedad tromboembólica venosa recidiva con frecuencia tras suspender la
anticoagulación, y en los pacientes con función renal reducida el tratamiento es más
complejo.

Tras suspender la anticoagulación, el ácido acetilsalicílico a dosis bajas redujo las
recidivas en un tercio, del 7,5 % al 5,1 % [1]. En la enfermedad renal crónica, la
dapagliflozina disminuyó la progresión y la mortalidad (HR 0,61) [2]. Ambos fármacos se
toleran bien y su uso es habitual en nuestras consultas [1, 2].

## Bibliografía

"""

GERMAN = """# Sekundärprävention in der Praxis

Nach Absetzen der Antikoagulation senkte niedrig dosiertes ASS die Rezidivrate um ein
Drittel [1]. Bei chronischer Nierenkrankheit verringerte Dapagliflozin das Fortschreiten der
Erkrankung und die Sterblichkeit um 39 % [2]. Beide Substanzen werden in der Regel gut
vertragen [1, 2].

## Literatur

"""

# user25 P1 8: a Norwegian clinical review copied from the journal's page; its last claim
# has no little word of its own ("Ved" opens it), the document says it is Norwegian.
NORWEGIAN = """Sekundærforebygging i allmennpraksis – en praktisk gjennomgang

Etter at antikoagulasjon er avsluttet, er tilbakefall av venøs tromboembolisme vanlig, og
lavdose acetylsalisylsyre reduserte tilbakefall med en tredjedel [1]. Dapagliflozin er
anbefalt ved kronisk nyresykdom hos pasienter med og uten diabetes [2].
Ved nyresvikt reduserte dapagliflozin dødelighet med 39 % [2].

Litteratur
"""

FINNISH = """# Sekundaaripreventio käytännössä

Antikoagulaation lopettamisen jälkeen pieniannoksinen asetyylisalisyylihappo vähensi
uusiutumia kolmanneksella [1]. Dapagliflotsiini hidasti munuaistaudin etenemistä ja
vähensi kuolleisuutta [2]. Molemmat lääkkeet ovat yleensä hyvin siedettyjä, mutta
munuaisten toiminta on seurattava [1, 2].

## Kirjallisuus

"""

# The same claims in English, each citing the other entry: CL302 and CL303 must catch them.
ENGLISH_SWAPPED = """# Secondary prevention in practice

After anticoagulation was stopped, low-dose aspirin reduced recurrent venous thromboembolism by
a third, from 7.5% to 5.1% [2]. In chronic kidney disease, dapagliflozin slowed the decline in
kidney function and lowered mortality (hazard ratio 0.61) [1].

## References

"""


def findings(text: str) -> list[Finding]:
    document = read_text(text + ENTRIES, "article.md", "md")
    return lint_documents([document], Config(), StaticResolver(RECORDS)).findings


def test_claims_in_spanish_german_norwegian_and_finnish_are_left_unjudged() -> None:
    for text in (SPANISH, GERMAN, NORWEGIAN, FINNISH):
        assert [f.code for f in findings(text) if f.code.startswith("CL3")] == []


def test_their_references_are_still_checked() -> None:
    document = read_text(SPANISH + ENTRIES.replace("2021;397", "2019;397"), "article.md", "md")
    found = lint_documents([document], Config(), StaticResolver(RECORDS)).findings
    entry_line = SPANISH.count("\n") + 1
    assert [(f.code, f.line) for f in found if f.code.startswith("CL2")] == [("CL203", entry_line)]


def test_the_same_claims_in_english_are_judged() -> None:
    codes = {f.code for f in findings(ENGLISH_SWAPPED)}
    assert codes & {"CL302", "CL303"}


def test_the_audit_says_why_a_foreign_claim_is_not_judged() -> None:
    from citelint.support.audit import UNVERIFIED, build_audit

    document = read_text(GERMAN + ENTRIES, "article.md", "md")
    result = lint_documents([document], Config(), StaticResolver(RECORDS))
    (audited,) = build_audit(result)
    citations = [c for claim in audited.claims for c in claim.citations]
    assert citations and all(c.verdict == UNVERIFIED and c.score is None for c in citations)
    assert all("not written in English" in (c.note or "") for c in citations)
