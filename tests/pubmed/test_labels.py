"""Labels against records: tolerant where real labels are loose, firm where they disagree."""

from __future__ import annotations

import pytest
from label_records import DAPA, STIMULATION, record, verdict

from citelint.pubmed.label_fit import FITS, MISFITS, THIN, UNSURE, judge
from citelint.pubmed.labels import Clues, read_clues
from citelint.pubmed.record_index import index_record
from citelint.record import Record
from citelint.support.terms import key_terms


def test_clues_of_a_citation_like_label() -> None:
    clues = read_clues("HELIOS-HF, Okafor et al. NEJM 2019")
    assert clues.acronyms == ["HELIOS-HF"]
    assert clues.authors == ["Okafor"]
    assert clues.journals == ["N Engl J Med"]
    assert clues.years == [2019]
    assert clues.terms == set()


@pytest.mark.parametrize(
    ("label", "journal"),
    [
        ("N Engl J Med 2019", "N Engl J Med"),
        ("New England Journal of Medicine", "N Engl J Med"),
        ("Lancet Neurol 2020", "Lancet"),
        ("JAMA Neurology", "JAMA"),
        ("Stroke. 2019", "Stroke"),
    ],
)
def test_journal_names_and_abbreviations(label: str, journal: str) -> None:
    assert journal in read_clues(label).journals


@pytest.mark.parametrize(
    ("label", "journals"),
    [
        ("Sci Transl Med 2019", ["Sci Transl Med"]),
        ("J. Clin. Oncol. (2018)", ["J Clin Oncol"]),
        ("Lee AB, Sci Rep 2019", ["Sci Rep"]),
        # Whole words alone may be a topic: no journal without a shortened word.
        ("Lung Cancer 2019", []),
    ],
)
def test_a_journal_s_nlm_abbreviation_before_a_year(label: str, journals: list[str]) -> None:
    """Review17 F3: "Med" of "Sci Transl Med 2019" was read as an author's name."""
    clues = read_clues(label)
    assert clues.journals == journals
    assert "Med" not in clues.loose_authors and "Rep" not in clues.loose_authors


def test_a_journal_s_abbreviation_and_year_are_judged() -> None:
    gut = Record(
        pmid="30000001",
        title="Gut microbiome composition predicts response to anti-PD-1 immunotherapy.",
        journal="Science translational medicine",
        journal_abbrev="Sci Transl Med",
        year=2017,
        authors=["Lee AB", "Chen CD"],
    )
    row = read_clues("Veterans over 75 | 25%", with_years=False)

    def fit(label: str) -> str:
        return judge(read_clues(label), index_record(gut), row).verdict

    assert fit("Sci Transl Med 2017") == FITS
    assert fit("Sci Rep 2019") == MISFITS


@pytest.mark.parametrize(
    ("label", "abbreviation"),
    [
        ("Hum Reprod 2019", "Hum Reprod"),
        ("J Affect Disord 2019", "J Affect Disord"),
        ("Drug Alcohol Depend 2019", "Drug Alcohol Depend"),
        ("Ann Rheum Dis 2019", "Ann Rheum Dis"),
        ("Med J Aust 2019", "Med J Aust"),
        ("Nephrol Dial Transplant 2019", "Nephrol Dial Transplant"),
        ("Infect Control Hosp Epidemiol 2019", "Infect Control Hosp Epidemiol"),
        ("J Antimicrob Chemother 2019", "J Antimicrob Chemother"),
    ],
)
def test_more_nlm_abbreviations_name_their_journal(label: str, abbreviation: str) -> None:
    """fix14 left: the word list was closed, so "Hum" of "Hum Reprod" was no journal word
    and "Reprod" was read as an author: a right link was judged against its first author
    ("first author is Lee AB, not Dis": a false CL209 for "[Ann Rheum Dis 2019]")."""
    clues = read_clues(label)
    assert clues.journals == [abbreviation] and clues.loose_authors == []
    paper = Record(
        pmid="30000001",
        title="Embryo transfer outcomes in older women.",
        journal="A journal",
        journal_abbrev=abbreviation,
        year=2019,
        authors=["Lee AB", "Chen CD"],
    )
    other = Record(**{**paper.__dict__, "journal_abbrev": "Sci Rep", "year": 2016})
    row = read_clues("Veterans over 75 | 25%", with_years=False)
    assert judge(clues, index_record(paper), row).verdict == FITS
    assert judge(clues, index_record(other), row).verdict == MISFITS


