"""Numbers in claims: found with their role, normalised, and looked up in a source."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citelint.support.numbers import Quantity, extract_numbers, normalise, shown_role
from citelint.support.sources import matches, source_numbers


def found(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.role) for q in extract_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mean ± SD, p-values and durations, as AI answers write them
        (
            "scores decreased from 7.4 ± 2.3 to 2.8 ± 2.4 (p < 0.05) over a 27-month follow-up",
            [
                (7.4, "mean-sd"),
                (2.3, "mean-sd"),
                (2.8, "mean-sd"),
                (2.4, "mean-sd"),
                (0.05, "p-value"),
                (27.0, "duration"),
            ],
        ),
        ("7.4 +/- 2.3", [(7.4, "mean-sd"), (2.3, "mean-sd")]),
        # confidence intervals in their usual spellings; the 95 of "95% CI" is no claim
        (
            "mean difference -1.63; 95% CI: -2.68, -0.57; p = 0.002",
            [
                (-1.63, "mean-difference"),
                (-2.68, "ci"),
                (-0.57, "ci"),
                (0.002, "p-value"),
            ],
        ),
        ("(95% CI -2.68 to -0.57)", [(-2.68, "ci"), (-0.57, "ci")]),
        ("95% confidence interval 1.2-3.4", [(1.2, "ci"), (3.4, "ci")]),
        # unicode minus, en dash ranges and Lancet raised decimal points
        (
            "MD \u22121\u00b763 (95% CI \u22122\u00b768 to \u22120\u00b757)",
            [
                (-1.63, "mean-difference"),
                (-2.68, "ci"),
                (-0.57, "ci"),
            ],
        ),
        (
            "HR 0\u00b775 (95% CI 0\u00b761\u20130\u00b792)",
            [
                (0.75, "hazard-ratio"),
                (0.61, "ci"),
                (0.92, "ci"),
            ],
        ),
        ("hazard ratio of 0.81", [(0.81, "hazard-ratio")]),
        ("OR 2.1", [(2.1, "odds-ratio")]),
        ("adjusted odds ratio 0.88", [(0.88, "odds-ratio")]),
        ("relative risk 0.74", [(0.74, "risk-ratio")]),
        ("standardised mean difference \u22120.25", [(-0.25, "mean-difference")]),
        # sample sizes, thousands separators (comma and thin space), percentages
        ("n = 120", [(120.0, "sample-size")]),
        ("1,234 patients", [(1234.0, "sample-size")]),
        ("71\u2009553 participants", [(71553.0, "sample-size")]),
        ("45% of 120 patients", [(45.0, "percent"), (120.0, "sample-size")]),
        ("reduced by 31 per cent", [(31.0, "percent")]),
        # doses and durations, with the unit glued on or after a range
        ("ketamine 0.5 mg/kg over 40 minutes", [(0.5, "dose"), (40.0, "duration")]),
        ("5mg daily", [(5.0, "dose")]),
        ("10-20 mg for 12 weeks", [(10.0, "dose"), (20.0, "dose"), (12.0, "duration")]),
        ("a 6-week programme", [(6.0, "duration")]),
        # p-values written without the leading zero
        ("P=.002", [(0.002, "p-value")]),
        ("p \u2264 0.01", [(0.01, "p-value")]),
        # plain numbers stay, with no role to name
        ("a score of 58 points", [(58.0, "plain")]),
    ],
)
def test_numbers_are_found_with_their_role(text: str, expected: list[tuple[float, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "published in 2019",  # a year
        "between 2012 and 2016",
        "type 2 diabetes",  # numbers that name things
        "a phase 3 trial",
        "see Figure 2",
        "IL-6 and COVID-19",  # part of a name
        "T2DM, HbA1c and SGLT2",
        "the 3rd visit",  # ordinals
        "level 2 or level 3 hypoglycaemia",
        "sodium\u2013glucose cotransporter 2 inhibitors",  # numbered molecules
        "interleukin 6 and dipeptidyl peptidase 4",
        "SGLT 2 and DPP 4 inhibitors",
    ],
)
def test_things_that_are_not_measurements_are_left_out(text: str) -> None:
    assert extract_numbers(text) == []


def test_a_clock_time_or_a_date_is_no_measurement() -> None:
    """user26 P1-6: a care plan's "03/03 06:00" was four numbers to find in the abstract."""
    assert found("03/03 06:00: MAP 68") == [(68.0, "plain")]
    assert extract_numbers("admitted 02/03/2025, reviewed at 23:15 and again in 05/2026") == []
    # A ratio or a count keeps its numbers: no zero, no year.
    assert [value for value, _ in found("pain 3/10; 12/40 patients; diluted 1:10")] == [
        3.0,
        10.0,
        12.0,
        40.0,
        1.0,
        10.0,
    ]


