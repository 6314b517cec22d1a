"""CL306 on hedged abstracts: a sentence with a null clause and a clause reporting an effect
(claims17)."""

from __future__ import annotations

import pytest

from citelint.record import Record
from citelint.support.contradiction import _clauses, contradiction
from citelint.support.profiles import profile_claim, profile_record

# A trial's result sentence as NEJM and Lancet abstracts hedge it: the population names the
# disease, the null clause another outcome, the "although" clause the claim's own outcome.
HEDGED_HFPEF = Record(
    pmid="1",
    title="Dapagliflozin in heart failure with preserved ejection fraction.",
    abstract=(
        "Among 6263 patients with heart failure and a preserved ejection fraction, "
        "dapagliflozin did not significantly reduce cardiovascular death, although worsening "
        "heart failure events were significantly lower with dapagliflozin (hazard ratio, "
        "0.79; 95% CI, 0.69 to 0.91). The primary outcome occurred in 16.4% and 19.5% of "
        "patients (hazard ratio, 0.82)."
    ),
)
HEDGED_COLCHICINE = Record(
    pmid="2",
    title="Colchicine after acute coronary syndrome in patients with diabetes.",
    abstract=(
        "We randomly assigned 959 patients with diabetes and a recent acute coronary syndrome "
        "to colchicine or placebo. In patients with diabetes and acute coronary syndrome, "
        "colchicine did not significantly reduce cardiovascular death, whereas recurrent "
        "ischemic events in diabetes were significantly reduced with colchicine (hazard "
        "ratio, 0.65; P=0.03)."
    ),
)


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        ("Dapagliflozin reduced worsening heart failure events in HFpEF.", HEDGED_HFPEF),
        (
            "Dapagliflozin lowered worsening heart failure events in patients with a "
            "preserved ejection fraction.",
            HEDGED_HFPEF,
        ),
        (
            "Colchicine reduced recurrent ischemic events in patients with diabetes.",
            HEDGED_COLCHICINE,
        ),
    ],
)
def test_a_null_clause_naming_only_the_population_is_no_contradiction(
    claim: str, record: Record
) -> None:
    assert contradiction(profile_claim(claim), profile_record(record)) is None


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        (
            "Dapagliflozin reduced cardiovascular death in heart failure with preserved "
            "ejection fraction.",
            HEDGED_HFPEF,
        ),
        (
            "Colchicine reduced cardiovascular death in patients with diabetes and acute "
            "coronary syndrome.",
            HEDGED_COLCHICINE,
        ),
    ],
)
def test_a_null_clause_on_the_claims_own_outcome_still_contradicts(
    claim: str, record: Record
) -> None:
    found = contradiction(profile_claim(claim), profile_record(record))
    assert found is not None and found.reason == "no significant difference or effect"


# A review's conclusion as Cochrane writes it: one sentence, the null finding on mortality
# and the modest effect on stroke joined by "and only" (user22 P1 13).
ONE_SENTENCE_REVIEW = Record(
    pmid="3",
    title="Alpha-blockers for primary hypertension in adults.",
    abstract=(
        "We included 14 randomised trials with 52,000 adults with primary hypertension. "
        "Compared with placebo, alpha-blockers did not significantly reduce all-cause "
        "mortality (risk ratio 0.98, 95% CI 0.86 to 1.12) and only modestly reduced stroke "
        "in hypertension (RR 0.82, 95% CI 0.69 to 0.97)."
    ),
)


def test_a_null_finding_naming_another_outcome_is_no_contradiction() -> None:
    claim = "Compared with placebo, alpha-blockers modestly reduced stroke in hypertension."
    assert contradiction(profile_claim(claim), profile_record(ONE_SENTENCE_REVIEW)) is None


def test_the_null_finding_on_the_claims_outcome_in_that_sentence_still_contradicts() -> None:
    claim = "Compared with placebo, alpha-blockers reduced all-cause mortality in hypertension."
    found = contradiction(profile_claim(claim), profile_record(ONE_SENTENCE_REVIEW))
    assert found is not None and "all-cause mortality" in found.sentence


# A NEJM result sentence: the null on one bleeding outcome, then "with significant
# reductions" in two others (user32b P1-7).
JOINED_BLEEDING = Record(
    pmid="4",
    title="Edoxaban versus warfarin in atrial fibrillation.",
    abstract=(
        "We randomly assigned 12,000 patients with atrial fibrillation to edoxaban or "
        "warfarin. Clinically relevant bleeding occurred in 980 patients given edoxaban "
        "(11.2% per year) and 1010 given warfarin (11.6% per year) (hazard ratio, 0.97; 95% "
        "CI, 0.89 to 1.06; P=0.51), with significant reductions in intracranial bleeding "
        "(0.4% vs. 0.8%, P=0.01) and fatal bleeding (0.2% vs. 0.4%, P=0.004) with edoxaban. "
        "Edoxaban did not reduce all-cause mortality compared with warfarin (P=0.38)."
    ),
)


