"""Entry shapes a new-user trial found misread (user31a P1-3 to P1-8), checked online against
the fake E-utilities: roman page ranges in every locus shape, title-first answer entries with
one author or an abbreviated journal, EndNote's "PubMed PMID: n." after a Nature or ACS entry,
an author PubMed gives no initials, Chicago's "no. Suppl 1" and "no. 2 Pt 1", and an IEEE
entry of a paper online before its issue. Each right entry must draw no CL2xx finding; the
same shapes with a planted error (a wrong year, a wrong journal, another paper's PMID, a
title no paper has) must still draw theirs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_eutils import FakeEutils
from online_lint import cited_once, holding, lint_online

from citelint.record import Record

RECORDS = [
    Record(
        pmid="39310001",
        title="Statins and delirium in older adults after hip surgery: a cohort study.",
        journal="Age and ageing",
        journal_abbrev="Age Ageing",
        year=2021,
        authors=["Lindqvist M", "Oduya T", "Brandt K"],
        volume="50",
        issue="4",
        pages="ix-xiv",
        doi="10.1093/ageing/afx0001",
    ),
    Record(
        pmid="39310002",
        title="Semaglutide and kidney outcomes in adults with obesity: a pooled analysis.",
        journal="Nature communications",
        journal_abbrev="Nat Commun",
        year=2022,
        authors=["Haraldsen P", "Mbeki R", "Ferreira L"],
        volume="13",
        pages="4821",
    ),
    Record(
        pmid="39310003",
        title="Hydroxychloroquine retinopathy screening intervals in lupus: a registry study.",
        journal="Rheumatology (Oxford, England)",
        journal_abbrev="Rheumatology (Oxford)",
        year=2020,
        authors=["Kovacs L"],
        volume="59",
        issue="6",
        pages="1302-1309",
    ),
    Record(
        pmid="39310004",
        title="Remote blood pressure monitoring after pre-eclampsia: a randomized trial.",
        journal="Circulation",
        journal_abbrev="Circulation",
        year=2018,
        authors=["Achterberg I", "Nkemelu O", "Sato Y"],
        volume="138",
        issue="9",
        pages="874-885",
    ),
    Record(
        pmid="39310005",
        title="Iron deficiency and exercise capacity in adolescents with heart failure.",
        journal="Journal of clinical oncology",
        journal_abbrev="J Clin Oncol",
        year=2017,
        authors=["Osei K", "Ahmadzai", "Lindgren B"],
        volume="35",
        issue="12",
        pages="1201-1210",
    ),
    Record(
        pmid="39310006",
        title="Continuous glucose monitoring in pregnancy complicated by type 1 diabetes.",
        journal="Diabetes care",
        journal_abbrev="Diabetes Care",
        year=2016,
        authors=["Marchetti F", "Dlamini S"],
        volume="39",
        issue="Suppl 1",
        pages="S15-S24",
    ),
    Record(
        pmid="39310007",
        title="Sleep duration and blood pressure in shift workers: a cross-sectional study.",
        journal="The Journal of physiology",
        journal_abbrev="J Physiol",
        year=2015,
        authors=["Eriksen H", "Quispe A"],
        volume="593",
        issue="2 Pt 1",
        pages="411-420",
    ),
    Record(
        pmid="39310008",
        title="Coronary calcium scoring in young adults with familial hypercholesterolaemia.",
        journal="Journal of the American College of Cardiology",
        journal_abbrev="J Am Coll Cardiol",
        year=2024,
        authors=["Moreno JH", "Baptiste C"],
        doi="10.1016/j.jacc.2024.90001",
    ),
]

STATINS = "Statins and delirium in older adults after hip surgery: a cohort study"
SEMAGLUTIDE = "Semaglutide and kidney outcomes in adults with obesity: a pooled analysis"
SCREENING = "Hydroxychloroquine retinopathy screening intervals in lupus: a registry study"
MONITORING = "Remote blood pressure monitoring after pre-eclampsia: a randomized trial"
IRON = "Iron deficiency and exercise capacity in adolescents with heart failure"
GLUCOSE = "Continuous glucose monitoring in pregnancy complicated by type 1 diabetes"
SLEEP = "Sleep duration and blood pressure in shift workers: a cross-sectional study"
CALCIUM = "Coronary calcium scoring in young adults with familial hypercholesterolaemia"

# Each right entry as a careful author cites it, in the style named.
RIGHT = {
    "apa roman pages": "Lindqvist, M., Oduya, T., & Brandt, K. (2021). "
    f"{STATINS}. Age and Ageing, 50(4), ix–xiv. https://doi.org/10.1093/ageing/afx0001",
    "harvard roman pages": "Lindqvist, M., Oduya, T. and Brandt, K. (2021) "
    f"‘{STATINS}’, Age and Ageing, 50(4), pp. ix–xiv.",
    "nature roman pages": f"Lindqvist, M., Oduya, T. & Brandt, K. {STATINS}. "
    "Age Ageing 50, ix–xiv (2021).",
    "science roman pages": f"M. Lindqvist, T. Oduya, K. Brandt, {STATINS}. "
    "Age Ageing 50, ix–xiv (2021).",
    "pnas roman pages": f"Lindqvist M, Oduya T, Brandt K (2021) {STATINS}. Age Ageing 50:ix–xiv.",
    "cell roman pages": "Lindqvist, M., Oduya, T., and Brandt, K. (2021). "
    f"{STATINS}. Age Ageing 50, ix–xiv.",
    "acs roman pages": f"Lindqvist, M.; Oduya, T.; Brandt, K. {STATINS}. "
    "Age Ageing 2021, 50 (4), ix–xiv.",
    "elsevier roman pages": f"M. Lindqvist, T. Oduya, K. Brandt, {STATINS}, "
    "Age Ageing 50 (4) (2021) ix–xiv.",
    "vancouver roman pages in capitals": f"Lindqvist M, Oduya T, Brandt K. {STATINS}. "
    "Age Ageing. 2021;50(4):IX-XIV.",
    "ieee roman pages": f"M. Lindqvist, T. Oduya, and K. Brandt, “{STATINS},” Age Ageing, "
    "vol. 50, no. 4, pp. ix–xiv, Jul. 2021.",
    "chicago roman pages": "Lindqvist, Maja, Tunde Oduya, and Karin Brandt. "
    f"“{STATINS}.” Age and Ageing 50, no. 4 (2021): ix–xiv.",
    "title first, abbreviated journal": f"{SEMAGLUTIDE}. Haraldsen P, Mbeki R, et al. "
    "Nat Commun. 2022;13:4821.",
    "title first, one author": f"{SCREENING}. Kovacs L. Rheumatology (Oxford). 2020;59(6):1302-9.",
    "nature with pubmed pmid": f"Achterberg, I. et al. {MONITORING}. Circulation 138, "
    "874–885 (2018). PubMed PMID: 39310004.",
    "acs with pubmed pmid": "Achterberg, I.; Nkemelu, O.; Sato, Y. "
    f"{MONITORING}. Circulation 2018, 138 (9), 874–885. PubMed PMID: 39310004.",
    "acs author without initials": f"Osei, K.; Ahmadzai; Lindgren, B. {IRON}. "
    "J. Clin. Oncol. 2017, 35 (12), 1201–1210.",
    "ieee author without initials": f"K. Osei, Ahmadzai, and B. Lindgren, “{IRON},” "
    "J. Clin. Oncol., vol. 35, no. 12, pp. 1201–1210, Apr. 2017.",
    "chicago author without initials": "Osei, Kwame, Ahmadzai, and Bo Lindgren. "
    f"“{IRON}.” Journal of Clinical Oncology 35, no. 12 (2017): 1201–10.",
    "chicago supplement": "Marchetti, Flavia, and Sipho Dlamini. "
    f"“{GLUCOSE}.” Diabetes Care 39, no. Suppl 1 (2016): S15–S24.",
    "chicago part": "Eriksen, Hanne, and Ana Quispe. "
    f"“{SLEEP}.” The Journal of Physiology 593, no. 2 Pt 1 (2015): 411–420.",
    "ieee online before its issue": f"J. H. Moreno and C. Baptiste, “{CALCIUM},” "
    "J. Am. Coll. Cardiol., Mar. 2024, doi: 10.1016/j.jacc.2024.90001.",
}

# The same shapes with one planted error each, and the finding that must stay.
PLANTED = {
    "apa roman pages, wrong year": (
        RIGHT["apa roman pages"].replace("(2021)", "(2018)"),
        "CL203",
        "year 2018 in the entry, 2021 in PubMed",
    ),
    "nature roman pages, wrong journal": (
        RIGHT["nature roman pages"].replace("Age Ageing", "Lancet"),
        "CL203",
        "journal 'Lancet' in the entry",
    ),
    "title first, wrong year": (
        RIGHT["title first, one author"].replace("2020;", "2016;"),
        "CL203",
        "year 2016 in the entry, 2020 in PubMed",
    ),
    "nature with another paper's pmid": (
        RIGHT["nature with pubmed pmid"].replace("39310004", "39310006"),
        "CL204",
        "39310006",
    ),
    "acs author without initials, made-up title": (
        RIGHT["acs author without initials"]
        .replace(IRON, "Zinc lozenges and olfactory recovery after influenza in dental nurses")
        .replace("35 (12), 1201–1210", "41 (3), 310–318"),
        "CL201",
        "",
    ),
    "pnas roman pages, wrong volume": (
        RIGHT["pnas roman pages"].replace("50:", "55:"),
        "CL203",
        "volume 55 in the entry, 50 in PubMed",
    ),
    "ieee online before its issue, wrong year": (
        RIGHT["ieee online before its issue"].replace("Mar. 2024", "Mar. 2022"),
        "CL203",
        "year 2022 in the entry, 2024 in PubMed",
    ),
    "chicago supplement, wrong volume": (
        RIGHT["chicago supplement"].replace("Care 39,", "Care 33,"),
        "CL203",
        "volume 33 in the entry, 39 in PubMed",
    ),
}


@pytest.fixture(scope="module")
def server() -> Iterator[FakeEutils]:
    with holding(RECORDS) as fake:
        yield fake


def findings(server: FakeEutils, entry: str) -> list[tuple[str, str]]:
    found = lint_online(server, cited_once(entry), ["CL2"])
    return [(f.code, f.message) for f in found]


@pytest.mark.parametrize("shape", sorted(RIGHT))
def test_a_right_entry_in_each_shape_gets_no_finding(server: FakeEutils, shape: str) -> None:
    assert findings(server, RIGHT[shape]) == []


@pytest.mark.parametrize("shape", sorted(PLANTED))
def test_a_planted_error_in_the_same_shapes_is_still_found(server: FakeEutils, shape: str) -> None:
    entry, code, words = PLANTED[shape]
    found = findings(server, entry)
    assert any(c == code and words in message for c, message in found), found