def test_a_measurement_after_a_label_word_stays() -> None:
    assert found("HbA1c level 7.4%") == [(7.4, "percent")]
    assert [value for value, _ in found("a glucose level 3.9 mmol/L")] == [3.9]


def test_a_year_with_a_unit_is_a_measurement() -> None:
    assert found("a dose of 2000 mg") == [(2000.0, "dose")]
    assert found("2000 patients") == [(2000.0, "sample-size")]


def test_a_thousand_glued_as_k_scales_a_count_and_nothing_else() -> None:
    text = "12k patients, 1.2K controls and 5k. A 12kg child, a 40kDa protein, 12k/year."
    assert [(q.raw, q.role, q.scale) for q in extract_numbers(text)] == [
        ("12", "sample-size", 1e3),
        ("1.2", "sample-size", 1e3),
        ("5", "plain", 1e3),
        ("12", "dose", 1.0),
    ]


def test_offsets_point_into_the_original_text() -> None:
    text = "HR 0\u00b775 and \u22121.5"
    quantities = extract_numbers(text)
    assert [text[q.start : q.end] for q in quantities] == ["0\u00b775", "\u22121.5"]
    assert [q.raw for q in quantities] == ["0\u00b775", "\u22121.5"]


def test_normalise_makes_typography_plain() -> None:
    assert normalise("\u22122\u00b768\u2013\u22120\u00b757") == "-2.68--0.57"
    assert normalise("12\u2009345 adults") == "12,345 adults"
    assert normalise("p\u00a0<\u00a00.05") == "p < 0.05"


def quantity(raw: str, role: str = "plain") -> Quantity:
    (found_quantity,) = [q for q in extract_numbers(raw) if q.raw in raw]
    return Quantity(found_quantity.value, role, raw, 0, len(raw))


@pytest.mark.parametrize(
    ("claim_number", "source", "expected"),
    [
        ("27%", "improved in 27% of patients", True),
        ("27%", "improved in 26.8% of patients", True),  # the claim rounds
        ("26.8%", "improved in 27% of patients", False),  # the claim is more precise
        ("2.80", "a ratio of 2.8", True),
        ("1.63", "mean difference \u22121.63", True),  # "reduced by 1.63"
        ("27%", "a proportion of 0.27", True),
        ("1,234", "1234 adults", True),
        ("71,553", "with 71 553 participants", True),  # thin space lost by a parser
        ("3", "three trials", True),
        ("312", "rose by 212 m", False),
        ("0.68", "HR 0\u00b769", False),
    ],
)
def test_claim_numbers_are_looked_up_allowing_for_rounding(
    claim_number: str, source: str, expected: bool
) -> None:
    assert matches(quantity(claim_number), source_numbers(source)) is expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("0123456789.,-\u2212\u2013\u00b7\u2009 %±<=pPnN CIHRmgk()"),
        max_size=40,
    )
)
def test_any_text_gives_numbers_whose_offsets_hold(text: str) -> None:
    for q in extract_numbers(text):
        assert text[q.start : q.end] == q.raw
        assert q.raw.strip()


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("p < 0.05", "a difference (P = .03)", True),  # the bound holds
        ("p < 0.05", "p < 0.001", True),
        ("p \u2264 0.01", "p = 0.004", True),
        ("p < 0.01", "p = 0.03", False),
        ("p = 0.05", "p = 0.03", False),  # an exact value must be stated
        ("p < 0.05", "0.03 mg of a drug", False),  # only p-values count
    ],
)
def test_a_p_value_bound_holds_when_the_source_reports_a_smaller_p(
    claim: str, source: str, expected: bool
) -> None:
    (quantity,) = extract_numbers(claim)
    assert matches(quantity, source_numbers(source)) is expected