def test_a_null_joined_to_significant_reductions_on_other_outcomes_is_no_contradiction() -> None:
    claim = "Intracranial and fatal bleeding were both less frequent on edoxaban than warfarin."
    assert contradiction(profile_claim(claim), profile_record(JOINED_BLEEDING)) is None


def test_a_null_on_the_claims_outcome_beside_that_sentence_still_contradicts() -> None:
    claim = "Edoxaban reduced all-cause mortality compared with warfarin in atrial fibrillation."
    found = contradiction(profile_claim(claim), profile_record(JOINED_BLEEDING))
    assert found is not None and found.reason == "no significant difference or effect"


# A non-inferiority design whose higher dose was superior (user32b P1-8), and one whose drug
# was only non-inferior (the planted "superior" claim must stay CL306).
SUPERIOR_DOSE = Record(
    pmid="5",
    title="Factor XIa inhibition versus warfarin in atrial fibrillation.",
    abstract=(
        "In this noninferiority trial, 15,000 patients with atrial fibrillation were randomly "
        "assigned to milvexian, 50 mg or 100 mg twice daily, or to adjusted-dose warfarin. "
        "Stroke or systemic embolism occurred at 1.70% per year with warfarin, 1.58% per year "
        "with 50 mg of milvexian (relative risk, 0.93; P<0.001 for noninferiority) and 1.15% "
        "per year with 100 mg of milvexian (relative risk, 0.68; P<0.001 for superiority). "
        "Major bleeding occurred at 3.40% per year with warfarin and 3.20% per year with "
        "100 mg of milvexian (P=0.35)."
    ),
)
NONINFERIOR_ONLY = Record(
    pmid="6",
    title="Factor XIa inhibition versus warfarin in atrial fibrillation.",
    abstract=(
        "In this noninferiority trial, 15,000 patients with atrial fibrillation were randomly "
        "assigned to milvexian or to adjusted-dose warfarin. Stroke or systemic embolism "
        "occurred at 1.6% per year with milvexian and 1.8% per year with warfarin. Milvexian "
        "was noninferior to warfarin for the prevention of stroke or systemic embolism."
    ),
)


def test_a_noninferiority_design_with_a_superior_result_is_no_contradiction() -> None:
    claim = "Milvexian 100 mg was more effective than warfarin at preventing stroke."
    assert contradiction(profile_claim(claim), profile_record(SUPERIOR_DOSE)) is None


def test_a_superiority_claim_on_a_noninferior_result_still_contradicts() -> None:
    claim = "Milvexian was superior to warfarin against stroke or systemic embolism."
    found = contradiction(profile_claim(claim), profile_record(NONINFERIOR_ONLY))
    assert found is not None and found.reason == "non-inferiority only, not superiority"
    assert found.sentence.startswith("Milvexian was noninferior")


# A null the abstract words as "did not result in a significant reduction" is a null, not the
# joined "with significant reductions" on other outcomes (review32b P1-2).
NULL_IN_WORDS = Record(
    pmid="7",
    title="Edoxaban versus warfarin in atrial fibrillation.",
    abstract=(
        "We randomly assigned 12,000 patients with atrial fibrillation to edoxaban or "
        "warfarin. Clinically relevant bleeding occurred in 11.2% per year with edoxaban and "
        "11.6% with warfarin (P=0.51). Edoxaban did not result in a significant reduction in "
        "all-cause mortality compared with warfarin (P=0.38)."
    ),
)


def test_a_null_worded_as_no_significant_reduction_still_contradicts() -> None:
    claim = "Edoxaban reduced all-cause mortality compared with warfarin in atrial fibrillation."
    found = contradiction(profile_claim(claim), profile_record(NULL_IN_WORDS))
    assert found is not None and found.reason == "no significant difference or effect"


# A result worded by its margin is still only non-inferiority (review32b P1-3).
MARGIN_MET = Record(
    pmid="8",
    title="Factor XIa inhibition versus warfarin in atrial fibrillation.",
    abstract=(
        "We randomly assigned 15,000 patients with atrial fibrillation to milvexian or to "
        "adjusted-dose warfarin. Stroke or systemic embolism occurred at 1.6% per year with "
        "milvexian and 1.7% per year with warfarin, which met the noninferiority margin "
        "(relative risk, 0.94; upper bound of the 95% CI, 1.12)."
    ),
)


