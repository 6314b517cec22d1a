"""What words miss: population, drug, kind of paper and result cues lower a close wrong paper."""

from __future__ import annotations

import pytest

from citelint.record import Record
from citelint.support.contradiction import contradiction
from citelint.support.cues import drug_mismatch, population_mismatch
from citelint.support.profiles import profile_claim, profile_record
from citelint.support.scoring import SUPPORT_THRESHOLD, assess


def record(title: str, abstract: str, **extra: object) -> Record:
    return Record(pmid="1", title=title, abstract=abstract, **extra)  # type: ignore[arg-type]


CHILD_TRIAL = record(
    "Inhaled corticosteroid reliever in children with mild asthma: a randomized trial.",
    "We randomly assigned 300 children aged 5 to 11 years with mild asthma to an inhaled "
    "corticosteroid reliever or a bronchodilator reliever. Severe exacerbations were fewer "
    "with the corticosteroid reliever (rate ratio 0.55).",
)
ADULT_TRIAL = record(
    "Inhaled corticosteroid reliever in adults with mild asthma: a randomized trial.",
    "We randomly assigned 300 adults aged 18 to 70 years with mild asthma to an inhaled "
    "corticosteroid reliever or a bronchodilator reliever. Severe exacerbations were fewer "
    "with the corticosteroid reliever (rate ratio 0.55).",
)
MIXED_TRIAL = record(
    "Inhaled corticosteroid reliever in children and adults with mild asthma.",
    "We randomly assigned 300 children and adults with mild asthma to an inhaled "
    "corticosteroid reliever or a bronchodilator reliever. Severe exacerbations were fewer "
    "with the corticosteroid reliever.",
)
CHILD_CLAIM = (
    "In children with mild asthma, an inhaled corticosteroid reliever prevents severe "
    "exacerbations better than a bronchodilator reliever."
)


def test_a_claim_about_children_scores_lower_against_an_adult_only_trial() -> None:
    right = assess(CHILD_CLAIM, CHILD_TRIAL)
    wrong = assess(CHILD_CLAIM, ADULT_TRIAL)
    assert right.mismatches == []
    assert wrong.mismatches == ["the claim is about children, the abstract only about adults"]
    assert wrong.score < 0.7 * right.score


def test_a_claim_about_adults_scores_lower_against_a_child_only_trial() -> None:
    claim = CHILD_CLAIM.replace("In children", "In adults")
    assert assess(claim, CHILD_TRIAL).mismatches == [
        "the claim is about adults, the abstract only about children"
    ]
    assert assess(claim, ADULT_TRIAL).mismatches == []


def test_a_trial_of_children_and_adults_fits_either_claim() -> None:
    assert assess(CHILD_CLAIM, MIXED_TRIAL).mismatches == []
    assert assess(CHILD_CLAIM.replace("In children", "In adults"), MIXED_TRIAL).mismatches == []


def test_a_claim_naming_no_population_is_never_a_population_mismatch() -> None:
    claim = "An inhaled corticosteroid reliever prevents severe asthma exacerbations."
    assert assess(claim, ADULT_TRIAL).mismatches == []
    assert assess(claim, CHILD_TRIAL).mismatches == []


def test_mesh_check_tags_say_who_was_studied_when_the_abstract_does_not() -> None:
    tagged = record(
        "Inhaled corticosteroid reliever in mild asthma.",
        "We randomly assigned 300 patients with mild asthma to two relievers.",
        mesh_terms=["Asthma", "Adult", "Middle Aged"],
    )
    assert assess(CHILD_CLAIM, tagged).mismatches[0].startswith("the claim is about children")


@pytest.mark.parametrize(
    ("claim", "abstract", "expected"),
    [
        (
            "Yearly vitamin D increases falls in older women.",
            "We assigned 1,500 men aged 70 or older to vitamin D or placebo; falls increased.",
            "the claim is about women or girls, the abstract only about men or boys",
        ),
        (
            "HPV vaccination of boys prevents anal infection.",
            "We followed 2,000 girls after HPV vaccination; anal infection fell by 80%.",
            "the claim is about men or boys, the abstract only about women or girls",
        ),
        (
            "Rapamycin extends lifespan in mice.",
            "We gave rapamycin to 300 older patients and followed them; survival improved.",
            "the claim is about animals, the abstract only about people",
        ),
        (
            "Rapamycin improves survival in older patients.",
            "We fed rapamycin to genetically heterogeneous mice; median lifespan rose by 9%.",
            "the claim is about people, the abstract only about animals",
        ),
    ],
)
def test_sex_and_species_mismatches(claim: str, abstract: str, expected: str) -> None:
    found = population_mismatch(
        profile_claim(claim).facets, profile_record(record("A study.", abstract)).facets
    )
    assert found is not None and found.reason == expected


