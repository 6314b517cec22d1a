"""CL301 on numbers a clinical writer derives from what an abstract states (user32b P1-3,
P1-5, P1-9 to P1-12): a relative change of a ratio listed without its name, a number needed
to treat in words, a percentage after an age, a TIMI trial's number, the "per 100" of a rate
and a difference of two counts stay quiet; a wrong figure in each shape is still found."""

from __future__ import annotations

import pytest

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record


def trial(pmid: str, title: str, abstract: str) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="The New England journal of medicine",
        year=2014,
        authors=["Marchetti L", "Osei-Bonsu K"],
        abstract=abstract,
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )


RECORDS = [
    trial(
        "24300001",
        "Direct oral anticoagulants compared with warfarin in atrial fibrillation: a "
        "meta-analysis of randomised trials.",
        "FINDINGS: 71 683 participants were included. Direct oral anticoagulants reduced "
        "stroke or systemic embolic events by 19% compared with warfarin (RR 0.81, 95% CI "
        "0.73-0.91; p<0.0001). They also reduced all-cause mortality (0.90, 0.85-0.95; "
        "p=0.0003) and intracranial haemorrhage (0.48, 0.39-0.59; p<0.0001), but increased "
        "gastrointestinal bleeding (1.25, 1.01-1.55; p=0.04). INTERPRETATION: The direct oral "
        "anticoagulants had a favourable balance of benefit and risk.",
    ),
    trial(
        "24300002",
        "Intensive glucose lowering and mortality in type 2 diabetes.",
        "METHODS: We assigned 10,251 patients with type 2 diabetes to intensive or standard "
        "glucose lowering. RESULTS: The intensive arm was stopped after 3.5 years because of "
        "higher mortality: 257 patients in the intensive group died, as compared with 203 in "
        "the standard group (hazard ratio, 1.22; 95% CI, 1.01 to 1.46; P=0.04). CONCLUSIONS: "
        "Intensive glucose lowering increased mortality.",
    ),
    trial(
        "24300003",
        "Antiplatelet therapy with aspirin in the secondary prevention of vascular disease.",
        "FINDINGS: In 16 secondary prevention trials, aspirin allocation yielded an absolute "
        "reduction in serious vascular events (6.7% vs 8.2% per year, p<0.0001). "
        "INTERPRETATION: Aspirin is of net benefit after occlusive vascular disease.",
    ),
]

ENTRIES = (
    "1. Marchetti L, Osei-Bonsu K. Direct oral anticoagulants compared with warfarin in atrial "
    "fibrillation: a meta-analysis of randomised trials. Lancet. 2014;383(9921):955-62.\n"
    "2. Marchetti L, Osei-Bonsu K. Intensive glucose lowering and mortality in type 2 "
    "diabetes. N Engl J Med. 2014;358(24):2545-59.\n"
    "3. Marchetti L, Osei-Bonsu K. Antiplatelet therapy with aspirin in the secondary "
    "prevention of vascular disease. Lancet. 2014;373(9678):1849-60.\n"
)


def cl301(body: str) -> list[str]:
    text = f"# Evidence notes\n\n{body}\n\n## References\n\n{ENTRIES}"
    document = read_text(text, "notes.md", "md")
    result = lint_documents([document], Config(select=["CL301"]), StaticResolver(RECORDS))
    return [finding.message for finding in result.findings]


@pytest.mark.parametrize(
    "body",
    [
        "Compared with warfarin, the direct oral anticoagulants lowered all-cause mortality "
        "by about 10% in atrial fibrillation [1].",
        "Intracranial haemorrhage fell by 52% with the direct oral anticoagulants [1].",
        "Gastrointestinal bleeding was 25% more frequent than with warfarin [1].",
        "With intensive glucose lowering, 54 more patients died than with standard glucose "
        "lowering (257 vs 203) [2].",
        "In secondary prevention, aspirin prevents about 1.5 serious vascular events per 100 "
        "patient-years (6.7% vs 8.2% per year) [3].",
    ],
)
def test_a_number_the_writer_derives_is_met(body: str) -> None:
    assert cl301(body) == []


@pytest.mark.parametrize(
    ("body", "number"),
    [
        ("Intracranial haemorrhage fell by 62% with the direct oral anticoagulants [1].", "62"),
        ("Gastrointestinal bleeding was 35% more frequent than with warfarin [1].", "35"),
        (
            "With intensive glucose lowering, 64 more patients died than with standard glucose "
            "lowering (257 vs 203) [2].",
            "64",
        ),
        (
            "With intensive glucose lowering, 54 more patients died than with standard glucose "
            "lowering (267 vs 213) [2].",
            "267",
        ),
        (
            "In secondary prevention, aspirin prevents about 2.5 serious vascular events per "
            "100 patient-years [3].",
            "2.5",
        ),
    ],
)
def test_a_wrong_number_in_the_same_shape_is_found(body: str, number: str) -> None:
    messages = cl301(body)
    assert any(message.startswith(f'"{number}"') for message in messages), messages