def test_a_superiority_claim_on_a_met_noninferiority_margin_still_contradicts() -> None:
    claim = "Milvexian was superior to warfarin against stroke or systemic embolism."
    found = contradiction(profile_claim(claim), profile_record(MARGIN_MET))
    assert found is not None and found.reason == "non-inferiority only, not superiority"


# A Methods sentence naming the margin is no result; "with a statistically significant
# reduction" joins a null to other outcomes as "with significant reductions" does; "not
# associated with a significant reduction" is a null (lastread32b).
MARGIN_NAMED = Record(
    pmid="9",
    title="Apixaban versus warfarin in atrial fibrillation.",
    abstract=(
        "We compared apixaban with warfarin in 18,201 patients with atrial fibrillation. The "
        "prespecified noninferiority margin for stroke or systemic embolism with apixaban "
        "versus warfarin in atrial fibrillation was 1.38. The rate of stroke or systemic "
        "embolism was 1.27% per year with apixaban and 1.60% per year with warfarin (hazard "
        "ratio, 0.79; 95% CI, 0.66 to 0.95; P=0.01 for superiority)."
    ),
)
APIXABAN_CLAIM = (
    "Apixaban reduced all-cause mortality compared with warfarin in atrial fibrillation."
)


def _apixaban(sentence: str) -> Record:
    return Record(
        pmid="10",
        title="Apixaban versus warfarin in atrial fibrillation.",
        abstract="We compared apixaban with warfarin in 18,201 patients. " + sentence,
    )


def test_a_margin_named_in_the_methods_is_no_contradiction_of_superiority() -> None:
    claim = (
        "Apixaban was superior to warfarin in preventing stroke or systemic embolism in "
        "atrial fibrillation."
    )
    assert contradiction(profile_claim(claim), profile_record(MARGIN_NAMED)) is None


def test_a_null_joined_to_a_statistically_significant_reduction_is_no_contradiction() -> None:
    record = _apixaban(
        "All-cause mortality in atrial fibrillation did not differ with apixaban compared with "
        "warfarin (P=0.38), with a statistically significant reduction in major bleeding."
    )
    assert contradiction(profile_claim(APIXABAN_CLAIM), profile_record(record)) is None


def test_not_associated_with_a_significant_reduction_still_contradicts() -> None:
    record = _apixaban(
        "Apixaban was not associated with a significant reduction in all-cause mortality "
        "compared with warfarin in atrial fibrillation (P=0.38)."
    )
    found = contradiction(profile_claim(APIXABAN_CLAIM), profile_record(record))
    assert found is not None and found.reason == "no significant difference or effect"


# A result sentence whose parentheses hold the ratio, its interval and P value, separated by
# semicolons as NEJM prints them, then an interaction test's P value.
PARENTHESISED_RESULT = Record(
    pmid="3",
    title="Dapagliflozin in heart failure with reduced ejection fraction.",
    abstract=(
        "We randomly assigned 4744 patients with heart failure and a reduced ejection "
        "fraction to dapagliflozin or placebo. Dapagliflozin significantly reduced worsening "
        "heart failure or cardiovascular death (hazard ratio, 0.74; 95% CI, 0.65 to 0.85; "
        "P<0.001), with no heterogeneity by diabetes status (P=0.80 for interaction)."
    ),
)
# ... and one whose null clause ends at a semicolon outside its parentheses.
NULL_BEFORE_SEMICOLON = Record(
    pmid="4",
    title="Sotagliflozin in heart failure with preserved ejection fraction.",
    abstract=(
        "Sotagliflozin did not significantly reduce cardiovascular death in heart failure "
        "with preserved ejection fraction (hazard ratio, 0.92; 95% CI, 0.80 to 1.06); "
        "hospital visits were fewer."
    ),
)


def test_a_semicolon_inside_parentheses_ends_no_clause() -> None:
    claim = (
        "Worsening heart failure or cardiovascular death was reduced by dapagliflozin in "
        "heart failure with reduced ejection fraction."
    )
    assert contradiction(profile_claim(claim), profile_record(PARENTHESISED_RESULT)) is None


def test_a_null_clause_ending_at_a_semicolon_outside_parentheses_still_contradicts() -> None:
    claim = (
        "Cardiovascular death was reduced by sotagliflozin in heart failure with preserved "
        "ejection fraction."
    )
    found = contradiction(profile_claim(claim), profile_record(NULL_BEFORE_SEMICOLON))
    assert found is not None and found.reason == "no significant difference or effect"