def test_a_journal_and_year_label_with_a_wrong_year_alone_misfits() -> None:
    """fix14 left: "[Ann Intern Med 2013]" on its 2016 paper, beside a sentence that fits
    it, was not reported: the label says nothing but journal and year, and the year is
    wrong. One year off is an online-first year and fits; so does the right year."""
    statins = Record(
        pmid="30000002",
        title="Statin therapy and mortality in older adults: a cohort study.",
        journal="Annals of internal medicine",
        journal_abbrev="Ann Intern Med",
        year=2016,
        authors=["Orkaby AR", "Driver JA"],
        abstract="Statin use in adults aged 75 years or older was associated with lower "
        "all-cause mortality in a national cohort of veterans.",
    )
    sentence = read_clues(
        "In a national cohort of veterans aged 75 years or older, statin use was associated "
        "with lower all-cause mortality",
        with_years=False,
    )

    def fit(label: str) -> str:
        return judge(read_clues(label), index_record(statins), sentence).verdict

    assert fit("Ann Intern Med 2013") == MISFITS
    assert fit("Ann Intern Med 2017") == fit("Ann Intern Med 2016") == FITS
    # A year wrong beside the label's own topic words stays a slip.
    assert fit("Statins in veterans, Ann Intern Med 2013") != MISFITS


def test_a_journal_and_year_label_that_fits_is_not_judged_by_a_terse_row() -> None:
    """user19 P1 10b: "[NEJM 2022]" in a trials table whose row is "DELIVER | EF >40%,
    n = 6263 | HR 0.82": the label names only where and when the paper appeared, both the
    record's; the row's few words (a trial name the abstract never uses) do not make it wrong.
    A wrong year still does, and so does an author the record lacks."""
    deliver = Record(
        pmid="30000003",
        title="Dapagliflozin in Heart Failure with Mildly Reduced or Preserved Ejection Fraction.",
        journal="The New England journal of medicine",
        journal_abbrev="N Engl J Med",
        year=2022,
        authors=["Solomon SD", "McMurray JJV", "Claggett B"],
        abstract="We randomly assigned 6263 patients with heart failure and a left ventricular "
        "ejection fraction of more than 40% to receive dapagliflozin or matching placebo. "
        "The primary outcome was a composite of worsening heart failure or cardiovascular "
        "death (hazard ratio, 0.82; 95% CI, 0.73 to 0.92).",
    )
    row = read_clues("DELIVER | EF >40%, n = 6263 | HR 0.82", with_years=False)

    def fit(label: str) -> str:
        return judge(read_clues(label), index_record(deliver), row).verdict

    assert fit("NEJM 2022") == FITS
    assert fit("N Engl J Med 2022") == FITS
    assert fit("Solomon et al., NEJM 2022") == FITS
    assert fit("NEJM 2016") == MISFITS
    assert fit("Halvorsen et al., NEJM 2022") != FITS


def test_a_topical_journal_name_without_a_year_is_a_topic() -> None:
    clues = read_clues("Stroke prevention with venoxaban")
    assert clues.journals == [] and "strok" in clues.terms
    assert clues.drugs == ["venoxaban"]


def test_everyday_abbreviations_are_no_trial_names() -> None:
    clues = read_clues("RCT of SGLT2 inhibitors in HFrEF and AF (ESC 2019)")
    assert clues.acronyms == []


def test_a_label_in_capitals_has_no_acronyms() -> None:
    assert read_clues("HEART FAILURE PRACTICE GUIDELINE UPDATE").acronyms == []