@pytest.mark.parametrize(
    ("claim", "source", "expected"),
    [
        ("a 12-month follow-up", "followed for one year", True),
        ("over 2 years", "at 24 months", True),
        ("for 6 months", "for 26 weeks", True),
        ("within 24 hours", "within one day", True),
        ("a 27-month follow-up", "followed for 2 years", False),
        ("for 12 weeks", "for 12 months", False),  # the same number of another unit
        # A time point written unit first: "at week 68", "by day 28".
        ("at 68 weeks", "the change from baseline to week 68 was -14.9%", True),
        ("28-day mortality", "death by day 28", True),
        ("at 80 weeks", "the change from baseline to week 68 was -14.9%", False),
    ],
)
def test_durations_meet_in_other_units(claim: str, source: str, expected: bool) -> None:
    (duration,) = [q for q in extract_numbers(claim) if q.role == "duration"]
    assert matches(duration, source_numbers(source)) is expected


def found_in(claim: str, source: str) -> dict[str, bool]:
    stated = source_numbers(source)
    return {q.raw: matches(q, stated) for q in extract_numbers(claim)}


def test_an_age_said_with_its_verb_is_the_abstract_s_age() -> None:
    """user28a P1-6: "the median age at diagnosis was 66 years" was a duration, and missed the
    abstract's age "a median age of 66 years ... at diagnosis"; a wrong one stays caught."""
    assert found("the median age at diagnosis was 66 years") == [(66.0, "age")]
    assert found("mean ages were 58 and 61 years") == [(58.0, "age"), (61.0, "age")]
    source = (
        "Patients had a median age of 66 years (IQR 52-72 years) at diagnosis and were "
        "followed for a median of 17 weeks."
    )
    claim = "The median age at diagnosis was 66 years, with a median follow-up of 27 weeks"
    assert found_in(claim, source) == {"66": True, "27": False}
    assert found_in("the median age at diagnosis was 61 years", source) == {"61": False}
    # The abstract's age written as a duration ("median age, 67.4 years") may be rounded.
    rounded = "Patients (median age, 67.4 years) were enrolled."
    assert found_in("the median age was 67 years", rounded) == {"67": True}
    assert found_in("the median age was 68 years", rounded) == {"68": False}
    # A stage or an average said with "was" is no age.
    assert found("the average was 5 years") == [(5.0, "duration")]


def test_both_ends_of_an_age_range_are_ages() -> None:
    assert found("children aged 6 to 11 years") == [(6.0, "age"), (11.0, "age")]
    assert found_in("children aged 6 to 11 with asthma", "children aged 6 to 11 years") == {
        "6": True,
        "11": True,
    }


def test_the_first_number_of_a_comparison_takes_the_unit_of_the_second() -> None:
    assert found("fell by 1.1 vs 2.8 mL a year") == [(1.1, "dose"), (2.8, "dose")]
    assert found_in("(1.1 vs 2.8 mL/min)", "declined by 1.1 mL a year and 2.8 mL a year") == {
        "1.1": True,
        "2.8": True,
    }


