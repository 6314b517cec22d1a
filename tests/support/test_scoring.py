"""Support scores, evidence sentences, numbers and study designs for claims against records."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from citelint.pubmed.pubmed_xml import parse_pubmed_articles
from citelint.record import Record
from citelint.support.scoring import (
    SUPPORT_THRESHOLD,
    assess,
    best_entries,
    design_conflict,
    split_sentences,
)

STIMULATION = Record(
    pmid="1",
    title="Spinal cord stimulation for leg pain in lumbar spinal stenosis.",
    abstract=(
        "We followed 40 patients with lumbar spinal stenosis treated with spinal cord "
        "stimulation (SCS). Leg pain on the visual analogue scale fell from 7.8 \u00b1 1.9 to "
        "3.1 \u00b1 2.2 (p < 0.001) over a mean follow-up of 22 months. Two systems were "
        "removed for infection."
    ),
    publication_types=["Journal Article"],
)
BALANCE = Record(
    pmid="2",
    title="Paraspinal denervation and postural balance in spinal stenosis.",
    abstract=(
        "Falls are common in spinal stenosis. Paraspinal mapping scores correlated with "
        "limits of stability (r = 0.71), whereas leg pain did not correlate with balance."
    ),
)
FRACTURES = Record(
    pmid="3",
    title="Vitamin D and fractures in older adults: a randomised trial.",
    abstract=(
        "We randomised 4128 adults aged 70 or older to vitamin D or placebo. Nonvertebral "
        "fractures occurred in 6.9% and 7.3% (hazard ratio 0.94)."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
CLAIM = (
    "SCS relieved leg pain in lumbar spinal stenosis, with VAS scores falling from 7.8 \u00b1 1.9 "
    "to 3.1 \u00b1 2.2 over 22 months."
)


def test_a_paraphrase_of_the_abstract_is_well_supported() -> None:
    support = assess(CLAIM, STIMULATION)
    assert support.score > 0.5
    assert support.evidence is not None and "7.8" in support.evidence
    assert support.evidence_score > 0.25
    assert [q.raw for q in support.numbers_found] == ["7.8", "1.9", "3.1", "2.2", "22"]
    assert support.numbers_missing == []
    assert support.design_conflict is None


def test_an_unrelated_record_scores_below_the_threshold() -> None:
    support = assess(CLAIM, FRACTURES)
    assert support.score < SUPPORT_THRESHOLD
    assert len(support.numbers_missing) == 5


def test_a_changed_number_is_missing_but_the_rest_found() -> None:
    support = assess(CLAIM.replace("7.8", "8.8"), STIMULATION)
    assert [q.raw for q in support.numbers_missing] == ["8.8"]


def test_the_evidence_is_the_sentence_that_matches_the_claim() -> None:
    support = assess("Two spinal cord stimulation systems were removed for infection.", STIMULATION)
    assert support.evidence == "Two systems were removed for infection."


def test_abbreviations_the_abstract_defines_count_for_the_claim() -> None:
    with_abbreviation = assess("SCS relieves pain.", STIMULATION)
    assert {"cord", "spin"} <= with_abbreviation.claim_terms


def test_a_ward_note_s_shorthand_meets_the_abstract_s_words() -> None:
    """user23 P1 17: "TXA reduced PPH after CS" and "NAC no benefit for CI-AKI" scored under
    the threshold (CL302) against abstracts that spell the drugs and conditions out."""
    bleeding = Record(
        pmid="4",
        title="Tranexamic acid for haemorrhage after caesarean section: a randomised trial.",
        abstract=(
            "We randomised 4200 women undergoing caesarean section to tranexamic acid or "
            "placebo. Postpartum haemorrhage occurred in 7.3% and 8.9%."
        ),
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )
    contrast = Record(
        pmid="5",
        title="Acetylcysteine to prevent contrast-associated acute kidney injury.",
        abstract=(
            "Patients undergoing angiography received oral acetylcysteine or placebo. "
            "Contrast-associated acute kidney injury occurred in 9.5% and 9.1%."
        ),
        publication_types=["Journal Article", "Randomized Controlled Trial"],
    )
    assert assess("TXA reduced PPH after CS.", bleeding).score >= SUPPORT_THRESHOLD
    assert assess("NAC no benefit for CI-AKI.", contrast).score >= SUPPORT_THRESHOLD
    assert assess("NAC no benefit for CI-AKI.", STIMULATION).score < SUPPORT_THRESHOLD


def test_a_claim_without_content_words_scores_zero() -> None:
    support = assess("It was so.", STIMULATION)
    assert support.score == 0.0
    assert support.evidence is None


def test_a_record_without_abstract_is_scored_on_its_title() -> None:
    record = Record(pmid="9", title="Spinal cord stimulation in lumbar spinal stenosis.")
    support = assess("Spinal cord stimulation helps in lumbar spinal stenosis.", record)
    assert support.evidence == record.title
    assert support.score > 0.5


def test_best_entries_ranks_every_entry_for_the_claim() -> None:
    claim = "Paraspinal denervation correlates with poor balance in spinal stenosis."
    ranking = best_entries(claim, {1: STIMULATION, 2: BALANCE, 3: FRACTURES})
    assert [entry for entry, _ in ranking] == [2, 1, 3]
    assert ranking[0][1] > ranking[1][1] > ranking[2][1]


def test_sentences_do_not_break_after_abbreviations() -> None:
    text = "Smith et al. found this. Risk fell vs. placebo (p = 0.01). It lasted."
    assert split_sentences(text) == [
        "Smith et al. found this.",
        "Risk fell vs. placebo (p = 0.01).",
        "It lasted.",
    ]


def test_design_named_in_the_claim_is_checked_against_types_and_abstract() -> None:
    assert design_conflict("A meta-analysis found pain relief.", STIMULATION)
    assert design_conflict("A randomized trial found pain relief.", STIMULATION)
    assert design_conflict("A randomized trial found fewer fractures.", FRACTURES) is None
    # Nothing in PubMed names a cohort design, but the abstract shows it was followed up.
    assert design_conflict("A cohort study followed patients.", STIMULATION) is None


def test_a_design_named_only_as_missing_is_no_conflict() -> None:
    for claim in (
        "No randomized trial has tested stimulation; the evidence is a retrospective cohort.",
        "Randomized trials are still needed, as this retrospective cohort shows.",
        "There is a lack of randomized evidence for stimulation.",
    ):
        assert design_conflict(claim, STIMULATION) is None, claim
    assert design_conflict("A randomized trial, not a cohort, found relief.", STIMULATION)


def test_the_abstract_can_confirm_a_design_the_types_miss() -> None:
    record = Record(
        pmid="5",
        title="Exercise for back pain",
        abstract="We pooled 12 trials in a meta-analysis of exercise for back pain.",
        publication_types=["Journal Article"],
    )
    assert design_conflict("A meta-analysis showed exercise helps back pain.", record) is None


def test_a_guideline_claim_conflicts_with_a_trial_record() -> None:
    reason = design_conflict("Guidelines recommend vitamin D for fracture prevention.", FRACTURES)
    assert reason is not None
    assert "guideline" in reason and "Randomized Controlled Trial" in reason


def test_without_abstract_only_clearly_non_research_types_conflict() -> None:
    bare = Record(pmid="6", title="Stimulation in stenosis", publication_types=["Journal Article"])
    assert design_conflict("A randomized trial of stimulation.", bare) is None
    editorial = Record(pmid="7", title="Stimulation in stenosis", publication_types=["Editorial"])
    reason = design_conflict("A randomized trial of stimulation.", editorial)
    assert reason is not None and "no abstract" in reason


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=300))
def test_any_claim_and_abstract_give_a_score_between_zero_and_one(
    claim: str, abstract: str
) -> None:
    support = assess(claim, Record(pmid="8", title="t", abstract=abstract))
    assert 0.0 <= support.score <= 1.0
    assert 0.0 <= support.evidence_score <= 1.0


def test_evidence_comes_from_the_abstract_not_the_title() -> None:
    pubmed = Path(__file__).resolve().parents[2] / "fixtures" / "entrez" / "pubmed"
    record = parse_pubmed_articles((pubmed / "39990004.xml").read_bytes())[0]
    claim = "Intradiscal platelet-rich plasma relieves symptoms of lumbar spinal stenosis."
    support = assess(claim, record)
    assert support.evidence is not None and support.evidence != record.title
    assert support.evidence in record.abstract


def test_word_weights_read_from_the_table_equal_wordfreq() -> None:
    from wordfreq import zipf_frequency

    from citelint.support.informative import zipf

    for word in ("apoptosis", "patients", "play", "hospitalisation", "xqzvbnonword", "covid-19"):
        assert zipf(word) == zipf_frequency(word, "en")


def test_a_record_is_read_for_numbers_only_when_a_claim_with_numbers_is_scored() -> None:
    from citelint.support.profiles import profile_record

    profile = profile_record(STIMULATION)
    assert "numbers" not in vars(profile) and "pairs" not in vars(profile)
    from citelint.support.scoring import assess_profile

    assess_profile("Spinal cord stimulation eased leg pain in spinal stenosis.", profile)
    assert "numbers" not in vars(profile)
    support = assess_profile("Leg pain fell from 7.8 to 3.1 with spinal cord stimulation.", profile)
    assert "numbers" in vars(profile)
    assert [q.raw for q in support.numbers_found] == ["7.8", "3.1"]


def test_the_cheap_upper_bound_is_never_below_the_score() -> None:
    from citelint.support.profiles import profile_claim, profile_record
    from citelint.support.scoring import TermScorer

    scorer = TermScorer()
    records = [STIMULATION, BALANCE, FRACTURES]
    claims = [
        "Spinal cord stimulation eased leg pain from 7.8 to 3.1 in spinal stenosis.",
        "Paraspinal mapping scores correlated with limits of stability (r = 0.71).",
        "Vitamin D did not prevent fractures in older adults.",
        "Leg pain and balance in stenosis.",
    ]
    for text in claims:
        claim = profile_claim(text)
        for record in records:
            profile = profile_record(record)
            assert scorer.upper_bound(claim, profile) + 1e-4 >= scorer.assess(claim, profile).score


RECOVERY = Record(
    pmid="32678530",
    title="Dexamethasone in Hospitalized Patients with Covid-19.",
    abstract=(
        "BACKGROUND: Coronavirus disease 2019 (Covid-19) is associated with diffuse lung "
        "damage. METHODS: In this controlled, open-label trial, we randomly assigned patients "
        "to receive oral or intravenous dexamethasone (at a dose of 6 mg once daily) for up to "
        "10 days or to receive usual care alone. RESULTS: Death within 28 days occurred in "
        "22.9% in the dexamethasone group and in 25.7% in the usual care group (rate ratio, "
        "0.83). CONCLUSIONS: In patients hospitalized with Covid-19, the use of dexamethasone "
        "resulted in lower 28-day mortality among those who were receiving either invasive "
        "mechanical ventilation or oxygen alone."
    ),
)


def test_lay_words_count_as_partial_matches_of_their_medical_terms() -> None:
    """review16 medlabel2 / claims14 left: 'Steroids help the sickest patients with the virus'
    cited to RECOVERY was a false CL302 (0.05): its lay words were not read by the score."""
    assert assess("Steroids help the sickest patients with the virus.", RECOVERY).score > (
        SUPPORT_THRESHOLD
    )
    # One lay word alone does not carry an off-topic claim over the threshold.
    for claim in (
        "Statins help the sickest patients with the virus.",
        "Steroids prevent fractures in older women.",
    ):
        assert assess(claim, RECOVERY).score < SUPPORT_THRESHOLD


DABIGATRAN_TRIAL = Record(
    pmid="31",
    title="Dabigatran compared with warfarin for stroke prevention in atrial fibrillation.",
    abstract=(
        "We randomly assigned 18,000 patients with atrial fibrillation to blinded doses of "
        "dabigatran or to open-label adjusted-dose warfarin. Stroke or systemic embolism "
        "occurred at 1.1% per year with dabigatran and 1.7% per year with warfarin. Major "
        "bleeding was less frequent with the lower dose of dabigatran."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)
KNEE_TRIAL = Record(
    pmid="32",
    title="Supervised exercise for knee osteoarthritis in older adults.",
    abstract=(
        "We randomly assigned 210 adults with knee osteoarthritis to supervised exercise or "
        "advice. Knee pain fell more with supervised exercise at 12 weeks."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)


def test_a_guideline_s_drug_class_abbreviations_match_the_members_an_abstract_names() -> None:
    """user30b P1-11: 'DOACs are recommended in preference to VKAs [1, 2]' citing RE-LY and
    ARISTOTLE scored 0.00 (CL302): the abstracts say dabigatran, apixaban and warfarin."""
    claim = "DOACs are recommended in preference to VKAs."
    assert assess(claim, DABIGATRAN_TRIAL).score >= SUPPORT_THRESHOLD
    assert assess("NOACs are preferred over VKA therapy.", DABIGATRAN_TRIAL).score > 0
    # The class words carry no paper that names none of their members.
    assert assess(claim, KNEE_TRIAL).score < SUPPORT_THRESHOLD
    assert assess("SGLT2i and GLP-1 RAs are preferred in diabetes.", DABIGATRAN_TRIAL).score == 0


WEIGHT_TRIAL = Record(
    pmid="33",
    title="Weekly semaglutide in adults with obesity.",
    abstract=(
        "We randomly assigned 1,900 adults with a body-mass index of 30 or more to weekly "
        "subcutaneous semaglutide or placebo with lifestyle advice. Body weight fell by 14.9% "
        "with semaglutide and by 2.4% with placebo at week 68."
    ),
    publication_types=["Journal Article", "Randomized Controlled Trial"],
)


def test_a_brand_name_counts_as_a_partial_match_of_its_generic() -> None:
    """user32b P1-2: 'Wegovy helped people lose weight [5]' citing STEP 1 scored 0.11 (CL302):
    the abstract names semaglutide, never the brand."""
    assert assess("Wegovy helped people lose weight.", WEIGHT_TRIAL).score >= SUPPORT_THRESHOLD
    assert assess("Ozempic cut body weight.", WEIGHT_TRIAL).score >= SUPPORT_THRESHOLD
    # Another drug's brand, or the brand on an off-topic outcome, stays below.
    for claim in ("Saxenda helped people lose weight.", "Wegovy prevented fractures in women."):
        assert assess(claim, WEIGHT_TRIAL).score < SUPPORT_THRESHOLD