@pytest.mark.parametrize(
    ("label", "pmid"),
    [
        ("HELIOS-HF", "99200001"),  # the trial's name is in the abstract only
        ("HELIOS-HF trial, Okafor et al., N Engl J Med 2019", "99200001"),
        ("Okafor 2020", "99200001"),  # online first: a year off is fine
        ("Okafor AN et al. Cardaflozin in HFrEF", "99200001"),
        (
            "Cardaflozin in patients with chronic heart failure and reduced ejection fraction",
            "99200001",
        ),
        ("MERIDIAN-AF (Granholm, Lancet 2011)", "99200006"),  # wrong journal, right paper
        ("GRANITE trial", "99200011"),
        ("Ocrelumab vs interferon in relapsing MS", "99200018"),
        ("Cochrane review: acupuncture to prevent migraine", "99200015"),
        ("Very early mobilisation after stroke", "99200023"),  # British spelling
        ("Early mobilization after stroke", "99200023"),
        ("guideline for early management of acute ischemic stroke", "99200012"),
    ],
)
def test_right_links_fit(label: str, pmid: str) -> None:
    assert verdict(label, pmid) == FITS


@pytest.mark.parametrize(
    ("label", "pmid"),
    [
        ("HELIOS-HF, Okafor et al. NEJM 2019", "99200031"),  # another field entirely
        ("KESTREL-Reduced, Moreau et al. 2020", "99200001"),  # a rival trial of the same class
        ("Ivanova et al., Circulation 2021", "99200035"),
        ("Rimegenumab for episodic migraine prevention", "99200036"),
        ("Statins after ischaemic stroke", "99200034"),
    ],
)
def test_wrong_links_misfit(label: str, pmid: str) -> None:
    assert verdict(label, pmid) == MISFITS


@pytest.mark.parametrize("label", ["link", "PubMed", "here", "Full text", "[1]", "study"])
def test_labels_that_say_nothing_are_not_judged(label: str) -> None:
    assert verdict(label, "99200031") == THIN


def test_a_bare_trial_name_with_a_fitting_row_is_left_undecided() -> None:
    # The row is about atrial fibrillation, like the record; only the name is missing.
    row = "Rhythm control in atrial fibrillation: catheter ablation versus drugs"
    assert verdict("TEMPEST", "99200008", row) == UNSURE


def test_a_bare_trial_name_alone_is_judged_by_what_the_document_is_about() -> None:
    tempest = read_clues("TEMPEST")
    orbit = index_record(record("99200008"))  # ablation in atrial fibrillation
    about_migraine = key_terms("Preventing migraine: monthly antibodies and acupuncture")
    about_rhythm = key_terms("Atrial fibrillation in older adults: ablation or drugs?")
    assert judge(tempest, orbit).verdict == UNSURE
    assert judge(tempest, orbit, document=about_migraine).verdict == MISFITS
    assert judge(tempest, orbit, document=about_rhythm).verdict == UNSURE


def test_a_spelled_out_abbreviation_is_no_disagreement() -> None:
    # "ICH" is spelled out as "intracerebral haemorrhage" in the record.
    assert verdict("Anticoagulation after ICH in AF", "99200024") == FITS


def test_shared_words_count_only_for_agreement() -> None:
    sentence = read_clues("HELIOS-HF and KESTREL-Reduced showed the same benefit", False)
    alone = judge(sentence, index_record(record("99200001")), sentence, sentence=True)
    shared = judge(sentence, index_record(record("99200001")), sentence, True, shared=True)
    assert "never mentions KESTREL-Reduced" in alone.against
    assert shared.against == []


def test_a_sentence_about_another_topic_misfits() -> None:
    sentence = read_clues("Zinc lozenges do not shorten colds in adults with heart failure", False)
    fit = judge(sentence, index_record(record("99200006")), sentence, sentence=True)
    assert fit.verdict == MISFITS
    fitting = judge(sentence, index_record(record("99200036")), sentence, sentence=True)
    assert fitting.verdict != MISFITS


