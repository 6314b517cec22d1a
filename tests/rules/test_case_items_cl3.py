"""CL301 and CL303 on the short items of a society's journals (user31b): a case report's,
letter's or protocol's own numbers beside what it cites are the writer's; a wrong result
cited to its paper and a swapped citation are still found."""

from __future__ import annotations

from citelint.commands.pipeline import lint_documents
from citelint.config import Config
from citelint.models import Finding
from citelint.pubmed.outcomes import StaticResolver
from citelint.read import read_text
from citelint.record import Record


def record(pmid: str, title: str, abstract: str, kinds: list[str] | None = None) -> Record:
    return Record(
        pmid=pmid,
        title=title,
        journal="Journal of clinical items",
        year=2015,
        authors=["Varga T", "Oduya N"],
        abstract=abstract,
        publication_types=kinds or ["Journal Article"],
    )


TRANSPLANT = record(
    "39100001",
    "Autotransplantation of third molars to replace lost first molars in adolescents.",
    "Third molars with half to three quarters of root formed were transplanted into the "
    "sockets of lost first molars in 64 adolescents. Pulp healing was seen in 82% and the "
    "transplanted teeth survived in 93% after 5 years of follow-up.",
)
DEPRESSION_SCALE = record(
    "39100002",
    "A nine-item depression questionnaire: validity of a brief severity measure.",
    "The nine-item depression questionnaire was given to 6000 primary care patients. A score "
    "of 10 or more had a sensitivity of 88% and a specificity of 88% for major depression. "
    "Scores of 5, 10, 15 and 20 marked mild, moderate, moderately severe and severe depression.",
    ["Journal Article", "Validation Study"],
)
HETEROGENEITY = record(
    "39100003",
    "Quantifying heterogeneity in a meta-analysis.",
    "We develop measures of the impact of heterogeneity on a meta-analysis. The statistic "
    "describes the percentage of total variation across studies that is due to heterogeneity "
    "rather than chance, and does not depend on the number of studies.",
)
COLITIS = record(
    "39100004",
    "Ultrasonographic findings in horses with right dorsal colitis.",
    "Transabdominal ultrasonography of the right dorsal colon was done in horses with right "
    "dorsal colitis. The colon wall was thickened in every horse, to between 7 and 12 mm, "
    "against less than 5 mm in healthy horses.",
)


def findings(body: str, entries: list[tuple[str, Record]], code: str) -> list[Finding]:
    listed = "\n".join(
        f"{number}. Varga T, Oduya N. {r.title} J Clin Items. 2015;{number}:1-9. PMID: {r.pmid}"
        for number, (_, r) in enumerate(entries, start=1)
    )
    text = f"# Case report\n\n{body}\n\n## References\n\n{listed}\n"
    document = read_text(text, "case.md", "md")
    records = [r for _, r in entries]
    result = lint_documents([document], Config(select=[code]), StaticResolver(records))
    return result.findings


def cl301(body: str, *records: Record) -> list[str]:
    found = findings(body, [("", r) for r in records], "CL301")
    return [finding.message.split('"')[1] for finding in found]


def test_tooth_numbers_are_no_results() -> None:
    """user31b P1-9: 8 x CL301 on the teeth a dental review names by number."""
    body = (
        "When tooth #19 or #30 (Universal numbering; 36 and 46 in the FDI system) is lost in "
        "an adolescent, a third molar (#17, #32; FDI 38, 48) can be autotransplanted into "
        "the socket [1]."
    )
    assert cl301(body, TRANSPLANT) == []


def test_a_wrong_survival_beside_tooth_numbers_is_still_found() -> None:
    body = (
        "Third molars (tooth 38 or 48) transplanted to replace a lost first molar (tooth 36 "
        "or 46) in adolescents survived in 97% after 5 years [1]."
    )
    assert cl301(body, TRANSPLANT) == ["97"]