def test_a_claim_may_drop_the_unit_of_a_stated_duration_but_not_round_it() -> None:
    source = "Vaccination at 16 to 18 years reduced lesions by 39%."
    assert found_in("women vaccinated at 16 to 18 had 39% fewer lesions", source) == {
        "16": True,
        "18": True,
        "39": True,
    }
    # "8 died" is not "7.6 years", and a dropped unit is matched only as written.
    assert found_in("8 died", "followed for 7.6 years") == {"8": False}


def test_number_scans_give_the_same_numbers_with_or_without_odd_characters() -> None:
    plain = "Pain fell from 7.4 - 2.3 to 2.8 (p = 0.01) in 12 of 40 patients"
    odd = plain.replace(" - ", " \u2212 ")
    assert source_numbers(plain) == source_numbers(odd)


@pytest.mark.parametrize(
    ("claim_number", "source", "expected"),
    [
        # A ratio states its relative change: "lowered deaths by 26%", "raised it by 30%".
        ("26%", "death (hazard ratio, 0.74; 95% CI, 0.65 to 0.85)", True),
        ("20%", "an event in 6.5% and 8.0% (hazard ratio, 0.80)", True),
        ("30%", "fractures (odds ratio 1.30)", True),
        ("17%", "deaths (RR 0.83)", True),
        ("17%", "death within 28 days (rate ratio, 0.83)", True),  # RECOVERY's ratio
        ("30%", "death within 28 days (rate ratio, 0.83)", False),
        ("36%", "death (hazard ratio, 0.74)", False),
        ("26%", "a mean of 0.74 points", False),  # not a ratio
    ],
)
def test_a_ratio_states_its_relative_change_as_a_percentage(
    claim_number: str, source: str, expected: bool
) -> None:
    assert matches(quantity(claim_number, "percent"), source_numbers(source)) is expected


def test_a_ratio_s_relative_change_is_no_plain_number() -> None:
    """Review16 F3: "an ejection fraction of 26 or less" is not stated by a hazard ratio 0.74."""
    assert not matches(quantity("26"), source_numbers("death (hazard ratio, 0.74)"))


def test_one_in_n_is_a_share_and_its_one_no_measurement() -> None:
    assert [(q.value, q.role) for q in extract_numbers("about 1 in 4 patients died")] == [
        (4.0, "one-in")
    ]
    deaths = "death occurred in 22.9% with dexamethasone and in 25.7% with usual care"
    assert found_in("about 1 in 4 patients on usual care died", deaths) == {"4": True}
    assert found_in("about 1 in 2 patients on usual care died", deaths) == {"2": False}
    assert found_in("an NNT of 1 in 21", "the number needed to treat was 21") == {"21": True}


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("an absolute reduction of 1.5 percentage points", True),
        ("an absolute reduction of 7.5 percentage points", False),
        ("about 1 in 67 fewer patients", True),  # 1.5 points
        ("about 1 in 10 fewer patients", False),
    ],
)
def test_a_claim_may_give_the_difference_of_two_compared_percentages(
    claim: str, expected: bool
) -> None:
    source = "An event occurred in 6.5% with semaglutide and in 8.0% with placebo."
    assert all(found_in(claim, source).values()) is expected


def test_a_plain_percentage_is_not_looked_up_among_differences() -> None:
    source = "Bleeding occurred in 21% with apixaban and 33% with warfarin."
    assert found_in("bleeding occurred in 12% of patients given apixaban", source) == {"12": False}
    assert found_in("about 1 in 8 patients given apixaban bled", source) == {"8": False}
    assert found_in("12 percentage points less bleeding", source) == {"12": True}
    assert found_in("an absolute risk reduction of 12%", source) == {"12": True}


def test_percentages_of_different_sentences_are_not_compared() -> None:
    source = "An event occurred in 6.5% with semaglutide. Adverse events led to 8.0% stopping."
    assert found_in("an absolute reduction of 1.5 percentage points", source) == {"1.5": False}