def test_both_sexes_studied_fits_a_claim_about_women() -> None:
    abstract = "We assigned 1,500 women and men aged 70 or older to vitamin D; falls increased."
    claim = profile_claim("Yearly vitamin D increases falls in older women.")
    assert population_mismatch(claim.facets, profile_record(record("A", abstract)).facets) is None


def test_another_drug_of_the_same_family_is_a_mismatch() -> None:
    apixaban = record(
        "Apixaban versus warfarin on dialysis.",
        "Apixaban caused less bleeding than warfarin in dialysis patients with atrial "
        "fibrillation.",
    )
    rivaroxaban = record(
        "Rivaroxaban versus warfarin on dialysis.",
        "Rivaroxaban caused less bleeding than warfarin in dialysis patients with atrial "
        "fibrillation.",
    )
    claim = "Apixaban causes less bleeding than warfarin in dialysis patients."
    assert assess(claim, apixaban).mismatches == []
    assert assess(claim, rivaroxaban).mismatches == [
        "the claim names apixaban, the abstract rivaroxaban instead"
    ]
    assert assess(claim, rivaroxaban).score < assess(claim, apixaban).score


def test_a_member_named_beside_its_class_is_no_other_drug() -> None:
    """review23b P2-4: "an SGLT2i, empagliflozin preferred" citing the dapagliflozin trial
    is the class's claim; the member alone is another drug."""
    dapagliflozin = record(
        "Dapagliflozin in heart failure with reduced ejection fraction.",
        "Dapagliflozin lowered worsening heart failure or cardiovascular death.",
    )
    classed = "Plan: add an SGLT2i, empagliflozin preferred on formulary."
    assert assess(classed, dapagliflozin).mismatches == []
    alone = "Plan: add empagliflozin, preferred on formulary."
    assert assess(alone, dapagliflozin).mismatches == [
        "the claim names empagliflozin, the abstract dapagliflozin instead"
    ]


@pytest.mark.parametrize(
    "claim",
    [
        "Empagliflozin, another SGLT2 inhibitor, lowered heart failure or cardiovascular death.",
        "An SGLT2 inhibitor, empagliflozin, lowered heart failure or cardiovascular death.",
        "The SGLT2 inhibitor empagliflozin lowered heart failure or cardiovascular death.",
    ],
)
def test_a_class_beside_the_member_s_own_result_is_no_exemption(claim: str) -> None:
    """review24a P1 6: an appositive naming the class tells one drug's result; the
    sibling's trial is still another drug's."""
    dapagliflozin = record(
        "Dapagliflozin in heart failure with reduced ejection fraction.",
        "Dapagliflozin lowered worsening heart failure or cardiovascular death.",
    )
    assert assess(claim, dapagliflozin).mismatches == [
        "the claim names empagliflozin, the abstract dapagliflozin instead"
    ]


def test_a_drug_the_record_does_not_name_is_no_mismatch_without_a_family_member() -> None:
    claim = profile_claim("Atorvastatin lowers cholesterol in older adults.")
    other = profile_record(record("Diet and cholesterol.", "A diet lowered cholesterol."))
    assert drug_mismatch(claim.facets, other.facets) is None
    assert "cholesterol" not in claim.facets.drugs


PROTOCOL = record(
    "Intravenous iron in heart failure: rationale and design of a randomized trial.",
    "This trial will randomly assign 1,200 patients with heart failure and iron deficiency "
    "to intravenous iron or usual care. The primary outcome will be heart failure "
    "hospitalisation.",
    publication_types=["Journal Article", "Clinical Trial Protocol"],
)


def test_a_finding_cited_to_a_protocol_is_a_mismatch() -> None:
    claim = "Intravenous iron reduced heart failure hospitalisation in iron deficiency."
    assert assess(claim, PROTOCOL).mismatches == [
        "the claim states a finding, the record is a protocol"
    ]