def test_a_clause_after_a_mid_sentence_citation_is_the_writer_s() -> None:
    """user31b P1-8: the protocol's own threshold after "I² [1];"."""
    body = (
        "Heterogeneity across studies in the meta-analysis will be quantified with I² [1]; "
        "values of 50% or more will be regarded as substantial."
    )
    assert cl301(body, HETEROGENEITY) == []
    after_semicolon = body.replace(" [1];", ";[1]").replace(";[1] ", ";[1] ")
    assert cl301(after_semicolon, HETEROGENEITY) == []


def test_a_result_after_its_citation_and_a_comma_is_still_checked() -> None:
    body = (
        "Transplanted third molars replacing lost first molars in adolescents survived [1], "
        "in 97% after 5 years."
    )
    assert cl301(body, TRANSPLANT) == ["97"]


def test_a_patient_s_scores_on_the_cited_questionnaire_are_hers() -> None:
    """user31b P1-4: "Her ... score was 8" cites the questionnaire, not a result of it."""
    body = (
        "Her nine-item depression questionnaire score was 8 and her score on the same "
        "questionnaire a month later was 13 [1]."
    )
    assert cl301(body, DEPRESSION_SCALE) == []
    cohort = (
        "Of the 1,412 patients seen in primary care, 611 (43.3%) had a depression "
        "questionnaire score of 10 or more at the first visit [1]."
    )
    assert cl301(cohort, DEPRESSION_SCALE) == []


def test_the_questionnaire_s_own_accuracy_is_still_checked() -> None:
    body = (
        "A nine-item depression questionnaire score of 10 or more had a sensitivity of 95% "
        "for major depression in primary care patients [1]."
    )
    assert cl301(body, DEPRESSION_SCALE) == ["95"]


def test_a_score_cited_to_a_paper_that_is_no_instrument_s_is_still_checked() -> None:
    body = (
        "Third molars transplanted to replace lost first molars in adolescents had a pulp "
        "healing score of 3 in 97% [1]."
    )
    assert "97" in cl301(body, TRANSPLANT)


def test_a_measurement_beside_the_cited_norm_is_the_case_s() -> None:
    """user31b P1-6: the horse's own 9 mm beside the normal range the source gives."""
    body = (
        "Ultrasonography showed a right dorsal colon wall thickness of 9 mm (reference, "
        "<5 mm) in this horse with right dorsal colitis [1]."
    )
    assert cl301(body, COLITIS) == []
    without_norm = (
        "Ultrasonography showed a right dorsal colon wall thickness of 14 mm in horses with "
        "right dorsal colitis [1]."
    )
    assert cl301(without_norm, COLITIS) == ["14"]
    cited_in_words = without_norm.replace("14 mm in", "14 mm (reference 1) in")
    assert "14" in cl301(cited_in_words, COLITIS)


SCALE_TRIAL = record(
    "39100005",
    "Effect of ketamine on depression rating scale scores: a randomized trial.",
    "Adults with resistant depression received ketamine or placebo. The depression rating "
    "scale score fell by 12 points with ketamine and by 4 with placebo at 4 weeks.",
    ["Journal Article", "Randomized Controlled Trial"],
)
SMOKING = record(
    "39100006",
    "Smoking and colitis in horses and their owners.",
    "Current smoking carried an odds ratio of 2.1 for colitis against never smokers.",
)


MADRS = record(
    "39100007",
    "A new depression scale designed to be sensitive to change.",
    "The scale's ten items were rated in 106 depressed patients; it separated responders from "
    "non-responders better than the older scale.",
)


def test_a_patient_s_score_on_a_classic_scale_is_hers() -> None:
    """lastread31b: "A new depression scale ...", "A rating scale for depression" are scale
    papers: the patient's score on them is no result of theirs."""
    body = "At admission her depression scale score was 32 and it fell to 12 by discharge [1]."
    assert cl301(body, MADRS) == []