def test_one_in_a_span_of_time_is_a_value_and_a_duration() -> None:
    """Review17 F2: "fell from 3 to 1 in 6 weeks" is no natural frequency."""
    source = "The median pain score fell from 3 to 1 at 6 weeks."
    assert found_in("the median pain score fell from 3 to 1 in 6 weeks", source) == {
        "3": True,
        "1": True,
        "6": True,
    }
    assert found_in("about 1 in 4 patients", "death in 25.7% of patients") == {"4": True}


def test_fewer_by_a_percentage_may_be_a_ratio_s_relative_change() -> None:
    """Review17 F6: "26% fewer events" against a hazard ratio of 0.74."""
    assert found_in("26% fewer events", "events (hazard ratio, 0.74; P<0.001)") == {"26": True}
    assert found_in("36% fewer events", "events (hazard ratio, 0.74; P<0.001)") == {"36": False}


def test_a_ratio_named_for_what_it_compares_is_a_ratio() -> None:
    """NEJM writes 'hazard ratio for death from any cause, 0.84' (PARADIGM-HF): '16% lower
    all-cause mortality' was a false CL301."""
    source = "died (hazard ratio for death from any cause, 0.84; 95% CI, 0.76 to 0.93)"
    assert found_in("a 16% lower all-cause mortality", source) == {"16": True}
    assert found_in("a 26% lower all-cause mortality", source) == {"26": False}
    source = "(hazard ratio in the LCZ696 group, 0.80; 95% CI, 0.73 to 0.87)"
    assert found_in("20% fewer deaths or hospitalizations", source) == {"20": True}


def test_a_list_of_numbers_takes_its_last_unit() -> None:
    """SURPASS-2: '-2.01, -2.24, and -2.30 percentage points'; the middle one was no share."""
    source = "HbA1c changed by -2.01, -2.24, and -2.30 percentage points with 5, 10 and 15 mg."
    assert found("by 2.01, 2.24 and 2.30 percentage points") == [
        (2.01, "percent"),
        (2.24, "percent"),
        (2.30, "percent"),
    ]
    assert found_in("HbA1c fell by 2.24 percentage points", source) == {"2.24": True}
    assert found_in("HbA1c fell by 2.42 percentage points", source) == {"2.42": False}
    # A comma alone joins no list: the count stays a count.
    assert found("3234 persons, 68 percent were women") == [
        (3234.0, "sample-size"),
        (68.0, "percent"),
    ]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ferritin below 30 µg/L is iron deficiency.", ["concentration"]),
        ("Ferritin of 100–299 ng/mL with a saturation under 20%.", ["concentration"] * 2),
        ("Sodium 131 mmol/L and creatinine 1.5 mg/dL.", ["concentration"] * 2),
        ("Vitamin D 12 ng/ml and ALT 35 U/L.", ["concentration"] * 2),
        ("Apixaban 5 mg twice daily, or 2.5 mg.", ["dose", "dose"]),
        ("Metformin 500 mg/day, or 10 mg/kg in children.", ["dose", "dose"]),
        ("A systolic target below 120 mm Hg reduced major events.", ["pressure"]),
        ("The guideline recommends a systolic target of 120–129 mmHg.", ["pressure"] * 2),
        ("Amlodipine 5 mg lowered systolic pressure by 8 mm Hg.", ["dose", "pressure"]),
    ],
)
def test_a_concentration_is_not_shown_as_a_dose(text: str, shown: list[str]) -> None:
    """user18 P3: the audit said "30 (dose)" for "Ferritin below 30 µg/L", user24 P2 5 "120
    (dose)" for a systolic target in mm Hg. Matching keeps
    the one role; only the name a reader sees differs."""
    quantities = [q for q in extract_numbers(text) if q.role == "dose"]
    assert [shown_role(text, q) for q in quantities] == shown


