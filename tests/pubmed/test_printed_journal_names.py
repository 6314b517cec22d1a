"""A journal named as it prints itself in English against NLM's romanised title (user29b
P1-10): not a wrong journal; another journal's English name still is."""

from __future__ import annotations

import pytest

from citelint.models import Reference
from citelint.pubmed.matching import journal_matches
from citelint.record import Record


def entry(journal: str) -> Reference:
    return Reference(number=1, raw="x", line=1, column=1, journal=journal, year=2018)


def record(journal: str, abbrev: str) -> Record:
    return Record(pmid="1", title="x", journal=journal, journal_abbrev=abbrev, authors=[])


ZHONGHUA_YI_XUE = record("Zhonghua yi xue za zhi", "Zhonghua Yi Xue Za Zhi")
NAIKA = record(
    "Nihon Naika Gakkai zasshi. The Journal of the Japanese Society of Internal Medicine",
    "Nihon Naika Gakkai Zasshi",
)


@pytest.mark.parametrize(
    ("name", "journal"),
    [
        ("Natl Med J China", ZHONGHUA_YI_XUE),
        ("National Medical Journal of China", ZHONGHUA_YI_XUE),
        (
            "Acta Acad Med Sin",
            record("Zhongguo yi xue ke xue yuan xue bao", "Zhongguo Yi Xue Ke Xue Yuan Xue Bao"),
        ),
        (
            "J South Med Univ",
            record("Nan fang yi ke da xue xue bao", "Nan Fang Yi Ke Da Xue Xue Bao"),
        ),
        (
            "J Peking Univ Health Sci",
            record("Beijing da xue xue bao. Yi xue ban", "Beijing Da Xue Xue Bao Yi Xue Ban"),
        ),
        ("J Jpn Soc Intern Med", NAIKA),
        ("Journal of the Japanese Society of Internal Medicine", NAIKA),
    ],
)
def test_a_journal_s_printed_english_name_is_no_wrong_journal(name: str, journal: Record) -> None:
    assert journal_matches(entry(name), journal) is not False


@pytest.mark.parametrize(
    ("name", "journal"),
    [
        # Another Chinese journal's English name, and the right name against another journal.
        (
            "Natl Med J China",
            record("Zhonghua xin xue guan bing za zhi", "Zhonghua Xin Xue Guan Bing Za Zhi"),
        ),
        ("Natl Med J China", record("Lancet (London, England)", "Lancet")),
        ("J Jpn Soc Cardiol", NAIKA),
        ("J Jpn Soc Intern Med", record("Circulation", "Circulation")),
        ("Jpn J Med", NAIKA),
    ],
)
def test_another_journal_is_still_a_wrong_journal(name: str, journal: Record) -> None:
    assert journal_matches(entry(name), journal) is False