def test_lay_words_count_through_their_medical_terms() -> None:
    # The record says "anticoagulation" and "intracerebral haemorrhage".
    assert verdict("Blood thinners after a brain bleed", "99200024") == FITS


def test_accented_and_hyphenated_surnames_are_names_not_topics() -> None:
    clues = read_clues("Montalbán-López 2021")
    assert clues.loose_authors == ["Montalbán-López"] and clues.terms == set()


def test_a_trial_name_the_abstract_holds_fits_beside_a_sentence_of_numbers() -> None:
    """claims13: "[DAPA-HF](...)" after "The absolute risk reduction was about 4.9 percentage
    points, an NNT of about 21" misfit: the sentence's words, not the label, gave the topic."""
    numbers = "The absolute risk reduction was about 36 percentage points, a number needed of 3"
    assert verdict("AURORA", "99200009", numbers) == FITS
    # A trial the record never mentions still misfits beside the same sentence.
    assert verdict("TEMPEST", "99200009", numbers) == MISFITS


def _heart_failure_trial(sections: list[tuple[str | None, str]]) -> Record:
    abstract = " ".join(f"{label}: {text}" if label else text for label, text in sections)
    return Record(
        pmid="36027570",
        title="Dapagliflozin in Heart Failure with Mildly Reduced or Preserved Ejection Fraction.",
        abstract=abstract,
        abstract_sections=[s for s in sections if s[0]],
        journal="The New England journal of medicine",
        journal_abbrev="N Engl J Med",
        year=2022,
        authors=["Solomon SD", "McMurray JJV"],
    )


_DELIVER = [
    ("BACKGROUND", "Dapagliflozin lowered worsening heart failure in DAPA-HF, in reduced EF."),
    ("METHODS", "We randomly assigned 6263 patients with an ejection fraction above 40%."),
    ("RESULTS", "The primary outcome occurred in 16.4% and 19.5% (hazard ratio, 0.82)."),
    ("CONCLUSIONS", "Dapagliflozin reduced heart failure events. (DELIVER number, NCT03619213.)"),
]


@pytest.mark.parametrize("structured", [True, False], ids=["sections", "labels in the text"])
def test_a_trial_the_background_recalls_does_not_outweigh_an_off_topic_sentence(
    structured: bool,
) -> None:
    """review17 F8: "[DAPA-HF](DELIVER's PMID)" after a sentence on blood-pressure targets fit,
    because DELIVER's background recalls DAPA-HF. Only the record's own trial outweighs it."""
    sections = _DELIVER if structured else [(None, " ".join(f"{a}: {b}" for a, b in _DELIVER))]
    index = index_record(_heart_failure_trial(sections))
    sentence = read_clues(
        "Intensive systolic blood pressure targets below 120 mm Hg lowered stroke and "
        "cardiovascular events in older adults without diabetes",
        with_years=False,
    )
    assert judge(read_clues("DAPA-HF"), index, sentence).verdict == MISFITS
    # The record's own trial, named where it reports itself, still outweighs the sentence.
    assert judge(read_clues("DELIVER"), index, sentence).verdict == FITS


def test_a_drug_class_in_lay_words_covers_the_record_s_drug() -> None:
    """review16: "Steroids help the sickest patients with the virus ([N Engl J Med 2021](...))"
    on RECOVERY's dexamethasone paper misfit: no word of the sentence was in the record."""
    index = index_record(
        Record(
            pmid="32678530",
            title="Dexamethasone in Hospitalized Patients with Covid-19.",
            abstract="RESULTS: Death within 28 days occurred in 22.9% with dexamethasone and "
            "in 25.7% with usual care (rate ratio, 0.83). CONCLUSIONS: In patients "
            "hospitalized with Covid-19, dexamethasone resulted in lower 28-day mortality.",
            journal="The New England journal of medicine",
            journal_abbrev="N Engl J Med",
            year=2021,
            authors=["Horby P", "Lim WS"],
        )
    )
    label = read_clues("N Engl J Med 2021")

    def context(sentence: str) -> Clues:
        return read_clues(sentence, with_years=False)

    lay = context("Steroids help the sickest patients with the virus")
    assert judge(label, index, lay).verdict != MISFITS
    # A sentence about something else still makes the same label misfit.
    other = context("Zinc lozenges do not shorten colds in adults with heart failure")
    assert judge(label, index, other).verdict == MISFITS