def test_a_hazard_ratio_s_hr_after_a_count_is_no_unit_of_hours() -> None:
    """user19 P1 10a: "(N = 4744 HR 0.74)" read 4744 hours, a false CL301 "duration"."""
    from citelint.support.numbers import extract_numbers

    roles = {q.raw: q.role for q in extract_numbers("in DAPA-HF (N = 4744 HR 0.74)")}
    assert roles["4744"] != "duration"
    assert {q.raw: q.role for q in extract_numbers("infused over 24 hr")}["24"] == "duration"


def test_hours_written_hr_do_not_name_the_next_number_a_hazard_ratio() -> None:
    """claims20 left: "infusion over 24 hr 3 times" read 3 as a hazard ratio. The ratio's
    abbreviation is written in capitals; its name may be in any case."""
    from citelint.support.numbers import extract_numbers

    def roles(text: str) -> dict[str, str | None]:
        return {q.raw: q.role for q in extract_numbers(text)}

    order = roles("Give iron sucrose as an infusion over 24 hr 3 times in the first week.")
    assert order["24"] == "duration"
    assert order["3"] != "hazard-ratio"
    assert roles("cardiovascular death (HR 0.82; 95% CI 0.73-0.92)")["0.82"] == "hazard-ratio"
    assert roles("an adjusted aHR of 0.71 for stroke")["0.71"] == "hazard-ratio"
    assert roles("Hazard Ratio, 0.79")["0.79"] == "hazard-ratio"


_HYPERTENSION = (
    "Of 5,214 adults surveyed, 38.2% had hypertension; 41% of them knew it and 19% had "
    "controlled blood pressure."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # user22 P1 8: a ceiling or a floor is met by a figure on its side.
        ("Under 20% had controlled blood pressure.", {"20": True}),
        ("Less than 20% had controlled blood pressure.", {"20": True}),
        ("<20% had controlled blood pressure.", {"20": True}),
        ("More than 35% had hypertension.", {"35": True}),
        ("Over 5,000 adults were surveyed.", {"5,000": True}),
        # "No less than" is a floor, "no more than" a ceiling.
        ("No less than 20% had controlled blood pressure.", {"20": False}),
        ("No fewer than 18% had controlled blood pressure.", {"18": True}),
        ("No more than 20% had controlled blood pressure.", {"20": True}),
        # Read as thresholds read them (side_words): "not more than", "not exceeding" and
        # "<=" are ceilings, "not less than" and ">=" floors; "not exceeding" was a floor.
        ("Not more than 20% had controlled blood pressure.", {"20": True}),
        ("A share not exceeding 20% had controlled blood pressure.", {"20": True}),
        ("A share not exceeding 18% had controlled blood pressure.", {"18": False}),
        ("A share <= 20% had controlled blood pressure.", {"20": True}),
        ("Not less than 35% had hypertension.", {"35": True}),
        ("A share >= 35% had hypertension.", {"35": True}),
        # ... and not by a figure only on the other side.
        ("Under 15% had controlled blood pressure.", {"15": False}),
        ("Over 60% had hypertension.", {"60": False}),
        # user22 P1 9: a range holding the source's figure.
        # A dashed range is one figure (user24 P3 4), met as its two ends were.
        ("Hypertension prevalence was 37-40%.", {"37-40": True}),
        ("Hypertension prevalence was 37% to 40%.", {"37": True, "40": True}),
        ("Hypertension prevalence was 12-15%.", {"12-15": False}),
        # A change from one figure to another is no range (review22b P1 3).
        ("Control rose from 12 to 15%.", {"12": False, "15": False}),
        ("Control fell in treated adults, 41.4% to 17.0%.", {"41.4": False, "17.0": False}),
        ("Control rose by 12% to 15%.", {"12": False, "15": False}),
        # Near the bound only (review22b P1 1).
        ("Fewer than 1,000 adults were surveyed.", {"1,000": False}),
        ("Under 30% had controlled blood pressure.", {"30": False}),
        # user22 P1 10: a proportion written as a decimal for the source's percentage.
        ("Hypertension affected a proportion of 0.38 of adults.", {"0.38": True}),
        ("Hypertension affected a proportion of 0.52 of adults.", {"0.52": False}),
        # ... also when the decimal closes the sentence, or is a share "of" the whole.
        ("Hypertension affected 0.38 of rural adults, a proportion of 0.38.", {"0.38": True}),
        ("The proportion of rural adults with hypertension was 0.38.", {"0.38": True}),
        ("Prevalence of hypertension: 0.38.", {"0.38": True}),
        ("The prevalence of hypertension was 0.52.", {"0.52": False}),
        # Not a decimal named as another measure, nor one the claim names as no share.
        ("Hypertension correlated with age (r = 0.38).", {"0.38": False}),
        ("Hypertension rates, odds ratio 0.38, differed by district.", {"0.38": False}),
        # review23b P2-1: a rate per a count of people or time is no share; its "per 100"
        # is the rate's unit, no figure (user32b P1-11).
        ("The incidence rate was 0.38 events per 100 person-years.", {"0.38": False}),
    ],
)
def test_bounds_ranges_and_proportions_meet_the_source_s_figure(
    claim: str, expected: dict[str, bool]
) -> None:
    assert found_in(claim, _HYPERTENSION) == expected