# A trial stopped for harm: deaths in one sentence, its null primary outcome in the next, each
# with its ratio, interval and P value in parentheses.
STOPPED_FOR_HARM = Record(
    pmid="5",
    title="Intensive glucose lowering in type 2 diabetes.",
    abstract=(
        "We randomly assigned 9800 patients with type 2 diabetes to intensive or standard "
        "glucose lowering. The intensive arm was stopped early because 241 patients in it "
        "died, against 196 in the standard arm (hazard ratio, 1.23; 95% CI, 1.02 to 1.48; "
        "P=0.03). The primary outcome occurred in 340 patients in the intensive arm and 362 "
        "in the standard arm (hazard ratio, 0.93; 95% CI, 0.80 to 1.07; P=0.31). Intensive "
        "lowering increased mortality and did not significantly reduce major cardiovascular "
        "events."
    ),
)


def test_a_count_of_deaths_is_not_contradicted_by_another_outcome_s_null() -> None:
    # "occurred" ends the claim's outcome: the deaths, not the primary outcome that occurred.
    claim = (
        "In that trial, 45 more deaths occurred with intensive than with standard glucose "
        "lowering in type 2 diabetes (241 vs 196)."
    )
    assert contradiction(profile_claim(claim), profile_record(STOPPED_FOR_HARM)) is None
    # Trap: a claim of an effect the abstract denies is still contradicted.
    claim = "Intensive glucose lowering reduced major cardiovascular events in type 2 diabetes."
    found = contradiction(profile_claim(claim), profile_record(STOPPED_FOR_HARM))
    assert found is not None and found.reason == "no significant difference or effect"


# A trial of a falls programme that found no effect, written for these tests.
NULL_FALLS_TRIAL = Record(
    pmid="11",
    title="A ward falls-prevention programme in rehabilitation hospitals: a cluster trial.",
    abstract=(
        "We randomised 18 rehabilitation wards to a falls-prevention programme or usual care. "
        "The ward falls-prevention programme did not reduce fall injuries in rehabilitation "
        "hospitals compared with usual care (rate ratio, 0.94; P=0.61)."
    ),
)
NULL_NSAID_TRIAL = Record(
    pmid="12",
    title="Firocoxib or meloxicam paste for lameness in dogs with osteoarthritis.",
    abstract=(
        "Dogs with osteoarthritis received firocoxib or meloxicam paste for 14 days. "
        "Firocoxib paste was as effective as meloxicam paste for lameness in dogs with "
        "osteoarthritis, with fewer adverse events."
    ),
)


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        (
            "The ward falls-prevention programme was designed to decrease fall injuries in "
            "rehabilitation hospitals.",
            NULL_FALLS_TRIAL,
        ),
        (
            "Data come from a trial of a ward falls-prevention programme to decrease fall "
            "injuries in rehabilitation hospitals.",
            NULL_FALLS_TRIAL,
        ),
        (
            "Earlier work examined comparison of efficacy and safety of firocoxib and "
            "meloxicam paste in dogs with osteoarthritis.",
            NULL_NSAID_TRIAL,
        ),
    ],
)
def test_a_claim_stating_an_aim_or_a_design_is_no_contradiction(claim: str, record: Record) -> None:
    # What the trial set out to do is not its result (user33a P1-3).
    assert contradiction(profile_claim(claim), profile_record(record)) is None


def test_a_claim_of_the_effect_the_trial_did_not_find_still_contradicts() -> None:
    claim = (
        "The ward falls-prevention programme decreased fall injuries in rehabilitation hospitals."
    )
    found = contradiction(profile_claim(claim), profile_record(NULL_FALLS_TRIAL))
    assert found is not None and "did not reduce fall injuries" in found.sentence


# A primary result whose parentheses also report a secondary outcome's null (review33b P1-3).
SECONDARY_NULL_IN_PARENTHESES = Record(
    pmid="6",
    title="Empagliflozin in chronic heart failure with reduced ejection fraction.",
    abstract=(
        "We randomly assigned 3730 adults with chronic heart failure and a reduced ejection "
        "fraction to empagliflozin or placebo. Over 16 months, empagliflozin reduced "
        "hospitalisation for heart failure (hazard ratio, 0.69; 95% CI, 0.59 to 0.81; "
        "cardiovascular death was not significantly reduced, P=0.21). Serious adverse events "
        "were similar in the two groups."
    ),
)
# ... and one whose second part names the other outcome with no verb at all.
SECONDARY_OUTCOME_NAMED = Record(
    pmid="7",
    title="Empagliflozin in chronic heart failure with reduced ejection fraction.",
    abstract=(
        "We randomly assigned 3730 adults with chronic heart failure and a reduced ejection "
        "fraction to empagliflozin or placebo. Empagliflozin reduced hospitalisation for "
        "heart failure (hazard ratio, 0.69; 95% CI, 0.59 to 0.81; cardiovascular death, "
        "P=0.21)."
    ),
)