def test_the_writer_s_own_figure_after_a_semicolon_citation_is_theirs() -> None:
    """user31b P1-8: "[3]; the proportion was 41.9% before the change" is the letter's own."""
    body = (
        "Smoking was linked with colitis in horses' owners [1]; the proportion of smokers was "
        "41.9% in our practice."
    )
    assert cl301(body, SMOKING) == []


def test_a_score_reported_by_a_trial_naming_its_scale_is_still_checked() -> None:
    """review31b P1-4: a trial's title names the scale it reports on; its scores are its."""
    body = "With ketamine the mean depression rating scale score was 20 at 4 weeks [1]."
    assert cl301(body, SCALE_TRIAL) == ["20"]


def test_an_odds_ratio_beside_its_reference_group_is_still_checked() -> None:
    """review31b P1-5: "(reference: never smokers)" names a baseline, not a norm."""
    body = (
        "Current smoking carried an odds ratio of 7.9 (reference: never smokers) for colitis [1]."
    )
    assert cl301(body, SMOKING) == ["7.9"]


def test_a_result_in_a_clause_after_a_mid_sentence_citation_is_still_checked() -> None:
    """review31b P1-6: "[1]; the odds ratio was 7.9" reports the cited paper's result."""
    body = "Smoking was linked with colitis in horses' owners [1]; the odds ratio was 7.9."
    assert cl301(body, SMOKING) == ["7.9"]
    joined = body.replace(" [1]; the", " [1], and the")
    assert cl301(joined, SMOKING) == ["7.9"]


FLAVOUR_BAN = record(
    "39100011",
    "Youth vaping and smoking after state bans on flavored tobacco products: a "
    "difference-in-differences analysis of Youth Risk Behavior Survey data.",
    "We used Youth Risk Behavior Survey data for 2015 to 2021 from states that banned the "
    "sale of flavored tobacco products and states that did not. Difference-in-differences "
    "models with state and year fixed effects, weighted for the survey design, showed that "
    "youth vaping fell after the bans while youth cigarette smoking rose.",
)
SURVEY_METHODS = record(
    "39100012",
    "Overview and methods for the Youth Risk Behavior Surveillance System.",
    "The Youth Risk Behavior Surveillance System monitors health behaviors of high school "
    "students through a national survey, conducted every two years, and state and local "
    "surveys. This report describes the survey's sampling, questionnaire, data collection, "
    "weighting and response rates, and how its data are used.",
)
DID_METHODS = record(
    "39100013",
    "Designing difference in difference studies: best practices for public health policy research.",
    "Difference in difference designs estimate the effects of policies by comparing "
    "changes over time between places that adopted a policy and places that did not. We "
    "review the assumptions of parallel trends, event study checks and the choice of "
    "comparison groups, and give best practices for public health policy research.",
)
METHODS_ENTRIES = [("", FLAVOUR_BAN), ("", SURVEY_METHODS), ("", DID_METHODS)]


def cl303(body: str) -> list[str]:
    return [f.message for f in findings(body, METHODS_ENTRIES, "CL303")]


def test_a_methods_sentence_citing_its_data_source_s_paper_is_right() -> None:
    """user31b P1-5: the survey's methods report is the source for using its data, however
    well a study that used the same data fits the sentence's words."""
    body = (
        "Several states banned the sale of flavored tobacco products [1].\n\n"
        "We used Youth Risk Behavior Survey data for 2019, 2021 and 2023 [2]. We fitted "
        "difference-in-differences models with state and year fixed effects, weighting for "
        "the survey design [3]."
    )
    assert cl303(body) == []


def test_a_methods_sentence_citing_another_method_s_paper_is_still_misnumbered() -> None:
    body = (
        "Several states banned the sale of flavored tobacco products [1].\n\n"
        "We used Youth Risk Behavior Survey data for 2019, 2021 and 2023 [3]."
    )
    assert [m.split(",")[0] for m in cl303(body)] == ["cited [3]"]