def test_a_label_whose_author_journal_and_year_all_differ_misfits() -> None:
    """user19 P2: "[Anker, Lancet 2022]" and "[DELIVER, Solomon NEJM 2022]" on the 2019 NEJM
    trial by McMurray passed, as the sentence's drug was found in the record. A first author
    without "et al." before a journal is read as an author; the right paper with a year
    wrong and a trial name its abstract never spells out stays unjudged."""
    trial = Record(
        pmid="30000004",
        title="Dapagliflozin in Patients with Heart Failure and Reduced Ejection Fraction.",
        journal="The New England journal of medicine",
        journal_abbrev="N Engl J Med",
        year=2019,
        authors=["McMurray JJV", "Solomon SD", "Inzucchi SE"],
        abstract="We randomly assigned 4744 patients with heart failure and an ejection "
        "fraction of 40% or less to receive dapagliflozin or placebo. Worsening heart failure "
        "or cardiovascular death occurred in 16.3% and 21.2% (hazard ratio, 0.74).",
    )
    sentence = read_clues(
        "Dapagliflozin showed a similar benefit with mildly reduced or preserved ejection fraction",
        with_years=False,
    )

    def fit(label: str) -> str:
        return judge(read_clues(label), index_record(trial), sentence).verdict

    assert read_clues("DELIVER, Solomon NEJM 2022").loose_authors == ["Solomon"]
    assert read_clues("Trial, NEJM 2019").loose_authors == []
    assert fit("Anker, Lancet 2022") == MISFITS
    assert fit("DELIVER, Solomon NEJM 2022") == MISFITS
    assert fit("DAPA-HF, McMurray NEJM 2022") != MISFITS
    assert fit("McMurray NEJM 2019") == FITS
    assert fit("McMurray, Lancet 2019") != MISFITS


GENETICS = Record(
    pmid="39990022",
    title="Rare variants of a potassium channel gene in familial atrial fibrillation.",
    journal="International journal of molecular sciences",
    journal_abbrev="Int J Mol Sci",
    year=2024,
    authors=["Okonjo AB", "Lindqvist P", "Sankar R"],
    abstract="We sequenced 212 families with atrial fibrillation and found rare variants of "
    "a potassium channel gene in 14 of them.",
)


def test_a_journal_after_et_al_is_the_journal_not_a_second_name() -> None:
    """claims20 left: "[Halvorsen et al., Neuromodulation 2019]" on DAPA-HF's record was
    missed: "Neuromodulation" was read as a loose name beside a named author, and ignored."""
    clues = read_clues("Halvorsen et al., Neuromodulation 2019")
    assert clues.journals == ["Neuromodulation"]
    assert clues.loose_authors == []
    trial = index_record(DAPA)
    sentence = read_clues(
        "Dapagliflozin lowered worsening heart failure with a reduced ejection fraction",
        with_years=False,
    )
    fit = judge(clues, trial, sentence)
    assert fit.verdict == MISFITS
    assert "appeared in N Engl J Med, not Neuromodulation" in fit.against