def test_a_secondary_outcome_s_null_inside_the_parentheses_is_its_own_clause() -> None:
    claim = "Empagliflozin reduced hospitalisation for heart failure in reduced ejection fraction."
    for record in (SECONDARY_NULL_IN_PARENTHESES, SECONDARY_OUTCOME_NAMED):
        assert contradiction(profile_claim(claim), profile_record(record)) is None


def test_a_claim_on_the_secondary_outcome_the_parentheses_deny_still_contradicts() -> None:
    # Trap: the null stays a finding about its own outcome.
    claim = "Empagliflozin reduced cardiovascular death in chronic heart failure."
    found = contradiction(profile_claim(claim), profile_record(SECONDARY_NULL_IN_PARENTHESES))
    assert found is not None and found.reason == "no significant difference or effect"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # Only a statistic after the break: one result, one clause.
        ("X lowered pain (hazard ratio, 0.74; 95% CI, 0.65 to 0.85; P<0.001).", 1),
        ("X lowered pain (P<0.001; P=0.80 for interaction).", 1),
        ("X lowered pain (risk ratio 0.9; absolute difference, 2.1 percentage points).", 1),
        # A verb or another outcome after the break: a clause of its own.
        ("X lowered pain (P<0.001; function was not significantly improved, P=0.40).", 2),
        ("X lowered pain (hazard ratio, 0.70; death from any cause, P=0.21).", 2),
        # Outside parentheses every break counts, as before.
        ("X lowered pain; function did not change (P=0.40).", 2),
    ],
)
def test_clauses_join_only_a_statistic_inside_parentheses(sentence: str, count: int) -> None:
    assert len(_clauses(sentence)) == count


# Null trials written for these tests: each found no effect on what the claims below say
# was reduced.
NULL_EXERCISE_TRIAL = Record(
    pmid="13",
    title="Home exercise programmes and the rate of falls in older adults: a randomised trial.",
    abstract=(
        "We randomised 900 older adults to a home exercise programme or usual care. "
        "The exercise programme did not reduce the rate of falls in older adults compared "
        "with usual care (rate ratio, 0.97; P=0.74)."
    ),
)
NULL_SEDENTARY_TRIAL = Record(
    pmid="14",
    title="Reducing sedentary time in adults with type 2 diabetes: a randomised trial.",
    abstract=(
        "Adults with type 2 diabetes were randomised to an intervention to reduce sedentary "
        "time or usual care. HbA1c did not differ between groups at 12 months (difference, "
        "-0.05%; P=0.58)."
    ),
)
NULL_BLOOD_PRESSURE_TRIAL = Record(
    pmid="15",
    title="Intensive blood pressure lowering and stroke in older adults: a randomised trial.",
    abstract=(
        "We randomised 4000 older adults to intensive or standard blood pressure targets. "
        "Intensive blood pressure lowering did not reduce stroke in older adults compared "
        "with standard targets (hazard ratio, 0.96; P=0.70)."
    ),
)


@pytest.mark.parametrize(
    ("claim", "record"),
    [
        (
            "Exercise programmes to prevent falls reduced the rate of falls by 23% in older "
            "adults.",
            NULL_EXERCISE_TRIAL,
        ),
        (
            "Interventions to reduce sedentary time reduced HbA1c by 0.3% in type 2 diabetes.",
            NULL_SEDENTARY_TRIAL,
        ),
        (
            "A strategy to lower blood pressure intensively reduced stroke by 25% in older adults.",
            NULL_BLOOD_PRESSURE_TRIAL,
        ),
    ],
)
def test_a_claim_naming_an_aim_and_asserting_the_effect_still_contradicts(
    claim: str, record: Record
) -> None:
    # The aim's effect word is skipped, the verb after it is the claim (review33a P1-4).
    assert contradiction(profile_claim(claim), profile_record(record)) is not None


@pytest.mark.parametrize(
    "claim",
    [
        "A trial designed to reduce falls and improve mobility in more frail older adults.",
        "A programme designed to prevent falls, and to lower the rate of falls, in older adults.",
    ],
)
def test_an_aim_that_goes_on_asserts_no_effect(claim: str) -> None:
    assert contradiction(profile_claim(claim), profile_record(NULL_EXERCISE_TRIAL)) is None