def test_the_design_of_a_trial_cited_to_its_protocol_is_no_mismatch() -> None:
    claim = "A trial of intravenous iron in heart failure planned to enrol 1,200 patients."
    support = assess(claim, PROTOCOL)
    assert support.mismatches == []
    assert support.score >= SUPPORT_THRESHOLD


def test_a_null_claim_against_an_abstract_reporting_only_effects() -> None:
    claim = "Intravenous iron did not reduce heart failure hospitalisation in iron deficiency."
    effect = record(
        "Intravenous iron in heart failure.",
        "Intravenous iron reduced heart failure hospitalisation by 30% in iron deficiency.",
    )
    null = record(
        "Intravenous iron in heart failure.",
        "Intravenous iron lowered ferritin but not heart failure hospitalisation.",
    )
    # The abstract's sentence asserts the very effect the claim denies: CL306's contradiction
    # (user22 P1 15), which names it, stands in for the general "reports none".
    assert assess(claim, effect).mismatches == [
        'the abstract reports an effect the claim denies ("reduced heart failure hospitalisation")'
    ]
    assert assess(claim, null).mismatches == []


MIXED_RESULT = record(
    "Dapagliflozin in heart failure.",
    "We randomly assigned 3,000 patients with heart failure to dapagliflozin or placebo. "
    "Dapagliflozin reduced hospital admissions for heart failure but did not lower mortality.",
)


def test_a_null_clause_about_another_outcome_is_no_contradiction() -> None:
    claim = profile_claim("Dapagliflozin reduced hospital admissions for heart failure.")
    assert contradiction(claim, profile_record(MIXED_RESULT)) is None


def test_a_null_clause_about_the_claims_outcome_is_a_contradiction() -> None:
    claim = profile_claim("Dapagliflozin reduced mortality in patients with heart failure.")
    found = contradiction(claim, profile_record(MIXED_RESULT))
    assert found is not None and found.reason == "no significant difference or effect"


def test_a_p_value_above_five_percent_reads_as_no_significant_difference() -> None:
    trial = record(
        "Intravenous iron and heart failure hospitalisation.",
        "We randomly assigned 1,100 patients. Heart failure hospitalisations with intravenous "
        "iron occurred at a rate ratio of 0.82 (p = 0.07).",
    )
    claim = profile_claim("Intravenous iron reduced heart failure hospitalisations.")
    found = contradiction(claim, profile_record(trial))
    assert found is not None and "p = 0.07" in found.sentence


def test_a_claim_of_unchanged_falls_asserts_no_effect_to_contradict() -> None:
    trial = record(
        "Vitamin D and falls in older men.",
        "We randomly assigned 1,500 men to vitamin D or placebo. Falls did not differ "
        "between the groups.",
    )
    claim = profile_claim("In older men, vitamin D left the rate of falls unchanged.")
    assert contradiction(claim, profile_record(trial)) is None


def test_a_results_paper_that_mentions_future_trials_is_no_protocol() -> None:
    results = record(
        "Intravenous iron and heart failure hospitalisation: a randomized trial.",
        "Intravenous iron reduced heart failure hospitalisation by 20%. Future trials will "
        "assess longer treatment.",
    )
    claim = "Intravenous iron reduced heart failure hospitalisation in iron deficiency."
    assert assess(claim, results).mismatches == []


def test_an_effect_on_an_outcome_the_abstract_never_names() -> None:
    admissions = record(
        "Dapagliflozin and heart failure admissions.",
        "Dapagliflozin reduced hospital admissions for heart failure in 3,000 patients.",
    )
    deaths = record(
        "Dapagliflozin and heart failure outcomes.",
        "Dapagliflozin reduced hospital admissions and deaths from heart failure in 3,000 "
        "patients.",
    )
    claim = "Dapagliflozin reduced the risk of death in patients with heart failure."
    assert assess(claim, admissions).mismatches == [
        "the claim is about death, which the abstract never names"
    ]
    assert assess(claim, deaths).mismatches == []
    # Words outside what the effect is on are no outcome of the claim.
    background = "In heart failure, a leading cause of death, dapagliflozin reduced admissions."
    assert assess(background, admissions).mismatches == []


# -- cues that must stay quiet on right citations (review 2) --------------------------------