@pytest.mark.parametrize(
    "label",
    [
        "Halvorsen et al., Neuromodulation 2019",
        "Halvorsen et al. Neuromodulation 2019",
        "Halvorsen et al., Neuromodulation, 2019",
        "Halvorsen and colleagues, Neuromodulation 2019",
        "Mbeki et al., Neuromodulation 2019",
        "Castellano et al., Neuromodulation (2019)",
        "Halvorsen et al., Neuromod 2019",
        "Halvorsen et al., 2019",
        "Halvorsen et al., March 2019",
        # review21a P2-1: how or when it came out is no journal.
        "Halvorsen et al., Epub 2019",
        "Halvorsen et al., Published Online 2019",
        "Halvorsen et al., Presented 2019",
        "Halvorsen et al., Erratum 2019",
        "Halvorsen et al., Supplement 2019",
        "Halvorsen et al., Accessed 2019",
    ],
)
def test_right_labels_naming_an_unlisted_journal_after_et_al_fit(label: str) -> None:
    fit = judge(read_clues(label), index_record(STIMULATION))
    assert fit.verdict != MISFITS
    assert not any("appeared in" in point for point in fit.against), fit.against


@pytest.mark.parametrize(
    "label",
    [
        "Okonjo et al., International Journal of Molecular Sciences 2024",
        "Sankar et al., International Journal of Molecular Sciences 2024",
        "Lindqvist and colleagues, International Journal of Molecular Sciences, 2024",
        "Sankar et al., Int J Mol Sci 2024",
    ],
)
def test_a_long_journal_name_after_et_al_is_no_topic(label: str) -> None:
    """A right label naming a later author and the journal in full: its words are no topic
    the record must cover (they made a right label misfit before)."""
    assert judge(read_clues(label), index_record(GENETICS)).verdict != MISFITS


def test_a_plan_line_naming_other_drugs_fits_the_record_of_the_one_it_cites_for() -> None:
    """A bare PMID at the end of a plan line cites for the drug started: the other drugs
    of the line are no disagreement ("never mentions furosemide; ... bisoprolol")."""
    trial = index_record(
        Record(
            pmid="30000005",
            title="Dapagliflozin in Heart Failure with Mildly Reduced or Preserved Ejection "
            "Fraction.",
            journal="The New England journal of medicine",
            journal_abbrev="N Engl J Med",
            year=2022,
            authors=["Solomon SD", "McMurray JJV"],
            abstract="We randomly assigned 6263 patients with heart failure and a left "
            "ventricular ejection fraction of more than 40% to dapagliflozin or placebo. "
            "Dapagliflozin reduced the combined risk of worsening heart failure or "
            "cardiovascular death.",
        )
    )

    def fit(sentence: str) -> str:
        clues = read_clues(sentence, with_years=False)
        return judge(clues, trial, clues, sentence=True).verdict

    plan = "Plan: furosemide 40 mg PO daily; continue bisoprolol 5 mg daily; start dapagliflozin"
    assert fit(f"{plan} 10 mg once daily") != MISFITS
    # A line about other drugs only is still another paper's.
    assert fit("Plan: furosemide 40 mg PO daily; continue bisoprolol 5 mg daily") == MISFITS


def test_a_note_s_shorthand_around_a_pmid_is_no_disagreement() -> None:
    """user22 P1 4: a clinician's shorthand beside a bare PMID ("CARDA", "WHF", "CVD") is
    neither spelled out nor named by the record; only capitals a sentence gives as a study's
    name (long, hyphenated after a word, or called a trial) tell against it."""
    record_index = index_record(record("99200001"))
    for text in (
        "CARDA lowered WHF or CVD in HFrEF",
        "CARDA 10 mg qd; IL-6RA not indicated",
        "Continue CARDA; HFNC for hypoxia",
    ):
        sentence = read_clues(text, False)
        fit = judge(sentence, record_index, sentence, sentence=True)
        assert fit.against == [] and fit.verdict != MISFITS, text
    for text, named in (
        ("KESTREL-Reduced showed the same benefit in heart failure", "KESTREL-Reduced"),
        ("The TEMPEST trial showed the same benefit in heart failure", "TEMPEST"),
        ("The BOLT trial showed the same benefit in heart failure", "BOLT"),
        ("In BOLT, cardaflozin showed the same benefit in heart failure", "BOLT"),
    ):
        sentence = read_clues(text, False)
        fit = judge(sentence, record_index, sentence, sentence=True)
        assert f"never mentions {named}" in fit.against, text