def test_an_age_keeps_no_bound_on_a_count() -> None:
    """review22b P1 1: "fewer than 1,000 adults" was met by an age of 30."""
    source = "We surveyed 5,210 adults aged 30 to 79 years."
    assert found_in("Fewer than 1,000 adults were surveyed.", source) == {"1,000": False}


def test_a_decimal_ratio_is_no_share_of_a_percentage() -> None:
    """review22b P1 2: "rate ratio, 0.23" met by the source's 22.9%."""
    source = "Death occurred in 22.9% and 25.7% (rate ratio, 0.83)."
    assert found_in("A rate ratio of 0.23 favoured treatment.", source) == {"0.23": False}
    assert found_in("A C statistic of 0.23 was reported.", source) == {"0.23": False}


def test_a_percentage_after_a_label_number_is_checked() -> None:
    """review22b P1 6: "stage 2 in 45%" is no "2 in 5"; the 45% is the claim's figure."""
    assert found_in("Hypertension was stage 2 in 45% of adults.", _HYPERTENSION) == {"45": False}


def test_parts_of_a_natural_frequency_are_no_measurements() -> None:
    """user22 P1 11: "2 in 5" is a share rounded to fifths; neither 2 nor 5 is a figure."""
    assert extract_numbers("Roughly 2 in 5 rural adults have hypertension.") == []
    later = extract_numbers("2 in 5 weeks later, 40 had relapsed")
    assert [q.raw for q in later] == ["2", "5", "40"]


def test_a_dashed_range_of_percentages_is_one_figure() -> None:
    """user24 P3 4: "1–2%" was reported as "1" (percentage) and "2" (percentage)."""
    [share] = extract_numbers("Heart failure affects 1–2% of adults in Europe.")
    assert (share.raw, share.value, share.other_end, share.role) == ("1–2", 1.0, 2.0, "percent")
    [decimal] = extract_numbers("It affects 1.5–2.5% of adults.")
    assert (decimal.raw, decimal.decimals) == ("1.5–2.5", 1)
    # Rounded as its coarser end (review25a F8): "1.25-2.5%" may stand for 2.54%.
    [coarser] = extract_numbers("It affects 1.25-2.5% of adults.")
    assert coarser.decimals == 1
    # A change from one figure to another and a dose range stay two figures.
    assert len(extract_numbers("Control rose from 12 to 15%.")) == 2
    assert len(extract_numbers("Take 10-20 mg daily.")) == 2