@pytest.mark.parametrize(
    ("claim", "title", "abstract"),
    [
        (  # enoxaparin is a low-molecular-weight heparin: the class, not a rival drug
            "Low-molecular-weight heparin reduced venous thromboembolism in medical inpatients.",
            "Enoxaparin against placebo to prevent venous thromboembolism in medical inpatients.",
            "We assigned 1,100 medical inpatients to enoxaparin 40 mg or placebo. Venous "
            "thromboembolism occurred in 5.5% and 14.9% (relative risk 0.37).",
        ),
        (  # sitosterol is a plant sterol, and no "-terol" bronchodilator
            "Phytosterol supplements lowered LDL cholesterol by about 10% in adults.",
            "Sitosterol-enriched margarine and LDL cholesterol in adults.",
            "Sixty adults ate margarine with 2 g of sitosterol or plain margarine for 4 weeks. "
            "Sitosterol lowered LDL cholesterol by 10%.",
        ),
        (  # pneumonia and bacteraemia are infections
            "Gut decontamination reduced infection in ventilated patients.",
            "Gut decontamination in ventilated patients: a cluster randomized trial.",
            "In 13 units, 5,939 ventilated patients had gut decontamination or standard care. "
            "Decontamination reduced ventilator-associated pneumonia and bacteraemia.",
        ),
        (  # a Lancet p value with a middle dot is a null result
            "Tranexamic acid did not reduce death after severe head injury.",
            "Tranexamic acid and death after traumatic brain injury: a randomised trial.",
            "We assigned 12,737 patients with head injury to tranexamic acid or placebo. In "
            "severe injury, death occurred in 39·6% and 40·0% (risk ratio 0·99; p=0·78).",
        ),
        (  # "women aged 15 to 26" include adolescent girls
            "HPV vaccination of adolescent girls prevented cervical precancer.",
            "Quadrivalent HPV vaccine to prevent high-grade cervical lesions.",
            "We assigned 12,167 women aged 15 to 26 years to HPV vaccine or placebo. The vaccine "
            "prevented 98% of cervical precancer.",
        ),
        (  # pregnant women and their newborns are one population
            "Iron given to pregnant women reduced low birthweight.",
            "Daily iron during pregnancy and birthweight: a randomized trial.",
            "We assigned 1,164 pregnancies to daily iron or placebo. Low birthweight occurred in "
            "4.2% of newborns with iron and 7.1% with placebo (relative risk 0.59).",
        ),
        (  # a results paper whose title mentions its protocol
            "Early rhythm control reduced cardiovascular death and stroke by 21%.",
            "Early rhythm control in atrial fibrillation: results of a trial whose protocol was "
            "prespecified.",
            "We assigned 2,789 patients to early rhythm control or usual care. Cardiovascular "
            "death or stroke occurred in 249 and 316 patients (hazard ratio 0.79).",
        ),
    ],
    ids=["heparin", "sterol", "infection", "lancet-p", "adolescents", "pregnancy", "protocol"],
)
def test_no_cue_fires_on_a_right_citation(claim: str, title: str, abstract: str) -> None:
    assessed = assess(claim, record(title, abstract))
    assert assessed.mismatches == []
    assert assessed.score >= SUPPORT_THRESHOLD


def test_a_rival_drug_of_the_family_is_still_a_mismatch_beside_the_class_word() -> None:
    # The class word is left out; two named members of the family still differ.
    rival = record(
        "Dalteparin against placebo in medical inpatients.",
        "We assigned 3,700 inpatients to dalteparin or placebo; thromboembolism fell.",
    )
    claim = "Enoxaparin, a low-molecular-weight heparin, reduced thromboembolism in inpatients."
    assert assess(claim, rival).mismatches == [
        "the claim names enoxaparin, the abstract dalteparin instead"
    ]


def test_a_yeast_infection_does_not_make_a_claim_about_animals() -> None:
    """user20: "Common side effects are genital yeast infections and more urination" was
    "about animals, the abstract only about people"."""
    trial = record(
        "Sotagliflozin in adults with type 2 diabetes: a randomized trial.",
        "We randomly assigned 1200 adults with type 2 diabetes to sotagliflozin or placebo. "
        "Genital mycotic infections occurred in 4.1% and 0.9% of patients.",
    )
    claim = "Common side effects are genital yeast infections and more urination."
    assert not any("animals" in m for m in assess(claim, trial).mismatches)
