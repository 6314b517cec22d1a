"""China's GB/T 7714 lists (user24 P1 3): "Title[J]. Journal, 2019, 381(21): 1995-2008.",
and an entry printed in Chinese then in English under the same number."""

from __future__ import annotations

from citelint.read import read_text
from citelint.read.entries import parse_entry
from citelint.read.paired_entries import english_half


def test_a_gbt_entry_gives_its_source_year_volume_issue_and_pages() -> None:
    entry = parse_entry(
        [
            "Zhou F, Yu T, Du R, et al. Clinical course and risk factors for mortality of adult "
            "inpatients with COVID-19 in Wuhan, China: a retrospective cohort study[J]. Lancet, "
            "2020, 395(10229): 1054-1062."
        ]
    )
    assert entry.authors == ["Zhou F", "Yu T", "Du R"]
    assert entry.title == (
        "Clinical course and risk factors for mortality of adult inpatients with COVID-19 in "
        "Wuhan, China: a retrospective cohort study"
    )
    assert (entry.journal, entry.year, entry.volume, entry.issue, entry.pages) == (
        "Lancet",
        2020,
        "395",
        "10229",
        "1054-1062",
    )


def test_a_gbt_kind_tag_is_no_part_of_a_title_also_online() -> None:
    entry = parse_entry(
        ["Li H, Chen W. Screening for atrial fibrillation in primary care[J/OL]. BMJ, 2021, "
         "373: n1095."]
    )  # fmt: skip
    assert entry.title == "Screening for atrial fibrillation in primary care"
    assert (entry.journal, entry.year, entry.volume, entry.pages) == ("BMJ", 2021, "373", "n1095")


def test_a_bracketed_word_in_a_title_stays() -> None:
    entry = parse_entry(["Doe J. Levels of vitamin [D] in winter. Nutrients. 2019;11(3):500."])
    assert entry.title == "Levels of vitamin [D] in winter"


_PAIRED = (
    "[1] 赵明, 孙丽, 周强, 等. 社区老年人心房颤动筛查的成本效果分析[J]. 中华全科医师杂志, "
    "2020, 19(6): 512-517. DOI: 10.3760/cma.j.cn114798-20200101-00001.\n"
    "Zhao M, Sun L, Zhou Q, et al. Cost-effectiveness of screening for atrial fibrillation in "
    "older adults in the community[J]. Chin J Gen Pract, 2020, 19(6): 512-517.\n"
    "[2] Svennberg E, Friberg L, Frykman V, et al. Clinical outcomes in systematic screening "
    "for atrial fibrillation (STROKESTOP)[J]. Lancet, 2021, 398(10310): 1498-1506.\n"
)


def test_a_chinese_entry_and_its_english_line_are_one_entry_read_in_english() -> None:
    text = f"筛查可发现无症状房颤[1]。系统筛查减少了卒中[2]。\n\n参考文献\n{_PAIRED}"
    first, second = read_text(text, "a.txt", "txt").references
    assert (first.number, second.number) == (1, 2)
    assert first.authors == ["Zhao M", "Sun L", "Zhou Q"]
    assert first.title == (
        "Cost-effectiveness of screening for atrial fibrillation in older adults in the community"
    )
    assert (first.journal, first.year, first.volume, first.pages) == (
        "Chin J Gen Pract",
        2020,
        "19",
        "512-517",
    )
    # The DOI only the Chinese line gives is kept.
    assert first.doi == "10.3760/cma.j.cn114798-20200101-00001"
    assert second.journal == "Lancet"


def test_a_chinese_entry_wrapped_onto_a_line_of_its_source_is_not_paired() -> None:
    lines = ["田中宏, 鈴木健. 高齢者慢性心不全の診断と治療. 日内会誌.", "2019;108(3):456-62."]
    assert english_half(lines) is None


def test_a_chinese_guideline_s_groups_are_its_authors() -> None:
    text = (
        "指南推荐早期筛查[1]。\n\n参考文献\n"
        "[1] 中华医学会心血管病学分会, 中华心血管病杂志编辑委员会. 心房颤动诊断和治疗中国指南[J]. "
        "中华心血管病杂志, 2023, 51(6): 572-618.\n"
        "Chinese Society of Cardiology of Chinese Medical Association, Editorial Board of "
        "Chinese Journal of Cardiology. Chinese guidelines for the diagnosis and management of "
        "atrial fibrillation[J]. Chin J Cardiol, 2023, 51(6): 572-618.\n"
    )
    [entry] = read_text(text, "a.txt", "txt").references
    assert entry.authors == [
        "Chinese Society of Cardiology of Chinese Medical Association",
        "Editorial Board of Chinese Journal of Cardiology",
    ]
    assert entry.title == (
        "Chinese guidelines for the diagnosis and management of atrial fibrillation"
    )
